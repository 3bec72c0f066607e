"""The one formatting module: money, amounts, percentages, dates, relative days, overdue text.

Numbers and dates follow the QLocale passed in (a widget keeps the locale it was built with);
words go through Qt translation in the "Format" context.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app.models.types import plain_amount

__all__ = [
    "SYMBOLS",
    "format_compact_money",
    "format_count",
    "format_date",
    "format_day",
    "format_money",
    "format_month",
    "format_overdue",
    "format_percent",
    "money_digits",
    "plain_amount",
    "relative_days",
    "relative_time",
]

HALF_A_YEAR = 180  # days: how near a day on a card is shown without its year
SYMBOLS = {"CNY": "¥", "USD": "$", "EUR": "€", "HKD": "HK$", "JPY": "JP¥", "GBP": "£"}
_CHINESE_STEPS = ((1e8, "亿"), (1e4, "万"))
_WESTERN_STEPS = ((1e9, "B"), (1e6, "M"), (1e3, "K"))


def _chinese(locale: QLocale) -> bool:
    return locale.language() == QLocale.Language.Chinese


def _symbol(currency: str) -> str:
    return SYMBOLS.get(currency, currency + " ")


def format_money(
    locale: QLocale, amount: Decimal, currency: str = "CNY", digits: int | None = None
) -> str:
    """Format an amount with its currency and the locale's separators: ¥12,800 or ¥12,800.50.

    Cents show when the amount has them, or always / never with digits 2 / 0: a column of
    amounts shows them all alike (money_digits), and totals over months (12-month revenue,
    money at stake) show whole yuan, as the customer cards' 万 figures do.
    """
    if digits is None:
        digits = money_digits([amount])
    return locale.toCurrencyString(float(amount), _symbol(currency), digits)


def money_digits(amounts: Iterable[Decimal | float | int | None]) -> int:
    """Return 2 when any of the amounts has cents, else 0: the decimals a column shows."""
    for amount in amounts:
        if amount is not None and Decimal(str(amount)) != int(amount):
            return 2
    return 0


def format_compact_money(locale: QLocale, amount: Decimal, currency: str = "CNY") -> str:
    """Format an amount to three figures for tight spaces: ¥1.28万, ¥3.5亿 / ¥12.8K, ¥1.3M.

    Amounts below the smallest unit (万 in Chinese, K in English) are shown in full.
    """
    value = abs(float(amount))
    sign = "-" if amount < 0 else ""
    steps = _CHINESE_STEPS if _chinese(locale) else _WESTERN_STEPS
    if value < steps[-1][0]:
        return format_money(locale, amount, currency)
    for size, suffix in steps:
        scaled = value / size
        digits = 2 if scaled < 10 else 1 if scaled < 100 else 0
        # 999,999 rounds to 1000K: let the bigger unit take it ("1M"), as it would 1,000,000.
        if round(scaled, digits) < 1:
            continue
        text = locale.toString(scaled, "f", digits)
        if digits:
            text = text.rstrip("0").rstrip(locale.decimalPoint())
        return f"{sign}{_symbol(currency)}{text}{suffix}"
    raise AssertionError("unreachable: the smallest unit always fits")


def format_count(locale: QLocale, count: int) -> str:
    """Format a whole number with the locale's thousands separators: 12,800."""
    return locale.toString(count)


def format_percent(locale: QLocale, ratio: float, digits: int = 0) -> str:
    """Format a ratio (0.35) as a percentage by locale: 35% (35.0% with one digit)."""
    return locale.toString(ratio * 100, "f", digits) + locale.percent()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def format_day(locale: QLocale, day: date, today: date | None = None, *, card: bool = False) -> str:
    """Format a date briefly: Mar 15 / 3月15日 in this year, Jan 10, 2027 / 2027年1月10日 outside it.

    In lists the year shows for any other year, so a column sorted by date never reads
    "2月12日, 1月10日, 12月21日" across a new year. On a card (card=True), a line of its own
    with little room, a day within half a year leaves the year out: next February's visit is
    plainly next February.
    """
    today = today or date.today()
    chinese = _chinese(locale)
    near = abs((day - today).days) <= HALF_A_YEAR if card else day.year == today.year
    if near:
        pattern = "M月d日" if chinese else "MMM d"
    else:
        pattern = "yyyy年M月d日" if chinese else "MMM d, yyyy"
    return locale.toString(_qdate(day), pattern)


def format_date(
    locale: QLocale, day: date, *, long: bool = False, today: date | None = None
) -> str:
    """Format a date by locale: short as format_day, long always with the year (March 15, 2026)."""
    if not long:
        return format_day(locale, day, today)
    pattern = "yyyy年M月d日" if _chinese(locale) else "MMMM d, yyyy"
    return locale.toString(_qdate(day), pattern)


def format_month(locale: QLocale, year: int, month: int) -> str:
    """Format a calendar month by locale: 2026年3月 / Mar 2026."""
    pattern = "yyyy年M月" if _chinese(locale) else "MMM yyyy"
    return locale.toString(QDate(year, month, 1), pattern)


def relative_days(day: date, today: date | None = None) -> str:
    """Say how far a day is from today: today, tomorrow, in 3 days, yesterday, 3 days ago."""
    delta = (day - (today or date.today())).days
    if delta == 0:
        return QCoreApplication.translate("Format", "today")
    if delta == 1:
        return QCoreApplication.translate("Format", "tomorrow")
    if delta == -1:
        return QCoreApplication.translate("Format", "yesterday")
    if delta > 1:
        return QCoreApplication.translate("Format", "in {0} days").format(delta)
    return QCoreApplication.translate("Format", "{0} days ago").format(-delta)


def relative_time(moment: datetime, now: datetime | None = None) -> str:
    """Say how long ago (or ahead) a moment is, in calendar days: today, 3 days ago."""
    now = now or datetime.now(moment.tzinfo)
    return relative_days(moment.date(), now.date())


def format_overdue(days: int) -> str:
    """Say how late something is: 1 day overdue / 3 days overdue (逾期 3 天)."""
    if days == 1:
        return QCoreApplication.translate("Format", "1 day overdue")
    return QCoreApplication.translate("Format", "{0} days overdue").format(days)
