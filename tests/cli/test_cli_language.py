"""The command line speaks the user's language, --help included (--lang, else REPBOOK_LANG/LANG)."""

from __future__ import annotations

import pytest

from tests.cli.test_cli import run


def test_import_help_in_chinese_with_lang() -> None:
    result = run("--lang", "zh_CN", "import", "--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("用法：main.py import")
    assert "导入 CSV/XLSX 文件或导出数据包" in result.stdout
    assert "只报告将发生的更改，不写入任何数据" in result.stdout
    assert "显示帮助并退出" in result.stdout
    assert "usage:" not in result.stdout
    assert "write nothing" not in result.stdout


def test_import_help_in_english_with_lang() -> None:
    result = run("--lang", "en", "import", "--help", env={"REPBOOK_LANG": "zh_CN"})
    assert result.returncode == 0, result.stderr
    assert "usage:" in result.stdout
    assert "report what would change, write nothing" in result.stdout
    assert "show this help message and exit" in result.stdout
    assert "用法" not in result.stdout


@pytest.mark.parametrize(("env", "word"), [("zh_CN.UTF-8", "用法："), ("en_US.UTF-8", "usage:")])
def test_help_follows_the_system_locale_without_lang(env: str, word: str) -> None:
    result = run("--help", env={"REPBOOK_LANG": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": env})
    assert result.returncode == 0, result.stderr
    assert word in result.stdout


def test_errors_follow_lang_too(tmp_path) -> None:
    result = run("--lang", "zh_CN", "import", str(tmp_path / "nowhere.csv"))
    assert result.returncode == 1
    assert "错误：找不到文件" in result.stderr


def test_argparse_complaints_come_in_the_users_language(capsys) -> None:
    from app import cli, i18n

    i18n.set_language("zh_CN")
    try:
        for argv, said in (
            (["search"], "main.py search：错误：缺少必需的参数：query"),
            (
                ["demo", "--customers", "abc"],
                "main.py demo：错误：参数 --customers：'abc' 不是整数",
            ),
            (
                ["import", "x.csv", "--kind", "foo"],
                "main.py import：错误：参数 --kind：无效的选项 'foo'",
            ),
            (["summary", "--bogus"], "main.py：错误：无法识别的参数：--bogus"),
        ):
            with pytest.raises(SystemExit) as exited:
                cli.parse_args(["--lang", "zh_CN", *argv])
            assert exited.value.code == 2
            err = capsys.readouterr().err
            assert err.startswith("用法：") and said in err, err
            assert "error" not in err and "required" not in err
    finally:
        i18n.set_language("en")
