"""Benchmark the kanban board with 20,000 open deals: first paint and card moves.

Run: python tests/bench/bench_pipeline.py [--open 20000]
Targets (SPEC §12): first paint < 0.5 s; a card move (drop → commit → repaint) < 50 ms.
Baselines measured in the same run: the board's SQL alone, and the move's transaction alone.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, QSettings, Qt  # noqa: E402
from PySide6.QtGui import QUndoStack  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from app.db import Database, open_database  # noqa: E402
from app.derived.search import customer_search_text  # noqa: E402
from app.models import Activity, Contact, Customer, Deal, DealStageHistory, VisitPlan  # noqa: E402
from app.pipeline import BoardFilter, column_totals, fetch_cards, list_stages, move_deal  # noqa: E402
from ui.deal_card_delegate import CARD_ROLE  # noqa: E402

CITIES = "杭州 苏州 深圳 广州 成都 武汉 南京 宁波 青岛 西安 合肥 长沙 厦门 无锡 佛山 东莞".split()  # noqa: SIM905
WORDS = "云启 恒达 华南 天府 精工 星辰 鼎盛 同创 万象 金桥 新元 瑞丰 博远 中科 明德 汇智".split()  # noqa: SIM905
TRADES = ["科技", "精密机械", "电子", "供应链", "新材料", "软件", "食品", "物流", "医药", "建筑"]
FORMS = ["有限公司", "股份有限公司", "集团有限公司"]
TITLES = (
    "智能仓储管理系统",
    "销售数据分析平台",
    "设备预测性维护平台",
    "员工培训课程",
    "年度运维服务",
)
STAGE_SHARE = (0.40, 0.25, 0.15, 0.12, 0.08)
# Lets a column's first page walk an index instead of sorting the whole stage (see the report).
PROPOSED_INDEX = "CREATE INDEX ix_deal_board ON deal (status, stage_id, amount)"


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def build(db: Database, open_deals: int, rng: random.Random) -> None:
    """Fill the database with Core inserts: customers, contacts, deals, history, activities."""
    now = datetime.now().replace(microsecond=0)
    with db.session() as s:
        stages = [st.id for st in list_stages(s)]
    customers, contacts, deals, history, activities, visits = [], [], [], [], [], []
    customer_count = open_deals
    for i in range(customer_count):
        name = f"{rng.choice(CITIES)}{rng.choice(WORDS)}{rng.choice(TRADES)}{rng.choice(FORMS)}{i}"
        cid = str(uuid.uuid4())
        customers.append(
            {
                "id": cid,
                "name": name,
                "name_key": name,
                "search_text": customer_search_text(name),
                "tier": rng.choices("ABC", (15, 30, 55))[0],
                "created_at": now,
                "updated_at": now,
            }
        )
        contacts.append(
            {
                "id": str(uuid.uuid4()),
                "customer_id": cid,
                "name": "王总",
                "role": "decision_maker",
                "created_at": now,
                "updated_at": now,
            }
        )
    closed = open_deals // 2
    for i in range(open_deals + closed):
        customer = customers[i % customer_count]
        contact = contacts[i % customer_count]["id"]
        stage = rng.choices(stages, STAGE_SHARE)[0]
        entered = now - timedelta(days=rng.randrange(0, 40), hours=rng.randrange(24))
        status = "open" if i < open_deals else rng.choice(("won", "lost"))
        did = str(uuid.uuid4())
        deals.append(
            {
                "id": did,
                "customer_id": customer["id"],
                "title": rng.choice(TITLES),
                "amount": Decimal(rng.randrange(5_000, 3_000_000)),
                "currency": "CNY",
                "stage_id": stage,
                "status": status,
                "stage_entered_at": entered,
                "created_at": entered,
                "updated_at": entered,
                "contact_id": contact,
                "decision_maker_id": contact,
                "need": "库存不准",
                "budget": Decimal(100_000),
                "expected_close_date": date.today() + timedelta(days=rng.randrange(5, 120)),
                "closed_date": None if status == "open" else date.today(),
                "lead_score": rng.randrange(0, 101),
                "last_activity_at": entered + timedelta(days=1) if rng.random() < 0.3 else None,
            }
        )
        history.append(
            {
                "id": str(uuid.uuid4()),
                "deal_id": did,
                "stage_id": stage,
                "entered_at": entered,
                "left_at": None if status == "open" else now,
                "created_at": entered,
                "updated_at": entered,
            }
        )
    for _ in range(open_deals // 2):
        deal = deals[rng.randrange(open_deals)]
        activities.append(
            {
                "id": str(uuid.uuid4()),
                "customer_id": deal["customer_id"],
                "deal_id": deal["id"],
                "occurred_at": now - timedelta(days=rng.randrange(60)),
                "channel": "phone",
                "kind": "call",
                "summary": "跟进",
                "created_at": now,
                "updated_at": now,
            }
        )
    for _ in range(open_deals // 4):
        customer = customers[rng.randrange(customer_count)]
        visits.append(
            {
                "id": str(uuid.uuid4()),
                "customer_id": customer["id"],
                "due_date": date.today() + timedelta(days=rng.randrange(-10, 30)),
                "kind": "presale_visit",
                "status": "planned",
                "source": "cadence",
                "created_at": now,
                "updated_at": now,
            }
        )
    with db.engine.begin() as conn:
        for model, rows in (
            (Customer, customers),
            (Contact, contacts),
            (Deal, deals),
            (DealStageHistory, history),
            (Activity, activities),
            (VisitPlan, visits),
        ):
            conn.execute(insert(model), rows)


class PaintCounter(QObject):
    """Counts paint events, to prove a measured move really repainted both columns."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def process_until_painted(app: QApplication, widget: object) -> None:
    app.processEvents()
    widget.grab()  # renders every visible card, so the timing includes a full paint


