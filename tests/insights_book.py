"""A small fixed book whose insights are worked out by hand in tests/app/test_insights.py.

Today is 2026-03-31 and the period the first quarter. Five deals (ana and bo own them):
D1 won after lead → qualified → proposal → negotiation; D2 went back from proposal to
qualified; D3 skipped qualified and was lost without a reason; D4 was created last year and
lost in January for price; D5 skipped to negotiation and is expected to close in March.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select

from app.db import Database
from app.models import (
    Activity,
    Complaint,
    Customer,
    Deal,
    DealStageHistory,
    Goal,
    Payment,
    Stage,
    VisitPlan,
)

TODAY = date(2026, 3, 31)
Q1 = (date(2026, 1, 1), date(2026, 3, 31))


def _d(text: str) -> datetime:
    return datetime.fromisoformat(text)


def build_book(db: Database) -> dict[str, str]:
    """Write the book; return the stage ids by key."""
    with db.write() as s:
        stages = {st.key: st.id for st in s.scalars(select(Stage))}
        ana = Customer(name="甲公司", owner="ana", first_cooperation_date=date(2026, 2, 4))
        bo = Customer(name="乙公司", owner="bo")
        s.add_all([ana, bo])
        s.flush()

        def deal(owner, cust, amount, status, created, stays, closed=None, **extra):
            d = Deal(
                customer_id=cust.id,
                title=f"deal {amount}",
                amount=Decimal(amount),
                status=status,
                stage_id=stages[stays[-1][0]],
                created_at=_d(created),
                closed_date=date.fromisoformat(closed) if closed else None,
                owner=owner,
                **extra,
            )
            s.add(d)
            s.flush()
            for key, entered, left in stays:
                s.add(
                    DealStageHistory(
                        deal_id=d.id,
                        stage_id=stages[key],
                        entered_at=_d(entered),
                        left_at=_d(left) if left else None,
                        owner=owner,
                    )
                )
            return d

        deal("ana", ana, 1000, "won", "2026-01-05", [
            ("lead", "2026-01-05", "2026-01-10"),
            ("qualified", "2026-01-10", "2026-01-20"),
            ("proposal", "2026-01-20", "2026-02-01"),
            ("negotiation", "2026-02-01", "2026-02-04"),
        ], closed="2026-02-04")  # fmt: skip
        deal("ana", ana, 2000, "open", "2026-01-10", [
            ("lead", "2026-01-10", "2026-01-15"),
            ("qualified", "2026-01-15", "2026-01-25"),
            ("proposal", "2026-01-25", "2026-02-10"),
            ("qualified", "2026-02-10", "2026-02-20"),
            ("proposal", "2026-02-20", None),
        ])  # fmt: skip
        deal("bo", bo, 500, "lost", "2026-02-01", [
            ("lead", "2026-02-01", "2026-02-03"),
            ("proposal", "2026-02-03", "2026-02-13"),
        ], closed="2026-02-13")  # fmt: skip
        deal("bo", bo, 800, "lost", "2025-11-01", [
            ("lead", "2025-11-01", "2025-11-11"),
            ("qualified", "2025-11-11", "2026-01-15"),
        ], closed="2026-01-15", lost_reason="price")  # fmt: skip
        deal("ana", ana, 3000, "open", "2026-03-01", [
            ("lead", "2026-03-01", "2026-03-05"),
            ("negotiation", "2026-03-05", None),
        ], expected_close_date=date(2026, 3, 20))  # fmt: skip

        for owner, cust, when, channel, kind, level in [
            ("ana", ana, "2026-01-05 10:00", "phone", "call", None),
            ("ana", ana, "2026-01-07 10:00", "wechat", "care", None),
            ("ana", ana, "2026-01-11 10:00", "visit", "presale_visit", None),
            ("ana", ana, "2026-02-02 10:00", "visit", "insale_visit", None),
            ("ana", ana, "2026-03-10 10:00", "visit", "aftersale_visit", 5),
            ("bo", bo, "2026-03-30 10:00", "phone", "call", None),
            ("bo", bo, "2025-12-20 10:00", "phone", "call", None),
        ]:
            s.add(
                Activity(
                    customer_id=cust.id,
                    occurred_at=_d(when),
                    channel=channel,
                    kind=kind,
                    intent_level=level,
                    owner=owner,
                )
            )
        for owner, cust, due, amount, received, on in [
            ("ana", ana, "2026-01-10", 1000, 1000, "2026-01-08"),
            ("ana", ana, "2026-02-01", 2000, 500, "2026-02-15"),
            ("bo", bo, "2026-03-15", 400, 0, None),
            ("bo", bo, "2025-12-01", 300, 0, None),
            ("ana", ana, "2026-04-10", 700, 0, None),
        ]:
            s.add(
                Payment(
                    customer_id=cust.id,
                    due_date=date.fromisoformat(due),
                    amount_due=Decimal(amount),
                    amount_received=Decimal(received),
                    received_date=date.fromisoformat(on) if on else None,
                    owner=owner,
                )
            )
        for resolved, rating in [("2026-02-10", 4), ("2026-03-01", 2)]:
            s.add(
                Complaint(
                    customer_id=ana.id,
                    received_at=_d(resolved),
                    resolved_at=_d(resolved),
                    satisfaction=rating,
                    owner="ana",
                )
            )
        for due, status in [("2026-03-01", "done"), ("2026-03-20", "planned")]:
            s.add(
                VisitPlan(
                    customer_id=ana.id, due_date=date.fromisoformat(due), status=status, owner="ana"
                )
            )
        for name, metric, target, start, end in [
            ("Q1 revenue", "revenue", 4000, *Q1),
            ("Q1 win rate", "win_rate", 0.5, *Q1),
            ("Q1 cycle", "cycle_days", 20, *Q1),
            ("Q2 revenue", "revenue", 5000, date(2026, 4, 1), date(2026, 6, 30)),
        ]:
            s.add(
                Goal(
                    name=name,
                    metric=metric,
                    target=target,
                    period_start=start,
                    period_end=end,
                    owner="ana",
                )
            )
    return stages
