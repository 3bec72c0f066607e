"""Stage imported rows per table and write them in bulk: natural-key indexes, inserts, diffs."""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterator
from datetime import datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, DateTime, Table, bindparam, insert, select, update

from app.bulk import bind_converter, chunked
from app.derived.search import customer_search_text, refresh_search_text
from app.i18n import msg
from app.labels import field_label
from app.models import Contact, Customer
from app.parsing.values import match_key, normalise_company_name
from app.sync.bundle_format import synced_tables
from app.sync.foreign_fields import Problem, RowParser
from app.sync.result import ImportResult


def fresh_ids() -> Iterator[str]:
    """Yield random version-4 UUIDs as text, several times faster than str(uuid.uuid4())."""
    version_bits = ~(0xF000 << 64) & ~(0xC << 60)
    while True:
        block = os.urandom(16 * 4096)
        for start in range(0, len(block), 16):
            number = (
                int.from_bytes(block[start : start + 16]) & version_bits
                | (0x4000 << 64)
                | (0x8 << 60)
            )
            text = number.to_bytes(16).hex()
            yield f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def _template(table: Table) -> dict[str, Any]:
    """Column → value for a new row: scalar defaults, None elsewhere (inserts need one shape)."""
    row: dict[str, Any] = {}
    for column in table.columns:
        default = column.default
        row[column.key] = default.arg if default is not None and default.is_scalar else None  # type: ignore[attr-defined]
    return row


class Entity:
    """New and changed rows of one table, written in bulk and counted once per record."""

    def __init__(self, book: Book, table: Table) -> None:
        self.book = book
        self.table = table
        self.template = _template(table)
        self._insert_sql: tuple[str, list[str], list[tuple[int, Any]]] | None = None
        self.new: dict[str, dict[str, Any]] = {}
        self.changes: dict[str, dict[str, Any]] = {}
        self.created: set[str] = set()
        self.matched: set[str] = set()
        self.updated: set[str] = set()

    def seen(self, record_id: str | None) -> bool:
        """Tell whether an earlier row of this import already created or matched the record."""
        return record_id is not None and (record_id in self.created or record_id in self.matched)

    def stage(self, record_id: str | None, fields: dict[str, Any]) -> str:
        """Stage fields for an existing record, or a new one when record_id is None; return its id.

        None values mean "not in the file" and never overwrite what is there.
        """
        given = {key: value for key, value in fields.items() if value is not None}
        if record_id is None:
            record_id = next(self.book.ids)
            now = self.book.now
            self.new[record_id] = {
                **self.template,
                "id": record_id,
                "created_at": now,
                "updated_at": now,
                "owner": self.book.owner,
                **given,
            }
            self.created.add(record_id)
        elif record_id in self.new:
            self.new[record_id].update(given)
        else:
            self.changes.setdefault(record_id, {}).update(given)
            if record_id not in self.created:
                self.matched.add(record_id)
        return record_id

    def flush(self) -> None:
        """Insert the new rows and write the changed fields of existing ones."""
        conn = self.book.conn
        if self.new:
            self._insert(list(self.new.values()))
            self.new.clear()
        if not self.changes:
            return
        columns = sorted({key for fields in self.changes.values() for key in fields})
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
        for ids in chunked(list(self.changes)):
            query = select(self.table.c.id, *(self.table.c[k] for k in columns)).where(
                self.table.c.id.in_(ids)
            )
            current = {row.id: row._mapping for row in conn.execute(query)}
            for record_id in ids:
                diff = {
                    k: v for k, v in self.changes[record_id].items() if current[record_id][k] != v
                }
                if not diff:
                    continue
                diff["updated_at"] = self.book.now
                groups[tuple(sorted(diff))].append({"b_id": record_id, **diff})
                if record_id not in self.created:
                    self.updated.add(record_id)
        by_id = update(self.table).where(self.table.c.id == bindparam("b_id"))
        for params in groups.values():
            conn.execute(by_id, params)
        self.changes.clear()

    def _insert(self, rows: list[dict[str, Any]]) -> None:
        # Straight to the driver's executemany with values converted by each column's own bind
        # processor: what Core does, minus its per-row bookkeeping (SPEC §12 speed target).
        conn = self.book.conn
        if self._insert_sql is None:
            compiled = insert(self.table).compile(
                dialect=conn.dialect, column_keys=list(self.template)
            )
            order = list(compiled.positiontup or [])
            processors = [
                (index, processor)
                for index, key in enumerate(order)
                if (processor := bind_converter(conn, self.table, key))
            ]
            self._insert_sql = (str(compiled), order, processors)
        sql, order, processors = self._insert_sql
        now, now_text = self.book.now, self.book.now_text
        # Column by column, in comprehensions: a fraction of the cost of a loop per row.
        params: list[Any] = list(map(itemgetter(*order), rows))
        if processors:
            columns: list[Any] = list(zip(*params, strict=True))
            for index, processor in processors:
                columns[index] = [
                    now_text if value is now else None if value is None else processor(value)
                    for value in columns[index]
                ]
            params = list(zip(*columns, strict=True))
        conn.exec_driver_sql(sql, params)

    def count_into(self, result: ImportResult) -> None:
        """Add this table's created / updated / unchanged records to the result."""
        if not (self.created or self.matched):
            return
        counts = result.counts(self.table.name)
        counts.created += len(self.created)
        counts.updated += len(self.updated)
        counts.unchanged += len(self.matched - self.updated)


