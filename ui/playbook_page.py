"""The Playbook page: browse by kind and category, search as you type, copy, rate, edit, retire.

Message templates and complaints are tabs of the same page (ui.template_view,
ui.complaints_view).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.labels import label
from app.pipeline import list_stages, stage_label
from app.playbook.content import STAGE_KEYS
from app.playbook.entries import (
    KINDS,
    Entry,
    load_entries,
    restore_entry,
    retire_entry,
    technique_texts,
)
from app.playbook.search import SEARCH_ORDER, search_entries
from app.playbook.sync import content_problems
from app.playbook.usage import UsageStats, entry_stats, usage_stats
from ui.complaints_view import ComplaintsView
from ui.context import AppContext, ChangeEvent
from ui.icons import icon
from ui.kit.empty_state import EmptyState
from ui.kit.format import format_count, format_percent
from ui.kit.theme import set_tone
from ui.playbook_detail import EntryDetail, group_label
from ui.playbook_editor import EntryEditor
from ui.template_view import TemplateView

ENTRY_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("entry", "group", "uses", "success")
SPIN_GROUPS = ("situation", "problem", "implication", "need_payoff")
CATEGORY_GROUPS = (
    "price", "budget", "timing", "competitor", "authority", "need", "trust", "product_fit",
    "payment_terms",
)  # fmt: skip


class SortableItem(QTreeWidgetItem):
    """A row that sorts each column by its SORT_ROLE value (numbers as numbers)."""

    def __lt__(self, other: QTreeWidgetItem) -> bool:
        column = self.treeWidget().sortColumn() if self.treeWidget() else 0
        mine, theirs = self.data(column, SORT_ROLE), other.data(column, SORT_ROLE)
        if mine is None or theirs is None:
            return super().__lt__(other)
        return bool(mine < theirs)


class PlaybookBrowser(QWidget):
    """Sections on the left, matching entries in the middle, the chosen one on the right."""

    dialog_opened = Signal(object)

    def __init__(
        self, ctx: AppContext, deal_id: Callable[[], str | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entries: list[Entry] = []
        self.stats: dict[tuple[str, int], UsageStats] = {}
        self.stage_names: dict[str, str] = {}
        self.active_dialog: EntryEditor | None = None
        self.search_edit = QLineEdit(clearButtonEnabled=True)
        self.search_edit.setPlaceholderText(
            self.tr("Search the playbook: Chinese, pinyin (jgtg) or English")
        )
        self.search_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.fill)
        self.retired_check = QCheckBox(self.tr("Show retired"))
        self.retired_check.toggled.connect(lambda _c: self.reload())
        self.new_button = QPushButton(icon("add"), self.tr("New entry…"))
        self.new_button.clicked.connect(self.new_entry)
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.retired_check)
        top.addWidget(self.new_button)

        self.sections = QTreeWidget(objectName="PlaybookSections")
        self.sections.setHeaderHidden(True)
        self._build_sections()
        self.sections.currentItemChanged.connect(lambda *_: self.fill())
        self.table = QTreeWidget(objectName="PlaybookTable")
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels(
            [self.tr("Entry"), self.tr("Group"), self.tr("Uses"), self.tr("Helped")]
        )
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.currentItemChanged.connect(self._show_current)
        self.empty = EmptyState(
            self.tr("No entries match"),
            self.tr("Try fewer words, pinyin initials, or add your own entry."),
            icon_name="playbook",
        )
        self.empty.add_action(self.tr("New entry…"), self.new_entry, primary=True)
        self.middle = QStackedWidget()
        self.middle.addWidget(self.table)
        self.middle.addWidget(self.empty)
        self.detail = EntryDetail(ctx, deal_id)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_entry)
        self.retire_button = QPushButton(self.tr("Retire"))
        self.retire_button.setToolTip(self.tr("Hide it from the lists; its usage is kept"))
        self.retire_button.clicked.connect(self.toggle_retired)
        self.notice = QLabel()
        set_tone(self.notice, "muted")
        self.detail.copied.connect(lambda _t: self.notice.setText(self.tr("Copied")))
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.retire_button)
        buttons.addStretch(1)
        buttons.addWidget(self.notice)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail, 1)
        right_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(self.sections)
        splitter.addWidget(self.middle)
        splitter.addWidget(right)
        splitter.setSizes([190, 560, 520])
        self.problems = QLabel(objectName="ContentProblems", wordWrap=True)
        set_tone(self.problems, "warning")
        problems = content_problems()
        self.problems.setText("\n".join(problems))
        self.problems.setVisible(bool(problems))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.problems)
        layout.addWidget(splitter, 1)
        ctx.events.changed.connect(self._on_changed)
        self.reload()

    def _build_sections(self) -> None:
        every = QTreeWidgetItem([self.tr("All entries")])
        every.setData(0, ENTRY_ROLE, (None, None))
        self.sections.addTopLevelItem(every)
        groups = {"sop": STAGE_KEYS, "spin": SPIN_GROUPS, "objection": CATEGORY_GROUPS}
        with self.ctx.db.session() as session:
            stages = {s.key: stage_label(s.name, s.name_en) for s in list_stages(session)}
        for kind in sorted(KINDS, key=lambda k: SEARCH_ORDER.get(k, 9)):
            top = QTreeWidgetItem([label(f"playbook.{kind}")])
            top.setData(0, ENTRY_ROLE, (kind, None))
            self.sections.addTopLevelItem(top)
            for group in groups.get(kind, ()):
                name = stages.get(group, group) if kind == "sop" else group_label(kind, group)
                child = QTreeWidgetItem([name])
                child.setData(0, ENTRY_ROLE, (kind, group))
                top.addChild(child)
        self.sections.expandAll()
        self.sections.setCurrentItem(every)

    # -- data ----------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read entries and usage, keep the selection."""
        with self.ctx.db.session() as session:
            self.entries = load_entries(session, include_retired=self.retired_check.isChecked())
            self.stats = usage_stats(session)
            self.stage_names = {s.key: stage_label(s.name, s.name_en) for s in list_stages(session)}
        self.detail.stage_names = self.stage_names
        self.detail.techniques = technique_texts(self.ctx.language)
        self.fill()

    def _on_changed(self, event: ChangeEvent) -> None:
        if event.touches("playbook_entry", "script_usage"):
            self.reload()

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def visible_entries(self) -> list[Entry]:
        """Return the entries the section and the search let through, best match first."""
        current = self.sections.currentItem()
        kind, group = current.data(0, ENTRY_ROLE) if current else (None, None)
        pool = [
            e
            for e in self.entries
            if (kind is None or e.kind == kind) and (group is None or e.group == group)
        ]
        query = self.search_edit.text().strip()
        if not query:  # what a rep on the phone needs first: objections, closing, SPIN, SOP
            return sorted(pool, key=lambda e: SEARCH_ORDER.get(e.kind, 9))
        return search_entries(pool, query)

    def fill(self) -> None:
        """List the visible entries with their use count and success rate."""
        current = self.table.currentItem()
        keep = current.data(0, ENTRY_ROLE).key if current else None
        shown = self.visible_entries()
        searching = bool(self.search_edit.text().strip())
        self.table.setSortingEnabled(False)
        self.table.clear()
        locale = self.detail.locale
        target = None
        for rank, entry in enumerate(shown):
            found = entry_stats(self.stats, entry.key)
            title = entry.text(self.ctx.language).title
            if entry.retired:
                title = self.tr("{0} (retired)").format(title)
            item = SortableItem(
                [
                    title,
                    group_label(entry.kind, entry.group, self.stage_names),
                    format_count(locale, found.uses) if found.uses else "",
                    format_percent(locale, found.rate) if found.rate is not None else "—",
                ]
            )
            item.setToolTip(0, title)
            item.setData(0, ENTRY_ROLE, entry)
            item.setData(0, SORT_ROLE, -rank if searching else title)
            item.setData(1, SORT_ROLE, (entry.kind, entry.group, entry.position))
            item.setData(2, SORT_ROLE, found.uses)
            rate = -1.0 if found.rate is None else found.rate
            item.setData(3, SORT_ROLE, (rate, found.uses, -rank))
            self.table.addTopLevelItem(item)
            if entry.key == keep:
                target = item
        self.table.setSortingEnabled(True)
        if searching:
            self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # best match first
        self.middle.setCurrentIndex(0 if shown else 1)
        self.table.setCurrentItem(target or self.table.topLevelItem(0))
        if not shown:
            self._show_current(None)

    def _show_current(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        entry = item.data(0, ENTRY_ROLE) if item is not None else None
        self.detail.show_entry(entry, self.stats)
        self.edit_button.setEnabled(entry is not None)
        self.retire_button.setEnabled(entry is not None)
        retired = entry is not None and entry.retired
        self.retire_button.setText(self.tr("Restore") if retired else self.tr("Retire"))

    def current_entry(self) -> Entry | None:
        item = self.table.currentItem()
        return item.data(0, ENTRY_ROLE) if item is not None else None

    # -- editing -------------------------------------------------------------------------
    def _open(self, dialog: EntryEditor) -> None:
        self.active_dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.dialog_opened.emit(dialog)

    def new_entry(self) -> None:
        """Open the editor for an entry of the rep's own, in the section shown."""
        current = self.sections.currentItem()
        kind, group = current.data(0, ENTRY_ROLE) if current else (None, None)
        self._open(EntryEditor(self.ctx, None, kind or "objection", group, self))

    def edit_entry(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self._open(EntryEditor(self.ctx, entry, entry.kind, entry.group, self))

    def toggle_retired(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        row_id, title = entry.row_id(self.ctx.language), entry.text(self.ctx.language).title
        if entry.retired:
            text = self.tr("Restore “{0}”").format(title)
            self.ctx.commands.run(text, lambda s: restore_entry(s, row_id), source=self)
        else:
            text = self.tr("Retire “{0}”").format(title)
            self.ctx.commands.run(text, lambda s: retire_entry(s, row_id), source=self)
            self.notice.setText(self.tr("Retired — Ctrl+Z to undo"))


class PlaybookPage(QWidget):
    """Scripts, message templates and complaints, one tab each."""

    def __init__(
        self, ctx: AppContext, deal_id: Callable[[], str | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.browser = PlaybookBrowser(ctx, deal_id)
        self.templates = TemplateView(ctx, deal_id)
        self.complaints = ComplaintsView(ctx)
        self.tabs = QTabWidget(objectName="PlaybookTabs")
        self.tabs.addTab(self.browser, icon("playbook"), self.tr("Scripts"))
        self.tabs.addTab(self.templates, icon("copy"), self.tr("Message templates"))
        self.tabs.addTab(self.complaints, icon("warning"), self.tr("Complaints"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.browser)
        self.browser.focus_search()
