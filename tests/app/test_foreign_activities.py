"""An activity log matches on customer, time and folded summary: in the file and in the book."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import openpyxl
from sqlalchemy import select

from app.db import Database
from app.models import Activity, Customer, Deal
from app.sync.bundle import import_path
from tests.app.test_foreign_import import CUSTOMER_HEADER, CUSTOMERS, everything, excel_csv

HEADER = ["客户", "跟进时间", "跟进方式", "跟进内容", "商机"]


def test_same_time_and_folded_summary_is_one_activity_in_the_file_and_on_reimport(
    db: Database, tmp_path: Path
) -> None:
    import_path(db, excel_csv(tmp_path / "c.csv", CUSTOMER_HEADER, CUSTOMERS))
    rows = [
        ["杭州云启科技", "2026/3/5 14:30", "电话", "Confirm budget", ""],
        ["杭州云启科技", "2026/3/5 14:30", "电话", "确认交期", ""],  # same minute, other talk
        ["杭州云启科技", "2026/3/5 14:30", "微信", "ＣＯＮＦＩＲＭ budget!", ""],  # a repeat
        ["宁波海曙贸易", "2026/3/5 14:30", "电话", "Confirm budget", ""],  # other customer
    ]
    first = import_path(db, excel_csv(tmp_path / "a.csv", HEADER, rows, "utf-8-sig"))

    assert first.by_entity["activity"].created == 3 and first.merged_rows == 1
    channels = sorted((a.summary, a.channel) for a in everything(db, Activity))
    assert ("ＣＯＮＦＩＲＭ budget!", "wechat") in channels  # the later row's cells win
    again = import_path(db, excel_csv(tmp_path / "b.csv", HEADER, rows, "utf-8-sig"))
    assert again.created == 0 and again.by_entity["activity"].unchanged == 3
    moved = [["杭州云启科技", "2026/3/5 14:31", "电话", "Confirm budget", ""]]
    later = import_path(db, excel_csv(tmp_path / "m.csv", HEADER, moved, "utf-8-sig"))
    assert later.by_entity["activity"].created == 1


def test_an_activity_naming_a_deal_moves_its_last_activity_up_only(
    db: Database, tmp_path: Path
) -> None:
    import_path(db, excel_csv(tmp_path / "c.csv", CUSTOMER_HEADER, CUSTOMERS))
    deals = [["杭州云启科技有限公司", "MES 项目", "10", "方案报价", "2026/6/30", ""]]
    import_path(
        db,
        excel_csv(
            tmp_path / "d.csv",
            ["客户名称", "商机名称", "金额（万元）", "销售阶段", "预计成交日期", "赢率"],
            deals,
        ),
    )
    rows = [
        ["杭州云启科技", "2026/3/9 10:00", "电话", "谈价格", "MES 项目"],
        ["杭州云启科技", "2026/3/5 10:00", "电话", "初访", "MES 项目"],
    ]
    import_path(db, excel_csv(tmp_path / "a.csv", HEADER, rows, "utf-8-sig"))
    with db.session() as s:
        deal = s.scalars(select(Deal)).one()
        assert str(deal.last_activity_at) == "2026-03-09 10:00:00"
        assert all(a.deal_id == deal.id for a in s.scalars(select(Activity)))
    older = [["杭州云启科技", "2026/2/1 10:00", "电话", "更早的电话", "MES 项目"]]
    import_path(db, excel_csv(tmp_path / "o.csv", HEADER, older, "utf-8-sig"))
    with db.session() as s:
        assert str(s.scalars(select(Deal)).one().last_activity_at) == "2026-03-09 10:00:00"


def test_a_small_import_refreshes_the_customers_it_touched_at_once(
    db: Database, tmp_path: Path
) -> None:
    import_path(db, excel_csv(tmp_path / "c.csv", CUSTOMER_HEADER, CUSTOMERS))
    today = date.today()
    orders = [["杭州云启科技有限公司", f"{today:%Y-%m-%d}", "MES 软件", "1,000,000"]]
    import_path(
        db, excel_csv(tmp_path / "o.csv", ["客户名称", "下单日期", "产品名称", "订单金额"], orders)
    )
    log = [["宁波海曙贸易", f"{today:%Y-%m-%d} 09:00", "电话", "回访"]]
    import_path(db, excel_csv(tmp_path / "a.csv", HEADER[:4], log, "utf-8-sig"))
    with db.session() as s:
        tiers = {c.name: c.tier for c in s.scalars(select(Customer))}
        contact = {c.name: c.last_contact_at for c in s.scalars(select(Customer))}
    assert tiers["杭州云启科技有限公司"] == "A"
    assert str(contact["宁波海曙贸易有限公司"]) == f"{today:%Y-%m-%d} 09:00:00"


def test_a_time_of_day_in_its_own_column_completes_the_date(db: Database, tmp_path: Path) -> None:
    import_path(db, excel_csv(tmp_path / "c.csv", CUSTOMER_HEADER, CUSTOMERS))
    header = ["客户", "日期", "时间", "跟进内容"]
    rows = [
        ["杭州云启科技", "2026/3/5", "14:30", "确认预算"],
        ["杭州云启科技", "2026/3/5", "下午4:05", "确认交期"],
        ["宁波海曙贸易", "2026/3/6", "", "寄样品"],  # no time: the day alone
    ]
    result = import_path(db, excel_csv(tmp_path / "跟进.csv", header, rows))
    assert result.by_entity["activity"].created == 3 and result.rejected == 0
    times = sorted((a.summary, str(a.occurred_at)) for a in everything(db, Activity))
    assert times == [
        ("寄样品", "2026-03-06 00:00:00"),
        ("确认交期", "2026-03-05 16:05:00"),
        ("确认预算", "2026-03-05 14:30:00"),
    ]
    bad = [["杭州云启科技", "2026/3/7", "午饭后", "回访"]]
    refused = import_path(db, excel_csv(tmp_path / "坏.csv", header, bad))
    assert refused.rejected == 1 and [e.column for e in refused.errors] == ["时间"]


def test_an_xlsx_log_with_time_cells(db: Database, tmp_path: Path) -> None:
    import_path(db, excel_csv(tmp_path / "c.csv", CUSTOMER_HEADER, CUSTOMERS))
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["客户名称", "拜访日期", "拜访时间", "拜访内容"])
    sheet.append(["杭州云启科技", datetime(2026, 3, 5), time(9, 15), "现场演示"])
    book.save(tmp_path / "拜访.xlsx")
    import_path(db, tmp_path / "拜访.xlsx")
    [visit] = everything(db, Activity)
    assert visit.occurred_at == datetime(2026, 3, 5, 9, 15)


def test_a_corrected_log_imported_again_updates_its_activities(
    db: Database, tmp_path: Path
) -> None:
    import_path(db, excel_csv(tmp_path / "c.csv", CUSTOMER_HEADER, CUSTOMERS))
    header = ["客户", "跟进时间", "跟进方式", "跟进内容"]
    log = [
        ["杭州云启科技", "2026/3/5 14:30", "电话", "确认预算，客户希望下周看演示"],
        ["杭州云启科技", "2026/3/5 14:30", "微信", "发送报价单"],  # same minute, other talk
        ["宁波海曙贸易", "2026/3/6 10:00", "拜访", "现场调研仓库流程"],
    ]
    import_path(db, excel_csv(tmp_path / "跟进.csv", header, log))
    corrected = [
        [
            "杭州云启科技",
            "2026/3/5 14:30",
            "电话",
            "确认预算，客户希望下周三看演示",
        ],  # a word added
        ["杭州云启科技", "2026/3/5 14:30", "微信", "发送报价单"],
        ["宁波海曙贸易", "2026/3/6 10:00", "拜访", "现场调研仓储流程，见到采购经理"],
        ["宁波海曙贸易", "2026/3/6 10:00", "电话", "约定交付时间"],  # a new one, unlike
    ]
    again = import_path(db, excel_csv(tmp_path / "跟进2.csv", header, corrected))
    counts = again.by_entity["activity"]
    assert (counts.created, counts.updated, counts.unchanged) == (1, 2, 1)
    summaries = sorted(a.summary for a in everything(db, Activity))
    assert summaries == sorted(row[3] for row in corrected)
