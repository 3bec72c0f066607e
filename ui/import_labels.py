"""Names of import kinds, fields and entities as the import screens show them, translated."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

KIND_LABELS = {
    "customers": QT_TRANSLATE_NOOP("ImportWizard", "Customers"),
    "contacts": QT_TRANSLATE_NOOP("ImportWizard", "Contacts"),
    "deals": QT_TRANSLATE_NOOP("ImportWizard", "Deals"),
    "activities": QT_TRANSLATE_NOOP("ImportWizard", "Activities (follow-ups)"),
    "orders": QT_TRANSLATE_NOOP("ImportWizard", "Orders"),
    "payments": QT_TRANSLATE_NOOP("ImportWizard", "Payments (receivables)"),
}
FIELD_LABELS = {
    "customer_name": QT_TRANSLATE_NOOP("ImportWizard", "Customer"),
    "name": QT_TRANSLATE_NOOP("ImportWizard", "Customer name"),
    "industry": QT_TRANSLATE_NOOP("ImportWizard", "Industry"),
    "size_band": QT_TRANSLATE_NOOP("ImportWizard", "Company size"),
    "region": QT_TRANSLATE_NOOP("ImportWizard", "Region / province"),
    "city": QT_TRANSLATE_NOOP("ImportWizard", "City"),
    "address": QT_TRANSLATE_NOOP("ImportWizard", "Address"),
    "source": QT_TRANSLATE_NOOP("ImportWizard", "Source"),
    "phone": QT_TRANSLATE_NOOP("ImportWizard", "Phone"),
    "email": QT_TRANSLATE_NOOP("ImportWizard", "E-mail"),
    "website": QT_TRANSLATE_NOOP("ImportWizard", "Website"),
    "main_business": QT_TRANSLATE_NOOP("ImportWizard", "Main business"),
    "pain_points": QT_TRANSLATE_NOOP("ImportWizard", "Pain points"),
    "current_suppliers": QT_TRANSLATE_NOOP("ImportWizard", "Current suppliers"),
    "preferred_channel": QT_TRANSLATE_NOOP("ImportWizard", "Preferred channel"),
    "first_cooperation_date": QT_TRANSLATE_NOOP("ImportWizard", "First cooperation date"),
    "founded_date": QT_TRANSLATE_NOOP("ImportWizard", "Founded"),
    "notes": QT_TRANSLATE_NOOP("ImportWizard", "Notes"),
    "tier": QT_TRANSLATE_NOOP("ImportWizard", "Tier (A/B/C)"),
    "owner": QT_TRANSLATE_NOOP("ImportWizard", "Owner (sales rep)"),
    "contact_name": QT_TRANSLATE_NOOP("ImportWizard", "Contact name"),
    "contact_title": QT_TRANSLATE_NOOP("ImportWizard", "Contact job title"),
    "contact_role": QT_TRANSLATE_NOOP("ImportWizard", "Contact role"),
    "contact_phone": QT_TRANSLATE_NOOP("ImportWizard", "Contact phone"),
    "contact_email": QT_TRANSLATE_NOOP("ImportWizard", "Contact e-mail"),
    "contact_wechat": QT_TRANSLATE_NOOP("ImportWizard", "Contact WeChat"),
    "contact_birthday": QT_TRANSLATE_NOOP("ImportWizard", "Contact birthday"),
    "title": QT_TRANSLATE_NOOP("ImportWizard", "Deal title"),
    "role": QT_TRANSLATE_NOOP("ImportWizard", "Buying role"),
    "wechat": QT_TRANSLATE_NOOP("ImportWizard", "WeChat"),
    "birthday": QT_TRANSLATE_NOOP("ImportWizard", "Birthday"),
    "amount": QT_TRANSLATE_NOOP("ImportWizard", "Amount"),
    "currency": QT_TRANSLATE_NOOP("ImportWizard", "Currency"),
    "stage": QT_TRANSLATE_NOOP("ImportWizard", "Stage"),
    "status": QT_TRANSLATE_NOOP("ImportWizard", "Status (open/won/lost)"),
    "expected_close_date": QT_TRANSLATE_NOOP("ImportWizard", "Expected close date"),
    "closed_date": QT_TRANSLATE_NOOP("ImportWizard", "Closed date"),
    "probability": QT_TRANSLATE_NOOP("ImportWizard", "Probability"),
    "lost_reason": QT_TRANSLATE_NOOP("ImportWizard", "Lost reason"),
    "need": QT_TRANSLATE_NOOP("ImportWizard", "Need / pain point"),
    "budget": QT_TRANSLATE_NOOP("ImportWizard", "Budget"),
    "created_date": QT_TRANSLATE_NOOP("ImportWizard", "Created date"),
    "deal_title": QT_TRANSLATE_NOOP("ImportWizard", "Deal"),
    "occurred_at": QT_TRANSLATE_NOOP("ImportWizard", "Date and time"),
    "channel": QT_TRANSLATE_NOOP("ImportWizard", "Channel"),
    "kind": QT_TRANSLATE_NOOP("ImportWizard", "Activity type"),
    "summary": QT_TRANSLATE_NOOP("ImportWizard", "Summary"),
    "feedback": QT_TRANSLATE_NOOP("ImportWizard", "Customer feedback"),
    "intent_level": QT_TRANSLATE_NOOP("ImportWizard", "Intent level"),
    "next_step": QT_TRANSLATE_NOOP("ImportWizard", "Next step"),
    "order_date": QT_TRANSLATE_NOOP("ImportWizard", "Order date"),
    "product": QT_TRANSLATE_NOOP("ImportWizard", "Product"),
    "quantity": QT_TRANSLATE_NOOP("ImportWizard", "Quantity"),
    "unit_price": QT_TRANSLATE_NOOP("ImportWizard", "Unit price"),
    "order_no": QT_TRANSLATE_NOOP("ImportWizard", "Order number"),
    "note": QT_TRANSLATE_NOOP("ImportWizard", "Note"),
    "amount_due": QT_TRANSLATE_NOOP("ImportWizard", "Amount due"),
    "due_date": QT_TRANSLATE_NOOP("ImportWizard", "Due date"),
    "amount_received": QT_TRANSLATE_NOOP("ImportWizard", "Amount received"),
    "received_date": QT_TRANSLATE_NOOP("ImportWizard", "Received date"),
}
# The same key means another thing in a contacts sheet.
CONTACT_FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("ImportWizard", "Contact name"),
    "title": QT_TRANSLATE_NOOP("ImportWizard", "Job title"),
}
ENTITY_LABELS = {
    "stage": QT_TRANSLATE_NOOP("ImportWizard", "Stages"),
    "product": QT_TRANSLATE_NOOP("ImportWizard", "Products"),
    "customer": QT_TRANSLATE_NOOP("ImportWizard", "Customers"),
    "contact": QT_TRANSLATE_NOOP("ImportWizard", "Contacts"),
    "deal": QT_TRANSLATE_NOOP("ImportWizard", "Deals"),
    "deal_stage_history": QT_TRANSLATE_NOOP("ImportWizard", "Stage history"),
    "activity": QT_TRANSLATE_NOOP("ImportWizard", "Activities (follow-ups)"),
    "visit_plan": QT_TRANSLATE_NOOP("ImportWizard", "Visit plans"),
    "sales_order": QT_TRANSLATE_NOOP("ImportWizard", "Orders"),
    "order_line": QT_TRANSLATE_NOOP("ImportWizard", "Order lines"),
    "payment": QT_TRANSLATE_NOOP("ImportWizard", "Payments (receivables)"),
    "playbook_entry": QT_TRANSLATE_NOOP("ImportWizard", "Playbook entries"),
    "script_usage": QT_TRANSLATE_NOOP("ImportWizard", "Script usage"),
    "complaint": QT_TRANSLATE_NOOP("ImportWizard", "Complaints"),
    "handoff": QT_TRANSLATE_NOOP("ImportWizard", "Handoffs"),
    "goal": QT_TRANSLATE_NOOP("ImportWizard", "Goals"),
    "review": QT_TRANSLATE_NOOP("ImportWizard", "Reviews"),
}


def translated(text: str) -> str:
    """Translate one of the constants marked with QT_TRANSLATE_NOOP above."""
    return QCoreApplication.translate("ImportWizard", text)


def field_label(kind: str, field: str) -> str:
    labels = (
        CONTACT_FIELD_LABELS
        if kind == "contacts" and field in CONTACT_FIELD_LABELS
        else FIELD_LABELS
    )
    return translated(labels.get(field, field))
