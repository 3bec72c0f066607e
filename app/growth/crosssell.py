"""Cross-sell: association rules X → Y over the baskets of a customer's peer groups.

A customer's peers are the buying customers (at least one live order) of the same industry, and
separately those of the same size band; the customer itself is one of them. A basket is the set
of products a customer has bought (orders' main products and order lines). Within one peer group
of N baskets, for products X and Y:

    support(X → Y)    = n(X ∧ Y) / N          share of peers that bought both
    confidence(X → Y) = n(X ∧ Y) / n(X)       P(Y | X)
    lift(X → Y)       = confidence / (n(Y) / N)

For a customer, every active product Y it has not bought is scored by its best rule X → Y with
X in its basket, over both peer groups; a rule counts when its support reaches the configured
minimum (setting `crosssell_min_support`) and at least MIN_BOTH peers bought both. The best rule
is the highest confidence, then lift, then support; ties go to the industry group, then to the
basis product by name and id. Suggestions are ranked the same way, ties by product name and id,
so the order never depends on the database's row order. A customer with nothing bought yet gets
no cross-sell suggestion (there is no X to reason from).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from itertools import permutations

# A rule backed by one peer alone is an anecdote, whatever its share.
MIN_BOTH = 2
PEER_KINDS = ("industry", "size_band")  # tie order: the industry group first


@dataclass(frozen=True)
class Rule:
    """X → Y within one peer group, with the counts behind its measures."""

    basis_id: str  # X
    product_id: str  # Y
    peer_kind: str
    peer_value: str
    peers: int  # N
    with_basis: int  # n(X)
    with_both: int  # n(X ∧ Y)
    with_product: int  # n(Y)

    @property
    def support(self) -> float:
        return self.with_both / self.peers

    @property
    def confidence(self) -> float:
        return self.with_both / self.with_basis

    @property
    def lift(self) -> float:
        return self.confidence / (self.with_product / self.peers)


@dataclass
class PeerStats:
    """Counts over one peer group's baskets: N, n(X) and n(X ∧ Y) for every ordered pair."""

    kind: str
    value: str
    peers: int = 0
    single: Counter[str] = field(default_factory=Counter)
    pair: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(self, basket: Collection[str]) -> None:
        """Count one customer's basket."""
        self.peers += 1
        self.single.update(basket)
        self.pair.update(permutations(basket, 2))


def count_groups(
    baskets: Iterable[tuple[str | None, str | None, frozenset[str]]],
) -> dict[tuple[str, str], PeerStats]:
    """Count (industry, size band, basket) triples into one PeerStats per peer group."""
    groups: dict[tuple[str, str], PeerStats] = {}
    for industry, size_band, basket in baskets:
        if not basket:
            continue
        for kind, value in zip(PEER_KINDS, (industry, size_band), strict=True):
            if value:
                key = (kind, value)
                stats = groups.get(key)
                if stats is None:
                    stats = groups[key] = PeerStats(kind, value)
                stats.add(basket)
    return groups


def _rule_key(rule: Rule, names: Mapping[str, str]) -> tuple[object, ...]:
    # Smaller is better: the measures descending, then the tie breaks ascending.
    return (
        -rule.confidence,
        -rule.lift,
        -rule.support,
        PEER_KINDS.index(rule.peer_kind),
        names.get(rule.basis_id, ""),
        rule.basis_id,
    )


def rank_cross_sell(
    basket: Collection[str],
    groups: Iterable[PeerStats],
    candidates: Collection[str],
    names: Mapping[str, str],
    *,
    min_support: float,
    limit: int,
) -> list[Rule]:
    """Return the best rule for each candidate product not in the basket, best first."""
    best: dict[str, Rule] = {}
    best_key: dict[str, tuple[object, ...]] = {}
    for stats in groups:
        for basis in sorted(basket):
            with_basis = stats.single.get(basis, 0)
            if not with_basis:
                continue
            for product in candidates:
                if product in basket:
                    continue
                both = stats.pair.get((basis, product), 0)
                if both < MIN_BOTH or both < min_support * stats.peers:
                    continue
                rule = Rule(
                    basis,
                    product,
                    stats.kind,
                    stats.value,
                    stats.peers,
                    with_basis,
                    both,
                    stats.single[product],
                )
                key = _rule_key(rule, names)
                if product not in best or key < best_key[product]:
                    best[product], best_key[product] = rule, key
    ranked = sorted(
        best.values(),
        key=lambda r: (*best_key[r.product_id][:3], names.get(r.product_id, ""), r.product_id),
    )
    return ranked[:limit]
