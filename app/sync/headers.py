"""Guess which RepBook field each column of a foreign sheet holds, from Chinese and English names.

Headers are compared after folding (NFKC, case, traditional → simplified, spaces, ``_``, ``-``
and punctuation dropped, ``*`` required markers and trailing colons removed). A bracketed unit
such as "金额（万元）" or "Amount (USD)" is split off and kept as a per-column multiplier and
currency. Synonyms cover what reps type and what Salesforce, HubSpot, Zoho, Pipedrive, 纷享销客,
销售易 and 企业微信/钉钉 exports call their columns.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from app.sync.values import fold, parse_unit

FIELDS: dict[str, tuple[str, ...]] = {
    "customers": (
        "name", "industry", "size_band", "region", "city", "address", "source", "phone", "email",
        "website", "main_business", "pain_points", "current_suppliers", "preferred_channel",
        "first_cooperation_date", "founded_date", "notes", "tier", "owner", "contact_name",
        "contact_title", "contact_role", "contact_phone", "contact_email", "contact_wechat",
        "contact_birthday",
    ),
    "contacts": ("customer_name", "name", "title", "role", "phone", "email", "wechat", "birthday", "notes"),
    "deals": (
        "customer_name", "title", "amount", "currency", "stage", "status", "expected_close_date",
        "closed_date", "probability", "lost_reason", "need", "budget", "source", "owner", "created_date",
    ),
    "activities": (
        "customer_name", "contact_name", "deal_title", "occurred_at", "channel", "kind", "summary",
        "feedback", "intent_level", "next_step",
    ),
    "orders": ("customer_name", "order_date", "amount", "product", "quantity", "unit_price", "order_no", "note"),
    "payments": ("customer_name", "order_no", "amount_due", "due_date", "amount_received", "received_date", "note"),
}  # fmt: skip
KINDS = tuple(FIELDS)
# The least a row needs to mean anything; a mapping without these cannot be imported.
REQUIRED: dict[str, tuple[str, ...]] = {
    "customers": ("name",),
    "contacts": ("customer_name", "name"),
    "deals": ("customer_name",),
    "activities": ("customer_name",),
    "orders": ("customer_name", "amount"),
    "payments": ("customer_name", "amount_due"),
}

_COMPANY = (
    "客户名称|客户|客户全称|客户名|公司名称|公司|公司全称|公司名|单位名称|单位|企业名称|企业|企业全称|账户名称"
    "|账户|客户单位|所属客户|所属公司|客户公司|机构名称|组织名称|account name|account|company|company name"
    "|organization|organisation|organization name|organization - name|customer|customer name|client"
    "|client name|associated company|deal - organization|person - organization"
)
_PERSON = (
    "联系人|联系人姓名|联系人名称|联络人|主要联系人|对接人|客户联系人|contact|contact name|contact person"
    "|person|person name|person - name|primary contact|full name|deal - contact person"
)
_JOB = "职位|职务|职称|头衔|岗位|job title|position|person - job title"
_ROLE = "角色|联系人角色|决策角色|采购角色|购买角色|role|contact role|buying role"
_PHONE = (
    "电话|手机|手机号|手机号码|移动电话|行动电话|联系电话|联系方式|电话号码|phone|phone number|mobile"
    "|mobile phone|mobile number|cell|cell phone|tel|telephone"
)
_COMPANY_PHONE = "公司电话|座机|总机|固定电话|固话|办公电话|单位电话|企业电话|company phone|main phone|office phone"
_CONTACT_PHONE = "联系人电话|联系人手机|联系人手机号|联系人联系方式|contact phone|contact mobile|person - phone"
_EMAIL = "邮箱|电子邮件|电子邮箱|邮件|邮箱地址|电邮|email|e-mail|email address|mail"
_COMPANY_EMAIL = "公司邮箱|企业邮箱|company email|account email"
_CONTACT_EMAIL = "联系人邮箱|联系人电子邮件|contact email|person - email"
_WECHAT = "微信|微信号|微信id|微信账号|联系人微信|wechat|wechat id|weixin|wx"
_BIRTHDAY = "生日|出生日期|联系人生日|birthday|date of birth|dob|birth date"
_NOTES = "备注|说明|附注|备注信息|其他|其它|notes|note|remarks|remark|comments|comment|memo"
_OWNER = (
    "负责人|销售|所属销售|客户经理|销售负责人|跟进人|归属人|业务员|负责业务|销售人员|销售代表|所有者|owner"
    "|account owner|company owner|contact owner|deal owner|opportunity owner|sales rep|salesperson"
    "|assigned to|record owner|deal - owner"
)
_SOURCE = "来源|客户来源|线索来源|商机来源|获客渠道|来源渠道|渠道来源|lead source|source|original source|deal source"
_DEAL = (
    "商机名称|商机|机会名称|销售机会|项目名称|项目|商机标题|opportunity name|opportunity|deal name|deal"
    "|deal title|deal - title"
)
_ORDER_NO = (
    "订单号|订单编号|合同号|合同编号|单号|订单|order no|order number|order id|orderno|contract no"
    "|contract number|po number|invoice number"
)

_SYNONYMS: dict[str, dict[str, str]] = {
    "customers": {
        "name": _COMPANY + "|名称|name",
        "industry": "行业|所属行业|行业类别|行业分类|客户行业|industry|sector|vertical",
        "size_band": "规模|人员规模|企业规模|公司规模|员工人数|人数|员工规模|number of employees|employees"
        "|company size|size|employee count|headcount",
        "region": "地区|省份|省|所在地区|区域|所在省份|大区|省市|销售区域|region|province|state|state/region"
        "|state/province|billing state/province|billing state|territory|area",
        "city": "城市|所在城市|市|city|billing city|shipping city|organization - city",
        "address": "地址|详细地址|公司地址|办公地址|联系地址|通讯地址|注册地址|address|street|billing street"
        "|billing address|street address|organization - address",
        "source": _SOURCE,
        "phone": _COMPANY_PHONE,
        "email": _COMPANY_EMAIL,
        "website": "网址|网站|官网|公司网站|主页|website|web site|url|homepage|domain|company domain name",
        "main_business": "主营业务|主营|经营范围|主营产品|业务范围|主要业务|main business|business description",
        "pain_points": "痛点|客户痛点|需求痛点|主要痛点|需求|客户需求|pain points|pain point|needs|challenges",
        "current_suppliers": "现有供应商|当前供应商|供应商|竞品|竞争对手|合作供应商|current supplier"
        "|current suppliers|incumbent|competitor|competitors",
        "preferred_channel": "偏好渠道|沟通偏好|偏好沟通方式|首选联系方式|preferred channel|preferred contact method",
        "first_cooperation_date": "首次合作日期|首次合作时间|合作日期|首次成交日期|合作开始日期|首单日期"
        "|首次签约日期|first cooperation date|customer since|first deal date|became a customer date",
        "founded_date": "成立日期|成立时间|注册日期|创立日期|成立年份|founded|founded date|year founded"
        "|date founded|established|incorporation date",
        "notes": _NOTES,
        "tier": "等级|客户等级|客户级别|级别|客户分级|分级|abc分类|tier|customer tier|rating|account rating|grade",
        "owner": _OWNER,
        "contact_name": _PERSON + "|姓名|名字",
        "contact_title": _JOB,
        "contact_role": _ROLE,
        "contact_phone": _CONTACT_PHONE,
        "contact_email": _CONTACT_EMAIL,
        "contact_wechat": _WECHAT,
        "contact_birthday": _BIRTHDAY,
        # A generic phone or e-mail column is the contact's when the sheet names a contact.
        "~phone": _PHONE,
        "~email": _EMAIL,
    },
    "contacts": {
        "customer_name": _COMPANY,
        "name": _PERSON + "|姓名|名字|名称|name",
        "title": _JOB + "|title",
        "role": _ROLE,
        "phone": "|".join((_PHONE, _CONTACT_PHONE, _COMPANY_PHONE)),
        "email": "|".join((_EMAIL, _CONTACT_EMAIL, _COMPANY_EMAIL)),
        "wechat": _WECHAT,
        "birthday": _BIRTHDAY,
        "notes": _NOTES,
    },
    "deals": {
        "customer_name": _COMPANY,
        "title": _DEAL + "|名称|标题|name|title",
        "amount": "金额|合同金额|订单金额|成交金额|商机金额|预计金额|预计成交金额|预估金额|销售金额|总金额"
        "|金额合计|商机价值|amount|deal amount|opportunity amount|value|deal value|expected revenue",
        "currency": "币种|货币|币别|货币类型|currency|deal currency|currency code|opportunity currency",
        "stage": "阶段|销售阶段|商机阶段|当前阶段|跟进阶段|stage|deal stage|opportunity stage|sales stage"
        "|pipeline stage",
        "status": "状态|商机状态|输赢状态|赢输状态|结果|status|deal status|outcome",
        "expected_close_date": "预计成交日期|预计签约日期|预计结单日期|预计成交时间|预计关闭日期|预计签单日期"
        "|结单日期|close date|closing date|expected close date|expected closing date|estimated close date",
        "closed_date": "成交日期|实际成交日期|赢单日期|签约日期|签单日期|关闭日期|输单日期|won time|lost time"
        "|close time|closed date|actual close date|date closed",
        "probability": "赢率|成交概率|赢单率|赢单概率|概率|成功率|可能性|probability|win probability"
        "|deal probability|closing probability",
        "lost_reason": "输单原因|丢单原因|失败原因|lost reason|loss reason|closed lost reason|reason lost",
        "need": "需求|客户需求|需求描述|痛点|需求痛点|need|needs|pain point|requirement|requirements",
        "budget": "预算|客户预算|预算金额|budget",
        "source": _SOURCE,
        "owner": _OWNER,
        "created_date": "创建日期|创建时间|录入日期|录入时间|建立日期|立项日期|create date|created date|created"
        "|created time|created on|date created|deal created|opportunity created date",
    },
    "activities": {
        "customer_name": _COMPANY,
        "contact_name": _PERSON + "|姓名",
        "deal_title": _DEAL + "|关联商机|related deal",
        "occurred_at": "跟进时间|跟进日期|拜访时间|拜访日期|沟通时间|沟通日期|联系时间|联系日期|时间|日期"
        "|发生时间|活动时间|活动日期|记录时间|date|time|activity date|date time|due date|start date"
        "|start time|completed date|done time",
        "channel": "跟进方式|沟通方式|联系方式|方式|渠道|沟通渠道|拜访方式|channel|method|contact method|type"
        "|activity type",
        "kind": "跟进类型|拜访类型|类型|活动类型|拜访目的|kind|category|visit type|purpose",
        "summary": "跟进内容|拜访内容|沟通内容|内容|摘要|记录|跟进记录|拜访记录|沟通记录|详情|小结|跟进情况"
        "|subject|summary|notes|note|description|details|content",
        "feedback": "客户反馈|反馈|客户意见|客户回复|feedback|customer feedback|response",
        "intent_level": "意向|意向程度|意向等级|客户意向|购买意向|意向度|intent|intent level|interest"
        "|interest level|temperature",
        "next_step": "下一步|下一步计划|下次跟进|下次跟进计划|下次跟进时间|下次联系时间|后续计划|后续跟进"
        "|下一步行动|next step|next steps|next action|follow up|next activity",
    },
    "orders": {
        "customer_name": _COMPANY,
        "order_date": "下单日期|订单日期|签约日期|日期|成交日期|销售日期|合同日期|购买日期|order date|date"
        "|purchase date|invoice date|sale date|transaction date",
        "amount": "金额|订单金额|合同金额|成交金额|销售额|销售金额|总金额|总价|金额合计|合计|价税合计|含税金额"
        "|amount|total|order amount|order total|total amount|grand total|revenue|value",
        "product": "产品|产品名称|商品|商品名称|品名|货品名称|产品型号|型号|服务|product|product name|item"
        "|item name|sku|service",
        "quantity": "数量|订购数量|销售数量|件数|qty|quantity|units",
        "unit_price": "单价|价格|销售单价|含税单价|unit price|price|list price|sales price",
        "order_no": _ORDER_NO,
        "note": _NOTES,
    },
    "payments": {
        "customer_name": _COMPANY,
        "order_no": _ORDER_NO,
        "amount_due": "应收金额|应收|应收款|应收账款|计划回款金额|应回款金额|合同金额|金额|amount due|amount"
        "|invoice amount|total due|due amount|receivable",
        "due_date": "到期日|到期日期|应收日期|计划回款日期|应回款日期|约定付款日期|付款期限|收款期限|due date"
        "|payment due date|due",
        "amount_received": "实收金额|已收金额|回款金额|已回款|已回款金额|到账金额|收款金额|实际回款金额"
        "|已付金额|amount received|received|amount paid|paid amount|paid",
        "received_date": "回款日期|收款日期|到账日期|实际回款日期|付款日期|实收日期|received date|payment date"
        "|date received|paid date|date paid",
        "note": _NOTES,
    },
}
# Column names often repeat the entity ("Deal - Stage", "订单日期"): strip it and look again.
_PREFIXES = {
    "customers": ("account", "company", "organization", "organisation", "customer", "客户", "公司", "企业"),
    "contacts": ("contact", "person", "联系人"),
    "deals": ("deal", "opportunity", "商机", "机会"),
    "activities": ("activity", "跟进", "拜访"),
    "orders": ("order", "订单"),
    "payments": ("payment", "回款", "收款"),
}
_CONTACT_PREFIXES = ("contact", "person", "联系人")
_CONTACT_PARTS = frozenset({"name", "title", "role", "phone", "email", "wechat", "birthday"})


def _index(table: dict[str, str]) -> dict[str, str]:
    index: dict[str, str] = {}
    for field, words in table.items():
        for word in words.split("|"):
            index.setdefault(fold(word), field)  # the first field to claim a word keeps it
    for field in table:
        if not field.startswith("~"):
            index.setdefault(fold(field), field)  # RepBook's own column keys
    return index


_INDEX = {kind: _index(table) for kind, table in _SYNONYMS.items()}

EXACT, PREFIXED, PARTIAL = 1.0, 0.8, 0.5


@dataclass(frozen=True)
class ColumnGuess:
    """What one source column holds: a field key (or None), how sure we are, and its unit."""

    index: int
    header: str
    field: str | None
    confidence: float  # EXACT synonym, PREFIXED after dropping an entity prefix, PARTIAL inside text
    multiplier: Decimal = Decimal(1)  # from a unit in the header: 万元 → 10000
    currency: str | None = None  # from a unit in the header: (USD), （美元）, (元) → CNY


@dataclass(frozen=True)
class Mapping:
    """The column → field assignment for one sheet; no field is used by two columns."""

    kind: str
    columns: tuple[ColumnGuess, ...]

    def fields(self) -> dict[str, ColumnGuess]:
        """Return the mapped columns by field key."""
        return {c.field: c for c in self.columns if c.field is not None}

    def missing_required(self) -> list[str]:
        """List the required fields of this kind that no column supplies."""
        mapped = self.fields()
        return [f for f in REQUIRED[self.kind] if f not in mapped]

    def assign(self, index: int, field: str | None) -> Mapping:
        """Return a copy with column index set to field (the user's fix), freeing it elsewhere."""
        if field is not None and field not in FIELDS[self.kind]:
            raise ValueError(f"{field!r} is not a field of {self.kind}")
        columns = tuple(
            replace(c, field=field, confidence=EXACT)
            if c.index == index
            else (replace(c, field=None, confidence=0.0) if field is not None and c.field == field else c)
            for c in self.columns
        )
        return Mapping(self.kind, columns)


_BRACKET_TAIL = re.compile(r"[(\[【〔{<]([^()\[\]【】〔〕{}<>]*)[)\]】〕}>]$")
_BRACKET_HEAD = re.compile(r"^[(\[【〔{<][^()\[\]【】〔〕{}<>]*[)\]】〕}>]")
_SLASH_TAIL = re.compile(r"/([^/]+)$")
_TRIM = " \t*※:"


def split_header(text: str) -> tuple[str, Decimal, str | None]:
    """Fold a header to its match key and read its unit: "*金额（万元）：" → ("金额", 10000, "CNY")."""
    s = unicodedata.normalize("NFKC", text).strip(_TRIM)
    unit: tuple[Decimal, str | None] | None = None
    while m := _BRACKET_TAIL.search(s):
        unit = unit or parse_unit(m[1])
        s = s[: m.start()].strip(_TRIM)
    if (m := _SLASH_TAIL.search(s)) and (slashed := parse_unit(m[1])):
        unit, s = unit or slashed, s[: m.start()].strip(_TRIM)
    s = _BRACKET_HEAD.sub("", s).strip(_TRIM)  # "【必填】客户名称"
    multiplier, currency = unit or (Decimal(1), None)
    return fold(s.replace("#", " no")), multiplier, currency


def _match(key: str, kind: str) -> tuple[str | None, float]:
    index = _INDEX[kind]
    if not key:
        return None, 0.0
    if field := index.get(key):
        return field, EXACT
    for prefix in _PREFIXES[kind]:
        if key.startswith(prefix) and (field := index.get(key[len(prefix) :])):
            return field, PREFIXED
    if kind == "customers":
        for prefix in _CONTACT_PREFIXES:
            part = _INDEX["contacts"].get(key.removeprefix(prefix)) if key.startswith(prefix) else None
            if part in _CONTACT_PARTS:
                return f"contact_{part}", PREFIXED
    # Last resort, a synonym inside a longer header ("本次合同金额"); shown as a weak guess.
    inside = [
        word
        for word in index
        if word in key and len(word) * 2 >= len(key) and len(word) >= (3 if not word.isascii() else 5)
    ]
    return (index[max(inside, key=len)], PARTIAL) if inside else (None, 0.0)


def guess_mapping(headers: Sequence[str], kind: str) -> Mapping:
    """Map each source column to a field of kind, strongest matches first, each field once."""
    if kind not in FIELDS:
        raise ValueError(f"unknown kind {kind!r}; expected one of {', '.join(KINDS)}")
    parsed = [split_header(h) for h in headers]
    matches = [_match(key, kind) for key, _, _ in parsed]
    names_contact = any(field == "contact_name" for field, _ in matches)
    used: set[str] = set()
    chosen: dict[int, tuple[str | None, float]] = {}
    for i in sorted(range(len(headers)), key=lambda i: (-matches[i][1], i)):
        field, confidence = matches[i]
        candidates: tuple[str, ...] = () if field is None else (field,)
        if field is not None and field.startswith("~"):
            bare = field[1:]
            candidates = (f"contact_{bare}", bare) if names_contact else (bare,)
        pick = next((f for f in candidates if f not in used), None)
        if pick is not None:
            used.add(pick)
        chosen[i] = (pick, confidence if pick else 0.0)
    return Mapping(
        kind,
        tuple(
            ColumnGuess(i, headers[i], chosen[i][0], chosen[i][1], parsed[i][1], parsed[i][2])
            for i in range(len(headers))
        ),
    )


# Fields that only a sheet of that kind would have: a deals sheet is told by its stage and a
# payments sheet by its due date, not by an amount column that every kind of sheet has.
_SIGNATURE = {
    "deals": frozenset({"stage", "expected_close_date", "probability", "lost_reason"}),
    "orders": frozenset({"order_date", "order_no", "product", "quantity", "unit_price"}),
    "payments": frozenset({"due_date", "amount_received", "received_date"}),
    "activities": frozenset({"occurred_at", "channel", "kind", "summary", "feedback", "intent_level", "next_step"}),
    "customers": frozenset({
        "industry", "size_band", "region", "city", "address", "website", "main_business", "pain_points",
        "current_suppliers", "founded_date", "first_cooperation_date", "tier", "preferred_channel",
    }),
    "contacts": frozenset({"title", "role", "birthday", "wechat"}),
}  # fmt: skip


def guess_kind(headers: Sequence[str]) -> str:
    """Guess which entity a sheet lists by counting its kind-specific columns; customers by default."""
    best, best_score = "customers", 0.0
    # Ties go to the earlier kind: a sheet with a stage is deals even if it has a city.
    for kind in ("deals", "orders", "payments", "activities", "customers", "contacts"):
        mapping = guess_mapping(headers, kind)
        score = sum(1 for c in mapping.columns if c.field in _SIGNATURE[kind] and c.confidence >= PREFIXED)
        if score > best_score:
            best, best_score = kind, score
    return best


def known_field_count(cells: Sequence[str]) -> int:
    """Count cells that clearly name a field of any kind, to find the header row of a sheet."""
    keys = [split_header(c)[0] for c in cells if c]
    return sum(1 for key in keys if any(_match(key, kind)[1] >= PREFIXED for kind in KINDS))
