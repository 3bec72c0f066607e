"""Settings stored in the database, with the product's defaults."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from app.models import Setting

DEFAULTS: dict[str, Any] = {
    # The rep's name, stamped as owner on new records and in export manifests.
    "owner": "",
    # Visit cadence in days per tier [M2.4, M2.5].
    "cadence_days": {"A": 14, "B": 30, "C": 90},
    # ABC: a customer is A while the revenue share ranked before it is below 80 %, B below 95 %.
    "abc_thresholds": {"A": 0.80, "B": 0.95},
    # Segmentation windows in months: ABC ranks the trailing 12, RFM scores the trailing 24.
    "segment_windows": {"abc_months": 12, "rfm_months": 24},
    # Churn alarms: no order for more than 2 × the usual interval, no contact for more than
    # 2 × the tier's cadence.
    "churn_factors": {"order_gap": 2, "no_contact": 2},
    "after_sale_visit_days": 7,
    # Care reminders come up this many days before the occasion [M2.5.4].
    "care_lead_days": 3,
    "info_stale_days": 180,
    # Cross-sell: a rule X → Y counts when at least this share of the peer group bought both.
    "crosssell_min_support": 0.02,
    # Cross-sell suggestions kept per customer.
    "crosssell_per_customer": 3,
}


def get(session: Session, key: str) -> Any:
    """Return a setting, or its default."""
    row = session.get(Setting, key)
    return row.value if row is not None else DEFAULTS.get(key)


def put(session: Session, key: str, value: Any) -> None:
    """Store a setting (the caller's transaction commits it)."""
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
