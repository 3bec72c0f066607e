"""The won-deal handoff [M3.1.2]: what the data already proves, the checklist, and the summary.

The checklist items are HANDOFF_ITEMS. Some are proven by the data and ticked for the rep:
customer info complete (name, industry, size band, region or city, phone or e-mail), needs
background (the deal's need or the customer's pain points), deal history (stage history and at
least one follow-up on the deal), promises (written on the handoff), key contacts (a decision
maker on file) and payment schedule (receivables recorded for the deal's order).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.bulk import chunked
from app.changes import ActionError, ChangeSet, Outcome
from app.i18n import language, msg
from app.labels import label
from app.models import (
    Activity,
    Contact,
    Customer,
    Deal,
    DealStageHistory,
    Handoff,
    Order,
    Payment,
    Stage,
)
from app.models.service import HANDOFF_ITEMS
from app.models.types import utcnow

RECENT_ACTIVITIES = 8


@dataclass(frozen=True)
class HandoffRow:
    """An open handoff as the list shows it."""

    id: str
    deal_id: str
    customer_id: str
    customer_name: str
    deal_title: str
    amount: Decimal
    closed_date: date | None
    done: int
    total: int


def _live_handoff(session: Session, handoff_id: str) -> Handoff:
    handoff = session.get(Handoff, handoff_id)
    if handoff is None or handoff.deleted_at is not None:
        raise ActionError("pipeline.handoff_gone")
    return handoff


def open_handoffs(session: Session, limit: int = 500) -> list[HandoffRow]:
    """Return the handoffs still to do, the most recently won first."""
    rows = session.execute(
        select(Handoff, Customer.name, Deal.title, Deal.amount, Deal.closed_date)
        .join(Deal, Deal.id == Handoff.deal_id)
        .join(Customer, Customer.id == Handoff.customer_id)
        .where(
            Handoff.status == "todo",
            Handoff.deleted_at.is_(None),
            Deal.deleted_at.is_(None),
            Customer.deleted_at.is_(None),
        )
        .order_by(Deal.closed_date.desc(), Customer.name, Handoff.id)
        .limit(limit)
    ).all()
    proof = _proven(session, [row[0] for row in rows])
    found = []
    for handoff, name, title, amount, closed in rows:
        # What the checklist will show ticked: the rep's ticks and what the data proves.
        ticks, proven = handoff.checklist or {}, proof[handoff.id]
        done = sum(1 for item in HANDOFF_ITEMS if ticks.get(item) or proven.get(item))
        found.append(
            HandoffRow(
                handoff.id,
                handoff.deal_id,
                handoff.customer_id,
                name,
                title,
                amount,
                closed,
                done,
                len(HANDOFF_ITEMS),
            )
        )
    return found


def handoff_for_deal(session: Session, deal_id: str) -> str | None:
    """Return the id of a deal's live handoff, if it has one."""
    return session.scalar(
        select(Handoff.id).where(Handoff.deal_id == deal_id, Handoff.deleted_at.is_(None))
    )


def _filled(*values: str | None) -> bool:
    return all(value and value.strip() for value in values)


def proven_items(session: Session, handoff_id: str) -> dict[str, bool]:
    """Return, per checklist item, whether the data already proves it done."""
    return _proven(session, [_live_handoff(session, handoff_id)])[handoff_id]


def _counts(session: Session, key: Any, *where: Any, joined: Any = None) -> dict[str, int]:
    query = select(key, func.count()).where(*where).group_by(key)
    if joined is not None:
        query = query.select_from(joined)
    return {k: n for k, n in session.execute(query)}


