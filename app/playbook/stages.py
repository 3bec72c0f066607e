"""Which playbook section fits a deal's stage: discovery → SPIN, proposal → objections …"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Deal, Stage

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


@dataclass(frozen=True)
class DealContext:
    """What the panel says about the selected deal, and the section its stage calls for."""

    deal_id: str
    title: str
    customer_id: str
    customer_name: str
    stage_key: str
    stage_name: str
    stage_name_en: str | None
    section: str


def deal_context(session: Session, deal_id: str) -> DealContext | None:
    """Read the deal's title, customer and stage; None when it is gone."""
    deal = session.get(Deal, deal_id)
    if deal is None or deal.deleted_at is not None:
        return None
    stages = list(
        session.scalars(
            select(Stage.key).where(Stage.deleted_at.is_(None)).order_by(Stage.position)
        )
    )
    stage = deal.stage
    position = stages.index(stage.key) if stage.key in stages else 0
    section = section_for_stage(stage.key, position, len(stages))
    return DealContext(
        deal.id,
        deal.title,
        deal.customer_id,
        deal.customer.name,
        stage.key,
        stage.name,
        stage.name_en,
        section,
    )
