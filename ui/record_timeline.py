"""The record's timeline: every follow-up, newest first, filtered by channel, a page at a time."""

from __future__ import annotations

from datetime import UTC

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.customers.profile import TIMELINE_PAGE, TimelineEntry, timeline
from app.db import Database
from app.labels import activity_kind_label, channel_label
from app.vocab import CHANNELS
from ui.kit.format import format_day

COLUMNS = 7


class TimelineSection(QWidget):
    """Follow-ups of one customer as a table; "Show older" fetches the next page."""

    def __init__(
        self, db: Database, customer_id: str, locale: QLocale, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.customer_id, self.locale = db, customer_id, locale
        self.entries: list[TimelineEntry] = []
        self.channel_combo = QComboBox()
        self.channel_combo.addItem(self.tr("All channels"), None)
        for code in CHANNELS:
            self.channel_combo.addItem(channel_label(code), code)
        self.channel_combo.activated.connect(lambda _index: self.reload())
        self.table = QTableWidget(0, COLUMNS, objectName="TimelineTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Channel"),
                self.tr("Kind"),
                self.tr("Contact"),
                self.tr("Summary"),
                self.tr("Customer feedback"),
                self.tr("Next step"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(4, header.ResizeMode.Stretch)  # the summary takes the room
        self.more_button = QPushButton(self.tr("Show older"))
        self.more_button.clicked.connect(self.fetch_more)
        self.empty = QLabel(self.tr("No follow-ups yet — log one with “Log follow-up”."))
        self.empty.setObjectName("EmptyStateHint")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Channel")))
        top.addWidget(self.channel_combo)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.more_button)

    def reload(self) -> None:
        """Show the newest page again (after a follow-up was logged, or the filter changed)."""
        self.entries = []
        self.table.setRowCount(0)
        self.fetch_more()

    def fetch_more(self) -> None:
        with self.db.session() as session:
            page = timeline(
                session,
                self.customer_id,
                channel=self.channel_combo.currentData(),
                after=self.entries[-1] if self.entries else None,
            )
        start = len(self.entries)
        self.entries.extend(page)
        self.table.setRowCount(len(self.entries))
        for n, entry in enumerate(page, start):
            local = entry.occurred_at.replace(tzinfo=UTC).astimezone()  # stored in UTC
            when = format_day(self.locale, local.date()) + " " + local.strftime("%H:%M")
            kind = activity_kind_label(entry.kind)
            if entry.intent_level:
                kind += " · " + self.tr("intent {0}/5").format(entry.intent_level)
            about = entry.contact_name or ""
            if entry.deal_title:
                about = f"{about} · {entry.deal_title}" if about else entry.deal_title
            cells = (
                when,
                channel_label(entry.channel),
                kind,
                about,
                entry.summary,
                entry.feedback or "",
                entry.next_step or "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(n, column, item)
        for column in (0, 1, 2, 3, 5, 6):
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))
        self.more_button.setVisible(len(page) == TIMELINE_PAGE)
        self.empty.setVisible(not self.entries)
        self.table.setVisible(bool(self.entries))

    def top_summary(self) -> str | None:
        """The newest entry's summary (what a rep sees first)."""
        return self.entries[0].summary if self.entries else None
