"""The customer record: header (tier, segment, risk, freshness), its actions, and one tab per
part — profile (the five dimensions), contacts, timeline, deals, orders and payments,
complaints, referrals and what to offer next."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.customers.editing import update_customer, validate_edit
from app.customers.profile import CustomerProfile, load_profile
from app.segments import segment_name
from ui.context import AppContext, ChangeEvent
from ui.customer_actions import CustomerActions
from ui.customer_referrals_box import CustomerReferralsBox
from ui.kit.format import format_day
from ui.kit.theme import is_dark, set_tone
from ui.record_contacts import ContactsSection
from ui.record_lists import RecordLists
from ui.record_profile import ProfileForm
from ui.record_timeline import TimelineSection
from ui.suggestions_panel import SuggestionsPanel

# What each tab shows, by the kinds of row that change it.
LIST_TABS = {
    "deal": "deals",
    "sales_order": "orders",
    "payment": "orders",
    "complaint": "complaints",
}


class CustomerRecord(QDialog):
    """One customer's record, beside the list (not modal); it follows changes made elsewhere."""

    closed_for_good = Signal()  # the customer was retired
    customer_activated = Signal(str)  # a referred customer or referrer to open

    def __init__(self, ctx: AppContext, customer_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx, self.customer_id = ctx, customer_id
        self.locale = QLocale()
        self.profile: CustomerProfile | None = None
        self.actions = CustomerActions(ctx, self)
        self.resize(1100, 760)

        self.badge = QLabel(objectName="TierBadge")
        self.name_label = QLabel(objectName="RecordName")
        self.facts_label = QLabel(objectName="RecordFacts")
        self.facts_label.setWordWrap(True)
        self.risk_label = QLabel(objectName="RecordRisk")
        self.risk_label.setWordWrap(True)
        set_tone(self.risk_label, "warning")
        self.notice = QLabel(objectName="PipelineNotice")
        self.follow_up_button = QPushButton(self.tr("Log follow-up…"))
        self.follow_up_button.setProperty("primary", True)
        self.follow_up_button.clicked.connect(lambda: self.actions.follow_up(customer_id))
        self.verify_button = QPushButton(self.tr("Mark info verified"))
        self.verify_button.clicked.connect(lambda: self.actions.mark_verified(customer_id))
        self.override_button = QPushButton(self.tr("Override tier…"))
        self.override_button.clicked.connect(lambda: self.actions.override_tier(customer_id))
        self.retire_button = QPushButton(self.tr("Retire customer"))
        self.retire_button.clicked.connect(lambda: self.actions.retire(customer_id))
        self.actions.done.connect(
            lambda text: self.notice.setText(self.tr("{0} — Ctrl+Z to undo").format(text))
        )

        self.profile_form = ProfileForm(ctx.db, self.locale)
        self.profile_form.save_requested.connect(self.save_profile)
        self.contacts = ContactsSection(self.actions, customer_id, self.locale)
        self.timeline = TimelineSection(ctx.db, customer_id, self.locale)
        self.lists = RecordLists(ctx.db, customer_id, self.locale, self)
        self.tabs = QTabWidget(objectName="RecordTabs")
        self.tabs.addTab(self.profile_form, self.tr("Profile"))
        self.tabs.addTab(self.contacts, self.tr("Contacts"))
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.list_tabs: dict[str, int] = {}
        for key, title in (
            ("deals", self.tr("Deals")),
            ("orders", self.tr("Orders and payments")),
            ("complaints", self.tr("Complaints")),
        ):
            self.list_tabs[key] = self.tabs.addTab(QWidget(), title)
        # Both follow changes themselves (app.growth owns what they read).
        self.referrals = CustomerReferralsBox(ctx)
        self.referrals.customer_activated.connect(self.customer_activated)
        self.tabs.addTab(self.referrals, self.tr("Referrals"))
        self.suggestions = SuggestionsPanel(ctx)
        self.tabs.addTab(self.suggestions, self.tr("What to offer"))

        header = QHBoxLayout()
        header.setSpacing(10)
        header.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.name_label)
        titles.addWidget(self.facts_label)
        titles.addWidget(self.risk_label)
        header.addLayout(titles, 1)
        buttons = QHBoxLayout()
        for button in (
            self.follow_up_button,
            self.verify_button,
            self.override_button,
            self.retire_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.notice)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)
        ctx.events.changed.connect(self._on_changed)
        self.reload()

    # -- reading ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Read everything again (a retired customer closes the record)."""
        with self.ctx.db.session() as session:
            self.profile = load_profile(session, self.customer_id)
        if self.profile is None:
            self.closed_for_good.emit()
            self.close()
            return
        self._show_header(self.profile)
        self.profile_form.load(self.profile)
        self.contacts.reload()
        self.timeline.reload()
        self._reload_lists(set(self.list_tabs))
        self.referrals.show_customer(self.customer_id)
        self.suggestions.show_customer(self.customer_id)

    def _reload_lists(self, keys: set[str]) -> None:
        builders = {
            "deals": self.lists.deals,
            "orders": self.lists.orders_and_payments,
            "complaints": self.lists.complaints,
        }
        current = self.tabs.currentIndex()
        for key in keys:
            index = self.list_tabs[key]
            title = self.tabs.tabText(index)
            old = self.tabs.widget(index)
            self.tabs.removeTab(index)
            old.deleteLater()
            self.tabs.insertTab(index, builders[key](), title)
        self.tabs.setCurrentIndex(current)

    def _show_header(self, p: CustomerProfile) -> None:
        self.setWindowTitle(p.edit.name)
        self.name_label.setText(p.edit.name)
        self.badge.setText(p.tier)
        self.badge.setProperty("tier", p.tier)
        self.badge.setProperty("dark", is_dark(self.palette()))
        self.badge.style().unpolish(self.badge)
        self.badge.style().polish(self.badge)
        tier = self.tr("Tier {0}").format(p.tier)
        if p.tier_override:
            tier = self.tr("Tier {0} (manual: {1}; computed {2})").format(
                p.tier, p.tier_override_reason or "", p.computed_tier
            )
        facts = [tier]
        if p.segment:
            facts.append(segment_name(p.segment))
        place = " · ".join(x for x in (p.edit.city, p.edit.industry) if x)
        if place:
            facts.append(place)
        if p.info_verified_at is None:
            facts.append(self.tr("information never verified"))
        else:
            verified = format_day(self.locale, p.info_verified_at.date())
            facts.append(
                self.tr("information verified {0} — out of date").format(verified)
                if p.stale
                else self.tr("information verified {0}").format(verified)
            )
        self.facts_label.setText(" · ".join(facts))
        risk = "; ".join(p.churn_reasons)
        self.risk_label.setText(self.tr("⚠ Churn risk: {0}").format(risk) if p.at_risk else "")
        self.risk_label.setVisible(p.at_risk)

    def _on_changed(self, event: ChangeEvent) -> None:
        everything = event.touches("*")
        if not (everything or self.customer_id in event.customer_ids):
            return
        if everything or self.customer_id in event.ids("customer"):
            self.reload()
            return
        if event.touches("contact"):
            self.contacts.reload()
        if event.touches("activity", "visit_plan"):
            self.timeline.reload()
        keys = {tab for entity, tab in LIST_TABS.items() if event.touches(entity)}
        if keys:
            self._reload_lists(keys)
        with self.ctx.db.session() as session:
            self.profile = load_profile(session, self.customer_id)
        if self.profile is not None:
            self._show_header(self.profile)
            self.profile_form.summary.setText(self.profile_form.summary_text(self.profile))

    # -- writing ---------------------------------------------------------------------------
    def save_profile(self) -> None:
        """Write the edited dimensions (one undoable step); problems stay in the form."""
        data = self.profile_form.collect()
        text = self.tr("Edit {0}").format(data.name.strip())
        with self.ctx.db.session() as session:
            problems = validate_edit(session, self.customer_id, data)
        self.profile_form.show_problems("\n".join(problems))
        if problems:
            return
        if self.ctx.commands.run(text, lambda s: update_customer(s, self.customer_id, data)):
            self.actions.done.emit(text)
