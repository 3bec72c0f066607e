"""The FTS5 trigram index gives exactly the plain LIKE scan's results, and stays in step."""

from __future__ import annotations

import random
from datetime import date

import pytest
from sqlalchemy import delete, select, update

import app.customers.search as search
from app.customers.search import count_customers, search_customers
from app.db import Database
from app.demo import generate
from app.derived import refresh_search_text, search_key
from app.models import Contact, Customer
from app.models.search_index import SEARCH_INDEX


@pytest.fixture
def book(db: Database) -> Database:
    generate(db, customers=120, seed=3, today=date(2026, 12, 1))
    return db


def _queries(db: Database) -> list[str]:
    rng = random.Random(5)
    with db.session() as s:
        rows = s.execute(select(Customer.name, Customer.search_text)).all()
        people = s.scalars(select(Contact.name)).all()
        phones = [p for p in s.scalars(select(Contact.phone)) if p]
    queries = ["有限公司", "科技", "zz不存在", "1", 'a"b', "%", "_"]
    for name, text in rng.sample(rows, 12):
        parts = text.split("\x1f")
        queries += [name[1:4], name[2:4], parts[1][2:7], parts[2][:3], parts[2][:2]]
    queries += [rng.choice(people) for _ in range(8)]
    queries += [p[-6:] for p in rng.sample(phones, 8)] + [p[3:9] for p in rng.sample(phones, 4)]
    return queries


def _scan(db: Database, query: str, limit: int = 500) -> tuple[list[str], int]:
    """The reference: a plain LIKE scan ranked in Python, sharing nothing with the search."""
    key = search_key(query)
    with db.session() as s:
        rows = s.execute(
            select(Customer.id, Customer.name, Customer.revenue_12m, Customer.search_text).where(
                Customer.deleted_at.is_(None)
            )
        ).all()
    found = [r for r in rows if key and key in r.search_text]

    def rank(r) -> tuple:  # noqa: ANN001
        level = 0 if r.search_text.startswith(key) else 1 if f"\x1f{key}" in r.search_text else 2
        return level, -r.revenue_12m, r.name, r.id

    return [r.id for r in sorted(found, key=rank)][:limit], len(found)


def _both(
    db: Database, query: str, monkeypatch: pytest.MonkeyPatch, broad: int = search.BROAD
) -> tuple[tuple[list[str], int], tuple[list[str], int]]:
    monkeypatch.setattr(search, "BROAD", broad)
    with db.session() as s:
        indexed = [h.id for h in search_customers(s, query, limit=500)], count_customers(s, query)
    return indexed, _scan(db, query)


@pytest.mark.parametrize("broad", [search.BROAD, 5, 0])
def test_index_results_equal_the_like_scan(book: Database, monkeypatch, broad: int) -> None:
    # broad 5 and 0: the rank-by-rank walk of broad keys, on this small book
    hits = 0
    for query in _queries(book):
        indexed, scanned = _both(book, query, monkeypatch, broad)
        assert indexed == scanned, query
        hits += bool(indexed[0])
    assert hits > 40  # the queries really find customers


def test_the_first_page_of_a_broad_key_ranks_like_the_scan(book: Database, monkeypatch) -> None:
    for query in ("有限公司", "hz", "yx", "科技", "y"):
        ids, _ = _scan(book, query, limit=20)
        monkeypatch.setattr(search, "BROAD", 3)
        with book.session() as s:
            assert [h.id for h in search_customers(s, query)] == ids, query


def test_insert_update_and_delete_keep_the_index(book: Database, monkeypatch) -> None:
    with book.session.begin() as s:
        cid = s.scalars(select(Customer.id).limit(1)).one()
        s.add(
            Customer(name="琥珀星河贸易", search_text="琥珀星河贸易\x1fhupoxinghemaoyi\x1fhpxhmy")
        )
    with book.session() as s:
        assert [h.name for h in search_customers(s, "星河贸")] == ["琥珀星河贸易"]
        assert [h.name for h in search_customers(s, "hpxhm")] == ["琥珀星河贸易"]
    with book.session.begin() as s:
        s.execute(update(Customer).where(Customer.id == cid).values(name="青鸾织造厂"))
        refresh_search_text(s.connection(), [cid])
    with book.session() as s:
        assert [h.id for h in search_customers(s, "鸾织造")] == [cid]
        assert [h.id for h in search_customers(s, "qlzz")] == [cid]
    with book.session.begin() as s:
        s.execute(delete(Customer).where(Customer.name == "琥珀星河贸易"))
    with book.session() as s:
        assert search_customers(s, "星河贸") == []
        for query in ("鸾织造", "qingluan", "有限公司"):
            indexed, scanned = _both(book, query, monkeypatch)
            assert indexed == scanned
    with book.engine.connect() as conn:  # FTS5's own check of index against content
        conn.exec_driver_sql(
            f"INSERT INTO {SEARCH_INDEX}({SEARCH_INDEX}, rank) VALUES ('integrity-check', 1)"
        )


def test_short_keys_still_match(book: Database) -> None:
    with book.session() as s:
        name = s.scalars(select(Customer.name).where(Customer.deleted_at.is_(None))).first()
        assert name and any(h.name == name for h in search_customers(s, name[:2], limit=500))


def test_a_two_character_key_at_the_very_end_is_found(book: Database) -> None:
    # "qz" ends the haystack: no trigram starts with it, ix_customer_search_tail finds it
    with book.session.begin() as s:
        s.add(Customer(name="Acme", search_text="acme\x1fdeal@acme.qz"))
    with book.session() as s:
        assert [h.name for h in search_customers(s, "qz")] == ["Acme"]
        assert count_customers(s, "qz") == 1
