"""Monday's capacity panel: the hours the team can give, two deep-work blocks (each may
name the task it protects), and the buffer for the unexpected in hours, which count
against the hours available; with what they say about the plan."""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QWidget,
)

from leadjournal.db.models import WeekPlan
from leadjournal.i18n import tr
from leadjournal.services.week_changes import hours_available
from leadjournal.services.weeks import overlapping_blocks, planned_effort
from leadjournal.ui.forms import HoursSpinBox, combo_quietly, set_quietly
from leadjournal.ui.tabs.weekly_plan.common import bind_week_text, day_combo, minutes
from leadjournal.ui.tabs.weekly_plan.context import WeekPageContext


class CapacityPanel(QGroupBox):
    def __init__(self, context: WeekPageContext, parent: QWidget | None = None) -> None:
        super().__init__(tr("Capacity, focus and buffer"), parent)
        self.setProperty("role", "card")
        self.context = context
        grid = QGridLayout(self)
        self.capacity = HoursSpinBox(120)
        self.capacity.setSpecialValueText(tr("not set"))
        self.capacity.setAccessibleName(tr("Hours the team can give this week"))
        self.capacity.editingFinished.connect(self._save_capacity)
        self.capacity_note = QLabel()
        self.capacity_note.setWordWrap(True)
        grid.addWidget(QLabel(tr("Team's hours")), 0, 0)
        grid.addWidget(self.capacity, 0, 1)
        grid.addWidget(self.capacity_note, 0, 2, 1, 4)
        self.block_rows: list[tuple[QComboBox, QTimeEdit, QTimeEdit]] = []
        self.protects: list[QComboBox] = []
        for index in range(2):
            day = day_combo(include_none=False)
            start, end = QTimeEdit(), QTimeEdit()
            for editor in (start, end):
                editor.setDisplayFormat("HH:mm")
            day.setAccessibleName(tr("Deep-work block {0} day").format(index + 1))
            start.setAccessibleName(tr("Deep-work block {0} start").format(index + 1))
            end.setAccessibleName(tr("Deep-work block {0} end").format(index + 1))
            day.activated.connect(lambda _=0, i=index: self._save_block(i))
            start.editingFinished.connect(lambda i=index: self._save_block(i))
            end.editingFinished.connect(lambda i=index: self._save_block(i))
            grid.addWidget(QLabel(tr("Deep work {0}").format(index + 1)), index + 1, 0)
            grid.addWidget(day, index + 1, 1)
            grid.addWidget(start, index + 1, 2)
            grid.addWidget(QLabel("–"), index + 1, 3)
            grid.addWidget(end, index + 1, 4)
            self.block_rows.append((day, start, end))
            protects = QComboBox()
            protects.setAccessibleName(tr("Task deep-work block {0} protects").format(index + 1))
            protects.setToolTip(tr("The task this block is kept free for."))
            protects.setMinimumContentsLength(12)
            protects.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            protects.activated.connect(lambda _=0, i=index: self._save_protected(i))
            grid.addWidget(protects, index + 1, 5)
            self.protects.append(protects)
        self.overlap_note = QLabel()
        self.overlap_note.setWordWrap(True)
        grid.addWidget(self.overlap_note, 3, 1, 1, 5)
        self.buffer_hours = HoursSpinBox(80)
        self.buffer_hours.setSpecialValueText(tr("none"))
        self.buffer_hours.setAccessibleName(tr("Buffer in hours"))
        self.buffer_hours.setToolTip(
            tr("Hours kept free for the unexpected: they count against the hours available.")
        )
        self.buffer_hours.editingFinished.connect(self._save_buffer_hours)
        self.buffer = QLineEdit()
        self.buffer.setAccessibleName(tr("Buffer note"))
        self.buffer.setPlaceholderText(tr("What is the buffer for?"))
        bind_week_text(context, self.buffer, "buffer_note")
        grid.addWidget(QLabel(tr("Buffer")), 4, 0)
        grid.addWidget(self.buffer_hours, 4, 1)
        grid.addWidget(self.buffer, 4, 2, 1, 4)
        grid.setColumnStretch(5, 1)

    def show_week(self, week: WeekPlan) -> None:
        self.capacity.blockSignals(True)
        self.capacity.setValue(week.capacity_hours or 0)
        self.capacity.blockSignals(False)
        blocks = week.deep_work_blocks
        for index, (day, start, end) in enumerate(self.block_rows):
            block = blocks[index] if index < len(blocks) else None
            combo_quietly(day, day.findData(block.day) if block else 1 + 2 * index)
            start_minute = block.start_minute if block else 9 * 60
            end_minute = block.end_minute if block else 11 * 60
            start.setTime(QTime(start_minute // 60, start_minute % 60))
            end.setTime(QTime(end_minute // 60, end_minute % 60))
        for index, protects in enumerate(self.protects):
            block = blocks[index] if index < len(blocks) else None
            protects.clear()
            protects.addItem(tr("Protects no task"), None)
            for task in week.tasks:
                if task.status != "done" or (block is not None and block.task_id == task.id):
                    protects.addItem(task.title, task.id)
            combo_quietly(protects, max(0, protects.findData(block.task_id if block else None)))
        self.buffer_hours.blockSignals(True)
        self.buffer_hours.setValue(week.buffer_hours or 0)
        self.buffer_hours.blockSignals(False)
        set_quietly(self.buffer, week.buffer_note)
        self.update_notes(week)

    def update_notes(self, week: WeekPlan) -> None:
        """What the hours and blocks say: too much planned, blocks that clash."""
        total = planned_effort(week.tasks)
        available = hours_available(week)
        if available is not None and total > available:
            said = tr(
                "⚠ {0:g} h planned for {1:g} h available. Something will slip; worth "
                "choosing what now rather than on Thursday."
            ).format(total, available)
        elif available is not None:
            said = tr("{0:g} h of work planned for {1:g} h available.").format(total, available)
        else:
            said = tr("{0:g} h of work planned.").format(total)
        if available is not None and week.buffer_hours:
            said += " " + tr("({0:g} h less a {1:g} h buffer.)").format(
                week.capacity_hours or 0, week.buffer_hours
            )
        self.capacity_note.setText(said)
        blocks = [
            (d.currentData(), minutes(s.time()), minutes(e.time())) for d, s, e in self.block_rows
        ]
        problems = []
        if overlapping_blocks(blocks):
            problems.append(tr("⚠ The two deep-work blocks overlap."))
        if any(end <= start for _d, start, end in blocks):
            problems.append(tr("⚠ A block ends before it starts."))
        self.overlap_note.setText(" ".join(problems))
        self.overlap_note.setVisible(bool(problems))  # no empty row while all is well

    def _week(self) -> WeekPlan:
        week = self.context.week
        assert week is not None
        return week

    def _save_capacity(self) -> None:
        week = self._week()
        value = self.capacity.value() or None
        self.context.planner.update_week(week.id, capacity_hours=value)
        week.capacity_hours = value
        self.update_notes(week)

    def _save_buffer_hours(self) -> None:
        week = self._week()
        value = self.buffer_hours.value() or None
        self.context.planner.changes.set_buffer_hours(week.id, value)
        week.buffer_hours = value
        self.update_notes(week)

    def _save_protected(self, index: int) -> None:
        week = self._week()
        day, start, end = self.block_rows[index]
        shown = (day.currentData(), minutes(start.time()), minutes(end.time()))
        self.context.planner.changes.protect_task(
            week, index, shown, self.protects[index].currentData()
        )
        self.context.reload()

    def _save_block(self, index: int) -> None:
        week = self._week()
        day, start, end = self.block_rows[index]
        self.context.planner.save_deep_work_block(
            week, index, day.currentData(), minutes(start.time()), minutes(end.time())
        )
        self.update_notes(week)
