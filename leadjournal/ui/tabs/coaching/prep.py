"""Prepare one-on-one: an agenda assembled offline, edited, then kept with the meeting."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from leadjournal.db.enums import AgendaSource
from leadjournal.db.models import Person
from leadjournal.i18n import QT_TRANSLATE_NOOP, tr
from leadjournal.services.coaching import AgendaLine
from leadjournal.ui import theme
from leadjournal.ui.forms import DateEdit
from leadjournal.ui.tabs.coaching.context import CoachingContext

SOURCE_LABELS: dict[str, str] = {
    AgendaSource.ACTION: QT_TRANSLATE_NOOP("", "Open action"),
    AgendaSource.PRACTICE: QT_TRANSLATE_NOOP("", "Practice step"),
    AgendaSource.PLAN: QT_TRANSLATE_NOOP("", "Improvement plan"),
    AgendaSource.BLOCKER: QT_TRANSLATE_NOOP("", "Blocker"),
    AgendaSource.SLIPPED: QT_TRANSLATE_NOOP("", "Slipped task"),
    AgendaSource.RECOGNITION: QT_TRANSLATE_NOOP("", "Recognition"),
    AgendaSource.FEEDBACK: QT_TRANSLATE_NOOP("", "Their feedback"),
    AgendaSource.DELEGATION: QT_TRANSLATE_NOOP("", "Delegation"),
    AgendaSource.QUESTION: QT_TRANSLATE_NOOP("", "Coaching question"),
    AgendaSource.OWN: QT_TRANSLATE_NOOP("", "Your item"),
}


class PrepareOneOnOneDialog(QDialog):
    """Suggested agenda lines the user reorders, edits and removes before the meeting."""

    def __init__(
        self,
        context: CoachingContext,
        person: Person,
        meeting_on: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.person = person
        self.setWindowTitle(tr("Prepare one-on-one with {0}").format(person.name))
        self.resize(720, 560)

        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Built from your journal: open actions, the last practice step, plan check-ins, "
                "blockers, recognition and their feedback. Double-click a line to edit it; "
                "keep only what matters this time."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        date_row = QHBoxLayout()
        date_row.addWidget(QLabel(tr("Meeting on")))
        self.meeting_on = DateEdit()
        self.meeting_on.setAccessibleName(tr("Meeting date"))
        self.meeting_on.set_value(meeting_on)
        self.meeting_on.dateChanged.connect(lambda *_: self.rebuild())
        date_row.addWidget(self.meeting_on)
        date_row.addWidget(QLabel(tr("at")))
        # The agenda goes to the one-on-one already booked that day, at its time; with
        # none booked, the person says when it will be rather than getting a guess.
        self.meeting_at = QTimeEdit()
        self.meeting_at.setDisplayFormat("HH:mm")
        self.meeting_at.setAccessibleName(tr("Meeting time"))
        date_row.addWidget(self.meeting_at)
        self.time_note = QLabel()
        theme.set_role(self.time_note, "caption")
        date_row.addWidget(self.time_note, 1)
        layout.addLayout(date_row)

        body = QHBoxLayout()
        self.lines = QListWidget()
        self.lines.setAccessibleName(tr("Agenda lines"))
        self.lines.setWordWrap(True)
        self.lines.setSpacing(2)
        self.lines.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        body.addWidget(self.lines, 1)
        buttons = QVBoxLayout()
        for text, slot in (
            (tr("Add line"), self.add_line),
            (tr("Remove"), self.remove_line),
            (tr("Move up"), lambda: self.move_line(-1)),
            (tr("Move down"), lambda: self.move_line(1)),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        body.addLayout(buttons)
        layout.addLayout(body, 1)

        self.button_box = QDialogButtonBox()
        self.use_button = self.button_box.addButton(
            tr("Use as agenda"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.use_button.setDefault(True)
        theme.set_role(self.use_button, "primary")
        export = self.button_box.addButton(tr("Export…"), QDialogButtonBox.ButtonRole.ActionRole)
        export.clicked.connect(self.export)
        self.button_box.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        layout.addWidget(self.button_box)
        self.rebuild()

    def meeting_day(self) -> dt.date:
        day = self.meeting_on.value()
        assert day is not None
        return day

    def meeting_time(self) -> dt.time:
        at: dt.time = self.meeting_at.time().toPython()  # type: ignore[assignment]
        return at.replace(second=0, microsecond=0)

    def _show_meeting_time(self) -> None:
        """The booked one-on-one's time that day (fixed here), or a time to choose."""
        log = self.context.log
        booked = log.one_on_one_on(self.person.id, self.meeting_day())
        at = booked.scheduled_at.time() if booked else log.meeting_time_for(self.person.id)
        self.meeting_at.setTime(QTime(at.hour, at.minute))
        self.meeting_at.setEnabled(booked is None)
        self.time_note.setText(
            tr("their one-on-one booked that day")
            if booked
            else tr("no one-on-one booked that day yet: choose its time")
        )

    def rebuild(self) -> None:
        """Ask the journal again for the chosen date (discards edits to the list)."""
        self._show_meeting_time()
        self.lines.clear()
        day = self.meeting_day()
        lines = self.context.log.agenda_for(self.person.id, day)
        for line in lines:
            self._add(line)

    def _add(self, line: AgendaLine) -> QListWidgetItem:
        item = QListWidgetItem(line.text)
        item.setData(Qt.ItemDataRole.UserRole, line.source)
        label = SOURCE_LABELS.get(line.source, SOURCE_LABELS[AgendaSource.OWN])
        item.setToolTip(tr(label))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.lines.addItem(item)
        return item

    def agenda(self) -> list[AgendaLine]:
        result = []
        for row in range(self.lines.count()):
            item = self.lines.item(row)
            if item.text().strip():
                result.append(AgendaLine(item.data(Qt.ItemDataRole.UserRole), item.text().strip()))
        return result

    def add_line(self) -> None:
        item = self._add(AgendaLine(AgendaSource.OWN, tr("New agenda item")))
        self.lines.setCurrentItem(item)
        self.lines.editItem(item)

    def remove_line(self) -> None:
        row = self.lines.currentRow()
        if row >= 0:
            self.lines.takeItem(row)

    def move_line(self, step: int) -> None:
        row = self.lines.currentRow()
        target = row + step
        if row >= 0 and 0 <= target < self.lines.count():
            item = self.lines.takeItem(row)
            self.lines.insertItem(target, item)
            self.lines.setCurrentRow(target)

    def export(self) -> None:
        when = dt.datetime.combine(self.meeting_day(), self.meeting_time())
        self.context.export_agenda(self.person.name, when, [line.text for line in self.agenda()])
