"""Foreign CSV/XLSX import: sheets as reps' Excel saves them, natural keys, rejects, dry runs."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from app import i18n
from app import settings as app_settings
from app.db import Database, list_backups
from app.models import (
    Activity,
    Contact,
    Customer,
    Deal,
    DealStageHistory,
    Order,
    OrderLine,
    Payment,
    Product,
    Stage,
)
from app.parsing.errors import UnusableFileError
from app.summary import summarize
from app.sync.bundle import import_path
from app.sync.bundle_export import export_bundle
from app.sync.foreign import preview_file
from app.sync.result import Cancelled

CUSTOMER_HEADER = [
    "客户名称",
    "所属行业",
    "城市",
    "联系人",
    "职位",
    "手机",
    "邮箱",
    "首次合作日期",
    "备注",
]
CUSTOMERS = [
    [
        "杭州云启科技有限公司", "制造业", "杭州", "张伟", "采购经理", "138 0013 8000",
        "zhang@yunqi.cn", "2026/3/5", "年采购约50万",
    ],
    [
        "宁波海曙贸易有限公司", "批发零售", "宁波", "李娜", "总经理", "+86 139-0000-1111",
        "li@haishu.cn", "2025年11月20日", "多行\n备注，含逗号",
    ],
    ["上海浦江物流", "物流", "上海", "赵磊", "IT主管", "13600001111", "", "2026-01-08", '说"好"的'],
]  # fmt: skip


def excel_csv(path: Path, header: list[str], rows: list[list[str]], encoding: str = "gbk") -> Path:
    """Write a sheet the way Excel saves "CSV": CRLF, quotes only where needed, no BOM for GBK."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def everything(db: Database, model: type) -> list[Any]:
    with db.session() as s:
        return list(s.scalars(select(model).order_by(model.created_at, model.id)))


def by_name(db: Database, name: str) -> Customer:
    with db.session() as s:
        return s.scalars(select(Customer).where(Customer.name == name)).one()


def snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    with db.engine.connect() as conn:
        return {
            model.__tablename__: sorted(conn.execute(select(model.__table__)).all(), key=repr)
            for model in (
                Customer,
                Contact,
                Deal,
                DealStageHistory,
                Activity,
                Order,
                Payment,
                Product,
            )
        }


# ----------------------------------------------------------------------------- customers


@pytest.mark.parametrize("encoding", ["gbk", "utf-8-sig"])
def test_a_customer_sheet_with_contact_columns_creates_customers_and_contacts(
    db: Database, tmp_path: Path, encoding: str
) -> None:
    with db.session.begin() as s:
        app_settings.put(s, "owner", "王小明")
    sheet = excel_csv(tmp_path / "客户.csv", CUSTOMER_HEADER, CUSTOMERS, encoding)

    result = import_path(db, sheet)

    assert result.to_json()["created"] == 6
    assert result.by_entity["customer"].created == 3 and result.by_entity["contact"].created == 3
    assert result.rejected == 0 and result.kind == "customers"
    assert result.encoding == ("gb18030" if encoding == "gbk" else "utf-8-sig")
    yunqi = by_name(db, "杭州云启科技有限公司")
    assert yunqi.industry == "制造业" and yunqi.city == "杭州" and yunqi.notes == "年采购约50万"
    assert str(yunqi.first_cooperation_date) == "2026-03-05"
    assert yunqi.name_key == "杭州云启科技"
    assert yunqi.owner == "王小明"
    assert "hzyqkjyxgs" in yunqi.search_text and "张伟" in yunqi.search_text
    haishu = by_name(db, "宁波海曙贸易有限公司")
    assert haishu.notes == "多行\n备注，含逗号"
    assert str(haishu.first_cooperation_date) == "2025-11-20"
    assert by_name(db, "上海浦江物流").notes == '说"好"的'
    contacts = {c.name: c for c in everything(db, Contact)}
    assert contacts["张伟"].customer_id == yunqi.id and contacts["张伟"].title == "采购经理"
    assert contacts["张伟"].phone_key == "13800138000" and contacts["张伟"].is_primary
    assert contacts["李娜"].phone_key == "13900001111" and contacts["李娜"].email == "li@haishu.cn"


