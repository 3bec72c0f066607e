"""The product catalogue's actions, and the orders import matching products by name."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from app.actions import perform, undo
from app.changes import ActionError
from app.derived.growth import growth_is_stale, rebuild_growth
from app.growth.suggestions import customer_suggestions
from app.models import Customer, Order, Product
from app.products import (
    ProductInput,
    create_product,
    list_products,
    product_key,
    set_product_active,
    update_product,
)
from app.sync.bundle import import_path


def test_create_edit_retire_and_undo(db) -> None:
    made = perform(
        db,
        lambda s: create_product(
            s, ProductInput(" 仓储（标准版） ", family="仓储", unit_price=Decimal(68000))
        ),
    )
    pid = made.created_id
    perform(
        db,
        lambda s: update_product(
            s,
            pid,
            ProductInput(
                "仓储（标准版）", family="仓储", edition_rank=0, unit_price=Decimal(70000)
            ),
        ),
    )
    retired = perform(db, lambda s: set_product_active(s, pid, False))
    with db.session() as s:
        [row] = list_products(s)
        assert (row.name, row.unit_price, row.active) == (
            "仓储（标准版）",
            Decimal("70000.00"),
            False,
        )
        assert list_products(s, include_retired=False) == []
    undo(db, retired.changes)
    with db.session() as s:
        assert list_products(s)[0].active


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (ProductInput("  "), "Product name: required."),
        (ProductInput("x", unit_price=Decimal(-1)), "Unit price: cannot be negative."),
        (ProductInput("x", edition_rank="2"), "Edition rank: must be a whole number."),  # type: ignore[arg-type]
        (ProductInput("仓储 (标准版)"), "is already in the catalogue"),
    ],
)
def test_bad_products_are_refused_with_the_field(db, data, problem) -> None:
    perform(db, lambda s: create_product(s, ProductInput("仓储（标准版）")))
    with pytest.raises(ActionError, match=problem.replace("(", r"\(").replace(")", r"\)")):
        perform(db, lambda s: create_product(s, data))
    with db.session() as s:
        assert len(list_products(s)) == 1


def test_product_key_folds_width_case_brackets_and_spaces() -> None:
    assert product_key("智能仓储管理系统（标准版）") == product_key("智能仓储管理系统 (标准版)")
    assert product_key("ＭＥＳ Pro") == product_key("mes pro")


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows([header, *rows])
    path.write_bytes(buffer.getvalue().encode("gbk"))
    return path


def test_orders_import_matches_products_by_name_and_creates_missing_ones(db, tmp_path) -> None:
    with db.write() as s:
        s.add(
            Product(
                name="智能仓储管理系统（标准版）",
                family="智能仓储管理系统",
                edition_rank=0,
                unit_price=Decimal(68000),
            )
        )
        s.add(
            Product(
                name="智能仓储管理系统（专业版）",
                family="智能仓储管理系统",
                edition_rank=1,
                unit_price=Decimal(136000),
            )
        )
    sheet = write_csv(
        tmp_path / "订单.csv",
        ["客户名称", "下单日期", "产品名称", "订单金额"],
        [
            ["杭州云启科技有限公司", "2026/1/15", "智能仓储管理系统(标准版)", "68000"],
            ["杭州云启科技有限公司", "2026/2/15", "员工培训课程 入门", "12000"],
            ["宁波海曙贸易有限公司", "2026/2/16", "员工培训课程（入门）", "12000"],
        ],
    )
    result = import_path(db, sheet, kind="orders")
    assert result.by_entity["product"].created == 1
    with db.session() as s:
        products = {p.name: p for p in s.scalars(select(Product))}
        assert sorted(products) == [
            "员工培训课程 入门",
            "智能仓储管理系统（专业版）",
            "智能仓储管理系统（标准版）",
        ]
        created = products["员工培训课程 入门"]
        assert (created.active, created.edition_rank) == (True, 0)
        bought = {o.product_id for o in s.scalars(select(Order))}
        assert bought == {products["智能仓储管理系统（标准版）"].id, created.id}
        hz = s.scalars(select(Customer.id).where(Customer.name == "杭州云启科技有限公司")).one()
    assert growth_is_stale(db)
    rebuild_growth(db)
    with db.session() as s:
        ups = [g.product_name for g in customer_suggestions(s, hz) if g.kind == "up"]
    assert ups == ["智能仓储管理系统（专业版）"]
