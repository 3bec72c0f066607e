"""Lost reasons are stored as codes: imports map wordings, display translates, 0003 converts."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from app import db as database
from app import i18n
from app.labels import lost_reason_choices, lost_reason_label
from app.models import Customer, Deal, Stage
from app.parsing.choices import parse_lost_reason
from app.sync.bundle import import_path
from app.vocab import LOST_REASONS


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("价格太高", "price"),
        ("价格过高", "price"),
        (" Price too high ", "price"),
        ("PRICE TOO HIGH", "price"),
        ("competitor", "competitor"),
        ("预算取消", "budget"),
        ("决策延迟", "no_decision"),
        ("功能不满足", "product_fit"),
        ("other:路太远", "other:路太远"),
        ("客户搬去了外地", "other:客户搬去了外地"),
        ("", None),
        ("-", None),
    ],
)
def test_wordings_map_to_codes_and_other_text_is_kept(text: str, code: str | None) -> None:
    assert parse_lost_reason(text) == code


def test_display_names_every_code_and_shows_the_reps_own_words() -> None:
    assert [code for code, _ in lost_reason_choices()] == list(LOST_REASONS)
    assert lost_reason_label("price") == "Price too high"
    assert lost_reason_label("other:路太远") == "路太远"
    assert lost_reason_label("other") == "Other"
    assert lost_reason_label(None) == ""
    i18n.set_language("zh_CN")
    assert lost_reason_label("price") == "价格过高"
    assert all(name != code for code, name in lost_reason_choices())


def test_an_imported_chinese_reason_is_stored_as_its_code(db, tmp_path: Path) -> None:
    sheet = tmp_path / "商机.csv"
    sheet.write_text(
        "客户名称,商机名称,状态,输单原因\n"
        "杭州云启科技,MES 系统升级,输单,价格太高\n"
        "宁波海曙五金,仓储二期,输单,客户搬去了外地\n",
        encoding="utf-8",
    )
    result = import_path(db, sheet, kind="deals")
    assert result.rejected == 0
    with db.session() as s:
        stored = dict(s.execute(sa.select(Deal.title, Deal.lost_reason)).all())
    assert stored == {"MES 系统升级": "price", "仓储二期": "other:客户搬去了外地"}
    assert lost_reason_label(stored["MES 系统升级"]) == "Price too high"
    i18n.set_language("zh_CN")
    assert lost_reason_label(stored["MES 系统升级"]) == "价格过高"


def test_migration_0003_turns_stored_wordings_into_codes(tmp_path: Path) -> None:
    from alembic import command

    engine = database.make_engine(tmp_path / "old.sqlite")
    with engine.connect() as conn:
        command.upgrade(database._alembic_config(conn), "0002")  # the schema before the codes
        conn.commit()
    with Session(engine) as s, s.begin():
        customer = Customer(name="杭州云启科技")
        s.add(customer)
        s.flush()
        stage = s.scalars(sa.select(Stage).where(Stage.key == "lead")).one()  # seeded by 0001
        for title, reason in [
            ("demo", "价格过高"),
            ("dialog", "Chose a competitor"),
            ("typed", " 客户搬去了外地 "),
            ("blank", "  "),
            ("open", None),
        ]:
            s.add(Deal(customer_id=customer.id, stage_id=stage.id, title=title, lost_reason=reason))

    def reasons() -> dict[str, str | None]:
        with engine.connect() as conn:
            return dict(conn.execute(sa.text("SELECT title, lost_reason FROM deal")).all())

    database.upgrade(engine)
    assert database.current_revision(engine) == database.head_revision()  # 0003 and after
    assert reasons() == {
        "demo": "price",
        "dialog": "competitor",
        "typed": "other:客户搬去了外地",
        "blank": None,
        "open": None,
    }
    with engine.connect() as conn:
        command.downgrade(database._alembic_config(conn), "0002")
        conn.commit()
    assert reasons() == {
        "demo": "价格过高",
        "dialog": "选择了竞争对手",
        "typed": "客户搬去了外地",
        "blank": None,
        "open": None,
    }
    engine.dispose()
