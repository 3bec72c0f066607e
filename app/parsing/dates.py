"""Parse date and date-time cells of foreign CSV/XLSX files, or say in two languages why not.

Dates: 2026-03-05, 2026/3/5, 2026.3.5, 2026年3月5日, 20260305, Excel serials (46086), English
month names (Mar 5, 2026; 5-Mar-26) and slashed day/month orders (3/5/2026, 15/03/2026), with an
optional time (14:30, 2:30 PM, 下午2:30, ISO T…Z). Slashed dates are read month-first, as in the
US exports of Salesforce and HubSpot, unless the first number is over 12 or the caller passes
day_first (see infer_day_first). Chinese sheets write the year first, which is never ambiguous.
Like every parser of app.parsing.values, they return None for a blank cell and raise ValueProblem
for text that cannot be a date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta, timezone
from functools import lru_cache

from app.parsing.cells import BLANKS, CACHE_SIZE, clean_text
from app.parsing.errors import ValueProblem

# Excel's day 0 is 1899-12-31 but it also counts a fictitious 1900-02-29; using 1899-12-30 as
# the base is exact for every serial from 61 (1900-03-01) on.
_EXCEL_EPOCH = datetime(1899, 12, 30)
_SERIAL = re.compile(r"(\d{5})(\.\d+)?")
# What Excel writes on Chinese Windows (2026/3/5 14:30) and ISO without a zone: one quick regex.
_PLAIN = re.compile(r"(\d{4})[-/.](\d\d?)[-/.](\d\d?)(?:[ T](\d\d?):(\d\d)(?::(\d\d))?)?")
_YMD = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
_COMPACT = re.compile(r"(\d{4})(\d\d)(\d\d)(?!\d)")
_XXY = re.compile(r"(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{4}|\d\d)(?!\d)")
_NAMED = re.compile(
    r"(?:(\d{1,2})[\s\-./]*([a-z]{3,9})\.?|([a-z]{3,9})\.?\s*(\d{1,2})(?:st|nd|rd|th)?)[\s\-,./]*(\d{4}|\d\d)(?!\d)",
    re.IGNORECASE,
)
_MONTHS = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1
    )
}
_TIME = re.compile(
    r"(?:t|\s)*(上午|下午|am|pm)?\s*(\d{1,2}):(\d\d)(?::(\d\d)(?:[.,](\d{1,6}))?)?\s*(上午|下午|am|pm)?"
    r"\s*(z|[+-]\d\d:?\d\d)?",
    re.IGNORECASE,
)


def _bad_date(text: str) -> ValueProblem:
    return ValueProblem("value.not_date", text=text)


def _make_date(year: int, month: int, day: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueProblem(
            "value.no_such_date", text=text, year=year, month=month, day=day
        ) from None


def _full_year(digits: str) -> int:
    year = int(digits)
    # Two-digit years: 00–69 are this century, 70–99 the last (the rule Excel uses).
    if len(digits) == 2:
        year += 2000 if year < 70 else 1900
    return year


def _split_date(s: str, day_first: bool) -> tuple[date, str]:
    """Return the date at the start of s and the text after it (a time, if any)."""
    if m := _YMD.match(s):
        return _make_date(int(m[1]), int(m[2]), int(m[3]), s), s[m.end() :]
    if m := _XXY.match(s):
        first, second, year = int(m[1]), int(m[3]), _full_year(m[4])
        if first > 12 or (day_first and second <= 12):
            return _make_date(year, second, first, s), s[m.end() :]
        return _make_date(year, first, second, s), s[m.end() :]
    if m := _NAMED.match(s):
        month = _MONTHS.get((m[2] or m[3])[:3].lower())
        if month is not None:
            return _make_date(_full_year(m[5]), month, int(m[1] or m[4]), s), s[m.end() :]
    if (m := _COMPACT.match(s)) and 1900 <= int(m[1]) <= 2199:
        return _make_date(int(m[1]), int(m[2]), int(m[3]), s), s[m.end() :]
    raise _bad_date(s)


def _from_serial(m: re.Match[str]) -> datetime:
    whole = int(m[1])
    seconds = round(float(m[2]) * 86400) if m[2] else 0
    return _EXCEL_EPOCH + timedelta(days=whole, seconds=seconds)


def _apply_time(day: date, rest: str, text: str) -> datetime:
    m = _TIME.fullmatch(rest)
    if m is None:
        raise _bad_date(text)
    hour, minute, second = int(m[2]), int(m[3]), int(m[4] or 0)
    micro = int((m[5] or "0").ljust(6, "0"))
    marker = (m[1] or m[6] or "").lower()
    if marker in ("pm", "下午") and hour < 12:
        hour += 12
    elif marker in ("am", "上午") and hour == 12:
        hour = 0
    try:
        value = datetime(day.year, day.month, day.day, hour, minute, second, micro)
    except ValueError:
        raise ValueProblem("value.no_such_time", text=text) from None
    if m[7]:
        # A zoned time (ISO "…Z" or "+08:00") becomes local wall-clock time, like every other
        # time in a sheet, so imported activities line up with the ones typed in.
        zone = m[7]
        offset = timedelta(hours=int(zone[1:3]), minutes=int(zone[-2:])) if len(zone) > 1 else None
        value = _local(
            value.replace(tzinfo=timezone(-offset if zone[0] == "-" else offset) if offset else UTC)
        )
    return value


def _local(value: datetime) -> datetime:
    return value.astimezone().replace(tzinfo=None)


def parse_date(text: str, *, day_first: bool = False) -> date | None:
    """Parse a date cell (2026-03-05, 2026/3/5, 2026年3月5日, 3/5/2026, Excel serial 46086)."""
    if len(text) == 10 and text[4] == "-" and text[7] == "-":
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass  # the slow path explains what is wrong
    return _date(text, day_first)


# Columns of a big file repeat the same few thousand dates; remember the answers.
@lru_cache(maxsize=CACHE_SIZE)
def _date(text: str, day_first: bool) -> date | None:
    s = clean_text(text)
    if s in BLANKS:
        return None
    if (m := _PLAIN.fullmatch(s)) and m[4] is None:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            pass  # _split_date explains what is wrong
    if m := _SERIAL.fullmatch(s):
        return _from_serial(m).date()
    day, rest = _split_date(s, day_first)
    # A date column may carry a time (Excel writes "2026/3/5 0:00"); it must still be valid.
    return _apply_time(day, rest, s).date() if rest.strip() else day


def parse_datetime(text: str, *, day_first: bool = False) -> datetime | None:
    """Parse a date-time cell ("2026-03-05 14:30", "2026/3/5 14:30:00", ISO with T and Z)."""
    if len(text) >= 16 and text[4] == "-" and text[10] in " T":
        try:
            value = datetime.fromisoformat(text)
        except ValueError:
            pass  # the slow path explains what is wrong
        else:
            return value if value.tzinfo is None else _local(value)
    return _datetime(text, day_first)


@lru_cache(maxsize=CACHE_SIZE)
def _datetime(text: str, day_first: bool) -> datetime | None:
    s = clean_text(text)
    if s in BLANKS:
        return None
    if m := _PLAIN.fullmatch(s):
        try:
            parts = [int(part or 0) for part in m.groups()]
            return datetime(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5])
        except ValueError:
            pass  # _split_date and _apply_time explain what is wrong
    if m := _SERIAL.fullmatch(s):
        return _from_serial(m)
    day, rest = _split_date(s, day_first)
    if not rest.strip():
        return datetime(day.year, day.month, day.day)
    return _apply_time(day, rest, s)


# Excel keeps a time of day as the fraction of a day; a sheet saved as text may show it so.
_DAY_FRACTION = re.compile(r"0?\.\d+|0")


def parse_time_of_day(text: str) -> time | None:
    """Parse a time cell of a sheet that keeps the day in another column.

    "14:30", "14:30:00", "下午2:30", "2:30 PM", Excel's day fraction (0.6041…); a full
    date-time gives its time of day.
    """
    s = clean_text(text)
    if s in BLANKS:
        return None
    if _DAY_FRACTION.fullmatch(s):
        seconds = round(float(s) * 86_400)
        return time(seconds // 3600, seconds // 60 % 60, seconds % 60)
    if _TIME.fullmatch(s):
        return _apply_time(date(2000, 1, 1), s, s).time()
    try:
        value = _datetime(s, False)
    except ValueProblem:
        value = None
    if value is None:
        raise ValueProblem("value.not_time", text=text)
    return value.time()


def infer_day_first(samples: Iterable[str]) -> bool:
    """Tell whether a column writes slashed dates day-first (25/03/2026), by the clear cases."""
    votes = 0
    for text in samples:
        if m := _XXY.match(text.strip()):
            first, second = int(m[1]), int(m[3])
            votes += (first > 12) - (second > 12)
    return votes > 0
