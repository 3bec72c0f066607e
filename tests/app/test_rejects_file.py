"""The rejects file neutralises formula cells exactly as the export bundle does (SPEC §9)."""

from __future__ import annotations

import csv
import os
import stat

from app.sync.bundle import import_path
from app.sync.bundle_format import encode_text
from app.sync.foreign import rejects_path

DANGEROUS = ["=1+2", "@SUM(A1)", "+cmd|' /C calc'!A0", "-2+3", "\tstart", "'=already quoted"]


def test_formula_cells_in_the_rejects_file_are_neutralised_as_export_does(db, tmp_path) -> None:
    source = tmp_path / "客户.csv"
    rows = [["客户名称", "城市", "备注"], ["杭州云启科技有限公司", "杭州", "fine row"]]
    # No name: rejected, and every other cell is one a spreadsheet would run.
    rows += [["", cell, cell] for cell in DANGEROUS]
    rows += [["", "-12.5", "+8613800138000"]]  # plain numbers stay as they are
    with source.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)

    result = import_path(db, source)
    assert (result.created, result.rejected) == (1, len(DANGEROUS) + 1)
    target = rejects_path(source)
    assert result.rejects_file == target
    with target.open(encoding="utf-8-sig", newline="") as handle:
        written = list(csv.reader(handle))
    assert written[0] == ["row", "error", "客户名称", "城市", "备注"]
    for original, cells in zip(rows[2:], written[1:], strict=True):
        city, remark = original[1].strip(), original[2].strip()
        assert cells[3:] == [encode_text(city), encode_text(remark)]
    quoted = [cells[3] for cells in written[1:]]
    assert quoted[:4] == ["'=1+2", "'@SUM(A1)", "'+cmd|' /C calc'!A0", "'-2+3"]
    assert quoted[-1] == "-12.5"
    starts = {cell[:1] for row in written[1:-1] for cell in row[1:]}
    assert not starts & set("=+-@\t\r")
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
