"""Churn-risk reasons: a compact, language-neutral code stored on the customer, rendered on demand.

The code is `;`-separated parts, each `kind:arg:arg`, in rule order:
  order_gap:DAYS:MEDIAN          no order for DAYS days, usually one every MEDIAN days
  rfm:SEGMENT                    the RFM segment itself signals risk
  complaint:COUNT                COUNT open complaints past their promised time
  no_contact:DAYS:CADENCE        no interaction for DAYS days; the tier's cadence is CADENCE
  never_contacted:DAYS:CADENCE   no interaction ever, DAYS since the customer was added
Codes travel through CSV between reps using different languages, hence no prose in them.
"""

from __future__ import annotations

from app.i18n import t
from app.segments.rules import segment_name


def order_gap(days: int, usual: float) -> str:
    """Encode rule 1: too long since the last order for this customer's rhythm."""
    usual_text = str(int(usual)) if usual == int(usual) else f"{usual:.1f}"
    return f"order_gap:{days}:{usual_text}"


def rfm(segment: str) -> str:
    """Encode rule 2: a risky RFM segment."""
    return f"rfm:{segment}"


def complaint(count: int) -> str:
    """Encode rule 3: open complaints past their promised time."""
    return f"complaint:{count}"


def no_contact(days: int, cadence: int, *, contacted: bool) -> str:
    """Encode rule 4: no interaction for over twice the tier's visit cadence."""
    return f"{'no_contact' if contacted else 'never_contacted'}:{days}:{cadence}"


def _describe_part(part: str) -> str:
    kind, _, rest = part.partition(":")
    args = rest.split(":") if rest else []
    if kind == "order_gap" and len(args) == 2:
        days, usual = args
        return t(f"No order for {days} days, usually every {usual}",
                 f"已 {days} 天未下单（通常每 {usual} 天一单）")
    if kind == "rfm" and len(args) == 1:
        name = segment_name(args[0])
        return t(f"RFM segment: {name}", f"RFM 分群：{name}")
    if kind == "complaint" and len(args) == 1:
        count = args[0]
        if count == "1":
            return t("1 open complaint past its promised time", "1 个投诉已超过承诺处理时间")
        return t(f"{count} open complaints past their promised time",
                 f"{count} 个投诉已超过承诺处理时间")
    if kind == "no_contact" and len(args) == 2:
        days, cadence = args
        return t(f"No contact for {days} days (visit cadence: every {cadence} days)",
                 f"已 {days} 天未跟进（拜访周期 {cadence} 天）")
    if kind == "never_contacted" and len(args) == 2:
        days, cadence = args
        return t(f"No contact in the {days} days since added (visit cadence: every {cadence} days)",
                 f"建档 {days} 天无跟进记录（拜访周期 {cadence} 天）")
    # A code from a newer version (via CSV) still shows, untranslated, rather than vanish.
    return part


def describe_churn(reason: str | None) -> list[str]:
    """Render a stored churn reason code as one sentence per reason, in the current language."""
    if not reason:
        return []
    return [_describe_part(part) for part in reason.split(";") if part.strip()]
