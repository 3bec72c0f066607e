"""Header auto-mapping for foreign sheets: reps' Chinese headers and other CRMs' exports."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.sync.headers import (
    EXACT,
    FIELDS,
    KINDS,
    PARTIAL,
    PREFIXED,
    guess_kind,
    guess_mapping,
    known_field_count,
    split_header,
)


def _fields(headers: list[str], kind: str) -> list[str | None]:
    return [column.field for column in guess_mapping(headers, kind).columns]


def test_every_kind_has_the_agreed_field_keys() -> None:
    assert KINDS == ("customers", "contacts", "deals", "activities", "orders", "payments")
    assert FIELDS["contacts"] == (
        "customer_name",
        "name",
        "title",
        "role",
        "phone",
        "email",
        "wechat",
        "birthday",
        "notes",
        "first_name",
        "last_name",
    )
    assert "contact_birthday" in FIELDS["customers"] and "created_date" in FIELDS["deals"]


@pytest.mark.parametrize(
    ("header", "key"),
    [
        ("客户名称", "客户名称"),
        ("*客户名称：", "客户名称"),
        ("客户名称*", "客户名称"),
        ("【必填】客户名称", "客户名称"),
        ("客户名称(必填)", "客户名称"),
        ("客戶名稱", "客户名称"),  # traditional
        ("Company_Name", "companyname"),
        ("  Company-Name ", "companyname"),
        ("ＥＭＡＩＬ", "email"),
        ("E-mail:", "email"),
        ("Order #", "orderno"),
        ("Deal - Value", "dealvalue"),
    ],
)
def test_split_header_folds_decorations(header: str, key: str) -> None:
    assert split_header(header)[0] == key


@pytest.mark.parametrize(
    ("header", "multiplier", "currency"),
    [
        ("金额(元)", Decimal(1), "CNY"),
        ("金额（万元）", Decimal(10000), "CNY"),
        ("合同金额【万元】", Decimal(10000), "CNY"),
        ("金额（单位：万元）", Decimal(10000), "CNY"),
        ("金额/万元", Decimal(10000), "CNY"),
        ("Amount (USD)", Decimal(1), "USD"),
        ("Amount (k)", Decimal(1000), None),
        ("金额", Decimal(1), None),
        ("Probability (%)", Decimal(1), None),
    ],
)
def test_units_in_headers_become_multipliers(
    header: str, multiplier: Decimal, currency: str | None
) -> None:
    _, got_multiplier, got_currency = split_header(header)
    assert (got_multiplier, got_currency) == (multiplier, currency)
    column = guess_mapping([header], "deals").columns[0]
    assert column.field in ("amount", "probability")
    assert (column.multiplier, column.currency) == (multiplier, currency)


def test_rep_sheet_of_customers_with_contacts() -> None:
    headers = [
        "序号",
        "客户名称",
        "所属行业",
        "所在城市",
        "联系人",
        "职务",
        "手机",
        "邮箱",
        "微信号",
        "客户来源",
        "负责人",
        "备注",
    ]
    assert _fields(headers, "customers") == [
        None,
        "name",
        "industry",
        "city",
        "contact_name",
        "contact_title",
        "contact_phone",
        "contact_email",
        "contact_wechat",
        "source",
        "owner",
        "notes",
    ]
    assert guess_kind(headers) == "customers"


def test_generic_phone_is_the_company_phone_without_a_contact_column() -> None:
    assert _fields(["公司名称", "电话", "邮箱", "地址"], "customers") == [
        "name",
        "phone",
        "email",
        "address",
    ]


def test_company_and_contact_phones_side_by_side() -> None:
    headers = ["客户名称", "座机", "联系人", "手机", "联系人邮箱"]
    assert _fields(headers, "customers") == [
        "name",
        "phone",
        "contact_name",
        "contact_phone",
        "contact_email",
    ]


def test_two_phone_columns_fill_contact_then_company() -> None:
    assert _fields(["客户", "联系人", "手机", "电话"], "customers") == [
        "name",
        "contact_name",
        "contact_phone",
        "phone",
    ]


def test_no_field_is_used_twice() -> None:
    mapping = guess_mapping(["客户名称", "公司名称", "手机", "电话", "手机号"], "contacts")
    fields = [c.field for c in mapping.columns]
    assert fields == ["customer_name", None, "phone", None, None]
    assert mapping.columns[1].confidence == 0.0


def test_traditional_chinese_headers() -> None:
    headers = ["客戶名稱", "聯絡人", "職稱", "電話", "電子郵件", "負責業務", "備註"]
    assert _fields(headers, "customers") == [
        "name",
        "contact_name",
        "contact_title",
        "contact_phone",
        "contact_email",
        "owner",
        "notes",
    ]


def test_contact_prefixed_headers_in_a_customer_sheet() -> None:
    headers = [
        "Account Name",
        "Contact Name",
        "联系人职位",
        "Contact Role",
        "联系人生日",
        "联系人微信",
    ]
    mapping = guess_mapping(headers, "customers")
    assert [c.field for c in mapping.columns] == [
        "name",
        "contact_name",
        "contact_title",
        "contact_role",
        "contact_birthday",
        "contact_wechat",
    ]
    assert mapping.columns[2].confidence == PREFIXED


def test_salesforce_opportunity_export() -> None:
    headers = [
        "Opportunity Name",
        "Account Name",
        "Amount",
        "Close Date",
        "Stage",
        "Probability (%)",
        "Lead Source",
        "Opportunity Owner",
        "Created Date",
    ]
    assert _fields(headers, "deals") == [
        "title",
        "customer_name",
        "amount",
        "expected_close_date",
        "stage",
        "probability",
        "source",
        "owner",
        "created_date",
    ]
    assert guess_kind(headers) == "deals"


def test_salesforce_account_export() -> None:
    headers = [
        "Account Name",
        "Billing City",
        "Billing State/Province",
        "Phone",
        "Industry",
        "Account Owner",
        "Website",
    ]
    assert _fields(headers, "customers") == [
        "name",
        "city",
        "region",
        "phone",
        "industry",
        "owner",
        "website",
    ]
    assert guess_kind(headers) == "customers"


def test_hubspot_exports() -> None:
    companies = ["Company name", "Phone Number", "City", "Industry", "Company owner", "Create Date"]
    assert _fields(companies, "customers") == ["name", "phone", "city", "industry", "owner", None]
    deals = [
        "Deal Name",
        "Deal Stage",
        "Close Date",
        "Amount",
        "Associated Company",
        "Deal owner",
        "Create Date",
    ]
    assert _fields(deals, "deals") == [
        "title",
        "stage",
        "expected_close_date",
        "amount",
        "customer_name",
        "owner",
        "created_date",
    ]
    assert guess_kind(deals) == "deals"


def test_zoho_deal_export() -> None:
    headers = [
        "Deal Name",
        "Account Name",
        "Amount",
        "Closing Date",
        "Stage",
        "Lead Source",
        "Deal Owner",
    ]
    assert _fields(headers, "deals") == [
        "title",
        "customer_name",
        "amount",
        "expected_close_date",
        "stage",
        "source",
        "owner",
    ]


def test_pipedrive_deal_export() -> None:
    headers = [
        "Deal - Title",
        "Deal - Value",
        "Deal - Currency",
        "Deal - Stage",
        "Deal - Expected close date",
        "Deal - Won time",
        "Deal - Lost reason",
        "Organization - Name",
        "Person - Name",
        "Deal - Owner",
    ]
    mapping = guess_mapping(headers, "deals")
    assert [c.field for c in mapping.columns] == [
        "title",
        "amount",
        "currency",
        "stage",
        "expected_close_date",
        "closed_date",
        "lost_reason",
        "customer_name",
        None,
        "owner",
    ]
    assert mapping.columns[4].confidence == PREFIXED
    assert guess_kind(headers) == "deals"


def test_pipedrive_person_export() -> None:
    headers = [
        "Person - Name",
        "Person - Organization",
        "Person - Phone",
        "Person - Email",
        "Person - Job title",
    ]
    assert _fields(headers, "contacts") == ["name", "customer_name", "phone", "email", "title"]
    assert guess_kind(headers) == "contacts"


def test_chinese_crm_deal_export() -> None:
    headers = [
        "商机名称",
        "客户名称",
        "商机金额（元）",
        "销售阶段",
        "预计成交日期",
        "赢率",
        "输单原因",
        "负责人",
        "创建时间",
    ]
    assert _fields(headers, "deals") == [
        "title",
        "customer_name",
        "amount",
        "stage",
        "expected_close_date",
        "probability",
        "lost_reason",
        "owner",
        "created_date",
    ]
    assert guess_kind(headers) == "deals"


def test_activity_sheet() -> None:
    headers = [
        "客户名称",
        "联系人",
        "跟进时间",
        "跟进方式",
        "跟进内容",
        "客户反馈",
        "意向程度",
        "下次跟进计划",
    ]
    assert _fields(headers, "activities") == [
        "customer_name",
        "contact_name",
        "occurred_at",
        "channel",
        "summary",
        "feedback",
        "intent_level",
        "next_step",
    ]
    assert guess_kind(headers) == "activities"


def test_order_and_payment_sheets() -> None:
    orders = ["订单编号", "客户名称", "下单日期", "产品名称", "数量", "单价", "订单金额", "备注"]
    assert _fields(orders, "orders") == [
        "order_no",
        "customer_name",
        "order_date",
        "product",
        "quantity",
        "unit_price",
        "amount",
        "note",
    ]
    assert guess_kind(orders) == "orders"
    payments = ["客户名称", "订单号", "应收金额", "到期日", "实收金额", "回款日期"]
    assert _fields(payments, "payments") == [
        "customer_name",
        "order_no",
        "amount_due",
        "due_date",
        "amount_received",
        "received_date",
    ]
    assert guess_kind(payments) == "payments"


@pytest.mark.parametrize(
    ("headers", "kind"),
    [
        (["客户", "金额", "阶段"], "deals"),  # amount + stage
        (["客户", "下单日期", "金额"], "orders"),  # order date + amount
        (["客户名称", "金额（万元）", "备注"], "customers"),  # an amount alone says nothing
        (
            ["姓名", "公司", "职位", "手机"],
            "contacts",
        ),  # person attributes, no company-level column
        (["客户名称", "联系人", "手机"], "customers"),  # a customer sheet that also names contacts
        (["客户名称", "行业", "城市", "联系人", "职位"], "customers"),
        (["foo", "bar"], "customers"),
        ([], "customers"),
    ],
)
def test_guess_kind(headers: list[str], kind: str) -> None:
    assert guess_kind(headers) == kind


def test_partial_matches_are_weak_guesses() -> None:
    column = guess_mapping(["本次预计成交金额"], "deals").columns[0]
    assert (column.field, column.confidence) == ("amount", PARTIAL)
    assert guess_mapping(["客户名称"], "deals").columns[0].confidence == EXACT


def test_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown kind"):
        guess_mapping(["客户名称"], "leads")


def test_mapping_helpers() -> None:
    mapping = guess_mapping(["公司", "备注", "城市"], "customers")
    assert set(mapping.fields()) == {"name", "notes", "city"}
    assert mapping.missing_required() == []
    fixed = mapping.assign(1, "main_business").assign(2, "region")
    assert [c.field for c in fixed.columns] == ["name", "main_business", "region"]
    moved = fixed.assign(2, "name")  # the user says the third column is the name after all
    assert [c.field for c in moved.columns] == [None, "main_business", "name"]
    assert moved.missing_required() == []
    assert guess_mapping(["备注"], "orders").missing_required() == ["customer_name", "amount"]
    with pytest.raises(ValueError):
        mapping.assign(0, "stage")


def test_known_field_count_finds_header_rows() -> None:
    assert known_field_count(["2026年客户清单"]) == 0
    assert known_field_count(["杭州云启科技有限公司", "张三", "13800138000"]) == 0
    assert known_field_count(["客户名称", "联系人", "手机", "", "自定义"]) == 3
    assert known_field_count(["Deal - Title", "Deal - Won time"]) == 2


def test_a_location_column_is_the_city() -> None:
    # A rep's own sheet says 地点 or 所在地 for the town a customer is in; Pipedrive says Location.
    assert _fields(["客户名称", "地点", "联系电话"], "customers") == ["name", "city", "phone"]
    assert _fields(["公司", "所在地"], "customers") == ["name", "city"]
    assert _fields(["Organization", "Location"], "customers") == ["name", "city"]


def test_a_name_in_two_columns_and_an_owner_are_not_the_contact() -> None:
    # HubSpot / Salesforce contact exports: First Name + Last Name, and the rep who owns them.
    hubspot = [
        "First Name",
        "Last Name",
        "Email",
        "Associated Company",
        "Job Title",
        "Contact owner",
    ]
    assert guess_kind(hubspot) == "contacts"
    assert _fields(hubspot, "contacts") == [
        "first_name", "last_name", "email", "customer_name", "title", None,
    ]  # fmt: skip
    mapping = guess_mapping(hubspot, "contacts")
    assert mapping.missing_required() == []
    assert _fields(["客户名称", "姓", "名"], "contacts") == [
        "customer_name",
        "last_name",
        "first_name",
    ]


@pytest.mark.parametrize(
    "header", ["Last Contact", "Last Contacted", "最后跟进时间", "last_contact_at", "Create Date"]
)
def test_a_last_touch_column_is_not_a_name(header: str) -> None:
    # "contact" inside "Last Contact" once made every date a contact's name.
    assert _fields(["客户名称", header], "customers") == ["name", None]
    assert _fields(["客户名称", "联系人", header], "contacts") == ["customer_name", "name", None]


def test_company_phone_and_mobile_go_to_company_and_contact() -> None:
    # A company phone column makes it a customer sheet with contacts, not a contacts sheet.
    headers = ["客户名称", "公司电话", "联系人", "手机", "微信"]
    assert guess_kind(headers) == "customers"
    assert _fields(headers, "customers") == [
        "name", "phone", "contact_name", "contact_phone", "contact_wechat",
    ]  # fmt: skip
    # The column that names the contact's phone takes it; the generic one is the company's.
    assert _fields(["客户名称", "电话", "联系人", "联系人电话"], "customers") == [
        "name", "phone", "contact_name", "contact_phone",
    ]  # fmt: skip
    # Two generic columns: the mobile is the person's, the other phone the switchboard.
    assert _fields(["客户名称", "电话", "联系人", "手机"], "customers") == [
        "name", "phone", "contact_name", "contact_phone",
    ]  # fmt: skip


def test_a_sheet_without_a_date_column_is_not_a_log_or_a_ledger() -> None:
    # "Notes" is an activity summary too, but a follow-up log always has a date.
    assert guess_kind(["Company", "Phone", "Email", "Notes"]) == "customers"
    # 企业微信-style customer export: 跟进记录 is a text column, 最后跟进时间 a figure.
    assert guess_kind(
        ["客户名称", "负责人", "客户来源", "客户级别", "跟进记录", "最后跟进时间"]
    ) == ("customers")
    assert guess_kind(["客户", "跟进日期", "跟进方式", "跟进内容"]) == "activities"


def test_a_log_with_the_day_and_the_time_in_two_columns() -> None:
    assert _fields(["客户", "时间", "日期", "跟进内容"], "activities") == [
        "customer_name", "occurred_time", "occurred_at", "summary",
    ]  # fmt: skip
    assert _fields(["Company", "Date", "Time", "Notes"], "activities")[1:3] == [
        "occurred_at", "occurred_time",
    ]  # fmt: skip
    # One column alone is the date-time, whatever it is called.
    assert _fields(["客户", "时间", "跟进内容"], "activities")[1] == "occurred_at"
