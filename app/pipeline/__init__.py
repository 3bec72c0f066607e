"""The sales pipeline (kanban): board queries, moves, gates, rotting, weighted totals, won/lost."""

from app.pipeline.board import (
    PAGE_SIZE, SORTS, BoardFilter, Card, ColumnTotals, StageInfo, card_matches, close_months,
    closed_totals, column_totals, fetch_card, fetch_cards, insertion_row, is_rotting,
    list_stages, owners, refresh_last_activity, rotting_clause,
)
from app.pipeline.changes import ChangeSet, PipelineError, RowChange, StaleChange, reapply, revert
from app.pipeline.deals import (
    DealInput, add_contact, create_deal, customer_contacts, input_from_deal, parse_money, update_deal,
    validate_deal,
)
from app.pipeline.gates import (
    DEFAULT_CLOSE_GATES, GATE_FIELDS, LOST, OPEN_STAGE_GATE_FIELDS, WON, GateRefused,
    close_gates, field_label, is_missing, missing_fields, required_fields, stage_label,
    target_name,
)
from app.pipeline.moves import (
    Installment, WinResult, WinTerms, delete_deal, lose_deal, move_deal, save_handoff, win_deal,
)
from app.pipeline.stages import StageSpec, open_deal_counts, save_stages, stage_problems

__all__ = [
    "DEFAULT_CLOSE_GATES", "GATE_FIELDS", "LOST", "OPEN_STAGE_GATE_FIELDS", "PAGE_SIZE", "SORTS",
    "WON", "BoardFilter", "Card", "ChangeSet", "ColumnTotals", "DealInput", "GateRefused",
    "Installment", "PipelineError", "RowChange", "StageInfo", "StageSpec", "StaleChange",
    "WinResult", "WinTerms", "add_contact", "card_matches", "close_gates", "close_months", "closed_totals",
    "column_totals", "create_deal", "customer_contacts", "delete_deal", "fetch_card",
    "fetch_cards", "field_label", "input_from_deal", "insertion_row", "is_missing",
    "is_rotting", "list_stages", "lose_deal", "missing_fields", "move_deal", "open_deal_counts",
    "owners", "parse_money", "reapply", "refresh_last_activity", "required_fields", "revert",
    "rotting_clause", "save_handoff", "save_stages", "stage_label", "stage_problems", "target_name",
    "update_deal", "validate_deal", "win_deal",
]
