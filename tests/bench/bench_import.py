"""Benchmark foreign CSV import against raw sqlite3.executemany of the very same rows.

Run: python tests/bench/bench_import.py [--customers 100000] [--activities 1000000]

1. A 100k-row customers sheet as Excel on Chinese Windows saves "CSV": GBK, no BOM, CRLF, dates
   like 2026/3/5, phones with spaces, a contact per row.
2. A 1M-row activity log (跟进记录) naming those customers.
Each is imported with import_path into a migrated database; then the rows the import wrote are
inserted again with plain sqlite3.executemany into a copy of the database as it was before that
import (same schema and indexes, one transaction). The ratio is import time / raw time; SPEC §12
asks for at most 3× on the 1M-row file.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.db import open_database  # noqa: E402
from app.sync.bundle import import_path  # noqa: E402

CITIES = (
    "杭州",
    "宁波",
    "温州",
    "上海",
    "苏州",
    "南京",
    "深圳",
    "广州",
    "成都",
    "武汉",
    "西安",
    "重庆",
)
BRANDS = tuple(
    a + b for a in "云启华盛海天恒达金鼎瑞新博远中科" for b in "星辰泰安丰宏信联创智德源"
)
TRADES = ("科技", "制造", "贸易", "物流", "医疗器械", "电子", "化工", "建材", "食品", "软件")
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英"
TITLES = ("采购经理", "总经理", "IT主管", "生产部长", "财务总监", "技术负责人")
CHANNELS = ("电话", "微信", "上门拜访", "邮件", "视频会议")
SUMMARIES = (
    "介绍新品方案，客户对价格有顾虑",
    "回访使用情况，反馈良好",
    "确认采购流程与预算",
    "节日问候",
    "催收第二期款项",
    "约下周到厂演示",
    "客户提出交期要求，需协调生产",
)


def company_names(count: int, rng: random.Random) -> list[str]:
    names: set[str] = set()
    while len(names) < count:
        number = f"{rng.randrange(1, 10000)}" if len(names) > 20000 else ""
        names.add(f"{rng.choice(CITIES)}{rng.choice(BRANDS)}{number}{rng.choice(TRADES)}有限公司")
    return sorted(names)


def write_customers(path: Path, names: list[str], rng: random.Random) -> None:
    lines = ["客户名称,所属行业,省份,城市,详细地址,联系人,职位,手机,邮箱,首次合作日期,备注"]
    for index, name in enumerate(names):
        person = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
        mobile = f"1{rng.choice('3589')}{rng.randrange(10**8, 10**9)}"
        day = datetime(2020, 1, 1) + timedelta(days=rng.randrange(2200))
        lines.append(
            f"{name},{rng.choice(TRADES)},浙江,{rng.choice(CITIES)},"
            f"{rng.choice(CITIES)}市高新区{index % 300}号,{person},{rng.choice(TITLES)},"
            f"{mobile[:3]} {mobile[3:7]} {mobile[7:]},c{index}@example.cn,"
            f'{day.year}/{day.month}/{day.day},"老客户，年采购约{rng.randrange(5, 500)}万"'
        )
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("gbk"))


def activity_lines(names: list[str], count: int, rng: random.Random) -> Iterator[str]:
    yield "客户名称,跟进时间,跟进方式,跟进内容,客户反馈,意向程度,下一步"
    start = datetime(2024, 1, 1, 8, 0)
    for index in range(count):
        when = start + timedelta(minutes=index)
        yield (
            f"{rng.choice(names)},{when:%Y-%m-%d %H:%M},{rng.choice(CHANNELS)},"
            f"{rng.choice(SUMMARIES)}#{index},"
            f"{rng.choice(('满意', '需考虑', '无'))},{rng.choice('高中低')},下周电话跟进"
        )


def write_activities(path: Path, names: list[str], count: int, rng: random.Random) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        for line in activity_lines(names, count, rng):
            handle.write(line + "\r\n")


def raw_insert_seconds(before: Path, after: Path, workdir: Path, tables: tuple[str, ...]) -> float:
    """Time sqlite3.executemany of the rows `after` has beyond `before`, into a copy of before."""
    target = workdir / "raw.sqlite"
    shutil.copy(before, target)
    with sqlite3.connect(before) as old:
        known = {
            table: {row[0] for row in old.execute(f"SELECT id FROM {table}")} for table in tables
        }
    with sqlite3.connect(after) as new:
        rows = {}
        columns = {}
        for table in tables:
            cursor = new.execute(f"SELECT * FROM {table}")
            columns[table] = [d[0] for d in cursor.description]
            id_at = columns[table].index("id")
            rows[table] = [row for row in cursor if row[id_at] not in known[table]]
    raw = sqlite3.connect(target, isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=NORMAL")
    raw.execute("PRAGMA foreign_keys=ON")
    started = time.perf_counter()
    raw.execute("BEGIN")
    for table in tables:
        marks = ",".join("?" * len(columns[table]))
        raw.executemany(
            f"INSERT INTO {table} ({','.join(columns[table])}) VALUES ({marks})", rows[table]
        )
    raw.execute("COMMIT")
    elapsed = time.perf_counter() - started
    raw.close()
    return elapsed


def checkpoint(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def bench(label: str, db_path: Path, source: Path, workdir: Path, tables: tuple[str, ...]) -> None:
    checkpoint(db_path)
    before = workdir / "before.sqlite"
    shutil.copy(db_path, before)
    db = open_database(db_path)
    started = time.perf_counter()
    result = import_path(db, source)
    elapsed = time.perf_counter() - started
    db.close()
    checkpoint(db_path)
    raw = raw_insert_seconds(before, db_path, workdir, tables)
    rows = sum(counts.created for counts in result.by_entity.values())
    print(
        f"{label}: {source.stat().st_size / 1e6:.1f} MB, {result.created:,} records created "
        f"({', '.join(f'{k} {v.created:,}' for k, v in result.by_entity.items())}), "
        f"{result.rejected} rejected\n"
        f"  import_path  {elapsed:7.2f} s  ({rows / elapsed:,.0f} records/s)\n"
        f"  raw sqlite3  {raw:7.2f} s  executemany of the same rows\n"
        f"  ratio        {elapsed / raw:7.2f}×"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--activities", type=int, default=1_000_000)
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        names = company_names(args.customers, rng)
        customers_csv, activities_csv = workdir / "客户.csv", workdir / "跟进记录.csv"
        started = time.perf_counter()
        write_customers(customers_csv, names, rng)
        write_activities(activities_csv, names, args.activities, rng)
        print(f"generated the files in {time.perf_counter() - started:.1f} s")
        db_path = workdir / "bench.sqlite"
        open_database(db_path).close()
        bench(
            f"customers (GBK, {args.customers:,} rows)",
            db_path,
            customers_csv,
            workdir,
            ("customer", "contact"),
        )
        bench(
            f"activities ({args.activities:,} rows)",
            db_path,
            activities_csv,
            workdir,
            ("activity",),
        )


if __name__ == "__main__":
    main()
