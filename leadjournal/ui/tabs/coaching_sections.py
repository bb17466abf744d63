"""The sections of a person's page in the Coaching Log, one sub-tab each.

Every section but the timeline is a list of records on the left and a form on the right;
typing saves the field about a second later through the tab's autosaver.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import (
    QDateTime,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leadjournal.db.models import (
    CoachingConversation,
    Delegation,
    ImprovementPlan,
    OneOnOne,
    Recognition,
)
from leadjournal.db.repositories.coaching import TimelineEntry
from leadjournal.i18n import tr, tr_n
from leadjournal.services.coaching import (
    ACTION_OWNERS,
    ACTION_STATUSES,
    DECISION_RIGHTS,
    DEFAULT_CADENCE_DAYS,
    DEFAULT_LENGTH_WEEKS,
    DELEGATION_RISKS,
    PLAN_STATUSES,
    PRACTICE_OUTCOMES,
    TIMELINE_KINDS,
    next_plan_checkin,
    plan_end_date,
)
from leadjournal.text import human_date_time
from leadjournal.ui.forms import (
    DATE_FORMAT,
    DateEdit,
    ImpactHint,
    TextEditor,
    combo_quietly,
    hint_label,
    human_date,
    kind_chip,
    paragraph,
    qdatetime,
    set_quietly,
    text_of,
)
from leadjournal.ui.models import RowsTableModel

if TYPE_CHECKING:
    from leadjournal.db.models import Person
    from leadjournal.ui.tabs.coaching_log import CoachingLogTab


def choice_combo(choices: Sequence[tuple[str, str]], name: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(tr(name))
    for value, label in choices:
        combo.addItem(tr(label), value)
    return combo


def fit_rows(table: QTableWidget, min_rows: int = 1, max_rows: int = 8) -> None:
    """Size a small table to its rows, so forms are not full of empty grid."""
    table.resizeRowsToContents()
    rows = range(min(max(table.rowCount(), min_rows), max_rows))
    height = sum(table.rowHeight(r) if r < table.rowCount() else 30 for r in rows)
    frame = table.frameWidth() * 2 + table.horizontalHeader().sizeHint().height()
    table.setFixedHeight(height + frame + 2)


def first_line(text: str, limit: int = 70) -> str:
    line = text.strip().split("\n", 1)[0]
    return line if len(line) <= limit else line[: limit - 1] + "…"


# --- the list-and-form base ---------------------------------------------------------------


class RecordSection(QWidget):
    """A person's records of one kind: a list, a "New" button and an autosaving form."""

    kind: ClassVar[str]
    new_text: ClassVar[str]
    empty_text: ClassVar[str]  # "{name}" is replaced by the person's first name

    def tags(self) -> list[tuple[str, str]]:
        """``(kind, why)`` Lead/Manage tags for this section, translated."""
        return []

    def __init__(self, tab: CoachingLogTab) -> None:
        super().__init__()
        self.tab = tab
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
            explanation.setStyleSheet("color: palette(placeholder-text);")
            tag_row.addWidget(explanation)
        tag_row.addStretch(1)
        outer.addLayout(tag_row)
        layout = QHBoxLayout()
        outer.addLayout(layout, 1)
        left = QVBoxLayout()
        self.records = QListWidget()
        self.records.setAccessibleName(tr(self.new_text.replace("New ", "") + " list"))
        self.records.setMinimumWidth(190)
        self.records.setMaximumWidth(250)
        self.records.setWordWrap(True)
        self.records.currentItemChanged.connect(self._on_current_changed)
        left.addWidget(self.records, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(tr(self.new_text))
        self.new_button.clicked.connect(self.create_record)
        self.delete_button = QPushButton(tr("Delete"))
        self.delete_button.setToolTip(tr("Delete the selected entry"))
        self.delete_button.clicked.connect(self.delete_current)
        buttons.addWidget(self.new_button, 1)
        buttons.addWidget(self.delete_button)
        left.addLayout(buttons)
        layout.addLayout(left)

        self.right = QStackedWidget()
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_button = QPushButton(tr(self.new_text))
        self.empty_button.clicked.connect(self.create_record)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)
        self.right.addWidget(empty)
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

    def new_fields(self) -> dict[str, Any]:
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
        first_name = person.name.split()[0] if person.name.split() else person.name
        self.empty_label.setText(tr(self.empty_text).format(name=first_name))
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

    def _on_current_changed(self, item: QListWidgetItem | None, _old: object) -> None:
        self.tab.flush_pending_edits()
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
            self.tab.flush_pending_edits()
            self.load(self.person)

    # creating and deleting ---------------------------------------------------------------

    def create_record(self) -> int | None:
        if self.person is None:
            return None
        self.tab.flush_pending_edits()
        record_id = self.tab.repos.coaching.add(
            self.kind, person_id=self.person.id, **self.new_fields()
        )
        self.load(self.person, select_id=record_id)
        editor = self.first_editor()
        if editor is not None:
            editor.setFocus()
        self.tab.record_changed()
        return record_id

    def delete_current(self) -> None:
        if self.current is None or self.person is None:
            return
        if not self.tab.confirm(
            tr("Delete this entry?"),
            tr("“{0}” will be removed from the journal. This cannot be undone.").format(
                first_line(self.label(self.current).split("\n")[-1])
            ),
        ):
            return
        self.tab.autosave.flush()
        self.tab.repos.coaching.delete(self.kind, self.current.id)
        self.current = None
        self.load(self.person)
        self.tab.record_changed()

    # binding fields ------------------------------------------------------------------------

    def _changed(self, field: str, value: Any) -> None:
        record = self.current
        if record is None:
            return
        setattr(record, field, value)
        kind, record_id = self.kind, record.id
        self.tab.autosave.schedule(
            f"{kind}:{record_id}:{field}",
            lambda: self.tab.repos.coaching.update(kind, record_id, **{field: value}),
        )
        item = self.records.currentItem()
        if item is not None:
            item.setText(self.label(record))

    def text_field(
        self, field: str, label: str, editor: TextEditor, placeholder: str = ""
    ) -> TextEditor:
        editor.setAccessibleName(tr(label))
        editor.setPlaceholderText(tr(placeholder))
        editor.textChanged.connect(lambda *_: self._changed(field, text_of(editor)))
        self.form.addRow(tr(label), editor)
        return editor

    def date_field(self, field: str, label: str, optional: bool = False) -> DateEdit:
        editor = DateEdit(optional)
        editor.setAccessibleName(tr(label))
        editor.dateChanged.connect(lambda *_: self._changed(field, editor.value()))
        self.form.addRow(tr(label), editor)
        return editor

    def choice_field(self, field: str, label: str, choices: Sequence[tuple[str, str]]) -> QComboBox:
        combo = choice_combo(choices, label)
        combo.activated.connect(lambda *_: self._changed(field, combo.currentData()))
        self.form.addRow(tr(label), combo)
        return combo

    @staticmethod
    def show_choice(combo: QComboBox, value: object) -> None:
        combo_quietly(combo, combo.findData(value))


