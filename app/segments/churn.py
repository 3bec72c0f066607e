"""Churn-risk reasons: a compact, language-neutral code stored on the customer, rendered on demand.

The code is `;`-separated parts, each `kind:arg:arg`, in rule order:
  order_gap:LAST_ORDER:MEDIAN           last order on LAST_ORDER, usually one every MEDIAN days
  rfm:SEGMENT                           the RFM segment itself signals risk
  complaint:COUNT                       COUNT open complaints past their promised time
  no_contact:LAST_CONTACT:CADENCE       last interaction on LAST_CONTACT; tier cadence CADENCE days
  never_contacted:ADDED:CADENCE         no interaction since the customer was added on ADDED
Dates rather than day counts keep the code stable from one day to the next, so a daily
recompute rewrites only customers whose risk really changed, and the day counts shown are
always today's. Codes travel through CSV between reps using different languages, hence no prose.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from app.i18n import msg
from app.segments.rules import segment_name


def order_gap(last_order: str, usual: float) -> str:
    """Encode rule 1: too long since the last order (ISO date) for this customer's rhythm."""
    usual_text = str(int(usual)) if usual == int(usual) else f"{usual:.1f}"
    return f"order_gap:{last_order}:{usual_text}"


def rfm(segment: str) -> str:
    """Encode rule 2: a risky RFM segment."""
    return f"rfm:{segment}"


def complaint(count: int) -> str:
    """Encode rule 3: open complaints past their promised time."""
    return f"complaint:{count}"


def no_contact(since: str, cadence: int, *, contacted: bool) -> str:
    """Encode rule 4: quiet since an ISO date (last contact, or when added) beyond the cadence."""
    return f"{'no_contact' if contacted else 'never_contacted'}:{since}:{cadence}"


def _describe_part(part: str, today: date) -> str:
    kind, *args = part.split(":")
    try:
        if kind == "order_gap" and len(args) == 2:
            days = (today - date.fromisoformat(args[0])).days
            # A median of two gaps can be a half day; a rep reads "about every 12 days".
            usual = int(Decimal(args[1]).quantize(Decimal(1), ROUND_HALF_UP))
            return msg("churn.order_gap", days=days, usual=usual)
        if kind in ("no_contact", "never_contacted") and len(args) == 2:
            days, cadence = (today - date.fromisoformat(args[0])).days, args[1]
            if kind == "no_contact":
                return msg("churn.no_contact", days=days, cadence=cadence)
            return msg("churn.never_contacted", days=days, cadence=cadence)
    except (ValueError, ArithmeticError):
        return part
    if kind == "rfm" and len(args) == 1:
        name = segment_name(args[0])
        return msg("churn.rfm", segment=name)
    if kind == "complaint" and args == ["1"]:
        return msg("churn.complaint_one")
    if kind == "complaint" and len(args) == 1:
        return msg("churn.complaints", count=args[0])
    # A code from a newer version (via CSV) still shows, untranslated, rather than vanish.
    return part


def describe_churn(reason: str | None, today: date | None = None) -> list[str]:
    """Render a stored churn reason code as one sentence per reason, in the current language."""
    if not reason:
        return []
    today = today or date.today()
    return [_describe_part(part, today) for part in reason.split(";") if part.strip()]
