"""The export bundle's format: manifest keys and the exact text form of every column type.

A bundle is a folder (or .zip) holding manifest.json and one UTF-8-with-BOM CSV per synced
entity, named after its table. Cells are written so that reading them back gives the very same
Python value, whatever the locale:

* an empty cell is NULL (None);
* a text cell that starts with = + - @ TAB CR or ' (and is not a plain number) gets a leading '
  — Excel then shows it as text instead of running it as a formula — and import removes exactly
  that '; a lone ' is the empty string, so None stays distinguishable from "";
* datetimes are naive UTC in ISO 8601 with microseconds, dates ISO 8601, money a plain decimal
  with two places ("12800.00"), booleans 1/0, integers and floats as Python writes them, JSON
  columns as compact JSON text (escaped like text).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Boolean, Column, Date, DateTime, Float, Integer, Table

from app.models import SYNCED_MODELS, table_of
from app.models.types import Money
from app.parsing.values import neutralise_formula, restore_formula

FORMAT = "repbook-bundle"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
CSV_ENCODING = "utf-8-sig"
# neutralise_formula never writes a lone quote, so it is free to stand for the empty string.
EMPTY_TEXT = "'"
_LEAD_COLUMNS = ("id", "created_at", "updated_at", "deleted_at", "owner")

CONVENTIONS = {
    "encoding": "UTF-8 with BOM, RFC 4180 quoting, CRLF between records",
    "null": "an empty cell is NULL",
    "text": (
        "a text or JSON cell that starts with = + - @ TAB CR or ' and is not a plain number is "
        "written with one extra leading ', which import removes; a lone ' is the empty string"
    ),
    "datetime": "naive UTC, ISO 8601 with microseconds (2026-03-05T09:30:00.000000)",
    "date": "ISO 8601 (2026-03-05)",
    "money": "plain decimal with two places (12800.00)",
    "boolean": "1 or 0",
    "json": "compact JSON text",
}

Encoder = Callable[[Any], str]
Decoder = Callable[[str], Any]


def encode_text(value: str | None) -> str:
    """Write text so a spreadsheet never runs it and None stays apart from ""."""
    if value is None:
        return ""
    return EMPTY_TEXT if value == "" else neutralise_formula(value)


def decode_text(cell: str) -> str | None:
    """Read a cell written by encode_text back to the original text."""
    if cell == "":
        return None
    return "" if cell == EMPTY_TEXT else restore_formula(cell)


def _nullable(encode: Callable[[Any], str]) -> Encoder:
    return lambda value: "" if value is None else encode(value)


def _nullable_decoder(decode: Callable[[str], Any]) -> Decoder:
    return lambda cell: None if cell == "" else decode(cell)


def _encode_json(value: Any) -> str:
    if value is None:
        return ""
    return encode_text(json.dumps(value, ensure_ascii=False, separators=(",", ":")))


def _decode_json(cell: str) -> Any:
    text = decode_text(cell)
    return None if text is None else json.loads(text)


def _encode_datetime(value: datetime) -> str:
    return value.isoformat(timespec="microseconds")


def _decode_bool(cell: str) -> bool:
    if cell not in ("0", "1"):
        raise ValueError(f"expected 1 or 0, got {cell!r}")
    return cell == "1"


def column_codec(column: Column[Any]) -> tuple[Encoder, Decoder]:
    """Return the (encode, decode) pair for a column, chosen by its SQL type."""
    kind = column.type
    if isinstance(kind, Money):
        return _nullable(lambda v: format(Decimal(v), ".2f")), _nullable_decoder(Decimal)
    if isinstance(kind, Boolean):
        return _nullable(lambda v: "1" if v else "0"), _nullable_decoder(_decode_bool)
    if isinstance(kind, DateTime):
        return _nullable(_encode_datetime), _nullable_decoder(datetime.fromisoformat)
    if isinstance(kind, Date):
        return _nullable(date.isoformat), _nullable_decoder(date.fromisoformat)
    if isinstance(kind, Integer):
        return _nullable(str), _nullable_decoder(int)
    if isinstance(kind, Float):
        return _nullable(repr), _nullable_decoder(float)
    if isinstance(kind, JSON):
        return _encode_json, _decode_json
    return encode_text, decode_text


def synced_tables() -> list[Table]:
    """Return the synced tables, parents before children."""
    return [table_of(model) for model in SYNCED_MODELS]


def bundle_columns(table: Table) -> list[Column[Any]]:
    """Return a table's columns in bundle order: identity and timestamps first."""
    head = [table.c[key] for key in _LEAD_COLUMNS]
    return head + [column for column in table.columns if column.key not in _LEAD_COLUMNS]


def file_name(table: Table) -> str:
    """Return the bundle file that holds a table."""
    return f"{table.name}.csv"