class CustomerIndex:
    """Live customers by normalised name, phone key and e-mail, loaded once per import."""

    def __init__(self, conn: Connection) -> None:
        self.by_name: dict[str, str] = {}
        self.by_phone: dict[str, str] = {}
        self.by_email: dict[str, str] = {}
        self.names: dict[str, str] = {}
        table = Customer.__table__
        query = (
            select(table.c.id, table.c.name, table.c.name_key, table.c.phone_key, table.c.email)
            .where(table.c.deleted_at.is_(None))
            .order_by(table.c.created_at)
        )
        for row in conn.execute(query):
            key = row.name_key or normalise_company_name(row.name)
            self.add(row.id, key, row.phone_key, row.email, name=row.name)

    def add(
        self,
        customer_id: str,
        name_key: str,
        phone_key: str | None,
        email: str | None,
        *,
        name: str | None = None,
    ) -> None:
        # The oldest record keeps a key that duplicates share: re-imports land on it every time.
        self.by_name.setdefault(name_key, customer_id)
        self.names.setdefault(customer_id, name or name_key)
        if phone_key:
            self.by_phone.setdefault(phone_key, customer_id)
        if email:
            self.by_email.setdefault(email.lower(), customer_id)

    def find(self, name_key: str) -> str | None:
        """Return the customer of this normalised name (never one found by phone or e-mail)."""
        return self.by_name.get(name_key)

    def sharing(self, phone_key: str | None, email: str | None) -> tuple[str, str, str] | None:
        """Return (id, name, shared value) of a customer with this phone key or e-mail."""
        for index, value in ((self.by_phone, phone_key), (self.by_email, (email or "").lower())):
            found = index.get(value) if value else None
            if found is not None:
                return found, self.names.get(found, ""), str(value)
        return None


class ContactIndex:
    """Live contacts per customer, found by phone key, e-mail or name.

    The book's contacts are read on the first question about a customer that was not created by
    this import: a sheet of new customers never reads the contacts already stored.
    """

    def __init__(self, conn: Connection, fresh: set[str]) -> None:
        self.conn = conn
        self.fresh = fresh  # customers this import created: all their contacts are staged here
        self.loaded = False
        self.by_customer: dict[str, list[tuple[str, str, str | None, str | None]]] = defaultdict(
            list
        )

    def _load(self) -> None:
        self.loaded = True
        table = Contact.__table__
        query = (
            select(table.c.id, table.c.customer_id, table.c.name, table.c.phone_key, table.c.email)
            .where(table.c.deleted_at.is_(None))
            .order_by(table.c.created_at)
        )
        stored: dict[str, list[tuple[str, str, str | None, str | None]]] = defaultdict(list)
        for row in self.conn.execute(query):
            if row.customer_id not in self.fresh:  # those flushed already are listed here
                stored[row.customer_id].append(_person(row.id, row.name, row.phone_key, row.email))
        for customer_id, people in self.by_customer.items():
            stored[customer_id].extend(people)  # staged after the stored ones
        self.by_customer = stored

    def _people(self, customer_id: str) -> list[tuple[str, str, str | None, str | None]]:
        if not self.loaded and customer_id not in self.fresh:
            self._load()
        return self.by_customer.get(customer_id, [])

    def add(
        self, customer_id: str, contact_id: str, name: str, phone_key: str | None, email: str | None
    ) -> None:
        self.by_customer[customer_id].append(_person(contact_id, name, phone_key, email))

    def has_any(self, customer_id: str) -> bool:
        return bool(self._people(customer_id))

    def find(
        self, customer_id: str, name: str | None, phone_key: str | None, email: str | None
    ) -> str | None:
        people = self._people(customer_id)
        if not people:
            return None
        email = email.lower() if email else None
        for wanted, position in ((phone_key, 2), (email, 3)):
            if wanted:
                found = next((p[0] for p in people if p[position] == wanted), None)
                if found:
                    return found
        if not name:
            return None
        # Two 张伟 at one company are two people when their phones or e-mails differ: the same
        # name finds someone only if nothing the row gives contradicts what is known of them.
        key = match_key(name)
        return next(
            (
                p[0]
                for p in people
                if p[1] == key
                and not (phone_key and p[2] and p[2] != phone_key)
                and not (email and p[3] and p[3] != email)
            ),
            None,
        )

    def learn(
        self, customer_id: str, contact_id: str, phone_key: str | None, email: str | None
    ) -> None:
        """Note the phone and e-mail a row staged for a contact found by it."""
        people = self._people(customer_id)
        for n, (known, name_key, known_phone, known_email) in enumerate(people):
            if known == contact_id:
                email = (email or "").lower() or None
                people[n] = (known, name_key, phone_key or known_phone, email or known_email)
                return


