"""Codes RepBook stores for its small vocabularies; app/labels.py turns them into words.

Stored values are always these codes, never translated text, so a database reads the same in
every language and reports can group by them.
"""

from __future__ import annotations

# Buying roles of a contact (the manual's 关键决策人 / 采购 / 使用部门 / 影响者).
CONTACT_ROLES = ("decision_maker", "procurement", "user_lead", "influencer", "other")
# How an interaction happened.
CHANNELS = ("phone", "email", "wechat", "visit", "meeting", "event")
ACTIVITY_KINDS = (
    "presale_visit",
    "insale_visit",
    "aftersale_visit",
    "call",
    "care",
    "complaint_followup",
    "proposal",
    "other",
)
VISIT_STATUSES = ("planned", "done", "skipped")
VISIT_SOURCES = ("cadence", "aftersale", "care", "complaint", "manual", "winback")
DEAL_STATUSES = ("open", "won", "lost")
# Why a deal was lost. Text that fits none is stored as OTHER_PREFIX + the text.
LOST_REASONS = (
    "price",
    "competitor",
    "budget",
    "timing",
    "need_changed",
    "no_decision",
    "product_fit",
    "other",
)
OTHER_PREFIX = "other:"
# Where a complaint came from, found when it is resolved.
COMPLAINT_ROOT_CAUSES = ("product", "delivery", "service", "billing", "communication")


def other_reason(text: str) -> str:
    """Return the stored form of a lost reason given as free text."""
    return f"{OTHER_PREFIX}{text.strip()}"


def split_lost_reason(value: str) -> tuple[str, str]:
    """Split a stored lost reason into (code, free text); the text is empty unless "other"."""
    if value.startswith(OTHER_PREFIX):
        return "other", value[len(OTHER_PREFIX) :].strip()
    return (value, "") if value in LOST_REASONS else ("other", value)
