"""Chinese working days: weekends, public holidays and the official make-up working days (调休).

Years that `chinese_calendar` has the State Council's notice for use it (holidays and 调休
Saturdays/Sundays); any other year falls back to the rule-based `holidays.China` (weekends and
holidays, with the make-up days that package knows — none for most future years). No table of
dates is kept here.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

import chinese_calendar
import holidays

WORKDAY, WEEKEND, HOLIDAY, MAKEUP = "workday", "weekend", "holiday", "makeup"
_MAX_STEPS = 60  # the longest run of days off is about ten; this bounds a broken data source


@cache
def _official_years() -> frozenset[int]:
    known = {*chinese_calendar.holidays, *chinese_calendar.workdays}
    return frozenset(day.year for day in known)


@cache
def _rules(year: int) -> holidays.HolidayBase:
    return holidays.China(years=year, language="en_US")


def has_official_data(year: int) -> bool:
    """Tell whether the year's official holiday notice (with 调休) is known."""
    return year in _official_years()


@cache
def day_kind(day: date) -> str:
    """Say what a day is: "workday", "weekend", "holiday" or "makeup" (a working weekend day)."""
    weekend = day.weekday() >= 5
    if has_official_data(day.year):
        if chinese_calendar.is_workday(day):
            return MAKEUP if weekend else WORKDAY
        return HOLIDAY if day in chinese_calendar.holidays else WEEKEND
    rules = _rules(day.year)
    if day in rules.weekend_workdays:
        return MAKEUP
    if day in rules:
        return HOLIDAY
    return WEEKEND if weekend else WORKDAY


def is_workday(day: date) -> bool:
    """Tell whether people work on this day (make-up weekend days included)."""
    return day_kind(day) in (WORKDAY, MAKEUP)


@cache
def next_workday(day: date) -> date:
    """Return the day itself when it is a working day, else the first working day after it."""
    current = day
    for _ in range(_MAX_STEPS):
        if is_workday(current):
            return current
        current += timedelta(days=1)
    return day


def add_workday_days(day: date, days: int) -> date:
    """Add calendar days, then move a day off to the next working day (how visits are due)."""
    return next_workday(day + timedelta(days=days))


# Words in the packages' (English) holiday names → RepBook's holiday codes.
_NAME_CODES = (
    ("new year's eve", "spring_festival"),
    ("spring festival", "spring_festival"),
    ("new year", "new_year"),
    ("tomb", "qingming"),
    ("labo", "labour_day"),
    ("dragon boat", "dragon_boat"),
    ("mid-autumn", "mid_autumn"),
    ("national day", "national_day"),
)


@cache
def holiday_code(day: date) -> str | None:
    """Name the public holiday a day off belongs to ("spring_festival" …), None for other days."""
    if day_kind(day) != HOLIDAY:
        return None
    if has_official_data(day.year):
        name = chinese_calendar.get_holiday_detail(day)[1] or ""
    else:
        name = _rules(day.year).get(day) or ""
    lowered = name.lower()
    return next((code for words, code in _NAME_CODES if words in lowered), None)
