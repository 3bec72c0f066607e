"""Insights: funnel, stage durations, outcomes, forecast, activity, receivables and goals.

Every metric takes a Scope (an inclusive date period and an owner, None = the whole team) and
reads SQL aggregates, so a book of 50k deals and 1M activities answers in well under a second.
"""

from app.insights.scope import Scope, owners, period_of

__all__ = ["Scope", "owners", "period_of"]
