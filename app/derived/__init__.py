"""The one owner of derived data: every figure computed from other rows is refreshed here.

Tiers, RFM scores and segments, churn flags and reasons, customer last-contact and last-order
dates and revenue (app.segments), each customer's planned cadence visit (app.derived.visits),
deal last-activity and lead scores (app.derived.deals), the customer search text
(app.derived.search), the cross-sell / up-sell suggestions (app.derived.growth over app.growth:
kept per action, rebuilt fully in the background when the full pass below marks them stale).
Refreshed:
- inside the unit of work of every user action, for the customers its rows feed (`after_action`:
  a plain stage move feeds nothing, see `INERT_COLUMNS`);
- after every import, in its transaction (`refresh_imported`): for the customers it touched, or
  fully when it touched more than a full segment pass is worth (app.segments' own threshold);
- fully once a day, at start-up or before a headless command reads them (`refresh_if_new_day`),
  since windows such as "the last 12 months" move with the calendar.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from app import settings
from app.changes import Outcome, RowChange
from app.db import Database
from app.derived.deals import refresh_deals, refresh_last_activity
from app.derived.growth import mark_growth_stale, refresh_growth_touched
from app.derived.search import customer_search_text, refresh_search_text, search_key
from app.derived.visits import refresh_visit_plans
from app.segments import RecomputeResult, recompute, refresh_customers
from app.segments.incremental import FULL_PASS_ABOVE
from app.segments.refresh import CACHED_ATTRS

LAST_FULL_PASS = "derived_full_pass_on"
# Columns this package writes: every copy of a book recomputes them from its own rows.
DERIVED_COLUMNS: dict[str, frozenset[str]] = {
    "customer": frozenset({*CACHED_ATTRS, "search_text"}),
    "deal": frozenset({"last_activity_at", "lead_score"}),
}
# Columns no derived figure reads: where a deal stands in the pipeline (stalled marks are worked
# out as the board reads them). A drag to another column writes only these and stage history
# (which names no customer), so it refreshes nothing; a move that fills gate fields (a budget
# feeds the lead score) refreshes as any edit does.
INERT_COLUMNS: dict[str, frozenset[str]] = {"deal": frozenset({"stage_id", "stage_entered_at"})}

__all__ = [
    "after_action",
    "customers_fed",
    "customer_search_text",
    "refresh_all",
    "refresh_customers_touched",
    "refresh_deals",
    "refresh_if_new_day",
    "refresh_imported",
    "refresh_last_activity",
    "refresh_search_text",
    "refresh_visit_plans",
    "search_key",
]


def refresh_customers_touched(
    session: Session, customer_ids: Collection[str], today: date | None = None
) -> RecomputeResult:
    """Refresh everything derived from these customers' rows, in the caller's transaction."""
    ids = set(customer_ids)
    if not ids:
        return RecomputeResult(0, 0, 0)
    session.flush()
    refresh_search_text(session.connection(), ids)
    refresh_deals(session, ids)
    result = refresh_customers(session, ids, today)
    # After the tiers and last contact it starts from.
    refresh_visit_plans(session, ids)
    return result


def _inert(change: RowChange) -> bool:
    columns = INERT_COLUMNS.get(change.model.__tablename__)  # type: ignore[attr-defined]
    return columns is not None and change.before is not None and change.after.keys() <= columns


def customers_fed(outcome: Outcome) -> frozenset[str]:
    """Return the customers whose derived figures the outcome's rows may move."""
    return frozenset(
        change.customer_id
        for change in outcome.changes.rows
        if change.customer_id and not _inert(change)
    )


def after_action(session: Session, outcome: Outcome, today: date | None = None) -> None:
    """Refresh what one user action's rows feed, for the customers whose figures they move."""
    ids = customers_fed(outcome)
    if not ids:
        return
    refresh_customers_touched(session, ids, today)
    refresh_growth_touched(session, outcome, ids)


def refresh_all(session: Session, today: date | None = None) -> RecomputeResult:
    """Recompute every derived figure over the whole book, in the caller's transaction."""
    today = today or date.today()
    refresh_deals(session)
    result = recompute(session, today)
    refresh_visit_plans(session)
    mark_growth_stale(session)  # rebuilt in the background (app.derived.growth)
    settings.put(session, LAST_FULL_PASS, today.isoformat())
    return result


def refresh_all_on(conn: Connection, today: date | None = None) -> RecomputeResult:
    """refresh_all on a bulk path's bare connection (imports), inside its transaction."""
    with Session(bind=conn) as session:
        result = refresh_all(session, today)
        session.flush()
    return result


def refresh_imported(
    conn: Connection, customer_ids: Collection[str], today: date | None = None
) -> RecomputeResult:
    """Refresh what an import fed, on its bare connection: its customers, or the whole book.

    Past the threshold where app.segments ranks the whole book anyway, tiers of customers the
    import did not touch may move too, so everything is refreshed (`refresh_all`).
    """
    ids = set(customer_ids)
    with Session(bind=conn) as session:
        if len(ids) > FULL_PASS_ABOVE:
            result = refresh_all(session, today)
        else:
            result = refresh_customers_touched(session, ids, today or date.today())
            mark_growth_stale(session)  # orders and products may have come in
        session.flush()
    return result


def needs_full_pass(session: Session, today: date | None = None) -> bool:
    """Tell whether the day changed since the last full pass."""
    today = today or date.today()
    return settings.get(session, LAST_FULL_PASS) != today.isoformat()


def refresh_if_new_day(db: Database, today: date | None = None) -> RecomputeResult | None:
    """Run the full pass in its own write transaction when the day has changed since the last."""
    with db.session() as session:
        if not needs_full_pass(session, today):
            return None
    with db.write() as session:
        if not needs_full_pass(session, today):  # another process did it meanwhile
            return None
        return refresh_all(session, today)
