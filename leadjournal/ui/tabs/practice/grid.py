"""The two weeks of a running cycle, one row per behaviour: ticked from keys, mouse or menu."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
)

from leadjournal.db.enums import TickState
from leadjournal.db.models import PracticeCycle, PracticeTick
from leadjournal.i18n import tr
from leadjournal.services.practice import (
    KINDS,
    PracticeService,
    TickRefusal,
    cycle_days,
    day_state,
    short_weeks,
    tick_refusal,
)
from leadjournal.services.practice_schedule import cycle_schedule
from leadjournal.text import weekday_short
from leadjournal.ui.forms import human_date
from leadjournal.ui.tabs.practice.looks import CELL_LOOK, CellColours, colour_cell


class CycleContext(Protocol):
    """What the grid needs from its tab: the running cycle, the service, and ways to ask,
    to tell, and to have the tab re-read."""

    service: PracticeService
    today: Callable[[], dt.date]
    cycle: PracticeCycle | None
    inform: Callable[[str, str], None]
    ask_text: Callable[[str, str, str], str | None]

    def say(self, sentence: str) -> None: ...

    def refresh(self) -> None: ...


class PracticeGrid(QTableWidget):
    """Two rows (leading, managing) by the cycle's days; keyboard first.

    Space or Enter marks the chosen day done (again: clears it); S skips it with a
    reason; N adds a note; Delete clears the mark.
    """

    def __init__(self, context: CycleContext) -> None:
        super().__init__(2, 14)
        self.context = context
        self.days: list[dt.date] = []
        self.setAccessibleName(tr("Practice days"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(48)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.cellDoubleClicked.connect(self.toggle_done)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cell_colours = CellColours(self)  # the cells follow a change of scheme

    def fit_height(self) -> None:
        """Exactly the two rows and the two-line day headers, no scrolling."""
        header = self.horizontalHeader().sizeHint().height()
        self.setFixedHeight(header + self.rowHeight(0) + self.rowHeight(1) + 2 * self.frameWidth())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row, column = self.currentRow(), self.currentColumn()
        key = event.key()
        if row < 0 or column < 0:
            super().keyPressEvent(event)
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.toggle_done(row, column)
        elif key == Qt.Key.Key_S:
            self.skip_day(row, column)
        elif key == Qt.Key.Key_N:
            self.note_day(row, column)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear_day(row, column)
        else:
            super().keyPressEvent(event)

    def _menu(self, position: QPoint) -> None:
        index = self.indexAt(position)
        if not index.isValid():
            return
        row, column = index.row(), index.column()
        menu = QMenu(self)
        menu.addAction(tr("Done (Space)"), lambda: self.toggle_done(row, column))
        menu.addAction(tr("Skipped, with a reason… (S)"), lambda: self.skip_day(row, column))
        menu.addAction(tr("Note… (N)"), lambda: self.note_day(row, column))
        menu.addAction(tr("Clear (Delete)"), lambda: self.clear_day(row, column))
        viewport = self.viewport()
        menu.exec(viewport.mapToGlobal(position) if viewport is not None else position)

    # --- showing the cycle -----------------------------------------------------------------------

    def fill(self, cycle: PracticeCycle, today: dt.date) -> None:
        self.days = cycle_days(cycle.started_on, cycle.length_days)
        self.setColumnCount(len(self.days))
        self.setHorizontalHeaderLabels([f"{weekday_short(day)}\n{day.day}" for day in self.days])
        self.setVerticalHeaderLabels([cycle.lead_title, cycle.manage_title])
        self.fit_height()
        header = self.horizontalHeader()
        for column, day in enumerate(self.days):
            item = self.horizontalHeaderItem(column)
            if item is not None:
                font = QFont(item.font())
                font.setBold(day == today)
                item.setFont(font)
        for row, behaviour in enumerate(KINDS):
            ticks = {t.day: t for t in cycle.ticks if t.behaviour == behaviour}
            schedule = cycle_schedule(cycle, behaviour)
            short = short_weeks(
                self.days,
                {d: t.state for d, t in ticks.items()},
                today,
                schedule,
                cycle.working_days_only,
            )
            for column, day in enumerate(self.days):
                tick = ticks.get(day)
                state = day_state(
                    day,
                    today,
                    tick.state if tick else None,
                    cycle.working_days_only,
                    schedule,
                    week_over_and_short=day in short,
                )
                symbol, colour, words = CELL_LOOK[state]
                cell = QTableWidgetItem(tr(symbol))  # "off" is words; the marks stay marks
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if colour:
                    colour_cell(cell, colour)
                tip = f"{human_date(day)}: {tr(words)}"
                if tick is not None and tick.note:
                    tip += f"\n{tick.note}"
                    cell.setText(symbol + " ✎")
                cell.setToolTip(tip)
                cell.setData(Qt.ItemDataRole.AccessibleTextRole, tip)
                if day == today:
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                self.setItem(row, column, cell)
        header.setStretchLastSection(False)
        if today in self.days and self.currentColumn() < 0:
            self.setCurrentCell(0, self.days.index(today))

    # --- ticking ---------------------------------------------------------------------------------

    def _cell_day(self, row: int, column: int) -> tuple[str, dt.date] | None:
        """The behaviour and day of a cell that may be ticked; otherwise says why not."""
        cycle = self.context.cycle
        if cycle is None or not 0 <= column < len(self.days) or row not in (0, 1):
            return None
        day = self.days[column]
        why = tick_refusal(
            day, self.context.today(), cycle.started_on, cycle.length_days, cycle.working_days_only
        )
        if why == TickRefusal.NOT_YET:
            self.context.say(
                tr("{0} hasn't come yet — you can tick it on the day or after.").format(
                    human_date(day)
                )
            )
        elif why == TickRefusal.DAY_OFF:
            self.context.say(
                tr(
                    "{0} is a day off in this cycle (working days only), so there's "
                    "nothing to tick."
                ).format(human_date(day))
            )
        elif why is not None:
            self.context.say(
                tr("{0} is outside this cycle, so it can't be ticked.").format(human_date(day))
            )
        return None if why else (KINDS[row], day)

    def _tick(self, behaviour: str, day: dt.date) -> PracticeTick | None:
        cycle = self.context.cycle
        assert cycle is not None
        return next((t for t in cycle.ticks if t.behaviour == behaviour and t.day == day), None)

    def _set(self, row: int, column: int, state: TickState | None, note: str) -> None:
        cycle = self.context.cycle
        assert cycle is not None
        target = self._cell_day(row, column)
        if target is None:
            return
        behaviour, day = target
        self.context.service.set_tick(cycle.id, behaviour, day, state, note)
        self.context.say("")
        self.context.refresh()
        self.setCurrentCell(row, column)

    def toggle_done(self, row: int, column: int) -> None:
        target = self._cell_day(row, column)
        if target is None:
            return
        tick = self._tick(*target)
        done = tick is not None and tick.state == TickState.DONE
        self._set(
            row, column, None if done else TickState.DONE, tick.note if tick and not done else ""
        )

    def skip_day(self, row: int, column: int) -> None:
        target = self._cell_day(row, column)
        if target is None:
            return
        tick = self._tick(*target)
        reason = self.context.ask_text(
            tr("Skip this day"),
            tr("Why are you skipping it? (It keeps your streak going.)"),
            tick.note if tick else "",
        )
        if reason is None:
            return
        if not reason.strip():
            self.context.inform(tr("A reason, please"), tr("A skipped day needs a short reason."))
            return
        self._set(row, column, TickState.SKIPPED, reason.strip())

    def note_day(self, row: int, column: int) -> None:
        target = self._cell_day(row, column)
        if target is None:
            return
        tick = self._tick(*target)
        note = self.context.ask_text(
            tr("Note"), tr("A note for this day"), tick.note if tick else ""
        )
        if note is None:
            return
        self._set(row, column, TickState(tick.state) if tick else TickState.DONE, note.strip())

    def clear_day(self, row: int, column: int) -> None:
        self._set(row, column, None, "")
