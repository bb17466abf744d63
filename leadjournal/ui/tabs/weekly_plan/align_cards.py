"""Thursday's record cards: touchpoints, decisions needed and the decision log.

Each card has a small form that adds a record (or saves the one being edited), a table,
and Edit / Delete for the chosen row. A deleted decision can be put back with "Undo".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
)

from leadjournal.db.enums import DecisionKind, TouchpointAnswer
from leadjournal.i18n import tr
from leadjournal.services.alignment import (
    DECISION_KINDS,
    TOUCHPOINT_ANSWERS,
    DeletedDecision,
    consulted_names,
    split_names,
)
from leadjournal.text import human_date
from leadjournal.ui import theme
from leadjournal.ui.forms import DateEdit, qdate
from leadjournal.ui.tabs.weekly_plan.context import WeekPageContext

Undo = Callable[[], None]


def _line(hint: str, name: str) -> QLineEdit:
    editor = QLineEdit()
    editor.setPlaceholderText(hint)
    editor.setAccessibleName(name)
    return editor


def _caption(text: str) -> QLabel:
    label = QLabel(text)
    theme.set_role(label, "caption")
    return label


class RecordCard(QGroupBox):
    """A card of records: a form, a table, Edit and Delete (with Undo where offered)."""

    def __init__(
        self,
        context: WeekPageContext,
        title: str,
        headers: Sequence[str],
        add_text: str,
        stretch: Sequence[int],
    ) -> None:
        super().__init__(title)
        self.context = context
        theme.set_role(self, "card")
        self.add_text = add_text
        self.editing: int | None = None  # the record the form is changing
        self.fit_rows = True
        self.stretch = tuple(stretch)
        self._ids: list[int] = []
        self._undo: Undo | None = None
        layout = QVBoxLayout(self)
        self.form = QGridLayout()
        layout.addLayout(self.form)
        self.add_button = QPushButton(add_text)
        theme.set_role(self.add_button, "quiet")
        self.add_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(tr("Cancel"))
        theme.set_role(self.cancel_button, "quiet")
        self.cancel_button.clicked.connect(self.stop_editing)
        self.cancel_button.hide()
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column in stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._enable_row_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.start_editing())
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_chosen)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.edit_button = QPushButton(tr("Edit"))
        self.delete_button = QPushButton(tr("Delete"))
        for button in (self.edit_button, self.delete_button):
            theme.set_role(button, "quiet")
            button.setEnabled(False)
            row.addWidget(button)
        self.edit_button.clicked.connect(self.start_editing)
        self.delete_button.clicked.connect(self.delete_chosen)
        self.status = QLabel()
        self.status.setWordWrap(True)
        theme.set_role(self.status, "caption")
        self.undo_button = QPushButton(tr("Undo"))
        theme.set_role(self.undo_button, "quiet")
        self.undo_button.clicked.connect(self.undo_delete)
        self.undo_button.hide()
        row.addWidget(self.status, 1)
        row.addWidget(self.undo_button)
        layout.addLayout(row)

    # --- what each card says --------------------------------------------------------------

    def save(self, record_id: int | None) -> bool:
        """Add a record from the form (``record_id`` None) or change that one; False
        when the form is not ready (the cursor is put where something is missing)."""
        raise NotImplementedError

    def fill(self, record_id: int) -> None:
        """Put the record into the form to change it."""
        raise NotImplementedError

    def clear_form(self) -> None:
        raise NotImplementedError

    def remove(self, record_id: int) -> tuple[str, Undo | None]:
        """Delete the record: what to say, and how to put it back (None: no undo)."""
        raise NotImplementedError

    def rows(self) -> list[tuple[int, list[str]]]:
        """The records to list: id and the cells."""
        raise NotImplementedError

    def after_change(self) -> None:
        """The journal changed: the page re-reads the week (its ✓, its draft's data)."""
        self.context.reload()

    # --- the shared behaviour ---------------------------------------------------------------

    def refresh(self) -> None:
        rows = self.rows()
        self._ids = [record_id for record_id, _cells in rows]
        self.table.setRowCount(len(rows))
        for index, (_record_id, cells) in enumerate(rows):
            for column, value in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(value))
        for column in range(self.table.columnCount()):
            if column not in self.stretch:
                self.table.resizeColumnToContents(column)
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(rows))
        if self.fit_rows:  # a short list is as tall as its rows; the page scrolls
            shown = sum(self.table.rowHeight(row) for row in range(min(len(rows), 8)))
            header = self.table.horizontalHeader().sizeHint().height()
            self.table.setFixedHeight(header + shown + 2 * self.table.frameWidth() + 2)
        self._enable_row_buttons()

    def chosen(self) -> int | None:
        row = self.table.currentRow()
        selected = self.table.selectionModel().hasSelection()
        return self._ids[row] if selected and 0 <= row < len(self._ids) else None

    def _enable_row_buttons(self) -> None:
        chosen = self.chosen() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.edit_button.setVisible(bool(self._ids))
        self.delete_button.setVisible(bool(self._ids))

    def submit(self) -> None:
        if not self.save(self.editing):
            return
        self.stop_editing()
        self.after_change()

    def start_editing(self) -> None:
        record_id = self.chosen()
        if record_id is None:
            return
        self.editing = record_id
        self.fill(record_id)
        self.add_button.setText(tr("Save changes"))
        self.cancel_button.show()

    def stop_editing(self) -> None:
        self.editing = None
        self.clear_form()
        self.add_button.setText(self.add_text)
        self.cancel_button.hide()

    def delete_chosen(self) -> None:
        record_id = self.chosen()
        if record_id is None:
            return
        if record_id == self.editing:
            self.stop_editing()
        message, self._undo = self.remove(record_id)
        self.status.setText(message)
        self.undo_button.setVisible(self._undo is not None)
        self.after_change()

    def undo_delete(self) -> None:
        undo, self._undo = self._undo, None
        self.undo_button.hide()
        if undo is not None:
            undo()
            self.status.setText(tr("Put back."))
        self.after_change()


