"""Rebuild the cached growth suggestions: the whole book, or a few customers and their peers.

One read of every live (customer, product, order date) purchase — orders' main products and
order lines — feeds both rules; baskets are counted once per peer group in Python, and customers
sharing industry, size band and basket share one ranking. Called by app.derived only.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import delete, or_, select, union_all
from sqlalchemy.orm import Session

from app import settings
from app.growth.crosssell import PeerStats, Rule, count_groups, rank_cross_sell
from app.growth.upsell import Edition, Upgrade, upgrades_for
from app.models import Customer, GrowthSuggestion, Order, OrderLine, Product, table_of


@dataclass
class Book:
    """What the rules read: customers' peer keys and tiers, purchases, and the catalogue."""

    customers: dict[str, tuple[str | None, str | None, str]] = field(default_factory=dict)
    purchases: dict[str, list[tuple[str, date]]] = field(default_factory=lambda: defaultdict(list))
    catalogue: dict[str, Edition] = field(default_factory=dict)

    def basket(self, customer_id: str) -> frozenset[str]:
        return frozenset(product for product, _day in self.purchases.get(customer_id, ()))


def _purchases_query(among: Any = None) -> Any:
    main = select(Order.customer_id, Order.product_id, Order.order_date).where(
        Order.deleted_at.is_(None), Order.product_id.is_not(None)
    )
    lines = (
        select(Order.customer_id, OrderLine.product_id, Order.order_date)
        .join(Order, Order.id == OrderLine.order_id)
        .where(
            OrderLine.deleted_at.is_(None),
            Order.deleted_at.is_(None),
            OrderLine.product_id.is_not(None),
        )
    )
    if among is not None:  # filter each part, so SQLite uses the customer index of orders
        main = main.where(Order.customer_id.in_(among))
        lines = lines.where(Order.customer_id.in_(among))
    return union_all(main, lines).subquery()


def load_book(
    session: Session, customer_ids: Collection[str] | None = None, *, peers: bool = True
) -> Book:
    """Read the book, or some customers with (peers=True) their peer groups' customers.

    The rebuild runs beside an open window, so the read is lean: rows stream from the cursor
    (an ORM result would hold every row object at once) and each repeated value — a product
    id, an order day, an industry — is kept once rather than once per row. On the 100k-customer
    book that holds the read to ~40 MB of objects instead of ~150 MB at its peak.
    """
    book = Book()
    conn = session.connection()
    for row in conn.execute(
        select(
            Product.id,
            Product.name,
            Product.family,
            Product.edition_rank,
            Product.unit_price,
            Product.active,
        ).where(Product.deleted_at.is_(None))
    ):
        book.catalogue[row.id] = Edition(
            row.id, row.name, row.family or "", row.edition_rank or 0, row.unit_price, row.active
        )
    who = select(Customer.id, Customer.industry, Customer.size_band, Customer.effective_tier).where(
        Customer.deleted_at.is_(None)
    )
    if customer_ids is not None and not peers:
        who = who.where(Customer.id.in_(customer_ids))
    elif customer_ids is not None:
        targets = conn.execute(
            select(Customer.industry, Customer.size_band).where(Customer.id.in_(customer_ids))
        ).all()
        industries = {industry for industry, _ in targets if industry}
        bands = {band for _, band in targets if band}
        who = who.where(
            or_(
                Customer.id.in_(customer_ids),
                Customer.industry.in_(industries),
                Customer.size_band.in_(bands),
            )
        )
    keys: dict[tuple[str | None, str | None, str], tuple[str | None, str | None, str]] = {}
    for cid, industry, band, tier in conn.execute(who):
        key = (industry, band, tier)
        book.customers[cid] = keys.setdefault(key, key)
    among = None if customer_ids is None else who.with_only_columns(Customer.id)
    bought = _purchases_query(among)
    query = select(bought.c.customer_id, bought.c.product_id, bought.c.order_date)
    seen: dict[tuple[str, date], tuple[str, date]] = {}
    purchases = book.purchases
    for cid, product, day in conn.execute(query):
        if cid in book.customers and product in book.catalogue:
            purchase = (product, day)
            purchases[cid].append(seen.setdefault(purchase, purchase))
    return book


