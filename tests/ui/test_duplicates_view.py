"""The duplicates view: pairs with reasons, merge after confirming, undo, not a duplicate."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QUndoStack
from sqlalchemy import func, select

from app.derived import refresh_all
from app.models import Customer, Order
from app.parsing.values import normalise_company_name
from ui.context import AppContext
from ui.duplicates_view import DuplicatesView


@pytest.fixture
def ctx(db, tmp_path):
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    return AppContext(
        db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), QUndoStack()
    )


def _add(db, *names_and_phones: tuple[str, str | None]) -> list[str]:
    with db.session.begin() as s:
        # Ids in the order given: a pair lists its sides by id, so the first row is the first side.
        rows = [
            Customer(
                id=f"00000000-0000-4000-8000-{n:012d}",
                name=name,
                name_key=normalise_company_name(name),
                phone_key=phone,
            )
            for n, (name, phone) in enumerate(names_and_phones, 1)
        ]
        s.add_all(rows)
        s.flush()
        s.add(Order(customer_id=rows[1].id, order_date=date.today(), amount=Decimal(500)))
        refresh_all(s)
        return [row.id for row in rows]


def _live(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).where(Customer.deleted_at.is_(None)))


def _view(qtbot, ctx) -> DuplicatesView:
    view = DuplicatesView(ctx)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.task is not None and not view.task.is_running(), timeout=10000)
    return view


def test_merge_from_the_view_then_undo(qtbot, ctx, db):
    keep, gone = _add(db, ("杭州云启科技", None), ("杭州云启科技有限公司", None))
    view = _view(qtbot, ctx)
    assert view.pairs.rowCount() == 1
    assert view.pairs.item(0, 2).text() == "Same name"
    assert view.compare.item(10, 1).text() == "¥500"  # the second side's revenue
    asked: list[str] = []
    view.confirm = lambda text: asked.append(text) or True
    assert view.keep_second.isChecked()  # the side with the history is kept by default
    view.keep_first.setChecked(True)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        qtbot.mouseClick(view.merge_button, Qt.MouseButton.LeftButton)
    assert "杭州云启科技有限公司" in asked[0]
    assert _live(db) == 1
    assert view.stack.currentWidget() is view.empty
    with db.session() as s:
        assert s.get(Customer, keep).revenue_12m == Decimal(500)

    ctx.undo_stack.undo()
    assert _live(db) == 2
    # A change during a read is read once more: the view ends on the book as it is now.
    qtbot.waitUntil(lambda: not view.task.is_running() and view.pairs.rowCount() == 1)


def test_declined_merge_changes_nothing_and_dismissal_hides_the_pair(qtbot, ctx, db):
    _add(db, ("宁波海川", "13800001111"), ("温州明远", "13800001111"))
    view = _view(qtbot, ctx)
    assert view.pairs.item(0, 2).text() == "Same phone"
    view.confirm = lambda _text: False
    qtbot.mouseClick(view.merge_button, Qt.MouseButton.LeftButton)
    assert _live(db) == 2
    with qtbot.waitSignal(view.loaded, timeout=10000):
        qtbot.mouseClick(view.dismiss_button, Qt.MouseButton.LeftButton)
    assert view.pairs.rowCount() == 0
    assert _live(db) == 2


def test_empty_book_shows_what_to_do(qtbot, ctx):
    view = _view(qtbot, ctx)
    assert view.stack.currentWidget() is view.empty
    assert not view.merge_button.isEnabled()
