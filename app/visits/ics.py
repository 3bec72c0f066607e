"""Export planned visits and care reminders as an iCalendar file (RFC 5545) for a phone.

One all-day VEVENT per planned visit (UID "<visit id>@repbook") and per anniversary or
birthday (UID from the occasion, day and customer or contact); a festival is one VEVENT that
names how many A/B customers to greet, not one per customer. UIDs depend on the rows only, so
importing a second export into a phone calendar updates the events instead of duplicating them.
Visits alarm at 09:00 the day before; care reminders at 09:00 the lead days before. A planned
visit already overdue is put on today (alarm 09:00), its summary saying how many days late.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from icalendar import Alarm, Calendar, Event
from sqlalchemy.orm import Session

from app import APP_VERSION
from app.db import Database
from app.derived import refresh_if_new_day
from app.i18n import UserMessage, msg
from app.labels import label
from app.private_files import open_private
from app.visits.agenda import visits_between
from app.visits.care import care_between, lead_days
from app.visits.festivals import festivals_between

DEFAULT_DAYS = 30
MAX_DAYS = 366
_DOMAIN = "repbook"
_PAGE = 2000


class CalendarExportError(UserMessage):
    """The calendar file could not be written; str() gives the reason in the user's language."""


@dataclass(frozen=True)
class CalendarExport:
    """What an export wrote: visits, care reminders, where."""

    visits: int
    care: int
    path: Path


def _event(
    uid: str, day: date, summary: str, category: str, alarm: timedelta, now: datetime
) -> Event:
    event = Event()
    event.add("uid", f"{uid}@{_DOMAIN}")
    event.add("dtstamp", now)
    event.add("dtstart", day)
    event.add("dtend", day + timedelta(days=1))
    event.add("summary", summary)
    event.add("categories", [category])
    event.add("transp", "TRANSPARENT")
    reminder = Alarm()
    reminder.add("action", "DISPLAY")
    reminder.add("description", summary)
    reminder.add("trigger", alarm)
    event.add_component(reminder)
    return event


def build_calendar(
    session: Session, today: date, days: int = DEFAULT_DAYS, now: datetime | None = None
) -> tuple[Calendar, int, int]:
    """Build the calendar of planned visits and care reminders from today for `days` days.

    An overdue planned visit is put on today, its summary saying how late it is.
    """
    if not 1 <= days <= MAX_DAYS:
        raise CalendarExportError("calendar.ics.days_range", most=MAX_DAYS)
    now = now or datetime.now(UTC)
    end = today + timedelta(days=days - 1)
    calendar = Calendar()
    calendar.add("prodid", f"-//RepBook {APP_VERSION}//{_DOMAIN}//")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", msg("calendar.ics.name"))
    visits = 0
    after: tuple[date, str] | None = None
    while True:
        # From the oldest overdue visit: a visit still to make belongs on the phone today.
        page = visits_between(session, date.min, end, after=after, limit=_PAGE)
        for visit in page:
            if visit.status != "planned":
                continue
            summary = msg(
                "calendar.ics.visit",
                customer=visit.customer_name,
                tier=visit.tier,
                kind=label(f"visit_kind.{visit.kind}"),
            )
            day, alarm = visit.due_date, -timedelta(hours=15)  # 09:00 the day before
            if day < today:
                late = (today - day).days
                summary = msg("calendar.ics.overdue", days=late, visit=summary)
                day, alarm = today, timedelta(hours=9)  # 09:00 today
            event = _event(visit.id, day, summary, "visit", alarm, now)
            if visit.note:
                event.add("description", visit.note)
            calendar.add_component(event)
            visits += 1
        if len(page) < _PAGE:
            break
        after = (page[-1].due_date, page[-1].id)
    lead = lead_days(session)
    care_alarm = -timedelta(days=lead) + timedelta(hours=9)
    care = 0
    for item in care_between(session, today, end, limit=100_000, festivals=False):
        occasion = label(f"care.{item.occasion}")
        if item.contact_name:
            summary = msg(
                "calendar.ics.care",
                occasion=occasion,
                who=item.contact_name,
                customer=item.customer_name,
            )
        else:  # a company anniversary: the company is the one greeted, named once
            summary = msg("calendar.ics.care_company", occasion=occasion, who=item.customer_name)
        calendar.add_component(_event(item.key, item.occurs_on, summary, "care", care_alarm, now))
        care += 1
    for code, day in festivals_between(today, end):
        summary = msg("calendar.ics.festival", occasion=label(f"care.{code}"))
        uid = f"care-{code}-{day.isoformat()}"
        calendar.add_component(_event(uid, day, summary, "care", care_alarm, now))
        care += 1
    return calendar, visits, care


def export_calendar(
    session: Session, path: Path, today: date | None = None, days: int = DEFAULT_DAYS
) -> CalendarExport:
    """Write the .ics file of the coming days' visits and care reminders (user-only)."""
    calendar, visits, care = build_calendar(session, today or date.today(), days)
    try:
        with open_private(path, "wb") as handle:
            handle.write(calendar.to_ical())
    except OSError as exc:
        raise CalendarExportError(
            "calendar.ics.cannot_write", path=path, cause=exc.strerror or exc
        ) from exc
    return CalendarExport(visits, care, path)


def export_book(db: Database, path: Path, days: int = DEFAULT_DAYS) -> str:
    """Export a book's calendar after the day's derived pass; return the line to show."""
    # The command has no --force: it may only replace a calendar, never the book or a document.
    if path.suffix.lower() != ".ics":
        raise CalendarExportError("calendar.ics.not_ics", path=path)
    if path.resolve() == Path(db.path).resolve():
        raise CalendarExportError("calendar.ics.is_database", path=path)
    refresh_if_new_day(db)
    with db.session() as session:
        done = export_calendar(session, path, days=days)
    return msg("calendar.cli_done", visits=done.visits, care=done.care, path=done.path)
