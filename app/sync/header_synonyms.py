"""Column names that mean each RepBook field, per entity kind, as reps and other CRMs write them.

Words are "|"-separated and compared folded (case, width, spaces, punctuation and traditional
characters do not matter), so 客戶名稱, 客户名称 and "Account_Name" need one entry each at most.
Sources: reps' own sheets; Salesforce, HubSpot, Zoho and Pipedrive exports; 纷享销客, 销售易 and
企业微信/钉钉 CRM exports. When two fields of a kind claim the same word, the first one listed
keeps it. A field named "~phone"/"~email" is a generic column that headers.guess_mapping gives to
the contact when the sheet has a contact column, else to the company.
"""

from __future__ import annotations

_COMPANY = (
    "客户名称|客户|客户全称|客户名|公司名称|公司|公司全称|公司名|单位名称|单位|企业名称|企业"
    "|企业全称|账户名称|账户|客户单位|所属客户|所属公司|客户公司|机构名称|组织名称|account name"
    "|account|company|company name|organization|organisation|organization name|organization - name"
    "|customer|customer name|client|client name|associated company|deal - organization"
    "|person - organization"
)
_PERSON = (
    "联系人|联系人姓名|联系人名称|联络人|主要联系人|对接人|客户联系人|contact|contact name"
    "|contact person|person|person name|person - name|primary contact|full name"
    "|deal - contact person"
)
_JOB = "职位|职务|职称|头衔|岗位|job title|position|person - job title"
_ROLE = "角色|联系人角色|决策角色|采购角色|购买角色|role|contact role|buying role"
# A mobile number is a person's; a generic phone column may be the company's switchboard.
MOBILE = (
    "手机|手机号|手机号码|移动电话|行动电话|mobile|mobile phone|mobile number|cell|cell phone"
    "|person - phone - mobile"
)
_PHONE = (
    MOBILE + "|电话|联系电话|联系方式|电话号码|phone|phone number|tel|telephone"
    "|person - phone - work|person - phone"
)
_COMPANY_PHONE = (
    "公司电话|座机|总机|固定电话|固话|办公电话|单位电话|企业电话|company phone|main phone"
    "|office phone"
)
_CONTACT_PHONE = (
    "联系人电话|联系人手机|联系人手机号|联系人联系方式|contact phone|contact mobile|person - phone"
)
_EMAIL = "邮箱|电子邮件|电子邮箱|邮件|邮箱地址|电邮|email|e-mail|email address|mail"
_COMPANY_EMAIL = "公司邮箱|企业邮箱|company email|account email"
_CONTACT_EMAIL = "联系人邮箱|联系人电子邮件|contact email|person - email"
_FIRST_NAME = "名|first name|firstname|given name|forename|person - first name"
_LAST_NAME = "姓|姓氏|last name|lastname|surname|family name|person - last name"
_WECHAT = "微信|微信号|微信id|微信账号|联系人微信|wechat|wechat id|weixin|wx"
_BIRTHDAY = "生日|出生日期|联系人生日|birthday|date of birth|dob|birth date"
_NOTES = "备注|说明|附注|备注信息|其他|其它|notes|note|remarks|remark|comments|comment|memo"
_OWNER = (
    "负责人|销售|所属销售|客户经理|销售负责人|跟进人|归属人|业务员|负责业务|销售人员|销售代表"
    "|所有者|owner|account owner|company owner|contact owner|deal owner|opportunity owner"
    "|sales rep|salesperson|assigned to|record owner|deal - owner"
)
_SOURCE = (
    "来源|客户来源|线索来源|商机来源|获客渠道|来源渠道|渠道来源|lead source|source|original source"
    "|deal source"
)
_DEAL = (
    "商机名称|商机|机会名称|销售机会|项目名称|项目|商机标题|opportunity name|opportunity|deal name"
    "|deal|deal title|deal - title"
)
DEAL_TITLES = _DEAL  # headers that name a deal, whatever else the sheet has
_ORDER_NO = (
    "订单号|订单编号|合同号|合同编号|单号|订单|order no|order number|order id|orderno|contract no"
    "|contract number|po number|invoice number"
)

