"""Lead scoring (线索评分): a 0–100 fit score of a deal against the rep's ideal customer profile."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from fractions import Fraction
from functools import lru_cache
from typing import Any

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session

from app import settings
from app.i18n import msg
from app.models import Activity, Customer, Deal, table_of
from app.models.types import utcnow
from app.text import fold

LEAD_SCORE_SETTING = "lead_score"
FACTORS = ("industry", "size", "region", "source", "engagement", "budget")
ENGAGEMENT_DAYS = 30
DEFAULT_WEIGHTS = {
    "industry": 25,
    "size": 15,
    "region": 10,
    "source": 15,
    "engagement": 20,
    "budget": 15,
}


def _keys(values: Any) -> tuple[str, ...]:
    if not isinstance(values, (list, tuple)):
        return ()
    return tuple(str(v).strip() for v in values if str(v).strip())


@dataclass(frozen=True)
class LeadScoreConfig:
    """Weights per factor (summing to 100) and the ICP lists a lead is matched against."""

    weights: Mapping[str, int] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    industries: tuple[str, ...] = ()
    sizes: tuple[str, ...] = ("200-999", "1000-4999")
    regions: tuple[str, ...] = ()
    sources: tuple[str, ...] = ("转介绍", "老客户推荐", "referral")
    # Activities in the last 30 days that earn the full engagement weight.
    engagement_target: int = 3

    def problems(self) -> list[str]:
        """Return why this configuration cannot be saved (empty when it can)."""
        found: list[str] = []
        if any(self.weights.get(name, 0) < 0 for name in FACTORS):
            found.append(msg("lead_score.negative_weights"))
        total = sum(self.weights.get(name, 0) for name in FACTORS)
        if total != 100:
            found.append(msg("lead_score.weights_total", total=total))
        if self.engagement_target < 1:
            found.append(msg("lead_score.engagement_target"))
        return found

    def to_json(self) -> dict[str, Any]:
        """Return the configuration as stored in the settings table."""
        return {
            "weights": {name: int(self.weights.get(name, 0)) for name in FACTORS},
            "industries": list(self.industries),
            "sizes": list(self.sizes),
            "regions": list(self.regions),
            "sources": list(self.sources),
            "engagement_target": self.engagement_target,
        }

    @classmethod
    def from_json(cls, value: Any) -> LeadScoreConfig:
        """Read a stored configuration; pieces that are missing or malformed keep defaults."""
        default = cls()
        if not isinstance(value, dict):
            return default
        weights = value.get("weights")
        if not (
            isinstance(weights, dict) and all(isinstance(weights.get(n), int) for n in FACTORS)
        ):
            weights = default.weights
        target = value.get("engagement_target")
        config = cls(
            weights={name: weights[name] for name in FACTORS},
            industries=_keys(value.get("industries", default.industries)),
            sizes=_keys(value.get("sizes", default.sizes)),
            regions=_keys(value.get("regions", default.regions)),
            sources=_keys(value.get("sources", default.sources)),
            engagement_target=target if isinstance(target, int) else default.engagement_target,
        )
        return default if config.problems() else config


@dataclass(frozen=True)
class LeadFacts:
    """What the score looks at for one deal."""

    industry: str | None = None
    size_band: str | None = None
    region: str | None = None
    city: str | None = None
    source: str | None = None
    activities_30d: int = 0
    budget_known: bool = False


@lru_cache(maxsize=64)
def _folded(listed: tuple[str, ...]) -> frozenset[str]:
    return frozenset(fold(item) for item in listed)


def _in(value: str | None, listed: tuple[str, ...]) -> bool:
    return bool(value and fold(value.strip()) in _folded(listed))


def _matched(facts: LeadFacts, config: LeadScoreConfig) -> dict[str, bool]:
    return {
        "industry": _in(facts.industry, config.industries),
        "size": _in(facts.size_band, config.sizes),
        "region": _in(facts.region, config.regions) or _in(facts.city, config.regions),
        "source": _in(facts.source, config.sources),
        "budget": facts.budget_known,
    }


def points(facts: LeadFacts, config: LeadScoreConfig) -> dict[str, Fraction]:
    """Return the points each factor earns (exact fractions, before rounding)."""
    earned = {
        name: Fraction(config.weights.get(name, 0) if hit else 0)
        for name, hit in _matched(facts, config).items()
    }
    engaged = min(facts.activities_30d, config.engagement_target)
    weight = config.weights.get("engagement", 0)
    earned["engagement"] = Fraction(weight * engaged, config.engagement_target)
    return earned


def score_lead(facts: LeadFacts, config: LeadScoreConfig) -> int:
    """Score a lead 0–100: the sum of its factor points, rounded half up."""
    # Integers over the engagement target as denominator: exact, and quick for bulk rescoring.
    target = config.engagement_target
    hits = _matched(facts, config)
    matched = sum(config.weights.get(name, 0) for name, hit in hits.items() if hit)
    engaged = config.weights.get("engagement", 0) * min(facts.activities_30d, target)
    return (2 * (matched * target + engaged) + target) // (2 * target)


def load_config(session: Session) -> LeadScoreConfig:
    """Return the stored scoring configuration, or the defaults."""
    return LeadScoreConfig.from_json(settings.get(session, LEAD_SCORE_SETTING))


def save_config(session: Session, config: LeadScoreConfig) -> None:
    """Store the scoring configuration; refuse one whose weights do not add up to 100."""
    problems = config.problems()
    if problems:
        raise ValueError(" ".join(problems))
    settings.put(session, LEAD_SCORE_SETTING, config.to_json())


def _recent_activity_count(now: datetime) -> Any:
    # Per deal, a seek into ix_activity_live (customer, time) for the engagement window: a
    # GROUP BY over every recent activity of the book read the whole index instead.
    return (
        select(func.count())
        .where(
            Activity.customer_id == Deal.customer_id,
            Activity.deleted_at.is_(None),
            Activity.occurred_at >= now - timedelta(days=ENGAGEMENT_DAYS),
            Activity.occurred_at <= now,
        )
        .scalar_subquery()
    )


def score_deal(session: Session, deal: Deal, config: LeadScoreConfig, now: datetime) -> int:
    """Score one deal from its customer, source, budget and recent activities."""
    customer = session.get(Customer, deal.customer_id)
    if customer is None:
        return 0
    recent = (
        session.scalar(
            select(func.count()).where(
                Activity.customer_id == customer.id,
                Activity.deleted_at.is_(None),
                Activity.occurred_at >= now - timedelta(days=ENGAGEMENT_DAYS),
                Activity.occurred_at <= now,
            )
        )
        or 0
    )
    facts = LeadFacts(
        industry=customer.industry,
        size_band=customer.size_band,
        region=customer.region,
        city=customer.city,
        source=deal.source or customer.source,
        activities_30d=recent,
        budget_known=deal.budget is not None,
    )
    return score_lead(facts, config)


def recompute_scores(
    session: Session,
    config: LeadScoreConfig | None = None,
    now: datetime | None = None,
    customer_ids: Collection[str] | None = None,
) -> int:
    """Rescore every open deal (or those of some customers) in bulk; return how many changed.

    The score is derived data, so rows keep their updated_at: a recompute is not an edit that
    sync should carry.
    """
    config = config or load_config(session)
    now = now or utcnow()
    only = () if customer_ids is None else (Deal.customer_id.in_(list(customer_ids)),)
    rows = session.execute(
        select(
            Deal.id,
            Deal.lead_score,
            Customer.industry,
            Customer.size_band,
            Customer.region,
            Customer.city,
            func.coalesce(Deal.source, Customer.source),
            Deal.budget.is_not(None),
            _recent_activity_count(now),
        )
        .join(Customer, Customer.id == Deal.customer_id)
        .where(Deal.status == "open", Deal.deleted_at.is_(None), *only)
    )
    changed = []
    for deal_id, old, industry, size, region, city, source, budget_known, recent_n in rows:
        score = score_lead(
            LeadFacts(industry, size, region, city, source, int(recent_n), bool(budget_known)),
            config,
        )
        if score != old:
            changed.append({"deal_id": deal_id, "score": score})
    if changed:
        table = table_of(Deal)
        session.execute(
            update(table)
            .where(table.c.id == bindparam("deal_id"))
            .values(lead_score=bindparam("score"), updated_at=table.c.updated_at),
            changed,
        )
    return len(changed)


def known_values(session: Session, limit: int = 40) -> dict[str, list[str]]:
    """Return the industries, regions/cities and sources in the book, most common first."""

    def common(*columns: Any) -> list[str]:
        counts: dict[str, int] = {}
        for column in columns:
            model = column.class_
            rows = session.execute(
                select(column, func.count())
                .where(column.is_not(None), column != "", model.deleted_at.is_(None))
                .group_by(column)
            )
            for value, count in rows:
                counts[value] = counts.get(value, 0) + count
        return sorted(counts, key=lambda v: (-counts[v], v))[:limit]

    return {
        "industries": common(Customer.industry),
        "regions": common(Customer.region, Customer.city),
        "sources": common(Customer.source, Deal.source),
    }
