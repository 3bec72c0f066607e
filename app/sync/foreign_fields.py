"""Turn the cells of one foreign row into typed field values, collecting what is wrong with them."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date, datetime
from decimal import Decimal
from functools import partial
from typing import Any, NamedTuple, cast

from sqlalchemy import String

from app.models import Contact, Customer
from app.models.customers import SIZE_BANDS, TIERS
from app.parsing.choices import parse_channel, parse_lost_reason, parse_role, parse_status
from app.parsing.errors import ValueProblem
from app.parsing.values import (
    BLANKS,
    clean_text,
    infer_day_first,
    is_blank,
    match_key,
    parse_date,
    parse_datetime,
    parse_email,
    parse_money,
    parse_percent,
    parse_phone,
    parse_time_of_day,
    parse_unit,
)
from app.sync.csv_source import SourceRow
from app.sync.headers import ColumnGuess, Mapping

Problem = tuple[str, str]  # (source column header, reason in the user's language)
Parser = Callable[[str, ColumnGuess], Any]

DATE_FIELDS = frozenset({
    "first_cooperation_date", "founded_date", "contact_birthday", "birthday", "expected_close_date",
    "closed_date", "created_date", "order_date", "due_date", "received_date",
})  # fmt: skip
MONEY_FIELDS = frozenset({"amount", "budget", "unit_price", "amount_due", "amount_received"})


def _text(cell: str, _: ColumnGuess) -> str:
    return cell


def _date(cell: str, _: ColumnGuess, day_first: bool = False) -> date | None:
    return parse_date(cell, day_first=day_first)


def _datetime(cell: str, _: ColumnGuess, day_first: bool = False) -> datetime | None:
    return parse_datetime(cell, day_first=day_first)


def _money(cell: str, column: ColumnGuess) -> tuple[Decimal, str | None] | None:
    money = parse_money(cell, multiplier=column.multiplier, non_negative=True)
    if money is None:
        return None
    return money[0], money[1] or column.currency


def _phone(cell: str, _: ColumnGuess) -> tuple[str, str] | None:
    phone = parse_phone(cell)
    if phone is None:
        return None
    # Further numbers in the same cell stay with the first, so nothing the rep typed is lost.
    return "; ".join((phone.display, *phone.extra)), phone.key


def _channel(cell: str, _: ColumnGuess) -> str | None:
    channel = parse_channel(cell)
    if channel is None:
        raise ValueProblem("value.unknown_channel", cell=cell)
    return channel


def _status(cell: str, _: ColumnGuess) -> str | None:
    status = parse_status(cell)
    if status is None:
        raise ValueProblem("value.unknown_status", cell=cell)
    return status


def _percent(cell: str, _: ColumnGuess) -> int | None:
    value = parse_percent(cell)
    return None if value is None else int(value.to_integral_value())


def _quantity(cell: str, _: ColumnGuess) -> int | None:
    digits = clean_text(cell).replace(",", "")
    if re.fullmatch(r"\d+(\.0+)?", digits) and int(float(digits)) >= 1:
        return int(float(digits))
    raise ValueProblem("value.not_quantity", cell=cell)


_INTENT_WORDS = {
    match_key(word): level
    for level, words in {
        5: "很高|非常高|强烈|极高|very high|hot|5星",
        4: "高|较高|强|high|warm|4星",
        3: "中|一般|中等|普通|medium|moderate",
        2: "低|较低|弱|low|cool",
        1: "很低|无|没有意向|极低|none|very low|cold",
    }.items()
    for word in words.split("|")
}


def _intent(cell: str, _: ColumnGuess) -> int | None:
    text = clean_text(cell)
    if text.isdigit() and 1 <= int(text) <= 5:
        return int(text)
    if text and set(text) <= {"★", "☆"} and 1 <= text.count("★") <= 5:
        return text.count("★")
    level = _INTENT_WORDS.get(match_key(text))
    if level is None:
        raise ValueProblem("value.unknown_intent", cell=cell)
    return level


_KIND_WORDS = [
    (re.compile(p), kind)
    for p, kind in (
        (r"投诉|complaint", "complaint_followup"),
        (r"售后|回访|使用反馈|after.?sale", "aftersale_visit"),
        (r"售中|交付|实施|in.?sale|delivery", "insale_visit"),
        (r"售前|需求|初访|pre.?sale|discovery", "presale_visit"),
        (r"关怀|问候|节日|生日|祝福|care|greeting", "care"),
        (r"方案|报价|提案|演示|proposal|quote|demo", "proposal"),
        (r"电话|call|phone", "call"),
    )
]


def _activity_kind(cell: str, _: ColumnGuess) -> str:
    # Free text describing the purpose: unknown wording is kept as "other", never a rejection.
    folded = match_key(cell)
    return next((kind for pattern, kind in _KIND_WORDS if pattern.search(folded)), "other")


def _tier(cell: str, _: ColumnGuess) -> str | None:
    letter = clean_text(cell)[:1].upper()
    if letter in TIERS:
        return letter
    raise ValueProblem("value.unknown_tier", cell=cell)


_BAND_FLOORS = [(int(re.match(r"\d+", band)[0]), band) for band in SIZE_BANDS]  # type: ignore[index]


def _size_band(cell: str, _: ColumnGuess) -> str | None:
    numbers = [int(n) for n in re.findall(r"\d+", clean_text(cell).replace(",", ""))]
    # No band holds 0 people (nor a cell without a number).
    if not numbers or numbers[0] < _BAND_FLOORS[0][0]:
        raise ValueProblem("value.not_company_size", cell=cell)
    # A range such as 50-199人 falls in the band of its lower end.
    return next(band for floor, band in reversed(_BAND_FLOORS) if numbers[0] >= floor)


def _currency(cell: str, _: ColumnGuess) -> str | None:
    unit = parse_unit(cell)
    if unit is not None and unit[1]:
        return unit[1]
    text = clean_text(cell).upper()
    if re.fullmatch(r"[A-Z]{3}", text):
        return text
    raise ValueProblem("value.unknown_currency", cell=cell)


_PARSERS: dict[str, Parser] = {
    "occurred_at": _datetime,
    "occurred_time": lambda cell, _: parse_time_of_day(cell),
    "phone": _phone,
    "contact_phone": _phone,
    "email": lambda cell, _: parse_email(cell),
    "contact_email": lambda cell, _: parse_email(cell),
    "lost_reason": lambda cell, _: parse_lost_reason(cell),
    "role": lambda cell, _: parse_role(cell),
    "contact_role": lambda cell, _: parse_role(cell),
    "channel": _channel,
    "preferred_channel": _channel,
    "status": _status,
    "probability": _percent,
    "quantity": _quantity,
    "intent_level": _intent,
    "kind": _activity_kind,
    "tier": _tier,
    "size_band": _size_band,
    "currency": _currency,
    **{name: _money for name in MONEY_FIELDS},
    **{name: _date for name in DATE_FIELDS},
}


# Fields whose cells repeat a small vocabulary: each distinct cell is parsed once per import.
_VOCABULARY_FIELDS = frozenset({
    "channel", "preferred_channel", "status", "kind", "intent_level", "role", "contact_role",
    "tier", "size_band", "currency", "lost_reason",
})  # fmt: skip
_MEMO_LIMIT = 10_000
# Every blank word of the values layer is this short, so longer cells skip the check.
_LONGEST_BLANK = max(map(len, BLANKS))


# A name longer than its column is a sheet gone wrong (a notes column taken for names, a cell
# pasted a thousand times), not a company or a person: the row is refused, not stored.
def _longest(column: Any) -> int:
    length = cast(String, column.type).length
    if length is None:
        raise TypeError(f"{column} has no length")
    return length


_NAME_LIMITS = {
    "name": _longest(Customer.__table__.c.name),
    "contact_name": _longest(Contact.__table__.c.name),
}


class _Failure(NamedTuple):
    code: str
    params: dict[str, Any]


def _memoised(parser: Parser) -> Parser:
    memo: dict[str, Any] = {}

    def parse(cell: str, column: ColumnGuess) -> Any:
        if cell not in memo:
            try:
                outcome = parser(cell, column)
            except ValueProblem as problem:
                outcome = _Failure(problem.code, problem.params)
            if len(memo) >= _MEMO_LIMIT:
                memo.clear()
            memo[cell] = outcome
        outcome = memo[cell]
        if isinstance(outcome, _Failure):
            raise ValueProblem(outcome.code, **outcome.params)
        return outcome

    return parse


class RowParser:
    """Parse rows under one mapping: typed values by field, and the problems found."""

    def __init__(self, mapping: Mapping, samples: Iterable[SourceRow]) -> None:
        self.columns = [c for c in mapping.columns if c.field is not None]
        sample_rows = list(samples)
        self.headers = {c.field: c.header for c in self.columns}
        self._parsers: list[tuple[int, str, ColumnGuess, Parser]] = []
        self._blank: dict[str, bool] = {}  # short cells seen, and whether each means "no value"
        for column in self.columns:
            parser = _PARSERS.get(column.field or "", _text)
            if parser in (_date, _datetime):
                cells = [
                    row.cells[column.index] for row in sample_rows if column.index < len(row.cells)
                ]
                parser = partial(parser, day_first=infer_day_first(cells))
            elif column.field in _VOCABULARY_FIELDS:
                parser = _memoised(parser)
            self._parsers.append((column.index, column.field or "", column, parser))

    def header(self, field: str) -> str:
        """Return the source column header that holds field ('' when no column does)."""
        return self.headers.get(field, "")

    def __call__(self, row: SourceRow) -> tuple[dict[str, Any], list[Problem]]:
        values: dict[str, Any] = {}
        problems: list[Problem] = []
        cells = row.cells
        blank = self._blank
        for index, field, column, parser in self._parsers:
            cell = cells[index] if index < len(cells) else ""
            if not cell:
                continue
            if len(cell) <= _LONGEST_BLANK:
                is_blank_cell = blank.get(cell)
                if is_blank_cell is None:
                    if len(blank) >= _MEMO_LIMIT:
                        blank.clear()
                    is_blank_cell = blank[cell] = is_blank(cell)
                if is_blank_cell:
                    continue
            if parser is _text:
                values[field] = cell  # most columns are plain text: no call
                continue
            try:
                value = parser(cell, column)
            except ValueProblem as problem:
                problems.append((column.header, str(problem)))
                continue
            if value is not None:
                values[field] = value
        if "first_name" in values or "last_name" in values:
            _join_name(values, "name")
        if "contact_first_name" in values or "contact_last_name" in values:
            _join_name(values, "contact_name")
        for field, limit in _NAME_LIMITS.items():
            if len(values.get(field, "")) > limit:
                length = len(values.pop(field))
                header = self.header(field) or self.header(field.replace("name", "first_name"))
                refusal = ValueProblem("value.name_too_long", length=length, limit=limit)
                problems.append((header, str(refusal)))
        return values, problems


def _join_name(values: dict[str, Any], field: str) -> None:
    """Put a name split in two columns together: "Bill Lumbergh", or 张 + 伟 → 张伟."""
    prefix = field.removesuffix("name")
    first = values.pop(f"{prefix}first_name", "").strip()
    last = values.pop(f"{prefix}last_name", "").strip()
    if values.get(field):
        return  # a full-name column says it whole
    if (first + last).isascii():
        values[field] = " ".join(part for part in (first, last) if part)
    else:
        values[field] = last + first  # Chinese order: family name first, no space