class TouchpointCard(RecordCard):
    """Expectations checked with people outside the team."""

    def __init__(self, context: WeekPageContext) -> None:
        super().__init__(
            context,
            tr("Expectations checked outside the team"),
            [tr("When"), tr("With whom"), tr("What they expect"), tr("Confirmed?")],
            tr("Add touchpoint"),
            stretch=(2,),
        )
        self.with_whom = _line(tr("With whom"), tr("Touchpoint: with whom"))
        self.met_on = DateEdit()
        self.met_on.setAccessibleName(tr("Touchpoint date"))
        self.expectation = _line(tr("What they expect, in their words"), tr("Expectation checked"))
        self.confirmed = QComboBox()
        self.confirmed.setAccessibleName(tr("Was the expectation confirmed?"))
        for answer in TouchpointAnswer:
            self.confirmed.addItem(tr(TOUCHPOINT_ANSWERS[answer]), answer.value)
        self.confirmed.setCurrentIndex(self.confirmed.findData(TouchpointAnswer.YES.value))
        self.expectation.returnPressed.connect(self.submit)
        self.form.addWidget(self.with_whom, 0, 0)
        self.form.addWidget(self.met_on, 0, 1)
        self.form.addWidget(_caption(tr("Confirmed?")), 0, 2, Qt.AlignmentFlag.AlignRight)
        self.form.addWidget(self.confirmed, 0, 3)
        self.form.addWidget(self.expectation, 1, 0, 1, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.cancel_button)
        self.form.addLayout(buttons, 1, 2, 1, 2)
        self.form.setColumnStretch(0, 2)

    def rows(self) -> list[tuple[int, list[str]]]:
        week = self.context.week
        return [
            (
                t.id,
                [
                    human_date(t.met_on),
                    t.with_whom,
                    t.expectation,
                    tr(TOUCHPOINT_ANSWERS.get(t.confirmed, TOUCHPOINT_ANSWERS["not_yet"])),
                ],
            )
            for t in (week.touchpoints if week else [])
        ]

    def save(self, record_id: int | None) -> bool:
        week = self.context.week
        if week is None or not self.with_whom.text().strip():
            self.with_whom.setFocus()
            return False
        met_on = self.met_on.value()
        assert met_on is not None
        answer = str(self.confirmed.currentData())
        alignment = self.context.planner.alignment
        fields = (self.with_whom.text(), met_on, self.expectation.text(), answer)
        if record_id is None:
            alignment.add_touchpoint(week.id, *fields)
        else:
            alignment.update_touchpoint(record_id, *fields)
        return True

    def fill(self, record_id: int) -> None:
        week = self.context.week
        found = next((t for t in week.touchpoints if t.id == record_id), None) if week else None
        if found is None:
            return
        self.with_whom.setText(found.with_whom)
        self.met_on.set_value(found.met_on)
        self.expectation.setText(found.expectation)
        self.confirmed.setCurrentIndex(max(0, self.confirmed.findData(found.confirmed)))
        self.with_whom.setFocus()

    def clear_form(self) -> None:
        self.with_whom.clear()
        self.expectation.clear()

    def remove(self, record_id: int) -> tuple[str, Undo | None]:
        self.context.planner.alignment.delete_touchpoint(record_id)
        return tr("Touchpoint deleted."), None