class Ranker:
    """The peer groups' counts over the whole book, and one ranking per distinct basket key."""

    def __init__(self, book: Book, min_support: float, limit: int) -> None:
        self.groups = count_groups(
            (industry, band, book.basket(cid))
            for cid, (industry, band, _t) in book.customers.items()
        )
        self.candidates = sorted(pid for pid, e in book.catalogue.items() if e.active)
        self.names = {pid: e.name for pid, e in book.catalogue.items()}
        self.min_support, self.limit = min_support, limit
        self.memo: dict[tuple[str | None, str | None, frozenset[str]], list[Rule]] = {}

    def rules(self, industry: str | None, band: str | None, basket: frozenset[str]) -> list[Rule]:
        """Return the ranked cross-sell rules for a customer with this peer key and basket."""
        key = (industry, band, basket)
        found = self.memo.get(key)
        if found is None:
            peer: list[PeerStats] = [
                g
                for g in (
                    self.groups.get(("industry", industry or "")),
                    self.groups.get(("size_band", band or "")),
                )
                if g is not None
            ]
            found = self.memo[key] = rank_cross_sell(
                basket,
                peer,
                self.candidates,
                self.names,
                min_support=self.min_support,
                limit=self.limit,
            )
        return found


def _cross_rows(book: Book, ranker: Ranker, targets: Iterable[str]) -> Iterator[dict[str, Any]]:
    for cid in targets:
        industry, band, tier = book.customers[cid]
        basket = book.basket(cid)
        if not basket:
            continue
        rules = ranker.rules(industry, band, basket)
        for rank, rule in enumerate(rules, start=1):
            yield {
                "customer_id": cid,
                "kind": "cross",
                "product_id": rule.product_id,
                "rank": rank,
                "tier": tier,
                "basis_product_id": rule.basis_id,
                "peer_kind": rule.peer_kind,
                "peer_value": rule.peer_value,
                "peers": rule.peers,
                "with_basis": rule.with_basis,
                "with_both": rule.with_both,
                "with_product": rule.with_product,
                "support": rule.support,
                "confidence": rule.confidence,
                "lift": rule.lift,
                "price_gap": None,
                "last_bought": None,
                "score": -rule.confidence,
                "score2": -rule.lift,
            }


def _up_row(cid: str, tier: str, rank: int, upgrade: Upgrade) -> dict[str, Any]:
    return {
        "customer_id": cid,
        "kind": "up",
        "product_id": upgrade.target.id,
        "rank": rank,
        "tier": tier,
        "basis_product_id": upgrade.current.id,
        "peer_kind": None,
        "peer_value": None,
        "peers": 0,
        "with_basis": 0,
        "with_both": 0,
        "with_product": 0,
        "support": 0.0,
        "confidence": 0.0,
        "lift": 0.0,
        "price_gap": upgrade.price_gap,
        "last_bought": upgrade.last_bought,
        "score": -float(upgrade.last_bought.toordinal()),
        "score2": -float(upgrade.price_gap or 0),
    }


def _up_rows(book: Book, targets: Collection[str]) -> Iterator[dict[str, Any]]:
    for cid in targets:
        purchases = book.purchases.get(cid)
        if not purchases:
            continue
        tier = book.customers[cid][2]
        for rank, upgrade in enumerate(upgrades_for(purchases, book.catalogue), start=1):
            yield _up_row(cid, tier, rank, upgrade)


BATCH = 20_000
COLUMNS = (
    "customer_id",
    "kind",
    "product_id",
    "rank",
    "tier",
    "basis_product_id",
    "peer_kind",
    "peer_value",
    "peers",
    "with_basis",
    "with_both",
    "with_product",
    "support",
    "confidence",
    "lift",
    "price_gap",
    "last_bought",
    "score",
    "score2",
)
# Straight to the driver: at 100k customers the ORM's per-row binding costs more than SQLite.
INSERT = (
    f"INSERT INTO growth_suggestion ({', '.join(COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in COLUMNS)})"
)


def _stored(row: dict[str, Any]) -> tuple[Any, ...]:
    gap = row["price_gap"]
    day = row["last_bought"]
    row = {
        **row,
        "price_gap": None if gap is None else int(gap * 100),
        "last_bought": None if day is None else day.isoformat(),
    }
    return tuple(row[c] for c in COLUMNS)


