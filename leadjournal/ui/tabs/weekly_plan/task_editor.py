"""Monday's task form: the chosen task's title, priority, owner, effort, reviewer, due
day and what it waits on; each change is saved as it is made."""

from __future__ import annotations

from typing import Unpack

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from leadjournal.db.models import Task, WeekPlan
from leadjournal.db.repositories.week_fields import TaskFields
from leadjournal.errors import JournalError
from leadjournal.i18n import tr
from leadjournal.ui.forms import HoursSpinBox, combo_quietly, set_quietly
from leadjournal.ui.tabs.weekly_plan.common import day_combo
from leadjournal.ui.tabs.weekly_plan.context import WeekPageContext


class TaskEditor(QGroupBox):
    """The form of one task (disabled while none is chosen)."""

    title_edited = Signal(str)  # the title as it is being typed

    def __init__(self, context: WeekPageContext, parent: QWidget | None = None) -> None:
        super().__init__(tr("Task"), parent)
        self.setProperty("role", "card")
        self.context = context
        self.task_id: int | None = None
        self._task: Task | None = None
        self._owner_shown = ""
        form = QFormLayout(self)
        self.task_title = QLineEdit()
        self.task_title.setAccessibleName(tr("Task title"))
        self.task_title.textChanged.connect(self._title_changed)
        self.priority = QComboBox()
        self.priority.setAccessibleName(tr("Priority"))
        self.priority.activated.connect(
            lambda _: self._save(priority_id=self.priority.currentData())
        )
        self.owner = QComboBox()
        self.owner.setEditable(True)
        self.owner.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.owner.setAccessibleName(tr("Owner"))
        self.owner.setToolTip(
            tr("One owner per task: you, or one person. Type a new name to add them.")
        )
        self.owner.activated.connect(lambda _: self.set_owner_text(self.owner.currentText()))
        owner_line = self.owner.lineEdit()
        if owner_line is not None:
            owner_line.editingFinished.connect(
                lambda: self.set_owner_text(self.owner.currentText())
            )
        effort = QHBoxLayout()
        self.hours = HoursSpinBox(80)
        self.hours.setSpecialValueText(tr("— h"))
        self.hours.setAccessibleName(tr("Effort in hours"))
        self.hours.editingFinished.connect(
            lambda: self._save(effort_hours=self.hours.value() or None)
        )
        self.size_choice = QComboBox()
        self.size_choice.setAccessibleName(tr("Effort size"))
        for label, value in ((tr("or size"), ""), ("S", "S"), ("M", "M"), ("L", "L")):
            self.size_choice.addItem(label, value)
        self.size_choice.activated.connect(
            lambda _: self._save(effort_size=self.size_choice.currentData())
        )
        effort.addWidget(self.hours)
        effort.addWidget(self.size_choice)
        self.reviewer = QLineEdit()
        self.reviewer.setAccessibleName(tr("Reviewer"))
        # The form is narrow at 1024 px: a short hint, the whole question on hover.
        self.reviewer.setPlaceholderText(tr("Who checks the work?"))
        self.reviewer.setToolTip(tr("Who checks it before it counts as done?"))
        self.reviewer.textChanged.connect(self._reviewer_changed)
        self.due = day_combo()
        self.due.setAccessibleName(tr("Due day"))
        self.due.activated.connect(lambda _: self._save(due_day=self.due.currentData()))
        self.depends = QListWidget()
        self.depends.setAccessibleName(tr("Depends on"))
        self.depends.setMaximumHeight(110)
        self.depends.itemChanged.connect(self._dependencies_changed)
        form.addRow(tr("Title"), self.task_title)
        form.addRow(tr("Priority"), self.priority)
        form.addRow(tr("Owner"), self.owner)
        form.addRow(tr("Effort"), effort)
        form.addRow(tr("Reviewer"), self.reviewer)
        form.addRow(tr("Due"), self.due)
        form.addRow(tr("Depends on"), self.depends)

    def offer_choices(self, week: WeekPlan) -> None:
        """The week's priorities and the team, to choose from."""
        self.priority.clear()
        self.priority.addItem(tr("No priority"), None)
        for p in week.priorities:
            self.priority.addItem(p.title, p.id)
        self.owner.clear()
        self.owner.addItem(tr("Me"), None)
        for person in self.context.planner.team():
            self.owner.addItem(person.name, person.id)

    def show_task(self, task: Task | None, week: WeekPlan) -> None:
        self._task = task
        self.task_id = task.id if task else None
        self.setEnabled(task is not None)
        if task is None:
            set_quietly(self.task_title, "")
            set_quietly(self.reviewer, "")
            self.depends.clear()
            return
        set_quietly(self.task_title, task.title)
        set_quietly(self.reviewer, task.reviewer)
        combo_quietly(self.priority, self.priority.findData(task.priority_id))
        if task.owned_by_me:
            combo_quietly(self.owner, 0)
        elif self.owner.findData(task.owner_person_id) < 0:
            # Unassigned (owner deleted) or owned by someone archived since: say so
            # rather than pretending the task is the user's.
            name = self.context.people.get(task.owner_person_id or -1)
            self.owner.blockSignals(True)
            self.owner.setCurrentIndex(-1)
            self.owner.setEditText(tr("{0} (archived)").format(name) if name else tr("Unassigned"))
            self.owner.blockSignals(False)
        else:
            combo_quietly(self.owner, self.owner.findData(task.owner_person_id))
        self._owner_shown = self.owner.currentText()
        self.hours.blockSignals(True)
        self.hours.setValue(task.effort_hours or 0)
        self.hours.blockSignals(False)
        combo_quietly(self.size_choice, self.size_choice.findData(task.effort_size))
        combo_quietly(self.due, self.due.findData(task.due_day))
        self.depends.blockSignals(True)
        self.depends.clear()
        chosen = {d.depends_on_id for d in task.depends_on}
        for other in week.tasks:
            if other.id == task.id:
                continue
            item = QListWidgetItem(other.title)
            item.setData(Qt.ItemDataRole.UserRole, other.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if other.id in chosen else Qt.CheckState.Unchecked
            )
            self.depends.addItem(item)
        self.depends.blockSignals(False)

    def _show_again(self) -> None:
        """Undo what was picked but not kept (a question answered "no")."""
        week = self.context.week
        if week is not None:
            self.show_task(self._task, week)

    # saving -----------------------------------------------------------------------------

    def _save(self, **fields: Unpack[TaskFields]) -> None:
        if self.task_id is None:
            return
        self.context.planner.update_task(self.task_id, **fields)
        self.context.reload()

    def _title_changed(self, text: str) -> None:
        task_id = self.task_id
        if task_id is None:
            return
        self.title_edited.emit(text)
        week = self.context.week
        for task in week.tasks if week is not None else []:
            if task.id == task_id:
                task.title = text
        self.context.autosave.schedule(
            f"task:{task_id}:title",
            lambda: self.context.planner.update_task(task_id, title=text),
        )

    def _reviewer_changed(self, text: str) -> None:
        task_id = self.task_id
        if task_id is not None:
            self.context.autosave.schedule(
                f"task:{task_id}:reviewer",
                lambda: self.context.planner.update_task(task_id, reviewer=text),
            )

    def set_owner_text(self, text: str) -> None:
        """Set the owner from what was typed or picked; a new name offers to add them."""
        if self.task_id is None:
            return
        task_id = self.task_id
        name = text.strip()
        if not name or name in {tr("Unassigned"), self._owner_shown}:
            return  # nothing new was chosen
        planner = self.context.planner
        if name.lower() in {tr("Me").lower(), "me"}:
            planner.set_owner(task_id, None)
        else:
            person = planner.person_named(name)
            if person is not None:
                planner.set_owner(task_id, person.id)
            elif self.context.confirm(
                tr("Add a person"), tr("Add {0} to the people you supervise?").format(name)
            ):
                planner.give_to_new_person(task_id, name)
            else:
                self._show_again()
                return
        self.context.reload()

    def _dependencies_changed(self, _item: QListWidgetItem) -> None:
        if self.task_id is None:
            return
        chosen = []
        for index in range(self.depends.count()):
            item = self.depends.item(index)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                chosen.append(int(item.data(Qt.ItemDataRole.UserRole)))
        self.set_dependencies(chosen)

    def set_dependencies(self, depends_on: list[int]) -> bool:
        """Let the task wait on others; a loop is refused, and said why."""
        assert self.task_id is not None
        week = self.context.week
        assert week is not None
        try:
            self.context.planner.set_dependencies(week, self.task_id, depends_on)
        except JournalError as error:
            self.context.inform(tr("That would make a loop"), str(error))
            self._show_again()
            return False
        self.context.reload()
        return True
