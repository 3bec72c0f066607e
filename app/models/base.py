"""Declarative base and the columns every synced record carries."""

from __future__ import annotations

from datetime import datetime
from typing import cast

from sqlalchemy import DateTime, MetaData, String, Table
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.models.types import new_id, utcnow

# Named constraints let Alembic's batch mode rebuild SQLite tables reliably.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def table_of(model: type[Base]) -> Table:
    """Return the Table a model is mapped to.

    Every model here declares __tablename__, so declarative maps it to a Table; SQLAlchemy's
    stubs only promise a FromClause, which update() and `.indexes` do not accept.
    """
    return cast(Table, model.__table__)


class Synced:
    """Identity, timestamps, tombstone and owner: what CSV sync needs on every row."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    # The rep who owns the record; a team lead's merged database keeps each rep's rows apart.
    owner: Mapped[str | None] = mapped_column(String(80), default=None)

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None
