"""Demo service and planning records: handoffs after a win, complaints, goals and a review."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from app.demo import vocabulary as v
from app.demo.draws import Draws
from app.models import Complaint, Goal, Handoff, Review, VisitPlan
from app.models.service import COMPLAINT_STEPS, HANDOFF_ITEMS
from app.workdays import add_workday_days


def draw_handoff(d: Draws, deal_id: str, cid: str, closed: date) -> None:
    """Write a recent win's handoff checklist and its after-sale visit a week after closing."""
    d.w.add(
        Handoff,
        {
            "id": d.new_id(),
            "deal_id": deal_id,
            "customer_id": cid,
            "status": "todo" if (d.today - closed).days < 20 else "done",
            "checklist": {item: (d.today - closed).days >= 20 for item in HANDOFF_ITEMS},
        },
    )
    # As a won deal plans it (app.pipeline.moves): a week on, moved to the next working day.
    due = add_workday_days(closed, 7)
    d.w.add(
        VisitPlan,
        {
            "id": d.new_id(),
            "customer_id": cid,
            "deal_id": deal_id,
            "due_date": due,
            "kind": "aftersale_visit",
            "status": "done" if due < d.today else "planned",
            "source": "aftersale",
        },
    )


def draw_complaint(d: Draws, cid: str, contacts: list[dict[str, Any]]) -> None:
    """Write one complaint at some step of its handling, resolved ones with a root cause."""
    received = d.moment(d.rng.uniform(1, 200))
    step = d.pick(COMPLAINT_STEPS)
    done = step == "closed"
    d.w.add(
        Complaint,
        {
            "id": d.new_id(),
            "customer_id": cid,
            "contact_id": contacts[0]["id"],
            "received_at": received,
            "channel": d.pick(["phone", "wechat", "email"]),
            "description": d.pick(v.COMPLAINT_TEXTS),
            "severity": d.pick(["low", "medium", "high"]),
            "step": step,
            "promised_at": received + timedelta(days=d.pick([1, 3, 7])),
            "resolved_at": received + timedelta(days=d.between(1, 10)) if done else None,
            "resolution": "已更换并补充培训" if done else None,
            "root_cause": d.pick(v.ROOT_CAUSES) if done else None,
            "satisfaction": d.between(3, 6) if done else None,
            "created_at": received,
        },
    )


def draw_goals(d: Draws) -> None:
    """Write this year's and this quarter's goals and last quarter's PDCA review."""
    year = d.today.year
    quarter_start = date(year, 3 * ((d.today.month - 1) // 3) + 1, 1)
    quarter_end = (quarter_start + timedelta(days=95)).replace(day=1) - timedelta(days=1)
    rows = [
        ("全年销售额", "revenue", 12_000_000, date(year, 1, 1), date(year, 12, 31)),
        ("本季度新客户数", "new_customers", 15, quarter_start, quarter_end),
        ("本季度赢单率", "win_rate", 0.35, quarter_start, quarter_end),
        ("平均成交周期（天）", "cycle_days", 60, date(year, 1, 1), date(year, 12, 31)),
        ("本季度拜访次数", "visits_done", 120, quarter_start, quarter_end),
        ("回款及时率", "on_time_collection", 0.9, date(year, 1, 1), date(year, 12, 31)),
    ]
    goal_ids = []
    for name, metric, target, start, end in rows:
        gid = d.new_id()
        goal_ids.append(gid)
        d.w.add(
            Goal,
            {
                "id": gid,
                "name": name,
                "metric": metric,
                "target": float(target),
                "period_start": start,
                "period_end": end,
                "notes": "SMART：具体、可衡量、可达成、相关、有时限",
            },
        )
    d.w.add(
        Review,
        {
            "id": d.new_id(),
            "goal_id": goal_ids[0],
            "period_start": quarter_start - timedelta(days=91),
            "period_end": quarter_start - timedelta(days=1),
            "plan": "重点推进A类客户二期项目，缩短方案呈现阶段用时",
            "do": "每周复盘商机，方案模板标准化",
            "check": "方案呈现阶段中位用时仍偏长，是主要瓶颈",
            "act": "引入方案评审清单，报价审批下放到区域经理",
        },
    )
