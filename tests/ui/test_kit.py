"""The UI kit: one formatter in both languages, palette-derived colours, empty states, forms."""

from __future__ import annotations

import ast
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from app.reports.tables import Cell, Table
from ui import translations
from ui.charts.bars import BarChart
from ui.charts.table_model import InsightTableModel
from ui.kit.empty_state import EmptyState
from ui.kit.format import (
    format_compact_money,
    format_count,
    format_date,
    format_day,
    format_money,
    format_month,
    format_overdue,
    format_percent,
    plain_amount,
    relative_days,
    relative_time,
)
from ui.kit.forms import MoneyEdit, error_label, show_problems, show_status
from ui.kit.theme import AMBER, RED, TIER_COLOURS, amber, is_dark, overdue, set_tone, tier_colours

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 3, 4)


@pytest.fixture(params=["en_US", "zh_CN"])
def language(request, qapp):
    """Run with the default locale and RepBook's translations for one language."""
    translations.install(qapp, "zh_CN" if request.param == "zh_CN" else "en")
    yield request.param
    translations.install(qapp, "en")


# (value, en_US, zh_CN)
MONEY = [
    ("12800", "¥12,800", "¥12,800"),
    ("12800.50", "¥12,800.50", "¥12,800.50"),
    ("0", "¥0", "¥0"),
    ("1280000", "¥1,280,000", "¥1,280,000"),
]
COMPACT = [
    ("999", "¥999", "¥999"),
    ("1000", "¥1K", "¥1,000"),  # English abbreviates from a thousand
    ("9999", "¥10K", "¥9,999"),  # Chinese from 万: below it the full amount fits
    ("10000", "¥10K", "¥1万"),
    ("12800", "¥12.8K", "¥1.28万"),
    ("214000", "¥214K", "¥21.4万"),
    ("999999", "¥1M", "¥100万"),  # rounds up into the next unit, never "1000K"
    ("1300000", "¥1.3M", "¥130万"),
    ("99995000", "¥100M", "¥1亿"),  # never "10000万"
    ("350000000", "¥350M", "¥3.5亿"),
    ("1500000000", "¥1.5B", "¥15亿"),
    ("-12800", "-¥12.8K", "-¥1.28万"),
]
DATES = [
    # (day, short en, short zh, long en, long zh): the year shows only outside today's year, so a
    # list sorted by date never reads "Feb 12, Jan 10, Dec 21" across a new year.
    (date(2026, 3, 15), "Mar 15", "3月15日", "March 15, 2026", "2026年3月15日"),
    (date(2026, 12, 31), "Dec 31", "12月31日", "December 31, 2026", "2026年12月31日"),
    (date(2027, 1, 10), "Jan 10, 2027", "2027年1月10日", "January 10, 2027", "2027年1月10日"),
    (date(2025, 12, 31), "Dec 31, 2025", "2025年12月31日", "December 31, 2025", "2025年12月31日"),
]
RELATIVE = [
    (0, "today", "今天"),
    (1, "tomorrow", "明天"),
    (2, "in 2 days", "2 天后"),
    (-1, "yesterday", "昨天"),
    (-3, "3 days ago", "3 天前"),
]


def pick(row: tuple, language: str) -> str:
    return row[1] if language == "en_US" else row[2]


def test_money_by_locale(language) -> None:
    locale = QLocale()
    for value, *_ in MONEY:
        row = next(r for r in MONEY if r[0] == value)
        assert format_money(locale, Decimal(value)) == pick(row, language)
    assert format_money(locale, Decimal("5"), "USD") == "$5"


def test_compact_money_boundaries(language) -> None:
    locale = QLocale()
    for row in COMPACT:
        assert format_compact_money(locale, Decimal(row[0])) == pick(row, language), row


def test_plain_amounts_counts_and_percentages(language) -> None:
    locale = QLocale()
    assert plain_amount(Decimal("560000.00")) == "560000"
    assert plain_amount(Decimal("12800.50")) == "12800.5"
    assert format_count(locale, 12800) == "12,800"
    assert format_percent(locale, 0.35) == "35%"
    assert format_percent(locale, 0.355, 1) == "35.5%"


