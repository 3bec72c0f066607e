"""An incremental refresh places touched customers exactly where a full pass would (SPEC §4).

Small random books, where one customer more or less below a value moves a score: every R, F
and M rank, every ABC share and every name tie counts.
"""

from __future__ import annotations

import shutil
import tempfile
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.db import open_database
from app.models import Customer, Order
from app.segments import recompute, refresh_customers
from app.segments.refresh import CACHED_ATTRS

TODAY = date(2026, 6, 30)
FIGURES = tuple(name for name in CACHED_ATTRS if name != "last_contact_at")

orders = st.lists(
    st.tuples(st.sampled_from([0, 3, 40, 200, 400, 800]), st.sampled_from([100, 250, 1000])),
    max_size=3,
)
customers = st.lists(st.tuples(st.sampled_from(["甲", "乙", "丙"]), orders), min_size=2, max_size=7)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("incremental") / "book.sqlite"
    open_database(path).close()
    return path


def add_orders(session, customer_id: str, rows) -> None:  # noqa: ANN001
    for days, amount in rows:
        day = TODAY - timedelta(days=days)
        session.add(Order(customer_id=customer_id, order_date=day, amount=Decimal(amount)))


def figures_of(session, ids: list[str]) -> dict[str, tuple]:  # noqa: ANN001
    session.expire_all()
    return {i: tuple(getattr(session.get(Customer, i), name) for name in FIGURES) for i in ids}


@settings(
    max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(book=customers, touched=st.lists(st.tuples(st.integers(0, 6), orders), max_size=3))
# Six equal revenues: the sixth ranked is past 80 % and B. 乙 sorts before 甲, so the new one
# is first among them, A.
@example(book=[("乙", [])] + [("甲", [(3, 1000)])] * 5, touched=[(0, [(3, 1000)])])
def test_touched_customers_rank_as_in_a_full_pass(template: Path, book, touched) -> None:  # noqa: ANN001
    with tempfile.TemporaryDirectory(prefix="repbook-incremental-") as folder:
        path = Path(folder) / "book.sqlite"
        shutil.copy(template, path)
        db = open_database(path)
        try:
            with db.session.begin() as s:
                ids = []
                for name, rows in book:
                    customer = Customer(name=name, created_at=datetime.combine(TODAY, time(9)))
                    s.add(customer)
                    s.flush()
                    add_orders(s, customer.id, rows)
                    ids.append(customer.id)
                recompute(s, TODAY)
            changed = sorted({ids[index % len(ids)] for index, _ in touched})
            with db.session.begin() as s:
                for index, rows in touched:
                    add_orders(s, ids[index % len(ids)], rows)
                s.flush()
                refresh_customers(s, changed, TODAY)
            with db.session.begin() as s:
                incremental = figures_of(s, changed)
                recompute(s, TODAY)
                assert figures_of(s, changed) == incremental
        finally:
            db.close()
