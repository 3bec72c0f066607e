"""Generate a demo book of business with Core bulk inserts, so 100k customers take seconds."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from itertools import accumulate
from typing import Any

from sqlalchemy import Connection, Index, select

from app import settings
from app.bulk import insert_rows
from app.db import Database, bulk_work
from app.demo import vocabulary as v
from app.derived.search import customer_search_text
from app.lead_score import LeadScoreConfig, recompute_scores, save_config
from app.models import (
    SYNCED_MODELS,
    Activity,
    Complaint,
    Contact,
    Customer,
    Deal,
    DealStageHistory,
    Goal,
    Handoff,
    Order,
    Payment,
    Product,
    Review,
    Stage,
    VisitPlan,
)
from app.models.customers import effective_tier
from app.models.service import COMPLAINT_STEPS, HANDOFF_ITEMS
from app.segments import recompute
from app.sync.values import normalise_company_name
from app.text import phone_key, pinyin_keys

HISTORY_DAYS = 540  # 18 months of pipeline history
# The demo rep's ideal customer profile, so lead scores spread over the whole 0–100 range.
DEMO_PROFILE = LeadScoreConfig(
    industries=("制造业", "软件与信息服务", "能源化工"),
    regions=("浙江", "江苏", "上海", "广东"),
    sources=("转介绍", "展会", "老客户复购"),
)
BATCH = 20_000
BIG_BOOK = 10_000  # customers from which a bulk load without secondary indexes pays off
# Typical days spent in each stage; proposal is the demo's bottleneck for analytics to find.
STAGE_DAYS = {"lead": 6, "qualified": 9, "proposal": 21, "negotiation": 12, "closing": 5}

Progress = Callable[[str, int, int], None]


@dataclass
class DemoSummary:
    """How many rows of each kind the generator wrote."""

    counts: dict[str, int] = field(default_factory=dict)


class _Ids:
    """Deterministic UUIDs drawn from the seeded generator."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng

    def __call__(self) -> str:
        # Formatting by hand is five times faster than uuid.UUID and gives the same v4 layout.
        h = f"{self._rng.getrandbits(128):032x}"
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:]}"


class _Writer:
    """Buffers rows per table and flushes them with executemany."""

    def __init__(self, conn: Connection, summary: DemoSummary, owner: str, now: datetime) -> None:
        self.conn, self.summary, self.owner, self.now = conn, summary, owner, now
        self.buffers: dict[Any, list[dict[str, Any]]] = {}
        self.pending = 0

    def add(self, model: Any, row: dict[str, Any]) -> None:
        row.setdefault("created_at", self.now)
        row.setdefault("updated_at", row["created_at"])
        row.setdefault("deleted_at", None)
        row.setdefault("owner", self.owner)
        self.buffers.setdefault(model, []).append(row)
        self.pending += 1

    def maybe_flush(self) -> None:
        if self.pending >= BATCH:
            self.flush()

    def flush(self) -> None:
        # Parents before children, whatever order the rows were drawn in: foreign keys are on.
        for model in SYNCED_MODELS:
            rows = self.buffers.get(model)
            if rows:
                columns = sorted(set().union(*rows))
                insert_rows(self.conn, model.__table__, rows, columns)
                name = model.__tablename__
                self.summary.counts[name] = self.summary.counts.get(name, 0) + len(rows)
                rows.clear()
        self.pending = 0


