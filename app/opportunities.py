"""Turn a growth suggestion into a deal in the lead stage, the reason kept as its need."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.changes import ActionError, Outcome
from app.growth.suggestions import customer_suggestions
from app.i18n import msg
from app.models import Stage
from app.pipeline.deals import DealInput, create_deal


def lead_stage_id(session: Session) -> str:
    """Return the first live stage by position (the lead stage)."""
    stage_id = session.scalar(
        select(Stage.id)
        .where(Stage.deleted_at.is_(None))
        .order_by(Stage.position, Stage.name)
        .limit(1)
    )
    if stage_id is None:
        raise ActionError("growth.no_stage")
    return stage_id


def deal_from_suggestion(
    session: Session,
    customer_id: str,
    kind: str,
    product_id: str,
    *,
    now: datetime | None = None,
) -> Outcome:
    """Create a lead-stage deal for a customer's cached suggestion (undoable like any new deal).

    Title: the product (up-sell: "upgrade to" it); amount: the list price, or the price gap for
    an up-sell; need: the suggestion's reason sentence.
    """
    found = next(
        (
            s
            for s in customer_suggestions(session, customer_id)
            if s.kind == kind and s.product_id == product_id
        ),
        None,
    )
    if found is None:
        raise ActionError("growth.suggestion_gone")
    if kind == "up":
        title = msg("growth.deal_title_up", product=found.product_name)
        amount = found.price_gap if found.price_gap and found.price_gap > 0 else None
    else:
        title = found.product_name
        amount = found.list_price
    data = DealInput(
        customer_id=customer_id,
        title=title,
        amount=amount if amount is not None else Decimal(0),
        stage_id=lead_stage_id(session),
        need=found.reason,
    )
    return create_deal(session, data, now=now)
