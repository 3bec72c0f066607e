"""Lead scoring: hand-computed scores, weight validation, bulk recompute."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from fractions import Fraction

import pytest
from sqlalchemy import select

from app import lead_score as ls
from app.derived.search import customer_search_text
from app.models import Activity, Customer, Deal, Stage

NOW = datetime(2026, 3, 10, 9, 0)
ICP = ls.LeadScoreConfig(
    weights={
        "industry": 25,
        "size": 15,
        "region": 10,
        "source": 15,
        "engagement": 20,
        "budget": 15,
    },
    industries=("制造业", "Manufacturing"),
    sizes=("200-999",),
    regions=("华东", "成都"),
    sources=("转介绍",),
    engagement_target=3,
)


def test_every_factor_hand_computed():
    facts = ls.LeadFacts(
        industry="制造业",
        size_band="200-999",
        region="华南",
        source="转介绍",
        activities_30d=2,
        budget_known=True,
    )
    # 25 + 15 + 0 + 15 + 20 × 2/3 + 15 = 83⅓ → 83.
    assert ls.points(facts, ICP)["engagement"] == Fraction(40, 3)
    assert ls.score_lead(facts, ICP) == 83


def test_perfect_and_empty_leads():
    perfect = ls.LeadFacts("manufacturing", "200-999", "华东", None, "转介绍", 7, True)
    assert ls.score_lead(perfect, ICP) == 100
    assert ls.score_lead(ls.LeadFacts(), ICP) == 0


def test_region_matches_city_and_case_is_folded():
    facts = ls.LeadFacts(industry=" MANUFACTURING ", region="西南", city="成都")
    assert ls.score_lead(facts, ICP) == 25 + 10


def test_half_points_round_up():
    config = ls.LeadScoreConfig(
        weights={
            "industry": 30,
            "size": 30,
            "region": 0,
            "source": 15,
            "engagement": 25,
            "budget": 0,
        },
        engagement_target=2,
    )
    # 25 × 1/2 = 12.5 → 13.
    assert ls.score_lead(ls.LeadFacts(activities_30d=1), config) == 13


def test_weights_must_add_up_to_100(db):
    config = ls.LeadScoreConfig(weights={**ICP.weights, "budget": 14})
    assert config.problems() == ["The weights add up to 99; they must add up to 100."]
    with pytest.raises(ValueError, match="add up to 99"), db.session.begin() as s:
        ls.save_config(s, config)
    with db.session.begin() as s:
        ls.save_config(s, ICP)
    with db.session() as s:
        assert ls.load_config(s) == ICP


def test_damaged_stored_config_falls_back_to_defaults():
    assert ls.LeadScoreConfig.from_json("garbage") == ls.LeadScoreConfig()
    assert (
        ls.LeadScoreConfig.from_json({"weights": {"industry": "x"}}).weights == ls.DEFAULT_WEIGHTS
    )
    assert sum(ls.DEFAULT_WEIGHTS.values()) == 100


def test_bulk_recompute_matches_single_scores_and_keeps_updated_at(db):
    with db.session.begin() as s:
        ls.save_config(s, ICP)
        lead = s.scalars(select(Stage.id).where(Stage.key == "lead")).one()
        made = datetime(2026, 1, 1)
        for i, (industry, size, region, source, budget, recent) in enumerate(
            [
                ("制造业", "200-999", "华东", "转介绍", Decimal(1), 3),  # 100
                ("零售", "1-49", "华北", "展会", None, 0),  # 0
                ("Manufacturing", "5000+", "华南", None, None, 1),  # 25 + 20/3 = 31.67 → 32
            ]
        ):
            name = f"测试客户{i}"
            c = Customer(
                name=name,
                search_text=customer_search_text(name),
                industry=industry,
                size_band=size,
                region=region,
                source=source,
            )
            s.add(c)
            s.flush()
            s.add(
                Deal(
                    customer_id=c.id,
                    title="t",
                    stage_id=lead,
                    status="open",
                    budget=budget,
                    updated_at=made,
                )
            )
            for day in range(recent):
                s.add(Activity(customer_id=c.id, occurred_at=NOW - timedelta(days=day * 5)))
            # Too old to count as engagement.
            s.add(Activity(customer_id=c.id, occurred_at=NOW - timedelta(days=31)))
    with db.session.begin() as s:
        assert ls.recompute_scores(s, now=NOW) == 3
    with db.session() as s:
        deals = s.scalars(select(Deal).join(Customer).order_by(Customer.name)).all()
        assert [d.lead_score for d in deals] == [100, 0, 32]
        assert [ls.score_deal(s, d, ICP, NOW) for d in deals] == [100, 0, 32]
        assert {d.updated_at for d in deals} == {datetime(2026, 1, 1)}
    with db.session.begin() as s:
        assert ls.recompute_scores(s, now=NOW) == 0