class NeededCard(RecordCard):
    """Decisions the team needs from others: what, from whom, by when."""

    def __init__(self, context: WeekPageContext) -> None:
        super().__init__(
            context,
            tr("Decisions needed from others"),
            [tr("By"), tr("Decision needed"), tr("From whom")],
            tr("Add"),
            stretch=(1,),
        )
        self.what = _line(tr("What needs deciding"), tr("Decision needed"))
        self.from_whom = _line(tr("From whom"), tr("Decision needed from whom"))
        self.needed_by = DateEdit()
        self.needed_by.setAccessibleName(tr("Decision needed by"))
        self.what.returnPressed.connect(self.submit)
        self.form.addWidget(self.what, 0, 0)
        self.form.addWidget(self.from_whom, 0, 1)
        self.form.addWidget(self.needed_by, 0, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.cancel_button)
        self.form.addLayout(buttons, 0, 3)
        self.form.setColumnStretch(0, 3)
        self.form.setColumnStretch(1, 2)

    def rows(self) -> list[tuple[int, list[str]]]:
        week = self.context.week
        return [
            (
                n.id,
                [human_date(n.needed_by) if n.needed_by else tr("—"), n.what, n.from_whom],
            )
            for n in (week.decisions_needed if week else [])
        ]

    def save(self, record_id: int | None) -> bool:
        week = self.context.week
        if week is None or not self.what.text().strip():
            self.what.setFocus()
            return False
        alignment = self.context.planner.alignment
        fields = (self.what.text(), self.from_whom.text(), self.needed_by.value())
        if record_id is None:
            alignment.add_decision_needed(week.id, *fields)
        else:
            alignment.update_decision_needed(record_id, *fields)
        return True

    def fill(self, record_id: int) -> None:
        week = self.context.week
        found = (
            next((n for n in week.decisions_needed if n.id == record_id), None) if week else None
        )
        if found is None:
            return
        self.what.setText(found.what)
        self.from_whom.setText(found.from_whom)
        self.needed_by.set_value(found.needed_by)
        self.what.setFocus()

    def clear_form(self) -> None:
        self.what.clear()
        self.from_whom.clear()

    def remove(self, record_id: int) -> tuple[str, Undo | None]:
        self.context.planner.alignment.delete_decision_needed(record_id)
        return tr("Decision needed deleted."), None


