"""Customer events on the calendar's side panel: plan one, invite by tier and segment, tick who
came (each attendance is logged as an activity that counts as contact)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.segments import SEGMENTS, segment_name
from app.visits import events
from ui.context import AppContext
from ui.kit.empty_state import EmptyState
from ui.kit.format import format_day
from ui.kit.forms import add_rows, button_box, date_edit, date_value, error_label, show_problems
from ui.visit_actions import VisitActions

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class EventDialog(QDialog):
    """Name, day and place of an event, and whom to invite (tiers, RFM segments)."""

    def __init__(self, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan a customer event"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Product day, industry salon"))
        self.day = date_edit(day)
        self.place = QLineEdit()
        self.tiers = {tier: QCheckBox(tier) for tier in ("A", "B", "C")}
        self.tiers["A"].setChecked(True)
        tier_row = QHBoxLayout()
        for box in self.tiers.values():
            tier_row.addWidget(box)
        tier_row.addStretch(1)
        self.segments = QListWidget()
        self.segments.setFixedHeight(120)
        for key in SEGMENTS:
            item = QListWidgetItem(segment_name(key))
            item.setData(ID_ROLE, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.segments.addItem(item)
        self.errors = error_label()
        layout = QVBoxLayout(self)
        layout.addLayout(
            add_rows(
                QFormLayout(),
                [
                    (self.tr("Name"), self.name),
                    (self.tr("Day"), self.day),
                    (self.tr("Place"), self.place),
                    (self.tr("Invite tiers"), tier_row),
                    (self.tr("and segments"), self.segments),
                ],
            )
        )
        layout.addWidget(self.errors)
        layout.addWidget(button_box(self))
        self.resize(440, 0)

    def chosen_tiers(self) -> list[str]:
        return [tier for tier, box in self.tiers.items() if box.isChecked()]

    def chosen_segments(self) -> list[str]:
        items = (self.segments.item(row) for row in range(self.segments.count()))
        return [i.data(ID_ROLE) for i in items if i.checkState() == Qt.CheckState.Checked]

    def accept(self) -> None:
        problems = []
        if not self.name.text().strip():
            problems.append(self.tr("Give the event a name."))
        if not self.chosen_tiers() and not self.chosen_segments():
            problems.append(self.tr("Choose at least one tier or segment to invite."))
        if problems:
            show_problems(self.errors, problems)
            return
        super().accept()


class EventsPane(QWidget):
    """Events, the newest first, and the chosen event's invitations to tick off."""

    def __init__(self, ctx: AppContext, actions: VisitActions, today: date) -> None:
        super().__init__()
        self.ctx, self.actions, self.today = ctx, actions, today
        self.events = QListWidget()
        self.events.setFixedHeight(150)
        self.events.currentRowChanged.connect(lambda _row: self._show_invites())
        self.new_button = QPushButton(self.tr("New event…"))
        self.new_button.clicked.connect(self.new_event)
        self.invites = QListWidget()
        self.invites.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.hint = QLabel(objectName="PageHint")
        self.hint.setWordWrap(True)
        self.attend_button = QPushButton(self.tr("Record attendance"))
        self.attend_button.setToolTip(
            self.tr("Log each ticked customer's attendance as a follow-up")
        )
        self.attend_button.clicked.connect(self.record_attendance)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Salons, seminars, product days")), 1)
        top.addWidget(self.new_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.attend_button)
        # No event yet: say what events are for and offer the first one, not two blank lists.
        self.empty = EmptyState(
            self.tr("No events planned yet"),
            self.tr(
                "Invite customers of a tier or segment to a salon, seminar or product day, "
                "then tick off who came: each attendance is logged as a follow-up."
            ),
            icon_name="calendar",
        )
        self.empty.add_action(self.tr("New event…"), self.new_event, primary=True)
        lists = QWidget()
        lists_layout = QVBoxLayout(lists)
        lists_layout.setContentsMargins(0, 0, 0, 0)
        lists_layout.addWidget(self.events)
        lists_layout.addWidget(self.invites, 1)
        lists_layout.addLayout(bottom)
        self.stack = QStackedWidget()
        self.stack.addWidget(lists)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self.rows: list[events.EventRow] = []

    def reload(self) -> None:
        chosen = self.chosen_event()
        with self.ctx.db.session() as session:
            self.rows = events.list_events(session)
        self.events.blockSignals(True)
        self.events.clear()
        locale = self.locale()
        for row in self.rows:
            text = self.tr("{0} · {1} — {2} invited, {3} came").format(
                format_day(locale, row.held_on, self.today), row.name, row.invited, row.attended
            )
            self.events.addItem(text)
        self.events.blockSignals(False)
        ids = [row.id for row in self.rows]
        self.events.setCurrentRow(ids.index(chosen) if chosen in ids else (0 if ids else -1))
        self.stack.setCurrentWidget(self.stack.widget(0) if ids else self.empty)
        self._show_invites()

    def chosen_event(self) -> str | None:
        row = self.events.currentRow()
        return self.rows[row].id if 0 <= row < len(self.rows) else None

    def _show_invites(self) -> None:
        self.invites.clear()
        event_id = self.chosen_event()
        if event_id is None:
            self.hint.setText(self.tr("Plan an event and invite customers by tier or segment."))
            self.attend_button.setEnabled(False)
            return
        with self.ctx.db.session() as session:
            invited = events.invites_of(session, event_id)
        for row in invited:
            item = QListWidgetItem(f"{row.tier}  {row.customer_name}")
            item.setData(ID_ROLE, row.id)
            if row.status == "attended":
                item.setCheckState(Qt.CheckState.Checked)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            self.invites.addItem(item)
        self.hint.setText(self.tr("Tick who came, then record attendance."))
        self.attend_button.setEnabled(bool(invited))

    def ticked(self) -> list[str]:
        items = (self.invites.item(row) for row in range(self.invites.count()))
        return [
            i.data(ID_ROLE)
            for i in items
            if i.checkState() == Qt.CheckState.Checked and i.flags() & Qt.ItemFlag.ItemIsEnabled
        ]

    def new_event(self) -> None:
        dialog = EventDialog(self.today, self)

        def save() -> None:
            text = self.tr("Plan event {0}").format(dialog.name.text().strip())
            day = date_value(dialog.day) or self.today

            def action(session):  # type: ignore[no-untyped-def]
                planned = events.plan_event(session, dialog.name.text(), day, dialog.place.text())
                invited = events.invite(
                    session,
                    planned.created_id or "",
                    tiers=dialog.chosen_tiers(),
                    segments=dialog.chosen_segments(),
                )
                planned.changes.rows.extend(invited.changes.rows)
                return planned

            self.actions.run(text, action)

        self.actions.open(dialog, save)

    def record_attendance(self) -> None:
        ids = self.ticked()
        if ids:
            self.actions.run(
                self.tr("Record attendance"), lambda s: events.record_attendance(s, ids)
            )
