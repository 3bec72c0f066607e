"""The Customers page's other tabs as a rep meets them: built when first opened, and every
customer they list opens its record; the segmentation settings open from the tab bar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack

from app.demo import generate
from ui.context import AppContext
from ui.customers_page import CustomersPage
from ui.segment_settings_dialog import SegmentSettingsDialog


@pytest.fixture
def page(qtbot, db, tmp_path) -> CustomersPage:
    generate(db, customers=60, seed=3)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    widget = CustomersPage(AppContext(db, settings, QUndoStack()))
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    return widget


def test_tabs_are_built_when_first_opened(qtbot, page) -> None:
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert titles == ["Customers", "Win back", "Personas", "Duplicates"]
    assert not any(tab.is_built() for tab in (page.winback, page.personas, page.duplicates))
    page.tabs.setCurrentWidget(page.personas)
    assert page.personas.is_built() and not page.winback.is_built()


def test_a_customer_to_win_back_opens_its_record(qtbot, page) -> None:
    page.tabs.setCurrentWidget(page.winback)
    winback = page.winback.widget()
    qtbot.waitUntil(lambda: bool(winback.rows), timeout=10_000)
    first = winback.rows[0].entry.customer_id
    with qtbot.waitSignal(page.record_opened) as opened:
        winback.table.cellDoubleClicked.emit(0, 0)
    assert opened.args[0].customer_id == first
    assert page.record is opened.args[0]


def test_segmentation_settings_open_from_the_corner(qtbot, page) -> None:
    button = page.tabs.cornerWidget()
    assert button.text() == "Segmentation settings…"
    with qtbot.waitSignal(page.dialog_opened) as opened:
        button.click()
    dialog = opened.args[0]
    assert isinstance(dialog, SegmentSettingsDialog) and dialog.isVisible()
    dialog.reject()
