"""Export bundles and merging them back: exact round trip, SPEC §9 merge rules, refusals."""

from __future__ import annotations

import csv
import hashlib
import json
import sqlite3
import tempfile
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert, select, update

from app import settings as app_settings
from app.db import Database, list_backups, open_database
from app.derived import DERIVED_COLUMNS, refresh_all_on
from app.models import Contact, Customer, Deal, Product, Stage
from app.models.types import new_id
from app.parsing.errors import UnusableFileError
from app.sync.bundle_export import export_bundle
from app.sync.bundle_format import synced_tables
from app.sync.bundle_import import import_bundle
from app.sync.result import Cancelled

LEAD_STAGE = "4a2378e2-a3d8-5ad6-a19c-bc79150832d9"  # uuid5 of the seeded "lead" stage
T0 = datetime(2026, 3, 5, 9, 30, 0, 123456)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated database that each example copies, so hypothesis runs stay quick."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    open_database(path).close()
    return path


def copy_of(template: Path, folder: Path, name: str) -> Database:
    target = folder / f"{name}.sqlite"
    with sqlite3.connect(template) as source, sqlite3.connect(target) as copy:
        source.backup(copy)
    copy.close()
    return open_database(target)


def snapshot(db: Database) -> dict[str, list[dict[str, Any]]]:
    """Every synced row as Python values, keyed by table, in id order.

    Derived figures are left out: the importing book recomputes them from the rows it holds.
    """
    with db.engine.connect() as conn:
        return {
            table.name: [
                {
                    key: value
                    for key, value in row._mapping.items()
                    if key not in DERIVED_COLUMNS.get(table.name, ())
                }
                for row in conn.execute(select(table).order_by(table.c.id))
            ]
            for table in synced_tables()
        }


def add_customer(db: Database, **values: Any) -> str:
    row = {"id": new_id(), "name": "杭州云启科技", "created_at": T0, "updated_at": T0, **values}
    with db.engine.begin() as conn:
        conn.execute(insert(Customer.__table__), row)
    return row["id"]


def customer(db: Database, customer_id: str) -> dict[str, Any]:
    with db.engine.connect() as conn:
        table = Customer.__table__
        return dict(conn.execute(select(table).where(table.c.id == customer_id)).one()._mapping)


# ------------------------------------------------------------------------- exact round trip

TRICKY = [
    "=1+1",
    "-x",
    "+86 138",
    "@a",
    "\tlead",
    "\rcr",
    "a\r\nb",
    "line\nbreak",
    '"q", c',
    "'",
    "''",
    "'=x",
    "-12",
    "😀",
    "杭州云启科技有限公司",
    "",
    " ",
    "a,b",
    "\x00",
    "\u2028",
]
texts = st.one_of(
    st.sampled_from(TRICKY), st.text(st.characters(exclude_categories=("Cs",)), max_size=20)
)
maybe_texts = st.none() | texts
moments = st.datetimes(min_value=datetime(1970, 1, 1), max_value=datetime(2100, 1, 1))
money = st.decimals(min_value=Decimal("-1e12"), max_value=Decimal("1e12"), places=2)


