"""Demo deals with their stage history, walked backwards from today so open deals are current."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Any

from app.demo import vocabulary as v
from app.demo.draws import HISTORY_DAYS, Draws
from app.demo.service import draw_handoff
from app.models import Deal, DealStageHistory

# Typical days spent in each stage; proposal is the demo's bottleneck for analytics to find.
STAGE_DAYS = {"lead": 6, "qualified": 9, "proposal": 21, "negotiation": 12, "closing": 5}


def deal_count(d: Draws, value: float) -> int:
    """Draw how many deals a customer of this value has had: mostly none or one."""
    return d.rng.choices([0, 1, 2], [66, 27, 7])[0] if value < 3 else d.pick([0, 1, 2])


def draw_deal(
    d: Draws, cid: str, contacts: list[dict[str, Any]], value: float, pains: str
) -> dict[str, Any]:
    """Write one deal, its stage history and, for a recent win, its handoff; return the row."""
    rng = d.rng
    did = d.new_id()
    product = d.pick(d.product_rows)
    amount = (product["unit_price"] * Decimal(rng.uniform(0.8, 3.0) * min(value, 5))).quantize(
        Decimal("1")
    )
    outcome = rng.choices(["open", "won", "lost"], [42, 38, 20])[0]
    target = d.between(len(d.stages)) if outcome == "open" else len(d.stages)
    if outcome == "lost":
        target = d.between(1, len(d.stages) + 1)
    # Walk the stages backwards from today so open deals end in the present.
    spans = [max(1, int(rng.gammavariate(2, STAGE_DAYS[key] / 2))) for _, key in d.stages]
    end_offset = rng.uniform(0, 25) if outcome == "open" else rng.uniform(1, HISTORY_DAYS - 60)
    total = sum(spans[:target]) + end_offset
    start = d.moment(total)
    cursor = start
    history: list[dict[str, Any]] = []
    reached = min(target, len(d.stages) - 1) if outcome == "open" else target - 1
    for index in range(reached + 1):
        stage_id = d.stages[index][0]
        left = cursor + timedelta(days=spans[index])
        is_current = outcome == "open" and index == reached
        history.append(
            {
                "id": d.new_id(),
                "deal_id": did,
                "stage_id": stage_id,
                "entered_at": cursor,
                "left_at": None if is_current else left,
                "created_at": cursor,
            }
        )
        cursor = left
    closed = history[-1]["left_at"].date() if outcome != "open" else None
    stage_index = reached
    maker = next((c for c in contacts if c["role"] == "decision_maker"), contacts[0])
    advanced = stage_index >= 1 or outcome == "won"
    deal = {
        "id": did,
        "customer_id": cid,
        "title": d.pick(v.DEAL_TITLES).format(product=product["family"]),
        "amount": amount,
        "currency": "CNY",
        "stage_id": d.stages[stage_index][0],
        "status": outcome,
        "created_at": start,
        "expected_close_date": (cursor + timedelta(days=d.between(10, 60))).date()
        if stage_index >= 3 or outcome != "open"
        else None,
        "closed_date": closed,
        "lost_reason": d.pick(v.LOST_REASONS, v.LOST_WEIGHTS) if outcome == "lost" else None,
        "need": d.pick(pains.split("、")) if advanced else None,
        "budget": (amount * Decimal("1.1")).quantize(Decimal("1"))
        if stage_index >= 2 or outcome == "won"
        else None,
        "contact_id": contacts[0]["id"] if advanced else None,
        "decision_maker_id": maker["id"] if stage_index >= 2 or outcome == "won" else None,
        "source": d.pick(v.SOURCES, v.SOURCE_WEIGHTS),
        "lead_score": d.between(20, 95),
        "stage_entered_at": history[-1]["entered_at"],
        "updated_at": history[-1]["left_at"] or history[-1]["entered_at"],
        "last_activity_at": None,
    }
    d.w.add(Deal, deal)
    for row in history:
        d.w.add(DealStageHistory, row)
    if outcome == "won" and closed and (d.today - closed).days < 60:
        draw_handoff(d, did, cid, closed)
    return deal
