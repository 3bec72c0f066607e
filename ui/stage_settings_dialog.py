"""Stage settings: rename, reorder, add, remove when empty, probability, rot days and gates."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.db import Database
from app.pipeline import (
    GATE_FIELDS,
    LOST,
    OPEN_STAGE_GATE_FIELDS,
    WON,
    PipelineError,
    StageSpec,
    close_gates,
    list_stages,
    open_deal_counts,
    save_stages,
)
from ui.gate_dialog import field_caption
from ui.kit.forms import button_box, error_label, hint_label, show_problems

NAME, PROBABILITY, ROT_DAYS, REQUIRED, DEALS = range(5)


class StageSettingsDialog(QDialog):
    """Edit the stage list as a table; nothing is written until Save, then in one transaction."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.chinese = i18n.language() == "zh_CN"
        self.setWindowTitle(self.tr("Pipeline stages"))
        self.resize(760, 520)
        with db.session() as session:
            stages = list_stages(session)
            self.counts = open_deal_counts(session)
            gates = close_gates(session)
        self.specs = [
            StageSpec(s.id, s.name, s.name_en, s.probability, s.rot_days, list(s.required_fields))
            for s in stages
        ]

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Stage"),
                self.tr("Win probability"),
                self.tr("Rot after (days)"),
                self.tr("Required to enter"),
                self.tr("Open deals"),
            ]
        )
        header = self.table.horizontalHeader()
        for column in (PROBABILITY, ROT_DAYS, DEALS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(REQUIRED, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.add_button = QPushButton(self.tr("Add stage"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.add_button.clicked.connect(self.add_stage)
        self.remove_button.clicked.connect(self.remove_stage)
        self.up_button.clicked.connect(lambda: self.move_stage(-1))
        self.down_button.clicked.connect(lambda: self.move_stage(1))
        row_buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            row_buttons.addWidget(button)
        row_buttons.addStretch(1)

        self.gate_boxes: dict[str, dict[str, QCheckBox]] = {}
        gates_box = QGroupBox(self.tr("Closing a deal requires"))
        grid = QGridLayout(gates_box)
        per_row = 5
        for block, (status, caption) in enumerate(
            ((WON, self.tr("Mark won:")), (LOST, self.tr("Mark lost:")))
        ):
            top = block * 2
            grid.addWidget(QLabel(caption), top, 0, Qt.AlignmentFlag.AlignTop)
            self.gate_boxes[status] = {}
            for number, name in enumerate(GATE_FIELDS):
                box = QCheckBox(field_caption(name))
                box.setChecked(name in gates[status])
                self.gate_boxes[status][name] = box
                grid.addWidget(box, top + number // per_row, 1 + number % per_row)
        hint = hint_label(
            self.tr("Gates add up: entering a stage also requires what earlier stages require.")
        )

        self.errors = error_label()
        buttons = button_box(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row_buttons)
        layout.addWidget(hint)
        layout.addWidget(gates_box)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        self._fill()

    # -- table <-> specs -------------------------------------------------------------------
    def _display_name(self, spec: StageSpec) -> str:
        return spec.name if self.chinese else (spec.name_en or spec.name)

    def _fill(self, select: int = 0) -> None:
        self.table.setRowCount(len(self.specs))
        for row, spec in enumerate(self.specs):
            self.table.setItem(row, NAME, QTableWidgetItem(self._display_name(spec)))
            probability = QSpinBox()
            probability.setRange(0, 100)
            probability.setSuffix(" %")
            probability.setValue(spec.probability)
            self.table.setCellWidget(row, PROBABILITY, probability)
            rot = QSpinBox()
            rot.setRange(1, 365)
            rot.setValue(spec.rot_days)
            self.table.setCellWidget(row, ROT_DAYS, rot)
            self.table.setCellWidget(row, REQUIRED, self._required_button(spec))
            count = QTableWidgetItem(str(self.counts.get(spec.id, 0)) if spec.id else "0")
            count.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            count.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(row, DEALS, count)
        if self.specs:
            self.table.selectRow(min(select, len(self.specs) - 1))
        self._update_buttons()

    def _required_button(self, spec: StageSpec) -> QToolButton:
        button = QToolButton()
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(button)
        for name in OPEN_STAGE_GATE_FIELDS:
            action = QAction(field_caption(name), menu, checkable=True)
            action.setChecked(name in spec.required_fields)
            action.setData(name)
            action.toggled.connect(lambda _on, b=button: self._caption_required(b))
            menu.addAction(action)
        button.setMenu(menu)
        self._caption_required(button)
        return button

    def _caption_required(self, button: QToolButton) -> None:
        chosen = [a.text() for a in button.menu().actions() if a.isChecked()]
        button.setText(self.tr(", ").join(chosen) if chosen else self.tr("nothing"))

    def _read(self) -> None:
        for row, spec in enumerate(self.specs):
            text = self.table.item(row, NAME).text().strip()
            if self.chinese or not spec.id:
                spec.name = text
            if not self.chinese or not spec.id:
                spec.name_en = text
            spec.probability = self.table.cellWidget(row, PROBABILITY).value()
            spec.rot_days = self.table.cellWidget(row, ROT_DAYS).value()
            menu = self.table.cellWidget(row, REQUIRED).menu()
            spec.required_fields = [a.data() for a in menu.actions() if a.isChecked()]

    # -- row actions -----------------------------------------------------------------------
    def current_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _update_buttons(self) -> None:
        row = self.current_row()
        held = self.counts.get(self.specs[row].id, 0) if 0 <= row < len(self.specs) else 0
        self.remove_button.setEnabled(row >= 0 and not held and len(self.specs) > 1)
        self.remove_button.setToolTip(
            self.tr("Move this stage's open deals elsewhere first.") if held else ""
        )
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < len(self.specs) - 1)

    def add_stage(self) -> None:
        self._read()
        row = self.current_row() + 1 if self.current_row() >= 0 else len(self.specs)
        self.specs.insert(row, StageSpec(None, self.tr("New stage"), None, 50, 14, []))
        self._fill(row)
        self.table.editItem(self.table.item(row, NAME))

    def remove_stage(self) -> None:
        row = self.current_row()
        if row < 0 or self.counts.get(self.specs[row].id, 0):
            return
        self._read()
        del self.specs[row]
        self._fill(row)

    def move_stage(self, step: int) -> None:
        row = self.current_row()
        if not 0 <= row + step < len(self.specs):
            return
        self._read()
        self.specs[row], self.specs[row + step] = self.specs[row + step], self.specs[row]
        self._fill(row + step)

    def accept(self) -> None:
        self._read()
        gates = {
            status: [name for name, box in boxes.items() if box.isChecked()]
            for status, boxes in self.gate_boxes.items()
        }
        try:
            with self.db.session.begin() as session:
                save_stages(session, self.specs, gates)
        except PipelineError as problem:
            show_problems(self.errors, str(problem).splitlines())
            return
        super().accept()
