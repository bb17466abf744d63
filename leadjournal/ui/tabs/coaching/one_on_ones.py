"""One-on-ones: when, the agenda, notes, action items, and what is still open from before."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Unpack

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leadjournal.db.enums import ActionOwner, AgendaSource
from leadjournal.db.models import OneOnOne, Person
from leadjournal.db.repositories.coaching_fields import ActionItemFields
from leadjournal.i18n import QT_TRANSLATE_NOOP, tr
from leadjournal.services.coaching import ACTION_OWNERS, ACTION_STATUSES, PRACTICE_OUTCOMES
from leadjournal.text import human_date_time
from leadjournal.ui.forms import (
    DATE_FORMAT,
    DateEdit,
    human_date,
    paragraph,
    qdatetime,
    set_quietly,
)
from leadjournal.ui.tabs.coaching.context import CoachingContext
from leadjournal.ui.tabs.coaching.record_section import RecordSection
from leadjournal.ui.tabs.coaching.widgets import choice_combo, first_name, fit_rows, table_look


class OneOnOneSection(RecordSection):
    kind = "one_on_one"
    new_text = QT_TRANSLATE_NOOP("", "New one-on-one")
    list_name = QT_TRANSLATE_NOOP("", "one-on-one list")
    empty_text = QT_TRANSLATE_NOOP(
        "",
        "No one-on-ones with {name} yet. Schedule one, or use “Prepare one-on-one…” to "
        "build the agenda from what the journal already knows.",
    )

    def tags(self) -> list[tuple[str, str]]:
        return [
            ("lead", tr("Regular one-on-ones are where trust, coaching and early warnings happen."))
        ]

    def __init__(self, context: CoachingContext) -> None:
        super().__init__(context)
        self._today, self._upcoming_text = context.today(), ""
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
        self.practice_box.setProperty("role", "card")
        practice_form = QFormLayout(self.practice_box)
        self.practice_step = QLabel()
        self.practice_step.setWordWrap(True)
        self.practice_outcome = choice_combo(PRACTICE_OUTCOMES, tr("Did the practice happen?"))
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
        self.carried_box.setProperty("role", "card")
        carried_layout = QVBoxLayout(self.carried_box)
        self.carried = QTableWidget(0, 5)
        self.carried.setAccessibleName(tr("Open action items from earlier one-on-ones"))
        self.carried.setHorizontalHeaderLabels(
            [tr("Action"), tr("Owner"), tr("Due"), tr("From"), tr("Status")]
        )
        table_look(self.carried, (70, 110, 110, 110))
        self.carried.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        carried_layout.addWidget(self.carried)
        self.editor_layout.addWidget(self.carried_box)

        self._build_agenda()

        notes_form = QFormLayout()
        self.notes = paragraph(90)
        self.notes.setAccessibleName(tr("Notes"))
        self.notes.setPlaceholderText(tr("What you talked about, what you noticed"))
        self.notes.textChanged.connect(lambda *_: self._changed("notes", self.notes.toPlainText()))
        notes_form.addRow(tr("Notes"), self.notes)
        self.editor_layout.addLayout(notes_form)

        self._build_actions()
        self.editor_layout.addStretch(1)

    def _build_agenda(self) -> None:
        agenda_box = QGroupBox(tr("Agenda"))
        agenda_box.setProperty("role", "card")
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
            button.setProperty("role", "quiet")
            button.clicked.connect(slot)
            agenda_buttons.addWidget(button)
        self.export_button = QPushButton(tr("Export…"))
        self.export_button.setProperty("role", "quiet")
        self.export_button.setToolTip(tr("Save the agenda as Markdown or PDF, or print it"))
        self.export_button.clicked.connect(self.export_agenda)
        agenda_buttons.addWidget(self.export_button)
        agenda_buttons.addStretch(1)
        agenda_layout.addLayout(agenda_buttons)
        self.editor_layout.addWidget(agenda_box)

    def _build_actions(self) -> None:
        actions_box = QGroupBox(tr("Action items"))
        actions_box.setProperty("role", "card")
        actions_layout = QVBoxLayout(actions_box)
        self.action_table = QTableWidget(0, 4)
        self.action_table.setAccessibleName(tr("Action items"))
        self.action_table.setHorizontalHeaderLabels(
            [tr("Action"), tr("Owner"), tr("Due"), tr("Status")]
        )
        table_look(self.action_table, (90, 160, 110))
        self.action_table.itemChanged.connect(self._on_action_text_changed)
        actions_layout.addWidget(self.action_table)
        action_buttons = QHBoxLayout()
        add_action = QPushButton(tr("Add action item"))
        add_action.setProperty("role", "quiet")
        add_action.clicked.connect(lambda: self.add_action_item())
        remove_action = QPushButton(tr("Remove"))
        remove_action.setProperty("role", "quiet")
        remove_action.clicked.connect(self.remove_action_item)
        action_buttons.addWidget(add_action)
        action_buttons.addWidget(remove_action)
        action_buttons.addStretch(1)
        actions_layout.addLayout(action_buttons)
        self.editor_layout.addWidget(actions_box)

    def fetch(self, person_id: int) -> Sequence[OneOnOne]:
        # The list needs dates only; the chosen meeting is read in full in ``fill``.
        return self.context.log.one_on_ones(person_id)

    def label(self, record: OneOnOne) -> str:
        when = record.scheduled_at
        upcoming = self._upcoming_text if when.date() >= self._today else ""
        return f"{human_date_time(when)}{upcoming}"

    def load(self, person: Person, select_id: int | None = None) -> None:
        # Read once per load: a person may have hundreds of meetings to label.
        self._today, self._upcoming_text = self.context.today(), tr(" · upcoming")
        super().load(person, select_id)

    def first_editor(self) -> QWidget:
        return self.when

    def fill(self, record: OneOnOne) -> None:
        full = self.context.log.one_on_one(record.id)
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
        step = self.context.log.last_practice_step(self.person.id, record.scheduled_at.date())
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
        log = self.context.log
        self.context.autosave.schedule(
            f"coaching:{practice_id}:practice",
            lambda: log.save_practice(practice_id, outcome, note),
        )

    # carried-over action items ---------------------------------------------------------------

    def _fill_carried(self, record: OneOnOne) -> None:
        assert self.person is not None
        carried = self.context.log.open_items_before(self.person.id, record.scheduled_at)
        self.carried_box.setVisible(bool(carried))
        self.carried.setRowCount(len(carried))
        for row, entry in enumerate(carried):
            item = entry.item
            due = human_date(item.due_on) if item.due_on else ""
            from_meeting = human_date(entry.from_meeting.date())
            owner_text = self._owner_label(item.owner)
            for column, text in enumerate((item.text, owner_text, due, from_meeting)):
                self.carried.setItem(row, column, QTableWidgetItem(text))
            status = choice_combo(ACTION_STATUSES, tr("Status of carried action"))
            status.activated.connect(
                lambda _=0, c=status, i=item.id: self._close_carried(i, c.currentData())
            )
            self.carried.setCellWidget(row, 4, status)
        fit_rows(self.carried)

    def _close_carried(self, item_id: int, status: str) -> None:
        self.context.log.set_action_status(item_id, status, self.context.today())
        self.context.record_changed()

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
        log, meeting_id, lines = self.context.log, self.current.id, self.agenda_lines()
        self.context.autosave.schedule(
            f"agenda:{meeting_id}", lambda: log.set_agenda(meeting_id, lines)
        )

    def add_agenda_line(self) -> None:
        item = self._add_agenda_item(tr("New agenda item"), AgendaSource.OWN)
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
            self.context.prepare_one_on_one(self.current.scheduled_at.date())

    def export_agenda(self) -> None:
        if self.current is not None and self.person is not None:
            self.context.flush_pending_edits()
            lines = [text for text, _source in self.agenda_lines()]
            self.context.export_agenda(self.person.name, self.current.scheduled_at, lines)

    # action items ----------------------------------------------------------------------------

    def _owner_label(self, owner: str) -> str:
        """Who owns an action, as the person reads it: their first name, or "Me"."""
        if owner == ActionOwner.THEM and self.person is not None and self.person.name.strip():
            return first_name(self.person.name)
        return tr(dict(ACTION_OWNERS)[ActionOwner(owner)])

    def _fill_actions(self, record: OneOnOne) -> None:
        self.action_table.blockSignals(True)
        self.action_table.setRowCount(len(record.action_items))
        for row, action in enumerate(record.action_items):
            text = QTableWidgetItem(action.text)
            text.setData(Qt.ItemDataRole.UserRole, action.id)
            self.action_table.setItem(row, 0, text)
            owner = choice_combo(ACTION_OWNERS, tr("Owner"))
            owner.setItemText(owner.findData(ActionOwner.THEM), self._owner_label("them"))
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
            status = choice_combo(ACTION_STATUSES, tr("Status"))
            self.show_choice(status, action.status)
            status.activated.connect(
                lambda _=0, c=status, i=action.id: self._save_action_status(i, c.currentData())
            )
            self.action_table.setCellWidget(row, 3, status)
        self.action_table.blockSignals(False)
        fit_rows(self.action_table, min_rows=2)

    def _save_action(self, action_id: int, **fields: Unpack[ActionItemFields]) -> None:
        log = self.context.log
        self.context.autosave.schedule(
            f"action:{action_id}:{','.join(sorted(fields))}",
            lambda: log.update_action_item(action_id, **fields),
        )

    def _save_action_status(self, action_id: int, status: str) -> None:
        log, today = self.context.log, self.context.today()
        self.context.autosave.schedule(
            f"action:{action_id}:status", lambda: log.set_action_status(action_id, status, today)
        )

    def _on_action_text_changed(self, item: QTableWidgetItem) -> None:
        action_id = item.data(Qt.ItemDataRole.UserRole)
        if item.column() == 0 and action_id is not None:
            self._save_action(action_id, text=item.text())

    def add_action_item(self, text: str = "", owner: str = ActionOwner.THEM) -> int | None:
        if self.current is None:
            return None
        self.context.flush_pending_edits()
        action_id = self.context.log.add_action_item(self.current.id, text, owner)
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
        self.context.flush_pending_edits()
        self.context.log.remove_action_item(item.data(Qt.ItemDataRole.UserRole))
        self.reload()