def test_importing_the_same_sheet_again_updates_instead_of_duplicating(
    db: Database, tmp_path: Path
) -> None:
    sheet = excel_csv(tmp_path / "客户.csv", CUSTOMER_HEADER, CUSTOMERS)
    import_path(db, sheet)
    again = import_path(db, sheet)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 6)

    changed = [row[:] for row in CUSTOMERS]
    changed[0][2] = "嘉兴"  # the customer moved
    changed[1][6] = ""  # an empty cell never blanks out what is stored
    changed[2][0] = "上海浦江物流有限公司"  # the same company, with its legal form
    third = import_path(db, excel_csv(tmp_path / "客户2.csv", CUSTOMER_HEADER, changed))

    assert (third.created, third.updated, third.unchanged) == (0, 1, 5)
    assert len(everything(db, Customer)) == 3 and len(everything(db, Contact)) == 3
    assert by_name(db, "杭州云启科技有限公司").city == "嘉兴"
    assert {c.email for c in everything(db, Contact)} >= {"li@haishu.cn"}


def test_duplicate_rows_in_one_file_merge_into_one_customer(db: Database, tmp_path: Path) -> None:
    rows = [
        ["杭州云启科技有限公司", "制造业", "杭州", "张伟", "采购经理", "13800138000", "", "", ""],
        ["杭州云启科技", "", "", "陈静", "财务总监", "13900139000", "", "", "第二位联系人"],
    ]
    result = import_path(db, excel_csv(tmp_path / "dup.csv", CUSTOMER_HEADER, rows))
    assert result.by_entity["customer"].created == 1 and result.merged_rows == 1
    [customer] = everything(db, Customer)
    assert customer.name == "杭州云启科技有限公司" and customer.notes == "第二位联系人"
    assert {c.name for c in everything(db, Contact)} == {"张伟", "陈静"}
    assert "张伟" in customer.search_text and "陈静" in customer.search_text


def test_two_names_sharing_a_phone_or_email_stay_two_customers_listed_as_duplicates(
    db: Database, tmp_path: Path
) -> None:
    from app.customers.duplicates import find_duplicates

    header = ["客户名称", "电话", "邮箱", "城市"]
    rows = [
        ["华东机械有限公司", "138-0013-8000", "", "上海"],
        ["华南贸易公司", "+86 13800138000", "", "广州"],
        ["北方重工", "", "buy@north.cn", "沈阳"],
        ["北方重工贸易部", "", "BUY@north.cn", "天津"],
    ]
    sheet = excel_csv(tmp_path / "shared.csv", header, rows)
    result = import_path(db, sheet)

    assert result.by_entity["customer"].created == 4 and result.merged_rows == 0
    assert {c.name: c.city for c in everything(db, Customer)} == {
        "华东机械有限公司": "上海", "华南贸易公司": "广州", "北方重工": "沈阳", "北方重工贸易部": "天津"
    }  # fmt: skip
    assert len(result.warnings) == 2
    assert "华南贸易公司" in result.warnings[0] and "华东机械有限公司" in result.warnings[0]
    assert "buy@north.cn" in result.warnings[1]
    with db.session() as session:
        assert len(find_duplicates(session)) == 2
    again = import_path(db, sheet)  # the names find their records: nothing new, no new pairs
    assert again.created == 0 and again.unchanged == 4


def test_owner_column_wins_over_the_settings_owner(db: Database, tmp_path: Path) -> None:
    with db.session.begin() as s:
        app_settings.put(s, "owner", "王小明")
    sheet = excel_csv(
        tmp_path / "c.csv", ["客户名称", "负责人"], [["杭州云启", "李娜"], ["宁波海曙", ""]]
    )
    import_path(db, sheet)
    assert by_name(db, "杭州云启").owner == "李娜"
    assert by_name(db, "宁波海曙").owner == "王小明"


def test_an_xlsx_workbook_imports_like_a_csv(db: Database, tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["客户信息表"])  # a title row above the header, as reps like
    sheet.append(["公司名称", "联系人", "联系电话", "成立日期"])
    sheet.append(["杭州云启科技有限公司", "张伟", 13800138000, 46086])  # a phone typed as a number
    workbook.save(tmp_path / "客户.xlsx")

    result = import_path(db, tmp_path / "客户.xlsx")

    assert result.created == 2
    customer = by_name(db, "杭州云启科技有限公司")
    assert str(customer.founded_date) == "2026-03-05"  # Excel serial 46086
    assert everything(db, Contact)[0].phone_key == "13800138000"


def test_formula_looking_cells_are_kept_as_text_and_neutralised_on_export(
    db: Database, tmp_path: Path
) -> None:
    sheet = excel_csv(
        tmp_path / "c.csv", ["客户名称", "备注"], [['=HYPERLINK("http://x")', "@SUM(A1)"]]
    )
    import_path(db, sheet)
    customer = everything(db, Customer)[0]
    assert customer.name == '=HYPERLINK("http://x")' and customer.notes == "@SUM(A1)"
    export_bundle(db, tmp_path / "out")
    exported = (tmp_path / "out" / "customer.csv").read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in exported and "'@SUM(A1)" in exported


