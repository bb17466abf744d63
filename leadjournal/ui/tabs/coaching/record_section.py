"""The list-and-form base of a person's page sections.

Every section but the timeline is a list of records on the left and a form on the right;
typing saves the field about a second later through the tab's autosaver.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from leadjournal.db.models import Person
from leadjournal.i18n import tr
from leadjournal.services.coaching import SectionKind
from leadjournal.ui.empty_state import EmptyState
from leadjournal.ui.forms import DateEdit, combo_quietly, kind_chip, text_of
from leadjournal.ui.tabs.coaching.context import CoachingContext
from leadjournal.ui.tabs.coaching.widgets import choice_combo, first_line, first_name

Editor = TypeVar("Editor", QLineEdit, QPlainTextEdit)


class RecordSection(QWidget):
    """A person's records of one kind: a list, a "New" button and an autosaving form."""

    kind: ClassVar[SectionKind]
    # Marked with QT_TRANSLATE_NOOP in each subclass, translated where shown.
    new_text: ClassVar[str]
    list_name: ClassVar[str]
    empty_text: ClassVar[str]  # "{name}" is replaced by the person's first name

    def tags(self) -> list[tuple[str, str]]:
        """``(kind, why)`` Lead/Manage tags for this section, translated."""
        return []

    def __init__(self, context: CoachingContext) -> None:
        super().__init__()
        self.context = context
        self.person: Person | None = None
        self.current: Any = None
        self._records: dict[int, Any] = {}

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 6, 0, 0)
        tag_row = QHBoxLayout()
        for kind, why in self.tags():
            chip = kind_chip(kind, why)
            tag_row.addWidget(chip)
            explanation = QLabel(why)
            explanation.setProperty("role", "caption")
            tag_row.addWidget(explanation)
        tag_row.addStretch(1)
        outer.addLayout(tag_row)
        layout = QHBoxLayout()
        outer.addLayout(layout, 1)
        left = QVBoxLayout()
        self.records = QListWidget()
        self.records.setAccessibleName(tr(self.list_name))
        self.records.setMinimumWidth(190)
        self.records.setMaximumWidth(250)
        self.records.setWordWrap(True)
        self.records.currentItemChanged.connect(self._on_current_changed)
        left.addWidget(self.records, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(tr(self.new_text))
        self.new_button.setProperty("role", "quiet")
        self.new_button.clicked.connect(self.create_record)
        self.delete_button = QPushButton(tr("Delete"))
        self.delete_button.setProperty("role", "quiet")
        self.delete_button.setToolTip(tr("Delete the selected entry"))
        self.delete_button.clicked.connect(self.delete_current)
        buttons.addWidget(self.new_button, 1)
        buttons.addWidget(self.delete_button)
        left.addLayout(buttons)
        layout.addLayout(left)

        self.right = QStackedWidget()
        # The sentence names the person: set when a person is shown (see ``show_person``).
        self.empty_state = EmptyState("empty.person", "", tr(self.new_text), self.create_record)
        self.empty_label = self.empty_state.sentence
        self.empty_button = self.empty_state.button
        self.right.addWidget(self.empty_state)
        self.editor = QWidget()
        self.editor_layout = QVBoxLayout(self.editor)
        self.editor_layout.setContentsMargins(8, 0, 8, 8)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.editor_layout.addLayout(self.form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.editor)
        self.right.addWidget(scroll)
        layout.addWidget(self.right, 1)

    # subclasses ------------------------------------------------------------------------

    def fetch(self, person_id: int) -> Sequence[Any]:
        raise NotImplementedError

    def label(self, record: Any) -> str:
        raise NotImplementedError

    def fill(self, record: Any) -> None:
        raise NotImplementedError

    def first_editor(self) -> QWidget | None:
        return None

    # loading -----------------------------------------------------------------------------

    def load(self, person: Person, select_id: int | None = None) -> None:
        self.person = person
        keep = select_id if select_id is not None else getattr(self.current, "id", None)
        records = self.fetch(person.id)
        self._records = {record.id: record for record in records}
        self.records.blockSignals(True)
        self.records.clear()
        chosen: QListWidgetItem | None = None
        for record in records:
            item = QListWidgetItem(self.label(record))
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            self.records.addItem(item)
            if record.id == keep:
                chosen = item
        self.records.blockSignals(False)
        self.empty_label.setText(tr(self.empty_text).format(name=first_name(person.name)))
        if chosen is None and self.records.count():
            chosen = self.records.item(0)
        if chosen is not None:
            self.records.blockSignals(True)  # shown once below, not again by the signal
            self.records.setCurrentItem(chosen)
            self.records.blockSignals(False)
            self._show(self._records[chosen.data(Qt.ItemDataRole.UserRole)])
        else:
            self._show(None)
        enabled = not person.archived
        self.new_button.setEnabled(enabled)
        self.empty_button.setEnabled(enabled)

    def _on_current_changed(
        self, item: QListWidgetItem | None, _old: QListWidgetItem | None
    ) -> None:
        self.context.flush_pending_edits()
        record_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self._show(self._records.get(record_id) if record_id is not None else None)

    def _show(self, record: Any) -> None:
        self.current = record
        self.delete_button.setEnabled(record is not None)
        if record is None:
            self.right.setCurrentIndex(0)
            return
        self.fill(record)
        self.right.setCurrentIndex(1)

    def select(self, record_id: int) -> None:
        for row in range(self.records.count()):
            item = self.records.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == record_id:
                self.records.setCurrentItem(item)
                return

    def reload(self) -> None:
        if self.person is not None:
            self.context.flush_pending_edits()
            self.load(self.person)

    # creating and deleting ---------------------------------------------------------------

    def create_record(self) -> int | None:
        if self.person is None:
            return None
        self.context.flush_pending_edits()
        record_id = self.context.log.new_record(self.kind, self.person.id, self.context.today())
        self.load(self.person, select_id=record_id)
        editor = self.first_editor()
        if editor is not None:
            editor.setFocus()
        self.context.record_changed()
        return record_id

    def delete_current(self) -> None:
        if self.current is None or self.person is None:
            return
        if not self.context.confirm(
            tr("Delete this entry?"),
            tr("“{0}” will be removed from the journal. This cannot be undone.").format(
                first_line(self.label(self.current).split("\n")[-1])
            ),
        ):
            return
        self.context.autosave.flush()
        self.context.log.delete_record(self.kind, self.current.id)
        self.current = None
        self.load(self.person)
        self.context.record_changed()

    # binding fields ------------------------------------------------------------------------

    def _changed(self, field: str, value: Any) -> None:
        """Show the change at once and save it shortly (one pending write per field)."""
        record = self.current
        if record is None:
            return
        setattr(record, field, value)
        log, kind, record_id = self.context.log, self.kind, record.id
        self.context.autosave.schedule(
            f"{kind}:{record_id}:{field}", lambda: log.save_field(kind, record_id, field, value)
        )
        item = self.records.currentItem()
        if item is not None:
            item.setText(self.label(record))

    # The helpers below take labels and placeholders already translated.

    def text_field(self, field: str, label: str, editor: Editor, placeholder: str = "") -> Editor:
        editor.setAccessibleName(label)
        editor.setPlaceholderText(placeholder)
        editor.textChanged.connect(lambda *_: self._changed(field, text_of(editor)))
        self.form.addRow(label, editor)
        return editor

    def date_field(self, field: str, label: str, optional: bool = False) -> DateEdit:
        editor = DateEdit(optional)
        editor.setAccessibleName(label)
        editor.dateChanged.connect(lambda *_: self._changed(field, editor.value()))
        self.form.addRow(label, editor)
        return editor

    def choice_field(
        self, field: str, label: str, choices: Sequence[tuple[str, str]], *, save: bool = True
    ) -> QComboBox:
        """A combo of marked choices; ``save=False`` when the section saves it itself."""
        combo = choice_combo(choices, label)
        if save:
            combo.activated.connect(lambda *_: self._changed(field, combo.currentData()))
        self.form.addRow(label, combo)
        return combo

    @staticmethod
    def show_choice(combo: QComboBox, value: object) -> None:
        combo_quietly(combo, combo.findData(value))
