"""Creating and editing deals: validation with clear messages, reversible writes."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import settings
from app.changes import ChangeSet, Outcome
from app.derived.search import refresh_search_text
from app.i18n import msg
from app.labels import field_list
from app.lead_score import load_config, score_deal
from app.models import Contact, Customer, Deal
from app.models.types import to_money, utcnow
from app.parsing.values import parse_money as parse_amount
from app.pipeline.errors import PipelineError
from app.pipeline.gates import field_label, missing_fields, target_name
from app.pipeline.moves import enter_stage, live_stage
from app.text import phone_key


@dataclass
class DealInput:
    """What the deal editor collects."""

    customer_id: str | None
    title: str
    amount: Decimal
    stage_id: str
    currency: str = "CNY"
    expected_close_date: date | None = None
    probability_override: int | None = None
    need: str | None = None
    budget: Decimal | None = None
    contact_id: str | None = None
    decision_maker_id: str | None = None
    source: str | None = None
    notes: str | None = None

    def editable(self) -> dict[str, object]:
        """Return the values an edit writes (the stage changes only through moves)."""
        values = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "stage_id"}
        values["title"] = self.title.strip()
        values["amount"] = to_money(self.amount)
        values["budget"] = None if self.budget is None else to_money(self.budget)
        for key in ("need", "source", "notes"):
            text = values[key]
            values[key] = text.strip() if isinstance(text, str) and text.strip() else None
        return values


def parse_money(text: str) -> Decimal | None:
    """Read an amount typed by a rep — 12800, 150,000, ¥150,000.00, 12.8万, 3千, 150k, 1.5M —
    with the import's own parser, so a form and a sheet read an amount the same way.

    Empty → None; anything else unreadable raises ValueError.
    """
    parsed = parse_amount(text)
    return None if parsed is None else parsed[0]


def validate_deal(session: Session, data: DealInput) -> list[str]:
    """Return what is wrong with the editor's input, one message per problem."""
    problems: list[str] = []
    customer = session.get(Customer, data.customer_id) if data.customer_id else None
    if customer is None or customer.deleted_at is not None:
        problems.append(msg("deal.customer_missing"))
    if not data.title.strip():
        problems.append(msg("deal.title_empty"))
    if data.amount < 0:
        problems.append(msg("deal.amount_negative"))
    if data.budget is not None and data.budget < 0:
        problems.append(msg("deal.budget_negative"))
    if data.probability_override is not None and not 0 <= data.probability_override <= 100:
        problems.append(msg("deal.probability_range"))
    for key in ("contact_id", "decision_maker_id"):
        contact_id = getattr(data, key)
        if contact_id is None:
            continue
        contact = session.get(Contact, contact_id)
        if (
            contact is None
            or contact.deleted_at is not None
            or contact.customer_id != data.customer_id
        ):
            problems.append(msg("deal.contact_elsewhere", field=field_label(key)))
    if problems:
        return problems
    stage = live_stage(session, data.stage_id)
    probe = Deal(**data.editable())
    missing = missing_fields(probe, stage)
    if missing:
        names = field_list(missing)
        where = target_name(stage)
        problems.append(msg("deal.stage_requires", stage=where, fields=names))
    return problems


def create_deal(session: Session, data: DealInput, *, now: datetime | None = None) -> Outcome:
    """Create a deal in its first stage, with its first stage-history row and lead score."""
    now = now or utcnow()
    problems = validate_deal(session, data)
    if problems:
        raise PipelineError("pipeline.problems", problems="\n".join(problems))
    stage = live_stage(session, data.stage_id)
    changes = ChangeSet()
    owner = settings.get(session, "owner") or None
    deal = Deal(**data.editable(), stage_id=stage.id, status="open", owner=owner)
    changes.create(session, deal, now)
    session.flush()
    enter_stage(session, changes, deal, stage, now)
    score = score_deal(session, deal, load_config(session), now)
    changes.update(deal, now, lead_score=score)
    session.flush()
    return Outcome(changes, created_id=deal.id)


def update_deal(
    session: Session, deal_id: str, data: DealInput, *, now: datetime | None = None
) -> Outcome:
    """Save the editor's changes to a deal; the stage stays where it is."""
    now = now or utcnow()
    deal = session.get(Deal, deal_id)
    if deal is None or deal.deleted_at is not None:
        raise PipelineError("pipeline.deal_gone")
    data.stage_id = deal.stage_id
    problems = validate_deal(session, data)
    if problems:
        raise PipelineError("pipeline.problems", problems="\n".join(problems))
    changes = ChangeSet()
    values = {k: v for k, v in data.editable().items() if getattr(deal, k) != v}
    if values:
        changes.update(deal, now, **values)
        score = score_deal(session, deal, load_config(session), now)
        if score != deal.lead_score:
            changes.update(deal, now, lead_score=score)
        session.flush()
    return Outcome(changes)


def input_from_deal(deal: Deal) -> DealInput:
    """Return the editor's view of an existing deal."""
    return DealInput(**{f.name: getattr(deal, f.name) for f in fields(DealInput)})


def load_deal_input(session: Session, deal_id: str) -> DealInput | None:
    """Return the editor's view of the deal with this id, or None when there is none."""
    deal = session.get(Deal, deal_id)
    return None if deal is None else input_from_deal(deal)


def customer_contacts(session: Session, customer_id: str) -> list[tuple[str, str, str]]:
    """Return (id, name, role) of a customer's live contacts, decision makers first."""
    rows = session.execute(
        select(Contact.id, Contact.name, Contact.role)
        .where(Contact.customer_id == customer_id, Contact.deleted_at.is_(None))
        .order_by((Contact.role != "decision_maker"), Contact.is_primary.desc(), Contact.name)
    )
    return [(contact_id, name, role) for contact_id, name, role in rows]


def add_contact(
    session: Session,
    customer_id: str,
    name: str,
    role: str = "other",
    phone: str | None = None,
    *,
    now: datetime | None = None,
) -> str:
    """Add a contact to a customer (from a gate form) and refresh the customer's search text."""
    now = now or utcnow()
    customer = session.get(Customer, customer_id)
    if customer is None or customer.deleted_at is not None:
        raise PipelineError("pipeline.customer_gone")
    if not name.strip():
        raise PipelineError("deal.contact_name_empty")
    phone = (phone or "").strip() or None
    contact = Contact(
        customer_id=customer_id,
        name=name.strip(),
        role=role,
        phone=phone,
        phone_key=phone_key(phone),
        owner=customer.owner,
        created_at=now,
        updated_at=now,
    )
    session.add(contact)
    session.flush()
    refresh_search_text(session.connection(), [customer_id])
    return contact.id
