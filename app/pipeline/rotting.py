"""Rotting deals: untouched (no stage change, no activity) for longer than the stage allows."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import String, bindparam, func
from sqlalchemy.sql.elements import ColumnElement

from app.models import Deal, Stage


def is_rotting(last_touch: datetime, rot_days: int, now: datetime) -> bool:
    """Tell whether a deal untouched since last_touch has rotted in a stage with rot_days."""
    return now - last_touch > timedelta(days=rot_days)


def last_touch_column() -> ColumnElement[Any]:
    """Return the SQL form of Card.last_touch."""
    entered = func.coalesce(Deal.stage_entered_at, Deal.created_at)
    # SQLite's two-argument max() is scalar; NULL would win, hence the coalesce.
    return func.max(entered, func.coalesce(Deal.last_activity_at, entered))


def rotting_clause(now: datetime) -> ColumnElement[bool]:
    """Return the SQL form of is_rotting (the query joins Stage for the rot days)."""
    now_param = bindparam("rot_now", now.strftime("%Y-%m-%d %H:%M:%S.%f"), type_=String)
    return func.julianday(now_param) - func.julianday(last_touch_column()) > Stage.rot_days