def generate(
    db: Database,
    customers: int = 300,
    seed: int = 1,
    today: date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill the database with a deterministic demo book of `customers` companies."""
    today = today or date.today()
    rng = random.Random(seed)
    summary = DemoSummary()
    now = datetime.combine(today, time(18, 0))
    with db.engine.begin() as conn, bulk_work(conn):
        owner = _owner(conn)
        writer = _Writer(conn, summary, owner, now)
        builder = _Builder(rng, writer, today, _stages(conn))
        # Building secondary indexes once at the end beats updating them row by row.
        dropped = _drop_indexes(conn) if customers >= BIG_BOOK else []
        builder.products()
        for index in range(customers):
            builder.customer()
            writer.maybe_flush()
            if progress and index % 1000 == 0:
                progress("customers", index, customers)
        builder.goals()
        writer.flush()
        for index in dropped:
            index.create(conn)
    with db.session.begin() as session:
        recompute(session, today=today)
        if not settings.get(session, "owner"):
            settings.put(session, "owner", "demo")
        save_config(session, DEMO_PROFILE)
        recompute_scores(session, now=now)
        cadence = settings.get(session, "cadence_days")
    with db.engine.begin() as conn:
        writer = _Writer(conn, summary, owner, now)
        _plan_cadence_visits(conn, writer, _Ids(rng), rng, today, cadence)
        writer.flush()
    return summary


def _drop_indexes(conn: Connection) -> list[Index]:
    dropped = []
    for model in SYNCED_MODELS:
        for index in model.__table__.indexes:
            if not index.unique:
                index.drop(conn)
                dropped.append(index)
    return dropped


def _owner(conn: Connection) -> str:
    from app.models import Setting

    value = conn.execute(select(Setting.value).where(Setting.key == "owner")).scalar()
    return value or "demo"


def _stages(conn: Connection) -> list[tuple[str, str]]:
    rows = conn.execute(
        select(Stage.id, Stage.key).where(Stage.deleted_at.is_(None)).order_by(Stage.position)
    )
    return [(row.id, row.key) for row in rows]


def _plan_cadence_visits(
    conn: Connection,
    writer: _Writer,
    new_id: _Ids,
    rng: random.Random,
    today: date,
    cadence: dict[str, int],
) -> None:
    """Plan each customer's next visit from its last contact and its tier's cadence.

    A visit long overdue would have been rescheduled by a real rep, so those land within the
    last three weeks or the coming cadence instead of a year back.
    """
    rows = conn.execute(
        select(Customer.id, Customer.tier, Customer.tier_override, Customer.last_contact_at)
    )
    for row in rows:
        days = int(cadence.get(effective_tier(row.tier, row.tier_override), 90))
        last = row.last_contact_at.date() if row.last_contact_at else today - timedelta(days=60)
        due = last + timedelta(days=days)
        if due < today - timedelta(days=21):
            due = today + timedelta(days=int(rng.uniform(-21, days)))
        kind = "presale_visit" if rng.random() < 0.5 else "aftersale_visit"
        writer.add(
            VisitPlan,
            {
                "id": new_id(),
                "customer_id": row.id,
                "due_date": due,
                "kind": kind,
                "status": "planned",
                "source": "cadence",
            },
        )


class _Builder:
    """Draws one customer at a time with everything that hangs off it."""

    def __init__(
        self, rng: random.Random, writer: _Writer, today: date, stages: list[tuple[str, str]]
    ) -> None:
        self.rng, self.w, self.today = rng, writer, today
        self.new_id = _Ids(rng)
        self.stages = stages
        self.names: set[str] = set()
        self.product_rows: list[dict[str, Any]] = []
        self.customer_ids: list[str] = []
        self._cumulative: dict[int, list[int]] = {}
        self._nine_am = datetime.combine(today, time(9, 0))

    # -- helpers -------------------------------------------------------------------------
    def pick(self, items: list[Any], weights: list[int] | None = None) -> Any:
        if weights is None:
            return items[int(self.rng.random() * len(items))]
        cumulative = self._cumulative.get(id(weights))
        if cumulative is None:
            cumulative = self._cumulative[id(weights)] = list(accumulate(weights))
        return self.rng.choices(items, cum_weights=cumulative)[0]

    def between(self, low: int, high: int | None = None) -> int:
        """Like randrange, at a fraction of its cost (the demo draws millions of these)."""
        if high is None:
            low, high = 0, low
        return low + int(self.rng.random() * (high - low))

    def moment(self, days_ago: float) -> datetime:
        """A time during office hours, days_ago days before today."""
        return self._nine_am - timedelta(days=days_ago, minutes=-int(self.rng.random() * 540))

    def person(self) -> str:
        given = "".join(self.pick(v.GIVEN_CHARS) for _ in range(self.pick((1, 2, 2))))
        return self.pick(v.SURNAMES) + given

    def mobile(self) -> str:
        prefix = self.pick(["138", "139", "136", "137", "150", "158", "186", "188", "135"])
        return f"{prefix}{self.between(0, 10**8):08d}"

    def company_name(self, province: str, city: str, industry: str) -> str:
        words = v.INDUSTRIES[industry][0]
        for attempt in range(12):
            brand = self.pick(v.BRAND_WORDS)
            if attempt >= 3:
                brand += self.pick(v.BRAND_WORDS)
            name = f"{city}{brand}{self.pick(words)}{self.pick(v.LEGAL_SUFFIXES)}"
            if name not in self.names:
                self.names.add(name)
                return name
        name = f"{city}{brand}{self.pick(words)}{len(self.names)}号有限公司"
        self.names.add(name)
        return name

    # -- catalogue -----------------------------------------------------------------------
    def products(self) -> None:
        for family, editions, price, category in v.PRODUCTS:
            for rank, edition in enumerate(editions):
                row = {
                    "id": self.new_id(),
                    "name": f"{family}（{edition}）",
                    "family": family,
                    "edition_rank": rank,
                    "category": category,
                    "active": True,
                    "unit_price": Decimal(price) * (1 + rank),
                    "sku": f"P{len(self.product_rows) + 1:03d}",
                }
                self.product_rows.append(row)
                self.w.add(Product, row)

    # -- one customer --------------------------------------------------------------------
    def customer(self) -> None:
        rng = self.rng
        province, city = self.pick(v.CITIES, v.CITY_WEIGHTS)
        industry = self.pick(list(v.INDUSTRIES), v.INDUSTRY_WEIGHTS)
        _, main_business, pains = v.INDUSTRIES[industry]
        name = self.company_name(province, city, industry)
        size = self.pick(v.SIZE_BANDS, v.SIZE_WEIGHTS)
        # Value follows a Pareto-like spread so ABC analysis finds a few key accounts.
        value = rng.paretovariate(1.3)
        created = self.moment(rng.uniform(30, HISTORY_DAYS + 360))
        cid = self.new_id()
        phone = f"0{self.between(10, 999)}-{self.between(10**7, 10**8)}"
        initials = pinyin_keys(name)[1][:6]
        contacts = self.contacts(cid, created, initials)
        referred = (
            self.pick(self.customer_ids) if self.customer_ids and rng.random() < 0.08 else None
        )
        verified = created + timedelta(days=rng.uniform(0, (self.moment(0) - created).days))
        self.w.add(
            Customer,
            {
                "id": cid,
                "name": name,
                "industry": industry,
                "size_band": size,
                "region": province,
                "city": city,
                "address": f"{city}市{self.pick(['高新区', '经开区', '工业园区', '科技园'])}"
                f"{self.between(1, 300)}号",
                "phone": phone,
                "phone_key": phone_key(phone),
                "email": f"info@{initials}.com.cn",
                "source": self.pick(v.SOURCES, v.SOURCE_WEIGHTS),
                "founded_date": date(
                    self.between(1995, 2022), self.between(1, 13), self.between(1, 29)
                ),
                "referred_by_id": referred,
                "info_verified_at": verified,
                "main_business": main_business,
                "pain_points": pains,
                "procurement_process": self.pick(
                    ["采购部比价后总经理审批", "年度框架招标", "使用部门提需求，采购执行"]
                ),
                "current_suppliers": self.pick(["本地集成商", "某国际品牌", "自研系统", "无"]),
                "org_structure": self.pick(
                    ["总经理下设生产、采购、财务、IT 四个部门", "集团总部+三家分公司"]
                ),
                "preferred_channel": self.pick(v.CHANNEL_PREFS),
                "product_preferences": self.pick(
                    ["重视性价比", "看重品牌与案例", "要求本地化服务"]
                ),
                "service_preferences": self.pick(
                    ["希望每月例行回访", "偏好微信沟通，少打电话", "需要现场培训"]
                ),
                "tier": "C",
                "churn_risk": False,
                "revenue_12m": Decimal(0),
                "created_at": created,
                "name_key": normalise_company_name(name),
                "search_text": customer_search_text(
                    name,
                    [phone, *(c.get("phone") for c in contacts)],
                    [f"info@{initials}.com.cn", *(c.get("email") for c in contacts)],
                    [c["name"] for c in contacts],
                ),
                "icp_score": min(100, int(30 + value * 12 + rng.uniform(0, 20))),
            },
        )
        for contact in contacts:
            self.w.add(Contact, contact)
        self.customer_ids.append(cid)
        first_order = self.orders(cid, created, value)
        if first_order:
            self.w.buffers[Customer][-1]["first_cooperation_date"] = first_order
        deals = [self.deal(cid, contacts, value, pains) for _ in range(self.deal_count(value))]
        self.activities(cid, created, contacts, deals, value)
        if rng.random() < 0.06:
            self.complaint(cid, contacts)

    def contacts(self, cid: str, created: datetime, initials: str) -> list[dict[str, Any]]:
        rng = self.rng
        roles = ["decision_maker", "procurement", "user_lead", "influencer", "other"]
        count = rng.choices([1, 2, 3], [55, 40, 5])[0]
        out = []
        for index in range(count):
            role = roles[index] if index < 2 else self.pick(roles[2:])
            mobile = self.mobile()
            out.append(
                {
                    "id": self.new_id(),
                    "customer_id": cid,
                    "name": self.person(),
                    "title": self.pick(v.ROLE_TITLES[role]),
                    "role": role,
                    "phone": mobile,
                    "phone_key": mobile,
                    "email": f"{role[:3]}{index}@{initials}.com.cn",
                    "wechat": f"wx_{mobile[-6:]}",
                    "is_primary": index == 0,
                    "birthday": date(
                        self.between(1965, 1998), self.between(1, 13), self.between(1, 29)
                    ),
                    "created_at": created,
                }
            )
        return out

    def orders(self, cid: str, created: datetime, value: float) -> date | None:
        rng = self.rng
        count = min(40, int(rng.expovariate(1 / 1.6) * min(value, 4)))
        first: date | None = None
        for _ in range(count):
            product = self.pick(self.product_rows)
            quantity = self.pick([1, 1, 1, 2, 3])
            amount = (product["unit_price"] * quantity * Decimal(rng.uniform(0.8, 1.1))).quantize(
                Decimal("0.01")
            )
            day = self.moment(rng.uniform(0, min(720, (self.moment(0) - created).days + 1))).date()
            first = min(first, day) if first else day
            oid = self.new_id()
            self.w.add(
                Order,
                {
                    "id": oid,
                    "customer_id": cid,
                    "order_no": f"SO{day:%Y%m%d}{self.between(1000, 9999)}",
                    "order_date": day,
                    "amount": amount,
                    "currency": "CNY",
                    "product_id": product["id"],
                    "created_at": datetime.combine(day, time(15, 0)),
                },
            )
            self.payment(cid, oid, day, amount)
        return first

    def payment(self, cid: str, order_id: str, day: date, amount: Decimal) -> None:
        rng = self.rng
        due = day + timedelta(days=self.pick([30, 45, 60, 90]))
        paid = due < self.today and rng.random() < 0.85
        received = due + timedelta(days=self.between(-10, 25)) if paid else None
        if received and received > self.today:
            received = self.today
        self.w.add(
            Payment,
            {
                "id": self.new_id(),
                "customer_id": cid,
                "order_id": order_id,
                "amount_due": amount,
                "due_date": due,
                "amount_received": amount if paid else Decimal(0),
                "received_date": received,
                "created_at": datetime.combine(day, time(16, 0)),
            },
        )

    def deal_count(self, value: float) -> int:
        return self.rng.choices([0, 1, 2], [66, 27, 7])[0] if value < 3 else self.pick([0, 1, 2])

    def deal(
        self, cid: str, contacts: list[dict[str, Any]], value: float, pains: str
    ) -> dict[str, Any]:
        rng = self.rng
        did = self.new_id()
        product = self.pick(self.product_rows)
        amount = (product["unit_price"] * Decimal(rng.uniform(0.8, 3.0) * min(value, 5))).quantize(
            Decimal("1")
        )
        outcome = rng.choices(["open", "won", "lost"], [42, 38, 20])[0]
        target = self.between(len(self.stages)) if outcome == "open" else len(self.stages)
        if outcome == "lost":
            target = self.between(1, len(self.stages) + 1)
        # Walk the stages backwards from today so open deals end in the present.
        spans = [max(1, int(rng.gammavariate(2, STAGE_DAYS[key] / 2))) for _, key in self.stages]
        end_offset = rng.uniform(0, 25) if outcome == "open" else rng.uniform(1, HISTORY_DAYS - 60)
        total = sum(spans[:target]) + end_offset
        start = self.moment(total)
        cursor = start
        history = []
        reached = min(target, len(self.stages) - 1) if outcome == "open" else target - 1
        for index in range(reached + 1):
            stage_id = self.stages[index][0]
            left = cursor + timedelta(days=spans[index])
            is_current = outcome == "open" and index == reached
            history.append(
                {
                    "id": self.new_id(),
                    "deal_id": did,
                    "stage_id": stage_id,
                    "entered_at": cursor,
                    "left_at": None if is_current else left,
                    "created_at": cursor,
                }
            )
            cursor = left
        closed = history[-1]["left_at"].date() if outcome != "open" else None
        stage_index = reached
        maker = next((c for c in contacts if c["role"] == "decision_maker"), contacts[0])
        advanced = stage_index >= 1 or outcome == "won"
        deal = {
            "id": did,
            "customer_id": cid,
            "title": self.pick(v.DEAL_TITLES).format(product=product["family"]),
            "amount": amount,
            "currency": "CNY",
            "stage_id": self.stages[stage_index][0],
            "status": outcome,
            "created_at": start,
            "expected_close_date": (cursor + timedelta(days=self.between(10, 60))).date()
            if stage_index >= 3 or outcome != "open"
            else None,
            "closed_date": closed,
            "lost_reason": self.pick(v.LOST_REASONS, v.LOST_WEIGHTS) if outcome == "lost" else None,
            "need": self.pick(pains.split("、")) if advanced else None,
            "budget": (amount * Decimal("1.1")).quantize(Decimal("1"))
            if stage_index >= 2 or outcome == "won"
            else None,
            "contact_id": contacts[0]["id"] if advanced else None,
            "decision_maker_id": maker["id"] if stage_index >= 2 or outcome == "won" else None,
            "source": self.pick(v.SOURCES, v.SOURCE_WEIGHTS),
            "lead_score": self.between(20, 95),
            "stage_entered_at": history[-1]["entered_at"],
            "updated_at": history[-1]["left_at"] or history[-1]["entered_at"],
            "last_activity_at": None,
        }
        self.w.add(Deal, deal)
        for row in history:
            self.w.add(DealStageHistory, row)
        if outcome == "won" and closed and (self.today - closed).days < 60:
            self.w.add(
                Handoff,
                {
                    "id": self.new_id(),
                    "deal_id": did,
                    "customer_id": cid,
                    "status": "todo" if (self.today - closed).days < 20 else "done",
                    "checklist": {item: (self.today - closed).days >= 20 for item in HANDOFF_ITEMS},
                },
            )
            self.w.add(
                VisitPlan,
                {
                    "id": self.new_id(),
                    "customer_id": cid,
                    "deal_id": did,
                    "due_date": closed + timedelta(days=7),
                    "kind": "aftersale_visit",
                    "status": "done" if closed + timedelta(days=7) < self.today else "planned",
                    "source": "aftersale",
                },
            )
        return deal

    def activities(
        self,
        cid: str,
        created: datetime,
        contacts: list[dict[str, Any]],
        deals: list[dict[str, Any]],
        value: float,
    ) -> None:
        rng = self.rng
        count = max(1, int(rng.expovariate(1 / 6.5) * (1 + min(value, 3) / 3)))
        age = (self.moment(0) - created).days
        # Most open deals are being worked on this week; the rest drift into "stalled".
        followed_up = [d for d in deals if d["status"] == "open" and rng.random() < 0.7]
        draws = [(self.moment(rng.uniform(0, 6)), deal) for deal in followed_up]
        # Reps keep in touch with valuable accounts more often (roughly the tier cadences).
        recent_days, recent_odds = (
            (20, 0.85) if value > 2 else (45, 0.6) if value > 1.3 else (120, 0.4)
        )
        if rng.random() < recent_odds:
            draws.append((self.moment(rng.uniform(0, recent_days)), None))
        for _ in range(min(count, 60)):
            deal = self.pick(deals) if deals and rng.random() < 0.6 else None
            draws.append((self.moment(rng.uniform(0, max(age, 1))), deal))
        for when, deal in draws:
            channel = self.pick(list(v.CHANNEL_WEIGHTS), list(v.CHANNEL_WEIGHTS.values()))
            topic, feedback = self.pick(v.TOPICS), self.pick(v.FEEDBACKS)
            kind = {"visit": "presale_visit", "phone": "call"}.get(channel, "other")
            self.w.add(
                Activity,
                {
                    "id": self.new_id(),
                    "customer_id": cid,
                    "deal_id": deal["id"] if deal else None,
                    "contact_id": self.pick(contacts)["id"],
                    "occurred_at": when,
                    "channel": channel,
                    "kind": kind,
                    "summary": self.pick(v.ACTIVITY_TEMPLATES[channel]).format(
                        topic=topic, feedback=feedback
                    ),
                    "feedback": feedback,
                    "intent_level": self.between(1, 6),
                    "next_step": self.pick(v.NEXT_STEPS),
                    "created_at": when,
                },
            )
            if deal and (deal["last_activity_at"] is None or when > deal["last_activity_at"]):
                deal["last_activity_at"] = when

    def complaint(self, cid: str, contacts: list[dict[str, Any]]) -> None:
        rng = self.rng
        received = self.moment(rng.uniform(1, 200))
        step = self.pick(COMPLAINT_STEPS)
        done = step == "closed"
        self.w.add(
            Complaint,
            {
                "id": self.new_id(),
                "customer_id": cid,
                "contact_id": contacts[0]["id"],
                "received_at": received,
                "channel": self.pick(["phone", "wechat", "email"]),
                "description": self.pick(v.COMPLAINT_TEXTS),
                "severity": self.pick(["low", "medium", "high"]),
                "step": step,
                "promised_at": received + timedelta(days=self.pick([1, 3, 7])),
                "resolved_at": received + timedelta(days=self.between(1, 10)) if done else None,
                "resolution": "已更换并补充培训" if done else None,
                "root_cause": self.pick(v.ROOT_CAUSES) if done else None,
                "satisfaction": self.between(3, 6) if done else None,
                "created_at": received,
            },
        )

    def goals(self) -> None:
        year = self.today.year
        quarter_start = date(year, 3 * ((self.today.month - 1) // 3) + 1, 1)
        quarter_end = (quarter_start + timedelta(days=95)).replace(day=1) - timedelta(days=1)
        rows = [
            ("全年销售额", "revenue", 12_000_000, date(year, 1, 1), date(year, 12, 31)),
            ("本季度新客户数", "new_customers", 15, quarter_start, quarter_end),
            ("本季度赢单率", "win_rate", 0.35, quarter_start, quarter_end),
            ("平均成交周期（天）", "cycle_days", 60, date(year, 1, 1), date(year, 12, 31)),
            ("本季度拜访次数", "visits_done", 120, quarter_start, quarter_end),
            ("回款及时率", "on_time_collection", 0.9, date(year, 1, 1), date(year, 12, 31)),
        ]
        goal_ids = []
        for name, metric, target, start, end in rows:
            gid = self.new_id()
            goal_ids.append(gid)
            self.w.add(
                Goal,
                {
                    "id": gid,
                    "name": name,
                    "metric": metric,
                    "target": float(target),
                    "period_start": start,
                    "period_end": end,
                    "notes": "SMART：具体、可衡量、可达成、相关、有时限",
                },
            )
        self.w.add(
            Review,
            {
                "id": self.new_id(),
                "goal_id": goal_ids[0],
                "period_start": quarter_start - timedelta(days=91),
                "period_end": quarter_start - timedelta(days=1),
                "plan": "重点推进A类客户二期项目，缩短方案呈现阶段用时",
                "do": "每周复盘商机，方案模板标准化",
                "check": "方案呈现阶段中位用时仍偏长，是主要瓶颈",
                "act": "引入方案评审清单，报价审批下放到区域经理",
            },
        )
