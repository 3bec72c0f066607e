"""Segmentation settings: checked field by field in both languages, saved, book recomputed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from app import i18n, settings
from app.changes import ActionError
from app.customers.segment_settings import (
    SegmentSettings,
    apply_segment_settings,
    load_segment_settings,
    validate_segment_settings,
)
from app.db import Database
from app.models import Customer, Order


def test_defaults_read_back() -> None:
    values = SegmentSettings()
    assert (values.a_percent, values.b_percent) == (Decimal(80), Decimal(95))
    assert (values.abc_months, values.rfm_months) == (12, 24)
    assert values.cadence == {"A": 14, "B": 30, "C": 90}
    assert validate_segment_settings(values) == []


@pytest.mark.parametrize(
    ("change", "english", "chinese"),
    [
        (
            {"a_percent": Decimal(95)},
            "A (95 %) must be above 0 % and below B (95 %)",
            "ABC 分级阈值",
        ),
        ({"a_percent": Decimal(0)}, "must be above 0 %", "须大于 0%"),
        ({"b_percent": Decimal(100)}, "B below 100 %", "B 须小于 100%"),
        ({"abc_months": 0}, "ABC window: enter 1 to 120 months.", "ABC 统计周期"),
        ({"rfm_months": 121}, "RFM window: enter 1 to 120 months.", "RFM 统计周期"),
        ({"cadence": {"A": 0, "B": 30, "C": 90}}, "tier A: enter 1 to 365 days", "A 类客户"),
        ({"order_gap_factor": Decimal("0.5")}, "Order-gap factor: enter a factor", "断单倍数"),
        ({"no_contact_factor": Decimal(11)}, "No-contact factor: enter a factor", "失联倍数"),
    ],
)
def test_each_bad_field_is_named(change, english: str, chinese: str) -> None:
    values = replace(SegmentSettings(), **change)
    [problem] = validate_segment_settings(values)
    assert english in problem
    i18n.set_language("zh_CN")
    try:
        [problem] = validate_segment_settings(values)
        assert chinese in problem
    finally:
        i18n.set_language("en")


def _customers(db: Database) -> list[str]:
    ids = []
    with db.session.begin() as s:
        for name, amount in (("甲", 600), ("乙", 250), ("丙", 150)):
            customer = Customer(name=name, created_at=datetime(2020, 1, 1))
            s.add(customer)
            s.flush()
            day = date.today() - timedelta(10)
            s.add(Order(customer_id=customer.id, order_date=day, amount=Decimal(amount)))
            ids.append(customer.id)
    return ids


def _tiers(db: Database, ids: list[str]) -> list[str]:
    with db.session() as s:
        return [s.get(Customer, i).tier for i in ids]


def test_apply_saves_and_recomputes(db: Database) -> None:
    ids = _customers(db)
    seen: list[tuple[int, int]] = []
    values = replace(
        SegmentSettings(),
        a_percent=Decimal(50),
        b_percent=Decimal("87.5"),
        cadence={"A": 7, "B": 21, "C": 60},
        order_gap_factor=Decimal("2.5"),
    )
    result = apply_segment_settings(
        db, values, lambda done, total: seen.append((done, total)) or True
    )
    assert result.customers == 3
    assert seen[-1] == (1, 1)
    # Before-shares 0 %, 60 %, 85 %: A under 50 %, B under 87.5 %.
    assert _tiers(db, ids) == ["A", "B", "B"]
    with db.session() as s:
        assert settings.get(s, "abc_thresholds") == {"A": 0.5, "B": 0.875}
        assert load_segment_settings(s) == values


def test_refused_settings_write_nothing(db: Database) -> None:
    ids = _customers(db)
    apply_segment_settings(db, SegmentSettings())
    bad = replace(SegmentSettings(), a_percent=Decimal(90), b_percent=Decimal(60), abc_months=0)
    with pytest.raises(ActionError) as refused:
        apply_segment_settings(db, bad)
    assert len(str(refused.value).splitlines()) == 2
    with db.session() as s:
        assert settings.get(s, "abc_thresholds") == {"A": 0.8, "B": 0.95}
    assert _tiers(db, ids) == ["A", "A", "B"]
