"""The one registry of names RepBook shows for its codes: fields, kinds, records, statuses,
segments, lost reasons and complaint causes, in English and Simplified Chinese.

Stored values are codes (app/vocab.py); these turn them into words in the current language.
The import screens and messages from app/ read the same table, so a field has one name.
"""

from __future__ import annotations

from collections.abc import Iterable

from app import i18n
from app.vocab import LOST_REASONS, split_lost_reason

LABELS: dict[str, tuple[str, str]] = {
    "list.separator": (", ", "、"),
    # What an imported sheet holds.
    "kind.customers": ("Customers", "客户"),
    "kind.contacts": ("Contacts", "联系人"),
    "kind.deals": ("Deals", "商机"),
    "kind.activities": ("Activities (follow-ups)", "跟进记录"),
    "kind.orders": ("Orders", "订单"),
    "kind.payments": ("Payments (receivables)", "回款"),
    # Buying roles of contacts and follow-up channels (app.vocab), as summaries name them.
    "role.decision_maker": ("Decision maker", "关键决策人"),
    "role.procurement": ("Procurement lead", "采购负责人"),
    "role.user_lead": ("User-department lead", "使用部门负责人"),
    "role.influencer": ("Influencer", "影响者"),
    "role.other": ("Other", "其他"),
    "channel.phone": ("Phone", "电话"),
    "channel.email": ("E-mail", "邮件"),
    "channel.wechat": ("WeChat", "微信"),
    "channel.visit": ("Visit", "拜访"),
    "channel.meeting": ("Meeting", "会议"),
    "channel.event": ("Event", "活动"),
    # The won-deal handoff checklist (app.models.service.HANDOFF_ITEMS) [M3.1.2].
    "handoff.customer_info": ("Customer information is complete", "客户信息完整"),
    "handoff.needs_background": ("Needs and background are written down", "需求与背景已写明"),
    "handoff.deal_history": ("Deal history is shared", "成交过程已同步"),
    "handoff.promises": ("Promises made to the customer are listed", "对客户的承诺已列明"),
    "handoff.key_contacts": ("Key contacts are introduced", "关键联系人已引荐"),
    "handoff.payment_schedule": ("Payment schedule is agreed", "回款计划已确认"),
    # Fields, by the keys import mappings, gates and forms use.
    "field.customer_name": ("Customer", "客户"),
    "field.name": ("Customer name", "客户名称"),
    "field.industry": ("Industry", "行业"),
    "field.size_band": ("Company size", "企业规模"),
    "field.region": ("Region / province", "地区/省份"),
    "field.city": ("City", "城市"),
    "field.address": ("Address", "地址"),
    "field.source": ("Lead source", "线索来源"),
    "field.customers.source": ("Source", "来源"),
    "field.phone": ("Phone", "电话"),
    "field.email": ("E-mail", "邮箱"),
    "field.website": ("Website", "网站"),
    "field.main_business": ("Main business", "主营业务"),
    "field.pain_points": ("Pain points", "痛点"),
    "field.current_suppliers": ("Current suppliers", "现有供应商"),
    "field.preferred_channel": ("Preferred channel", "偏好沟通渠道"),
    "field.first_cooperation_date": ("First cooperation date", "首次合作日期"),
    "field.founded_date": ("Founded", "成立日期"),
    "field.notes": ("Notes", "备注"),
    "field.tier": ("Tier (A/B/C)", "客户等级（A/B/C）"),
    "field.owner": ("Owner (sales rep)", "负责人（销售）"),
    "field.contact_name": ("Contact name", "联系人姓名"),
    "field.contact_first_name": ("Contact first name", "联系人名"),
    "field.contact_last_name": ("Contact last name", "联系人姓"),
    "field.first_name": ("First name", "名"),
    "field.last_name": ("Last name", "姓"),
    "field.contact_title": ("Contact job title", "联系人职位"),
    "field.contact_role": ("Contact role", "联系人角色"),
    "field.contact_phone": ("Contact phone", "联系人电话"),
    "field.contact_email": ("Contact e-mail", "联系人邮箱"),
    "field.contact_wechat": ("Contact WeChat", "联系人微信"),
    "field.contact_birthday": ("Contact birthday", "联系人生日"),
    "field.title": ("Deal title", "商机名称"),
    "field.role": ("Buying role", "决策角色"),
    "field.wechat": ("WeChat", "微信"),
    "field.birthday": ("Birthday", "生日"),
    "field.amount": ("Amount", "金额"),
    "field.currency": ("Currency", "币种"),
    "field.stage": ("Stage", "阶段"),
    "field.status": ("Status (open/won/lost)", "状态（进行中/赢单/输单）"),
    "field.expected_close_date": ("Expected close date", "预计成交日期"),
    "field.closed_date": ("Close date", "成交/关闭日期"),
    "field.contact_id": ("Contact", "联系人"),
    "field.decision_maker_id": ("Decision maker", "关键决策人"),
    "field.probability": ("Probability", "赢率"),
    "field.lost_reason": ("Lost reason", "输单原因"),
    "field.need": ("Need / pain point", "需求/痛点"),
    "field.budget": ("Budget", "预算"),
    "field.created_date": ("Created date", "创建日期"),
    "field.deal_title": ("Deal", "商机"),
    "field.occurred_at": ("Date and time", "跟进时间"),
    "field.occurred_time": ("Time of day", "时刻"),
    "field.channel": ("Channel", "跟进方式"),
    "field.kind": ("Activity type", "跟进类型"),
    "field.summary": ("Summary", "跟进内容"),
    "field.feedback": ("Customer feedback", "客户反馈"),
    "field.intent_level": ("Intent level", "意向程度"),
    "field.next_step": ("Next step", "下一步"),
    "field.order_date": ("Order date", "下单日期"),
    "field.product": ("Product", "产品"),
    "field.quantity": ("Quantity", "数量"),
    "field.unit_price": ("Unit price", "单价"),
    "field.order_no": ("Order number", "订单号"),
    "field.note": ("Note", "备注"),
    "field.amount_due": ("Amount due", "应收金额"),
    "field.due_date": ("Due date", "到期日"),
    "field.amount_received": ("Amount received", "已回款金额"),
    "field.received_date": ("Received date", "回款日期"),
    # The same key means another thing in a contacts sheet.
    "field.contacts.name": ("Contact name", "联系人姓名"),
    "field.contacts.title": ("Job title", "职位"),
    # Record types, as import results count them.
    "entity.stage": ("Stages", "阶段"),
    "entity.product": ("Products", "产品"),
    "entity.customer": ("Customers", "客户"),
    "entity.contact": ("Contacts", "联系人"),
    "entity.deal": ("Deals", "商机"),
    "entity.deal_stage_history": ("Stage history", "阶段记录"),
    "entity.activity": ("Activities (follow-ups)", "跟进记录"),
    "entity.visit_plan": ("Visit plans", "拜访计划"),
    "entity.sales_order": ("Orders", "订单"),
    "entity.order_line": ("Order lines", "订单明细"),
    "entity.payment": ("Payments (receivables)", "回款"),
    "entity.playbook_entry": ("Playbook entries", "话术条目"),
    "entity.script_usage": ("Script usage", "话术使用记录"),
    "entity.complaint": ("Complaints", "投诉"),
    "entity.handoff": ("Handoffs", "交接"),
    "entity.goal": ("Goals", "目标"),
    "entity.review": ("Reviews", "复盘"),
    "entity.care_reminder": ("Care reminders", "关怀提醒"),
    "entity.customer_event": ("Customer events", "客户活动"),
    "entity.event_invite": ("Event invitations", "活动邀请"),
    # Visit kinds (the manual's 售前/售中/售后回访) and where a planned visit came from.
    "visit_kind.presale_visit": ("Pre-sale visit", "售前回访"),
    "visit_kind.insale_visit": ("In-sale visit", "售中回访"),
    "visit_kind.aftersale_visit": ("After-sale visit", "售后回访"),
    "visit_kind.complaint_followup": ("Complaint follow-up", "投诉回访"),
    "visit_kind.care": ("Care greeting", "关怀问候"),
    "visit_source.cadence": ("Cadence", "定期拜访"),
    "visit_source.aftersale": ("After a won deal", "赢单后回访"),
    "visit_source.care": ("Care", "关怀"),
    "visit_source.complaint": ("Complaint", "投诉回访"),
    "visit_source.manual": ("Planned by hand", "手动安排"),
    "visit_status.planned": ("Planned", "待拜访"),
    "visit_status.done": ("Done", "已完成"),
    "visit_status.skipped": ("Skipped", "已跳过"),
    # Care occasions (app.visits.care).
    "care.spring_festival": ("Spring Festival", "春节"),
    "care.lantern": ("Lantern Festival", "元宵节"),
    "care.qingming": ("Qingming", "清明节"),
    "care.dragon_boat": ("Dragon Boat Festival", "端午节"),
    "care.mid_autumn": ("Mid-Autumn Festival", "中秋节"),
    "care.national_day": ("National Day", "国庆节"),
    "care.new_year": ("New Year", "元旦"),
    "holiday.labour_day": ("Labour Day", "劳动节"),
    "care.founded": ("Company anniversary", "公司成立纪念日"),
    "care.cooperation": ("Cooperation anniversary", "合作纪念日"),
    "care.birthday": ("Birthday", "生日"),
    # Deal statuses.
    "status.open": ("Open", "进行中"),
    "status.won": ("Won", "赢单"),
    "status.lost": ("Lost", "输单"),
    # Why deals are lost (app.vocab.LOST_REASONS).
    "lost_reason.price": ("Price too high", "价格过高"),
    "lost_reason.competitor": ("Chose a competitor", "选择了竞争对手"),
    "lost_reason.budget": ("No budget", "没有预算"),
    "lost_reason.timing": ("Bad timing", "时机不对"),
    "lost_reason.need_changed": ("Need changed", "需求变化"),
    "lost_reason.no_decision": ("No decision made", "客户未做决定"),
    "lost_reason.product_fit": ("Product does not fit", "产品不匹配"),
    "lost_reason.other": ("Other", "其他"),
    "lost_reason.unspecified": ("No reason given", "未填写原因"),
    # Channels of a follow-up (app.vocab.CHANNELS).
    "channel.other": ("Other", "其他"),
    # Goal metrics (app.models.goals.GOAL_METRICS).
    "metric.revenue": ("Revenue won", "赢单金额"),
    "metric.new_customers": ("New customers", "新客户数"),
    "metric.win_rate": ("Win rate", "赢单率"),
    "metric.cycle_days": ("Sales cycle (days)", "销售周期（天）"),
    "metric.visits_done": ("Visits done", "完成拜访数"),
    "metric.on_time_collection": ("On-time collection", "按时回款率"),
    "metric.satisfaction": ("Satisfaction (1–5)", "满意度（1–5）"),
    # Receivable aging buckets (days overdue).
    "aging.0_30": ("0–30 days", "0–30天"),
    "aging.31_60": ("31–60 days", "31–60天"),
    "aging.61_90": ("61–90 days", "61–90天"),
    "aging.over_90": ("Over 90 days", "90天以上"),
    # Moves on the process map.
    "move.forward": ("Forward", "顺序推进"),
    "move.skipped": ("Skipped ahead", "跳过阶段"),
    "move.backward": ("Went back", "退回"),
    "move.won": ("Won", "赢单"),
    "move.lost": ("Lost", "输单"),
    # Complaint root causes (app.vocab.COMPLAINT_ROOT_CAUSES).
    "root_cause.product": ("Product", "产品"),
    "root_cause.delivery": ("Delivery", "交付"),
    "root_cause.service": ("Service", "服务"),
    "root_cause.billing": ("Billing", "账务"),
    "root_cause.communication": ("Communication", "沟通"),
    # Blanks left in a message template where a value is missing (app.playbook.templates).
    "placeholder.contact": ("contact", "联系人"),
    "placeholder.company": ("company", "公司"),
    "placeholder.product": ("product", "产品"),
    "placeholder.date": ("date", "日期"),
    "placeholder.amount": ("amount", "金额"),
    "placeholder.rep": ("your name", "您的姓名"),
    "placeholder.years": ("years", "年数"),
    "placeholder.holiday": ("holiday", "节日"),
    # Playbook sections and groups (app.playbook).
    "playbook.sop": ("Stage checklist", "阶段SOP"),
    "playbook.spin": ("SPIN questions", "SPIN提问"),
    "playbook.objection": ("Objections", "异议处理"),
    "playbook.closing_signal": ("Closing signals", "成交信号"),
    "playbook.template": ("Message templates", "消息模板"),
    "objection.price": ("Price", "价格"),
    "objection.budget": ("Budget", "预算"),
    "objection.timing": ("Timing", "时机"),
    "objection.competitor": ("Competitor / incumbent", "竞品/现有供应商"),
    "objection.authority": ("Authority", "决策权"),
    "objection.need": ("Need", "需求"),
    "objection.trust": ("Trust", "信任"),
    "objection.product_fit": ("Product fit", "产品匹配"),
    "objection.payment_terms": ("Payment terms", "付款条件"),
    "spin.situation": ("Situation", "背景问题"),
    "spin.problem": ("Problem", "难点问题"),
    "spin.implication": ("Implication", "暗示问题"),
    "spin.need_payoff": ("Need-payoff", "需求效益问题"),
    "template.holiday": ("Holiday greetings", "节日祝福"),
    "template.anniversary": ("Anniversaries", "周年纪念"),
    "template.birthday": ("Birthdays", "生日祝福"),
    "template.after_visit": ("After a visit", "拜访后跟进"),
    "template.proposal_followup": ("Proposal follow-up", "方案跟进"),
    "template.payment_reminder": ("Payment reminders", "回款提醒"),
    "template.complaint_followup": ("Complaint follow-up", "投诉回访"),
    # Complaint handling [M2.6] (app.models.service.COMPLAINT_STEPS, SEVERITIES).
    "complaint_step.listen": ("Listen and record", "倾听记录"),
    "complaint_step.apologise": ("Apologise and own it", "致歉担责"),
    "complaint_step.confirm": ("Confirm and promise a time", "明确问题与时限"),
    "complaint_step.resolve": ("Resolve", "快速解决"),
    "complaint_step.follow_up": ("Follow up", "回访总结"),
    "complaint_step.closed": ("Closed", "已关闭"),
    "severity.low": ("Low", "低"),
    "severity.medium": ("Medium", "中"),
    "severity.high": ("High", "高"),
    # RFM segments, in the wording of Chinese RFM write-ups.
    "segment.champions": ("Champions", "冠军客户"),
    "segment.loyal": ("Loyal", "忠诚客户"),
    "segment.potential_loyalist": ("Potential loyalist", "潜力客户"),
    "segment.new": ("New", "新客户"),
    "segment.promising": ("Promising", "有望客户"),
    "segment.needs_attention": ("Needs attention", "需关注客户"),
    "segment.about_to_sleep": ("About to sleep", "即将沉睡客户"),
    "segment.at_risk": ("At risk", "高危客户"),
    "segment.cant_lose": ("Can't lose them", "不能流失客户"),
    "segment.hibernating": ("Hibernating", "沉睡客户"),
    "segment.lost": ("Lost", "已流失客户"),
    # Kinds of follow-up (app.vocab.ACTIVITY_KINDS).
    "activity_kind.presale_visit": ("Pre-sale visit", "售前拜访"),
    "activity_kind.insale_visit": ("In-sale visit", "售中拜访"),
    "activity_kind.aftersale_visit": ("After-sale visit", "售后回访"),
    "activity_kind.call": ("Call", "电话沟通"),
    "activity_kind.care": ("Care greeting", "关怀问候"),
    "activity_kind.complaint_followup": ("Complaint follow-up", "投诉跟进"),
    "activity_kind.proposal": ("Proposal", "方案沟通"),
    "activity_kind.other": ("Other", "其他"),
}
SEGMENT_LABELS = {
    code.removeprefix("segment."): names
    for code, names in LABELS.items()
    if code.startswith("segment.")
}