# -------------------------------------------------------------------------------- rejects

REJECT_ROWS = [
    [
        "杭州云启科技有限公司",
        "制造业",
        "杭州",
        "张伟",
        "采购经理",
        "13800138000",
        "",
        "2026/3/5",
        "两行\n备注",
    ],
    ["", "制造业", "杭州", "王五", "", "13700001111", "", "", "没有客户名"],
    ["上海浦江物流", "物流", "上海", "赵磊", "", "13600001111", "", "2026-02-30", ""],
    ["宁波海曙贸易", "批发", "宁波", "李娜", "", "13900001111", "", "", ""],
]


def test_bad_rows_are_reported_with_excel_row_column_and_reason_and_set_aside(
    db: Database, tmp_path: Path
) -> None:
    sheet = excel_csv(tmp_path / "客户.csv", CUSTOMER_HEADER, REJECT_ROWS)

    result = import_path(db, sheet)

    # Row 1 is the header; the two-line cell of row 2 is still one Excel row.
    assert result.rejected == 2 and result.by_entity["customer"].created == 2
    assert result.to_json()["errors"] == [
        {"row": 3, "column": "客户名称", "message": "customer name is empty"},
        {
            "row": 4,
            "column": "首次合作日期",
            "message": "'2026-02-30' is not a real date (year 2026, month 2, day 30)",
        },
    ]
    assert {c.name for c in everything(db, Customer)} == {"杭州云启科技有限公司", "宁波海曙贸易"}
    assert result.rejects_file == tmp_path / "客户.rejects.csv"
    raw = result.rejects_file.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == ["row", "error", *CUSTOMER_HEADER]
    assert (
        rows[1][:2] == ["3", "客户名称: customer name is empty"] and rows[1][2:] == REJECT_ROWS[1]
    )
    assert rows[2][0] == "4" and rows[2][2:] == REJECT_ROWS[2]


def test_a_name_longer_than_any_name_is_refused_not_stored(db: Database, tmp_path: Path) -> None:
    # A cell of 100,000 characters under 客户名称 (a notes column pasted over, a runaway
    # formula) is no company: the row is set aside, the others import.
    rows = [CUSTOMERS[0], ["云" * 100_000, *CUSTOMERS[1][1:]], CUSTOMERS[2]]
    rows[2] = [*rows[2][:3], "赵" * 101, *rows[2][4:]]  # a contact name past its 100
    sheet = excel_csv(tmp_path / "客户.csv", CUSTOMER_HEADER, rows, encoding="utf-8-sig")

    result = import_path(db, sheet)

    assert result.to_json()["errors"] == [
        {
            "row": 3,
            "column": "客户名称",
            "message": "name too long: 100,000 characters, at most 200",
        },
        {"row": 4, "column": "联系人", "message": "name too long: 101 characters, at most 100"},
    ]
    assert [c.name for c in everything(db, Customer)] == ["杭州云启科技有限公司"]


def test_reasons_follow_the_users_language(db: Database, tmp_path: Path) -> None:
    i18n.set_language("zh_CN")
    result = import_path(db, excel_csv(tmp_path / "c.csv", CUSTOMER_HEADER, REJECT_ROWS))
    assert [e.message for e in result.errors] == [
        "客户名称为空",
        "日期不存在：“2026-02-30”（2026年2月30日）",
    ]


def test_a_fixed_rejects_file_imports_and_clears_the_old_list(db: Database, tmp_path: Path) -> None:
    sheet = excel_csv(tmp_path / "客户.csv", CUSTOMER_HEADER, REJECT_ROWS)
    rejects = import_path(db, sheet).rejects_file
    assert rejects is not None
    fixed = (
        rejects.read_text(encoding="utf-8-sig")
        .replace(",,制造业", ",温州瓯海机械,制造业")
        .replace("2026-02-30", "2026-02-28")
    )
    rejects.write_text(fixed, encoding="utf-8-sig")

    result = import_path(db, rejects)

    assert result.rejected == 0 and result.by_entity["customer"].created == 2
    assert str(by_name(db, "上海浦江物流").first_cooperation_date) == "2026-02-28"
    assert by_name(db, "温州瓯海机械").notes == "没有客户名"
    import_path(db, sheet)  # the original again: its two bad rows are still bad
    sheet_rows = excel_csv(tmp_path / "客户.csv", CUSTOMER_HEADER, [REJECT_ROWS[0]])
    import_path(db, sheet_rows)
    assert not (tmp_path / "客户.rejects.csv").exists()


