"""SPEC §12's second import figure: a rep's customer sheet (GBK, with contacts) into the big book.

The sheet is what Excel on Chinese Windows saves as "CSV": GB18030/GBK without a BOM, CRLF,
Chinese headers, demo-width values (app.demo's vocabulary), phones with spaces, dates like
2021/3/5 and one contact per row. Every name is new to the book, so every row creates a customer
and a contact. It is imported with app.sync.bundle.import_path into a copy of the cached book
(100k customers, 150k contacts: the natural-key indexes, the search index and the derived
refresh all work at full size). Baseline, timed on a copy of the book as it was before: read the
same file with csv (decoded gb18030) and executemany the customer and contact rows the import
wrote, in one transaction, with the same pragmas and cache.
"""

from __future__ import annotations

import csv
import random
import sqlite3
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from bench_data import working_copy

HEADERS = (
    "客户名称", "所属行业", "人员规模", "省份", "所在城市", "详细地址", "公司电话", "客户来源",
    "主营业务", "客户痛点", "首次合作日期", "联系人", "职位", "手机", "邮箱", "微信", "备注",
)  # fmt: skip
NOTES = (
    "老客户，年采购约{n}万",
    "展会认识，对价格敏感",
    "需要每季度上门回访",
    "",
    "采购流程较长，需提前准备资质",
    "总经理拍板，采购执行",
)


def sheet_rows(taken: set[str], count: int, rng: random.Random) -> list[list[str]]:
    """Draw count customer rows whose names are new to a book holding the name keys in taken."""
    from app.demo import vocabulary as v
    from app.parsing.values import normalise_company_name

    rows: list[list[str]] = []
    keys = set(taken)
    while len(rows) < count:
        province, city = rng.choices(v.CITIES, v.CITY_WEIGHTS)[0]
        industry = rng.choices(list(v.INDUSTRIES), v.INDUSTRY_WEIGHTS)[0]
        words, main_business, pains = v.INDUSTRIES[industry]
        brand = rng.choice(v.BRAND_WORDS) + rng.choice(v.BRAND_WORDS)
        name = f"{city}{brand}{rng.choice(words)}{rng.choice(v.LEGAL_SUFFIXES)}"
        key = normalise_company_name(name)
        if key in keys:
            continue
        keys.add(key)
        person = rng.choice(v.SURNAMES) + "".join(
            rng.choice(v.GIVEN_CHARS) for _ in range(rng.choice((1, 2, 2)))
        )
        role = rng.choice(list(v.ROLE_TITLES))
        mobile = f"{rng.choice(('138', '139', '150', '186', '188'))}{rng.randrange(10**8):08d}"
        first = date(2019, 1, 1) + timedelta(days=rng.randrange(2400))
        index = len(rows)
        rows.append([
            name,
            industry,
            rng.choice(v.SIZE_BANDS) + "人",
            province,
            city,
            f"{city}市{rng.choice(('高新区', '经开区', '工业园区', '科技园'))}{rng.randrange(1, 300)}号",
            f"0{rng.randrange(10, 999)}-{rng.randrange(10**7, 10**8)}",
            rng.choices(v.SOURCES, v.SOURCE_WEIGHTS)[0],
            main_business,
            pains,
            f"{first.year}/{first.month}/{first.day}",
            person,
            rng.choice(v.ROLE_TITLES[role]),
            f"{mobile[:3]} {mobile[3:7]} {mobile[7:]}",
            f"{role[:3]}{index}@c{index}.com.cn",
            f"wx_{mobile[-6:]}",
            rng.choice(NOTES).format(n=rng.randrange(5, 500)),
        ])  # fmt: skip
    return rows


def write_sheet(path: Path, rows: list[list[str]]) -> None:
    """Save rows under the Chinese headers as GBK CSV with CRLF, as Excel does."""
    with path.open("w", encoding="gbk", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(HEADERS)
        writer.writerows(rows)


def _new_rows(before: Path, after: Path, table: str) -> tuple[list[str], list[tuple]]:
    with sqlite3.connect(before) as old:
        known = {row[0] for row in old.execute(f"SELECT id FROM {table}")}
    with sqlite3.connect(after) as new:
        cursor = new.execute(f"SELECT * FROM {table}")
        columns = [d[0] for d in cursor.description]
        id_at = columns.index("id")
        return columns, [row for row in cursor if row[id_at] not in known]


def measure_sheet(
    book: Path, folder: Path, count: int, log: Callable[[str], None], pragmas: Callable
) -> dict[str, float]:
    """Import a count-row GBK customer sheet; baseline csv reading + executemany of its rows."""
    from app.db import open_database
    from app.sqlite import BULK_CACHE_KIB
    from app.sync.bundle import import_path

    target = working_copy(book, folder, "sheet.sqlite")
    before = working_copy(book, folder, "sheet-before.sqlite")
    with sqlite3.connect(target) as conn:
        taken = {r[0] for r in conn.execute("SELECT name_key FROM customer")}
    source = folder / "客户资料.csv"
    write_sheet(source, sheet_rows(taken, count, random.Random(5)))
    db = open_database(target)
    started = time.perf_counter()
    result = import_path(db, source)
    elapsed = time.perf_counter() - started
    db.close()
    written = {table: _new_rows(before, target, table) for table in ("customer", "contact")}
    raw = sqlite3.connect(before, isolation_level=None)
    pragmas(raw, BULK_CACHE_KIB)  # the import runs under app.sqlite.bulk_work's cache
    started = time.perf_counter()
    with source.open(encoding="gb18030", newline="") as handle:
        cells = list(csv.reader(handle))
    raw.execute("BEGIN")
    for table, (columns, rows) in written.items():
        marks = ",".join("?" * len(columns))
        raw.executemany(f"INSERT INTO {table} ({','.join(columns)}) VALUES ({marks})", rows)
    raw.execute("COMMIT")
    baseline = time.perf_counter() - started
    raw.close()
    counts = {k: v.created for k, v in result.by_entity.items()}
    log(
        f"sheet: {len(cells) - 1:,} GBK rows, created {counts}, {result.rejected} rejected, "
        f"{len(result.warnings)} warnings: {elapsed:.2f} s; csv + executemany of the "
        f"{sum(len(rows) for _, rows in written.values()):,} rows {baseline:.2f} s; "
        f"sheet_ratio {elapsed / baseline:.2f} (SPEC §12: within 5)"
    )
    for path in (target, before, source):
        path.unlink()
    for leftover in folder.glob("sheet*.sqlite-*"):
        leftover.unlink()
    return {}
