"""The segmentation settings a rep may change, checked, saved, and the book recomputed after."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy.orm import Session

from app import settings
from app.changes import ActionError
from app.db import Database
from app.derived import refresh_all
from app.i18n import msg
from app.models.customers import TIERS
from app.segments import RecomputeResult
from app.segments.rules import (
    DEFAULT_CADENCE,
    DEFAULT_FACTORS,
    DEFAULT_THRESHOLDS,
    DEFAULT_WINDOW_MONTHS,
    MAX_FACTOR,
    MAX_WINDOW_MONTHS,
    parse_cadence,
    parse_factors,
    parse_thresholds,
    parse_windows,
)

MAX_CADENCE_DAYS = 365


def _percent(share: object) -> Decimal:
    return (Decimal(str(share)) * 100).normalize()


@dataclass
class SegmentSettings:
    """ABC thresholds in percent, windows in months, cadences in days, churn factors."""

    a_percent: Decimal = _percent(float(DEFAULT_THRESHOLDS[0]))
    b_percent: Decimal = _percent(float(DEFAULT_THRESHOLDS[1]))
    abc_months: int = DEFAULT_WINDOW_MONTHS["abc_months"]
    rfm_months: int = DEFAULT_WINDOW_MONTHS["rfm_months"]
    cadence: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_CADENCE))
    order_gap_factor: Decimal = Decimal(int(DEFAULT_FACTORS["order_gap"]))
    no_contact_factor: Decimal = Decimal(int(DEFAULT_FACTORS["no_contact"]))


def load_segment_settings(session: Session) -> SegmentSettings:
    """Read the settings as the segmentation pass uses them (defaults for bad values)."""
    limit_a, limit_b = parse_thresholds(settings.get(session, "abc_thresholds"))
    windows = parse_windows(settings.get(session, "segment_windows"))
    factors = parse_factors(settings.get(session, "churn_factors"))
    return SegmentSettings(
        a_percent=_percent(float(limit_a)),
        b_percent=_percent(float(limit_b)),
        abc_months=windows["abc_months"],
        rfm_months=windows["rfm_months"],
        cadence=parse_cadence(settings.get(session, "cadence_days")),
        order_gap_factor=Decimal(str(float(factors["order_gap"]))).normalize(),
        no_contact_factor=Decimal(str(float(factors["no_contact"]))).normalize(),
    )


def validate_segment_settings(values: SegmentSettings) -> list[str]:
    """List what is wrong, one line per field, in the user's language (empty when fine)."""
    problems: list[str] = []
    if not 0 < values.a_percent < values.b_percent < 100:
        problems.append(
            msg("customers.settings.thresholds", a=values.a_percent, b=values.b_percent)
        )
    for caption, months in (
        (msg("customers.settings.abc_window"), values.abc_months),
        (msg("customers.settings.rfm_window"), values.rfm_months),
    ):
        if not 1 <= months <= MAX_WINDOW_MONTHS:
            problems.append(msg("customers.settings.months", field=caption, most=MAX_WINDOW_MONTHS))
    for tier in TIERS:
        days = values.cadence.get(tier, 0)
        if not 1 <= days <= MAX_CADENCE_DAYS:
            problems.append(msg("customers.settings.cadence", tier=tier, most=MAX_CADENCE_DAYS))
    for caption, factor in (
        (msg("customers.settings.gap_factor"), values.order_gap_factor),
        (msg("customers.settings.quiet_factor"), values.no_contact_factor),
    ):
        if not 1 <= factor <= MAX_FACTOR:
            problems.append(msg("customers.settings.factor", field=caption, most=MAX_FACTOR))
    return problems


def save_segment_settings(session: Session, values: SegmentSettings) -> None:
    """Store the settings, or refuse (nothing written) with every problem listed."""
    problems = validate_segment_settings(values)
    if problems:
        raise ActionError("pipeline.problems", problems="\n".join(problems))
    settings.put(
        session,
        "abc_thresholds",
        {"A": float(values.a_percent / 100), "B": float(values.b_percent / 100)},
    )
    settings.put(
        session,
        "segment_windows",
        {"abc_months": values.abc_months, "rfm_months": values.rfm_months},
    )
    settings.put(session, "cadence_days", {tier: values.cadence[tier] for tier in TIERS})
    settings.put(
        session,
        "churn_factors",
        {
            "order_gap": float(values.order_gap_factor),
            "no_contact": float(values.no_contact_factor),
        },
    )


def apply_segment_settings(
    db: Database, values: SegmentSettings, progress: Callable[[int, int], bool] | None = None
) -> RecomputeResult:
    """Save the settings and recompute the whole book, in one unit of work (for the worker)."""
    if progress:
        progress(0, 0)
    with db.write() as session:
        save_segment_settings(session, values)
        result = refresh_all(session)
    if progress:
        progress(1, 1)
    return result
