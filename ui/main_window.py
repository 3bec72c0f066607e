"""The main window: navigation between the screens, menus, status bar, remembered layout."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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
from app.summary import summarize
from ui.context import AppContext, ChangeEvent
from ui.customers_page import CustomersPage
from ui.demo_loader import load_demo
from ui.icons import icon
from ui.kit.lazy import LazyWidget
from ui.pipeline_board import PipelineBoard
from ui.playbook_panel import PlaybookDock
from ui.visit_calendar import VisitCalendar
from ui.workers import BackgroundTask

if TYPE_CHECKING:
    from ui.playbook_page import PlaybookPage

PAGES = ("pipeline", "customers", "calendar", "playbook", "insights", "growth")
# Kinds of row the status bar's counts read; a change to anything else leaves them as they are.
COUNTED = ("customer", "deal", "visit_plan")


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
        titles = self.page_titles()
        for key in PAGES:
            page = self._make_page(key)
            self.pages[key] = page
            self.stack.addWidget(page)
            item = QListWidgetItem(icon(key), titles[key])
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
        self.playbook_dock.attach(self, self.board)
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
        # The calendar's reads wait for the first screen and the count; they also feed its badge.
        self._summary_task.finished.connect(self.calendar.load_in_turns)
        self._summary_stale = False
        ctx.events.changed.connect(self._on_data_changed)
        self._restore_layout()
        self.refresh()

    # -- pages -----------------------------------------------------------------------------
    def page_titles(self) -> dict[str, str]:
        """The navigation titles, by page key."""
        return {
            "pipeline": self.tr("Pipeline"),
            "customers": self.tr("Customers"),
            "calendar": self.tr("Calendar"),
            "playbook": self.tr("Playbook"),
            "insights": self.tr("Insights"),
            "growth": self.tr("Growth"),
        }

    def _make_page(self, key: str) -> QWidget:
        ctx = self.ctx
        if key == "pipeline":
            self.board = PipelineBoard(ctx, cards_later=True)
            return self.board
        if key == "customers":
            self.customers = CustomersPage(ctx, load_later=True)
            self.customers.new_customer_requested.connect(self.new_customer)
            return self.customers
        if key == "calendar":
            # Its month and agenda are read once the status bar's count is in (see __init__).
            self.calendar = VisitCalendar(ctx, load_later=True)
            self.calendar.reminders_changed.connect(self._badge_calendar)
            return self.calendar
        # The playbook's lists, the charts and the growth tables: built when first opened.
        if key == "playbook":
            return LazyWidget(lambda: self._playbook_page())
        if key == "insights":
            return LazyWidget(lambda: _insights_view(ctx))
        return LazyWidget(lambda: _growth_page(ctx), self._growth_built)

    def _playbook_page(self) -> QWidget:
        from ui.playbook_page import PlaybookPage

        return PlaybookPage(self.ctx, lambda: self.playbook_dock.panel.deal_id())

    @property
    def playbook_page(self) -> PlaybookPage:
        """The Playbook page, built now if nobody has opened it yet."""
        return self.pages["playbook"].widget()  # type: ignore[attr-defined, no-any-return]

    def _growth_built(self, page: QWidget) -> None:
        page.customer_activated.connect(self.open_customer)  # type: ignore[attr-defined]

    def open_customer(self, customer_id: str) -> None:
        """Show the Customers page with this customer's record open."""
        self.show_page("customers")
        self.customers.open_record(customer_id)

    def _badge_calendar(self, count: int) -> None:
        # The navigation item exists once the page is built; the count follows its title.
        item = self.navigation.item(PAGES.index("calendar"))
        if item is not None:
            title = self.page_titles()["calendar"]
            item.setText(f"{title}  ({count})" if count else title)

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
        """Re-read the status bar's counts in the background."""
        if self._summary_task.is_running():
            self._summary_stale = True
        else:
            self._summary_task.start()

    def _read_summary(self, _progress: Any) -> dict[str, Any]:
        with self.ctx.db.session() as session:
            return summarize(session)

    def _summary_read(self) -> None:
        if self._summary_stale:
            self._summary_stale = False
            self.refresh()

    def show_summary(self, summary: dict[str, Any]) -> None:
        """Show the headline counts in the status bar."""
        self.summary = summary
        parts = (
            self.tr("%Ln customers", "", summary["customers"]),
            self.tr("%Ln open deals", "", summary["deals"]["open"]),
            self.tr("%Ln visits overdue", "", summary["visits_overdue"]),
        )
        self.counts_label.setText(" · ".join(parts))

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
        from ui.customer_editor import CustomerEditor  # dialogs load when first opened

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
        if isinstance(page, LazyWidget):
            page = page.widget()
        if not hasattr(page, "focus_search"):
            self.show_page("pipeline")
            page = self.board
        page.focus_search()

    def open_import(self) -> None:
        from ui.import_wizard import ImportWizard

        ImportWizard(self.ctx, self).open()

    def open_export(self) -> None:
        from ui.export_dialog import ExportDialog

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


def _insights_view(ctx: AppContext) -> QWidget:
    from ui.insights_view import InsightsView  # pyqtgraph loads only when the page opens

    return InsightsView(ctx)


def _growth_page(ctx: AppContext) -> QWidget:
    from ui.growth_page import GrowthPage  # its views (and their imports) load when it opens

    return GrowthPage(ctx)
