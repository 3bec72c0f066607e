"""The Chinese festivals care reminders greet, by date, from the calendar packages (no table).

Lunar festivals come from `lunardate` (正月初一 Spring Festival, 正月十五 Lantern, 五月初五
Dragon Boat, 八月十五 Mid-Autumn), Qingming (a solar term) from `holidays.China`, New Year and
National Day are fixed Gregorian days.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

from lunardate import LunarDate

FESTIVALS = (
    "new_year",
    "spring_festival",
    "lantern",
    "qingming",
    "dragon_boat",
    "mid_autumn",
    "national_day",
)
_LUNAR = {
    "spring_festival": (1, 1),
    "lantern": (1, 15),
    "dragon_boat": (5, 5),
    "mid_autumn": (8, 15),
}
_QINGMING = "Tomb-Sweeping Day"


@cache
def festival_day(code: str, year: int) -> date | None:
    """Return the day a festival falls on in a Gregorian year (None if the data has no answer)."""
    if code == "new_year":
        return date(year, 1, 1)
    if code == "national_day":
        return date(year, 10, 1)
    if code in _LUNAR:
        month, day = _LUNAR[code]
        try:
            return LunarDate(year, month, day).to_solar_date()
        except ValueError:
            return None
    if code == "qingming":
        if 2008 <= year <= 2099:  # the solar-term rule; agrees with holidays.China every year
            short = year % 100
            return date(year, 4, int(short * 0.2422 + 4.81) - short // 4)
        import holidays  # ~0.2 s to import its country tables: only off the common range

        rules = holidays.China(years=year, language="en_US")
        return next((day for day, name in sorted(rules.items()) if name == _QINGMING), None)
    raise ValueError(code)


def festivals_between(start: date, end: date) -> list[tuple[str, date]]:
    """List (festival, day) falling start…end inclusive, by day."""
    found = []
    for year in range(start.year, end.year + 1):
        for code in FESTIVALS:
            day = festival_day(code, year)
            if day is not None and start <= day <= end:
                found.append((code, day))
    return sorted(found, key=lambda item: (item[1], FESTIVALS.index(item[0])))


def days_between(start: date, end: date) -> list[date]:
    """List every day start…end inclusive."""
    return [start + timedelta(days=offset) for offset in range((end - start).days + 1)]


def anniversary_in(month: int, day: int, year: int) -> date:
    """Return a yearly date in a year; 29 February falls on 28 February in a common year."""
    if (month, day) == (2, 29):
        try:
            return date(year, 2, 29)
        except ValueError:
            return date(year, 2, 28)
    return date(year, month, day)
