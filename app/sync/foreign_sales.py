"""Foreign rows of deals, orders and payments, each tied to a customer by name."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, select

from app.i18n import msg
from app.models import Deal, DealStageHistory, Order, Payment, Product, Stage
from app.parsing.choices import parse_stage
from app.parsing.values import match_key
from app.sync.foreign_book import Book, Rows, chunked
from app.sync.foreign_fields import Problem, RowParser
from app.sync.foreign_people import CUSTOMER_NAME, missing

UNKNOWN_ORDERS_SHOWN = 5  # order numbers named in the warning; the count covers them all
DEAL_FIELDS = (
    "expected_close_date",
    "closed_date",
    "lost_reason",
    "need",
    "budget",
    "source",
    "owner",
)


def _at_midnight(day: date | None) -> datetime | None:
    return None if day is None else datetime.combine(day, time())


def deal_index(conn: Connection) -> dict[tuple[str, str], str]:
    """Return live deals by customer and folded title."""
    table = Deal.__table__
    query = select(table.c.id, table.c.customer_id, table.c.title).where(
        table.c.deleted_at.is_(None)
    )
    return {
        (row.customer_id, match_key(row.title)): row.id
        for row in conn.execute(query.order_by(table.c.created_at))
    }


class DealRows(Rows):
    """A deals sheet: stages by key, name or synonym; every stage change kept in stage history."""

    def __init__(self, book: Book, parse: RowParser) -> None:
        super().__init__(book, parse)
        table = Stage.__table__
        stages = book.conn.execute(
            select(table.c.id, table.c.key, table.c.name, table.c.name_en, table.c.probability)
            .where(table.c.deleted_at.is_(None))
            .order_by(table.c.position)
        ).all()
        self.stage_names = "、".join(stage.name for stage in stages)
        self.by_word = {
            match_key(word): s.id for s in stages for word in (s.key, s.name, s.name_en) if word
        }
        self.by_key = {s.key: s.id for s in stages}
        self.probability = {s.id: s.probability for s in stages}
        self.first_stage, self.last_stage = stages[0].id, stages[-1].id
        self.index = deal_index(book.conn)
        deals, history = Deal.__table__, DealStageHistory.__table__
        self.current = {
            row.id: row.stage_id for row in book.conn.execute(select(deals.c.id, deals.c.stage_id))
        }
        self.closed = set(
            book.conn.execute(select(deals.c.id).where(deals.c.closed_date.is_not(None))).scalars()
        )
        self.open_stay = {
            row.deal_id: row.id
            for row in book.conn.execute(
                select(history.c.id, history.c.deal_id)
                .where(history.c.left_at.is_(None), history.c.deleted_at.is_(None))
                .order_by(history.c.entered_at)
            )
        }

    def _stage(self, text: str) -> tuple[str | None, str | None]:
        """Return (stage id, implied status) for a stage cell; won/lost stages imply a status."""
        if found := self.by_word.get(match_key(text)):
            return found, None
        key = parse_stage(text)
        if key in ("won", "lost"):
            return None, key
        if key in self.by_key:
            return self.by_key[key], None
        raise LookupError(text)

    required = (CUSTOMER_NAME,)

    def apply(self, values: dict[str, Any]) -> list[Problem]:
        name = values["customer_name"]
        stage_id, implied = None, None
        if values.get("stage"):
            try:
                stage_id, implied = self._stage(values["stage"])
            except LookupError:
                return [
                    missing(
                        self.parse,
                        "stage",
                        "import.unknown_stage",
                        cell=values["stage"],
                        stages=self.stage_names,
                    )
                ]
        book = self.book
        customer_id = book.customer_for(name)
        title = values.get("title") or name
        status = values.get("status") or implied
        amount, currency = values.get("amount") or (None, None)
        budget = values.get("budget")
        fields = {key: values.get(key) for key in DEAL_FIELDS}
        found = self.index.get((customer_id, match_key(title)))
        if status in ("won", "lost") and fields["closed_date"] is None and found not in self.closed:
            # A sheet that says 赢单 without a day: closed when it was expected to, else today,
            # so the deal counts in the year's won figures and the report.
            today = date.today()
            expected = fields["expected_close_date"]
            fields["closed_date"] = expected if expected and expected <= today else today
        fields.update(
            customer_id=customer_id,
            amount=amount,
            currency=values.get("currency") or currency,
            budget=budget[0] if budget else None,
            status=status,
        )
        key = (customer_id, match_key(title))
        deals = book.entity("deal")
        if deals.seen(found):
            book.result.merged_rows += 1
        if found is None:
            stage_id = stage_id or (self.last_stage if status == "won" else self.first_stage)
            entered = _at_midnight(values.get("created_date")) or book.now
            fields.update(
                title=title,
                stage_id=stage_id,
                status=status or "open",
                stage_entered_at=entered,
                created_at=entered,
            )
            found = deals.stage(None, fields)
            self.index[key] = found
            self.current[found] = stage_id
            self._enter(found, stage_id, entered)
        else:
            deals.stage(found, fields)
            if stage_id and stage_id != self.current.get(found):
                self._leave(found, book.now)
                self._enter(found, stage_id, book.now)
                deals.stage(found, {"stage_id": stage_id, "stage_entered_at": book.now})
                self.current[found] = stage_id
        current_stage = self.current[found]
        if values.get("probability") is not None:
            # An override equal to the stage's own probability is no override.
            override = values["probability"]
            deals.stage(
                found,
                {
                    "probability_override": None
                    if override == self.probability.get(current_stage)
                    else override
                },
            )
        if status in ("won", "lost"):
            self.closed.add(found)
            self._leave(found, _at_midnight(fields["closed_date"]) or book.now)
        return []

    def _enter(self, deal_id: str, stage_id: str, when: datetime) -> None:
        stay = self.book.entity("deal_stage_history").stage(
            None, {"deal_id": deal_id, "stage_id": stage_id, "entered_at": when}
        )
        self.open_stay[deal_id] = stay

    def _leave(self, deal_id: str, when: datetime) -> None:
        stay = self.open_stay.pop(deal_id, None)
        if stay is not None:
            self.book.entity("deal_stage_history").stage(stay, {"left_at": when})


class OrderRows(Rows):
    """An orders sheet: matched by order number, else by customer, date, amount and product."""

    def __init__(self, book: Book, parse: RowParser) -> None:
        super().__init__(book, parse)
        orders, products = Order.__table__, Product.__table__
        self.by_number: dict[str, str] = {}
        self.by_key: dict[tuple[Any, ...], str] = {}
        for row in book.conn.execute(select(orders).where(orders.c.deleted_at.is_(None))):
            if row.order_no:
                self.by_number.setdefault(match_key(row.order_no), row.id)
            self.by_key.setdefault(
                (row.customer_id, row.order_date, row.amount, row.product_id), row.id
            )
        self.products = {
            match_key(row.name): row.id
            for row in book.conn.execute(
                select(products.c.id, products.c.name).where(products.c.deleted_at.is_(None))
            )
        }
        self.customers: set[str] = set()

    def _product(self, name: str | None) -> str | None:
        if not name:
            return None
        key = match_key(name)
        if key not in self.products:
            self.products[key] = self.book.entity("product").stage(None, {"name": name})
        return self.products[key]

    required = (
        CUSTOMER_NAME,
        ("amount", "import.amount_empty"),
        ("order_date", "import.order_date_empty"),
    )

    def check(self, values: dict[str, Any]) -> list[Problem]:
        if values.get("amount") is None and values.get("quantity") and values.get("unit_price"):
            price, currency = values["unit_price"]
            values["amount"] = (price * values["quantity"], currency)
        return super().check(values)

    def apply(self, values: dict[str, Any]) -> list[Problem]:
        quantity, unit_price = values.get("quantity"), values.get("unit_price")
        amount, currency = values["amount"]
        book = self.book
        customer_id = book.customer_for(values["customer_name"])
        product_id = self._product(values.get("product"))
        order_no = values.get("order_no")
        key = (customer_id, values["order_date"], amount, product_id)
        found = self.by_number.get(match_key(order_no)) if order_no else self.by_key.get(key)
        orders = book.entity("sales_order")
        if orders.seen(found):
            book.result.merged_rows += 1
        is_new = found is None
        found = orders.stage(
            found,
            {
                "customer_id": customer_id,
                "order_no": order_no,
                "order_date": values["order_date"],
                "amount": amount,
                "currency": currency,
                "product_id": product_id,
                "note": values.get("note"),
            },
        )
        self.by_key[key] = found
        if order_no:
            self.by_number[match_key(order_no)] = found
        if is_new and (quantity or unit_price):
            count = quantity or 1
            price = unit_price[0] if unit_price else (amount / count).quantize(Decimal("0.01"))
            book.entity("order_line").stage(
                None,
                {
                    "order_id": found,
                    "product_id": product_id,
                    "quantity": count,
                    "unit_price": price,
                    "amount": amount,
                },
            )
        self.customers.add(customer_id)
        return []

    def finish(self) -> None:
        """Move each customer's last order date up to its newest order; link waiting payments."""
        self._link_payments()
        for ids in chunked(sorted(self.customers), 500):
            marks = ",".join("?" * len(ids))
            self.book.conn.exec_driver_sql(
                "UPDATE customer SET last_order_date = latest.day FROM ("
                "SELECT customer_id AS ref, max(order_date) AS day FROM sales_order "
                f"WHERE customer_id IN ({marks}) AND deleted_at IS NULL GROUP BY customer_id) "
                "AS latest WHERE customer.id = latest.ref "
                "AND (customer.last_order_date IS NULL OR customer.last_order_date < latest.day)",
                tuple(ids),
            )

    def _link_payments(self) -> None:
        # Payments imported before their order kept its number: the customer's order of that
        # number is theirs.
        payments, orders = Payment.__table__, Order.__table__
        conn = self.book.conn
        waiting = [
            (row.id, row.customer_id, self.by_number.get(match_key(row.order_no)))
            for row in conn.execute(
                select(payments.c.id, payments.c.customer_id, payments.c.order_no).where(
                    payments.c.deleted_at.is_(None),
                    payments.c.order_id.is_(None),
                    payments.c.order_no.is_not(None),
                )
            )
        ]
        wanted = sorted({order_id for _, _, order_id in waiting if order_id})
        customer_of: dict[str, str] = {}
        for ids in chunked(wanted, 500):
            query = select(orders.c.id, orders.c.customer_id).where(orders.c.id.in_(ids))
            customer_of.update((row.id, row.customer_id) for row in conn.execute(query))
        staged = self.book.entity("payment")
        for payment_id, customer_id, order_id in waiting:
            if order_id and customer_of.get(order_id) == customer_id:
                staged.stage(payment_id, {"order_id": order_id})


