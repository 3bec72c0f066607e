"""Fill an empty book with the demo data, with a progress window, then reload every screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from app.summary import is_empty
from ui.context import AppContext, ChangeEvent

DEMO_CUSTOMERS = 300


def load_demo(window: QWidget, ctx: AppContext) -> bool:
    """Write the demo book into an empty database (about half a second); False if not empty."""
    from app.demo import generate

    with ctx.db.session() as session:
        if not is_empty(session):
            return False
    progress = QProgressDialog(
        QApplication.translate("Startup", "Creating demo data…"), "", 0, 0, window
    )
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.show()
    QApplication.processEvents()
    try:
        generate(ctx.db, customers=DEMO_CUSTOMERS, seed=1)
    finally:
        progress.close()
    ctx.events.announce(ChangeEvent.everything())
    return True
