"""Everything the customer record shows for one customer, as plain values.

Dimensions come from the customer row (the transaction and interaction summaries are the
derived figures app.derived keeps there, plus counts read here); the lists — contacts, timeline,
deals, orders, payments, complaints, referrals — are read per customer through its indexes,
the timeline page by page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import Integer, and_, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from app.customers.editing import CustomerEdit, edit_of
from app.customers.listing import stale_before
from app.models import (
    Activity,
    Complaint,
    Contact,
    Customer,
    Deal,
    Order,
    Payment,
    Product,
    Stage,
    VisitPlan,
)
from app.models.service import COMPLAINT_STEPS
from app.models.types import utcnow
from app.segments import describe_churn

TIMELINE_PAGE = 50
# Complaint steps at which a promised resolution is still owed.
BEFORE_RESOLVE = COMPLAINT_STEPS[: COMPLAINT_STEPS.index("resolve")]


@dataclass(frozen=True)
class CustomerProfile:
    """The record's header and its five dimensions (transaction and interaction derived)."""

    id: str
    edit: CustomerEdit
    tier: str
    computed_tier: str
    tier_override: str | None
    tier_override_reason: str | None
    segment: str | None
    rfm: tuple[int | None, int | None, int | None]
    at_risk: bool
    churn_reasons: list[str]
    owner: str | None
    info_verified_at: datetime | None
    stale: bool
    referred_by: tuple[str, str] | None
    # Transaction summary.
    revenue_12m: Decimal
    revenue_24m: Decimal
    orders_24m: int
    orders_total: int
    last_order_date: date | None
    receivable_open: Decimal
    receivable_overdue: Decimal
    # Interaction summary.
    last_contact_at: datetime | None
    activities_90d: int
    activities_total: int
    top_channel: str | None
    next_visit: date | None


@dataclass(frozen=True)
class ContactRow:
    id: str
    name: str
    title: str | None
    role: str
    phone: str | None
    email: str | None
    wechat: str | None
    birthday: date | None
    is_primary: bool


@dataclass(frozen=True)
class TimelineEntry:
    id: str
    occurred_at: datetime
    channel: str
    kind: str
    summary: str
    feedback: str | None
    intent_level: int | None
    next_step: str | None
    contact_name: str | None
    deal_title: str | None


@dataclass(frozen=True)
class DealRow:
    id: str
    title: str
    amount: Decimal
    currency: str
    status: str
    stage_name: str
    stage_name_en: str | None
    expected_close_date: date | None
    closed_date: date | None


@dataclass(frozen=True)
class OrderRow:
    id: str
    order_no: str | None
    order_date: date
    amount: Decimal
    currency: str
    product: str | None


@dataclass(frozen=True)
class PaymentRow:
    id: str
    order_no: str | None  # its order's number, else the one its sheet named
    due_date: date
    amount_due: Decimal
    amount_received: Decimal
    received_date: date | None
    overdue: bool


@dataclass(frozen=True)
class ComplaintRow:
    id: str
    received_at: datetime
    severity: str
    step: str
    description: str
    promised_at: datetime | None
    overdue: bool


def _zero(value: Decimal | None) -> Decimal:
    return value if value is not None else Decimal(0)


def load_profile(
    session: Session, customer_id: str, now: datetime | None = None
) -> CustomerProfile | None:
    """Return one live customer's record, None when it is retired or unknown."""
    now = now or utcnow()
    customer = session.get(Customer, customer_id)
    if customer is None or customer.deleted_at is not None:
        return None
    today = now.date()
    activities = select(func.count()).where(
        Activity.customer_id == customer_id, Activity.deleted_at.is_(None)
    )
    recent = activities.where(Activity.occurred_at >= now - timedelta(days=90))
    channel = session.execute(
        select(Activity.channel, func.count().label("n"))
        .where(Activity.customer_id == customer_id, Activity.deleted_at.is_(None))
        .group_by(Activity.channel)
        .order_by(func.count().desc(), Activity.channel)
        .limit(1)
    ).first()
    cents = Integer()
    unpaid = type_coerce(Payment.amount_due, cents) - type_coerce(Payment.amount_received, cents)
    open_due, overdue_due = session.execute(
        select(
            func.coalesce(func.sum(unpaid), 0),
            func.coalesce(func.sum(unpaid).filter(Payment.due_date < today), 0),
        ).where(
            Payment.customer_id == customer_id,
            Payment.deleted_at.is_(None),
            Payment.amount_due > Payment.amount_received,
        )
    ).one()
    next_visit = session.scalar(
        select(func.min(VisitPlan.due_date)).where(
            VisitPlan.customer_id == customer_id,
            VisitPlan.status == "planned",
            VisitPlan.deleted_at.is_(None),
        )
    )
    orders_total = session.scalar(
        select(func.count()).where(Order.customer_id == customer_id, Order.deleted_at.is_(None))
    )
    referrer = customer.referred_by
    verified = customer.info_verified_at
    return CustomerProfile(
        id=customer.id,
        edit=edit_of(customer),
        tier=customer.effective_tier,
        computed_tier=customer.tier or "C",
        tier_override=customer.tier_override,
        tier_override_reason=customer.tier_override_reason,
        segment=customer.rfm_segment,
        rfm=(customer.rfm_r, customer.rfm_f, customer.rfm_m),
        at_risk=bool(customer.churn_risk),
        churn_reasons=describe_churn(customer.churn_reason, today),
        owner=customer.owner,
        info_verified_at=verified,
        stale=verified is None or verified < stale_before(session, now),
        referred_by=(referrer.id, referrer.name)
        if referrer is not None and referrer.deleted_at is None
        else None,
        revenue_12m=_zero(customer.revenue_12m),
        revenue_24m=_zero(customer.revenue_24m),
        orders_24m=customer.orders_24m or 0,
        orders_total=int(orders_total or 0),
        last_order_date=customer.last_order_date,
        receivable_open=Decimal(int(open_due)) / 100,
        receivable_overdue=Decimal(int(overdue_due)) / 100,
        last_contact_at=customer.last_contact_at,
        activities_90d=int(session.scalar(recent) or 0),
        activities_total=int(session.scalar(activities) or 0),
        top_channel=channel[0] if channel else None,
        next_visit=next_visit,
    )