@st.composite
def books(draw: st.DrawFn) -> dict[str, list[dict[str, Any]]]:
    """A small book of customers, contacts, deals, products, playbook entries and goals."""

    def synced() -> dict[str, Any]:
        return {
            "id": new_id(),
            "created_at": draw(moments),
            "updated_at": draw(moments),
            "deleted_at": draw(st.none() | moments),
            "owner": draw(maybe_texts),
        }

    customers = [
        {
            **synced(),
            "name": draw(texts),
            "notes": draw(maybe_texts),
            "city": draw(maybe_texts),
            "pain_points": draw(maybe_texts),
            "search_text": draw(texts),
            "name_key": draw(texts),
            "churn_risk": draw(st.booleans()),
            "revenue_12m": draw(money),
            "founded_date": draw(st.none() | st.dates(min_value=date(1900, 1, 1))),
            "info_verified_at": draw(st.none() | moments),
            "icp_score": draw(st.none() | st.integers(-5, 10**9)),
        }
        for _ in range(draw(st.integers(1, 4)))
    ]
    # Referrals may point forward within the file: import must not trip over the order.
    for row in customers:
        row["referred_by_id"] = draw(st.none() | st.sampled_from([c["id"] for c in customers]))
    contacts = [
        {
            **synced(),
            "customer_id": draw(st.sampled_from(customers))["id"],
            "name": draw(texts),
            "email": draw(maybe_texts),
            "is_primary": draw(st.booleans()),
        }
        for _ in range(draw(st.integers(0, 3)))
    ]
    deals = [
        {
            **synced(),
            "customer_id": draw(st.sampled_from(customers))["id"],
            "title": draw(texts),
            "amount": draw(money),
            "budget": draw(st.none() | money),
            "stage_id": LEAD_STAGE,
            "need": draw(maybe_texts),
            "expected_close_date": draw(st.none() | st.dates()),
        }
        for _ in range(draw(st.integers(0, 3)))
    ]
    json_values = st.recursive(
        st.none() | st.booleans() | st.integers() | texts,
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
        max_leaves=6,
    )
    entries = [
        {
            **synced(),
            "kind": "objection",
            "title": draw(texts),
            "scripts": draw(st.lists(texts, max_size=3)),
            "concern": draw(maybe_texts),
        }
        for _ in range(draw(st.integers(0, 2)))
    ]
    products = [
        {
            **synced(),
            "name": draw(texts),
            "active": draw(st.booleans()),
            "unit_price": draw(st.none() | money),
        }
        for _ in range(draw(st.integers(0, 2)))
    ]
    goals = [
        {
            **synced(),
            "name": draw(texts),
            "metric": "revenue",
            "target": draw(st.floats(allow_nan=False, allow_infinity=False)),
            "period_start": date(2026, 1, 1),
            "period_end": date(2026, 3, 31),
        }
        for _ in range(draw(st.integers(0, 1)))
    ]
    stage_fields = draw(json_values)
    return {
        "customer": customers,
        "contact": contacts,
        "deal": deals,
        "playbook_entry": entries,
        "product": products,
        "goal": goals,
        "stage_fields": stage_fields,
    }


def load_book(db: Database, book: dict[str, Any]) -> None:
    tables = {table.name: table for table in synced_tables()}
    with db.engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
        for name in ("customer", "contact", "deal", "playbook_entry", "product", "goal"):
            if book[name]:
                conn.execute(insert(tables[name]), book[name])
        # Arbitrary JSON (nested, unicode, null) in a JSON column.
        stage = Stage.__table__
        conn.execute(
            update(stage)
            .where(stage.c.id == LEAD_STAGE)
            .values(required_fields=book["stage_fields"])
        )
        # A real book has had its derived pass: each customer's cadence visit row travels in
        # the bundle, and the importing book keeps it instead of planning a second one.
        refresh_all_on(conn)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(book=books(), as_zip=st.booleans())
