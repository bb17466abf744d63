"""Monday's capacity panel: the hours the team can give, two deep-work blocks, and the
buffer for the unexpected, with what they say about the plan."""

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
        grid.addWidget(QLabel(tr("Hours available")), 0, 0)
        grid.addWidget(self.capacity, 0, 1)
        grid.addWidget(self.capacity_note, 0, 2, 1, 4)
        self.block_rows: list[tuple[QComboBox, QTimeEdit, QTimeEdit]] = []
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
        self.overlap_note = QLabel()
        self.overlap_note.setWordWrap(True)
        grid.addWidget(self.overlap_note, 1, 5, 2, 1)
        self.buffer = QLineEdit()
        self.buffer.setAccessibleName(tr("Buffer note"))
        self.buffer.setPlaceholderText(tr("What room is left for the unexpected?"))
        bind_week_text(context, self.buffer, "buffer_note")
        grid.addWidget(QLabel(tr("Buffer")), 3, 0)
        grid.addWidget(self.buffer, 3, 1, 1, 5)
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
        set_quietly(self.buffer, week.buffer_note)
        self.update_notes(week)

    def update_notes(self, week: WeekPlan) -> None:
        """What the hours and blocks say: too much planned, blocks that clash."""
        total = planned_effort(week.tasks)
        if week.capacity_hours and total > week.capacity_hours:
            self.capacity_note.setText(
                tr(
                    "⚠ {0:g} h planned for {1:g} h available. Something will slip; worth "
                    "choosing what now rather than on Thursday."
                ).format(total, week.capacity_hours)
            )
        else:
            self.capacity_note.setText(tr("{0:g} h of work planned.").format(total))
        blocks = [
            (d.currentData(), minutes(s.time()), minutes(e.time())) for d, s, e in self.block_rows
        ]
        problems = []
        if overlapping_blocks(blocks):
            problems.append(tr("⚠ The two deep-work blocks overlap."))
        if any(end <= start for _d, start, end in blocks):
            problems.append(tr("⚠ A block ends before it starts."))
        self.overlap_note.setText(" ".join(problems))

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

    def _save_block(self, index: int) -> None:
        week = self._week()
        day, start, end = self.block_rows[index]
        self.context.planner.save_deep_work_block(
            week, index, day.currentData(), minutes(start.time()), minutes(end.time())
        )
        self.update_notes(week)