def list_contacts(session: Session, customer_id: str) -> list[ContactRow]:
    """Return a customer's live contacts: primary first, then decision makers, then by name."""
    rows = session.scalars(
        select(Contact)
        .where(Contact.customer_id == customer_id, Contact.deleted_at.is_(None))
        .order_by(Contact.is_primary.desc(), Contact.role != "decision_maker", Contact.name)
    )
    return [
        ContactRow(
            c.id, c.name, c.title, c.role, c.phone, c.email, c.wechat, c.birthday, c.is_primary
        )
        for c in rows
    ]


def timeline(
    session: Session,
    customer_id: str,
    *,
    channel: str | None = None,
    after: TimelineEntry | None = None,
    limit: int = TIMELINE_PAGE,
) -> list[TimelineEntry]:
    """Return a page of the customer's activities, newest first, optionally of one channel."""
    query = (
        select(
            Activity.id,
            Activity.occurred_at,
            Activity.channel,
            Activity.kind,
            Activity.summary,
            Activity.feedback,
            Activity.intent_level,
            Activity.next_step,
            Contact.name,
            Deal.title,
        )
        .outerjoin(Contact, Contact.id == Activity.contact_id)
        .outerjoin(Deal, Deal.id == Activity.deal_id)
        .where(Activity.customer_id == customer_id, Activity.deleted_at.is_(None))
    )
    if channel:
        query = query.where(Activity.channel == channel)
    if after is not None:
        query = query.where(
            or_(
                Activity.occurred_at < after.occurred_at,
                and_(Activity.occurred_at == after.occurred_at, Activity.id < after.id),
            )
        )
    query = query.order_by(Activity.occurred_at.desc(), Activity.id.desc()).limit(limit)
    return [
        TimelineEntry(
            id=row[0],
            occurred_at=row[1],
            channel=row[2],
            kind=row[3],
            summary=row[4],
            feedback=row[5],
            intent_level=row[6],
            next_step=row[7],
            contact_name=row[8],
            deal_title=row[9],
        )
        for row in session.execute(query)
    ]


def customer_deals(session: Session, customer_id: str) -> list[DealRow]:
    """Return the customer's live deals: open ones first, then the newest closed."""
    rows = session.execute(
        select(
            Deal.id,
            Deal.title,
            Deal.amount,
            Deal.currency,
            Deal.status,
            Stage.name,
            Stage.name_en,
            Deal.expected_close_date,
            Deal.closed_date,
        )
        .join(Stage, Stage.id == Deal.stage_id)
        .where(Deal.customer_id == customer_id, Deal.deleted_at.is_(None))
        .order_by(Deal.status != "open", Deal.closed_date.desc(), Deal.amount.desc())
    )
    return [DealRow(*row) for row in rows]


def customer_orders(session: Session, customer_id: str) -> list[OrderRow]:
    """Return the customer's live orders, newest first."""
    rows = session.execute(
        select(
            Order.id, Order.order_no, Order.order_date, Order.amount, Order.currency, Product.name
        )
        .outerjoin(Product, Product.id == Order.product_id)
        .where(Order.customer_id == customer_id, Order.deleted_at.is_(None))
        .order_by(Order.order_date.desc(), Order.id)
    )
    return [OrderRow(*row) for row in rows]


def customer_payments(
    session: Session, customer_id: str, today: date | None = None
) -> list[PaymentRow]:
    """Return the customer's receivables, the latest due first; unpaid past due is overdue."""
    today = today or date.today()
    rows = session.execute(
        select(
            Payment.id,
            func.coalesce(Order.order_no, Payment.order_no),
            Payment.due_date,
            Payment.amount_due,
            Payment.amount_received,
            Payment.received_date,
        )
        .outerjoin(Order, Order.id == Payment.order_id)
        .where(Payment.customer_id == customer_id, Payment.deleted_at.is_(None))
        .order_by(Payment.due_date.desc(), Payment.id)
    )
    return [PaymentRow(*row, overdue=row[4] < row[3] and row[2] < today) for row in rows]


def customer_complaints(
    session: Session, customer_id: str, now: datetime | None = None
) -> list[ComplaintRow]:
    """Return the customer's complaints, newest first; a promise past due before resolving is
    overdue."""
    now = now or utcnow()
    rows = session.execute(
        select(
            Complaint.id,
            Complaint.received_at,
            Complaint.severity,
            Complaint.step,
            Complaint.description,
            Complaint.promised_at,
        )
        .where(Complaint.customer_id == customer_id, Complaint.deleted_at.is_(None))
        .order_by(Complaint.received_at.desc(), Complaint.id)
    )
    return [
        ComplaintRow(
            *row,
            overdue=row[3] in BEFORE_RESOLVE and row[5] is not None and row[5] < now,
        )
        for row in rows
    ]
