"""The playbook beside the board: it follows the selected deal's stage, or stays on a pinned section.

Lead and qualified deals get SPIN questions, proposal and negotiation the objection scripts,
closing the closing signals (app.playbook.stages decides); the stage's SOP is one click away.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.labels import label
from app.pipeline import list_stages, stage_label
from app.playbook.entries import Entry, load_entries, technique_texts
from app.playbook.stages import SECTIONS, DealContext, deal_context
from app.playbook.usage import UsageStats, entry_stats, sort_by_success, usage_stats
from ui.context import AppContext, ChangeEvent
from ui.kit.empty_state import EmptyState
from ui.kit.theme import set_tone
from ui.playbook_detail import RATED_KINDS, EntryDetail, group_label, stats_text

if TYPE_CHECKING:
    from ui.pipeline_board import PipelineBoard

ENTRY_ROLE = Qt.ItemDataRole.UserRole
SECTION_BUTTONS = {
    "sop": QT_TRANSLATE_NOOP("PlaybookPanel", "SOP"),
    "spin": QT_TRANSLATE_NOOP("PlaybookPanel", "SPIN"),
    "objection": QT_TRANSLATE_NOOP("PlaybookPanel", "Objections"),
    "closing_signal": QT_TRANSLATE_NOOP("PlaybookPanel", "Closing"),
}
SHOWN = ("playbook_entry", "script_usage")
# A window this wide keeps the five default stage columns whole beside the panel.
WIDE_ENOUGH = 1600


def section_entries(
    entries: list[Entry],
    section: str,
    stage_key: str | None,
    stats: dict[tuple[str, int], UsageStats],
) -> list[Entry]:
    """Return what a section lists: the stage's SOP, SPIN by type, scripts best-working first."""
    chosen = [e for e in entries if e.kind == section]
    if section == "sop":
        return [e for e in chosen if e.group == (stage_key or "lead")]
    if section in RATED_KINDS:
        return sort_by_success(chosen, stats)
    return chosen


