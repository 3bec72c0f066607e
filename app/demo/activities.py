"""Demo activities and visit plans: who was contacted when, and each customer's next visit."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, bindparam, select, update

from app.demo import vocabulary as v
from app.demo.draws import Draws
from app.models import Activity, Customer, VisitPlan, table_of
from app.models.customers import effective_tier
from app.workdays import next_workday


def draw_activities(
    d: Draws,
    cid: str,
    created: datetime,
    contacts: list[dict[str, Any]],
    deals: list[dict[str, Any]],
    value: float,
) -> None:
    """Write a customer's calls, visits and messages; note each deal's latest on its row."""
    rng = d.rng
    count = max(1, int(rng.expovariate(1 / 6.5) * (1 + min(value, 3) / 3)))
    age = (d.moment(0) - created).days
    # Most open deals are being worked on this week; the rest drift into "stalled".
    followed_up = [deal for deal in deals if deal["status"] == "open" and rng.random() < 0.7]
    draws: list[tuple[datetime, dict[str, Any] | None]] = [
        (d.moment(rng.uniform(0, 6)), deal) for deal in followed_up
    ]
    # Reps keep in touch with valuable accounts more often (roughly the tier cadences).
    recent_days, recent_odds = (20, 0.85) if value > 2 else (45, 0.6) if value > 1.3 else (120, 0.4)
    if rng.random() < recent_odds:
        draws.append((d.moment(rng.uniform(0, recent_days)), None))
    for _ in range(min(count, 60)):
        deal = d.pick(deals) if deals and rng.random() < 0.6 else None
        draws.append((d.moment(rng.uniform(0, max(age, 1))), deal))
    for when, deal in draws:
        channel = d.pick(list(v.CHANNEL_WEIGHTS), list(v.CHANNEL_WEIGHTS.values()))
        topic, feedback = d.pick(v.TOPICS), d.pick(v.FEEDBACKS)
        kind = {"visit": "presale_visit", "phone": "call"}.get(channel, "other")
        d.w.add(
            Activity,
            {
                "id": d.new_id(),
                "customer_id": cid,
                "deal_id": deal["id"] if deal else None,
                "contact_id": d.pick(contacts)["id"],
                "occurred_at": when,
                "channel": channel,
                "kind": kind,
                "summary": d.pick(v.ACTIVITY_TEMPLATES[channel]).format(
                    topic=topic, feedback=feedback
                ),
                "feedback": feedback,
                "intent_level": d.between(1, 6),
                "next_step": d.pick(v.NEXT_STEPS),
                "created_at": when,
            },
        )
        if deal and (deal["last_activity_at"] is None or when > deal["last_activity_at"]):
            deal["last_activity_at"] = when


def reschedule_stale_visits(
    conn: Connection, rng: random.Random, today: date, cadence: dict[str, int]
) -> None:
    """Move long-overdue cadence visits the derived pass planned to a day a real rep would have.

    A visit a year overdue would have been rescheduled, so those land within the last three
    weeks or the coming cadence instead — as a drag on the calendar does, keeping the basis.
    """
    rows = conn.execute(
        select(VisitPlan.id, Customer.tier, Customer.tier_override)
        .join(Customer, Customer.id == VisitPlan.customer_id)
        .where(
            VisitPlan.source == "cadence",
            VisitPlan.status == "planned",
            VisitPlan.deleted_at.is_(None),
            VisitPlan.due_date < today - timedelta(days=21),
        )
        .order_by(VisitPlan.customer_id)
    ).all()
    moved = [
        {
            "p_id": row.id,
            "p_due": next_workday(
                today
                + timedelta(
                    days=int(
                        rng.uniform(
                            -21, int(cadence.get(effective_tier(row.tier, row.tier_override), 90))
                        )
                    )
                )
            ),
        }
        for row in rows
    ]
    if moved:
        table = table_of(VisitPlan)
        conn.execute(
            update(table)
            .where(table.c.id == bindparam("p_id"))
            .values(due_date=bindparam("p_due")),
            moved,
        )
