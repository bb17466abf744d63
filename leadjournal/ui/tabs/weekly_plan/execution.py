"""Monday's second step, "Plan the work": the task tree, the chosen task's form, the
capacity panel, and confirming the plan."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

from leadjournal import clock
from leadjournal.db.models import Task, WeekPlan
from leadjournal.errors import JournalError
from leadjournal.i18n import tr
from leadjournal.services.week_changes import open_tasks_to_move
from leadjournal.services.weeks import PLANNED_RULE
from leadjournal.ui.forms import heading
from leadjournal.ui.icons import icon
from leadjournal.ui.tabs.weekly_plan.capacity import CapacityPanel
from leadjournal.ui.tabs.weekly_plan.change_dialogs import TradeOffDialog
from leadjournal.ui.tabs.weekly_plan.common import StepPage, confirmed_text
from leadjournal.ui.tabs.weekly_plan.context import WeekPageContext
from leadjournal.ui.tabs.weekly_plan.task_editor import TaskEditor
from leadjournal.ui.tabs.weekly_plan.task_tree import TaskTree


class ExecutionPage(StepPage):
    def __init__(self, context: WeekPageContext) -> None:
        super().__init__(context)
        self.layout_.addWidget(
            heading(
                tr("Plan the work"),
                tr(
                    "Tasks under each priority, each with exactly one owner. Protect two blocks "
                    "for deep work and leave some room for the unexpected."
                ),
                [
                    (
                        "manage",
                        tr("Owners, effort and dependencies turn intent into work that happens."),
                    )
                ],
            )
        )
        body = QHBoxLayout()
        self.tasks = TaskTree()
        self.tasks.current_changed.connect(self._show_task)
        self.tasks.add_requested.connect(self.add_task)
        self.tasks.delete_requested.connect(self._delete_task)
        body.addWidget(self.tasks, 3)
        self.editor = TaskEditor(context)
        self.editor.title_edited.connect(self.tasks.rename_chosen)
        body.addWidget(self.editor, 2)
        self.layout_.addLayout(body)
        # The parts people reach for most, by their short names.
        self.tree, self.new_task = self.tasks.tree, self.tasks.new_task
        self.owner = self.editor.owner

        # Where planning ends: after the tasks. Confirming fixes what "planned" means.
        finish = QHBoxLayout()
        self.plan_state = QLabel()
        self.plan_state.setWordWrap(True)
        self.plan_state.setToolTip(tr(PLANNED_RULE))
        self.confirm_button = QPushButton(tr("I'm done planning — confirm this week's plan"))
        self.confirm_button.setIcon(icon("action.confirm_plan"))
        self.confirm_button.setProperty("role", "primary")
        self.confirm_button.setToolTip(tr(PLANNED_RULE))
        self.confirm_button.clicked.connect(self.confirm_plan)
        finish.addWidget(self.plan_state, 1)
        finish.addWidget(self.confirm_button, 0, Qt.AlignmentFlag.AlignTop)
        self.layout_.addLayout(finish)

        self.capacity_panel = CapacityPanel(context)
        self.capacity = self.capacity_panel.capacity
        self.layout_.addWidget(self.capacity_panel)
        self.layout_.addStretch(1)

    def populate(self, week: WeekPlan) -> None:
        keep = self.editor.task_id
        self.editor.offer_choices(week)
        self.tasks.show_week(week, self.context.people, keep)
        self._show_task()
        self.capacity_panel.show_week(week)
        self._show_plan_state(week)

    def _show_plan_state(self, week: WeekPlan) -> None:
        if week.confirmed_at is not None:
            self.plan_state.setText(confirmed_text(week))
        elif not week.tasks:
            self.plan_state.setText(
                tr(
                    "Add at least one task first, each with one owner. When they're all in, "
                    "confirm the plan here."
                )
            )
        else:
            self.plan_state.setText(
                tr(
                    "All the tasks in? Confirm the plan: Friday's delivery figure is measured "
                    "against the tasks in it now."
                )
            )
        self.confirm_button.setVisible(week.confirmed_at is None)
        # A plan with no tasks has nothing to measure Friday against.
        self.confirm_button.setEnabled(bool(week.tasks))
        self.confirm_button.setToolTip(
            tr(PLANNED_RULE) if week.tasks else tr("Add at least one task first.")
        )

    def confirm_plan(self) -> None:
        """Confirm the plan; without an outcome, say so and go to where it is written."""
        self.context.flush_pending_edits()
        week = self.context.planner.week(self.week.week_start)
        assert week is not None
        try:
            self.context.planner.confirm_plan(week, clock.now())
        except JournalError as error:
            self.context.inform(tr("Not yet"), str(error))
            self.context.ask_for_outcome()
            return
        self.context.reload()

    # the chosen task -----------------------------------------------------------------

    def selected_task(self) -> Task | None:
        task_id = self.tasks.chosen_task_id()
        return next((t for t in self.week.tasks if t.id == task_id), None)

    def selected_priority_id(self) -> int | None:
        """The priority a new task goes under: the chosen row's (a priority, or a task's)."""
        if not self.tasks.has_choice():
            return self.week.priorities[0].id if self.week.priorities else None
        is_priority, priority_id = self.tasks.chosen_priority_id()
        if is_priority:
            return priority_id
        task = self.selected_task()
        return task.priority_id if task else None

    def select_task(self, task_id: int) -> None:
        self.tasks.select_task(task_id)

    def _show_task(self) -> None:
        self.context.autosave.flush()
        priority_id = self.selected_priority_id()
        self.tasks.say_where_new_tasks_go(
            next((p.title for p in self.week.priorities if p.id == priority_id), None)
        )
        task = self.selected_task()
        self.tasks.delete_button.setEnabled(task is not None)
        self.editor.show_task(task, self.week)

    def set_owner_text(self, text: str) -> None:
        self.editor.set_owner_text(text)

    def set_dependencies(self, depends_on: list[int]) -> bool:
        return self.editor.set_dependencies(depends_on)

    def add_task(self, title: str) -> int | None:
        title = title.strip()
        if not title:
            return None
        if self.week.confirmed_at is not None:
            task_id = self._add_with_trade_off(title)
            if task_id is None:
                return None  # not added: the title stays in the box
        else:
            task_id = self.context.planner.add_task(
                self.week, title, priority_id=self.selected_priority_id()
            )
        self.new_task.clear()
        self.editor.task_id = task_id
        self.context.reload()
        self.select_task(task_id)
        return task_id

    def _add_with_trade_off(self, title: str) -> int | None:
        """After the plan is confirmed a new task asks what moves to make room, and the
        week's change log keeps the answer; None when the question was cancelled."""
        week = self.week
        movable = [(t.id, t.title) for t in open_tasks_to_move(week)]
        dialog = TradeOffDialog(title, movable, self)
        if dialog.exec() != TradeOffDialog.DialogCode.Accepted:
            return None
        moved_id, moved_to, why = dialog.answer()
        try:
            return self.context.planner.changes.add_task_with_trade_off(
                week,
                title,
                priority_id=self.selected_priority_id(),
                moved_task_id=moved_id,
                moved_to=moved_to,
                why=why,
                now=clock.now(),
            )
        except JournalError as error:
            self.context.inform(tr("Not added"), str(error))
            return None

    def _delete_task(self) -> None:
        task = self.selected_task()
        if task and self.context.confirm(tr("Delete task"), tr("Delete “{0}”?").format(task.title)):
            self.context.planner.delete_task(task.id)
            self.editor.task_id = None
            self.context.reload()