SYNONYMS: dict[str, dict[str, str]] = {
    "customers": {
        "name": _COMPANY + "|名称|name",
        "industry": "行业|所属行业|行业类别|行业分类|客户行业|industry|sector|vertical",
        "size_band": (
            "规模|人员规模|企业规模|公司规模|员工人数|人数|员工规模|number of employees|employees"
            "|company size|size|employee count|headcount"
        ),
        "region": (
            "地区|省份|省|所在地区|区域|所在省份|大区|省市|销售区域|region|province|state"
            "|state/region|state/province|billing state/province|billing state|territory|area"
        ),
        "city": (
            "城市|所在城市|城市名称|市|地点|所在地|city|town|location|billing city|shipping city"
            "|organization - city"
        ),
        "address": (
            "地址|详细地址|公司地址|办公地址|联系地址|通讯地址|注册地址|address|street"
            "|billing street|billing address|street address|organization - address"
        ),
        "source": _SOURCE,
        "phone": _COMPANY_PHONE,
        "email": _COMPANY_EMAIL,
        "website": (
            "网址|网站|官网|公司网站|主页|website|web site|url|homepage|domain|company domain name"
        ),
        "main_business": (
            "主营业务|主营|经营范围|主营产品|业务范围|主要业务|main business|business description"
        ),
        "pain_points": (
            "痛点|客户痛点|需求痛点|主要痛点|需求|客户需求|pain points|pain point|needs|challenges"
        ),
        "current_suppliers": (
            "现有供应商|当前供应商|供应商|竞品|竞争对手|合作供应商|current supplier"
            "|current suppliers|incumbent|competitor|competitors"
        ),
        "preferred_channel": (
            "偏好渠道|沟通偏好|偏好沟通方式|首选联系方式|preferred channel|preferred contact method"
        ),
        "first_cooperation_date": (
            "首次合作日期|首次合作时间|合作日期|首次成交日期|合作开始日期|首单日期|首次签约日期"
            "|first cooperation date|customer since|first deal date|became a customer date"
        ),
        "founded_date": (
            "成立日期|成立时间|注册日期|创立日期|成立年份|founded|founded date|year founded"
            "|date founded|established|incorporation date"
        ),
        "notes": _NOTES,
        "tier": (
            "等级|客户等级|客户级别|级别|客户分级|分级|abc分类|tier|customer tier|rating"
            "|account rating|grade"
        ),
        "owner": _OWNER,
        "contact_name": _PERSON + "|姓名|名字",
        "contact_title": _JOB,
        "contact_role": _ROLE,
        "contact_phone": _CONTACT_PHONE,
        "contact_email": _CONTACT_EMAIL,
        "contact_wechat": _WECHAT,
        "contact_birthday": _BIRTHDAY,
        "contact_first_name": _FIRST_NAME,
        "contact_last_name": _LAST_NAME,
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
        "first_name": _FIRST_NAME,
        "last_name": _LAST_NAME,
    },
    "deals": {
        "customer_name": _COMPANY,
        "title": _DEAL + "|名称|标题|name|title",
        "amount": (
            "金额|合同金额|订单金额|成交金额|商机金额|预计金额|预计成交金额|预估金额|销售金额"
            "|总金额|金额合计|商机价值|amount|deal amount|opportunity amount|value|deal value"
            "|expected revenue"
        ),
        "currency": (
            "币种|货币|币别|货币类型|currency|deal currency|currency code|opportunity currency"
        ),
        "stage": (
            "阶段|销售阶段|商机阶段|当前阶段|跟进阶段|stage|deal stage|opportunity stage"
            "|sales stage|pipeline stage"
        ),
        "status": "状态|商机状态|输赢状态|赢输状态|结果|status|deal status|outcome",
        "expected_close_date": (
            "预计成交日期|预计签约日期|预计结单日期|预计成交时间|预计关闭日期|预计签单日期"
            "|结单日期|close date|closing date|expected close date|expected closing date"
            "|estimated close date"
        ),
        "closed_date": (
            "成交日期|实际成交日期|赢单日期|签约日期|签单日期|关闭日期|输单日期|won time|lost time"
            "|close time|closed date|actual close date|date closed"
        ),
        "probability": (
            "赢率|成交概率|赢单率|赢单概率|概率|成功率|可能性|probability|win probability"
            "|deal probability|closing probability"
        ),
        "lost_reason": (
            "输单原因|丢单原因|失败原因|lost reason|loss reason|closed lost reason|reason lost"
        ),
        "need": (
            "需求|客户需求|需求描述|痛点|需求痛点|need|needs|pain point|requirement|requirements"
        ),
        "budget": "预算|客户预算|预算金额|budget",
        "source": _SOURCE,
        "owner": _OWNER,
        "created_date": (
            "创建日期|创建时间|录入日期|录入时间|建立日期|立项日期|create date|created date"
            "|created|created time|created on|date created|deal created|opportunity created date"
        ),
    },
    "activities": {
        "customer_name": _COMPANY,
        "contact_name": _PERSON + "|姓名",
        "deal_title": _DEAL + "|关联商机|related deal",
        "occurred_at": (
            "跟进时间|跟进日期|拜访时间|拜访日期|沟通时间|沟通日期|联系时间|联系日期|时间|日期"
            "|发生时间|活动时间|活动日期|记录时间|date|time|activity date|date time|due date"
            "|start date|start time|completed date|done time"
        ),
        "occurred_time": "时刻|具体时间|跟进时刻|拜访时刻|time of day",
        "channel": (
            "跟进方式|沟通方式|联系方式|方式|渠道|沟通渠道|拜访方式|channel|method|contact method"
            "|type|activity type"
        ),
        "kind": "跟进类型|拜访类型|类型|活动类型|拜访目的|kind|category|visit type|purpose",
        "summary": (
            "跟进内容|拜访内容|沟通内容|内容|摘要|记录|跟进记录|拜访记录|沟通记录|详情|小结"
            "|跟进情况|subject|summary|notes|note|description|details|content"
        ),
        "feedback": "客户反馈|反馈|客户意见|客户回复|feedback|customer feedback|response",
        "intent_level": (
            "意向|意向程度|意向等级|客户意向|购买意向|意向度|intent|intent level|interest"
            "|interest level|temperature"
        ),
        "next_step": (
            "下一步|下一步计划|下次跟进|下次跟进计划|下次跟进时间|下次联系时间|后续计划|后续跟进"
            "|下一步行动|next step|next steps|next action|follow up|next activity"
        ),
    },
    "orders": {
        "customer_name": _COMPANY,
        "order_date": (
            "下单日期|订单日期|签约日期|日期|成交日期|销售日期|合同日期|购买日期|order date|date"
            "|purchase date|invoice date|sale date|transaction date"
        ),
        "amount": (
            "金额|订单金额|合同金额|成交金额|销售额|销售金额|总金额|总价|金额合计|合计|价税合计"
            "|含税金额|amount|total|order amount|order total|total amount|grand total|revenue"
            "|value"
        ),
        "product": (
            "产品|产品名称|商品|商品名称|品名|货品名称|产品型号|型号|服务|product|product name"
            "|item|item name|sku|service"
        ),
        "quantity": "数量|订购数量|销售数量|件数|qty|quantity|units",
        "unit_price": "单价|价格|销售单价|含税单价|unit price|price|list price|sales price",
        "order_no": _ORDER_NO,
        "note": _NOTES,
    },
    "payments": {
        "customer_name": _COMPANY,
        "order_no": _ORDER_NO,
        "amount_due": (
            "应收金额|应收|应收款|应收账款|计划回款金额|应回款金额|合同金额|金额|amount due|amount"
            "|invoice amount|total due|due amount|receivable"
        ),
        "due_date": (
            "到期日|到期日期|应收日期|计划回款日期|应回款日期|约定付款日期|付款期限|收款期限"
            "|due date|payment due date|due"
        ),
        "amount_received": (
            "实收金额|已收金额|回款金额|已回款|已回款金额|到账金额|收款金额|实际回款金额|已付金额"
            "|amount received|received|amount paid|paid amount|paid"
        ),
        "received_date": (
            "回款日期|收款日期|到账日期|实际回款日期|付款日期|实收日期|received date|payment date"
            "|date received|paid date|date paid"
        ),
        "note": _NOTES,
    },
}

# Columns no field takes, which a synonym inside them must not claim either: figures RepBook
# (or another CRM) works out itself, dates of the last touch, and record bookkeeping.
NOT_FIELDS = (
    "last contact|last contacted|last contact date|last contacted date|last activity"
    "|last activity date|last engagement date|last interaction|last touch|next activity date"
    "|最后跟进时间|最近跟进时间|最后联系时间|最近联系时间|上次跟进时间|上次联系时间|最后跟进日期"
    "|last_contact_at|last_order_date|revenue_12m|revenue_24m|orders_24m|rfm_r|rfm_f|rfm_m"
    "|rfm_segment|churn_risk|churn_reason|search_text|updated_at|created_at|deleted_at"
    "|record id|contact id|company id|account id|deal id|hubspot id|salesforce id|owner id"
    "|create date|created date|created time|modified date|last modified date|创建时间|修改时间"
    "|更新时间|最后修改时间|创建人|修改人"
)
