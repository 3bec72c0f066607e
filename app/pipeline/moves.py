"""Moving deals between stages, winning and losing them: one transaction, one change set each."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import settings
from app.changes import ChangeSet, Outcome
from app.models import Deal, DealStageHistory, Handoff, Order, Payment, Stage, VisitPlan
from app.models.service import HANDOFF_ITEMS
from app.models.types import to_money, utcnow
from app.parsing.choices import parse_lost_reason
from app.pipeline.errors import PipelineError
from app.pipeline.gates import GATE_FIELDS, LOST, WON, GateRefused, missing_fields, target_name
from app.workdays import add_workday_days


@dataclass(frozen=True)
class Installment:
    """One receivable of a won deal's payment schedule."""

    due_date: date
    amount: Decimal


@dataclass(frozen=True)
class WinTerms:
    """What the win form asks: the final amount, the close date and the payment schedule."""

    amount: Decimal
    closed_date: date
    installments: Sequence[Installment] = ()
    fields: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class WinResult(Outcome):
    """The rows a win created, for the handoff dialog and for undo."""

    order_id: str = ""
    handoff_id: str = ""
    visit_id: str = ""


def open_deal(session: Session, deal_id: str) -> Deal:
    """Return a live open deal or explain why it cannot be moved."""
    deal = session.get(Deal, deal_id)
    if deal is None or deal.deleted_at is not None:
        raise PipelineError("pipeline.deal_gone")
    if deal.status != "open":
        raise PipelineError("pipeline.deal_closed")
    return deal


def live_stage(session: Session, stage_id: str) -> Stage:
    """Return a stage that has not been removed."""
    stage = session.get(Stage, stage_id)
    if stage is None or stage.deleted_at is not None:
        raise PipelineError("pipeline.stage_gone")
    return stage


def _fill(changes: ChangeSet, deal: Deal, fields: Mapping[str, Any], now: datetime) -> None:
    unknown = set(fields) - set(GATE_FIELDS)
    if unknown:
        raise ValueError(f"not gate fields: {sorted(unknown)}")
    changed = {key: value for key, value in fields.items() if getattr(deal, key) != value}
    if changed:
        changes.update(deal, now, **changed)


def _close_open_history(session: Session, changes: ChangeSet, deal: Deal, now: datetime) -> None:
    rows = session.scalars(
        select(DealStageHistory).where(
            DealStageHistory.deal_id == deal.id,
            DealStageHistory.left_at.is_(None),
            DealStageHistory.deleted_at.is_(None),
        )
    )
    for row in rows:
        changes.update(row, now, left_at=now)


def enter_stage(
    session: Session, changes: ChangeSet, deal: Deal, stage: Stage, now: datetime
) -> None:
    """Record that deal enters stage now: a new stage-history row and the deal's own fields."""
    changes.create(
        session,
        DealStageHistory(deal_id=deal.id, stage_id=stage.id, entered_at=now, owner=deal.owner),
        now,
    )
    changes.update(deal, now, stage_id=stage.id, stage_entered_at=now)


def move_deal(
    session: Session,
    deal_id: str,
    stage_id: str,
    *,
    fields: Mapping[str, Any] | None = None,
    now: datetime | None = None,
) -> Outcome:
    """Move an open deal to another stage, filling gate fields first; refuse if any are missing."""
    now = now or utcnow()
    deal = open_deal(session, deal_id)
    stage = live_stage(session, stage_id)
    changes = ChangeSet()
    if deal.stage_id == stage.id:
        return Outcome(changes)
    _fill(changes, deal, fields or {}, now)
    missing = missing_fields(deal, stage)
    if missing:
        raise GateRefused(target_name(stage), missing)
    _close_open_history(session, changes, deal, now)
    enter_stage(session, changes, deal, stage, now)
    session.flush()
    return Outcome(changes)


def _check_installments(terms: WinTerms) -> None:
    for number, part in enumerate(terms.installments, start=1):
        if part.amount <= 0:
            raise PipelineError("pipeline.installment_not_positive", number=number)
    total = sum((part.amount for part in terms.installments), Decimal(0))
    if total > terms.amount:
        raise PipelineError("pipeline.installments_exceed", total=total, amount=terms.amount)