def measure(app: QApplication, db: Database, folder: str, moves_wanted: int) -> dict[str, float]:
    """Time the board's SQL, its first paint and card moves on the database as it is now."""
    from ui.context import AppContext
    from ui.pipeline_board import PipelineBoard

    samples = []
    for _ in range(5):  # baseline: the SQL of a first paint, without any Qt
        t0 = time.perf_counter()
        with db.session() as s:
            stages = list_stages(s)
            column_totals(s, BoardFilter())
            for stage in stages:
                fetch_cards(s, stage_id=stage.id, limit=60)
        samples.append(time.perf_counter() - t0)
    settings = QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(db, settings, QUndoStack())
    paints = []
    for _ in range(5):
        t0 = time.perf_counter()
        board = PipelineBoard(ctx)
        board.resize(1500, 900)
        board.show()
        process_until_painted(app, board)
        paints.append(time.perf_counter() - t0)
        board.close()
        board.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    board = PipelineBoard(ctx)
    board.resize(1500, 900)
    board.show()
    process_until_painted(app, board)
    lead, qualified = board.stages[0].id, board.stages[1].id
    source, target = board.models[lead], board.models[qualified]
    painted = PaintCounter()
    for stage_id in (lead, qualified):
        board.columns[stage_id].view.viewport().installEventFilter(painted)
    moves, commits = [], []
    for _ in range(moves_wanted):
        card = source.index(0).data(CARD_ROLE)
        mime = source.mimeData([source.index(0)])  # what a drag from the lead column carries
        painted.count = 0
        t0 = time.perf_counter()
        assert target.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
        app.processEvents()  # relayout and repaint of both columns happen here
        moves.append(time.perf_counter() - t0)
        assert painted.count >= 2, "both columns repaint after a move"
        assert target.row_of(card.id) >= 0 and source.row_of(card.id) < 0
        # Baseline: the move's transaction alone, on another card, there and back.
        other = source.index(1).data(CARD_ROLE).id
        t0 = time.perf_counter()
        with db.session.begin() as s:
            move_deal(s, other, qualified)
        commits.append(time.perf_counter() - t0)
        with db.session.begin() as s:
            move_deal(s, other, lead)
    board.close()
    return {
        "sql": median_ms(samples),
        "cold": paints[0] * 1000,
        "paint": median_ms(paints[1:]),
        "commit": median_ms(commits),
        "move": median_ms(moves),
    }


def report(title: str, figures: dict[str, float], moves: int) -> None:
    sql, cold, paint = figures["sql"], figures["cold"], figures["paint"]
    commit, move = figures["commit"], figures["move"]
    print(f"\n{title}")
    print(f"  board SQL (totals + first page of each column), median of 5: {sql:7.1f} ms")
    print(
        f"  first paint, first board of the process:                  {cold:7.1f} ms"
        f"  ({cold / sql:.1f}× SQL)"
    )
    paint_ok = "OK" if max(cold, paint) < 500 else "MISSED"
    move_ok = "OK" if move < 50 else "MISSED"
    print(
        f"  first paint (construct + show + paint), median of 4:      {paint:7.1f} ms"
        f"  ({paint / sql:.1f}× SQL)  target < 500 ms: {paint_ok}"
    )
    print(f"  move transaction alone (baseline), median of {moves}:         {commit:7.1f} ms")
    print(
        f"  card move (drop → commit → repaint), median of {moves}:       {move:7.1f} ms"
        f"  ({move / commit:.1f}× transaction)  target < 50 ms: {move_ok}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--open", type=int, default=20_000, help="open deals (default 20,000)")
    parser.add_argument("--moves", type=int, default=20)
    parser.add_argument(
        "--proposed-index",
        action="store_true",
        help=f"measure again after adding {PROPOSED_INDEX!r}",
    )
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))

    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.sqlite")
        started = time.perf_counter()
        build(db, args.open, random.Random(7))
        print(
            f"built {args.open:,} open deals (+{args.open // 2:,} closed), "
            f"{args.open:,} customers in {time.perf_counter() - started:.1f} s"
        )
        report("schema as shipped", measure(app, db, folder, args.moves), args.moves)
        if args.proposed_index:
            with db.engine.begin() as conn:
                conn.exec_driver_sql(PROPOSED_INDEX)
            figures = measure(app, db, folder, args.moves)
            report("with the proposed board index", figures, args.moves)
        db.close()


if __name__ == "__main__":
    main()