def _proven(session: Session, handoffs: Sequence[Handoff]) -> dict[str, dict[str, bool]]:
    """What the data proves for each of these handoffs, in a few grouped reads."""
    found: dict[str, dict[str, bool]] = {}
    for chunk in chunked(list(handoffs)):
        deal_ids = [h.deal_id for h in chunk]
        customer_ids = [h.customer_id for h in chunk]
        deals = {d.id: d for d in session.scalars(select(Deal).where(Deal.id.in_(deal_ids)))}
        customers = {
            c.id: c for c in session.scalars(select(Customer).where(Customer.id.in_(customer_ids)))
        }
        decision_makers = _counts(
            session,
            Contact.customer_id,
            Contact.customer_id.in_(customer_ids),
            Contact.role == "decision_maker",
            Contact.deleted_at.is_(None),
        )
        stays = _counts(
            session,
            DealStageHistory.deal_id,
            DealStageHistory.deal_id.in_(deal_ids),
            DealStageHistory.deleted_at.is_(None),
        )
        follow_ups = _counts(
            session, Activity.deal_id, Activity.deal_id.in_(deal_ids), Activity.deleted_at.is_(None)
        )
        payments = _counts(
            session,
            Order.deal_id,
            Order.deal_id.in_(deal_ids),
            Order.deleted_at.is_(None),
            Payment.deleted_at.is_(None),
            joined=Payment.__table__.join(Order.__table__, Order.id == Payment.order_id),
        )
        for handoff in chunk:
            deal, customer = deals[handoff.deal_id], customers[handoff.customer_id]
            has_place = _filled(customer.region) or _filled(customer.city)
            has_reach = _filled(customer.phone) or _filled(customer.email)
            found[handoff.id] = {
                "customer_info": _filled(customer.name, customer.industry, customer.size_band)
                and has_place
                and has_reach,
                "needs_background": _filled(deal.need) or _filled(customer.pain_points),
                "deal_history": bool(stays.get(deal.id)) and bool(follow_ups.get(deal.id)),
                "promises": _filled(handoff.promises),
                "key_contacts": bool(decision_makers.get(customer.id)),
                "payment_schedule": bool(payments.get(deal.id)),
            }
    return found


@dataclass(frozen=True)
class HandoffForm:
    """What the checklist dialog opens with: the deal, the ticks, the promises, the proof."""

    deal_title: str
    ticks: dict[str, bool]
    promises: str | None
    proven: dict[str, bool]


def handoff_form(session: Session, handoff_id: str) -> HandoffForm | None:
    """Read one live handoff for its dialog (None: it is gone)."""
    handoff = session.get(Handoff, handoff_id)
    if handoff is None or handoff.deleted_at is not None:
        return None
    deal = session.get(Deal, handoff.deal_id)
    return HandoffForm(
        deal_title=deal.title if deal else "",
        ticks={item: bool(done) for item, done in (handoff.checklist or {}).items()},
        promises=handoff.promises,
        proven=proven_items(session, handoff_id),
    )


def save_checklist(
    session: Session,
    handoff_id: str,
    checklist: Mapping[str, bool],
    promises: str | None = None,
    *,
    now: datetime | None = None,
) -> Outcome:
    """Store the ticked items and the promises; all ticked marks the handoff done (undoable)."""
    now = now or utcnow()
    handoff = _live_handoff(session, handoff_id)
    ticks = {item: bool(checklist.get(item)) for item in HANDOFF_ITEMS}
    done = all(ticks.values())
    values: dict[str, object] = {
        "checklist": ticks,
        "promises": (promises or "").strip() or None,
        "status": "done" if done else "todo",
        "completed_at": (handoff.completed_at or now) if done else None,
    }
    changed = {k: v for k, v in values.items() if getattr(handoff, k) != v}
    changes = ChangeSet()
    if changed:
        changes.update(handoff, now, **changed)
        session.flush()
    return Outcome(changes)


def _money(amount: Decimal | None) -> str:
    if amount is None:
        return "—"
    return f"¥{amount:,.2f}" if amount != amount.to_integral() else f"¥{amount:,.0f}"


def _day(value: date | datetime | None) -> str:
    if value is None:
        return "—"
    return (value.date() if isinstance(value, datetime) else value).isoformat()


def _stage_name(stage: Stage) -> str:
    return stage.name if language() == "zh_CN" else (stage.name_en or stage.name)


def _colon() -> str:
    return "：" if language() == "zh_CN" else ": "


def _lines(*parts: tuple[str, str | None]) -> list[str]:
    return [f"  {caption}{_colon()}{value}" for caption, value in parts if value and value.strip()]


