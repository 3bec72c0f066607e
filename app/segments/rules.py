"""The segmentation rules themselves, on plain values: ABC tiers, RFM scores and the R–F grid."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from fractions import Fraction
from itertools import accumulate
from operator import itemgetter
from typing import Any

from app.labels import SEGMENT_LABELS, label

# Segment keys, best first; "lost" is for past buyers with no order in the RFM window.
SEGMENTS: tuple[str, ...] = (
    "champions",
    "loyal",
    "potential_loyalist",
    "new",
    "promising",
    "needs_attention",
    "about_to_sleep",
    "at_risk",
    "cant_lose",
    "hibernating",
    "lost",
)
# English and Simplified Chinese display names, kept in the label registry.
SEGMENT_NAMES: dict[str, tuple[str, str]] = SEGMENT_LABELS
# Segments that by themselves flag a customer as a churn risk.
CHURN_SEGMENTS = frozenset({"at_risk", "cant_lose", "about_to_sleep"})

DEFAULT_THRESHOLDS = (Fraction(4, 5), Fraction(19, 20))
DEFAULT_CADENCE = {"A": 14, "B": 30, "C": 90}
DEFAULT_WINDOW_MONTHS = {"abc_months": 12, "rfm_months": 24}
# Order gap: silence > factor × usual interval; no contact: quiet > factor × tier cadence.
DEFAULT_FACTORS = {"order_gap": Fraction(2), "no_contact": Fraction(2)}
MAX_WINDOW_MONTHS = 120
MAX_FACTOR = 10


def segment_name(key: str) -> str:
    """Return a segment's display name in the current language (the key itself if unknown)."""
    return label(f"segment.{key}") if key in SEGMENT_LABELS else key


def segment_for(r: int, f: int) -> str:
    """Place R and F scores (1–5) on the R–F grid."""
    if r <= 2:
        return "hibernating" if f <= 2 else "at_risk" if f <= 4 else "cant_lose"
    if r == 3:
        return "about_to_sleep" if f <= 2 else "needs_attention" if f == 3 else "loyal"
    if r == 4:
        return "promising" if f == 1 else "potential_loyalist" if f <= 3 else "loyal"
    return "new" if f == 1 else "potential_loyalist" if f <= 3 else "champions"


def rank_scores(values: Sequence[int] | Sequence[str]) -> list[int]:
    """Score values 1–5 by rank, higher value better; ties share a score.

    p = (values strictly below + half the values equal, itself included) / n and
    score = min(5, 1 + floor(5p)), in integers so no rounding creeps in: five distinct
    values score 1…5, a single value or all-equal values score 3.
    """
    n = len(values)
    counts: Counter[int | str] = Counter(values)
    score_of: dict[int | str, int] = {}
    below = 0
    for value in sorted(counts):
        equal = counts[value]
        score_of[value] = min(5, 1 + (5 * (2 * below + equal)) // (2 * n))
        below += equal
    return [score_of[value] for value in values]


def abc_tiers(
    revenues: Iterable[tuple[int, str, str]],
    thresholds: tuple[Fraction, Fraction] = DEFAULT_THRESHOLDS,
) -> dict[str, str]:
    """Tier (revenue, name, id) rows: A while the share ranked before is < thresholds[0], B < [1].

    Ranking is revenue descending, then name, then id, so ties always land the same way.
    Rows with no revenue are C; shares are compared exactly (no float rounding at 80 %).
    """
    tiers: dict[str, str] = {}
    ranked: list[tuple[int, str, str]] = []
    for row in revenues:
        if row[0] > 0:
            ranked.append(row)
        else:
            tiers[row[2]] = "C"
    ranked.sort(key=itemgetter(0), reverse=True)
    # Revenue ranked before each customer; it only grows, so each tier is one slice of the
    # ranking: share < n/d  ⇔  before · d < n · total  ⇔  before < ⌈n · total / d⌉.
    before = list(accumulate((revenue for revenue, _, _ in ranked), initial=0))
    total = before.pop()
    ends = [
        bisect_left(before, -(-limit.numerator * total // limit.denominator))
        for limit in thresholds
    ]
    # Name and id only decide who is first among equal revenues, and that only matters where
    # a tier boundary cuts through such a run: sorting just those runs spares two full sorts
    # on string keys.
    for end in ends:
        if 0 < end < len(ranked) and ranked[end - 1][0] == ranked[end][0]:
            revenue = ranked[end][0]
            start, stop = end - 1, end + 1
            while start > 0 and ranked[start - 1][0] == revenue:
                start -= 1
            while stop < len(ranked) and ranked[stop][0] == revenue:
                stop += 1
            ranked[start:stop] = sorted(ranked[start:stop], key=itemgetter(1, 2))
    end_a, end_b = ends
    ids = [customer_id for _, _, customer_id in ranked]
    tiers.update(dict.fromkeys(ids[:end_a], "A"))
    tiers.update(dict.fromkeys(ids[end_a:end_b], "B"))
    tiers.update(dict.fromkeys(ids[end_b:], "C"))
    return tiers


def parse_thresholds(value: Any) -> tuple[Fraction, Fraction]:
    """Read the abc_thresholds setting, falling back to 80 % / 95 % when it is malformed."""
    try:
        limit_a, limit_b = Fraction(str(value["A"])), Fraction(str(value["B"]))
    except (KeyError, TypeError, ValueError, ZeroDivisionError):
        return DEFAULT_THRESHOLDS
    if not 0 <= limit_a <= limit_b <= 1:
        return DEFAULT_THRESHOLDS
    return limit_a, limit_b


def parse_cadence(value: Any) -> dict[str, int]:
    """Read the cadence_days setting per tier, keeping the default for a missing or bad entry."""
    cadence = dict(DEFAULT_CADENCE)
    if isinstance(value, Mapping):
        for tier in cadence:
            days = value.get(tier)
            if isinstance(days, int) and not isinstance(days, bool) and days > 0:
                cadence[tier] = days
    return cadence


def months_to_days(months: int) -> int:
    """Turn a window in months into days: 12 → 365, 24 → 730."""
    return months * 365 // 12


def parse_windows(value: Any) -> dict[str, int]:
    """Read the segment_windows setting (months), keeping the default for a bad entry."""
    windows = dict(DEFAULT_WINDOW_MONTHS)
    if isinstance(value, Mapping):
        for key in windows:
            months = value.get(key)
            if isinstance(months, bool) or not isinstance(months, int):
                continue
            if 1 <= months <= MAX_WINDOW_MONTHS:
                windows[key] = months
    return windows


def parse_factors(value: Any) -> dict[str, Fraction]:
    """Read the churn_factors setting, keeping the default for a missing or bad entry."""
    factors = dict(DEFAULT_FACTORS)
    if isinstance(value, Mapping):
        for key in factors:
            try:
                factor = Fraction(str(value.get(key)))
            except (TypeError, ValueError, ZeroDivisionError):
                continue
            if 1 <= factor <= MAX_FACTOR:
                factors[key] = factor
    return factors


def median(values: list[int]) -> float:
    """Return the median of a non-empty list (sorting it in place)."""
    values.sort()
    middle = len(values) // 2
    if len(values) % 2:
        return float(values[middle])
    return (values[middle - 1] + values[middle]) / 2
