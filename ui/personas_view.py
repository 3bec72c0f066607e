"""Personas: what the customers of each tier and RFM segment look like, readable in a minute."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.labels import label
from app.segments import segment_name
from app.segments.personas import Persona, personas
from ui.context import AppContext, ChangeEvent
from ui.kit.empty_state import EmptyState
from ui.kit.format import format_compact_money, format_count, format_percent
from ui.kit.theme import is_dark
from ui.workers import ReloadTask


def channel_name(code: str) -> str:
    """Name a follow-up channel from the label registry (the code while it has no name)."""
    name = label(f"channel.{code}")
    return code if name == f"channel.{code}" else name


class PersonaCard(QFrame):
    """One tier at a glance: badge, customers, revenue share and the typical customer."""

    def __init__(self, persona: Persona, locale: QLocale) -> None:
        super().__init__(objectName="StatCard")
        badge = QLabel(persona.key, objectName="PersonaBadge")
        badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        badge.setFixedSize(36, 36)
        badge.setProperty("tier", persona.key)
        badge.setProperty("dark", is_dark(self.palette()))
        title = QLabel(self.tr("Tier {0}").format(persona.key), objectName="PersonaTitle")
        count = QLabel(
            self.tr("%Ln customers", "", persona.customers),
            objectName="StatValue",
        )
        share = QLabel(
            self.tr("{0} of 12-month revenue ({1})").format(
                format_percent(locale, persona.revenue_share),
                format_compact_money(locale, persona.revenue_12m),
            ),
            objectName="StatLabel",
        )
        head = QGridLayout()
        head.addWidget(badge, 0, 0, 2, 1)
        head.addWidget(title, 0, 1)
        head.addWidget(count, 1, 1)
        head.setColumnStretch(1, 1)
        facts = QGridLayout()
        facts.setHorizontalSpacing(12)
        for row, (caption, text) in enumerate(describe(persona, locale)):
            key = QLabel(caption, objectName="StatLabel")
            value = QLabel(text, wordWrap=True)
            facts.addWidget(key, row, 0, Qt.AlignmentFlag.AlignTop)
            facts.addWidget(value, row, 1)
        facts.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addLayout(head)
        layout.addWidget(share)
        layout.addSpacing(6)
        layout.addLayout(facts)
        layout.addStretch(1)


def describe(persona: Persona, locale: QLocale) -> list[tuple[str, str]]:
    """Return (caption, text): industries, typical order, buys every, reached by."""

    def pct(share: float) -> str:
        return format_percent(locale, share)

    industries = [
        QCoreApplication.translate("Personas", "{0} {1}").format(name, pct(n / persona.customers))
        for name, n in persona.industries
    ]
    channels = [
        QCoreApplication.translate("Personas", "{0} {1}").format(channel_name(code), pct(share))
        for code, share in persona.channels
    ]
    none = QCoreApplication.translate("Personas", "—")
    interval = persona.median_interval_days
    order = persona.median_order
    return [
        (QCoreApplication.translate("Personas", "Industries"), " · ".join(industries) or none),
        (
            QCoreApplication.translate("Personas", "Typical order"),
            format_compact_money(locale, order) if order else none,
        ),
        (
            QCoreApplication.translate("Personas", "Buys every"),
            QCoreApplication.translate("Personas", "{0} days").format(
                locale.toString(round(interval))
            )
            if interval
            else none,
        ),
        (QCoreApplication.translate("Personas", "Reached by"), " · ".join(channels) or none),
    ]


class PersonasView(QWidget):
    """Tier cards on top, one compact row per RFM segment below."""

    customer_activated = Signal(str)  # no single customer here; kept for the page's wiring
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.locale = ctx, QLocale()

        def work(_progress: object) -> list[Persona]:
            with ctx.db.session() as session:
                return personas(session)

        self.task = ReloadTask(work, self)
        self.task.succeeded.connect(self._show)
        self.task.failed.connect(lambda error: self.status.setText(str(error)))
        self.task.finished.connect(lambda: self.refresh_button.setEnabled(True))
        self.found: list[Persona] = []
        title = QLabel(self.tr("Customer personas"), objectName="PageTitle")
        hint = QLabel(
            self.tr(
                "Who the customers of each tier and RFM segment are: how many, their share of "
                "revenue, their industries, a typical order, how often they buy (last 24 "
                "months) and how you reach them (follow-ups of the last 12 months)."
            ),
            objectName="PageHint",
            wordWrap=True,
        )
        self.status = QLabel(objectName="PageHint")
        self.refresh_button = QPushButton(self.tr("Recalculate"))
        self.refresh_button.clicked.connect(self.reload)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.status)
        head.addWidget(self.refresh_button)
        self.cards = QHBoxLayout()
        self.cards.setSpacing(12)
        self.segments = QTableWidget(0, 7, objectName="PersonaSegments")
        self.segments.setHorizontalHeaderLabels(
            [
                self.tr("RFM segment"),
                self.tr("Customers"),
                self.tr("Revenue share"),
                QCoreApplication.translate("Personas", "Industries"),
                QCoreApplication.translate("Personas", "Typical order"),
                QCoreApplication.translate("Personas", "Buys every"),
                QCoreApplication.translate("Personas", "Reached by"),
            ]
        )
        self.segments.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.segments.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.segments.setAlternatingRowColors(True)
        self.segments.verticalHeader().hide()
        header = self.segments.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(self.cards)
        body_layout.addWidget(QLabel(self.tr("By RFM segment"), objectName="PersonaTitle"))
        body_layout.addWidget(self.segments, 1)
        self.empty = EmptyState(
            self.tr("No personas yet"),
            self.tr("Personas appear once customers have orders. Import orders or add one."),
            icon_name="insights",
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(body)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.addLayout(head)
        layout.addWidget(hint)
        layout.addWidget(self.stack, 1)
        ctx.events.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        """Work the figures out again, in the worker."""
        self.status.setText(self.tr("Calculating…"))
        self.refresh_button.setEnabled(False)
        self.task.request()

    def _on_changed(self, event: ChangeEvent) -> None:
        # Whole-book changes only (imports, recompute); a single edit barely moves a persona.
        if event.touches("*"):
            self.reload()

    def _show(self, found: list[Persona]) -> None:
        self.found = found
        while self.cards.count():
            item = self.cards.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        tiers = [p for p in found if p.by == "tier"]
        for persona in tiers:
            self.cards.addWidget(PersonaCard(persona, self.locale), 1)
        rows = [p for p in found if p.by == "segment"]
        self.segments.setRowCount(len(rows))
        for index, persona in enumerate(rows):
            texts = [
                segment_name(persona.key),
                format_count(self.locale, persona.customers),
                format_percent(self.locale, persona.revenue_share),
                *(text for _caption, text in describe(persona, self.locale)),
            ]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if column in (1, 2, 4, 5):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.segments.setItem(index, column, item)
        has_orders = any(p.median_order for p in found)
        self.stack.setCurrentWidget(self.stack.widget(0) if has_orders else self.empty)
        self.status.setText("")
        self.loaded.emit()
