"""One playbook entry, as a rep reads it on the phone: the words, one-click copy, how it worked."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.labels import label
from app.playbook.entries import Entry
from app.playbook.usage import DID_NOT_HELP, HELPED, UsageStats, record_use, script_order
from ui.context import AppContext
from ui.icons import icon
from ui.kit.format import format_percent
from ui.kit.theme import set_tone

# Kinds whose scripts a rep says to a customer and rates afterwards.
RATED_KINDS = ("objection", "closing_signal")


def group_label(kind: str, group: str, stage_names: dict[str, str] | None = None) -> str:
    """Return the name of an entry's group: its category, SPIN type or stage."""
    if kind == "closing_signal":
        return label("playbook.closing_signal")
    if kind == "sop":
        return (stage_names or {}).get(group, group)
    prefix = {"objection": "objection", "spin": "spin"}.get(kind)
    return label(f"{prefix}.{group}") if prefix else group


def stats_text(locale: QLocale, stats: UsageStats) -> str:
    """Say how a script worked: "Not used yet", "Used 4× · 75% helped"."""
    if not stats.uses:
        return QCoreApplication.translate("PlaybookDetail", "Not used yet")
    used = QCoreApplication.translate("PlaybookDetail", "Used {0}×").format(stats.uses)
    if stats.rate is None:
        return used
    helped = QCoreApplication.translate("PlaybookDetail", "{0} helped").format(
        format_percent(locale, stats.rate)
    )
    return f"{used} · {helped}"


class ScriptRow(QFrame):
    """One script: its words, Copy, and "used on this deal": helped / did not help."""

    def __init__(self, text: str, rated: bool, stats: UsageStats, locale: QLocale) -> None:
        super().__init__(objectName="ScriptRow")
        self.text_label = QLabel(text, objectName="ScriptText", wordWrap=True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton(icon("copy"), self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy to the clipboard, ready to paste into WeChat"))
        self.helped_button = QPushButton(self.tr("Helped"))
        self.helped_button.setToolTip(self.tr("Used on this deal and it helped"))
        self.not_helped_button = QPushButton(self.tr("Didn't help"))
        self.not_helped_button.setToolTip(self.tr("Used on this deal and it did not help"))
        self.stats_label = QLabel(stats_text(locale, stats), objectName="ScriptStats")
        set_tone(self.stats_label, "muted")
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.copy_button)
        for widget in (self.helped_button, self.not_helped_button):
            widget.setVisible(rated)
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.stats_label)
        self.stats_label.setVisible(rated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        layout.addWidget(self.text_label)
        layout.addLayout(buttons)


class EntryDetail(QScrollArea):
    """The selected entry in full; scripts best-working first; copy and rate in one click."""

    copied = Signal(str)  # the text put on the clipboard
    rated = Signal()

    def __init__(
        self,
        ctx: AppContext,
        deal_id: Callable[[], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        self.ctx = ctx
        self.deal_id = deal_id
        self.locale = QLocale()
        self.entry: Entry | None = None
        self.rows: list[ScriptRow] = []
        self.body = QWidget(objectName="EntryDetail")
        self.layout_ = QVBoxLayout(self.body)
        self.layout_.setContentsMargins(4, 4, 4, 4)
        self.layout_.setSpacing(8)
        self.setWidget(self.body)
        self.techniques: dict[str, tuple[str, str]] = {}
        self.stage_names: dict[str, str] = {}

    def _clear(self) -> None:
        def empty(layout: QLayout) -> None:
            while layout.count():
                item = layout.takeAt(0)
                if item.widget():
                    item.widget().deleteLater()
                elif item.layout():
                    empty(item.layout())

        empty(self.layout_)
        self.rows = []

    def _heading(self, text: str) -> None:
        self.layout_.addWidget(QLabel(text, objectName="DetailHeading"))

    def _paragraph(self, text: str, name: str = "DetailText") -> QLabel:
        widget = QLabel(text, objectName=name, wordWrap=True)
        widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout_.addWidget(widget)
        return widget

    def show_entry(self, entry: Entry | None, stats: dict[tuple[str, int], UsageStats]) -> None:
        """Show an entry (None: nothing), its scripts ordered by how well they worked."""
        self._clear()
        self.entry = entry
        if entry is None:
            self.layout_.addStretch(1)
            return
        text = entry.text(self.ctx.language)
        self._paragraph(text.title, "DetailTitle")
        self._paragraph(group_label(entry.kind, entry.group, self.stage_names), "DetailGroup")
        if text.concern:
            self._heading(self.tr("The concern behind it"))
            self._paragraph(text.concern)
        rated = entry.kind in RATED_KINDS
        scripts = [
            (i, text.scripts[i]) for i in script_order(entry, stats) if i < len(text.scripts)
        ]
        if not scripts and not rated:  # a question or a step: copy the line itself
            button = QPushButton(icon("copy"), self.tr("Copy"))
            button.clicked.connect(lambda _=False, w=text.title: self.copy(w))
            self.copy_button = button
            row = QHBoxLayout()
            row.addWidget(button)
            row.addStretch(1)
            self.layout_.addLayout(row)
        if scripts:
            self._heading(self.tr("What to say"))
        for index, words in scripts:
            found = stats.get((entry.key, index), UsageStats())
            row = ScriptRow(words, rated and index >= 0, found, self.locale)
            row.copy_button.clicked.connect(lambda _=False, w=words: self.copy(w))
            row.helped_button.clicked.connect(lambda _=False, i=index: self.rate(i, HELPED))
            row.not_helped_button.clicked.connect(
                lambda _=False, i=index: self.rate(i, DID_NOT_HELP)
            )
            self.rows.append(row)
            self.layout_.addWidget(row)
        if text.follow_up:
            self._heading(self.tr("Then ask"))
            self._paragraph(text.follow_up)
        technique = self.techniques.get(entry.technique or "")
        if technique:
            self._heading(self.tr("Technique"))
            self._paragraph(f"<b>{technique[0]}</b><br>{technique[1]}")
        self.layout_.addStretch(1)

    def copy(self, text: str) -> None:
        """Put a script on the clipboard."""
        QGuiApplication.clipboard().setText(text)
        self.copied.emit(text)

    def rate(self, index: int, outcome: str) -> None:
        """Record "used on this deal" with how it went (undoable)."""
        if self.entry is None:
            return
        row_id, deal_id = self.entry.row_id(self.ctx.language), self.deal_id()
        text = self.tr("Script helped") if outcome == HELPED else self.tr("Script did not help")
        if self.ctx.commands.run(
            text, lambda s: record_use(s, row_id, index, deal_id, outcome), source=self
        ):
            self.rated.emit()