def label(code: str, lang: str | None = None) -> str:
    """Return the name of a code ("field.amount", "kind.deals" …) in lang or the current language.

    An unknown code comes back as itself, so a value from a newer version still shows.
    """
    names = LABELS.get(code)
    if names is None:
        return code
    return names[1] if (lang or i18n.language()) == "zh_CN" else names[0]


def field_label(field: str, kind: str | None = None) -> str:
    """Return a field's name, as the sheet of kind calls it when that differs."""
    for code in (f"field.{kind}.{field}", f"field.{field}"):
        if code in LABELS:
            return label(code)
    return field


def field_list(fields: Iterable[str], kind: str | None = None) -> str:
    """Return field names joined the way the current language lists them."""
    return label("list.separator").join(field_label(field, kind) for field in fields)


def kind_label(kind: str) -> str:
    """Return the name of an import kind ("customers", "deals" …)."""
    return label(f"kind.{kind}") if f"kind.{kind}" in LABELS else kind


def entity_label(entity: str) -> str:
    """Return the name of a record type (a table: "deal", "sales_order" …)."""
    return label(f"entity.{entity}") if f"entity.{entity}" in LABELS else entity


def holiday_label(code: str) -> str:
    """Return the name of a public holiday code (app.workdays.holiday_code)."""
    return label(f"care.{code}") if f"care.{code}" in LABELS else label(f"holiday.{code}")


def lost_reason_label(value: str | None) -> str:
    """Return a stored lost reason for display: the code's name, or the rep's own words."""
    if not value:
        return ""
    code, text = split_lost_reason(value)
    return text or label(f"lost_reason.{code}")


def channel_label(code: str | None) -> str:
    """Return the name of an interaction channel ("wechat" → 微信)."""
    return label(f"channel.{code}") if code else ""


def activity_kind_label(code: str | None) -> str:
    """Return the name of a kind of follow-up ("presale_visit" → 售前拜访)."""
    return label(f"activity_kind.{code}") if code else ""


def lost_reason_choices() -> list[tuple[str, str]]:
    """Return (code, name) for every lost reason, "other" last, for a picker."""
    return [(code, label(f"lost_reason.{code}")) for code in LOST_REASONS]
