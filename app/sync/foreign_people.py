"""Foreign rows of customers (with their contact columns) and of contacts."""

from __future__ import annotations

from typing import Any

from app.derived.search import customer_search_text
from app.i18n import msg
from app.parsing.values import normalise_company_name
from app.sync.foreign_book import Book, Rows
from app.sync.foreign_fields import Problem, RowParser

CUSTOMER_FIELDS = (
    "industry",
    "size_band",
    "region",
    "city",
    "address",
    "source",
    "website",
    "main_business",
    "pain_points",
    "current_suppliers",
    "preferred_channel",
    "first_cooperation_date",
    "founded_date",
    "notes",
    "owner",
)
CONTACT_FIELDS = ("title", "role", "wechat", "birthday", "notes")


CUSTOMER_NAME = ("customer_name", "import.customer_name_empty")


def missing(parse: RowParser, field: str, code: str, **params: Any) -> Problem:
    """Return the problem for a required value that a row lacks."""
    return parse.header(field), msg(code, **params)


def _split_phone(values: dict[str, Any], field: str) -> tuple[str | None, str | None]:
    phone = values.get(field)
    return (phone[0], phone[1]) if phone else (None, None)


def stage_contact(
    book: Book, customer_id: str, person: dict[str, Any], customer_is_new: bool
) -> tuple[str, bool]:
    """Find the customer's contact by phone, e-mail or name and stage it, or stage a new one.

    Return the contact id and whether an earlier row of the file already had this contact.
    A matched contact keeps its name: the phone or e-mail that found it is the better identity.
    """
    phone, phone_key = _split_phone(person, "phone")
    email, name = person.get("email"), person.get("name")
    contacts = book.entity("contact")
    fields = {key: person.get(key) for key in CONTACT_FIELDS}
    fields.update(phone=phone, phone_key=phone_key, email=email)
    found = book.contacts.find(customer_id, name, phone_key, email)
    repeated = contacts.seen(found)
    if found is None:
        label = name or phone or email or ""
        is_primary = not book.contacts.has_any(customer_id)
        found = contacts.stage(
            None, {**fields, "customer_id": customer_id, "name": label, "is_primary": is_primary}
        )
        book.contacts.add(customer_id, found, label, phone_key, email)
        if not customer_is_new:
            book.stale_search.add(customer_id)
    else:
        contacts.stage(found, fields)
        book.contacts.learn(customer_id, found, phone_key, email)
    return found, repeated


class CustomerRows(Rows):
    """A customers sheet: a customer per row, and its contact when the sheet has contact columns."""

    required = (("name", "import.customer_name_empty"),)

    def apply(self, values: dict[str, Any]) -> list[Problem]:
        name = values["name"]
        key = normalise_company_name(name)
        if not key:
            return [missing(self.parse, "name", "import.customer_name_no_letters")]
        book = self.book
        customers = book.entity("customer")
        phone, phone_key = _split_phone(values, "phone")
        email = values.get("email")
        fields = {field: values.get(field) for field in CUSTOMER_FIELDS}
        fields.update(phone=phone, phone_key=phone_key, email=email)
        if values.get("tier"):
            fields.update(
                tier_override=values["tier"],
                tier_override_reason=msg("import.tier_from_sheet"),
            )
        person = {
            "name": values.get("contact_name"),
            "title": values.get("contact_title"),
            "role": values.get("contact_role"),
            "phone": values.get("contact_phone"),
            "email": values.get("contact_email"),
            "wechat": values.get("contact_wechat"),
            "birthday": values.get("contact_birthday"),
        }
        has_person = any(value is not None for value in person.values())
        # SPEC §9: a name is the identity; two names sharing a phone or e-mail stay two
        # customers, listed as possible duplicates (the Duplicates view offers to merge them).
        found = book.customers.find(key)
        other = None if found else book.customers.sharing(phone_key, email)
        if other is not None:
            book.result.warnings.append(
                msg("import.possible_duplicate", name=name, other=other[1], value=other[2])
            )
        if book.entity("customer").seen(found):
            book.result.merged_rows += 1
        is_new = found is None
        if is_new:
            text = customer_search_text(
                name,
                [phone, _split_phone(values, "contact_phone")[0]],
                [email, person["email"]],
                [person["name"]] if has_person else [],
            )
            fields.update(name=name, name_key=key, search_text=text)
        elif phone or email:
            book.stale_search.add(found)  # type: ignore[arg-type]
        customer_id = customers.stage(found, fields)
        if is_new:
            book.customers.add(customer_id, key, phone_key, email, name=name)
        if has_person:
            stage_contact(book, customer_id, person, customer_is_new=is_new)
        return []


class ContactRows(Rows):
    """A contacts sheet: each row a person at a customer named in the row."""

    required = (CUSTOMER_NAME,)

    def check(self, values: dict[str, Any]) -> list[Problem]:
        problems = super().check(values)
        if not (values.get("name") or values.get("phone") or values.get("email")):
            problems.append(missing(self.parse, "name", "import.contact_name_empty"))
        return problems

    def apply(self, values: dict[str, Any]) -> list[Problem]:
        book = self.book
        customer_id = book.customer_for(values["customer_name"])
        _, repeated = stage_contact(book, customer_id, values, customer_is_new=False)
        if repeated:
            book.result.merged_rows += 1
        return []
