"""Generate a demo book of business with Core bulk inserts, so 100k customers take seconds.

The draws for each concept live beside it (customers, orders, deals, activities, service);
this module orders them. Every draw comes from one seeded generator, so keep the order.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time

from sqlalchemy import Connection, Index, select
from sqlalchemy.orm import Session

from app import settings
from app.db import Database, bulk_work
from app.demo.activities import draw_activities, reschedule_stale_visits
from app.demo.customers import draw_customer, set_first_cooperation
from app.demo.deals import deal_count, draw_deal
from app.demo.draws import DemoSummary, Draws, Progress, Writer
from app.demo.orders import draw_orders, draw_products
from app.demo.service import draw_complaint, draw_goals
from app.derived import refresh_all
from app.lead_score import LeadScoreConfig, save_config
from app.models import SYNCED_MODELS, Stage, table_of
from app.pause_points import pause_point

__all__ = ["DemoSummary", "generate"]

# The demo rep's ideal customer profile, so lead scores spread over the whole 0–100 range.
DEMO_PROFILE = LeadScoreConfig(
    industries=("制造业", "软件与信息服务", "能源化工"),
    regions=("浙江", "江苏", "上海", "广东"),
    sources=("转介绍", "展会", "老客户复购"),
)
BIG_BOOK = 10_000  # customers from which a bulk load without secondary indexes pays off


def generate(
    db: Database,
    customers: int = 300,
    seed: int = 1,
    today: date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill the database with a deterministic demo book of `customers` companies."""
    today = today or date.today()
    rng = random.Random(seed)
    summary = DemoSummary()
    now = datetime.combine(today, time(18, 0))
    # One write transaction for the whole book: a build killed half-way leaves the database as
    # it was, never a book that looks healthy but lacks its derived figures or visit plans.
    with db.write_connection() as conn:
        with bulk_work(conn):  # ends by gathering statistics for the queries below
            owner = _owner(conn)
            writer = Writer(conn, summary, owner, now)
            draws = Draws(rng, writer, today, _stages(conn))
            # Building secondary indexes once at the end beats updating them row by row.
            dropped = _drop_indexes(conn) if customers >= BIG_BOOK else []
            draw_products(draws)
            for index in range(customers):
                _one_customer(draws)
                writer.maybe_flush()
                if progress and index % 1000 == 0:
                    progress("customers", index, customers)
            draw_goals(draws)
            writer.flush()
            for dropped_index in dropped:
                dropped_index.create(conn)
        cadence = _settle(conn, today)
        reschedule_stale_visits(conn, rng, today, cadence)
        pause_point("demo.before_commit")
    return summary


def _settle(conn: Connection, today: date) -> dict[str, int]:
    """Set the demo owner and profile and compute derived figures; return the visit cadence."""
    with Session(bind=conn) as session:
        if not settings.get(session, "owner"):
            settings.put(session, "owner", "demo")
        save_config(session, DEMO_PROFILE)
        refresh_all(session, today)
        cadence = settings.get(session, "cadence_days")
        session.flush()
    return cadence


def _one_customer(d: Draws) -> None:
    """Draw one customer with everything that hangs off it."""
    customer = draw_customer(d)
    first_order = draw_orders(d, customer.id, customer.created, customer.value)
    if first_order:
        set_first_cooperation(d, first_order)
    deals = [
        draw_deal(d, customer.id, customer.contacts, customer.value, customer.pains)
        for _ in range(deal_count(d, customer.value))
    ]
    draw_activities(d, customer.id, customer.created, customer.contacts, deals, customer.value)
    if d.rng.random() < 0.06:
        draw_complaint(d, customer.id, customer.contacts)


def _drop_indexes(conn: Connection) -> list[Index]:
    dropped = []
    for model in SYNCED_MODELS:
        for index in table_of(model).indexes:
            if not index.unique:
                index.drop(conn)
                dropped.append(index)
    return dropped


def _owner(conn: Connection) -> str:
    from app.models import Setting

    value = conn.execute(select(Setting.value).where(Setting.key == "owner")).scalar()
    return value or "demo"


def _stages(conn: Connection) -> list[tuple[str, str]]:
    rows = conn.execute(
        select(Stage.id, Stage.key).where(Stage.deleted_at.is_(None)).order_by(Stage.position)
    )
    return [(row.id, row.key) for row in rows]
