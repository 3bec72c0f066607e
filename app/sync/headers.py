"""Guess which RepBook field each column of a foreign sheet holds, from Chinese and English names.

Headers are compared after folding (NFKC, case, traditional → simplified, spaces, ``_``, ``-``
and punctuation dropped, ``*`` required markers and trailing colons removed). A bracketed unit
such as "金额（万元）" or "Amount (USD)" is split off and kept as a per-column multiplier and
currency. Synonyms cover what reps type and what Salesforce, HubSpot, Zoho, Pipedrive, 纷享销客,
销售易 and 企业微信/钉钉 exports call their columns.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from app.parsing.values import ONE, match_key, parse_unit
from app.sync.header_synonyms import DEAL_TITLES, MOBILE, NOT_FIELDS, SYNONYMS

FIELDS: dict[str, tuple[str, ...]] = {
    "customers": (
        "name", "industry", "size_band", "region", "city", "address", "source", "phone", "email",
        "website", "main_business", "pain_points", "current_suppliers", "preferred_channel",
        "first_cooperation_date", "founded_date", "notes", "tier", "owner", "contact_name",
        "contact_title", "contact_role", "contact_phone", "contact_email", "contact_wechat",
        "contact_birthday", "contact_first_name", "contact_last_name",
    ),
    "contacts": (
        "customer_name", "name", "title", "role", "phone", "email", "wechat", "birthday", "notes",
        "first_name", "last_name",
    ),
    "deals": (
        "customer_name", "title", "amount", "currency", "stage", "status", "expected_close_date",
        "closed_date", "probability", "lost_reason", "need", "budget", "source", "owner",
        "created_date",
    ),
    "activities": (
        "customer_name", "contact_name", "deal_title", "occurred_at", "occurred_time", "channel",
        "kind", "summary", "feedback", "intent_level", "next_step",
    ),
    "orders": (
        "customer_name", "order_date", "amount", "product", "quantity", "unit_price", "order_no",
        "note",
    ),
    "payments": (
        "customer_name", "order_no", "amount_due", "due_date", "amount_received", "received_date",
        "note",
    ),
}  # fmt: skip
KINDS = tuple(FIELDS)
# The least a row needs to mean anything; a mapping without these cannot be imported.
REQUIRED: dict[str, tuple[str, ...]] = {
    "customers": ("name",),
    "contacts": ("customer_name", "name"),
    "deals": ("customer_name",),
    "activities": ("customer_name",),
    "orders": ("customer_name", "amount"),
    "payments": ("customer_name", "amount_due"),
}

# Column names often repeat the entity ("Deal - Stage", "订单日期"): strip it and look again.
_PREFIXES = {
    "customers": ("account", "company", "organization", "organisation", "customer", "客户", "公司"),
    "contacts": ("contact", "person", "联系人"),
    "deals": ("deal", "opportunity", "商机", "机会"),
    "activities": ("activity", "跟进", "拜访"),
    "orders": ("order", "订单"),
    "payments": ("payment", "回款", "收款"),
}
_CONTACT_PREFIXES = ("contact", "person", "联系人")
_CONTACT_PARTS = frozenset({"name", "title", "role", "phone", "email", "wechat", "birthday"})


def _index(table: dict[str, str]) -> dict[str, str]:
    index: dict[str, str] = {}
    for field, words in table.items():
        for word in words.split("|"):
            index.setdefault(match_key(word), field)  # the first field to claim a word keeps it
    for field in table:
        if not field.startswith("~"):
            index.setdefault(match_key(field), field)  # RepBook's own column keys
    return index


_INDEX = {kind: _index(table) for kind, table in SYNONYMS.items()}
_MOBILE = frozenset(match_key(word) for word in MOBILE.split("|"))
# Headers that plainly name something else: a field of another kind ("Contact Owner" in a
# contacts sheet), a figure RepBook works out itself, or another CRM's bookkeeping. None of
# them is ever guessed from a synonym found inside it ("Last Contact" is not a contact's name).
_NOT_INSIDE = frozenset(
    {key for index in _INDEX.values() for key in index}
    | {match_key(word) for word in NOT_FIELDS.split("|")}
)

EXACT, PREFIXED, PARTIAL = 1.0, 0.8, 0.5


@dataclass(frozen=True)
class ColumnGuess:
    """What one source column holds: a field key (or None), how sure we are, and its unit."""

    index: int
    header: str
    field: str | None
    # EXACT synonym, PREFIXED after dropping an entity prefix, PARTIAL found inside the header
    confidence: float
    multiplier: Decimal = ONE  # from a unit in the header: 万元 → 10000
    currency: str | None = None  # from a unit in the header: (USD), （美元）, (元) → CNY


@dataclass(frozen=True)
class Mapping:
    """The column → field assignment for one sheet; no field is used by two columns."""

    kind: str
    columns: tuple[ColumnGuess, ...]

    def fields(self) -> dict[str, ColumnGuess]:
        """Return the mapped columns by field key."""
        return {c.field: c for c in self.columns if c.field is not None}

    def missing_required(self) -> list[str]:
        """List the required fields of this kind that no column supplies."""
        mapped = set(self.fields())
        if mapped & {"first_name", "last_name"}:
            mapped.add("name")  # a person's name in two columns (Salesforce, HubSpot)
        return [f for f in REQUIRED[self.kind] if f not in mapped]

    def assign(self, index: int, field: str | None) -> Mapping:
        """Return a copy with column index set to field (the user's fix), freeing it elsewhere."""
        if field is not None and field not in FIELDS[self.kind]:
            raise ValueError(f"{field!r} is not a field of {self.kind}")
        columns = tuple(
            replace(c, field=field, confidence=EXACT)
            if c.index == index
            else (
                replace(c, field=None, confidence=0.0)
                if field is not None and c.field == field
                else c
            )
            for c in self.columns
        )
        return Mapping(self.kind, columns)


_BRACKET_TAIL = re.compile(r"[(\[【〔{<]([^()\[\]【】〔〕{}<>]*)[)\]】〕}>]$")
_BRACKET_HEAD = re.compile(r"^[(\[【〔{<][^()\[\]【】〔〕{}<>]*[)\]】〕}>]")
_SLASH_TAIL = re.compile(r"/([^/]+)$")
_TRIM = " \t*※:"


def split_header(text: str) -> tuple[str, Decimal, str | None]:
    """Fold a header to its match key and read its unit: "金额（万元）" → ("金额", 10000, "CNY")."""
    s = unicodedata.normalize("NFKC", text).strip(_TRIM)
    unit: tuple[Decimal, str | None] | None = None
    while m := _BRACKET_TAIL.search(s):
        unit = unit or parse_unit(m[1])
        s = s[: m.start()].strip(_TRIM)
    if (m := _SLASH_TAIL.search(s)) and (slashed := parse_unit(m[1])):
        unit, s = unit or slashed, s[: m.start()].strip(_TRIM)
    s = _BRACKET_HEAD.sub("", s).strip(_TRIM)  # "【必填】客户名称"
    multiplier, currency = unit or (ONE, None)
    return match_key(s.replace("#", " no")), multiplier, currency


def _match(key: str, kind: str) -> tuple[str | None, float]:
    index = _INDEX[kind]
    if not key:
        return None, 0.0
    if field := index.get(key):
        return field, EXACT
    for prefix in _PREFIXES[kind]:
        if key.startswith(prefix) and (field := index.get(key[len(prefix) :])):
            return field, PREFIXED
    if kind == "customers":  # "联系人职位", "Contact Job Title" in a customer sheet
        for prefix in _CONTACT_PREFIXES:
            part = _INDEX["contacts"].get(key[len(prefix) :]) if key.startswith(prefix) else None
            if part in _CONTACT_PARTS:
                return f"contact_{part}", PREFIXED
    # Last resort, a synonym inside a longer header ("本次合同金额"); shown as a weak guess.
    if key in _NOT_INSIDE:
        return None, 0.0
    inside = [
        word
        for word in index
        if word in key
        and len(word) * 2 >= len(key)
        and len(word) >= (3 if not word.isascii() else 5)
    ]
    return (index[max(inside, key=len)], PARTIAL) if inside else (None, 0.0)


def guess_mapping(headers: Sequence[str], kind: str) -> Mapping:
    """Map each source column to a field of kind, strongest matches first, each field once."""
    if kind not in FIELDS:
        raise ValueError(f"unknown kind {kind!r}; expected one of {', '.join(KINDS)}")
    parsed = [split_header(h) for h in headers]
    matches = [_match(key, kind) for key, _, _ in parsed]
    names_contact = any(field == "contact_name" for field, _ in matches)
    used: set[str] = set()
    chosen: dict[int, tuple[str | None, float]] = {}

    # Strongest first; at equal strength a column that names its field ("联系人电话") before a
    # generic one ("电话"), and a generic mobile before a generic phone: the mobile is the
    # contact's, the other phone then the company's.
    def order(i: int) -> tuple[float, bool, bool, int]:
        field, confidence = matches[i]
        generic = field is not None and field.startswith("~")
        return (-confidence, generic, parsed[i][0] not in _MOBILE, i)

    for i in sorted(range(len(headers)), key=order):
        field, confidence = matches[i]
        candidates: tuple[str, ...] = () if field is None else (field,)
        if field is not None and field.startswith("~"):
            bare = field[1:]
            candidates = (f"contact_{bare}", bare) if names_contact else (bare,)
        pick = next((f for f in candidates if f not in used), None)
        if pick is not None:
            used.add(pick)
        chosen[i] = (pick, confidence if pick else 0.0)
    if kind == "activities" and "occurred_time" not in used:
        _split_day_and_time([key for key, _, _ in parsed], matches, chosen)
    return Mapping(
        kind,
        tuple(
            ColumnGuess(i, headers[i], chosen[i][0], chosen[i][1], parsed[i][1], parsed[i][2])
            for i in range(len(headers))
        ),
    )


# A follow-up log may keep the day and the time of day in two columns ("日期" | "时间"): both
# headers name the activity's date-time, and the time then completes the day.
_DAY_ONLY = frozenset(
    match_key(h)
    for h in ("日期", "跟进日期", "拜访日期", "沟通日期", "联系日期", "活动日期", "date")
)
_TIME_ONLY = frozenset(
    match_key(h)
    for h in ("时间", "跟进时间", "拜访时间", "沟通时间", "联系时间", "time", "start time")
)


def _split_day_and_time(
    keys: Sequence[str],
    matches: Sequence[tuple[str | None, float]],
    chosen: dict[int, tuple[str | None, float]],
) -> None:
    dated = [i for i, (field, _) in enumerate(matches) if field == "occurred_at"]
    day = next((i for i in dated if keys[i] in _DAY_ONLY), None)
    hour = next((i for i in dated if keys[i] in _TIME_ONLY), None)
    if day is None or hour is None:
        return
    for i in dated:
        if chosen[i][0] == "occurred_at":
            chosen[i] = (None, 0.0)
    chosen[day] = ("occurred_at", matches[day][1])
    chosen[hour] = ("occurred_time", matches[hour][1])


# Fields that only a sheet of that kind would have: a deals sheet is told by its stage and a
# payments sheet by its due date, not by an amount column that every kind of sheet has.
_SIGNATURE = {
    "deals": frozenset({"stage", "expected_close_date", "probability", "lost_reason"}),
    "orders": frozenset({"order_date", "order_no", "product", "quantity", "unit_price"}),
    "payments": frozenset({"due_date", "amount_received", "received_date"}),
    "activities": frozenset({
        "occurred_at", "channel", "kind", "summary", "feedback", "intent_level", "next_step",
    }),
    "customers": frozenset({
        "industry", "size_band", "region", "city", "address", "website", "main_business",
        "pain_points", "current_suppliers", "founded_date", "first_cooperation_date", "tier",
        "preferred_channel", "phone", "email",
    }),
    "contacts": frozenset({"title", "role", "birthday", "wechat", "first_name", "last_name"}),
}  # fmt: skip


# "商机名称" names a deal, where a bare "名称" or "Name" may head any list.
_DEAL_KEYS = frozenset(match_key(word) for word in DEAL_TITLES.split("|"))
# Fields any kind of sheet may have: a sheet giving only these under a kind says nothing of it.
_SHARED_FIELDS = frozenset(
    {"customer_name", "name", "notes", "note", "amount", "currency", "owner"}
)


def specific_fields(mapping: Mapping) -> set[str]:
    """Return the mapped fields that only a sheet of the mapping's kind would have."""
    return set(mapping.fields()) - _SHARED_FIELDS


# Kinds whose every row needs one of these dates: a follow-up log has a date, an order its day.
_DATED = {
    "activities": frozenset({"occurred_at"}),
    "orders": frozenset({"order_date"}),
    "payments": frozenset({"due_date", "received_date"}),
}


def guess_kind(headers: Sequence[str]) -> str:
    """Guess which entity a sheet lists from its kind-specific columns; customers by default."""
    best, best_score = "customers", 0.0
    # On a tie the kind listed first wins: a stage column and a city column make a deals sheet.
    keys = [split_header(h)[0] for h in headers]
    for kind in ("deals", "orders", "payments", "activities", "customers", "contacts"):
        mapping = guess_mapping(headers, kind)
        # A generic "电话"/"Email" says nothing of the kind; "公司电话" says a customer sheet.
        generic = {i for i, key in enumerate(keys) if (_match(key, kind)[0] or "").startswith("~")}
        mapped = set(mapping.fields())
        if _DATED.get(kind) and not mapped & _DATED[kind]:
            continue  # every row of it needs a date: a sheet with no date column is not one
        score = sum(
            1
            for c in mapping.columns
            if (c.field in _SIGNATURE[kind] or (c.field == "title" and keys[c.index] in _DEAL_KEYS))
            and c.confidence >= PREFIXED
            and c.index not in generic
        )
        if score > best_score:
            best, best_score = kind, score
    return best


def known_field_count(cells: Sequence[str]) -> int:
    """Count cells that clearly name a field of any kind, to find the header row of a sheet."""
    keys = [split_header(c)[0] for c in cells if c]
    return sum(1 for key in keys if any(_match(key, kind)[1] >= PREFIXED for kind in KINDS))