def handoff_summary(
    session: Session,
    handoff_id: str,
    checklist: Mapping[str, bool] | None = None,
    promises: str | None = None,
) -> str:
    """Write the one-page handoff summary as plain text in the user's language.

    `checklist` and `promises`, when given, stand in for the stored ones (a form not yet saved).
    """
    handoff = _live_handoff(session, handoff_id)
    promised = handoff.promises if promises is None else (promises.strip() or None)
    deal = session.get(Deal, handoff.deal_id)
    customer = session.get(Customer, handoff.customer_id)
    assert deal is not None and customer is not None
    out = [msg("growth.handoff_title", deal=deal.title, customer=customer.name)]
    out.append(
        msg(
            "growth.handoff_won",
            day=_day(deal.closed_date),
            amount=_money(deal.amount),
            owner=deal.owner or "—",
        )
    )
    out += ["", msg("growth.handoff_customer")]
    place = " ".join(p for p in (customer.region, customer.city, customer.address) if p)
    out += _lines(
        (label("field.industry"), customer.industry),
        (label("field.size_band"), customer.size_band),
        (label("field.region"), place),
        (label("field.phone"), customer.phone),
        (label("field.email"), customer.email),
        (label("field.main_business"), customer.main_business),
    )
    out += ["", msg("growth.handoff_needs")]
    out += _lines(
        (msg("growth.handoff_need"), deal.need),
        (label("field.pain_points"), customer.pain_points),
        (label("field.current_suppliers"), customer.current_suppliers),
    ) or ["  —"]
    out += ["", msg("growth.handoff_contacts")]
    contacts = session.scalars(
        select(Contact)
        .where(Contact.customer_id == customer.id, Contact.deleted_at.is_(None))
        .order_by(Contact.role != "decision_maker", Contact.is_primary.desc(), Contact.name)
    ).all()
    for person in contacts:
        reach = " · ".join(
            p for p in (person.title, person.phone, person.email, person.wechat) if p
        )
        role = label(f"role.{person.role}")
        open_, close = ("（", "）") if language() == "zh_CN" else (" (", ") ")
        out.append(f"  - {person.name}{open_}{role}{close}{reach}".rstrip())
    if not contacts:
        out.append("  —")
    out += ["", msg("growth.handoff_history")]
    for stay, stage in session.execute(
        select(DealStageHistory, Stage)
        .join(Stage, Stage.id == DealStageHistory.stage_id)
        .where(DealStageHistory.deal_id == deal.id, DealStageHistory.deleted_at.is_(None))
        .order_by(DealStageHistory.entered_at)
    ):
        stay_days = f"{_day(stay.entered_at)} → {_day(stay.left_at)}"
        out.append(f"  - {_stage_name(stage)}{_colon()}{stay_days}")
    activities = session.scalars(
        select(Activity)
        .where(
            Activity.customer_id == customer.id,
            Activity.deleted_at.is_(None),
        )
        .order_by((Activity.deal_id == deal.id).desc(), Activity.occurred_at.desc())
        .limit(RECENT_ACTIVITIES)
    ).all()
    out += ["", msg("growth.handoff_follow_ups")]
    for act in activities:
        said = f" — {act.feedback}" if act.feedback else ""
        out.append(
            f"  - {_day(act.occurred_at)} {label(f'channel.{act.channel}')}{_colon()}{act.summary}{said}"
        )
    if not activities:
        out.append("  —")
    out += ["", msg("growth.handoff_promises")]
    out += [f"  {line}" for line in (promised or "—").splitlines()]
    out += ["", msg("growth.handoff_payments")]
    payments = (
        session.execute(
            select(Payment)
            .join(Order, Order.id == Payment.order_id)
            .where(
                Order.deal_id == deal.id, Order.deleted_at.is_(None), Payment.deleted_at.is_(None)
            )
            .order_by(Payment.due_date)
        )
        .scalars()
        .all()
    )
    for pay in payments:
        out.append(
            "  - "
            + msg(
                "growth.handoff_payment",
                day=_day(pay.due_date),
                due=_money(pay.amount_due),
                received=_money(pay.amount_received),
            )
        )
    if not payments:
        out.append("  —")
    out += ["", msg("growth.handoff_checklist")]
    ticks = (handoff.checklist or {}) if checklist is None else checklist
    for item in HANDOFF_ITEMS:
        out.append(f"  [{'x' if ticks.get(item) else ' '}] {label(f'handoff.{item}')}")
    return "\n".join(out) + "\n"