class PlaybookPanel(QWidget):
    """Section switch, the section's entries, and the chosen entry in full."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.deal: DealContext | None = None
        self.entries: list[Entry] = []
        self.stats: dict[tuple[str, int], UsageStats] = {}
        pinned = str(ctx.settings.value("playbook_panel/pinned", "") or "")
        self.pinned: str | None = pinned if pinned in SECTIONS else None
        self.section = self.pinned or "spin"

        self.deal_label = QLabel(objectName="PanelDeal", wordWrap=True)
        self.stage_label = QLabel(objectName="PanelStage", wordWrap=True)
        set_tone(self.stage_label, "muted")
        self.follow_button = QToolButton(checkable=True, objectName="ViewSwitch")
        self.follow_button.setText(self.tr("Follow stage"))
        self.follow_button.setToolTip(self.tr("Show what the selected deal's stage needs"))
        self.follow_button.setChecked(self.pinned is None)
        self.follow_button.clicked.connect(self._follow_clicked)
        self.buttons = QButtonGroup(self)
        switch = QHBoxLayout()
        switch.setSpacing(0)
        for section in SECTIONS:
            button = QToolButton(checkable=True, objectName="ViewSwitch")
            button.setText(QCoreApplication.translate("PlaybookPanel", SECTION_BUTTONS[section]))
            button.setToolTip(self.tr("Pin the panel to this section"))
            self.buttons.addButton(button)
            button.clicked.connect(lambda _=False, s=section: self.pin(s))
            button.setProperty("section", section)
            switch.addWidget(button)
        switch.addStretch(1)
        switch.addWidget(self.follow_button)

        self.list = QListWidget(objectName="PlaybookList")
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.currentItemChanged.connect(self._show_current)
        self.empty = EmptyState(
            self.tr("Nothing here yet"),
            self.tr("Add entries on the Playbook page; they show here for this stage."),
        )
        self.detail = EntryDetail(ctx, self.deal_id)
        self.detail.copied.connect(lambda _t: self._notify(self.tr("Copied — paste it in WeChat")))
        self.notice = QLabel(objectName="PanelNotice")
        set_tone(self.notice, "muted")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(self.empty)
        splitter.addWidget(self.detail)
        splitter.setSizes([260, 0, 440])
        self.splitter = splitter

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(6)
        layout.addWidget(self.deal_label)
        layout.addWidget(self.stage_label)
        layout.addLayout(switch)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.notice)
        ctx.events.changed.connect(self._on_changed)
        # Read when first shown or asked for, not while the window is built (the dock is
        # hidden in a window too narrow for it, and its script statistics cost a query).
        self.loaded = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self._load_once()
        super().showEvent(event)

    def _load_once(self) -> None:
        if not self.loaded:
            self.reload()

    # -- state ---------------------------------------------------------------------------
    def deal_id(self) -> str | None:
        return self.deal.deal_id if self.deal else None

    def follow_deal(self, deal_id: str) -> None:
        """Show what the deal's stage needs (an empty id keeps the last deal)."""
        if not deal_id:
            return
        self._load_once()
        with self.ctx.db.session() as session:
            self.deal = deal_context(session, deal_id)
        self._show_deal()
        if self.pinned is None and self.deal is not None:
            self._show_section(self.deal.section)
        elif self.section == "sop":
            self._fill()

    def pin(self, section: str) -> None:
        """Keep the panel on one section whatever the deal's stage."""
        self._load_once()
        self.pinned = section
        self.ctx.settings.setValue("playbook_panel/pinned", section)
        self.follow_button.setChecked(False)
        self._show_section(section)

    def _follow_clicked(self, checked: bool) -> None:
        if not checked:
            self.pin(self.section)
            return
        self.pinned = None
        self.ctx.settings.setValue("playbook_panel/pinned", "")
        self._show_section(self.deal.section if self.deal else self.section)

    def reload(self) -> None:
        """Re-read the entries and how their scripts worked."""
        self.loaded = True
        with self.ctx.db.session() as session:
            self.entries = load_entries(session)
            self.stats = usage_stats(session)
            stages = {s.key: stage_label(s.name, s.name_en) for s in list_stages(session)}
        self.detail.stage_names = stages
        self.detail.techniques = technique_texts(self.ctx.language)
        self._show_deal()
        self._show_section(self.section)

    def _on_changed(self, event: ChangeEvent) -> None:
        if not self.loaded:
            return  # read fresh when first shown
        if event.touches(*SHOWN):
            self.reload()
        elif self.deal and event.touches("deal", "stage"):
            self.follow_deal(self.deal.deal_id)

    # -- showing -------------------------------------------------------------------------
    def _show_deal(self) -> None:
        deal = self.deal
        if deal is None:
            self.deal_label.setText(self.tr("No deal selected"))
            self.stage_label.setText(
                self.tr("Select a deal on the board; the panel follows its stage.")
            )
            return
        self.deal_label.setText(f"<b>{deal.title}</b> · {deal.customer_name}")
        stage = stage_label(deal.stage_name, deal.stage_name_en)
        self.stage_label.setText(
            self.tr("Stage: {0} — suggested: {1}").format(stage, label(f"playbook.{deal.section}"))
        )

    def _show_section(self, section: str) -> None:
        self.section = section
        for button in self.buttons.buttons():
            button.setChecked(button.property("section") == section)
        self._fill()

    def _fill(self) -> None:
        current = self.list.currentItem()
        keep = current.data(ENTRY_ROLE).key if current and current.data(ENTRY_ROLE) else None
        self.list.clear()
        stage_key = self.deal.stage_key if self.deal else None
        shown = section_entries(self.entries, self.section, stage_key, self.stats)
        group = None
        for number, entry in enumerate(shown, 1):
            if self.section == "spin" and entry.group != group:
                group = entry.group
                header = QListWidgetItem(group_label("spin", group))
                header.setFlags(Qt.ItemFlag.NoItemFlags)
                font = header.font()
                font.setBold(True)
                header.setFont(font)
                self.list.addItem(header)
            self.list.addItem(self._item(entry, number))
        self.empty.setVisible(not shown)
        self.list.setVisible(bool(shown))
        self.detail.setVisible(bool(shown))
        # Scripts need room to read; a question or a step is read in the list itself.
        rated = self.section in RATED_KINDS
        self.splitter.setSizes([260, 0, 440] if rated else [560, 0, 140])
        target = next(
            (
                self.list.item(row)
                for row in range(self.list.count())
                if self.list.item(row).data(ENTRY_ROLE) is not None
                and (keep is None or self.list.item(row).data(ENTRY_ROLE).key == keep)
            ),
            None,
        )
        if target is None and shown:
            target = next(
                self.list.item(r)
                for r in range(self.list.count())
                if self.list.item(r).data(ENTRY_ROLE)
            )
        self.list.setCurrentItem(target)
        if target is None:
            self.detail.show_entry(None, self.stats)

    def _item(self, entry: Entry, number: int) -> QListWidgetItem:
        text = entry.text(self.ctx.language)
        words = text.title
        if self.section == "sop":
            words = f"{number}. {words}"
        elif entry.kind in RATED_KINDS:
            found = entry_stats(self.stats, entry.key)
            technique = self.detail.techniques.get(entry.technique or "")
            group = group_label(entry.kind, entry.group)
            if entry.kind == "closing_signal" and technique:
                group = technique[0]
            words = f"{words}\n{group} · {stats_text(self.detail.locale, found)}"
        item = QListWidgetItem(words)
        item.setData(ENTRY_ROLE, entry)
        item.setToolTip(text.title)
        return item

    def _show_current(self, item: QListWidgetItem | None) -> None:
        entry = item.data(ENTRY_ROLE) if item is not None else None
        self.detail.show_entry(entry, self.stats)

    def _notify(self, text: str) -> None:
        self.notice.setText(text)
        QTimer.singleShot(4000, self.notice.clear)

    def shown_keys(self) -> list[str]:
        """Return the keys of the entries listed now (tests and screenshots read them)."""
        self._load_once()
        items = (self.list.item(row) for row in range(self.list.count()))
        return [item.data(ENTRY_ROLE).key for item in items if item.data(ENTRY_ROLE)]


