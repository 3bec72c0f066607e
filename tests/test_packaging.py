"""A non-editable wheel carries every resource, and the GUI loads them from the wheel alone."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

from ui import resources

ROOT = Path(__file__).resolve().parents[1]
NOT_SOURCE = (".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # Build from a copy: setuptools' build/ folder would otherwise keep files deleted since.
    work = tmp_path_factory.mktemp("wheel")
    source = work / "src"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(*NOT_SOURCE))
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            ".",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(work / "dist"),
        ],
        cwd=source,
        check=True,
        capture_output=True,
        timeout=120,
    )
    (built,) = (work / "dist").glob("repbook-*.whl")
    return built


def test_the_wheel_carries_every_resource(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {f"ui/resources/icons/{name}.svg" for name in resources.icon_names()}
    expected |= {
        "ui/resources/icons/README.txt",
        "ui/resources/style.qss",
        "ui/resources/i18n/repbook_zh_CN.ts",
        "ui/resources/i18n/repbook_zh_CN.qm",
        "ui/resources/i18n/repbook_en.ts",
        "ui/resources/i18n/repbook_en.qm",
        "app/data/__init__.py",
        "app/data/README.txt",
        "main.py",
    }
    assert expected - names == set()
    assert not any(name.startswith("tests/") for name in names)


def test_the_gui_loads_its_resources_from_the_wheel(wheel: Path, tmp_path: Path) -> None:
    # Imported straight from the zipped wheel, so nothing can come from the source tree.
    script = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(wheel)!r})
        import ui
        assert ui.__file__.startswith({str(wheel)!r}), ui.__file__
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QApplication
        from ui import application, icons, translations
        app = application.make_application(["repbook"])
        assert app.styleSheet()
        assert not icons.icon("pipeline").pixmap(24, 24).isNull()
        assert translations.install(app, "zh_CN")
        print(QCoreApplication.translate("MainWindow", "Pipeline"))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "销售管道"