def test_dates_short_and_long(language) -> None:
    locale = QLocale()
    for day, short_en, short_zh, long_en, long_zh in DATES:
        english = language == "en_US"
        assert format_day(locale, day, TODAY) == (short_en if english else short_zh)
        assert format_date(locale, day, today=TODAY) == (short_en if english else short_zh)
        assert format_date(locale, day, long=True) == (long_en if english else long_zh)
    assert format_month(locale, 2026, 3) == ("Mar 2026" if language == "en_US" else "2026年3月")


def test_relative_days_and_overdue(language) -> None:
    for offset, *_ in RELATIVE:
        row = next(r for r in RELATIVE if r[0] == offset)
        assert relative_days(TODAY + timedelta(days=offset), TODAY) == pick(row, language)
    now = datetime(2026, 3, 4, 9, 0)
    assert relative_time(datetime(2026, 3, 1, 23, 59), now) == pick(RELATIVE[-1], language)
    assert relative_time(datetime(2026, 3, 4, 0, 1), now) == pick(RELATIVE[0], language)
    assert format_overdue(1) == ("1 day overdue" if language == "en_US" else "逾期 1 天")
    assert format_overdue(3) == ("3 days overdue" if language == "en_US" else "逾期 3 天")


def test_empty_state_shows_its_action(qtbot) -> None:
    clicked = []
    empty = EmptyState(
        "No customers yet", "Import a spreadsheet or add one.", icon_name="customers"
    )
    qtbot.addWidget(empty)
    button = empty.add_action("Import…", lambda: clicked.append(True), primary=True)
    empty.show()
    qtbot.waitExposed(empty)
    assert empty.title_label.text() == "No customers yet"
    assert empty.hint_label.text() == "Import a spreadsheet or add one."
    assert button.isVisible() and button.isDefault() and not empty.icon_label.pixmap().isNull()
    button.click()
    assert clicked == [True]
    empty.set_filtered(True)
    assert empty.hint_label.text() == "Nothing matches the filter." and not button.isVisible()
    empty.set_filtered(False)
    assert empty.hint_label.text() == "Import a spreadsheet or add one." and button.isVisible()


def _palette(window: str) -> QPalette:
    palette = QPalette(QApplication.palette())
    palette.setColor(QPalette.ColorRole.Window, QColor(window))
    return palette


def test_theme_follows_the_palette(qapp) -> None:
    light, dark = _palette("#f5f5f5"), _palette("#202124")
    assert not is_dark(light) and is_dark(dark)
    assert [c.name() for c in tier_colours(light, "A")] == ["#a3201b", "#fce4e2"]
    assert tier_colours(dark, "A")[0].name() == TIER_COLOURS[True]["A"][0].lower()
    assert tier_colours(light, "?") == tier_colours(light, "C")
    assert amber(light).name() == "#e09b10" and amber(dark).name() == AMBER[1].lower()
    assert overdue(light).name() == RED[0].lower() and overdue(dark).name() == RED[1].lower()
    # The style sheet colours toned widgets with the same values.
    sheet = (ROOT / "ui" / "resources" / "style.qss").read_text(encoding="utf-8")
    for colour in (*AMBER, *RED):
        assert colour in sheet


