"""Column types shared by the models."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import Integer
from sqlalchemy.types import TypeDecorator

CENT = Decimal("0.01")


def new_id() -> str:
    """Return a new random UUID as text."""
    return str(uuid.uuid4())


def utcnow() -> datetime:
    """Return the current UTC time as a naive datetime (SQLite has no zones)."""
    return datetime.now(UTC).replace(tzinfo=None)


def to_money(value: Decimal | int | float | str) -> Decimal:
    """Round a number to whole cents."""
    return Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)


def plain_amount(value: Decimal) -> str:
    """Format an amount for an edit field: 560000, 12800.5 (never 5.6E+5)."""
    return format(value.normalize(), "f")


class Money(TypeDecorator[Decimal]):
    """A money amount kept as integer cents, so sums in SQL are exact."""

    impl = Integer
    cache_ok = True

    def process_bind_param(
        self, value: Decimal | int | float | str | None, dialect: object
    ) -> int | None:
        if value is None:
            return None
        return int(to_money(value) * 100)

    def process_result_value(self, value: int | None, dialect: object) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(int(value)) / 100).quantize(CENT)