def win_deal(
    session: Session, deal_id: str, terms: WinTerms, *, now: datetime | None = None
) -> WinResult:
    """Mark a deal won: its order, payment schedule, after-sale visit and handoff, together."""
    now = now or utcnow()
    deal = open_deal(session, deal_id)
    if terms.amount < 0:
        raise PipelineError("pipeline.amount_negative")
    _check_installments(terms)
    changes = ChangeSet()
    values = {**terms.fields, "amount": to_money(terms.amount), "closed_date": terms.closed_date}
    _fill(changes, deal, values, now)
    missing = missing_fields(deal, WON)
    if missing:
        raise GateRefused(target_name(WON), missing)
    changes.update(deal, now, status=WON)
    _close_open_history(session, changes, deal, now)
    order = changes.create(
        session,
        Order(
            customer_id=deal.customer_id,
            deal_id=deal.id,
            order_date=terms.closed_date,
            amount=deal.amount,
            currency=deal.currency,
            owner=deal.owner,
            note=deal.title,
        ),
        now,
    )
    for part in terms.installments:
        changes.create(
            session,
            Payment(
                customer_id=deal.customer_id,
                order_id=order.id,
                amount_due=to_money(part.amount),
                due_date=part.due_date,
                amount_received=Decimal(0),
                owner=deal.owner,
            ),
            now,
        )
    visit_days = int(settings.get(session, "after_sale_visit_days") or 7)
    visit = changes.create(
        session,
        VisitPlan(
            customer_id=deal.customer_id,
            deal_id=deal.id,
            contact_id=deal.contact_id,
            due_date=add_workday_days(terms.closed_date, visit_days),
            kind="aftersale_visit",
            status="planned",
            source="aftersale",
            note=deal.title,
            owner=deal.owner,
        ),
        now,
    )
    handoff = changes.create(
        session,
        Handoff(
            deal_id=deal.id,
            customer_id=deal.customer_id,
            status="todo",
            checklist={item: False for item in HANDOFF_ITEMS},
            owner=deal.owner,
        ),
        now,
    )
    session.flush()
    return WinResult(changes, order_id=order.id, handoff_id=handoff.id, visit_id=visit.id)


def lose_deal(
    session: Session,
    deal_id: str,
    reason: str,
    closed_date: date,
    *,
    fields: Mapping[str, Any] | None = None,
    now: datetime | None = None,
) -> Outcome:
    """Mark a deal lost with its reason (a LOST_REASONS code; other wording is mapped or kept)."""
    now = now or utcnow()
    deal = open_deal(session, deal_id)
    changes = ChangeSet()
    values = {
        **(fields or {}),
        "lost_reason": parse_lost_reason(reason),
        "closed_date": closed_date,
    }
    _fill(changes, deal, values, now)
    missing = missing_fields(deal, LOST)
    if missing:
        raise GateRefused(target_name(LOST), missing)
    changes.update(deal, now, status=LOST)
    _close_open_history(session, changes, deal, now)
    session.flush()
    return Outcome(changes)


def delete_deal(session: Session, deal_id: str, *, now: datetime | None = None) -> Outcome:
    """Tombstone a deal and its stage history (never a hard delete, so sync carries it)."""
    now = now or utcnow()
    deal = session.get(Deal, deal_id)
    if deal is None or deal.deleted_at is not None:
        raise PipelineError("pipeline.deal_gone")
    changes = ChangeSet()
    history = session.scalars(
        select(DealStageHistory).where(
            DealStageHistory.deal_id == deal.id, DealStageHistory.deleted_at.is_(None)
        )
    )
    for row in history:
        changes.update(row, now, deleted_at=now)
    changes.update(deal, now, deleted_at=now)
    session.flush()
    return Outcome(changes)


def save_handoff(
    session: Session,
    handoff_id: str,
    checklist: Mapping[str, bool],
    promises: str | None = None,
    *,
    now: datetime | None = None,
) -> None:
    """Store the ticked handoff items; all ticked marks the handoff done."""
    now = now or utcnow()
    handoff = session.get(Handoff, handoff_id)
    if handoff is None or handoff.deleted_at is not None:
        raise PipelineError("pipeline.handoff_gone")
    handoff.checklist = {item: bool(checklist.get(item)) for item in HANDOFF_ITEMS}
    handoff.promises = (promises or "").strip() or None
    done = all(handoff.checklist.values())
    handoff.status = "done" if done else "todo"
    handoff.completed_at = now if done else None
    handoff.updated_at = now
    session.flush()