class PlaybookDock(QDockWidget):
    """The panel as a dock of the main window; View ▸ Playbook panel shows or hides it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PlaybookDock")  # saveState() remembers where it is and if it shows
        self.setWindowTitle(self.tr("Playbook"))
        self.setAllowedAreas(
            Qt.DockWidgetArea.RightDockWidgetArea | Qt.DockWidgetArea.LeftDockWidgetArea
        )
        # Shown and hidden from View ▸ Playbook panel only, and only beside the board.
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.panel = PlaybookPanel(ctx, self)
        self.setWidget(self.panel)
        self.setMinimumWidth(360)
        self.ctx = ctx
        self.page = "pipeline"
        # Until the rep chooses, the panel shows only where the five stages still fit beside it.
        stored = ctx.settings.value("playbook_panel/visible")
        self.chosen = stored is not None
        self.toggle_action = QAction(self.tr("Playbook &panel"), self, checkable=True)
        self.toggle_action.setChecked(str(stored).lower() == "true")
        self.toggle_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.toggle_action.toggled.connect(self._toggled)

    def attach(self, window: QMainWindow, board: PipelineBoard) -> None:
        """Dock on the window's right, following the deal selected on the board."""
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self)
        window.resizeDocks([self], [360], Qt.Orientation.Horizontal)
        board.deal_selected.connect(self.panel.follow_deal)

    def _toggled(self, checked: bool) -> None:
        self.chosen = True
        self.ctx.settings.setValue("playbook_panel/visible", checked)
        self.follow_page(self.page)

    def follow_page(self, page: str) -> None:
        """Show the panel beside the board when the rep wants it; hide it on other pages."""
        self.page = page
        window = self.parentWidget()
        if not self.chosen and window is not None:
            self.toggle_action.blockSignals(True)
            self.toggle_action.setChecked(window.width() >= WIDE_ENOUGH)
            self.toggle_action.blockSignals(False)
        self.setVisible(self.toggle_action.isChecked() and page == "pipeline")
