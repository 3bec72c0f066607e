"""The main window: navigation between the screens, menus, status bar, remembered layout."""

from __future__ import annotations

from decimal import Decimal
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from app import APP_VERSION
from app import db as database
from app.customers.records import create_customer
from app.summary import playbook_entry_count, summarize
from ui.context import AppContext, ChangeEvent
from ui.customer_editor import CustomerEditor
from ui.customers_page import CustomersPage
from ui.demo_loader import load_demo
from ui.export_dialog import ExportDialog
from ui.icons import icon
from ui.import_wizard import ImportWizard
from ui.kit.format import format_count, format_money, format_percent
from ui.overview_page import OverviewPage
from ui.pipeline_board import PipelineBoard
from ui.playbook_page import PlaybookPage
from ui.playbook_panel import PlaybookDock
from ui.visit_calendar import VisitCalendar
from ui.workers import BackgroundTask

PAGES = ("pipeline", "customers", "calendar", "playbook", "insights")
# Kinds of row the headline counts read; a change to anything else leaves them as they are.
COUNTED = (
    "customer",
    "contact",
    "deal",
    "activity",
    "sales_order",
    "payment",
    "visit_plan",
    "playbook_entry",
    "complaint",
)


class MainWindow(QMainWindow):
    """Navigation list on the left, the chosen screen on the right."""

    language_change_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("RepBook — {0}").format(ctx.db.path.name))
        self.setMinimumSize(QSize(760, 520))
        self.locale = QLocale()
        self.summary: dict[str, Any] = {}
        self.active_dialog: QWidget | None = None

        self.navigation = QListWidget(objectName="NavigationList")
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setFixedWidth(176)
        self.navigation.setSpacing(3)
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        for key, (title, hint, stats) in self._page_specs().items():
            page = self._make_page(key, title, hint, stats)
            self.pages[key] = page
            self.stack.addWidget(page)
            item = QListWidgetItem(icon(key), title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(0, 40))
            self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.counts_label = QLabel()
        self.statusBar().addWidget(self.counts_label, 1)
        self.statusBar().addPermanentWidget(QLabel(str(ctx.db.path)))
        # The playbook beside the board follows the selected deal; saveState remembers it.
        self.playbook_dock = PlaybookDock(ctx, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.playbook_dock)
        self.resizeDocks([self.playbook_dock], [360], Qt.Orientation.Horizontal)
        self.board.deal_selected.connect(self.playbook_dock.panel.follow_deal)
        self.navigation.currentRowChanged.connect(
            lambda _row: self.playbook_dock.follow_page(self.current_page())
        )
        self._build_menus()
        first_steps = self.board.first_steps
        first_steps.import_requested.connect(self.open_import)
        first_steps.new_customer_requested.connect(self.new_customer)
        first_steps.demo_requested.connect(lambda: load_demo(self, self.ctx))
        # Counting a large book takes a moment: it happens off the GUI thread, after the window
        # is up; a change announced meanwhile queues one more count.
        self._summary_task = BackgroundTask(self._read_summary, self)
        self._summary_task.succeeded.connect(self.show_summary)
        self._summary_task.finished.connect(self._summary_read)
        self._summary_stale = False
        ctx.events.changed.connect(self._on_data_changed)
        self._restore_layout()
        self.refresh()

    # -- pages -----------------------------------------------------------------------------
    def _make_page(self, key: str, title: str, hint: str, stats: Any) -> QWidget:
        if key == "pipeline":
            self.board = PipelineBoard(self.ctx)
            return self.board
        if key == "playbook":
            self.playbook_page = PlaybookPage(self.ctx, lambda: self.playbook_dock.panel.deal_id())
            return self.playbook_page
        if key == "calendar":
            self.calendar = VisitCalendar(self.ctx)
            self.calendar.reminders_changed.connect(self._badge_calendar)
            return self.calendar
        if key == "customers":
            self.customers = CustomersPage(self.ctx)
            self.customers.new_customer_requested.connect(self.new_customer)
            return self.customers
        if key == "insights":
            from ui.insights_view import InsightsView

            return InsightsView(self.ctx)
        return OverviewPage(title, hint, stats)

    def _badge_calendar(self, count: int) -> None:
        # The navigation item exists once the page is built; the count follows its title.
        item = self.navigation.item(PAGES.index("calendar"))
        if item is not None:
            title = self._page_specs()["calendar"][0]
            item.setText(f"{title}  ({count})" if count else title)

    def _page_specs(self) -> dict[str, tuple[str, str, Any]]:
        n = partial(format_count, self.locale)
        money = self._money
        return {
            "pipeline": (
                self.tr("Pipeline"),
                self.tr("Open deals by stage. Drag a card to move it; Ctrl+N adds a deal."),
                lambda s: [
                    (self.tr("Open deals"), n(s["deals"]["open"])),
                    (self.tr("Won deals"), n(s["deals"]["won"])),
                    (self.tr("Lost deals"), n(s["deals"]["lost"])),
                    (self.tr("Open pipeline value"), money(s.get("open_amount", 0))),
                ],
            ),
            "customers": (
                self.tr("Customers"),
                self.tr("Your book of business, tiered A/B/C by revenue and scored by RFM."),
                lambda s: [
                    (self.tr("Customers"), n(s["customers"])),
                    (self.tr("Contacts"), n(s["contacts"])),
                    (self.tr("A tier (key accounts)"), n(s["tiers"]["A"])),
                    (self.tr("B tier"), n(s["tiers"]["B"])),
                    (self.tr("C tier"), n(s["tiers"]["C"])),
                    (self.tr("At risk of churn"), n(s["at_risk"])),
                ],
            ),
            "calendar": (
                self.tr("Calendar"),
                self.tr("Planned visits and care reminders, by tier cadence."),
                lambda s: [
                    (self.tr("Visits due in the next 7 days"), n(s["visits_due_7d"])),
                    (self.tr("Overdue visits"), n(s["visits_overdue"])),
                    (self.tr("Activities logged"), n(s["activities"])),
                ],
            ),
            "playbook": (
                self.tr("Playbook"),
                self.tr("Objection scripts, SPIN questions, closing signals and stage SOPs."),
                lambda s: [
                    (self.tr("Playbook entries"), n(s.get("playbook_entries", 0))),
                    (self.tr("Open deals to prepare for"), n(s["deals"]["open"])),
                ],
            ),
            "insights": (
                self.tr("Insights"),
                self.tr("Funnel, stage durations and the bottleneck, receivables and goals."),
                lambda s: [
                    (self.tr("Orders"), n(s["orders"])),
                    (self.tr("Receivables"), n(s["payments"])),
                    (self.tr("Win rate"), self._percent(s["deals"])),
                ],
            ),
        }

    def _money(self, amount: Any) -> str:
        return format_money(self.locale, Decimal(str(amount)))

    def _percent(self, deals: dict[str, int]) -> str:
        closed = deals["won"] + deals["lost"]
        return "—" if not closed else format_percent(self.locale, deals["won"] / closed, 1)

    def current_page(self) -> str:
        item = self.navigation.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else PAGES[0]

    def show_page(self, key: str) -> None:
        self.navigation.setCurrentRow(list(self.pages).index(key))

    # -- data ------------------------------------------------------------------------------
    def _on_data_changed(self, event: ChangeEvent) -> None:
        if event.touches(*COUNTED):
            self.refresh()

    def refresh(self) -> None:
        """Re-read the headline counts in the background for the overview pages and status bar."""
        if self._summary_task.is_running():
            self._summary_stale = True
        else:
            self._summary_task.start()

    def _read_summary(self, _progress: Any) -> dict[str, Any]:
        with self.ctx.db.session() as session:
            summary = summarize(session)
            summary["open_amount"] = summary["money"]["open_pipeline"]
            summary["playbook_entries"] = playbook_entry_count(session)
        return summary

    def _summary_read(self) -> None:
        if self._summary_stale:
            self._summary_stale = False
            self.refresh()

    def show_summary(self, summary: dict[str, Any]) -> None:
        """Show headline counts on every overview page and the status bar."""
        self.summary = summary
        for page in self.pages.values():
            if isinstance(page, OverviewPage):
                page.show_summary(summary)
        n = partial(format_count, self.locale)
        self.counts_label.setText(
            self.tr("{0} customers · {1} open deals · {2} visits overdue").format(
                n(summary["customers"]), n(summary["deals"]["open"]), n(summary["visits_overdue"])
            )
        )

    # -- menus -----------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.import_action = QAction(icon("import"), self.tr("&Import…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.setToolTip(
            self.tr("Import a spreadsheet (CSV/XLSX) or an export bundle")
        )
        self.import_action.triggered.connect(self.open_import)
        self.export_action = QAction(icon("export"), self.tr("&Export bundle…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.open_export)
        self.new_customer_action = QAction(icon("customers"), self.tr("&New customer…"), self)
        self.new_customer_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_customer_action.triggered.connect(self.new_customer)
        file_menu.addAction(self.new_customer_action)
        file_menu.addSeparator()
        file_menu.addActions([self.import_action, self.export_action])
        file_menu.addSeparator()
        self.backup_action = QAction(icon("backup"), self.tr("&Back up now"), self)
        self.backup_action.triggered.connect(self.back_up)
        file_menu.addAction(self.backup_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.file_menu = file_menu

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.ctx.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.setIcon(icon("undo"))
        redo = self.ctx.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])
        redo.setIcon(icon("redo"))
        edit_menu.addActions([undo, redo])
        edit_menu.addSeparator()
        self.find_action = QAction(icon("search"), self.tr("&Find…"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.find)
        edit_menu.addAction(self.find_action)
        self.edit_menu = edit_menu
        # The board's own shortcuts work while it has focus; creating a deal works from anywhere.
        self.board.new_deal_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.addAction(self.board.new_deal_action)

        deal_menu = self.menuBar().addMenu(self.tr("&Deals"))
        board = self.board
        deal_menu.addActions(
            [board.new_deal_action, board.edit_deal_action, board.delete_deal_action]
        )
        deal_menu.addSeparator()
        deal_menu.addActions(
            [
                board.move_previous_action,
                board.move_next_action,
                board.mark_won_action,
                board.mark_lost_action,
            ]
        )
        deal_menu.addSeparator()
        deal_menu.addActions([board.stage_settings_action, board.lead_score_action])
        self.deal_menu = deal_menu

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for index, key in enumerate(self.pages):
            action = QAction(self.navigation.item(index).text(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, k=key: self.show_page(k))
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.playbook_dock.toggle_action)
        language_menu = view_menu.addMenu(self.tr("&Language"))
        for code, label in (("zh_CN", "简体中文"), ("en", "English")):
            action = QAction(label, self, checkable=True, checked=code == self.ctx.language)
            action.triggered.connect(lambda _=False, c=code: self._choose_language(c))
            language_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About RepBook"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

    def new_customer(self) -> None:
        """Ask for a new customer and create it (undoable); the dialog opens without blocking."""
        dialog = CustomerEditor(self.ctx.db, parent=self)
        self.active_dialog = dialog

        def save() -> None:
            assert dialog.data is not None
            data = dialog.data
            text = self.tr("New customer “{0}”").format(data.name.strip())
            if self.ctx.commands.run(text, lambda s: create_customer(s, data)):
                self.statusBar().showMessage(self.tr("{0} — Ctrl+Z to undo").format(text), 8000)

        dialog.accepted.connect(save)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def find(self) -> None:
        """Ctrl+F: the current page's search box, or the board's from a page without one."""
        page = self.pages[self.current_page()]
        if not hasattr(page, "focus_search"):
            self.show_page("pipeline")
            page = self.board
        page.focus_search()

    def open_import(self) -> None:
        ImportWizard(self.ctx, self).open()

    def open_export(self) -> None:
        ExportDialog(self.ctx, self).open()

    def _choose_language(self, code: str) -> None:
        if code != self.ctx.language:
            self.ctx.settings.setValue("language", code)
            self.language_change_requested.emit(code)

    def back_up(self) -> None:
        try:
            target = database.backup(self.ctx.db.path, "manual")
        except database.BackupError as problem:  # a damaged book is not copied as a backup
            QMessageBox.warning(self, self.tr("Back up now"), str(problem))
            return
        self.statusBar().showMessage(self.tr("Backup written to {0}").format(target), 8000)

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About RepBook"),
            self.tr(
                "<b>RepBook {0}</b><br>An offline CRM for B2B sales reps: pipeline, customers, "
                "visits, playbook and insights, all on this computer."
            ).format(APP_VERSION),
        )

    # -- layout memory ---------------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry = self.ctx.settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = self.ctx.settings.value("main_window/state")
        if state is not None:
            self.restoreState(state)
        page = self.ctx.settings.value("main_window/page", PAGES[0])
        self.show_page(page if page in self.pages else PAGES[0])

    def save_layout(self) -> None:
        self.ctx.settings.setValue("main_window/geometry", self.saveGeometry())
        self.ctx.settings.setValue("main_window/state", self.saveState())
        self.ctx.settings.setValue("main_window/page", self.current_page())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.save_layout()
        self._summary_stale = False
        while self._summary_task.is_running():  # its answer must not reach a deleted window
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        super().closeEvent(event)