def test_tones_and_form_parts(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    set_tone(label, "error")
    assert label.property("tone") == "error" and label.property("dark") is False
    set_tone(label, None)
    assert label.property("tone") == ""
    with pytest.raises(ValueError):
        set_tone(label, "loud")
    show_status(label, "<b>a.csv</b> failed", error=True)
    assert label.text() == "<b>a.csv</b> failed" and label.property("tone") == "error"
    errors = error_label()
    qtbot.addWidget(errors)
    show_problems(errors, ["one", "two"])
    assert errors.text() == "one\ntwo" and not errors.isHidden()
    show_problems(errors, [])
    assert errors.isHidden()

    edit = MoneyEdit(Decimal("560000.00"))
    qtbot.addWidget(edit)
    assert edit.text() == "560000"
    edit.setText("12.8万")
    assert edit.amount() == Decimal("128000")
    edit.setText("")
    assert edit.amount() is None
    edit.set_amount(Decimal(0), blank_zero=True)
    assert edit.text() == ""
    edit.setText("abc")
    with pytest.raises(ValueError):
        edit.amount()
    assert edit.problem("Budget") == "Budget: “abc” is not an amount (e.g. 128000 or 12.8万)."


def _kit_strings() -> set[str]:
    found = set()
    for path in (ROOT / "ui" / "kit").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "attr", getattr(node.func, "id", None))
                args = node.args
                if name == "tr" and args and isinstance(args[0], ast.Constant):
                    found.add(args[0].value)
                elif name == "translate" and len(args) > 1 and isinstance(args[1], ast.Constant):
                    found.add(args[1].value)
    return found


def test_every_kit_string_has_a_chinese_translation() -> None:
    import xml.etree.ElementTree as ET

    from ui.translations import CHINESE_TS

    translated = {
        message.findtext("source")
        for message in ET.parse(CHINESE_TS).iter("message")
        if (message.findtext("translation") or "").strip()
        and message.find("translation").get("type") != "unfinished"
    }
    strings = _kit_strings()
    assert "today" in strings and sorted(strings - translated) == []


# The screens this kit serves keep SQL and inline styles out (the rest follow as they are rewritten).
KIT_USERS = (
    "deal_card_delegate.py",
    "stage_column.py",
    "deal_editor.py",
    "deal_pickers.py",
    "gate_dialog.py",
    "stage_settings_dialog.py",
    "lead_score_dialog.py",
    "pipeline_filters.py",
    "export_dialog.py",
    "import_wizard.py",
    "import_pages.py",
    "import_result.py",
)


def test_kit_users_import_no_sqlalchemy_and_set_no_inline_styles() -> None:
    paths = [*(ROOT / "ui" / "kit").glob("*.py"), *(ROOT / "ui" / name for name in KIT_USERS)]
    offenders = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.Import | ast.ImportFrom):
                modules = (
                    [a.name for a in node.names]
                    if isinstance(node, ast.Import)
                    else [node.module or ""]
                )
                offenders += [f"{path.name}: {m}" for m in modules if m.startswith("sqlalchemy")]
            if isinstance(node, ast.Attribute) and node.attr == "setStyleSheet":
                offenders.append(f"{path.name}: setStyleSheet")
        if "style='" in text or 'style="' in text:
            offenders.append(f"{path.name}: inline HTML style")
    assert offenders == []


def test_a_table_column_of_money_shows_cents_on_every_row_or_none() -> None:
    table = Table("aging", "Aging", ["Bucket", "Amount", "Target"])
    table.add(Cell("0–30"), Cell(Decimal("2057747.08"), "money"), Cell(Decimal(100), "money"))
    table.add(Cell("31–60"), Cell(Decimal("861535"), "money"), Cell(Decimal(200), "money"))
    model = InsightTableModel(QLocale(QLocale.Language.English))
    model.set_table(table)
    assert [model.cell_text(r, 1) for r in range(2)] == ["¥2,057,747.08", "¥861,535.00"]
    assert [model.cell_text(r, 2) for r in range(2)] == ["¥100", "¥200"]


def test_a_chart_of_counts_has_ticks_on_whole_numbers_only(qtbot) -> None:
    chart = BarChart(horizontal=True)
    qtbot.addWidget(chart)
    chart.set_bars(["价格过高", "没有预算"], [3, 1])
    axis = chart.getPlotItem().getAxis("bottom")
    ticks = [v for _, values in axis.tickValues(0, 3.2, 450) for v in values]
    assert ticks and all(v.is_integer() for v in ticks)
    chart.set_bars(["方案呈现", "商务谈判"], [20.0, 9.5])  # median days: halves are real
    assert not axis.whole
