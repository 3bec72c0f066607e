"""The segmentation settings dialog: bad fields named, Save recomputes in the worker."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack

from app import settings
from app.models import Customer, Order
from ui.context import AppContext
from ui.segment_settings_dialog import SegmentSettingsDialog


@pytest.fixture
def ctx(db, tmp_path):
    return AppContext(
        db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), QUndoStack()
    )


def test_bad_thresholds_are_named_and_nothing_saved(qtbot, ctx, db):
    dialog = SegmentSettingsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.a_edit.value() == 80 and dialog.cadence["C"].value() == 90
    dialog.a_edit.setValue(96)
    dialog.cadence["B"].setValue(0)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    problems = dialog.problems.text().splitlines()
    assert len(problems) == 2 and "A (96 %)" in problems[0] and "tier B" in problems[1]
    assert dialog.task is None
    with db.session() as s:
        assert settings.get(s, "abc_thresholds") == {"A": 0.80, "B": 0.95}


def test_save_recomputes_in_the_background_and_closes(qtbot, ctx, db):
    with db.session.begin() as s:
        ids = []
        for name, amount in (("甲", 600), ("乙", 400)):
            customer = Customer(name=name, created_at=datetime(2020, 1, 1))
            s.add(customer)
            s.flush()
            day = date.today() - timedelta(10)
            s.add(Order(customer_id=customer.id, order_date=day, amount=Decimal(amount)))
            ids.append(customer.id)
    dialog = SegmentSettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.a_edit.setValue(50)  # 乙 has 60 % before it: B now
    with qtbot.waitSignals([dialog.recomputed, ctx.events.changed], timeout=10000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    with db.session() as s:
        assert [s.get(Customer, i).tier for i in ids] == ["A", "B"]
        assert settings.get(s, "abc_thresholds") == {"A": 0.5, "B": 0.95}


def test_restore_defaults(qtbot, ctx):
    dialog = SegmentSettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.rfm_months.setValue(6)
    dialog.gap_factor.setValue(4)
    qtbot.mouseClick(dialog.defaults_button, Qt.MouseButton.LeftButton)
    assert (dialog.rfm_months.value(), dialog.gap_factor.value()) == (24, 2)
