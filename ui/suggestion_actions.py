"""Create a deal from a growth suggestion through the command runner (undoable, announced)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.growth.suggestions import Suggestion
from app.opportunities import deal_from_suggestion
from ui.context import AppContext

# What a change event names when suggestions may have moved.
SUGGESTION_INPUTS = ("sales_order", "order_line", "customer", "product", "growth_suggestion")


def create_deal_from(ctx: AppContext, item: Suggestion, source: object) -> str | None:
    """Put a lead-stage deal for the suggestion; return its id, None when refused."""
    text = QCoreApplication.translate("SuggestionActions", "New deal “{0}”").format(
        item.product_name
    )
    outcome = ctx.commands.run(
        text,
        lambda s: deal_from_suggestion(s, item.customer_id, item.kind, item.product_id),
        source=source,
    )
    return outcome.created_id if outcome else None
