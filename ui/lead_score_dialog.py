"""Lead-scoring settings: factor weights (summing to 100) and the ideal customer profile lists."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.lead_score import (
    FACTORS,
    LeadScoreConfig,
    known_values,
    load_config,
    recompute_scores,
    save_config,
)
from app.models.customers import SIZE_BANDS
from ui.kit.forms import button_box, error_label, hint_label, show_problems
from ui.kit.theme import set_tone

FACTOR_LABELS = {
    "industry": QT_TRANSLATE_NOOP("LeadScoreDialog", "Industry in the ICP list"),
    "size": QT_TRANSLATE_NOOP("LeadScoreDialog", "Company size in the ICP list"),
    "region": QT_TRANSLATE_NOOP("LeadScoreDialog", "Region or city in the ICP list"),
    "source": QT_TRANSLATE_NOOP("LeadScoreDialog", "Lead source in the good-sources list"),
    "engagement": QT_TRANSLATE_NOOP(
        "LeadScoreDialog", "Engagement (activities in the last 30 days)"
    ),
    "budget": QT_TRANSLATE_NOOP("LeadScoreDialog", "Budget known"),
}


class ChoiceList(QWidget):
    """Checkable values (from the book and the saved profile) plus a field to add another."""

    def __init__(
        self,
        values: list[str],
        chosen: tuple[str, ...],
        *,
        addable: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        # Free lists show the chosen values first; a fixed scale (sizes) keeps its own order.
        for value in dict.fromkeys([*chosen, *values] if addable else [*values, *chosen]):
            self._add(value, value in chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        if addable:
            self.new_edit = QLineEdit()
            self.new_edit.setPlaceholderText(self.tr("Add a value…"))
            self.new_edit.returnPressed.connect(self.add_typed)
            add = QPushButton(self.tr("Add"))
            add.clicked.connect(self.add_typed)
            row = QHBoxLayout()
            row.addWidget(self.new_edit, 1)
            row.addWidget(add)
            layout.addLayout(row)

    def _add(self, value: str, checked: bool) -> None:
        item = QListWidgetItem(value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.addItem(item)

    def add_typed(self) -> None:
        value = self.new_edit.text().strip()
        if value and not self.list.findItems(value, Qt.MatchFlag.MatchExactly):
            self._add(value, True)
        self.new_edit.clear()

    def chosen(self) -> tuple[str, ...]:
        return tuple(
            self.list.item(i).text()
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        )

    def set_checked(self, value: str, checked: bool = True) -> None:
        for item in self.list.findItems(value, Qt.MatchFlag.MatchExactly):
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


class LeadScoreDialog(QDialog):
    """Edit the 0–100 lead score; saving rescores every open deal."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Lead scoring"))
        self.resize(820, 560)
        with db.session() as session:
            config = load_config(session)
            known = known_values(session)

        self.weight_spins: dict[str, QSpinBox] = {}
        weights = QGroupBox(self.tr("Weights (points out of 100)"))
        form = QFormLayout(weights)
        for name in FACTORS:
            spin = QSpinBox()
            spin.setRange(0, 100)
            spin.setValue(config.weights.get(name, 0))
            spin.valueChanged.connect(self._show_total)
            self.weight_spins[name] = spin
            form.addRow(QCoreApplication.translate("LeadScoreDialog", FACTOR_LABELS[name]), spin)
        self.total_label = QLabel()
        self.total_label.setObjectName("WeightTotal")
        form.addRow(self.tr("Total"), self.total_label)
        self.engagement_spin = QSpinBox()
        self.engagement_spin.setRange(1, 50)
        self.engagement_spin.setValue(config.engagement_target)
        self.engagement_spin.setSuffix(self.tr(" activities"))
        form.addRow(self.tr("Full engagement at"), self.engagement_spin)
        explain = hint_label(
            self.tr(
                "A lead earns a factor's points when it matches; engagement earns "
                "them in proportion up to the target."
            )
        )
        form.addRow(explain)

        self.industries = ChoiceList(known["industries"], config.industries)
        self.sizes = ChoiceList(list(SIZE_BANDS), config.sizes, addable=False)
        self.regions = ChoiceList(known["regions"], config.regions)
        self.sources = ChoiceList(known["sources"], config.sources)
        profile = QGroupBox(self.tr("Ideal customer profile (ICP)"))
        grid = QGridLayout(profile)
        for number, (caption, widget) in enumerate(
            (
                (self.tr("Industries"), self.industries),
                (self.tr("Company sizes"), self.sizes),
                (self.tr("Regions / cities"), self.regions),
                (self.tr("Good lead sources"), self.sources),
            )
        ):
            grid.addWidget(QLabel(caption), (number // 2) * 2, number % 2)
            grid.addWidget(widget, (number // 2) * 2 + 1, number % 2)

        self.errors = error_label()
        buttons = button_box(self)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        body = QHBoxLayout()
        body.addWidget(weights, 2)
        body.addWidget(profile, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        self._show_total()

    def config(self) -> LeadScoreConfig:
        return LeadScoreConfig(
            weights={name: spin.value() for name, spin in self.weight_spins.items()},
            industries=self.industries.chosen(),
            sizes=self.sizes.chosen(),
            regions=self.regions.chosen(),
            sources=self.sources.chosen(),
            engagement_target=self.engagement_spin.value(),
        )

    def _show_total(self) -> None:
        total = sum(spin.value() for spin in self.weight_spins.values())
        self.total_label.setText(self.tr("{0} / 100").format(total))
        set_tone(self.total_label, None if total == 100 else "error")
        self.save_button.setEnabled(total == 100)

    def accept(self) -> None:
        config = self.config()
        problems = config.problems()
        show_problems(self.errors, problems)
        if problems:
            return
        with self.db.session.begin() as session:
            save_config(session, config)
            recompute_scores(session, config)
        super().accept()
