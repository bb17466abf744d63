"""The cycles so far: dates, the pair, adherence bars and outcome; empty or ended ones go."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leadjournal.db.enums import PracticeCycleStatus
from leadjournal.db.models import PracticeCycle
from leadjournal.i18n import QT_TRANSLATE_NOOP, tr
from leadjournal.services.insights import closed_cycle_adherence
from leadjournal.services.practice import PracticeService, cycle_end
from leadjournal.ui.forms import human_date
from leadjournal.ui.tabs.practice.looks import (
    BARS_ROLE,
    KEEP_CHOICES,
    KIND_LABELS,
    AdherenceBarsDelegate,
    percent,
)

OUTCOMES: dict[str, str] = {
    PracticeCycleStatus.FINISHED: QT_TRANSLATE_NOOP("", "Finished"),
    PracticeCycleStatus.ENDED: QT_TRANSLATE_NOOP("", "Ended early"),
}


class HistoryContext(Protocol):
    """What the history needs from its tab."""

    service: PracticeService

    def delete_after_asking(self, cycle: PracticeCycle, question: str) -> bool: ...

    def refresh(self) -> None: ...


class HistoryPanel(QGroupBox):
    """Closed cycles, newest first; one that is empty or ended early may be deleted."""

    def __init__(self, context: HistoryContext) -> None:
        super().__init__(tr("Cycles so far"))
        self.setProperty("role", "card")
        self.context = context
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 5)
        self.table.setAccessibleName(tr("Practice cycles so far"))
        self.table.setHorizontalHeaderLabels(
            [tr("Dates"), tr("Leading"), tr("Managing"), tr("Adherence"), tr("Outcome")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(3, 190)
        self.table.setItemDelegateForColumn(3, AdherenceBarsDelegate(self.table))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(44)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setMinimumHeight(140)
        self.table.currentCellChanged.connect(lambda *_: self._describe_choice())
        layout.addWidget(self.table)
        self.cycles: list[PracticeCycle] = []
        actions = QHBoxLayout()
        self.delete_button = QPushButton(tr("Delete cycle…"))
        self.delete_button.setProperty("role", "quiet")
        self.delete_button.clicked.connect(self.delete_chosen)
        # Says why the chosen cycle can (or can't) be deleted, before anyone tries.
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setProperty("role", "caption")
        actions.addWidget(self.delete_button)
        actions.addWidget(self.note, 1)
        self.actions_row = QWidget()
        self.actions_row.setLayout(actions)
        actions.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.actions_row)
        self.empty = QLabel(
            tr("Finished cycles appear here with how often you practised each behaviour.")
        )
        self.empty.setProperty("role", "caption")
        layout.addWidget(self.empty)

    def fill(self) -> None:
        # Closed cycles only, judged from counted done days: no ticks are loaded.
        cycles, done = self.context.service.closed_cycles()
        chosen_id = self.cycles[self.table.currentRow()].id if self._row_ok() else None
        self.cycles = cycles
        self.table.setRowCount(len(cycles))
        keep = dict(KEEP_CHOICES)
        for row, cycle in enumerate(cycles):
            lead, manage = closed_cycle_adherence(cycle, done)
            end = cycle.ended_on or cycle_end(cycle.started_on, cycle.length_days)
            cells = [
                f"{human_date(cycle.started_on)} – {human_date(end)}",
                cycle.lead_title,
                cycle.manage_title,
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
            bars = tuple(
                (tr("{0} {1}").format(tr(KIND_LABELS[kind]), percent(value)), value)
                for kind, value in (("lead", lead), ("manage", manage))
            )
            adherence = QTableWidgetItem()
            adherence.setData(BARS_ROLE, bars)
            described = " · ".join(label for label, _value in bars)
            adherence.setData(Qt.ItemDataRole.AccessibleTextRole, described)
            adherence.setToolTip(described)
            self.table.setItem(row, 3, adherence)
            outcome = OUTCOMES.get(cycle.status)
            status = tr(outcome) if outcome else ""
            if cycle.keep_practising:
                status += " · " + tr(keep.get(cycle.keep_practising, ""))
            self.table.setItem(row, 4, QTableWidgetItem(status))
        self.table.setVisible(bool(cycles))
        self.actions_row.setVisible(bool(cycles))
        self.empty.setVisible(not cycles)
        if chosen_id is not None:
            self.select_cycle(chosen_id)
        self._describe_choice()

    def _row_ok(self) -> bool:
        return 0 <= self.table.currentRow() < len(self.cycles)

    def select_cycle(self, cycle_id: int) -> None:
        for row, cycle in enumerate(self.cycles):
            if cycle.id == cycle_id:
                self.table.selectRow(row)
                return

    def _describe_choice(self) -> None:
        if not self._row_ok():
            self.delete_button.setEnabled(False)
            self.note.setText(tr("Choose a cycle to delete it."))
            return
        chosen = self.cycles[self.table.currentRow()]
        allowed = self.context.service.may_delete(chosen.id)
        self.delete_button.setEnabled(allowed)
        if not allowed:
            self.note.setText(tr("A cycle that ran its two weeks stays in your history."))
        elif chosen.status == PracticeCycleStatus.ENDED:
            self.note.setText(tr("Ended early: you can delete it if you'd rather not keep it."))
        else:
            self.note.setText(tr("Nothing was ticked: you can delete it."))

    def delete_chosen(self) -> None:
        """Delete the chosen cycle, if it is empty or was ended early."""
        if not self._row_ok():
            return
        cycle = self.cycles[self.table.currentRow()]
        end = cycle.ended_on or cycle_end(cycle.started_on, cycle.length_days)
        question = tr(
            "Delete the cycle of “{0}” and “{1}” ({2} – {3})? Its ticks go with it. This "
            "can't be undone."
        ).format(
            cycle.lead_title, cycle.manage_title, human_date(cycle.started_on), human_date(end)
        )
        if self.context.delete_after_asking(cycle, question):
            self.context.refresh()

    def bars(self, row: int) -> list[str]:
        """The labels of a row's adherence bars, as painted."""
        item = self.table.item(row, 3)
        return [label for label, _value in (item.data(BARS_ROLE) or ())] if item else []
