"""app/ type-checks clean under pyproject.toml's [tool.mypy] settings (CI runs the same check)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_mypy_reads_app_clean(tmp_path: Path) -> None:
    # A fresh cache outside the tree: nothing stale is trusted and the checkout stays clean.
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "app", "--cache-dir", str(tmp_path / "mypy")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
