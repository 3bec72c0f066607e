"""Customer segmentation (SPEC §4): ABC tiers, RFM scores and segments, churn risk.

`recompute()` refreshes the cached columns on Customer in one pass; the rest reads them.
Choices the SPEC leaves open:
- ABC ties rank by revenue descending, then name, then id, so equal revenues always tier the
  same way.
- Customers who never ordered get no RFM segment (they were never buyers, so not "lost");
  past buyers with no order in 24 months are "lost".
- Everything is "as of" a date: orders dated after it are ignored, and a complaint is overdue
  once its promised time is before that day's start — a run for a past date reproduces it.
- The order-gap rule looks at distinct order days (two orders on one day are one occasion).
- Churn reasons store dates, not day counts, so they do not change from one day to the next;
  `describe_churn()` turns them into "No order for 95 days …" for the day it is shown.
- Recompute leaves updated_at alone: the cached values are derived, not edits to sync.
"""

from app.segments.churn import describe_churn
from app.segments.incremental import refresh_customers
from app.segments.queries import WinBackEntry, at_risk_count, tier_counts, win_back_list
from app.segments.refresh import RecomputeResult, recompute
from app.segments.rules import (
    CHURN_SEGMENTS,
    SEGMENT_NAMES,
    SEGMENTS,
    abc_tiers,
    rank_scores,
    segment_for,
    segment_name,
)

__all__ = [
    "CHURN_SEGMENTS",
    "SEGMENTS",
    "SEGMENT_NAMES",
    "RecomputeResult",
    "WinBackEntry",
    "abc_tiers",
    "at_risk_count",
    "describe_churn",
    "rank_scores",
    "recompute",
    "refresh_customers",
    "segment_for",
    "segment_name",
    "tier_counts",
    "win_back_list",
]
