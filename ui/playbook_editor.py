"""Add or edit a playbook entry: the objection, its concern, the scripts, the question to ask.

A shipped entry edited here keeps the rep's words when a newer version of the content ships.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.changes import ActionError
from app.labels import label
from app.pipeline import list_stages, stage_label
from app.playbook.content import STAGE_KEYS
from app.playbook.entries import KINDS, Entry, EntryDraft, add_entry, edit_entry, technique_texts
from ui.context import AppContext
from ui.kit.forms import button_box, error_label, hint_label, show_problems
from ui.playbook_detail import group_label

SPIN_GROUPS = ("situation", "problem", "implication", "need_payoff")
CATEGORIES = (
    "price", "budget", "timing", "competitor", "authority", "need", "trust", "product_fit",
    "payment_terms",
)  # fmt: skip


def _text_box(lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(18 * lines + 14)
    return box


class EntryEditor(QDialog):
    """The entry's words in the language shown; Save runs an undoable add or edit."""

    def __init__(
        self,
        ctx: AppContext,
        entry: Entry | None,
        kind: str,
        group: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.entry = ctx, entry
        self.setWindowTitle(self.tr("Edit entry") if entry else self.tr("New entry"))
        self.resize(620, 560)
        self.kind_combo = QComboBox()
        for code in KINDS:
            self.kind_combo.addItem(label(f"playbook.{code}"), code)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))
        self.kind_combo.setEnabled(entry is None)
        self.group_combo = QComboBox()
        with ctx.db.session() as session:
            self.stage_names = {s.key: stage_label(s.name, s.name_en) for s in list_stages(session)}
        self.title_edit = QLineEdit()
        self.concern_edit = _text_box(2)
        self.scripts_edit = _text_box(6)
        self.scripts_edit.setPlaceholderText(
            self.tr("One script per paragraph; a blank line between")
        )
        self.follow_up_edit = QLineEdit()
        self.technique_combo = QComboBox()
        self.technique_combo.addItem(self.tr("(none)"), None)
        for key, (name, _how) in technique_texts(ctx.language).items():
            self.technique_combo.addItem(name, key)
        self.errors = error_label()
        self.form = QFormLayout()
        self.form.addRow(self.tr("Kind"), self.kind_combo)
        self.form.addRow(self.tr("Group"), self.group_combo)
        self.form.addRow(self.tr("Title"), self.title_edit)
        self.form.addRow(self.tr("Concern behind it"), self.concern_edit)
        self.form.addRow(self.tr("Scripts"), self.scripts_edit)
        self.form.addRow(self.tr("Follow-up question"), self.follow_up_edit)
        self.form.addRow(self.tr("Technique"), self.technique_combo)
        layout = QVBoxLayout(self)
        if entry is not None and entry.builtin:
            layout.addWidget(
                hint_label(self.tr("Your wording is kept when a newer playbook version ships."))
            )
        layout.addLayout(self.form)
        layout.addWidget(self.errors)
        layout.addWidget(button_box(self))
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._kind_changed(None))
        self._kind_changed(group)
        if entry is not None:
            self._fill(entry)

    def _kind_changed(self, group: str | None) -> None:
        kind = self.kind()
        self.group_combo.clear()
        groups: tuple[str, ...] = {
            "sop": tuple(self.stage_names) or STAGE_KEYS,
            "spin": SPIN_GROUPS,
            "objection": CATEGORIES,
        }.get(kind, ())
        for code in groups:
            name = self.stage_names.get(code, code) if kind == "sop" else group_label(kind, code)
            self.group_combo.addItem(name, code)
        if group is not None:
            self.group_combo.setCurrentIndex(max(0, self.group_combo.findData(group)))
        full = kind == "objection"
        for field, shown in (
            (self.group_combo, bool(groups)),
            (self.concern_edit, full),
            (self.scripts_edit, full or kind == "closing_signal"),
            (self.follow_up_edit, full),
            (self.technique_combo, full or kind == "closing_signal"),
        ):
            self.form.setRowVisible(field, shown)

    def _fill(self, entry: Entry) -> None:
        text = entry.texts[entry.lang_of(self.ctx.language)]
        self.title_edit.setText(text.title)
        self.concern_edit.setPlainText(text.concern)
        self.scripts_edit.setPlainText("\n\n".join(text.scripts))
        self.follow_up_edit.setText(text.follow_up)
        self.technique_combo.setCurrentIndex(max(0, self.technique_combo.findData(entry.technique)))

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def draft(self) -> EntryDraft:
        """Return what the form says."""
        paragraphs = self.scripts_edit.toPlainText().replace("\r", "").split("\n\n")
        return EntryDraft(
            kind=self.kind(),
            group=str(self.group_combo.currentData() or ""),
            title=self.title_edit.text(),
            concern=self.concern_edit.toPlainText(),
            scripts=tuple(p.strip() for p in paragraphs if p.strip()),
            follow_up=self.follow_up_edit.text(),
            technique=self.technique_combo.currentData(),
        )

    def accept(self) -> None:
        draft, entry, lang = self.draft(), self.entry, self.ctx.language
        try:
            if entry is None:
                text = self.tr("New entry “{0}”").format(draft.title.strip())
                outcome = self.ctx.commands.run(
                    text,
                    lambda s: add_entry(s, draft, lang),
                    source=self,
                    passthrough=(ActionError,),
                )
            else:
                row_id = entry.row_id(lang)
                text = self.tr("Edit “{0}”").format(draft.title.strip())
                outcome = self.ctx.commands.run(
                    text,
                    lambda s: edit_entry(s, row_id, draft),
                    source=self,
                    passthrough=(ActionError,),
                )
        except ActionError as problem:
            show_problems(self.errors, [str(problem)])
            return
        if outcome is not None:
            super().accept()
