"""lost reasons stored as codes

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 10:00:00.000000

Deals kept their lost reason as the words typed or picked (价格过高, Price too high …). The reason
is now a code of app.vocab.LOST_REASONS, and words that fit none are kept as "other:<words>".
Data only; the column is unchanged. The wordings are spelled out here, not imported, so this
step keeps doing the same thing whatever later versions of the app say.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

OTHER = "other:"
# code → the wordings earlier versions stored: the demo's, and the lose dialog's in both languages.
WORDINGS = {
    "price": ("价格过高", "价格太高", "Price too high"),
    "competitor": ("选择了竞争对手", "Chose a competitor"),
    "budget": ("预算取消", "没有预算", "No budget"),
    "timing": ("时机不对", "Bad timing"),
    "need_changed": ("需求变化",),
    "no_decision": ("决策延迟", "客户未做决定", "No decision made"),
    "product_fit": ("功能不满足", "产品不匹配", "Product does not fit"),
    "other": ("其他", "Other"),
}
# What downgrade writes back: the demo's Chinese wording.
BACK = {code: words[0] for code, words in WORDINGS.items()}

deal = sa.table("deal", sa.column("lost_reason", sa.String(200)))
reason = deal.c.lost_reason


def upgrade() -> None:
    op.execute(deal.update().where(sa.func.trim(reason) == "").values(lost_reason=None))
    for code, words in WORDINGS.items():
        op.execute(deal.update().where(sa.func.trim(reason).in_(words)).values(lost_reason=code))
    op.execute(
        deal.update()
        .where(
            reason.is_not(None),
            reason.not_in(tuple(WORDINGS)),
            reason.not_like(f"{OTHER}%"),
        )
        .values(lost_reason=sa.literal(OTHER).concat(sa.func.trim(reason, type_=sa.String)))
    )


def downgrade() -> None:
    for code, words in BACK.items():
        op.execute(deal.update().where(reason == code).values(lost_reason=words))
    op.execute(
        deal.update()
        .where(reason.like(f"{OTHER}%"))
        .values(lost_reason=sa.func.substr(reason, len(OTHER) + 1))
    )