class PaymentRows(Rows):
    """A receivables sheet: matched on customer, order, due date and amount due."""

    def __init__(self, book: Book, parse: RowParser) -> None:
        super().__init__(book, parse)
        orders, payments = Order.__table__, Payment.__table__
        self.orders = {
            match_key(row.order_no): row.id
            for row in book.conn.execute(
                select(orders.c.id, orders.c.order_no).where(
                    orders.c.deleted_at.is_(None), orders.c.order_no.is_not(None)
                )
            )
        }
        query = select(
            payments.c.id,
            payments.c.customer_id,
            payments.c.order_id,
            payments.c.order_no,
            payments.c.due_date,
            payments.c.amount_due,
        ).where(payments.c.deleted_at.is_(None))
        self.index = {
            (r.customer_id, self._order_of(r.order_id, r.order_no), r.due_date, r.amount_due): r.id
            for r in book.conn.execute(query)
        }
        # Order numbers the book has no order for, first seen first: such a payment is still
        # money owed by the customer, kept without its order, and said once for the sheet.
        self.unknown_orders: dict[str, None] = {}
        # Payment id → what this sheet says came in for it, by day: a 回款 ledger lists each
        # instalment of one receivable as a row of its own (首款, 尾款).
        self.receipts: dict[str, dict[date | None, Decimal]] = {}
        self.notes: dict[str, list[str]] = {}

    def _order_of(self, order_id: str | None, order_no: str | None) -> str | None:
        # What tells a customer's payments of one day and amount apart: the order, else the
        # order number the book has no order for yet (kept on the payment), else nothing.
        if order_id is not None or not order_no:
            return order_id
        key = match_key(order_no)
        return self.orders.get(key, f"no:{key}")

    required = (
        CUSTOMER_NAME,
        ("amount_due", "import.amount_due_empty"),
        ("due_date", "import.due_date_empty"),
    )

    def check(self, values: dict[str, Any]) -> list[Problem]:
        # A 回款 ledger lists what came in and when, with no separate due date: what was
        # received on a day was due that day.
        if "due_date" not in values and "received_date" in values:
            values["due_date"] = values["received_date"]
        return super().check(values)

    def apply(self, values: dict[str, Any]) -> list[Problem]:
        book = self.book
        customer_id = book.customer_for(values["customer_name"])
        order_no = values.get("order_no")
        order_id = self.orders.get(match_key(order_no)) if order_no else None
        if order_no and order_id is None:
            self.unknown_orders.setdefault(order_no)
        amount_due = values["amount_due"][0]
        received = values.get("amount_received")
        key = (customer_id, self._order_of(order_id, order_no), values["due_date"], amount_due)
        payments = book.entity("payment")
        found = self.index.get(key)
        if payments.seen(found):
            book.result.merged_rows += 1
        fields = {
            "customer_id": customer_id,
            "order_id": order_id,
            "order_no": order_no,
            "amount_due": amount_due,
            "due_date": values["due_date"],
            "amount_received": received[0] if received else None,
            "received_date": values.get("received_date"),
            "note": values.get("note"),
        }
        if found is not None and found in self.receipts:
            self._add_up(found, fields)
        found = self.index[key] = payments.stage(found, fields)
        self.receipts.setdefault(found, {})
        if fields["amount_received"] is not None:
            self.receipts[found][fields["received_date"]] = fields["amount_received"]
        if fields["note"] and fields["note"] not in self.notes.setdefault(found, []):
            self.notes[found].append(fields["note"])
        return []

    def _add_up(self, payment_id: str, fields: dict[str, Any]) -> None:
        # A later row of the sheet for a receivable it already named: a receipt on another day
        # adds to what came in (the same day again replaces it, as a corrected row would), so
        # the sheet imported twice gives the same sum. Its note joins the earlier ones.
        receipts = dict(self.receipts[payment_id])
        if fields["amount_received"] is not None:
            receipts[fields["received_date"]] = fields["amount_received"]
            fields["amount_received"] = sum(receipts.values(), Decimal(0))
            days = [day for day in receipts if day is not None]
            fields["received_date"] = max(days) if days else None
        note, notes = fields["note"], self.notes.get(payment_id, [])
        if note and notes and note not in notes:
            fields["note"] = "；".join([*notes, note])
        elif notes:
            fields["note"] = None  # nothing new: the joined notes stay

    def finish(self) -> None:
        if self.unknown_orders:
            numbers = list(self.unknown_orders)
            shown = ", ".join(numbers[:UNKNOWN_ORDERS_SHOWN])
            if len(numbers) > UNKNOWN_ORDERS_SHOWN:
                shown += ", …"
            self.book.result.warnings.append(
                msg("import.unknown_orders", count=len(numbers), numbers=shown)
            )
