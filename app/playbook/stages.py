"""Which playbook section fits a deal's stage: discovery → SPIN, proposal → objections …"""

from __future__ import annotations

# The sections the panel can show, in the order its buttons stand.
SECTIONS = ("sop", "spin", "objection", "closing_signal")
# The default stages [M1.1]: what a rep needs most while a deal sits there.
STAGE_SECTIONS = {
    "lead": "spin",
    "qualified": "spin",
    "proposal": "objection",
    "negotiation": "objection",
    "closing": "closing_signal",
}


def section_for_stage(stage_key: str | None, position: int = 0, count: int = 0) -> str:
    """Return the section for a stage; a stage of the rep's own goes by where it stands."""
    if stage_key in STAGE_SECTIONS:
        return STAGE_SECTIONS[stage_key]
    if stage_key is None or count <= 1:
        return "sop"
    share = position / (count - 1)  # 0 for the first open stage, 1 for the last
    if share < 0.4:
        return "spin"
    return "objection" if share < 0.8 else "closing_signal"
