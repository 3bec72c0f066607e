"""The benchmark suite runs end to end on a tiny book and ends with its JSON line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

RUN = Path(__file__).with_name("run.py")


def test_run_prints_the_json_keys(tmp_path):
    env = {
        **os.environ,
        "REPBOOK_BENCH_CACHE": str(tmp_path / "cache"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run(
        [sys.executable, str(RUN), "--scale", "0.002", "--skip", "startup,stall"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    assert set(figures) == {
        "import_ratio",
        "import_rows_per_s",
        "kanban_first_paint_ms",
        "card_move_ms",
        "search_median_ms",
        "search_p95_ms",
        "segment_s",
        "segment_incremental_ms",
        "startup_s",
        "startup_cold_s",
        "peak_rss_mb",
        "scale",
    }
    assert figures["scale"] == 0.002
    assert figures["import_ratio"] > 0 and figures["search_p95_ms"] > 0
