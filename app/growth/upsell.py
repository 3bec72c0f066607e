"""Up-sell: a customer on a lower edition of a product family where a higher one is sold.

The edition a customer is on is the highest-ranked product of the family it has bought (any,
active or not). When an active product of that family ranks higher, the suggestion is the next
one up (the lowest rank above the current), with the catalogue price difference between them.
A customer's families are ranked by when it last bought from them, newest first; the
opportunities list ranks customers by tier (A first), then the same recency.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class Edition:
    """A catalogue product as up-sell sees it."""

    id: str
    name: str
    family: str
    rank: int
    price: Decimal | None
    active: bool


@dataclass(frozen=True)
class Upgrade:
    """Move a customer from its current edition to the next one up."""

    current: Edition
    target: Edition
    last_bought: date

    @property
    def price_gap(self) -> Decimal | None:
        """Return the target's catalogue price minus the current one's (None if either is unset)."""
        if self.current.price is None or self.target.price is None:
            return None
        return self.target.price - self.current.price


def next_edition(catalogue: Iterable[Edition], current: Edition) -> Edition | None:
    """Return the lowest-ranked active edition of the family above the current one."""
    higher = [
        e for e in catalogue if e.active and e.family == current.family and e.rank > current.rank
    ]
    return min(higher, key=lambda e: (e.rank, e.name, e.id), default=None)


def upgrades_for(
    purchases: Iterable[tuple[str, date]], catalogue: Mapping[str, Edition]
) -> list[Upgrade]:
    """Return a customer's upgrades from its (product id, order date) purchases, newest first."""
    on: dict[str, tuple[Edition, date]] = {}
    for product_id, day in purchases:
        edition = catalogue.get(product_id)
        if edition is None or not edition.family:
            continue
        held = on.get(edition.family)
        if held is None:
            on[edition.family] = (edition, day)
            continue
        top, last = held
        if (edition.rank, edition.name) > (top.rank, top.name):
            top = edition
        on[edition.family] = (top, max(last, day))
    families: dict[str, list[Edition]] = {}
    for edition in catalogue.values():
        families.setdefault(edition.family, []).append(edition)
    found = []
    for family, (current, last) in on.items():
        target = next_edition(families[family], current)
        if target is not None:
            found.append(Upgrade(current, target, last))
    return sorted(found, key=lambda u: (-u.last_bought.toordinal(), u.current.family, u.target.id))
