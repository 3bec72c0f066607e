"""Icons, style sheet and translations load from the package; the shipped .qm matches its .ts."""

from __future__ import annotations

from importlib.resources import files

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QColor, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from ui import icons, resources, translations


def test_every_shipped_icon_renders(qapp) -> None:
    names = resources.icon_names()
    assert {"pipeline", "customers", "calendar", "playbook", "insights"} <= set(names)
    for name in names:
        pixmap = icons.icon(name).pixmap(24, 24)
        assert not pixmap.isNull(), name


def test_icons_take_the_text_colour_and_the_selected_and_disabled_looks(qapp) -> None:
    red, white = QColor("#c00000"), QColor("#ffffff")
    original = QPalette(qapp.palette())
    qapp.setPalette(palette_with(QPalette(original), red, white))
    try:
        shown = icons.icon("pipeline", red)

        def colours(mode: QIcon.Mode) -> set[str]:
            image = shown.pixmap(QSize(24, 24), mode).toImage()
            return {
                image.pixelColor(x, y).name()
                for x in range(image.width())
                for y in range(image.height())
                if image.pixelColor(x, y).alpha() == 255
            }

        assert colours(QIcon.Mode.Normal) == {"#c00000"}
        assert colours(QIcon.Mode.Selected) == {"#ffffff"}
        assert colours(QIcon.Mode.Disabled) and "#c00000" not in colours(QIcon.Mode.Disabled)
        # Drawn at the screen's scale: sharp on a high-DPI screen, no bigger than needed.
        assert shown.pixmap(QSize(16, 16)).size() == QSize(16, 16)
        sharp = shown.pixmap(QSize(16, 16), 2.0)
        assert (sharp.size(), sharp.devicePixelRatio()) == (QSize(32, 32), 2.0)
        # A copy given a pixmap of its own (Qt clones the engine) keeps working.
        copy = QIcon(shown)
        copy.addPixmap(QPixmap(8, 8))
        assert not copy.pixmap(QSize(24, 24)).isNull()
    finally:
        qapp.setPalette(original)


def palette_with(palette: QPalette, text: QColor, selected: QColor) -> QPalette:
    palette.setColor(QPalette.ColorRole.WindowText, text)
    palette.setColor(QPalette.ColorRole.HighlightedText, selected)
    return palette


def test_the_style_sheet_is_read_from_the_package() -> None:
    assert resources.style_sheet() == (
        files("ui.resources").joinpath("style.qss").read_text(encoding="utf-8")
    )
    assert "{" in resources.style_sheet()


def test_the_shipped_translation_gives_chinese(qapp) -> None:
    try:
        assert translations.install(qapp, "zh_CN")
        assert QCoreApplication.translate("MainWindow", "Pipeline") == "销售管道"
    finally:
        translations.install(qapp, "en")
    assert QCoreApplication.translate("MainWindow", "Pipeline") == "Pipeline"


def test_a_missing_translation_leaves_english(qapp, monkeypatch, capsys) -> None:
    monkeypatch.setattr(resources, "I18N", resources.PACKAGE / "no-such-folder")
    try:
        loaded = translations.install(QApplication.instance(), "zh_CN")
        assert len(loaded) <= 1  # Qt's own qtbase catalogue at most
        assert QCoreApplication.translate("MainWindow", "Pipeline") == "Pipeline"
    finally:
        translations.install(qapp, "en")
    assert "could not be loaded" in capsys.readouterr().err


def test_the_committed_qm_files_are_built_from_the_committed_ts(tmp_path) -> None:
    for source in (translations.CHINESE_TS, translations.ENGLISH_TS):
        fresh = tmp_path / source.with_suffix(".qm").name
        translations.build_catalog(source, fresh)
        shipped = files("ui.resources").joinpath("i18n", fresh.name).read_bytes()
        assert fresh.read_bytes() == shipped, "run `python -m ui.translations update` and commit"


def test_no_message_is_left_unfinished() -> None:
    assert translations.unfinished_messages(translations.CHINESE_TS) == []
    assert translations.unfinished_messages(translations.ENGLISH_TS) == []  # plural forms


def test_unfinished_and_empty_translations_are_found(tmp_path) -> None:
    source = tmp_path / "sample.ts"
    source.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Board</name>
    <message><source>Done</source><translation>完成</translation></message>
    <message><source>New</source><translation type="unfinished"></translation></message>
    <message><source>Blank</source><translation> </translation></message>
</context>
</TS>
""",
        encoding="utf-8",
    )
    assert translations.unfinished_messages(source) == [("Board", "New"), ("Board", "Blank")]


def test_update_keeps_a_translators_edits(tmp_path) -> None:
    catalog = tmp_path / "repbook_zh_CN.ts"
    text = translations.CHINESE_TS.read_text(encoding="utf-8")
    assert text.count("<translation>销售管道</translation>") == 2
    catalog.write_text(
        text.replace("<translation>销售管道</translation>", "<translation>管道</translation>"),
        encoding="utf-8",
    )

    assert translations.update_sources(catalog) == []

    assert catalog.read_text(encoding="utf-8").count("<translation>管道</translation>") == 2
    assert catalog.with_suffix(".qm").stat().st_size > 0


def test_counts_take_english_and_chinese_plural_forms(qapp) -> None:
    def count(n: int) -> str:
        return QCoreApplication.translate("CustomersView", "%Ln customers match", "", n)

    try:
        translations.install(qapp, "en")
        assert (count(1), count(2), count(12000)) == (
            "1 customer matches",
            "2 customers match",
            "12,000 customers match",
        )
        translations.install(qapp, "zh_CN")
        assert (count(1), count(12000)) == ("1 个客户符合条件", "12,000 个客户符合条件")
    finally:
        translations.install(qapp, "en")


def test_a_plural_message_moved_to_another_class_keeps_its_forms(tmp_path) -> None:
    catalog = tmp_path / "moved.ts"
    catalog.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<TS version="2.1" language="en">
<context><name>Old</name>
    <message numerus="yes"><source>%Ln pairs</source>
        <translation>
            <numerusform>%Ln pair</numerusform>
            <numerusform>%Ln pairs</numerusform>
        </translation>
    </message>
</context>
<context><name>New</name>
    <message numerus="yes"><source>%Ln pairs</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
""",
        encoding="utf-8",
    )
    known = translations._finished_translations(catalog)
    assert known == {"%Ln pairs": ["%Ln pair", "%Ln pairs"]}
    translations._carry_over(catalog, known)
    assert translations.unfinished_messages(catalog) == []
    assert translations.fill({"%Ln pairs": ["x", "y"]}, catalog) == 0  # nothing left to fill