@example(
    book={
        "customer": [
            {
                "id": new_id(),
                "created_at": T0,
                "updated_at": T0,
                "deleted_at": None,
                "owner": None,
                "name": "=1+1",
                "notes": "",
                "city": None,
                "pain_points": '-x\r\n"@a", \t😀 杭州',
                "search_text": "",
                "name_key": "'",
                "churn_risk": True,
                "revenue_12m": Decimal("12800.00"),
                "founded_date": None,
                "info_verified_at": None,
                "icp_score": None,
                "referred_by_id": None,
            }
        ],
        "contact": [],
        "deal": [],
        "playbook_entry": [],
        "product": [],
        "goal": [],
        "stage_fields": ["need"],
    },
    as_zip=False,
)
def test_export_then_import_into_empty_database_gives_identical_data(
    template: Path, book: dict[str, Any], as_zip: bool
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source, target = copy_of(template, folder, "source"), copy_of(template, folder, "target")
        try:
            load_book(source, book)
            out = folder / ("bundle.zip" if as_zip else "bundle")
            export_bundle(source, out)
            result = import_bundle(target, out)
            assert snapshot(target) == snapshot(source)
            rows = sum(
                len(book[name])
                for name in ("customer", "contact", "deal", "playbook_entry", "product", "goal")
            )
            # … and the live customers' cadence visits, which the target kept (no second one).
            assert result.created == rows + len(snapshot(source)["visit_plan"])
            assert result.rejected == 0 and result.conflicts == 0
        finally:
            source.close()
            target.close()


def test_second_import_of_the_same_bundle_changes_nothing(db: Database, tmp_path: Path) -> None:
    first = add_customer(db, name="杭州云启科技有限公司", notes="=SUM(A1)")
    add_customer(db, name="宁波海曙贸易", referred_by_id=first, deleted_at=T0)
    export_bundle(db, tmp_path / "bundle.zip")
    target = open_database(tmp_path / "lead.sqlite")
    try:
        created = import_bundle(target, tmp_path / "bundle.zip")
        before = snapshot(target)
        again = import_bundle(target, tmp_path / "bundle.zip")
        assert (created.created, created.unchanged) == (2, 5)  # two customers; five seeded stages
        assert again.to_json()["created"] == 0
        assert (again.updated, again.conflicts, again.unchanged) == (0, 0, 7)
        assert snapshot(target) == before
    finally:
        target.close()


def test_a_bundle_zipped_inside_its_folder_imports_as_the_bundle(
    db: Database, tmp_path: Path
) -> None:
    import zipfile

    from app.sync.bundle import is_bundle

    add_customer(db, name="杭州云启科技有限公司")
    export_bundle(db, tmp_path / "out")
    # What Windows' "Send to → Compressed folder" makes of the exported folder.
    nested = tmp_path / "out.zip"
    with zipfile.ZipFile(nested, "w") as archive:
        for file in sorted((tmp_path / "out").iterdir()):
            archive.write(file, f"out/{file.name}")
    assert is_bundle(nested)
    target = open_database(tmp_path / "lead.sqlite")
    try:
        result = import_bundle(target, nested)
        assert (result.created, result.unchanged, result.rejected) == (1, 5, 0)
    finally:
        target.close()
    # Two bundles in one zip is no bundle: which one would it be?
    twice = tmp_path / "two.zip"
    with zipfile.ZipFile(twice, "w") as archive:
        for folder in ("a", "b"):
            archive.write(tmp_path / "out" / "manifest.json", f"{folder}/manifest.json")
    assert not is_bundle(twice)


# ------------------------------------------------------------------------------ file format


def test_bundle_files_are_bom_csv_with_neutralised_formulas_and_a_manifest(
    db: Database, tmp_path: Path
) -> None:
    with db.session.begin() as s:
        app_settings.put(s, "owner", "王小明")
    customer_id = add_customer(
        db, name='=HYPERLINK("http://x")', notes="", city=None, owner="王小明"
    )
    summary = export_bundle(db, tmp_path / "out")

    raw = (tmp_path / "out" / "customer.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(
        csv.DictReader((tmp_path / "out" / "customer.csv").open(encoding="utf-8-sig", newline=""))
    )
    assert rows[0]["id"] == customer_id
    assert rows[0]["name"] == '\'=HYPERLINK("http://x")'
    assert rows[0]["notes"] == "'"  # the empty string …
    assert rows[0]["city"] == ""  # … is told apart from None
    assert rows[0]["updated_at"] == "2026-03-05T09:30:00.123456"
    assert rows[0]["revenue_12m"] == "0.00"
    assert rows[0]["churn_risk"] == "0"
    assert list(rows[0])[:5] == ["id", "created_at", "updated_at", "deleted_at", "owner"]

    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["format_version"] == 1 and manifest["owner"] == "王小明"
    assert manifest["app_version"] == "0.1.0"
    assert [entry["entity"] for entry in manifest["files"]][:4] == [
        "stage",
        "product",
        "customer",
        "contact",
    ]
    assert manifest["row_counts"]["customer"] == 1 and manifest["row_counts"]["stage"] == 5
    assert len(manifest["files"][0]["sha256"]) == 64
    assert "null" in manifest["conventions"]
    assert summary.rows["customer"] == 1 and summary.owner == "王小明"


def test_export_refuses_a_folder_holding_other_files(db: Database, tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "报价单.xlsx").write_bytes(b"keep me")
    with pytest.raises(FileExistsError):
        export_bundle(db, tmp_path / "docs")
    assert (tmp_path / "docs" / "报价单.xlsx").read_bytes() == b"keep me"


def test_export_over_an_older_bundle_replaces_it_only_when_forced(
    db: Database, tmp_path: Path
) -> None:
    export_bundle(db, tmp_path / "out")
    add_customer(db)
    with pytest.raises(FileExistsError):
        export_bundle(db, tmp_path / "out")
    export_bundle(db, tmp_path / "out", force=True)
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["row_counts"]["customer"] == 1
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


# ------------------------------------------------------------------------------ merge rules


def test_newer_local_row_is_kept_and_counted_as_a_conflict(db: Database, tmp_path: Path) -> None:
    older, same, newer = T0, T0 + timedelta(hours=1), T0 + timedelta(hours=2)
    kept = add_customer(db, name="本地较新", updated_at=newer)
    equal = add_customer(db, name="相同", updated_at=same)
    replaced = add_customer(db, name="本地较旧", updated_at=older)
    rep = open_database(tmp_path / "rep.sqlite")
    try:
        with rep.engine.begin() as conn, db.engine.connect() as local:
            table = Customer.__table__
            for row in local.execute(select(table)):
                conn.execute(insert(table), dict(row._mapping))
            conn.execute(
                update(table).where(table.c.id == kept).values(name="外来较旧", updated_at=older)
            )
            conn.execute(
                update(table)
                .where(table.c.id == replaced)
                .values(name="外来较新", updated_at=newer)
            )
        export_bundle(rep, tmp_path / "rep.zip")
    finally:
        rep.close()

    result = import_bundle(db, tmp_path / "rep.zip")

    counts = result.by_entity["customer"]
    assert (counts.created, counts.updated, counts.unchanged, counts.conflicts) == (0, 1, 1, 1)
    assert customer(db, kept)["name"] == "本地较新"
    assert customer(db, replaced)["name"] == "外来较新"
    assert customer(db, equal)["name"] == "相同"
    [conflict] = result.conflict_details
    assert (conflict.entity, conflict.id) == ("customer", kept)
    assert (conflict.local_updated_at, conflict.incoming_updated_at) == (newer, older)
    details = result.to_json()["conflict_details"]
    assert details == [
        {
            "entity": "customer",
            "id": kept,
            "local_updated_at": newer.isoformat(),
            "incoming_updated_at": older.isoformat(),
        }
    ]


def test_tombstones_delete_even_a_locally_newer_row(db: Database, tmp_path: Path) -> None:
    gone = add_customer(db, name="已合并的重复客户", updated_at=T0 + timedelta(days=1))
    deleted_at = T0 + timedelta(hours=3)
    rep = open_database(tmp_path / "rep.sqlite")
    try:
        add_customer(rep, id=gone, name="已合并的重复客户", updated_at=T0, deleted_at=deleted_at)
        export_bundle(rep, tmp_path / "rep")
    finally:
        rep.close()

    first = import_bundle(db, tmp_path / "rep")
    second = import_bundle(db, tmp_path / "rep")

    assert customer(db, gone)["deleted_at"] == deleted_at
    assert first.by_entity["customer"].updated == 1
    assert second.by_entity["customer"].updated == 0


def test_rows_keep_their_owner_and_ownerless_rows_get_the_manifest_owner(
    db: Database, tmp_path: Path
) -> None:
    rep = open_database(tmp_path / "rep.sqlite")
    try:
        with rep.session.begin() as s:
            app_settings.put(s, "owner", "李娜")
        mine = add_customer(rep, name="甲", owner="张伟")
        ownerless = add_customer(rep, name="乙", owner=None)
        export_bundle(rep, tmp_path / "rep")
    finally:
        rep.close()
    import_bundle(db, tmp_path / "rep")
    assert customer(db, mine)["owner"] == "张伟"
    assert customer(db, ownerless)["owner"] == "李娜"


def test_a_stage_with_a_known_key_but_another_id_merges_into_the_local_stage(
    db: Database, tmp_path: Path
) -> None:
    rep = open_database(tmp_path / "rep.sqlite")
    local_demo, foreign_demo = new_id(), new_id()
    stage = Stage.__table__
    with db.engine.begin() as conn:
        conn.execute(
            insert(stage),
            {"id": local_demo, "key": "demo", "name": "演示", "created_at": T0, "updated_at": T0},
        )
    try:
        with rep.engine.begin() as conn:
            conn.execute(
                insert(stage),
                {
                    "id": foreign_demo,
                    "key": "demo",
                    "name": "演示",
                    "created_at": T0,
                    "updated_at": T0,
                },
            )
        client = add_customer(rep)
        deal_id = new_id()
        with rep.engine.begin() as conn:
            conn.execute(
                insert(Deal.__table__),
                {
                    "id": deal_id,
                    "customer_id": client,
                    "title": "试点",
                    "stage_id": foreign_demo,
                    "created_at": T0,
                    "updated_at": T0,
                },
            )
        export_bundle(rep, tmp_path / "rep")
    finally:
        rep.close()
    result = import_bundle(db, tmp_path / "rep")
    with db.session() as s:
        assert s.get(Deal, deal_id).stage_id == local_demo
        assert s.get(Stage, foreign_demo) is None
    assert result.by_entity["stage"].unchanged == 6


# ------------------------------------------------------------------------------ refusals


def _bundle_with_one_customer(db: Database, folder: Path) -> Path:
    add_customer(db, name="校验客户")
    export_bundle(db, folder)
    return folder


def test_a_tampered_bundle_is_refused_and_nothing_changes(db: Database, tmp_path: Path) -> None:
    bundle = _bundle_with_one_customer(db, tmp_path / "bundle")
    path = bundle / "customer.csv"
    path.write_text(
        path.read_text(encoding="utf-8-sig").replace("校验客户", "篡改客户"), encoding="utf-8-sig"
    )
    target = open_database(tmp_path / "target.sqlite")
    try:
        before = snapshot(target)
        with pytest.raises(UnusableFileError, match="customer.csv does not match its checksum"):
            import_bundle(target, bundle)
        assert snapshot(target) == before
    finally:
        target.close()


def test_a_bundle_from_a_newer_format_is_refused(db: Database, tmp_path: Path) -> None:
    bundle = _bundle_with_one_customer(db, tmp_path / "bundle")
    manifest = json.loads((bundle / "manifest.json").read_text(encoding="utf-8"))
    manifest["format_version"] = 2
    (bundle / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(UnusableFileError, match="format version 2"):
        import_bundle(db, bundle)


@pytest.mark.parametrize(
    "files",
    [[1], "customer.csv", [{"file": ["customer.csv"]}], [{"file": "customer.csv", "entity": 5}]],
)
def test_a_manifest_of_the_wrong_shape_is_refused_in_one_line(
    db: Database, tmp_path: Path, files: object
) -> None:
    bundle = _bundle_with_one_customer(db, tmp_path / "bundle")
    manifest = json.loads((bundle / "manifest.json").read_text(encoding="utf-8"))
    manifest["files"] = files
    (bundle / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(UnusableFileError, match="does not describe a RepBook export bundle"):
        import_bundle(db, bundle)


def test_a_bundle_missing_a_parent_record_is_refused_whole(tmp_path: Path) -> None:
    rep = open_database(tmp_path / "rep.sqlite")
    try:
        client = add_customer(rep)
        with rep.engine.begin() as conn:
            conn.execute(
                insert(Contact.__table__),
                {
                    "id": new_id(),
                    "customer_id": client,
                    "name": "张伟",
                    "created_at": T0,
                    "updated_at": T0,
                },
            )
        export_bundle(rep, tmp_path / "rep")
    finally:
        rep.close()
    # Drop the customer from the bundle and fix the manifest, as a careless script might.
    (tmp_path / "rep" / "customer.csv").write_text("id,updated_at\r\n", encoding="utf-8-sig")
    manifest_path = tmp_path / "rep" / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    for entry in manifest["files"]:
        entry["sha256"] = hashlib.sha256(
            (tmp_path / "rep" / entry["file"]).read_bytes()
        ).hexdigest()
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")

    target = open_database(tmp_path / "target.sqlite")
    try:
        before = snapshot(target)
        with pytest.raises(UnusableFileError, match="contact.customer_id refers to 1 customer"):
            import_bundle(target, tmp_path / "rep")
        assert snapshot(target) == before
    finally:
        target.close()


def test_a_folder_without_manifest_is_not_a_bundle(db: Database, tmp_path: Path) -> None:
    (tmp_path / "stuff").mkdir()
    with pytest.raises(UnusableFileError, match="no manifest.json"):
        import_bundle(db, tmp_path / "stuff")


# ------------------------------------------------------------------------- dry run, cancel


def test_dry_run_counts_but_writes_nothing_not_even_a_backup(db: Database, tmp_path: Path) -> None:
    source = open_database(tmp_path / "source.sqlite")
    try:
        add_customer(source)
        export_bundle(source, tmp_path / "b.zip")
    finally:
        source.close()
    before = snapshot(db)
    result = import_bundle(db, tmp_path / "b.zip", dry_run=True)
    assert result.created == 1 and result.to_json()["dry_run"] is True
    assert snapshot(db) == before
    assert list_backups(db.path) == []


def test_real_import_backs_up_first(db: Database, tmp_path: Path) -> None:
    export_bundle(db, tmp_path / "b")
    result = import_bundle(db, tmp_path / "b")
    assert result.backup_file is not None and result.backup_file.exists()
    assert "before-import" in result.backup_file.name


def test_cancelling_rolls_the_whole_import_back(tmp_path: Path) -> None:
    source = open_database(tmp_path / "source.sqlite")
    try:
        with source.engine.begin() as conn:
            conn.execute(
                insert(Customer.__table__),
                [
                    {"id": new_id(), "name": f"客户{i}", "created_at": T0, "updated_at": T0}
                    for i in range(5000)
                ],
            )
        export_bundle(source, tmp_path / "b")
    finally:
        source.close()
    target = open_database(tmp_path / "target.sqlite")
    seen: list[tuple[int, int]] = []

    def cancel_after_first_batch(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 2000

    try:
        with pytest.raises(Cancelled):
            import_bundle(target, tmp_path / "b", progress=cancel_after_first_batch)
        with target.session() as s:
            assert s.query(Customer).count() == 0
        assert seen[0] == (0, 5005)
    finally:
        target.close()


def test_export_reports_progress_and_can_be_cancelled(db: Database, tmp_path: Path) -> None:
    with db.engine.begin() as conn:
        conn.execute(
            insert(Product.__table__),
            [
                {"id": new_id(), "name": f"产品{i}", "created_at": T0, "updated_at": T0}
                for i in range(4500)
            ],
        )
    calls: list[int] = []
    export_bundle(db, tmp_path / "ok", progress=lambda done, total: calls.append(done) is None)
    assert calls[-1] == 4505
    with pytest.raises(Cancelled):
        export_bundle(db, tmp_path / "cancelled.zip", progress=lambda done, total: done == 0)
    assert not (tmp_path / "cancelled.zip").exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
