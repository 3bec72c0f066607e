"""Stage gates (统一信息录入规范): the fields a deal needs before it may enter a stage."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from app import i18n, settings
from app.i18n import UserMessage
from app.labels import field_label as field_label
from app.labels import field_list, label
from app.models import Deal, Stage

WON, LOST = "won", "lost"
# Every deal field a gate may ask for, in the order forms and messages list them.
GATE_FIELDS = (
    "amount",
    "contact_id",
    "need",
    "budget",
    "decision_maker_id",
    "expected_close_date",
    "source",
    "closed_date",
    "lost_reason",
)
# closed_date and lost_reason only make sense when a deal closes.
OPEN_STAGE_GATE_FIELDS = GATE_FIELDS[:7]
GATES_SETTING = "pipeline_gates"
DEFAULT_CLOSE_GATES: dict[str, list[str]] = {WON: ["amount", "closed_date"], LOST: ["lost_reason"]}


class GateRefused(UserMessage):
    """A move refused because the deal lacks fields the target requires."""

    def __init__(self, target_name: str, missing: list[str]) -> None:
        super().__init__("gates.refused", stage=target_name, fields=field_list(missing))
        self.target_name = target_name
        self.missing = missing


def is_missing(value: Any, name: str) -> bool:
    """Tell whether a field value counts as not filled in."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    # A deal's amount defaults to 0, which means "not known yet", not a free deal.
    return name == "amount" and isinstance(value, (int, Decimal)) and value <= 0


def close_gates(session: Session) -> dict[str, list[str]]:
    """Return the fields required to mark a deal won or lost."""
    stored = settings.get(session, GATES_SETTING) or {}
    return {
        status: [f for f in stored.get(status, default) if f in GATE_FIELDS]
        for status, default in DEFAULT_CLOSE_GATES.items()
    }


def required_fields(session: Session, target: Stage | str) -> list[str]:
    """Return what a deal needs to enter target: a stage's fields and those of earlier stages.

    Gates are cumulative so a deal dragged from Lead straight to Negotiation still carries what
    Qualified and Proposal ask for.
    """
    if isinstance(target, str):
        wanted = set(close_gates(session).get(target, []))
    else:
        earlier = session.scalars(
            select(Stage.required_fields).where(
                Stage.deleted_at.is_(None), Stage.position <= target.position
            )
        )
        wanted = {name for fields in earlier for name in (fields or [])}
        wanted.update(target.required_fields or [])
    return [name for name in GATE_FIELDS if name in wanted]


def missing_fields(deal: Deal, target: Stage | str) -> list[str]:
    """Return the required fields deal lacks to enter target (a Stage, "won" or "lost")."""
    session = object_session(target) if isinstance(target, Stage) else None
    session = session or object_session(deal)
    if session is None:
        raise ValueError("missing_fields needs the deal or the stage to belong to a session")
    return [
        name for name in required_fields(session, target) if is_missing(getattr(deal, name), name)
    ]


def target_name(target: Stage | str) -> str:
    """Return the user-facing name of a stage or of the won/lost status."""
    if isinstance(target, Stage):
        return stage_label(target.name, target.name_en)
    return label("status.won") if target == WON else label("status.lost")


def stage_label(name: str, name_en: str | None) -> str:
    """Return a stage's name in the user's language (Chinese name, else the English one)."""
    return name if i18n.language() == "zh_CN" else (name_en or name)