# --- one-on-ones --------------------------------------------------------------------------


class OneOnOneSection(RecordSection):
    kind = "one_on_one"
    new_text = "New one-on-one"
    empty_text = (
        "No one-on-ones with {name} yet. Schedule one, or use “Prepare one-on-one…” to "
        "build the agenda from what the journal already knows."
    )

    def tags(self) -> list[tuple[str, str]]:
        return [
            ("lead", tr("Regular one-on-ones are where trust, coaching and early warnings happen."))
        ]

    def __init__(self, tab: CoachingLogTab) -> None:
        super().__init__(tab)
        self._today, self._upcoming_text = tab.today(), ""
        # One line per meeting: uniform rows keep a list of years of meetings cheap.
        self.records.setWordWrap(False)
        self.records.setUniformItemSizes(True)
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(DATE_FORMAT + "  HH:mm")
        self.when.setAccessibleName(tr("Scheduled for"))
        self.when.dateTimeChanged.connect(self._on_when_changed)
        self.form.addRow(tr("Scheduled for"), self.when)

        self.practice_box = QGroupBox(tr("Last practice step — did it happen?"))
        practice_form = QFormLayout(self.practice_box)
        self.practice_step = QLabel()
        self.practice_step.setWordWrap(True)
        self.practice_outcome = choice_combo(PRACTICE_OUTCOMES, "Did the practice happen?")
        self.practice_outcome.activated.connect(lambda *_: self._save_practice())
        self.practice_note = QLineEdit()
        self.practice_note.setAccessibleName(tr("Practice note"))
        self.practice_note.setPlaceholderText(tr("What happened when they tried it?"))
        self.practice_note.textChanged.connect(lambda *_: self._save_practice())
        practice_form.addRow(tr("Step"), self.practice_step)
        practice_form.addRow(tr("Happened?"), self.practice_outcome)
        practice_form.addRow(tr("Note"), self.practice_note)
        self.editor_layout.addWidget(self.practice_box)
        self._practice_id: int | None = None

        self.carried_box = QGroupBox(tr("Still open from earlier one-on-ones"))
        carried_layout = QVBoxLayout(self.carried_box)
        self.carried = QTableWidget(0, 5)
        self.carried.setAccessibleName(tr("Open action items from earlier one-on-ones"))
        self.carried.setHorizontalHeaderLabels(
            [tr("Action"), tr("Owner"), tr("Due"), tr("From"), tr("Status")]
        )
        self._table_look(self.carried, (70, 110, 110, 110))
        self.carried.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        carried_layout.addWidget(self.carried)
        self.editor_layout.addWidget(self.carried_box)

        agenda_box = QGroupBox(tr("Agenda"))
        agenda_layout = QHBoxLayout(agenda_box)
        self.agenda = QListWidget()
        self.agenda.setAccessibleName(tr("Agenda"))
        self.agenda.setMinimumHeight(110)
        self.agenda.setMaximumHeight(220)
        self.agenda.setWordWrap(True)
        self.agenda.itemChanged.connect(lambda *_: self._save_agenda())
        agenda_layout.addWidget(self.agenda, 1)
        agenda_buttons = QVBoxLayout()
        for text, slot in (
            (tr("Add"), self.add_agenda_line),
            (tr("Remove"), self.remove_agenda_line),
            (tr("Up"), lambda: self.move_agenda_line(-1)),
            (tr("Down"), lambda: self.move_agenda_line(1)),
            (tr("Prepare…"), self.prepare),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            agenda_buttons.addWidget(button)
        self.export_button = QPushButton(tr("Export…"))
        self.export_button.setToolTip(tr("Save the agenda as Markdown or PDF, or print it"))
        self.export_button.clicked.connect(self.export_agenda)
        agenda_buttons.addWidget(self.export_button)
        agenda_buttons.addStretch(1)
        agenda_layout.addLayout(agenda_buttons)
        self.editor_layout.addWidget(agenda_box)

        notes_form = QFormLayout()
        self.notes = paragraph(90)
        self.notes.setAccessibleName(tr("Notes"))
        self.notes.setPlaceholderText(tr("What you talked about, what you noticed"))
        self.notes.textChanged.connect(lambda *_: self._changed("notes", self.notes.toPlainText()))
        notes_form.addRow(tr("Notes"), self.notes)
        self.editor_layout.addLayout(notes_form)

        actions_box = QGroupBox(tr("Action items"))
        actions_layout = QVBoxLayout(actions_box)
        self.action_table = QTableWidget(0, 4)
        self.action_table.setAccessibleName(tr("Action items"))
        self.action_table.setHorizontalHeaderLabels(
            [tr("Action"), tr("Owner"), tr("Due"), tr("Status")]
        )
        self._table_look(self.action_table, (90, 160, 110))
        self.action_table.itemChanged.connect(self._on_action_text_changed)
        actions_layout.addWidget(self.action_table)
        action_buttons = QHBoxLayout()
        add_action = QPushButton(tr("Add action item"))
        add_action.clicked.connect(self.add_action_item)
        remove_action = QPushButton(tr("Remove"))
        remove_action.clicked.connect(self.remove_action_item)
        action_buttons.addWidget(add_action)
        action_buttons.addWidget(remove_action)
        action_buttons.addStretch(1)
        actions_layout.addLayout(action_buttons)
        self.editor_layout.addWidget(actions_box)
        self.editor_layout.addStretch(1)

    @staticmethod
    def _table_look(table: QTableWidget, widths: Sequence[int]) -> None:
        """First column stretches; the others get fixed widths that fit their editors."""
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate(widths, start=1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            table.setColumnWidth(column, width)
        table.verticalHeader().hide()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(True)

    def fetch(self, person_id: int) -> Sequence[OneOnOne]:
        # The list needs dates only; the chosen meeting is read in full in ``fill``.
        return self.tab.repos.coaching.one_on_ones(person_id, with_items=False)

    def label(self, record: OneOnOne) -> str:
        when = record.scheduled_at
        upcoming = self._upcoming_text if when.date() >= self._today else ""
        return f"{human_date_time(when)}{upcoming}"

    def load(self, person: Person, select_id: int | None = None) -> None:
        # Read once per load: a person may have hundreds of meetings to label.
        self._today, self._upcoming_text = self.tab.today(), tr(" · upcoming")
        super().load(person, select_id)

    def first_editor(self) -> QWidget:
        return self.when

    def new_fields(self) -> dict[str, Any]:
        return {"scheduled_at": self.tab.next_meeting_time()}

    def fill(self, record: OneOnOne) -> None:
        full = self.tab.repos.coaching.get_one_on_one(record.id)
        assert full is not None
        self.current = record = full
        self._records[record.id] = full
        self.when.blockSignals(True)
        self.when.setDateTime(qdatetime(record.scheduled_at))
        self.when.blockSignals(False)
        set_quietly(self.notes, record.notes)
        self.agenda.blockSignals(True)
        self.agenda.clear()
        for line in record.agenda:
            self._add_agenda_item(line.text, line.source)
        self.agenda.blockSignals(False)
        self._fill_actions(record)
        self._fill_carried(record)
        self._fill_practice(record)

    def _on_when_changed(self, value: QDateTime) -> None:
        when: dt.datetime = value.toPython()  # type: ignore[assignment]
        self._changed("scheduled_at", when.replace(second=0, microsecond=0))

    # practice follow-up ----------------------------------------------------------------------

    def _fill_practice(self, record: OneOnOne) -> None:
        assert self.person is not None
        step = self.tab.repos.coaching.last_practice_step(
            self.person.id, record.scheduled_at.date()
        )
        self._practice_id = step.id if step is not None else None
        self.practice_box.setVisible(step is not None)
        if step is None:
            return
        self.practice_step.setText(
            tr("{0} (coaching on {1})").format(step.next_step.strip(), human_date(step.held_on))
        )
        self.show_choice(self.practice_outcome, step.practice_outcome)
        set_quietly(self.practice_note, step.practice_note)

    def _save_practice(self) -> None:
        practice_id = self._practice_id
        if practice_id is None:
            return
        outcome, note = self.practice_outcome.currentData(), self.practice_note.text()
        self.tab.autosave.schedule(
            f"coaching:{practice_id}:practice",
            lambda: self.tab.repos.coaching.update(
                "coaching", practice_id, practice_outcome=outcome, practice_note=note
            ),
        )

    # carried-over action items ---------------------------------------------------------------

    def _fill_carried(self, record: OneOnOne) -> None:
        assert self.person is not None
        carried = self.tab.repos.coaching.open_items_before(self.person.id, record.scheduled_at)
        self.carried_box.setVisible(bool(carried))
        self.carried.setRowCount(len(carried))
        for row, entry in enumerate(carried):
            item = entry.item
            due = human_date(item.due_on) if item.due_on else ""
            from_meeting = human_date(entry.from_meeting.date())
            owner_text = self._owner_label(item.owner)
            for column, text in enumerate((item.text, owner_text, due, from_meeting)):
                self.carried.setItem(row, column, QTableWidgetItem(text))
            status = choice_combo(ACTION_STATUSES, "Status of carried action")
            status.activated.connect(
                lambda _=0, c=status, i=item.id: self._close_carried(i, c.currentData())
            )
            self.carried.setCellWidget(row, 4, status)
        fit_rows(self.carried)

    def _close_carried(self, item_id: int, status: str) -> None:
        closed = self.tab.today() if status != "open" else None
        self.tab.repos.coaching.update("action_item", item_id, status=status, closed_on=closed)
        self.tab.record_changed()

    # agenda ----------------------------------------------------------------------------------

    def _add_agenda_item(self, text: str, source: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, source)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.agenda.addItem(item)
        return item

    def agenda_lines(self) -> list[tuple[str, str]]:
        lines = []
        for row in range(self.agenda.count()):
            item = self.agenda.item(row)
            if item.text().strip():
                lines.append((item.text().strip(), item.data(Qt.ItemDataRole.UserRole)))
        return lines

    def _save_agenda(self) -> None:
        if self.current is None:
            return
        meeting_id, lines = self.current.id, self.agenda_lines()
        self.tab.autosave.schedule(
            f"agenda:{meeting_id}", lambda: self.tab.repos.coaching.set_agenda(meeting_id, lines)
        )

    def add_agenda_line(self) -> None:
        item = self._add_agenda_item(tr("New agenda item"), "own")
        self.agenda.setCurrentItem(item)
        self.agenda.editItem(item)
        self._save_agenda()

    def remove_agenda_line(self) -> None:
        row = self.agenda.currentRow()
        if row >= 0:
            self.agenda.takeItem(row)
            self._save_agenda()

    def move_agenda_line(self, step: int) -> None:
        row = self.agenda.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.agenda.count():
            return
        self.agenda.blockSignals(True)
        item = self.agenda.takeItem(row)
        self.agenda.insertItem(target, item)
        self.agenda.setCurrentRow(target)
        self.agenda.blockSignals(False)
        self._save_agenda()

    def prepare(self) -> None:
        if self.current is not None:
            self.tab.prepare_one_on_one(self.current.scheduled_at.date())

    def export_agenda(self) -> None:
        if self.current is not None and self.person is not None:
            self.tab.flush_pending_edits()
            lines = [text for text, _source in self.agenda_lines()]
            self.tab.export_agenda(self.person.name, self.current.scheduled_at, lines)

    # action items ----------------------------------------------------------------------------

    def _owner_label(self, owner: str) -> str:
        """Who owns an action, as the person reads it: their first name, or "Me"."""
        if owner == "them" and self.person is not None and self.person.name.strip():
            return self.person.name.split()[0]
        return tr(dict(ACTION_OWNERS)[owner])

    def _fill_actions(self, record: OneOnOne) -> None:
        self.action_table.blockSignals(True)
        self.action_table.setRowCount(len(record.action_items))
        for row, action in enumerate(record.action_items):
            text = QTableWidgetItem(action.text)
            text.setData(Qt.ItemDataRole.UserRole, action.id)
            self.action_table.setItem(row, 0, text)
            owner = choice_combo(ACTION_OWNERS, "Owner")
            owner.setItemText(owner.findData("them"), self._owner_label("them"))
            self.show_choice(owner, action.owner)
            owner.activated.connect(
                lambda _=0, c=owner, i=action.id: self._save_action(i, owner=c.currentData())
            )
            self.action_table.setCellWidget(row, 1, owner)
            due = DateEdit(optional=True)
            due.setAccessibleName(tr("Due date"))
            due.set_value(action.due_on)
            due.dateChanged.connect(
                lambda _=None, d=due, i=action.id: self._save_action(i, due_on=d.value())
            )
            self.action_table.setCellWidget(row, 2, due)
            status = choice_combo(ACTION_STATUSES, "Status")
            self.show_choice(status, action.status)
            status.activated.connect(
                lambda _=0, c=status, i=action.id: self._save_action(
                    i,
                    status=c.currentData(),
                    closed_on=self.tab.today() if c.currentData() != "open" else None,
                )
            )
            self.action_table.setCellWidget(row, 3, status)
        self.action_table.blockSignals(False)
        fit_rows(self.action_table, min_rows=2)

    def _save_action(self, action_id: int, **fields: Any) -> None:
        self.tab.autosave.schedule(
            f"action:{action_id}:{','.join(sorted(fields))}",
            lambda: self.tab.repos.coaching.update("action_item", action_id, **fields),
        )

    def _on_action_text_changed(self, item: QTableWidgetItem) -> None:
        action_id = item.data(Qt.ItemDataRole.UserRole)
        if item.column() == 0 and action_id is not None:
            self._save_action(action_id, text=item.text())

    def add_action_item(self, text: str = "", owner: str = "them") -> int | None:
        if self.current is None:
            return None
        self.tab.flush_pending_edits()
        coaching = self.tab.repos.coaching
        action_id = coaching.add(
            "action_item",
            one_on_one_id=self.current.id,
            position=coaching.next_action_position(self.current.id),
            text=text,
            owner=owner,
        )
        self.reload()
        row = self.action_table.rowCount() - 1
        self.action_table.setCurrentCell(row, 0)
        cell = self.action_table.item(row, 0)
        if not text and cell is not None:
            self.action_table.editItem(cell)
        return action_id

    def remove_action_item(self) -> None:
        row = self.action_table.currentRow()
        item = self.action_table.item(row, 0) if row >= 0 else None
        if item is None:
            return
        self.tab.flush_pending_edits()
        self.tab.repos.coaching.delete("action_item", item.data(Qt.ItemDataRole.UserRole))
        self.reload()


# --- coaching conversations ---------------------------------------------------------------


class CoachingSection(RecordSection):
    kind = "coaching"
    new_text = "New coaching conversation"
    empty_text = (
        "No coaching conversations with {name} yet. Pick one skill, describe one real "
        "situation and its impact, and agree one small step to practise."
    )

    def tags(self) -> list[tuple[str, str]]:
        return [
            ("lead", tr("Coaching on one real situation grows a skill faster than general advice."))
        ]

    def __init__(self, tab: CoachingLogTab) -> None:
        super().__init__(tab)
        self.held_on = self.date_field("held_on", "Held on")
        self.skill = self.text_field(
            "skill", "Skill in focus", QLineEdit(), "e.g. Running an escalation call"
        )
        self.situation = self.text_field(
            "situation", "Situation", paragraph(), "When and where, exactly? One real moment."
        )
        self.impact = self.text_field(
            "impact", "Impact", paragraph(), "What did it cause, for whom?"
        )
        self.great = self.text_field(
            "great_looks_like",
            "What great looks like",
            paragraph(),
            "Describe it so they could picture doing it",
        )
        self.next_step = self.text_field(
            "next_step",
            "Next practice step",
            paragraph(56),
            "One small step to try before you next meet",
        )
        self.follow_up = self.date_field("follow_up_on", "Follow up on", optional=True)
        self.outcome = self.choice_field(
            "practice_outcome", "Did the practice happen?", PRACTICE_OUTCOMES
        )
        self.outcome_note = self.text_field(
            "practice_note", "What happened", QLineEdit(), "Asked at the next one-on-one"
        )
        self.editor_layout.addStretch(1)

    def fetch(self, person_id: int) -> Sequence[CoachingConversation]:
        return self.tab.repos.coaching.coaching(person_id)

    def label(self, record: CoachingConversation) -> str:
        return f"{human_date(record.held_on)}\n{first_line(record.skill) or tr('Coaching')}"

    def first_editor(self) -> QWidget:
        return self.skill

    def new_fields(self) -> dict[str, Any]:
        today = self.tab.today()
        return {"held_on": today, "follow_up_on": today + dt.timedelta(days=7)}

    def fill(self, record: CoachingConversation) -> None:
        self.held_on.set_value(record.held_on)
        for editor, field in (
            (self.skill, "skill"),
            (self.situation, "situation"),
            (self.impact, "impact"),
            (self.great, "great_looks_like"),
            (self.next_step, "next_step"),
            (self.outcome_note, "practice_note"),
        ):
            set_quietly(editor, getattr(record, field))
        self.follow_up.set_value(record.follow_up_on)
        self.show_choice(self.outcome, record.practice_outcome)


# --- improvement plans --------------------------------------------------------------------


class PlanSection(RecordSection):
    kind = "plan"
    new_text = "New improvement plan"
    empty_text = (
        "No improvement plans for {name}. Use one when a behaviour needs to change: say "
        "what, what good looks like, the support you give, and check in weekly."
    )

    def tags(self) -> list[tuple[str, str]]:
        return [
            (
                "manage",
                tr(
                    "A clear, time-boxed plan is fair: you both know what good looks like, "
                    "and by when."
                ),
            )
        ]

    def __init__(self, tab: CoachingLogTab) -> None:
        super().__init__(tab)
        self.started_on = self.date_field("started_on", "Started on")
        self.behaviour = self.text_field(
            "behaviour",
            "Behaviour to change",
            paragraph(56),
            "What happens now, in observable terms",
        )
        self.expected = self.text_field(
            "expected", "Expected behaviour", paragraph(56), "What should happen instead"
        )
        self.support = self.text_field(
            "support", "Support offered", paragraph(56), "What you will do to make it possible"
        )
        period = QHBoxLayout()
        self.cadence = QSpinBox()
        self.cadence.setRange(1, 60)
        self.cadence.setSuffix(tr(" days"))
        self.cadence.setAccessibleName(tr("Check in every"))
        self.cadence.valueChanged.connect(lambda v: self._period_changed("cadence_days", v))
        self.length = QSpinBox()
        self.length.setRange(1, 52)
        self.length.setSuffix(tr(" weeks"))
        self.length.setAccessibleName(tr("Plan length"))
        self.length.valueChanged.connect(lambda v: self._period_changed("length_weeks", v))
        period.addWidget(QLabel(tr("every")))
        period.addWidget(self.cadence)
        period.addWidget(QLabel(tr("for")))
        period.addWidget(self.length)
        period.addStretch(1)
        self.form.addRow(tr("Check in"), period)
        self.measure = self.text_field(
            "success_measure", "Success measure", QLineEdit(), "How you will both know it worked"
        )
        self.status = self.choice_field("status", "Status", PLAN_STATUSES)
        self.status.activated.connect(lambda *_: self._status_changed())
        self.due_label = QLabel()
        self.form.addRow(tr("Next check-in"), self.due_label)

        checkins_box = QGroupBox(tr("Check-ins"))
        checkins_layout = QVBoxLayout(checkins_box)
        self.checkins = QTableWidget(0, 3)
        self.checkins.setAccessibleName(tr("Plan check-ins"))
        self.checkins.setHorizontalHeaderLabels([tr("Date"), tr("Progress"), tr("Note")])
        header = self.checkins.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.checkins.verticalHeader().hide()
        self.checkins.itemChanged.connect(self._on_checkin_note_changed)
        checkins_layout.addWidget(self.checkins)
        row = QHBoxLayout()
        self.add_checkin_button = QPushButton(tr("Add check-in"))
        self.add_checkin_button.clicked.connect(lambda: self.add_checkin())
        row.addWidget(self.add_checkin_button)
        row.addStretch(1)
        checkins_layout.addLayout(row)
        self.editor_layout.addWidget(checkins_box)
        self.editor_layout.addStretch(1)

    def fetch(self, person_id: int) -> Sequence[ImprovementPlan]:
        return self.tab.repos.coaching.plans(person_id)

    def label(self, record: ImprovementPlan) -> str:
        status = dict(PLAN_STATUSES)[record.status]
        return f"{human_date(record.started_on)} · {tr(status)}\n{first_line(record.behaviour)}"

    def first_editor(self) -> QWidget:
        return self.behaviour

    def new_fields(self) -> dict[str, Any]:
        return {
            "started_on": self.tab.today(),
            "cadence_days": DEFAULT_CADENCE_DAYS,
            "length_weeks": DEFAULT_LENGTH_WEEKS,
        }

    def fill(self, record: ImprovementPlan) -> None:
        self.started_on.set_value(record.started_on)
        for editor, field in (
            (self.behaviour, "behaviour"),
            (self.expected, "expected"),
            (self.support, "support"),
            (self.measure, "success_measure"),
        ):
            set_quietly(editor, getattr(record, field))
        for spin, value in (
            (self.cadence, record.cadence_days),
            (self.length, record.length_weeks),
        ):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self.show_choice(self.status, record.status)
        self.checkins.blockSignals(True)
        self.checkins.setRowCount(len(record.checkins))
        for row, checkin in enumerate(record.checkins):
            day = QTableWidgetItem(human_date(checkin.checked_on))
            day.setFlags(day.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.checkins.setItem(row, 0, day)
            progress = QSpinBox()
            progress.setRange(1, 5)
            progress.setSuffix(tr(" / 5"))
            progress.setAccessibleName(tr("Progress"))
            progress.setValue(checkin.progress)
            progress.valueChanged.connect(lambda v, i=checkin.id: self._save_checkin(i, progress=v))
            self.checkins.setCellWidget(row, 1, progress)
            note = QTableWidgetItem(checkin.note)
            note.setData(Qt.ItemDataRole.UserRole, checkin.id)
            self.checkins.setItem(row, 2, note)
        self.checkins.blockSignals(False)
        fit_rows(self.checkins, min_rows=2)
        self._show_due(record)

    def _show_due(self, record: ImprovementPlan) -> None:
        due = next_plan_checkin(record, record.checkins)
        end = human_date(plan_end_date(record))
        if due is None:
            text = (
                tr("None — the plan is closed.")
                if record.status != "active"
                else tr(
                    "All check-ins done; the plan ended on {0}. Decide: met or not met?"
                ).format(end)
            )
        elif due < self.tab.today():
            text = tr("Overdue since {0} (plan ends {1})").format(human_date(due), end)
        else:
            text = tr("{0} (plan ends {1})").format(human_date(due), end)
        self.due_label.setText(text)
        overdue = due is not None and due < self.tab.today()
        self.due_label.setStyleSheet("color: #b3261e; font-weight: bold;" if overdue else "")

    def _period_changed(self, field: str, value: int) -> None:
        self._changed(field, value)
        if self.current is not None:
            self._show_due(self.current)

    def _status_changed(self) -> None:
        if self.current is None:
            return
        closed = self.tab.today() if self.current.status != "active" else None
        self._changed("closed_on", closed)
        self._show_due(self.current)
        self.tab.record_changed()

    def add_checkin(self, progress: int = 3, note: str = "") -> int | None:
        if self.current is None:
            return None
        self.tab.flush_pending_edits()
        checkin_id = self.tab.repos.coaching.add(
            "plan_checkin",
            plan_id=self.current.id,
            checked_on=self.tab.today(),
            progress=progress,
            note=note,
        )
        self.reload()
        self.tab.record_changed()
        return checkin_id

    def _save_checkin(self, checkin_id: int, **fields: Any) -> None:
        self.tab.autosave.schedule(
            f"plan_checkin:{checkin_id}:{','.join(fields)}",
            lambda: self.tab.repos.coaching.update("plan_checkin", checkin_id, **fields),
        )

    def _on_checkin_note_changed(self, item: QTableWidgetItem) -> None:
        checkin_id = item.data(Qt.ItemDataRole.UserRole)
        if item.column() == 2 and checkin_id is not None:
            self._save_checkin(checkin_id, note=item.text())


# --- recognition --------------------------------------------------------------------------


class RecognitionSection(RecordSection):
    kind = "recognition"
    new_text = "New recognition"
    empty_text = (
        "Nothing recognised for {name} yet. Name one thing they did and what it made "
        "possible; specific praise tells people what to repeat."
    )

    def tags(self) -> list[tuple[str, str]]:
        return [("lead", tr("Naming what someone did and its effect tells them what to repeat."))]

    def __init__(self, tab: CoachingLogTab) -> None:
        super().__init__(tab)
        self.given_on = self.date_field("given_on", "Date")
        self.what = self.text_field(
            "what_they_did", "What they did", paragraph(56), "What exactly did they do?"
        )
        self.impact = self.text_field(
            "impact", "Its impact", paragraph(56), "What did it change, for whom?"
        )
        self.hint = ImpactHint()
        self.form.addRow("", self.hint)
        for editor in (self.what, self.impact):
            editor.textChanged.connect(
                lambda *_: self.hint.check(text_of(self.what), text_of(self.impact))
            )
        self.source = QLabel()
        self.source.setStyleSheet("color: palette(placeholder-text);")
        self.form.addRow("", self.source)
        self.editor_layout.addStretch(1)

    def fetch(self, person_id: int) -> Sequence[Recognition]:
        return self.tab.repos.coaching.recognitions(person_id)

    def label(self, record: Recognition) -> str:
        return f"{human_date(record.given_on)}\n{first_line(record.what_they_did)}"

    def first_editor(self) -> QWidget:
        return self.what

    def new_fields(self) -> dict[str, Any]:
        return {"given_on": self.tab.today()}

    def fill(self, record: Recognition) -> None:
        self.given_on.set_value(record.given_on)
        set_quietly(self.what, record.what_they_did)
        set_quietly(self.impact, record.impact)
        self.hint.check(record.what_they_did, record.impact)
        self.source.setText(tr("Recorded in a Friday review.") if record.from_review else "")


# --- delegations --------------------------------------------------------------------------


class DelegationSection(RecordSection):
    kind = "delegation"
    new_text = "New delegation"
    empty_text = (
        "Nothing delegated to {name} yet. Hand over an outcome, not a task list: say what "
        "must be true at the end, the limits, and who decides what."
    )

    def tags(self) -> list[tuple[str, str]]:
        return [
            ("manage", tr("Clear outcomes, limits and decision rights let people own the work."))
        ]

    def __init__(self, tab: CoachingLogTab) -> None:
        super().__init__(tab)
        self.delegated_on = self.date_field("delegated_on", "Delegated on")
        self.outcome = self.text_field(
            "outcome", "Outcome", paragraph(56), "What is true when it is done?"
        )
        self.constraints = self.text_field(
            "constraints",
            "Constraints and non-negotiables",
            paragraph(56),
            "Budget, deadlines, quality bars",
        )
        self.rights = self.choice_field("decision_rights", "Decision rights", DECISION_RIGHTS)
        self.checkpoints = self.text_field(
            "checkpoints",
            "Agreed check-in points",
            paragraph(56),
            "When and how you will look at it together",
        )
        self.risk = self.choice_field("risk", "Risk", DELEGATION_RISKS)
        self.risk.activated.connect(lambda *_: self._show_reasoning())
        self.reasoning = self.text_field(
            "reasoning",
            "Why we decide together",
            paragraph(56),
            "Your reasoning, so you can revisit it later",
        )
        self.status = self.choice_field("status", "Status", (("open", "Open"), ("done", "Done")))
        self.editor_layout.addStretch(1)

    def fetch(self, person_id: int) -> Sequence[Delegation]:
        return self.tab.repos.coaching.delegations(person_id)

    def label(self, record: Delegation) -> str:
        done = tr(" · done") if record.status == "done" else ""
        return f"{human_date(record.delegated_on)}{done}\n{first_line(record.outcome)}"

    def first_editor(self) -> QWidget:
        return self.outcome

    def new_fields(self) -> dict[str, Any]:
        return {"delegated_on": self.tab.today()}

    def fill(self, record: Delegation) -> None:
        self.delegated_on.set_value(record.delegated_on)
        for editor, field in (
            (self.outcome, "outcome"),
            (self.constraints, "constraints"),
            (self.checkpoints, "checkpoints"),
            (self.reasoning, "reasoning"),
        ):
            set_quietly(editor, getattr(record, field))
        self.show_choice(self.rights, record.decision_rights)
        self.show_choice(self.risk, record.risk)
        self.show_choice(self.status, record.status)
        self._show_reasoning()

    def _show_reasoning(self) -> None:
        high = self.risk.currentData() == "high"
        self.form.setRowVisible(self.reasoning, high)


# --- timeline -----------------------------------------------------------------------------


class TimelineModel(RowsTableModel[TimelineEntry]):
    """A person's history as rows: date, kind, title, detail."""

    COL_DATE, COL_KIND, COL_TITLE, COL_DETAIL = range(4)
    HEADERS: ClassVar[tuple[str, ...]] = ("Date", "Kind", "What", "Detail")
    CONTEXT: ClassVar[str] = "CoachingLog"
    KIND_LABELS: ClassVar[dict[str, str]] = {
        "one_on_one": "One-on-one",
        "coaching": "Coaching",
        "plan": "Improvement plan",
        "plan_checkin": "Plan check-in",
        "recognition": "Recognition",
        "delegation": "Delegation",
        "feedback": "Feedback",
    }

    def entry(self, row: int) -> TimelineEntry:
        return self.row_at(row)

    def cell_text(self, entry: TimelineEntry, column: int) -> str:
        if column == self.COL_DATE:
            return human_date(entry.when)
        if column == self.COL_KIND:
            return tr(self.KIND_LABELS[entry.kind])
        return entry.title if column == self.COL_TITLE else entry.detail


class TimelineSection(QWidget):
    """Everything about the person in date order, filterable by kind."""

    def __init__(self, tab: CoachingLogTab, open_entry: Callable[[TimelineEntry], None]) -> None:
        super().__init__()
        self.tab = tab
        self._entries: list[TimelineEntry] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        row = QHBoxLayout()
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(tr("Show in the timeline"))
        self.kind_filter.addItem(tr("Everything"), None)
        for kind, label in TIMELINE_KINDS:
            self.kind_filter.addItem(tr(label), kind)
        self.kind_filter.currentIndexChanged.connect(lambda *_: self._apply_filter())
        self.count_label = QLabel()
        row.addWidget(QLabel(tr("Show")))
        row.addWidget(self.kind_filter)
        row.addStretch(1)
        row.addWidget(self.count_label)
        layout.addLayout(row)
        self.model = TimelineModel()
        self.view = QTableView()
        self.view.setAccessibleName(tr("Timeline"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(TimelineModel.COL_DATE, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(TimelineModel.COL_KIND, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(TimelineModel.COL_TITLE, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.setColumnWidth(TimelineModel.COL_DATE, 130)  # "Wed 30 Dec 2026"
        self.view.setColumnWidth(TimelineModel.COL_KIND, 120)
        self.view.setColumnWidth(TimelineModel.COL_TITLE, 340)
        self.view.activated.connect(lambda index: open_entry(self.model.entry(index.row())))
        self.view.doubleClicked.connect(lambda index: open_entry(self.model.entry(index.row())))
        self.empty = hint_label()
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        # With no records the table hides: this keeps the filter row and the sentence at
        # the top instead of both floating mid-page.
        layout.addStretch(0)

    def load(self, person: Person) -> None:
        self._entries = self.tab.repos.coaching.timeline(person.id)
        first_name = person.name.split()[0] if person.name.split() else person.name
        self.empty.setText(
            tr(
                "Nothing about {0} yet. One-on-ones, coaching, plans, recognition and "
                "delegations all show up here, newest first."
            ).format(first_name)
        )
        self._apply_filter()

    def _apply_filter(self) -> None:
        kind = self.kind_filter.currentData()
        kinds = {kind} if kind != "plan" else {"plan", "plan_checkin"}
        rows = self._entries if kind is None else [e for e in self._entries if e.kind in kinds]
        self.model.set_rows(rows)
        self.count_label.setText(tr_n("%n entries", len(rows), "%n entry"))
        self.empty.setVisible(not self._entries)
        self.view.setVisible(bool(self._entries))
