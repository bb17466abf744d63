"""Monday's task tree: the week's tasks grouped under their priorities, and the line that
adds a new one under the chosen priority."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leadjournal.db.models import Task, WeekPlan
from leadjournal.i18n import tr
from leadjournal.text import hours_text
from leadjournal.ui.icons import icon
from leadjournal.ui.tabs.weekly_plan.common import owner_label, short_day_name

# What a row of the tree stands for: ("priority", id or None for "No priority yet") or
# ("task", id).
_ROLE = Qt.ItemDataRole.UserRole


def effort_text(task: Task) -> str:
    if task.effort_hours:
        return hours_text(task.effort_hours)
    return task.effort_size


class TaskTree(QWidget):
    """The tasks by priority; says which task is chosen and asks for new ones."""

    current_changed = Signal()  # another row was chosen
    add_requested = Signal(str)  # a new task's title, typed and Enter pressed
    delete_requested = Signal()  # "Delete task" on the chosen task

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._priority_title: str | None = None  # where a new task goes (None: no priority)
        left = QVBoxLayout(self)
        left.setContentsMargins(0, 0, 0, 0)
        left.setSpacing(10)  # the page's spacing, which the tree had when laid out in it
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([tr("Task"), tr("Owner"), tr("Effort"), tr("Due")])
        self.tree.setAccessibleName(tr("Tasks by priority"))
        self.tree.setMinimumHeight(220)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.currentItemChanged.connect(lambda *_: self.current_changed.emit())
        left.addWidget(self.tree, 1)
        row = QHBoxLayout()
        row.setSpacing(10)
        self.new_task = QLineEdit()
        self.new_task.setPlaceholderText(tr("New task — press Enter"))
        self.new_task.setAccessibleName(tr("New task"))
        self.new_task.addAction(icon("action.new_task"), QLineEdit.ActionPosition.LeadingPosition)
        self.new_task.returnPressed.connect(lambda: self.add_requested.emit(self.new_task.text()))
        self.delete_button = QPushButton(tr("Delete task"))
        self.delete_button.setProperty("role", "quiet")
        self.delete_button.clicked.connect(self.delete_requested)
        row.addWidget(self.new_task, 1)
        row.addWidget(self.delete_button)
        left.addLayout(row)

    def show_week(self, week: WeekPlan, people: Mapping[int, str], keep: int | None) -> None:
        """Fill the tree; choose task ``keep`` again, else the first task (so the form
        beside it is never an empty grey box)."""
        self.tree.blockSignals(True)
        self.tree.clear()
        groups: list[tuple[int | None, str]] = [(p.id, p.title) for p in week.priorities]
        if any(t.priority_id is None for t in week.tasks):
            groups.append((None, tr("No priority yet")))
        select: QTreeWidgetItem | None = None
        for priority_id, title in groups:
            group = QTreeWidgetItem([title])
            group.setData(0, _ROLE, ("priority", priority_id))
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.tree.addTopLevelItem(group)
            for task in (t for t in week.tasks if t.priority_id == priority_id):
                item = QTreeWidgetItem(
                    [
                        task.title,
                        owner_label(task, people),
                        effort_text(task),
                        short_day_name(task.due_day) if task.due_day is not None else "",
                    ]
                )
                item.setData(0, _ROLE, ("task", task.id))
                group.addChild(item)
                if task.id == keep:
                    select = item
            group.setExpanded(True)
        for column in (1, 2, 3):
            self.tree.resizeColumnToContents(column)
        self.tree.blockSignals(False)
        if select is None and week.tasks:
            first_group = self.tree.topLevelItem(0)
            select = first_group.child(0) if first_group is not None else None
        if select is not None:
            self.tree.setCurrentItem(select)

    def _chosen(self) -> tuple[str, int | None] | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        kind, ident = item.data(0, _ROLE)
        return str(kind), ident if ident is None else int(ident)

    def chosen_task_id(self) -> int | None:
        chosen = self._chosen()
        return chosen[1] if chosen is not None and chosen[0] == "task" else None

    def chosen_priority_id(self) -> tuple[bool, int | None]:
        """``(True, id)`` when a priority's row is chosen (None: "No priority yet");
        ``(False, None)`` otherwise."""
        chosen = self._chosen()
        if chosen is not None and chosen[0] == "priority":
            return True, chosen[1]
        return False, None

    def has_choice(self) -> bool:
        return self.tree.currentItem() is not None

    def select_task(self, task_id: int) -> None:
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            assert group is not None
            for child_index in range(group.childCount()):
                child = group.child(child_index)
                if child is not None and child.data(0, _ROLE) == ("task", task_id):
                    self.tree.setCurrentItem(child)
                    return

    def rename_chosen(self, title: str) -> None:
        """Show a title being typed in the form on the chosen row at once."""
        item = self.tree.currentItem()
        if item is not None:
            item.setText(0, title)

    def say_where_new_tasks_go(self, priority_title: str | None) -> None:
        """The new-task box names the priority a new task goes under, or says none."""
        self._priority_title = priority_title
        self._fit_new_task_hint()

    def _fit_new_task_hint(self) -> None:
        """The whole hint when it fits the box; else one with the priority's title
        shortened; else the plain one. The whole sentence is always in the tooltip."""
        title = self._priority_title
        if title is None:
            whole = tr("New task, with no priority yet — press Enter")
        else:
            whole = tr("New task under “{0}” — press Enter").format(title)
        self.new_task.setToolTip(whole)
        metrics = self.new_task.fontMetrics()
        room = self.new_task.contentsRect().width() - 10 - self.new_task.height()  # the icon
        fitting = [whole]
        if title is not None:
            short = tr("New task under “{0}”")
            left = room - metrics.horizontalAdvance(short.format(""))
            if left >= metrics.horizontalAdvance("M") * 8:  # a few words of the title
                elided = metrics.elidedText(title, Qt.TextElideMode.ElideRight, left)
                fitting.append(short.format(elided))
        fitting.append(tr("New task — press Enter"))
        hint = next((h for h in fitting if metrics.horizontalAdvance(h) <= room), fitting[-1])
        self.new_task.setPlaceholderText(hint)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_new_task_hint()  # a narrower window shortens the hint, a wider one not