def refresh_growth(session: Session, customer_ids: Collection[str] | None = None) -> int:
    """Recompute the cached suggestions of every customer (None) or of some; return rows written.

    Some customers: their up-sell is recomputed from their own orders, and cross-sell rows for
    products they have now bought are dropped (a customer's own order barely moves its peer
    groups' counts; the full pass — daily, after imports, or "Recompute" — re-ranks cross-sell).
    A customer whose industry or size band changed loses its cross-sell rows until that pass.
    """
    if customer_ids is None:
        return _refresh_all(session)
    return _refresh_some(session, customer_ids)


def _insert(session: Session, rows: Iterable[dict[str, Any]]) -> int:
    conn = session.connection()
    written = 0
    batch: list[tuple[Any, ...]] = []
    for row in rows:
        batch.append(_stored(row))
        if len(batch) >= BATCH:
            conn.exec_driver_sql(INSERT, batch)
            written += len(batch)
            batch = []
    if batch:
        conn.exec_driver_sql(INSERT, batch)
        written += len(batch)
    return written


def ranker_for(session: Session, book: Book) -> Ranker:
    """Return the cross-sell ranker for a book, with the minimum support and count from settings."""
    return Ranker(
        book,
        float(settings.get(session, "crosssell_min_support")),
        int(settings.get(session, "crosssell_per_customer")),
    )


def replace_rows(session: Session, book: Book, ranker: Ranker, targets: Sequence[str]) -> int:
    """Replace these customers' cached suggestions with freshly ranked ones."""
    table = table_of(GrowthSuggestion)
    for start in range(0, len(targets), 500):
        session.execute(delete(table).where(table.c.customer_id.in_(targets[start : start + 500])))
    return _insert(session, _cross_rows(book, ranker, targets)) + _insert(
        session, _up_rows(book, targets)
    )


def drop_deleted(session: Session) -> None:
    """Drop the cached suggestions of deleted customers."""
    table = table_of(GrowthSuggestion)
    gone = select(Customer.id).where(Customer.deleted_at.is_not(None))
    session.execute(delete(table).where(table.c.customer_id.in_(gone)))


def _refresh_all(session: Session) -> int:
    book = load_book(session)
    session.execute(delete(table_of(GrowthSuggestion)))
    return replace_rows(session, book, ranker_for(session, book), sorted(book.customers))


def _refresh_some(session: Session, customer_ids: Collection[str]) -> int:
    ids = sorted(set(customer_ids))
    if not ids:
        return 0
    book = load_book(session, ids, peers=False)
    table = table_of(GrowthSuggestion)
    written = 0
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        session.execute(delete(table).where(table.c.customer_id.in_(chunk), table.c.kind == "up"))
        # (a deleted customer's rows all go: it is no longer in the book)
        cached = session.execute(
            select(
                table.c.customer_id, table.c.product_id, table.c.peer_kind, table.c.peer_value
            ).where(table.c.customer_id.in_(chunk), table.c.kind == "cross")
        ).all()
        stale = []
        for cid, product, peer_kind, peer_value in cached:
            if cid not in book.customers:  # deleted meanwhile
                stale.append((cid, product))
                continue
            industry, band, _tier = book.customers[cid]
            group = industry if peer_kind == "industry" else band
            if product in book.basket(cid) or group != peer_value:
                stale.append((cid, product))
        for cid, product in stale:
            session.execute(
                delete(table).where(
                    table.c.customer_id == cid,
                    table.c.kind == "cross",
                    table.c.product_id == product,
                )
            )
        written += _insert(session, _up_rows(book, [c for c in chunk if c in book.customers]))
    refresh_growth_tiers(session, ids)
    return written


def refresh_growth_tiers(session: Session, customer_ids: Collection[str]) -> None:
    """Copy the customers' current effective tier onto their cached suggestions."""
    table = table_of(GrowthSuggestion)
    tier = (
        select(Customer.effective_tier).where(Customer.id == table.c.customer_id).scalar_subquery()
    )
    ids = list(customer_ids)
    for start in range(0, len(ids), 500):
        session.execute(
            table.update()
            .where(table.c.customer_id.in_(ids[start : start + 500]))
            .values(tier=tier)
        )
