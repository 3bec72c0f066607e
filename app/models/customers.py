"""Customers (companies) and the people at them."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    case,
    text,
)
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Synced
from app.models.types import Money
from app.vocab import CONTACT_ROLES as CONTACT_ROLES

if TYPE_CHECKING:
    from app.models.deals import Deal

# Month and day of a date column, as the care-reminder indexes and their queries spell it: the
# format is a literal, since an index on an expression serves only that very expression.
DAY_OF_YEAR = "'%m-%d'"


def day_of_year_sql(column: str) -> str:
    """Spell "month-day of this date column" the way the day-of-year indexes do."""
    return f"strftime({DAY_OF_YEAR}, {column})"


TIERS = ("A", "B", "C")
# The customer list's tier sort key (A, B, C, the larger revenue first within a tier), kept as
# SQL text so the query and its expression index are the same expression.
TIER_KEY_SQL = (
    "(CASE WHEN tier_override IN ('A', 'B', 'C') THEN tier_override ELSE tier END)"
    " || printf('%016d', 9000000000000000 - revenue_12m)"
)
SIZE_BANDS = ("1-49", "50-199", "200-999", "1000-4999", "5000+")


def effective_tier(tier: str | None, override: str | None) -> str:
    """Return the tier that counts: a valid manual override wins; blank or invalid is none."""
    if override in TIERS:
        return override
    return tier if tier in TIERS else "C"


# ix_customer_rank's columns (migration 0011 spells them out, frozen).
RANK_COLUMNS = (
    "revenue_12m",
    "orders_24m",
    "revenue_24m",
    "last_order_date",
    "name",
    "id",
    "deleted_at",
)


def _live_index(name: str, *columns: Any) -> Index:
    """An index over live customers only (the partial WHERE the queries repeat to use it)."""
    return Index(name, *columns, sqlite_where=text("deleted_at IS NULL"))


def _scored_index(name: str, column: str) -> Index:
    """An index over live customers with an order in the RFM window (the ones R/F/M rank)."""
    return Index(name, column, sqlite_where=text("deleted_at IS NULL AND orders_24m > 0"))


class Customer(Synced, Base):
    """A company the rep sells to, with the manual's five information dimensions."""

    __tablename__ = "customer"

    # Basic information.
    name: Mapped[str] = mapped_column(String(200))
    industry: Mapped[str | None] = mapped_column(String(80))
    size_band: Mapped[str | None] = mapped_column(String(20))
    region: Mapped[str | None] = mapped_column(String(80))
    city: Mapped[str | None] = mapped_column(String(80))
    address: Mapped[str | None] = mapped_column(String(300))
    phone: Mapped[str | None] = mapped_column(String(40))
    phone_key: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    website: Mapped[str | None] = mapped_column(String(200))
    source: Mapped[str | None] = mapped_column(String(80))
    founded_date: Mapped[date | None] = mapped_column(Date)
    first_cooperation_date: Mapped[date | None] = mapped_column(Date)
    referred_by_id: Mapped[str | None] = mapped_column(
        ForeignKey("customer.id", ondelete="SET NULL")
    )
    # What was promised or given to this customer for the customers it referred.
    referral_notes: Mapped[str | None] = mapped_column(Text)
    info_verified_at: Mapped[datetime | None] = mapped_column(DateTime)
    notes: Mapped[str | None] = mapped_column(Text)

    # Business information.
    main_business: Mapped[str | None] = mapped_column(Text)
    org_structure: Mapped[str | None] = mapped_column(Text)
    procurement_process: Mapped[str | None] = mapped_column(Text)
    current_suppliers: Mapped[str | None] = mapped_column(Text)
    pain_points: Mapped[str | None] = mapped_column(Text)

    # Preference information.
    preferred_channel: Mapped[str | None] = mapped_column(String(20))
    product_preferences: Mapped[str | None] = mapped_column(Text)
    service_preferences: Mapped[str | None] = mapped_column(Text)

    # Segmentation: computed by app.segments, except the manual override.
    icp_score: Mapped[int | None] = mapped_column(Integer)
    tier: Mapped[str] = mapped_column(String(1), default="C")
    tier_override: Mapped[str | None] = mapped_column(String(1))
    tier_override_reason: Mapped[str | None] = mapped_column(String(300))
    rfm_r: Mapped[int | None] = mapped_column(Integer)
    rfm_f: Mapped[int | None] = mapped_column(Integer)
    rfm_m: Mapped[int | None] = mapped_column(Integer)
    rfm_segment: Mapped[str | None] = mapped_column(String(30))
    churn_risk: Mapped[bool] = mapped_column(Boolean, default=False)
    churn_reason: Mapped[str | None] = mapped_column(String(300))

    # Transaction and interaction summaries, refreshed from orders and activities.
    revenue_12m: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    # RFM's frequency and monetary inputs (24 months), kept so one customer can be re-scored
    # against the rest of the book without re-reading every order.
    orders_24m: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    revenue_24m: Mapped[Decimal] = mapped_column(Money, default=Decimal(0), server_default="0")
    last_order_date: Mapped[date | None] = mapped_column(Date)
    last_contact_at: Mapped[datetime | None] = mapped_column(DateTime)

    # Lower-case name, full pinyin, pinyin initials, phones, emails and contact names, for search.
    search_text: Mapped[str] = mapped_column(Text, default="")
    name_key: Mapped[str] = mapped_column(String(200), default="")

    contacts: Mapped[list[Contact]] = relationship(back_populates="customer")
    deals: Mapped[list[Deal]] = relationship(back_populates="customer")
    referred_by: Mapped[Customer | None] = relationship(remote_side="Customer.id")

    __table_args__ = (
        Index("ix_customer_name_key", "name_key"),
        Index("ix_customer_phone_key", "phone_key"),
        Index("ix_customer_tier", "tier"),
        Index("ix_customer_referred_by", "referred_by_id"),
        Index("ix_customer_updated", "updated_at"),
        # The customer list's sorts (app.customers.listing), with the id that breaks ties.
        Index("ix_customer_list_name", "name", "id"),
        Index("ix_customer_list_revenue", "revenue_12m", "id"),
        Index("ix_customer_list_contact", "last_contact_at", "id"),
        Index("ix_customer_list_verified", "info_verified_at", "id"),
        Index("ix_customer_list_industry", "industry", "id"),
        Index("ix_customer_list_city", "city", "id"),
        Index("ix_customer_list_segment", "rfm_segment", "id"),
        Index("ix_customer_list_tier", text(TIER_KEY_SQL), "id"),
        # Covering, live rows only: the board's "customer not deleted" join.
        _live_index("ix_customer_live", "id", "deleted_at"),
        # The few deleted ones: the board's totals take their open deals away (app.pipeline.totals).
        Index("ix_customer_gone", "id", sqlite_where=text("deleted_at IS NOT NULL")),
        # The ABC ranking's names and the book's revenue total (app.segments).
        _live_index("ix_customer_rank", *RANK_COLUMNS),
        # Scored live customers by each figure they are ranked on (app.segments.incremental).
        _scored_index("ix_customer_scored_recency", "last_order_date"),
        _scored_index("ix_customer_scored_frequency", "orders_24m"),
        _scored_index("ix_customer_scored_monetary", "revenue_24m"),
        # The search's (app.customers.search, migration 0012): names starting with the key,
        # haystacks ending with it, and live customers best first for a broad key.
        _live_index("ix_customer_search_head", text("substr(search_text, 1, 8)")),
        _live_index("ix_customer_search_tail", text("substr(search_text, -2)")),
        _live_index("ix_customer_search_last", text("substr(search_text, -1)")),
        _live_index("ix_customer_search_order", text("-revenue_12m"), "name", "id"),
        # The calendar's care reminders look anniversaries up by day of the year (app.visits.care)
        # instead of reading every customer row.
        Index(
            "ix_customer_founded_day",
            text(day_of_year_sql("founded_date")),
            sqlite_where=text("deleted_at IS NULL AND founded_date IS NOT NULL"),
        ),
        Index(
            "ix_customer_cooperation_day",
            text(day_of_year_sql("first_cooperation_date")),
            sqlite_where=text("deleted_at IS NULL AND first_cooperation_date IS NOT NULL"),
        ),
    )

    @hybrid_property
    def effective_tier(self) -> str:
        return effective_tier(self.tier, self.tier_override)

    @effective_tier.inplace.expression
    @classmethod
    def _effective_tier_expression(cls) -> Any:
        return case((cls.tier_override.in_(TIERS), cls.tier_override), else_=cls.tier)


class Contact(Synced, Base):
    """A person at a customer and their role in the buying decision."""

    __tablename__ = "contact"

    customer_id: Mapped[str] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(100))
    title: Mapped[str | None] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20), default="other")
    phone: Mapped[str | None] = mapped_column(String(40))
    phone_key: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    wechat: Mapped[str | None] = mapped_column(String(100))
    birthday: Mapped[date | None] = mapped_column(Date)
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(Text)

    customer: Mapped[Customer] = relationship(back_populates="contacts")

    __table_args__ = (
        Index("ix_contact_customer", "customer_id"),
        Index("ix_contact_phone_key", "phone_key"),
        Index("ix_contact_email", "email"),
        Index(
            "ix_contact_birthday_day",
            text(day_of_year_sql("birthday")),
            sqlite_where=text("deleted_at IS NULL AND birthday IS NOT NULL"),
        ),
    )
