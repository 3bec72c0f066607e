"""Qingming from the solar-term rule (no holidays import at start-up) agrees with holidays.China."""

from __future__ import annotations

import holidays

from app.visits.festivals import festival_day


def test_qingming_rule_matches_the_holidays_package() -> None:
    for year in range(2008, 2100, 7):
        rules = holidays.China(years=year, language="en_US")
        expected = next(d for d, name in sorted(rules.items()) if name == "Tomb-Sweeping Day")
        assert festival_day("qingming", year) == expected, year
