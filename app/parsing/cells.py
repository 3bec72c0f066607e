"""What every cell parser shares: trimming, full-width folding and the blank-cell markers."""

from __future__ import annotations

import unicodedata

CACHE_SIZE = 8192  # distinct cell texts remembered per parser

# Excel's error values: a formula that found nothing leaves no value to import.
EXCEL_ERRORS = frozenset(
    {"#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"}
)
# Cell texts that mean "no value" in a typed column.
BLANKS = frozenset(
    {"", "-", "--", "—", "——", "/", "N/A", "n/a", "NA", "null", "NULL", "None", "无"} | EXCEL_ERRORS
)


def clean_text(text: str) -> str:
    """Trim a cell and fold full-width forms (１２３, ＠, （）) to ASCII with NFKC."""
    s = text.strip()
    return s if s.isascii() else unicodedata.normalize("NFKC", s).strip()


def is_blank(text: str) -> bool:
    """Tell whether a cell means "no value" ("", "-", "N/A", "无" …)."""
    return clean_text(text) in BLANKS