class DecisionLogCard(RecordCard):
    """The decision log of every week: what, why, what kind, who was consulted."""

    def __init__(self, context: WeekPageContext) -> None:
        super().__init__(
            context,
            tr("Decision log (all weeks)"),
            [tr("Date"), tr("Kind"), tr("Decision"), tr("Reason"), tr("Consulted")],
            tr("Log decision"),
            stretch=(2, 3, 4),
        )
        self.decision = _line(tr("Decision"), tr("Decision"))
        self.reason = _line(tr("Reason"), tr("Reason for the decision"))
        self.consulted = _line(tr("Who was consulted"), tr("Who was consulted"))
        self.consulted.setToolTip(
            tr("Names separated by commas. People of your team are linked to them.")
        )
        self.pick_person = QToolButton()
        self.pick_person.setText(tr("Team"))
        self.pick_person.setAccessibleName(tr("Add someone of your team as consulted"))
        self.pick_person.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.pick_person.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        metrics = self.pick_person.fontMetrics()  # room for the text and the menu's arrow
        self.pick_person.setMinimumWidth(metrics.horizontalAdvance(self.pick_person.text()) + 32)
        self.people_menu = QMenu(self.pick_person)
        self.people_menu.aboutToShow.connect(self._fill_people_menu)
        self.pick_person.setMenu(self.people_menu)
        self.kind = QComboBox()
        self.kind.setAccessibleName(tr("Kind of decision"))
        for kind in (DecisionKind.OPERATIONAL, DecisionKind.DIRECTION):
            self.kind.addItem(tr(DECISION_KINDS[kind]), kind.value)
        self.kind.setToolTip(
            tr("Direction: where the team is going. Operational: how the work runs.")
        )
        self.decided_on = DateEdit()
        self.decided_on.setAccessibleName(tr("Decision date"))
        self.decision.returnPressed.connect(self.submit)
        self.form.addWidget(self.decision, 0, 0, 1, 2)
        self.form.addWidget(self.reason, 0, 2, 1, 3)
        consulted = QHBoxLayout()
        consulted.setSpacing(2)
        consulted.addWidget(self.consulted, 1)
        consulted.addWidget(self.pick_person)
        self.form.addLayout(consulted, 1, 0, 1, 2)
        self.form.addWidget(self.kind, 1, 2)
        self.form.addWidget(self.decided_on, 1, 3)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.cancel_button)
        self.form.addLayout(buttons, 1, 4)
        self.form.setColumnStretch(0, 2)
        self.form.setColumnStretch(2, 1)
        self.filter = _line(tr("Filter decisions…"), tr("Filter decisions"))
        self.filter.textChanged.connect(lambda _text: self.refresh())
        box = self.layout()
        assert isinstance(box, QVBoxLayout)
        box.insertWidget(1, self.filter)
        self.fit_rows = False
        self.table.setMinimumHeight(160)

    def set_default_date(self, day: dt.date) -> None:
        self.decided_on.setDate(qdate(day))

    def _fill_people_menu(self) -> None:
        self.people_menu.clear()
        team = self.context.planner.team()
        if not team:
            empty = self.people_menu.addAction(tr("No one in your team yet"))
            empty.setEnabled(False)
        for person in team:
            action = self.people_menu.addAction(person.name)
            action.triggered.connect(lambda _=False, name=person.name: self.add_consulted(name))

    def add_consulted(self, name: str) -> None:
        """Add a name to "Who was consulted" (once)."""
        names = split_names(self.consulted.text())
        if name.lower() not in {n.lower() for n in names}:
            names.append(name)
        self.consulted.setText(", ".join(names))

    def rows(self) -> list[tuple[int, list[str]]]:
        people = self.context.people
        return [
            (
                d.id,
                [
                    human_date(d.decided_on),
                    tr(DECISION_KINDS[d.kind]) if d.kind in DECISION_KINDS else tr("—"),
                    d.decision,
                    d.reason,
                    ", ".join(consulted_names(d, people)),
                ],
            )
            for d in self.context.planner.alignment.decision_log(self.filter.text())
        ]

    def save(self, record_id: int | None) -> bool:
        week = self.context.week
        if week is None or not self.decision.text().strip():
            self.decision.setFocus()
            return False
        decided_on = self.decided_on.value()
        assert decided_on is not None
        alignment = self.context.planner.alignment
        fields = (
            decided_on,
            self.decision.text(),
            self.reason.text(),
            self.consulted.text(),
            str(self.kind.currentData()),
        )
        if record_id is None:
            alignment.log_decision(week.id, *fields)
        else:
            alignment.update_decision(record_id, *fields)
        return True

    def fill(self, record_id: int) -> None:
        found = next(
            (d for d in self.context.planner.alignment.decision_log() if d.id == record_id), None
        )
        if found is None:
            return
        self.decision.setText(found.decision)
        self.reason.setText(found.reason)
        self.consulted.setText(", ".join(consulted_names(found, self.context.people)))
        self.kind.setCurrentIndex(max(0, self.kind.findData(found.kind)))
        self.decided_on.setDate(qdate(found.decided_on))
        self.decision.setFocus()

    def clear_form(self) -> None:
        for editor in (self.decision, self.reason, self.consulted):
            editor.clear()
        self.kind.setCurrentIndex(0)

    def remove(self, record_id: int) -> tuple[str, Undo | None]:
        alignment = self.context.planner.alignment
        deleted = alignment.delete_decision(record_id)
        if deleted is None:
            return tr("That decision was already deleted."), None

        def put_back(kept: DeletedDecision = deleted) -> None:
            alignment.restore_decision(kept)

        return tr("Deleted “{0}”.").format(deleted.decision), put_back
