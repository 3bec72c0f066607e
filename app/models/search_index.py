"""The FTS5 trigram index over customer.search_text: names only SQLite knows, not the models.

Migration 0011 creates it as an external-content table over customer (rowid = customer.rowid)
kept in step by triggers, so every writer of search_text (forms, imports, the demo, sync)
updates it in the same transaction; 0012 adds its vocabulary (fts5vocab, one row per trigram),
which short keys look up. Alembic must not compare either with the models.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

SEARCH_INDEX = "customer_search"
SEARCH_VOCAB = "customer_search_vocab"
MIN_KEY = 3  # the trigram tokenizer matches nothing shorter
_SHADOWS = ("_data", "_idx", "_content", "_docsize", "_config")
EXCLUDED_TABLES = frozenset({SEARCH_INDEX, SEARCH_VOCAB, *(SEARCH_INDEX + s for s in _SHADOWS)})


def include_name(name: str | None, type_: str, parent_names: Mapping[Any, Any]) -> bool:
    """Tell Alembic's comparison to leave the FTS tables and the shadow tables alone."""
    return not (type_ == "table" and name in EXCLUDED_TABLES)
