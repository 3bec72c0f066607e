"""Message templates: shipped in both languages, filled from a customer, deal or contact."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from app import settings
from app.models import Contact, Customer, Deal, Order, Payment, Product
from app.playbook.templates import fill_template, list_templates, render_text
from tests.app.test_pipeline import stage

WANTED = {
    "holiday_spring_festival",
    "holiday_lantern",
    "holiday_qingming",
    "holiday_dragon_boat",
    "holiday_mid_autumn",
    "holiday_national_day",
    "holiday_new_year",
    "anniversary_company_founding",
    "anniversary_cooperation",
    "birthday_contact",
    "after_visit_thanks",
    "proposal_followup_review",
    "payment_reminder_polite",
}


def _book(db):
    with db.write() as s:
        settings.put(s, "owner", "李明")
        customer = Customer(
            name="杭州恒泰机械",
            search_text="",
            name_key="",
            first_cooperation_date=date(2022, 5, 1),
        )
        s.add(customer)
        s.flush()
        s.add(Contact(customer_id=customer.id, name="王秘书", is_primary=False))
        boss = Contact(customer_id=customer.id, name="张总", is_primary=True)
        s.add(boss)
        deal = Deal(
            customer_id=customer.id,
            title="二期产线改造",
            amount=Decimal("128000"),
            stage_id=stage(s, "negotiation").id,
        )
        s.add(deal)
        product = Product(name="数控折弯机 X3")
        s.add(product)
        s.flush()
        s.add(Order(customer_id=customer.id, order_date=date(2025, 1, 5), product_id=product.id))
        return customer.id, deal.id, boss.id


def test_every_kind_ships_in_both_languages() -> None:
    zh = {t.key: t for t in list_templates(lang="zh_CN")}
    en = {t.key: t for t in list_templates(lang="en")}
    assert WANTED <= set(zh) == set(en)
    assert "春节" in zh["holiday_spring_festival"].title
    assert "Spring Festival" in en["holiday_spring_festival"].title
    assert [t.key for t in list_templates("payment_reminder")][0] == "payment_reminder_polite"


def test_filled_from_a_customer_and_its_deal(db) -> None:
    customer_id, deal_id, _ = _book(db)
    with db.session() as s:
        text = fill_template(
            s, "payment_reminder_polite", deal_id=deal_id, lang="zh_CN", date=date(2026, 3, 31)
        )
        # the primary contact, the customer, the deal's amount, the given date, the rep
        assert text.startswith("张总您好，我是李明。")
        assert "杭州恒泰机械有一笔¥128,000的款项将于2026年3月31日到期" in text
        greeting = fill_template(s, "anniversary_cooperation", customer_id=customer_id, lang="en")
        assert f"our {date.today().year - 2022}-year anniversary" in greeting
        visit = fill_template(s, "after_visit_thanks", customer_id=customer_id, lang="zh_CN")
        assert "数控折弯机 X3" in visit  # the product the customer last ordered


def test_a_payment_reminder_names_what_is_still_owed_and_when(db) -> None:
    customer_id, deal_id, _ = _book(db)
    with db.write() as s:
        s.add(
            Payment(
                customer_id=customer_id,
                amount_due=Decimal("50000"),
                amount_received=Decimal("50000"),
                due_date=date(2026, 1, 10),
            )
        )
        s.add(
            Payment(
                customer_id=customer_id,
                amount_due=Decimal("80000"),
                amount_received=Decimal("30000"),
                due_date=date(2026, 4, 15),
            )
        )
    with db.session() as s:
        text = fill_template(s, "payment_reminder_polite", deal_id=deal_id, lang="zh_CN")
    assert "有一笔¥50,000的款项将于2026年4月15日到期" in text


def test_missing_values_leave_readable_blanks_never_a_key_error(db) -> None:
    with db.session() as s:
        text = fill_template(s, "holiday_generic", lang="en")
        assert text.startswith("Hi [contact], this is [your name]. Happy [holiday]!")
        zh = fill_template(s, "holiday_generic", lang="zh_CN", holiday="端午节")
        assert zh.startswith("【联系人】您好，我是【您的姓名】。端午节快乐")
        assert fill_template(s, "no_such_template") == ""
    assert render_text("{contact} {unknown} {", {"contact": "Ann"}) == "{contact} {unknown} {"
    assert render_text("{contact} {unknown}", {"contact": "Ann"}, "en") == "Ann [unknown]"