def test_dry_run_reports_but_writes_nothing_no_backup_no_rejects(
    db: Database, tmp_path: Path
) -> None:
    sheet = excel_csv(tmp_path / "客户.csv", CUSTOMER_HEADER, REJECT_ROWS)
    before = snapshot(db)
    result = import_path(db, sheet, dry_run=True)
    assert result.dry_run and result.created == 4 and result.rejected == 2
    assert snapshot(db) == before
    assert list_backups(db.path) == []
    assert not (tmp_path / "客户.rejects.csv").exists()


def test_a_real_import_backs_up_the_database_first(db: Database, tmp_path: Path) -> None:
    result = import_path(db, excel_csv(tmp_path / "c.csv", CUSTOMER_HEADER, CUSTOMERS))
    assert result.backup_file in list_backups(db.path)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        ("客户名称\n杭州".encode("utf-16-le"), "binary"),
        ("日期,数值,结果\r\n1,2,3\r\n".encode("gbk"), "no column was recognised"),
        ("城市,行业\r\n杭州,制造业\r\n".encode("gbk"), "no column for Customer name"),
        (b"", "empty"),
    ],
)
def test_an_unusable_file_raises_and_changes_nothing(
    db: Database, tmp_path: Path, content: bytes, reason: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    before = snapshot(db)
    with pytest.raises(UnusableFileError, match=reason):
        import_path(db, path, kind="customers")
    assert snapshot(db) == before
    assert list_backups(db.path) == []


def test_cancelling_rolls_back_everything(db: Database, tmp_path: Path) -> None:
    rows = [
        [f"客户{i:05d}", "制造业", "杭州", f"联系人{i}", "", "", "", "", ""] for i in range(12000)
    ]
    sheet = excel_csv(tmp_path / "big.csv", CUSTOMER_HEADER, rows)
    calls: list[tuple[int, int]] = []

    def cancel_midway(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < 6000

    with pytest.raises(Cancelled):
        import_path(db, sheet, progress=cancel_midway)
    assert everything(db, Customer) == [] and everything(db, Contact) == []
    assert calls[0] == (0, 12000) and calls[-1][0] >= 6000
    assert not (tmp_path / "big.rejects.csv").exists()


def test_the_user_can_correct_the_guessed_mapping(db: Database, tmp_path: Path) -> None:
    sheet = excel_csv(
        tmp_path / "c.csv", ["公司", "所在片区", "说明"], [["杭州云启", "杭州", "重点客户"]]
    )
    preview = preview_file(sheet)
    assert preview.kind == "customers"
    assert [c.field for c in preview.mapping.columns] == ["name", None, "notes"]
    fixed = preview.with_field(1, "city")
    import_path(db, sheet, mapping=fixed.mapping)
    assert by_name(db, "杭州云启").city == "杭州"


# --------------------------------------------------------------------- deals and the rest

DEAL_HEADER = ["客户名称", "商机名称", "金额（万元）", "销售阶段", "预计成交日期", "赢率"]


def test_deals_map_stage_names_and_keep_stage_history(db: Database, tmp_path: Path) -> None:
    excel_csv(tmp_path / "c.csv", CUSTOMER_HEADER, CUSTOMERS[:1])
    import_path(db, tmp_path / "c.csv")
    rows = [
        ["杭州云启科技", "MES 二期", "12.8", "方案呈现", "2026/6/30", "40%"],
        ["宁波新客户有限公司", "仓储系统", "3", "Negotiation/Review", "", "75%"],
        ["杭州云启科技", "年度维保", "1.5", "赢单", "", ""],
        ["杭州云启科技", "试点", "1", "不知道", "", ""],
    ]
    result = import_path(db, excel_csv(tmp_path / "商机.csv", DEAL_HEADER, rows))

    assert result.kind == "deals" and result.by_entity["deal"].created == 3
    assert result.customers_created_for_rows == ["宁波新客户有限公司"]
    assert [e.row for e in result.errors] == [5] and result.errors[0].column == "销售阶段"
    with db.session() as s:
        stages = {stage.id: stage.key for stage in s.scalars(select(Stage))}
        deals = {d.title: d for d in s.scalars(select(Deal))}
        mes = deals["MES 二期"]
        assert mes.amount == Decimal("128000.00") and stages[mes.stage_id] == "proposal"
        assert mes.probability_override is None  # 40 % is the proposal stage's own probability
        assert str(mes.expected_close_date) == "2026-06-30" and mes.status == "open"
        assert (
            stages[deals["仓储系统"].stage_id] == "negotiation"
            and deals["仓储系统"].probability_override == 75
        )
        won = deals["年度维保"]
        assert won.status == "won" and stages[won.stage_id] == "closing"
        history = {h.deal_id: h for h in s.scalars(select(DealStageHistory))}
        assert history[mes.id].stage_id == mes.stage_id and history[mes.id].left_at is None
        assert history[won.id].left_at is not None

    moved = [["杭州云启科技", "MES 二期", "12.8", "商务谈判", "2026/6/30", ""]]
    again = import_path(db, excel_csv(tmp_path / "商机2.csv", DEAL_HEADER, moved))
    assert again.by_entity["deal"].updated == 1
    with db.session() as s:
        stays = list(
            s.scalars(
                select(DealStageHistory)
                .where(DealStageHistory.deal_id == mes.id)
                .order_by(DealStageHistory.entered_at)
            )
        )
        assert [stages[h.stage_id] for h in stays] == ["proposal", "negotiation"]
        assert stays[0].left_at is not None and stays[1].left_at is None
    assert import_path(db, excel_csv(tmp_path / "商机2.csv", DEAL_HEADER, moved)).updated == 0


def test_activities_find_their_customer_by_normalised_name(db: Database, tmp_path: Path) -> None:
    import_path(db, excel_csv(tmp_path / "c.csv", CUSTOMER_HEADER, CUSTOMERS))
    header = ["客户", "跟进时间", "跟进方式", "跟进内容", "联系人", "意向程度"]
    rows = [
        ["杭州云启科技", "2026/3/5 14:30", "电话", "确认预算", "张伟", "高"],
        ["宁波海曙贸易", "2026-03-06 09:00", "上门拜访", "演示方案", "周敏", "中"],
        ["上海浦江物流", "2026-03-07", "QQ", "聊了聊", "", ""],
    ]
    sheet = excel_csv(tmp_path / "跟进.csv", header, rows, "utf-8-sig")

    result = import_path(db, sheet)

    assert result.kind == "activities" and result.by_entity["activity"].created == 2
    assert result.customers_created_for_rows == []
    assert result.errors[0].row == 4 and result.errors[0].column == "跟进方式"
    activities = {a.summary: a for a in everything(db, Activity)}
    yunqi = by_name(db, "杭州云启科技有限公司")
    assert (
        activities["确认预算"].customer_id == yunqi.id and activities["确认预算"].channel == "phone"
    )
    assert activities["确认预算"].intent_level == 4
    assert activities["演示方案"].channel == "visit"
    assert str(yunqi.last_contact_at) == "2026-03-05 14:30:00"
    contacts = {c.name: c for c in everything(db, Contact)}
    assert activities["确认预算"].contact_id == contacts["张伟"].id
    assert contacts["周敏"].customer_id == by_name(db, "宁波海曙贸易有限公司").id
    again = import_path(db, sheet)
    assert again.created == 0 and again.by_entity["activity"].unchanged == 2


def test_a_deal_won_on_a_sheet_without_a_day_closes_when_expected_or_today(
    db: Database, tmp_path: Path
) -> None:
    today = date.today()
    month_ago = today - timedelta(days=30)
    rows = [
        ["杭州云启科技", "年度维保", "1.5", "赢单", f"{month_ago:%Y/%m/%d}", ""],
        ["杭州云启科技", "MES 三期", "8", "赢单", "", ""],
        ["杭州云启科技", "试点", "1", "输单", f"{today.year + 1}/6/30", ""],  # expected ahead
    ]
    sheet = excel_csv(tmp_path / "商机.csv", DEAL_HEADER, rows)
    import_path(db, sheet)
    closed = {d.title: d.closed_date for d in everything(db, Deal)}
    assert closed == {"年度维保": month_ago, "MES 三期": today, "试点": today}
    again = import_path(db, sheet)
    assert again.by_entity["deal"].unchanged == 3  # the day once set is kept
    with db.session() as session:
        assert summarize(session, today)["money"]["won_12m"] == Decimal(95_000)


def test_orders_and_payments_link_by_order_number(db: Database, tmp_path: Path) -> None:
    orders = excel_csv(
        tmp_path / "订单.csv",
        ["订单号", "客户名称", "下单日期", "产品名称", "数量", "单价", "订单金额"],
        [
            [
                "SO-001",
                "杭州云启科技有限公司",
                "2026/1/15",
                "MES 标准版",
                "2",
                "￥6,400.00",
                "￥12,800.00",
            ],
            ["SO-002", "杭州云启科技有限公司", "2026/2/20", "MES 标准版", "", "", "5000"],
        ],
    )
    first = import_path(db, orders)
    assert first.by_entity["sales_order"].created == 2 and first.by_entity["product"].created == 1
    assert first.customers_created_for_rows == ["杭州云启科技有限公司"]
    [line] = everything(db, OrderLine)
    assert (line.quantity, line.unit_price, line.amount) == (
        2,
        Decimal("6400.00"),
        Decimal("12800.00"),
    )
    assert str(by_name(db, "杭州云启科技有限公司").last_order_date) == "2026-02-20"
    assert import_path(db, orders).unchanged == 2

    header = ["客户名称", "订单号", "应收金额", "到期日", "已回款金额", "回款日期"]
    payments = excel_csv(
        tmp_path / "回款.csv", header, [["杭州云启科技", "SO-001", "12800", "2026/2/15", "", ""]]
    )
    assert import_path(db, payments).by_entity["payment"].created == 1
    paid = excel_csv(
        tmp_path / "回款.csv",
        header,
        [["杭州云启科技", "SO-001", "12800", "2026/2/15", "12,800", "2026/2/14"]],
    )
    result = import_path(db, paid)
    assert result.by_entity["payment"].updated == 1
    [payment] = everything(db, Payment)
    so1 = next(o for o in everything(db, Order) if o.order_no == "SO-001")
    assert payment.order_id == so1.id and payment.amount_received == Decimal("12800.00")
    assert str(payment.received_date) == "2026-02-14"
    assert result.warnings == []

    # Order numbers the book has never seen: the money is still owed and imported, said once.
    unknown = [["杭州云启科技", f"SO-9{n:02}", "100", f"2026/3/{n + 1}", "", ""] for n in range(7)]
    rows = [*unknown, unknown[0]]
    result = import_path(db, excel_csv(tmp_path / "回款.csv", header, rows))
    assert result.by_entity["payment"].created == 7 and result.rejected == 0
    assert result.warnings == [
        "7 order numbers of this sheet are not in the book (SO-900, SO-901, SO-902, SO-903,"
        " SO-904, …): their payments were imported without a link to an order"
    ]


def test_payments_for_orders_not_yet_in_the_book_stay_apart_and_link_when_the_orders_come(
    db: Database, tmp_path: Path
) -> None:
    header = ["客户名称", "订单号", "应收金额", "到期日"]
    # Two installments of one customer, same day and amount, for two orders the book lacks.
    rows = [
        ["杭州云启科技有限公司", "SO-701", "5000", "2026/3/31"],
        ["杭州云启科技有限公司", "SO-702", "5000", "2026/3/31"],
    ]
    ledger = excel_csv(tmp_path / "回款.csv", header, rows)
    first = import_path(db, ledger)
    assert first.by_entity["payment"].created == 2 and first.merged_rows == 0
    assert sorted(p.order_no for p in everything(db, Payment)) == ["SO-701", "SO-702"]
    again = import_path(db, ledger)
    assert again.created == 0 and again.by_entity["payment"].unchanged == 2

    orders = excel_csv(
        tmp_path / "订单.csv",
        ["订单号", "客户名称", "下单日期", "订单金额"],
        [
            ["SO-701", "杭州云启科技有限公司", "2026/3/1", "5000"],
            ["SO-702", "杭州云启科技有限公司", "2026/3/2", "5000"],
        ],
    )
    linked = import_path(db, orders)
    assert linked.by_entity["payment"].updated == 2
    order_of = {o.id: o.order_no for o in everything(db, Order)}
    assert sorted(order_of[p.order_id] for p in everything(db, Payment)) == ["SO-701", "SO-702"]
    # Now matched through their orders: the same ledger changes nothing and warns of nothing.
    third = import_path(db, ledger)
    assert third.created == 0 and third.by_entity["payment"].unchanged == 2
    assert third.warnings == []


def test_instalments_of_one_receivable_add_up_and_the_sheet_again_changes_nothing(
    db: Database, tmp_path: Path
) -> None:
    header = ["客户名称", "订单编号", "应收金额", "到期日", "回款金额", "回款日期", "备注"]
    rows = [
        [
            "杭州宏达机械有限公司",
            "SO-1",
            "80,000.00",
            "2026-11-20",
            "50,000.00",
            "2026-11-01",
            "首款",
        ],
        ["杭州宏达机械有限公司", "SO-1", "80,000.00", "2026-11-20", "3万", "2026-11-25", "尾款"],
        ["深圳市鹏程物流有限公司", "SO-4", "12,000", "2026-10-30", "12,000", "2026-10-28", ""],
        ["深圳市鹏程物流有限公司", "SO-4", "12,000", "2026-10-30", "12,000", "2026-10-28", ""],
    ]
    ledger = excel_csv(tmp_path / "回款.csv", header, rows)
    first = import_path(db, ledger)
    assert first.by_entity["payment"].created == 2
    paid = {p.order_no: p for p in everything(db, Payment)}
    hongda = paid["SO-1"]
    assert hongda.amount_received == Decimal("80000.00") and hongda.note == "首款；尾款"
    assert str(hongda.received_date) == "2026-11-25"
    assert paid["SO-4"].amount_received == Decimal("12000.00")  # a repeated row, not two receipts
    again = import_path(db, ledger)
    assert again.created == 0 and again.by_entity["payment"].unchanged == 2


def test_a_contacts_sheet_matches_people_by_phone_within_their_customer(
    db: Database, tmp_path: Path
) -> None:
    import_path(db, excel_csv(tmp_path / "c.csv", CUSTOMER_HEADER, CUSTOMERS))
    header = ["公司名称", "姓名", "手机号", "微信", "角色"]
    sheet = excel_csv(
        tmp_path / "联系人.csv",
        header,
        [
            ["杭州云启科技有限公司", "张伟（采购）", "+86 138 0013 8000", "zw_888", "采购负责人"],
            ["杭州云启科技有限公司", "陈静", "13900139000", "", "关键决策人"],
        ],
    )
    result = import_path(db, sheet, kind="contacts")
    assert (result.by_entity["contact"].created, result.by_entity["contact"].updated) == (1, 1)
    contacts = {c.phone_key: c for c in everything(db, Contact)}
    assert contacts["13800138000"].name == "张伟" and contacts["13800138000"].wechat == "zw_888"
    assert contacts["13800138000"].role == "procurement"
    assert (
        contacts["13900139000"].role == "decision_maker" and not contacts["13900139000"].is_primary
    )
    assert "陈静" in by_name(db, "杭州云启科技有限公司").search_text


def test_two_people_of_one_name_at_one_customer_stay_two_when_their_phones_differ(
    db: Database, tmp_path: Path
) -> None:
    header = ["公司名称", "姓名", "手机号", "邮箱"]
    rows = [
        ["宁波海曙贸易有限公司", "张伟", "", ""],  # known by name only, at first
        ["宁波海曙贸易有限公司", "张伟", "13800138000", ""],  # the same 张伟: now with a phone
        ["宁波海曙贸易有限公司", "张伟", "13911112222", ""],  # another 张伟: another phone
        ["宁波海曙贸易有限公司", "张伟", "", "zhangwei@haishu.cn"],  # which one: the first
        ["宁波海曙贸易有限公司", "张伟", "13911112222", "zw2@haishu.cn"],
    ]
    result = import_path(db, excel_csv(tmp_path / "联系人.csv", header, rows), kind="contacts")
    assert result.by_entity["contact"].created == 2
    people = sorted((c.phone_key, c.email) for c in everything(db, Contact))
    assert people == [
        ("13800138000", "zhangwei@haishu.cn"),
        ("13911112222", "zw2@haishu.cn"),
    ]
    # The sheet again finds each by phone or e-mail and changes nothing.
    again = import_path(db, excel_csv(tmp_path / "联系人.csv", header, rows), kind="contacts")
    assert again.by_entity["contact"].created == 0 and again.by_entity["contact"].updated == 0


def test_a_row_with_several_problems_lists_each_once(db: Database, tmp_path: Path) -> None:
    header = ["客户名称", "下单日期", "订单金额"]
    sheet = excel_csv(tmp_path / "订单.csv", header, [["", "2026/2/30", "一万"]])
    result = import_path(db, sheet, kind="orders")
    assert result.rejected == 1
    assert [(e.row, e.column) for e in result.errors] == [
        (2, "下单日期"), (2, "订单金额"), (2, "客户名称"),
    ]  # fmt: skip


# ------------------------------------------------------------------- shapes real sheets have


def test_a_totals_row_is_skipped_with_a_warning(db: Database, tmp_path: Path) -> None:
    rows = [
        ["杭州云启", "2026/3/5", "12800"],
        ["宁波海曙", "2026/3/6", "20000"],
        ["合计", "", "32800"],
        ["合计科技有限公司", "2026/3/7", "100"],  # a name that starts with the word is a customer
    ]
    sheet = excel_csv(tmp_path / "o.csv", ["客户名称", "下单日期", "金额"], rows)
    result = import_path(db, sheet)
    assert result.rejected == 0
    assert result.warnings == ["row 4: a totals row (合计) was not imported"]
    with db.session() as s:
        names = set(s.scalars(select(Customer.name)))
        assert names == {"杭州云启", "宁波海曙", "合计科技有限公司"}
        assert sum(o.amount for o in s.scalars(select(Order))) == Decimal("32900")


def test_excel_errors_are_empty_cells_and_no_band_holds_nobody(db: Database, tmp_path: Path):
    rows = [["杭州云启", "#N/A", "#DIV/0!"], ["宁波海曙", "0", "2026/3/5"], ["上海浦江", "80", ""]]
    sheet = excel_csv(tmp_path / "c.csv", ["客户名称", "员工人数", "成立日期"], rows)
    result = import_path(db, sheet)
    assert result.created == 2 and result.rejected == 1
    assert [(e.row, e.column) for e in result.errors] == [(3, "员工人数")]
    assert by_name(db, "杭州云启").size_band is None
    assert by_name(db, "上海浦江").size_band == "50-199"


def test_first_and_last_name_columns_make_one_contact_each(db: Database, tmp_path: Path) -> None:
    rows = [
        ["Peter", "Gibbons", "peter@initech.com", "Initech", "Bill Lumbergh"],
        ["Michael", "Bolton", "mbolton@initech.com", "Initech", "Bill Lumbergh"],
        ["伟", "张", "zhangwei@yunqi.cn", "杭州云启", "Bill Lumbergh"],
    ]
    header = ["First Name", "Last Name", "Email", "Company Name", "Contact Owner"]
    sheet = excel_csv(tmp_path / "contacts.csv", header, rows, encoding="utf-8-sig")
    result = import_path(db, sheet)
    assert result.kind == "contacts" and result.rejected == 0
    with db.session() as s:
        names = sorted(s.scalars(select(Contact.name)))
    assert names == ["Michael Bolton", "Peter Gibbons", "张伟"]


def test_a_receipts_ledger_without_due_dates_is_due_when_received(
    db: Database, tmp_path: Path
) -> None:
    header = ["客户", "合同号", "合同金额", "已回款", "回款日期"]
    rows = [
        ["杭州云启", "HT-01", "50,000", "20,000", "2026/2/1"],
        ["宁波海曙", "HT-02", "8000", "", ""],
    ]
    result = import_path(db, excel_csv(tmp_path / "回款.csv", header, rows), kind="payments")
    assert (result.created, result.rejected) == (2, 1)  # the customer, its payment; one rejected
    # No column for it at all: the problem names the field in words, not an empty column.
    assert [(e.row, e.column, e.message) for e in result.errors] == [
        (3, "Due date", "the due date is empty")
    ]
    with db.session() as s:
        (payment,) = s.scalars(select(Payment))
    assert (payment.due_date, payment.received_date) == (date(2026, 2, 1), date(2026, 2, 1))
    assert (payment.amount_due, payment.amount_received) == (Decimal(50000), Decimal(20000))


def test_a_sheet_imported_as_a_kind_it_has_no_column_of_is_refused(
    db: Database, tmp_path: Path
) -> None:
    import_path(db, excel_csv(tmp_path / "c.csv", CUSTOMER_HEADER, CUSTOMERS))
    orders = excel_csv(
        tmp_path / "订单.csv",
        ["客户名称", "订单号", "下单日期", "订单金额", "备注"],
        [["杭州云启科技有限公司", "SO-1", "2026/3/1", "5000", "一期"]],
    )
    before = snapshot(db)
    with pytest.raises(UnusableFileError, match="looks like Orders: import it with --kind orders"):
        import_path(db, orders, kind="customers")  # would write 一期 over the customer's notes
    with pytest.raises(UnusableFileError, match="looks like Customers"):
        import_path(db, tmp_path / "c.csv", kind="deals")  # would make a deal of each company
    assert snapshot(db) == before
    # A deals sheet without a stage column is told by its deal titles.
    deals = excel_csv(
        tmp_path / "商机.csv",
        ["商机名称", "客户名称", "商机金额"],
        [["宏达三期", "杭州云启科技有限公司", "50000"]],
    )
    result = import_path(db, deals)
    assert result.kind == "deals" and result.by_entity["deal"].created == 1
