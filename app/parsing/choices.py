"""Map free-text choices in foreign files (roles, channels, status, stages, lost reasons) to codes."""

from __future__ import annotations

import re

from app.parsing.values import clean_text, is_blank, match_key
from app.vocab import LOST_REASONS, OTHER_PREFIX, other_reason

# Pipeline stages; parse_stage also answers "won"/"lost" for closed stages of other CRMs.
STAGES = ("lead", "qualified", "proposal", "negotiation", "closing")


def _vocabulary(table: dict[str, str]) -> dict[str, str]:
    vocab = {match_key(key): key for key in table}
    vocab.update(
        {match_key(word): key for key, words in table.items() for word in words.split("|")}
    )
    return vocab


_ROLE_WORDS = _vocabulary(
    {
        "decision_maker": (
            "关键决策人|决策人|决策者|拍板人|老板|总经理|总裁|董事长|ceo|decision maker"
            "|economic buyer|boss"
        ),
        "procurement": "采购|采购负责人|采购经理|采购部|采购员|purchasing|procurement|buyer",
        "user_lead": (
            "使用部门负责人|使用部门|部门经理|部门负责人|用户部门|业务负责人|user|end user"
            "|user lead"
        ),
        "influencer": (
            "影响者|影响人|技术负责人|技术|技术评估|技术把关|influencer|technical|technical buyer"
            "|champion"
        ),
        "other": "其他|其它|other",
    }
)
_CHANNEL_WORDS = _vocabulary(
    {
        "phone": "电话|打电话|通话|来电|去电|电话沟通|phone|call|phone call|tel|telephone",
        "email": "邮件|电子邮件|邮箱|email|e-mail|mail",
        "wechat": "微信|企业微信|企微|微信沟通|wechat|weixin|wx",
        "visit": (
            "拜访|上门|上门拜访|面访|走访|实地拜访|visit|onsite|on-site|in person|face to face"
        ),
        "meeting": (
            "会议|开会|视频会议|线上会议|腾讯会议|钉钉会议|meeting|video call|online meeting|zoom"
        ),
        "event": "展会|活动|会展|沙龙|研讨会|峰会|event|trade show|exhibition|webinar|conference",
    }
)
_STATUS_WORDS = _vocabulary(
    {
        "won": "赢单|成交|已成交|已签约|签约成功|won|win|closed won|closedwon",
        "lost": "输单|丢单|失败|已丢单|lost|lose|closed lost|closedlost|closed lost to competition",
        "open": "进行中|跟进中|未成交|open|in progress|active|ongoing",
    }
)
_STAGE_WORDS = _vocabulary(
    {
        "lead": (
            "线索|潜在客户|初步接洽|初步沟通|验证客户|prospecting|prospect|lead in|contact made"
            "|appointment scheduled|appointmentscheduled"
        ),
        "qualified": (
            "需求确认|需求确定|需求分析|已确认需求|qualified|qualification|needs analysis"
            "|needs defined|qualified to buy|qualifiedtobuy|demo scheduled"
        ),
        "proposal": (
            "方案|方案呈现|方案报价|方案/报价|报价|提案|proposal|value proposition"
            "|id. decision makers|identify decision makers|perception analysis"
            "|proposal/price quote|proposal made|presentation scheduled|presentationscheduled"
        ),
        "negotiation": (
            "商务谈判|谈判|谈判审核|议价|negotiation|negotiation/review|negotiations started"
            "|decision maker bought-in|decisionmakerboughtin"
        ),
        "closing": "签约|签约中|合同|合同审批|成交中|closing|contract|contract sent|contractsent",
        "won": "赢单|已成交|closed won|closedwon|won",
        "lost": "输单|丢单|closed lost|closedlost|lost|closed lost to competition",
    }
)
# Whole wordings only: a reason is a sentence, so single words inside it prove nothing.
_LOST_WORDS = _vocabulary(
    {
        "price": (
            "价格|价格太高|价格过高|价格高|报价太高|报价过高|太贵|价格没有优势|价格原因|price"
            "|price too high|too expensive|pricing"
        ),
        "competitor": (
            "竞争对手|选择了竞争对手|选了竞争对手|被竞争对手抢单|输给竞争对手|竞品|competitor"
            "|chose a competitor|lost to competitor|lost to competition|competition"
        ),
        "budget": "预算|预算取消|没有预算|预算不足|预算砍掉|budget|no budget|budget cut",
        "timing": "时机|时机不对|时间不合适|项目延期|timing|bad timing|not now",
        "need_changed": "需求变化|需求变更|需求取消|需求改变|need changed|needs changed",
        "no_decision": (
            "决策延迟|客户未做决定|未做决定|没有决策|迟迟不决策|no decision|no decision made"
            "|decision delayed"
        ),
        "product_fit": (
            "功能不满足|产品不匹配|产品不合适|功能不符|product fit|product does not fit"
            "|missing features|product not a fit"
        ),
        "other": "其他|其它|other",
    }
)
_WORD_SPLIT = re.compile(r"[\s/()\[\]|,;:、\-]+")


def _lookup(text: str, vocab: dict[str, str]) -> str | None:
    s = clean_text(text)
    if is_blank(s):
        return None
    if hit := vocab.get(match_key(s)):
        return hit
    # "线索 Lead", "方案呈现 (40%)": try each word on its own.
    return next((vocab[w] for w in map(match_key, _WORD_SPLIT.split(s)) if w in vocab), None)


def parse_role(text: str) -> str | None:
    """Map a buying role (关键决策人, 采购负责人 …) to a key of ROLES; unknown text is "other"."""
    if is_blank(text):
        return None
    return _lookup(text, _ROLE_WORDS) or "other"


def parse_channel(text: str) -> str | None:
    """Map an interaction channel (电话, 微信, 拜访, Email …) to a key of CHANNELS, or None."""
    return _lookup(text, _CHANNEL_WORDS)


def parse_status(text: str) -> str | None:
    """Map a deal status (赢单, 输单, 进行中, Closed Won …) to a key of STATUSES, or None."""
    return _lookup(text, _STATUS_WORDS)


def parse_stage(text: str) -> str | None:
    """Map a stage name (方案呈现, Negotiation/Review …) to STAGES, "won", "lost" or None."""
    return _lookup(text, _STAGE_WORDS)


def parse_lost_reason(text: str | None) -> str | None:
    """Map a lost reason (价格太高, Chose a competitor, price …) to a code; other text is kept.

    Unknown wording is stored as "other:<text>" so nothing the rep wrote is lost.
    """
    if text is None:
        return None
    s = clean_text(text)
    if is_blank(s):
        return None
    if s in LOST_REASONS or s.startswith(OTHER_PREFIX):
        return s
    return _LOST_WORDS.get(match_key(s)) or other_reason(s)