def _person(
    contact_id: str, name: str, phone_key: str | None, email: str | None
) -> tuple[str, str, str | None, str | None]:
    return contact_id, match_key(name), phone_key, (email or "").lower() or None


class Book:
    """One import's view of the database: staged entities, indexes and the customers it made."""

    def __init__(
        self, conn: Connection, result: ImportResult, owner: str | None, now: datetime
    ) -> None:
        self.conn = conn
        self.result = result
        self.owner = owner
        self.now = now
        to_text = DateTime().dialect_impl(conn.dialect).bind_processor(conn.dialect)
        assert to_text is not None  # SQLite stores DateTime as text through a bind processor
        self.now_text = to_text(now)
        self.ids = fresh_ids()
        self.entities = {table.name: Entity(self, table) for table in synced_tables()}
        self._customers: CustomerIndex | None = None
        self._contacts: ContactIndex | None = None
        self._named: dict[str, str] = {}  # the same name spelled the same way, looked up once
        # Customers whose search text must be rebuilt (name, phone, e-mail or contacts changed).
        self.stale_search: set[str] = set()

    def entity(self, name: str) -> Entity:
        return self.entities[name]

    @property
    def customers(self) -> CustomerIndex:
        if self._customers is None:
            self._customers = CustomerIndex(self.conn)
        return self._customers

    @property
    def contacts(self) -> ContactIndex:
        if self._contacts is None:
            self._contacts = ContactIndex(self.conn, self.entity("customer").created)
        return self._contacts

    def customer_for(self, name: str) -> str:
        """Return the customer a child row names, creating it (and saying so) when it is new."""
        found = self._named.get(name)
        if found is not None:
            return found
        key = normalise_company_name(name)
        found = self.customers.find(key)
        if found is None:
            found = self.entity("customer").stage(
                None, {"name": name, "name_key": key, "search_text": customer_search_text(name)}
            )
            self.customers.add(found, key, None, None, name=name)
            self.result.customers_created_for_rows.append(name)
        self._named[name] = found
        return found

    def touched_customers(self) -> set[str]:
        """Return the customers this import created, changed or added rows to."""
        customers = self.entity("customer")
        return customers.created | customers.matched | set(self._named.values())

    def flush(self) -> None:
        """Write what is staged, parents first."""
        for entity in self.entities.values():
            entity.flush()

    def finish(self) -> None:
        """Write the rest, rebuild stale search text, and count every record once."""
        self.flush()
        self._refresh_search_text()
        for entity in self.entities.values():
            entity.count_into(self.result)

    def _refresh_search_text(self) -> None:
        self.entity("customer").flush()
        refresh_search_text(self.conn, self.stale_search)


class Rows:
    """How rows of one kind become records: check says what a row lacks, apply stages it."""

    # (field, catalogue code of the reason) for each value every row of this kind needs.
    required: tuple[tuple[str, str], ...] = ()

    def __init__(self, book: Book, parse: RowParser) -> None:
        self.book = book
        self.parse = parse
        self.needed = frozenset(field for field, _ in self.required)

    def check(self, values: dict[str, Any]) -> list[Problem]:
        """List the required values the row lacks."""
        if values.keys() >= self.needed:
            return []  # parsed values are never None, so present means given
        # No column for it at all: the problem still names the field, in words.
        return [
            (self.parse.header(field) or field_label(field), msg(code))
            for field, code in self.required
            if values.get(field) is None
        ]

    def apply(self, values: dict[str, Any]) -> list[Problem]:
        """Stage a checked row, or return why it cannot be imported (staging nothing)."""
        raise NotImplementedError

    def finish(self) -> None:
        """Settle values derived from many rows, once all rows are written."""
