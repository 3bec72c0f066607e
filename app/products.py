"""The product catalogue: list, create, edit and retire products as undoable actions."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import settings
from app.changes import ActionError, ChangeSet, Outcome
from app.i18n import msg
from app.models import Product
from app.models.types import to_money, utcnow
from app.parsing.values import match_key


@dataclass
class ProductInput:
    """What the product editor collects."""

    name: str
    sku: str = ""
    category: str = ""
    family: str = ""
    edition_rank: int = 0
    unit_price: Decimal | None = None
    active: bool = True

    def values(self) -> dict[str, object]:
        """Return the column values to write, blanks as None and the price in cents."""
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        for key in ("name", "sku", "category", "family"):
            values[key] = str(values[key] or "").strip() or None
        values["unit_price"] = None if self.unit_price is None else to_money(self.unit_price)
        return values


@dataclass(frozen=True)
class ProductRow:
    """A catalogue line as the product table shows it."""

    id: str
    name: str
    sku: str | None
    category: str | None
    family: str | None
    edition_rank: int
    unit_price: Decimal | None
    active: bool


def product_key(name: str) -> str:
    """Return the key products are matched by, the orders import's own (app.parsing.match_key).

    So "智能仓储管理系统（标准版）", "智能仓储管理系统(标准版)" and "智能仓储管理系统 标准版" meet.
    """
    return match_key(name)


def list_products(session: Session, *, include_retired: bool = True) -> list[ProductRow]:
    """Return the catalogue by family, edition rank and name."""
    query = select(Product).where(Product.deleted_at.is_(None))
    if not include_retired:
        query = query.where(Product.active)
    query = query.order_by(
        func.coalesce(Product.family, Product.name), Product.edition_rank, Product.name, Product.id
    )
    return [
        ProductRow(
            p.id, p.name, p.sku, p.category, p.family, p.edition_rank, p.unit_price, p.active
        )
        for p in session.scalars(query)
    ]


def validate_product(data: ProductInput) -> list[str]:
    """Return what is wrong with the editor's input, one message per problem."""
    problems = []
    if not data.name.strip():
        problems.append(msg("products.name_empty"))
    if data.unit_price is not None and data.unit_price < 0:
        problems.append(msg("products.price_negative"))
    if not isinstance(data.edition_rank, int) or isinstance(data.edition_rank, bool):
        problems.append(msg("products.rank_not_integer"))
    return problems


def _refuse_if_wrong(session: Session, data: ProductInput, product_id: str | None = None) -> None:
    problems = validate_product(data)
    key = product_key(data.name)
    if key and not problems:
        for other_id, other_name in session.execute(
            select(Product.id, Product.name).where(Product.deleted_at.is_(None))
        ):
            if other_id != product_id and product_key(other_name) == key:
                problems.append(msg("products.name_taken", name=other_name))
                break
    if problems:
        raise ActionError("pipeline.problems", problems="\n".join(problems))


def create_product(session: Session, data: ProductInput, *, now: datetime | None = None) -> Outcome:
    """Add a product to the catalogue."""
    now = now or utcnow()
    _refuse_if_wrong(session, data)
    changes = ChangeSet()
    product = Product(**data.values(), owner=settings.get(session, "owner") or None)
    changes.create(session, product, now)
    session.flush()
    return Outcome(changes, created_id=product.id)


def _live(session: Session, product_id: str) -> Product:
    product = session.get(Product, product_id)
    if product is None or product.deleted_at is not None:
        raise ActionError("products.gone")
    return product


def update_product(
    session: Session, product_id: str, data: ProductInput, *, now: datetime | None = None
) -> Outcome:
    """Save the editor's changes to a product."""
    now = now or utcnow()
    _refuse_if_wrong(session, data, product_id)
    product = _live(session, product_id)
    changes = ChangeSet()
    changed = {k: v for k, v in data.values().items() if getattr(product, k) != v}
    if changed:
        changes.update(product, now, **changed)
        session.flush()
    return Outcome(changes)


def set_product_active(
    session: Session, product_id: str, active: bool, *, now: datetime | None = None
) -> Outcome:
    """Retire a product (kept for past orders, no longer suggested) or bring it back."""
    now = now or utcnow()
    product = _live(session, product_id)
    changes = ChangeSet()
    if product.active != active:
        changes.update(product, now, active=active)
        session.flush()
    return Outcome(changes)


def input_from_product(session: Session, product_id: str) -> ProductInput:
    """Return the editor's view of an existing product."""
    p = _live(session, product_id)
    return ProductInput(
        p.name,
        p.sku or "",
        p.category or "",
        p.family or "",
        p.edition_rank or 0,
        p.unit_price,
        p.active,
    )
