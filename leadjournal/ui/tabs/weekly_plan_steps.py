"""The seven steps of the weekly loop, one page each, shown by the Weekly Plan tab."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, QTime
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QShowEvent,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QTimeEdit,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leadjournal import clock
from leadjournal.db.models import CheckIn, Task, WeekPlan
from leadjournal.errors import JournalError
from leadjournal.i18n import tr
from leadjournal.services.weeks import (
    DAY_NAMES,
    MAX_PRIORITIES,
    PLANNED_RULE,
    STATUS_LABELS,
    STATUSES,
    WHY_CATEGORIES,
    PriorityLimitError,
    ReviewNotReadyError,
    SlipDestination,
    SmallerTask,
    draft_stakeholder_update,
    has_measurable_part,
    markdown_to_plain,
    matching_past_blocker,
    overlapping_blocks,
    owner_name,
    planned_effort,
    without_empty_sections,
)
from leadjournal.text import day_month, hours_text, human_date
from leadjournal.ui.forms import (
    DateEdit,
    HoursSpinBox,
    ImpactHint,
    TextEditor,
    clear_layout,
    combo_quietly,
    heading,
    hint_label,
    paragraph,
    qdate,
    scroll_area_of,
    set_quietly,
    tab_into,
    text_of,
)
from leadjournal.ui.tabs.slip_dialogs import DropReasonDialog, RescopeDialog
from leadjournal.ui.tabs.weekly_plan_set_aside import SetAsideList
from leadjournal.ui.widgets import BoardColumn

if TYPE_CHECKING:
    from leadjournal.ui.tabs.weekly_plan import WeeklyPlanTab


def minutes(time: QTime) -> int:
    return time.hour() * 60 + time.minute()


def day_combo(include_none: bool = True, weekend: bool = False) -> QComboBox:
    combo = QComboBox()
    if include_none:
        combo.addItem(tr("—"), None)
    for index, name in enumerate(DAY_NAMES[: 7 if weekend else 5]):
        combo.addItem(tr(name), index)
    return combo


def confirmed_text(week: WeekPlan) -> str:
    """What a confirmed plan means, said once where it was confirmed."""
    assert week.confirmed_at is not None
    return tr(
        "✓ This week's plan is confirmed ({0}, {1:%H:%M}). Friday's delivery figure "
        "counts the tasks in it then; tasks added from now on count as added later."
    ).format(tr(DAY_NAMES[week.confirmed_at.weekday()]), week.confirmed_at)


class StepPage(QWidget):
    """One step of the loop; ``populate`` fills it from a freshly loaded week."""

    def __init__(self, tab: WeeklyPlanTab) -> None:
        super().__init__()
        self.tab = tab
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(16, 8, 16, 16)
        self.layout_.setSpacing(10)

    @property
    def week(self) -> WeekPlan:
        assert self.tab.week is not None
        return self.tab.week

    def populate(self, week: WeekPlan) -> None:
        raise NotImplementedError

    def bind_week_text(
        self, editor: TextEditor, field: str, after: Callable[[], None] | None = None
    ) -> None:
        """Typing in ``editor`` saves ``field`` of the week about a second later."""

        def changed() -> None:
            week_id, value = self.week.id, text_of(editor)
            setattr(self.week, field, value)
            self.tab.autosave.schedule(
                f"week:{week_id}:{field}",
                lambda: self.tab.repos.weeks.update(week_id, **{field: value}),
            )
            if after is not None:
                after()

        editor.textChanged.connect(changed)


# --- Monday: direction -------------------------------------------------------------------


class DirectionPage(StepPage):
    def __init__(self, tab: WeeklyPlanTab) -> None:
        super().__init__(tab)
        self.layout_.addWidget(
            heading(
                tr("Set direction"),
                tr(
                    "One result that matters this week, why it matters, and no more than three "
                    "priorities that lead to it."
                ),
                [("lead", tr("Direction and the why: people commit to what they understand."))],
            )
        )
        form = QFormLayout()
        self.outcome = QLineEdit()
        self.outcome.setPlaceholderText(tr("By Friday we will have … done to … standard"))
        self.outcome.setAccessibleName(tr("Weekly outcome"))
        self.outcome_hint = hint_label()
        self.outcome_hint.setText(
            tr(
                "Tip: make it measurable — a number, a day, or what “done” means — so on "
                "Friday you can tell whether it happened."
            )
        )
        self._outcome_from_friday = False  # pre-filled from Friday's focus, not edited
        self.bind_week_text(self.outcome, "outcome", self._outcome_edited)
        outcome_box = QVBoxLayout()
        outcome_box.addWidget(self.outcome)
        outcome_box.addWidget(self.outcome_hint)
        form.addRow(tr("Weekly outcome"), outcome_box)
        self.why = paragraph(56)
        self.why.setPlaceholderText(tr("Who is better off when this is done, and how?"))
        self.why.setAccessibleName(tr("Why it matters"))
        self.bind_week_text(self.why, "why")
        self.category = QComboBox()
        self.category.setAccessibleName(tr("Why category"))
        self.category.addItem(tr("No category"), "")
        for name in WHY_CATEGORIES:
            self.category.addItem(tr(name.capitalize()), name)
        self.category.currentIndexChanged.connect(self._save_category)
        why_row = QHBoxLayout()
        why_row.addWidget(self.why, 1)
        why_row.addWidget(self.category, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(tr("Why it matters"), why_row)
        self.layout_.addLayout(form)

        self.priorities_box = QVBoxLayout()
        self.layout_.addLayout(self.priorities_box)
        buttons = QHBoxLayout()
        self.add_priority_button = QPushButton(tr("Add priority"))
        self.add_priority_button.clicked.connect(self._ask_new_priority)
        self.limit_reason = QLabel(
            tr("Three is the limit: to add one, set another aside with “Set aside…”.")
        )
        self.limit_reason.setStyleSheet("color: palette(placeholder-text);")
        self.limit_reason.setAccessibleName(tr("Why no more priorities can be added"))
        # Confirming the plan lives after the tasks, on "Plan the work": the way there.
        self.next_step_button = QPushButton(tr("Next: plan the work →"))
        self.next_step_button.setToolTip(tr("Add the tasks, then confirm the plan there"))
        self.next_step_button.clicked.connect(lambda: self.tab.show_step(1))
        buttons.addWidget(self.add_priority_button)
        buttons.addWidget(self.limit_reason)
        buttons.addStretch(1)
        buttons.addWidget(self.next_step_button)
        self.layout_.addLayout(buttons)
        self.set_aside_list = SetAsideList()
        self.layout_.addWidget(self.set_aside_list)
        self.plan_state = QLabel()
        self.plan_state.setWordWrap(True)
        self.layout_.addWidget(self.plan_state)
        self.layout_.addStretch(1)

    def populate(self, week: WeekPlan) -> None:
        set_quietly(self.outcome, week.outcome)
        set_quietly(self.why, week.why)
        combo_quietly(self.category, self.category.findData(week.why_category))
        self._outcome_from_friday = self.tab.planner.outcome_is_fridays_focus(week)
        self._update_hint()
        clear_layout(self.priorities_box)
        for number, priority in enumerate(week.priorities, start=1):
            self.priorities_box.addWidget(self._priority_editor(number, priority))
        at_limit = len(week.priorities) >= MAX_PRIORITIES
        self.add_priority_button.setEnabled(not at_limit)
        self.limit_reason.setVisible(at_limit)
        self.set_aside_list.show_week(week)
        self.plan_state.setText(
            confirmed_text(week)
            if week.confirmed_at
            else tr(
                "Next, add the tasks and their owners under “Plan the work”; you confirm the "
                "plan there, once the tasks are in."
            )
        )

    def _outcome_edited(self) -> None:
        self._outcome_from_friday = False
        self._update_hint()

    def _update_hint(self) -> None:
        # Friday's own words are not second-guessed on Monday's first view.
        text = self.outcome.text().strip()
        self.outcome_hint.setVisible(
            bool(text) and not has_measurable_part(text) and not self._outcome_from_friday
        )

    def _save_category(self) -> None:
        self.tab.repos.weeks.update(self.week.id, why_category=self.category.currentData())

    def _priority_editor(self, number: int, priority: object) -> QGroupBox:
        from leadjournal.db.models import Priority

        assert isinstance(priority, Priority)
        box = QGroupBox(tr("Priority {0}").format(number))
        layout = QVBoxLayout(box)
        title_row = QHBoxLayout()
        title = QLineEdit(priority.title)
        title.setAccessibleName(tr("Priority {0} title").format(number))
        priority_id = priority.id
        title.textChanged.connect(
            lambda text: self.tab.autosave.schedule(
                f"priority:{priority_id}",
                lambda: self.tab.repos.weeks.update_priority(priority_id, text),
            )
        )
        remove = QToolButton()
        remove.setText(tr("Remove"))
        remove.setToolTip(tr("Remove this priority; its tasks stay in the week"))
        remove.clicked.connect(lambda: self._remove_priority(priority_id, title.text()))
        set_aside = QToolButton()
        set_aside.setText(tr("Set aside…"))
        set_aside.setAccessibleName(tr("Set aside priority {0}").format(number))
        set_aside.setToolTip(
            tr(
                "Replace this priority with another one, say why, and "
                "choose what happens to its tasks"
            )
        )
        set_aside.clicked.connect(lambda: self.set_aside(priority_id))
        title_row.addWidget(title, 1)
        title_row.addWidget(set_aside)
        title_row.addWidget(remove)
        layout.addLayout(title_row)
        done_label = QLabel(tr("Done when:"))
        layout.addWidget(done_label)
        for criterion in priority.criteria:
            row = QHBoxLayout()
            check = QCheckBox()
            check.setChecked(criterion.met)
            check.setAccessibleName(tr("Criterion met"))
            criterion_id = criterion.id
            check.toggled.connect(
                lambda on, c=criterion_id: self.tab.repos.weeks.update_criterion(c, met=on)
            )
            text = QLineEdit(criterion.text)
            text.setAccessibleName(tr("Success criterion"))
            text.textChanged.connect(
                lambda value, c=criterion_id: self._criterion_text_changed(c, value)
            )
            drop = QToolButton()
            drop.setText("✕")
            drop.setToolTip(tr("Remove this criterion"))
            drop.clicked.connect(lambda _=False, c=criterion_id: self._remove_criterion(c))
            row.addWidget(check)
            row.addWidget(text, 1)
            row.addWidget(drop)
            layout.addLayout(row)
        new = QLineEdit()
        new.setPlaceholderText(tr("Add a success criterion and press Enter"))
        new.setAccessibleName(tr("New success criterion"))
        new.returnPressed.connect(
            lambda: self._add_criterion(priority_id, new.text(), len(priority.criteria))
        )
        layout.addWidget(new)
        return box

    def _criterion_text_changed(self, criterion_id: int, value: str) -> None:
        self.tab.autosave.schedule(
            f"criterion:{criterion_id}",
            lambda: self.tab.repos.weeks.update_criterion(criterion_id, text=value),
        )

    def _add_criterion(self, priority_id: int, text: str, position: int) -> None:
        if text.strip():
            self.tab.repos.weeks.add_criterion(priority_id, text.strip(), position)
            self.tab.reload()

    def _remove_criterion(self, criterion_id: int) -> None:
        self.tab.repos.weeks.delete_criterion(criterion_id)
        self.tab.reload()

    def _remove_priority(self, priority_id: int, title: str) -> None:
        if self.tab.confirm(
            tr("Remove priority"), tr("Remove “{0}”? Its tasks stay in the week.").format(title)
        ):
            self.tab.repos.weeks.delete_priority(priority_id)
            self.tab.reload()

    def _ask_new_priority(self) -> None:
        title, ok = QInputDialog.getText(self, tr("Add priority"), tr("What is the priority?"))
        if ok and title.strip():
            self.add_priority(title.strip())

    def add_priority(self, title: str) -> bool:
        """Add a priority; at the limit, say how to make room (nothing is replaced)."""
        self.tab.flush_pending_edits()
        week = self.tab.planner.week(self.week.week_start)
        assert week is not None
        try:
            self.tab.planner.add_priority(week, title)
        except PriorityLimitError:
            self.tab.inform(
                tr("Three priorities is the limit"),
                tr(
                    "A week has at most three priorities: with more, none gets the focus it "
                    "needs. Set one aside to make room for “{0}”."
                ).format(title),
            )
            return False
        self.tab.reload()
        return True

    def set_aside(self, priority_id: int) -> bool:
        """Replace a priority through the set-aside dialog; False when cancelled."""
        from leadjournal.ui.tabs.weekly_plan_set_aside import SetAsideDialog

        self.tab.flush_pending_edits()
        week = self.tab.planner.week(self.week.week_start)
        assert week is not None
        priority = next(p for p in week.priorities if p.id == priority_id)
        open_tasks = sum(t.priority_id == priority_id and t.status != "done" for t in week.tasks)
        dialog = SetAsideDialog(priority.title, open_tasks, self)
        if dialog.exec() != SetAsideDialog.DialogCode.Accepted:
            return False
        try:
            self.tab.planner.set_aside_priority(
                week,
                priority_id,
                dialog.new_title.text(),
                dialog.fate(),
                dialog.why.text(),
                clock.now(),
            )
        except JournalError as error:
            self.tab.inform(tr("Not set aside"), str(error))
            return False
        self.tab.reload()
        return True


# --- Monday: execution -------------------------------------------------------------------


class ExecutionPage(StepPage):
    def __init__(self, tab: WeeklyPlanTab) -> None:
        super().__init__(tab)
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
        left = QVBoxLayout()
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([tr("Task"), tr("Owner"), tr("Effort"), tr("Due")])
        self.tree.setAccessibleName(tr("Tasks by priority"))
        self.tree.setMinimumHeight(220)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.currentItemChanged.connect(lambda *_: self._show_task())
        left.addWidget(self.tree, 1)
        row = QHBoxLayout()
        self.new_task = QLineEdit()
        self.new_task.setPlaceholderText(tr("New task — press Enter"))
        self.new_task.setAccessibleName(tr("New task"))
        self.new_task.returnPressed.connect(lambda: self.add_task(self.new_task.text()))
        self.delete_button = QPushButton(tr("Delete task"))
        self.delete_button.clicked.connect(self._delete_task)
        row.addWidget(self.new_task, 1)
        row.addWidget(self.delete_button)
        left.addLayout(row)
        body.addLayout(left, 3)

        self.form_box = QGroupBox(tr("Task"))
        form = QFormLayout(self.form_box)
        self.title = QLineEdit()
        self.title.setAccessibleName(tr("Task title"))
        self.title.textChanged.connect(self._title_changed)
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
        self.reviewer.setPlaceholderText(tr("Who checks it before it counts as done?"))
        self.reviewer.textChanged.connect(self._reviewer_changed)
        self.due = day_combo()
        self.due.setAccessibleName(tr("Due day"))
        self.due.activated.connect(lambda _: self._save(due_day=self.due.currentData()))
        self.depends = QListWidget()
        self.depends.setAccessibleName(tr("Depends on"))
        self.depends.setMaximumHeight(110)
        self.depends.itemChanged.connect(self._dependencies_changed)
        form.addRow(tr("Title"), self.title)
        form.addRow(tr("Priority"), self.priority)
        form.addRow(tr("Owner"), self.owner)
        form.addRow(tr("Effort"), effort)
        form.addRow(tr("Reviewer"), self.reviewer)
        form.addRow(tr("Due"), self.due)
        form.addRow(tr("Depends on"), self.depends)
        body.addWidget(self.form_box, 2)
        self.layout_.addLayout(body)

        # Where planning ends: after the tasks. Confirming fixes what "planned" means.
        finish = QHBoxLayout()
        self.plan_state = QLabel()
        self.plan_state.setWordWrap(True)
        self.plan_state.setToolTip(tr(PLANNED_RULE))
        self.confirm_button = QPushButton(tr("I'm done planning — confirm this week's plan"))
        self.confirm_button.setToolTip(tr(PLANNED_RULE))
        self.confirm_button.clicked.connect(self.confirm_plan)
        finish.addWidget(self.plan_state, 1)
        finish.addWidget(self.confirm_button, 0, Qt.AlignmentFlag.AlignTop)
        self.layout_.addLayout(finish)

        capacity = QGroupBox(tr("Capacity, focus and buffer"))
        grid = QGridLayout(capacity)
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
        self.bind_week_text(self.buffer, "buffer_note")
        grid.addWidget(QLabel(tr("Buffer")), 3, 0)
        grid.addWidget(self.buffer, 3, 1, 1, 5)
        grid.setColumnStretch(5, 1)
        self.layout_.addWidget(capacity)
        self.layout_.addStretch(1)
        self._task_id: int | None = None
        self._owner_shown = ""

    # populate ------------------------------------------------------------------------

    def populate(self, week: WeekPlan) -> None:
        keep = self._task_id
        people = self.tab.people
        self.tree.blockSignals(True)
        self.tree.clear()
        groups: list[tuple[int | None, str]] = [(p.id, p.title) for p in week.priorities]
        if any(t.priority_id is None for t in week.tasks):
            groups.append((None, tr("No priority yet")))
        select: QTreeWidgetItem | None = None
        for priority_id, title in groups:
            group = QTreeWidgetItem([title])
            group.setData(0, Qt.ItemDataRole.UserRole, ("priority", priority_id))
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.tree.addTopLevelItem(group)
            for task in (t for t in week.tasks if t.priority_id == priority_id):
                item = QTreeWidgetItem(
                    [
                        task.title,
                        owner_name(task, people),
                        self._effort_text(task),
                        tr(DAY_NAMES[task.due_day][:3]) if task.due_day is not None else "",
                    ]
                )
                item.setData(0, Qt.ItemDataRole.UserRole, ("task", task.id))
                group.addChild(item)
                if task.id == keep:
                    select = item
            group.setExpanded(True)
        for column in (1, 2, 3):
            self.tree.resizeColumnToContents(column)
        self.tree.blockSignals(False)
        self.priority.clear()
        self.priority.addItem(tr("No priority"), None)
        for p in week.priorities:
            self.priority.addItem(p.title, p.id)
        self.owner.clear()
        self.owner.addItem(tr("Me"), None)
        for person in self.tab.repos.people.list():
            self.owner.addItem(person.name, person.id)
        if select is None and week.tasks:
            # Open on the first task so the form is never an empty grey box.
            first_group = self.tree.topLevelItem(0)
            select = first_group.child(0) if first_group is not None else None
        if select is not None:
            self.tree.setCurrentItem(select)
        else:
            self._task_id = None
        self._show_task()
        capacity = week.capacity_hours or 0
        self.capacity.blockSignals(True)
        self.capacity.setValue(capacity)
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
        self._update_notes()
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
        self.tab.flush_pending_edits()
        week = self.tab.planner.week(self.week.week_start)
        assert week is not None
        try:
            self.tab.planner.confirm_plan(week, clock.now())
        except JournalError as error:
            self.tab.inform(tr("Not yet"), str(error))
            self.tab.show_step(0)
            self.tab.direction.outcome.setFocus()
            return
        self.tab.reload()

    def _effort_text(self, task: Task) -> str:
        if task.effort_hours:
            return hours_text(task.effort_hours)
        return task.effort_size

    def _update_notes(self) -> None:
        week = self.week
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

    # the selected task -----------------------------------------------------------------

    def selected_task(self) -> Task | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        kind, ident = item.data(0, Qt.ItemDataRole.UserRole)
        if kind != "task":
            return None
        return next((t for t in self.week.tasks if t.id == ident), None)

    def selected_priority_id(self) -> int | None:
        item = self.tree.currentItem()
        if item is None:
            return self.week.priorities[0].id if self.week.priorities else None
        kind, ident = item.data(0, Qt.ItemDataRole.UserRole)
        if kind == "priority":
            return ident  # type: ignore[no-any-return]
        task = self.selected_task()
        return task.priority_id if task else None

    def select_task(self, task_id: int) -> None:
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            assert group is not None
            for child_index in range(group.childCount()):
                child = group.child(child_index)
                if child is not None and child.data(0, Qt.ItemDataRole.UserRole) == (
                    "task",
                    task_id,
                ):
                    self.tree.setCurrentItem(child)
                    return

    def _new_task_says_where(self) -> None:
        """The new-task box names the priority a new task goes under, or says none."""
        priority_id = self.selected_priority_id()
        title = next((p.title for p in self.week.priorities if p.id == priority_id), None)
        self.new_task.setPlaceholderText(
            tr("New task under “{0}” — press Enter").format(title)
            if title is not None
            else tr("New task, with no priority yet — press Enter")
        )

    def _show_task(self) -> None:
        self.tab.autosave.flush()
        self._new_task_says_where()
        task = self.selected_task()
        self._task_id = task.id if task else None
        self.form_box.setEnabled(task is not None)
        self.delete_button.setEnabled(task is not None)
        if task is None:
            set_quietly(self.title, "")
            set_quietly(self.reviewer, "")
            self.depends.clear()
            return
        set_quietly(self.title, task.title)
        set_quietly(self.reviewer, task.reviewer)
        combo_quietly(self.priority, self.priority.findData(task.priority_id))
        if task.owned_by_me:
            combo_quietly(self.owner, 0)
        elif self.owner.findData(task.owner_person_id) < 0:
            # Unassigned (owner deleted) or owned by someone archived since: say so
            # rather than pretending the task is the user's.
            name = self.tab.people.get(task.owner_person_id or -1)
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
        for other in self.week.tasks:
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

    def _save(self, **fields: object) -> None:
        if self._task_id is None:
            return
        self.tab.repos.weeks.update_task(self._task_id, **fields)
        self.tab.reload()

    def _title_changed(self, text: str) -> None:
        task_id = self._task_id
        if task_id is None:
            return
        item = self.tree.currentItem()
        if item is not None:
            item.setText(0, text)
        for task in self.week.tasks:
            if task.id == task_id:
                task.title = text
        self.tab.autosave.schedule(
            f"task:{task_id}:title", lambda: self.tab.repos.weeks.update_task(task_id, title=text)
        )

    def _reviewer_changed(self, text: str) -> None:
        task_id = self._task_id
        if task_id is not None:
            self.tab.autosave.schedule(
                f"task:{task_id}:reviewer",
                lambda: self.tab.repos.weeks.update_task(task_id, reviewer=text),
            )

    def set_owner_text(self, text: str) -> None:
        """Set the owner from what was typed or picked; a new name offers to add them."""
        if self._task_id is None:
            return
        task_id = self._task_id
        name = text.strip()
        if not name or name in {tr("Unassigned"), self._owner_shown}:
            return  # nothing new was chosen
        if name.lower() in {tr("Me").lower(), "me"}:
            self.tab.planner.set_owner(task_id, None)
        else:
            person = self.tab.repos.people.find_by_name(name)
            if person is None:
                if not self.tab.confirm(
                    tr("Add a person"), tr("Add {0} to the people you supervise?").format(name)
                ):
                    self._show_task()
                    return
                person = self.tab.repos.people.add(name)
            self.tab.planner.set_owner(task_id, person.id)
        self.tab.reload()

    def _dependencies_changed(self, _item: QListWidgetItem) -> None:
        if self._task_id is None:
            return
        chosen = []
        for index in range(self.depends.count()):
            item = self.depends.item(index)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                chosen.append(int(item.data(Qt.ItemDataRole.UserRole)))
        self.set_dependencies(chosen)

    def set_dependencies(self, depends_on: list[int]) -> bool:
        assert self._task_id is not None
        try:
            self.tab.planner.set_dependencies(self.week, self._task_id, depends_on)
        except JournalError as error:
            self.tab.inform(tr("That would make a loop"), str(error))
            self._show_task()
            return False
        self.tab.reload()
        return True

    def add_task(self, title: str) -> int | None:
        title = title.strip()
        if not title:
            return None
        task_id = self.tab.planner.add_task(
            self.week, title, priority_id=self.selected_priority_id()
        )
        self.new_task.clear()
        self._task_id = task_id
        self.tab.reload()
        self.select_task(task_id)
        return task_id

    def _delete_task(self) -> None:
        task = self.selected_task()
        if task and self.tab.confirm(tr("Delete task"), tr("Delete “{0}”?").format(task.title)):
            self.tab.repos.weeks.delete_task(task.id)
            self._task_id = None
            self.tab.reload()

    def _save_capacity(self) -> None:
        value = self.capacity.value() or None
        self.tab.repos.weeks.update(self.week.id, capacity_hours=value)
        self.week.capacity_hours = value
        self._update_notes()

    def _save_block(self, index: int) -> None:
        day, start, end = self.block_rows[index]
        fields = {
            "day": day.currentData(),
            "start_minute": minutes(start.time()),
            "end_minute": minutes(end.time()),
        }
        blocks = self.week.deep_work_blocks
        if index < len(blocks):
            self.tab.repos.weeks.update_block(blocks[index].id, **fields)
        else:
            while len(blocks) <= index:
                self.tab.repos.weeks.add_block(self.week.id, **fields)
                blocks = self.tab.planner.week(self.week.week_start).deep_work_blocks  # type: ignore[union-attr]
        self._update_notes()


# --- the tracker board -------------------------------------------------------------------


class TrackerPage(StepPage):
    def __init__(self, tab: WeeklyPlanTab) -> None:
        super().__init__(tab)
        self.layout_.addWidget(
            heading(
                tr("Tracker"),
                tr("Drag cards between columns, or select one and press Ctrl+Right / Ctrl+Left."),
                [("manage", tr("Seeing what moved and what is stuck, before Friday."))],
            )
        )
        filters = QHBoxLayout()
        self.owner_filter = QComboBox()
        self.owner_filter.setAccessibleName(tr("Filter by owner"))
        self.priority_filter = QComboBox()
        self.priority_filter.setAccessibleName(tr("Filter by priority"))
        for combo in (self.owner_filter, self.priority_filter):
            combo.currentIndexChanged.connect(lambda _: self._fill_columns())
        filters.addWidget(QLabel(tr("Owner")))
        filters.addWidget(self.owner_filter)
        filters.addWidget(QLabel(tr("Priority")))
        filters.addWidget(self.priority_filter)
        filters.addStretch(1)
        self.layout_.addLayout(filters)
        board = QHBoxLayout()
        self.columns: dict[str, BoardColumn] = {}
        self.column_titles: dict[str, QLabel] = {}
        for status in STATUSES:
            column = BoardColumn(status)
            column.setAccessibleName(tr(STATUS_LABELS[status]))
            column.setMinimumHeight(320)
            column.tasks_dropped.connect(self._on_drop)
            column.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            column.customContextMenuRequested.connect(
                lambda point, c=column: self._context_menu(c, point)
            )
            box = QVBoxLayout()
            title = QLabel()
            self.column_titles[status] = title
            box.addWidget(title)
            box.addWidget(column, 1)
            board.addLayout(box, 1)
            self.columns[status] = column
        self.layout_.addLayout(board, 1)
        for keys, step in (("Ctrl+Right", 1), ("Ctrl+Left", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self.move_selected(s))

    def populate(self, week: WeekPlan) -> None:
        for combo, entries in (
            (
                self.owner_filter,
                [(tr("Everyone"), "*"), (tr("Me"), None)]
                + [
                    (name, pid)
                    for pid, name in sorted(self.tab.people.items(), key=lambda x: x[1])
                    if any(t.owner_person_id == pid for t in week.tasks)
                ],
            ),
            (
                self.priority_filter,
                [(tr("All priorities"), "*")] + [(p.title, p.id) for p in week.priorities],
            ),
        ):
            keep = combo.currentData() if combo.count() else "*"
            combo.blockSignals(True)
            combo.clear()
            for label, value in entries:
                combo.addItem(label, value)
            index = combo.findData(keep)
            combo.setCurrentIndex(index if index >= 0 and keep != "*" else 0)
            combo.blockSignals(False)
        self._fill_columns()

    def _fill_columns(self) -> None:
        if self.tab.week is None:
            return
        week = self.week
        owner = self.owner_filter.currentData()
        priority = self.priority_filter.currentData()
        titles = {p.id: p.title for p in week.priorities}
        selected = self.selected_task_id()
        # Who said at the check-in that they are blocked (None: the user), and by what:
        # read afresh, as the check-in may have been typed since the week was loaded.
        blocked = self.tab.repos.weeks.blockers_in_week(week.id)
        for status, column in self.columns.items():
            column.clear()
            count = 0
            for task in week.tasks:
                if task.status != status:
                    continue
                if owner != "*" and (
                    (owner is None and not task.owned_by_me)
                    or (owner is not None and task.owner_person_id != owner)
                ):
                    continue
                if priority != "*" and task.priority_id != priority:
                    continue
                parts = [owner_name(task, self.tab.people)]
                if task.priority_id in titles:
                    parts.append(titles[task.priority_id])
                if task.due_day is not None:
                    parts.append(tr("due {0}").format(tr(DAY_NAMES[task.due_day][:3])))
                item = QListWidgetItem(f"{task.title}\n{' · '.join(parts)}")
                item.setData(Qt.ItemDataRole.UserRole, task.id)
                item.setToolTip(task.title)
                blocker = blocked.get(None if task.owned_by_me else task.owner_person_id)
                if status != "done" and blocker and (task.owned_by_me or task.owner_person_id):
                    item.setText(item.text() + "\n" + tr("⚠ Blocked"))
                    item.setToolTip(tr("{0}\nBlocked: {1}").format(task.title, blocker))
                elif status != "done" and task.slip_decision in ("carry_over", "drop"):
                    # Decided already (at Friday's review, or when its priority was set
                    # aside): say so, so nobody picks it up by mistake.
                    mark = (
                        tr("→ Carried to next week")
                        if task.slip_decision == "carry_over"
                        else tr("✕ Dropped")
                    )
                    item.setText(item.text() + "\n" + mark)
                    item.setToolTip(f"{task.title}\n{task.slip_reason}".strip())
                column.addItem(item)
                if task.id == selected:
                    column.setCurrentItem(item)
                count += 1
            self.column_titles[status].setText(f"<b>{tr(STATUS_LABELS[status])}</b> ({count})")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fill_columns()  # a blocker written at the check-in shows on the cards

    def selected_task_id(self) -> int | None:
        for column in self.columns.values():
            if column.hasFocus() or column.selectedItems():
                items = column.selectedItems()
                if items:
                    return int(items[0].data(Qt.ItemDataRole.UserRole))
        return None

    def card_ids(self, status: str) -> list[int]:
        column = self.columns[status]
        return [
            int(column.item(i).data(Qt.ItemDataRole.UserRole))  # type: ignore[union-attr]
            for i in range(column.count())
        ]

    def move_selected(self, step: int) -> None:
        task_id = self.selected_task_id()
        if task_id is None:
            return
        task = next(t for t in self.week.tasks if t.id == task_id)
        index = STATUSES.index(task.status) + step
        if 0 <= index < len(STATUSES) and self.tab.move_task(task_id, STATUSES[index]):
            self._focus_card(task_id)

    def _focus_card(self, task_id: int) -> None:
        for column in self.columns.values():
            for i in range(column.count()):
                item = column.item(i)
                if item is not None and item.data(Qt.ItemDataRole.UserRole) == task_id:
                    column.setFocus()
                    column.setCurrentItem(item)

    def _on_drop(self, task_ids: list[int], status: str) -> None:
        for task_id in task_ids:
            self.tab.move_task(int(task_id), status)

    def _context_menu(self, column: BoardColumn, point: QPoint) -> None:
        item = column.itemAt(point)
        if item is None:
            return
        task_id = int(item.data(Qt.ItemDataRole.UserRole))
        menu = QMenu(self)
        for status in STATUSES:
            action = menu.addAction(tr("Move to {0}").format(tr(STATUS_LABELS[status])))
            action.setEnabled(status != column.status)
            action.triggered.connect(lambda _=False, s=status: self.tab.move_task(task_id, s))
        menu.exec(column.mapToGlobal(point))


# --- Tuesday: check-in -------------------------------------------------------------------


CHECKIN_FIELDS = (
    ("completed", "Completed"),
    ("next_up", "Next"),
    ("blocked", "Blocked by"),
    ("next_action", "Next action"),
    ("next_action_when", "By when"),
)


class CheckInPage(StepPage):
    def __init__(self, tab: WeeklyPlanTab) -> None:
        super().__init__(tab)
        self.layout_.addWidget(
            heading(
                tr("15-minute check-in"),
                tr(
                    "For each person on the team: what's done, what's next, what's in the way, "
                    "and the next concrete step with a time."
                ),
                [("manage", tr("A short, regular look at progress catches blockers early."))],
            )
        )
        self.people_box = QVBoxLayout()
        self.layout_.addLayout(self.people_box)
        self.layout_.addStretch(1)
        self.editors: dict[tuple[int | None, str], QLineEdit] = {}
        self.recurring: dict[int | None, QLabel] = {}
        self.task_lines: dict[int | None, QLabel] = {}

    def populate(self, week: WeekPlan) -> None:
        clear_layout(self.people_box)
        self.editors.clear()
        self.recurring.clear()
        self.task_lines.clear()
        # Read earlier blockers once per week, not on every keystroke in a "Blocked" field.
        self._past_blockers = self.tab.repos.weeks.blockers_before(week.week_start)
        existing = {c.person_id: c for c in week.checkins}
        # Everyone on the team, with tasks this week or not; someone archived since keeps
        # the check-in already written; the user's own line comes last.
        people: list[int | None] = [p.id for p in self.tab.repos.people.list()]
        people += [pid for pid in existing if pid is not None and pid not in people]
        people.append(None)
        for person_id in people:
            name = tr("Me") if person_id is None else self.tab.people.get(person_id, "?")
            tasks = [
                t
                for t in week.tasks
                if (t.owned_by_me if person_id is None else t.owner_person_id == person_id)
            ]
            self.people_box.addWidget(
                self._person_box(person_id, name, tasks, existing.get(person_id))
            )
            self._check_recurring(person_id)

    def _person_box(
        self, person_id: int | None, name: str, tasks: list[Task], checkin: CheckIn | None
    ) -> QGroupBox:
        box = QGroupBox(name)
        grid = QGridLayout(box)
        grid.setContentsMargins(8, 4, 8, 6)
        grid.setVerticalSpacing(4)
        listed = QLabel(self._tasks_text(tasks))
        listed.setWordWrap(True)
        listed.setStyleSheet("color: palette(placeholder-text);")
        listed.setAccessibleName(tr("{0}: tasks this week").format(name))
        self.task_lines[person_id] = listed
        grid.addWidget(listed, 0, 0, 1, 6)
        # Two rows of fields side by side: the page stays short enough to see the team.
        places = {
            "completed": (1, 0, 1),
            "next_up": (1, 2, 3),
            "blocked": (2, 0, 1),
            "next_action": (2, 2, 1),
            "next_action_when": (2, 4, 1),
        }
        for field, label in CHECKIN_FIELDS:
            editor = QLineEdit(getattr(checkin, field) if checkin else "")
            editor.setAccessibleName(tr("{0}: {1}").format(name, tr(label)))
            editor.textChanged.connect(
                lambda value, p=person_id, f=field: self._changed(p, f, value)
            )
            self.editors[(person_id, field)] = editor
            row, column, span = places[field]
            grid.addWidget(QLabel(tr(label)), row, column)
            if field == "blocked":
                # The recurring flag sits beside the field: appearing as the user types,
                # it moves nothing up or down.
                cell = QHBoxLayout()
                cell.addWidget(editor, 1)
                flag = QLabel()
                flag.setStyleSheet("color: palette(link);")
                self.recurring[person_id] = flag
                cell.addWidget(flag)
                grid.addLayout(cell, row, column + 1, 1, span)
            else:
                grid.addWidget(editor, row, column + 1, 1, span)
        self.editors[(person_id, "next_action_when")].setMaximumWidth(130)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 3)
        return box

    def _tasks_text(self, tasks: list[Task]) -> str:
        if not tasks:
            return tr("No tasks this week.")
        shown = " · ".join(
            tr("{0} ({1})").format(t.title, tr(STATUS_LABELS[t.status])) for t in tasks
        )
        return tr("This week: {0}").format(shown)

    def _changed(self, person_id: int | None, field: str, value: str) -> None:
        week_id = self.week.id
        self.tab.autosave.schedule(
            f"checkin:{week_id}:{person_id}:{field}",
            lambda: self.tab.repos.weeks.save_checkin(week_id, person_id, **{field: value}),
        )
        if field == "blocked":
            self._check_recurring(person_id)

    def _check_recurring(self, person_id: int | None) -> None:
        flag = self.recurring[person_id]
        blocked = self.editors[(person_id, "blocked")].text()
        match = matching_past_blocker(blocked, person_id, self._past_blockers)
        if match is None:
            flag.hide()
            return
        flag.setText(tr("↻ Recurring since {0}").format(day_month(match.week_start)))
        flag.setToolTip(
            tr("Worth fixing the process: seen in the week of {0}: “{1}”").format(
                day_month(match.week_start), match.text
            )
        )
        flag.show()


# --- Wednesday: improve one system --------------------------------------------------------


class ImprovePage(StepPage):
    def __init__(self, tab: WeeklyPlanTab) -> None:
        super().__init__(tab)
        self.layout_.addWidget(
            heading(
                tr("Coach one person, improve one system"),
                tr(
                    "One small change to how the team works — a template, a handoff, a "
                    "checklist, a definition of done — and one coaching conversation."
                ),
                [
                    ("lead", tr("Coaching grows people; one conversation a week adds up.")),
                    ("manage", tr("Fixing one process removes a problem for good.")),
                ],
            )
        )
        form = QFormLayout()
        self.what = QLineEdit()
        self.what.setAccessibleName(tr("Process improvement"))
        self.what.setPlaceholderText(tr("e.g. A checklist for handing over escalations"))
        self.bind_week_text(self.what, "improvement_what")
        self.why = paragraph(56)
        self.why.setAccessibleName(tr("Why this improvement"))
        self.why.setPlaceholderText(tr("What keeps going wrong without it?"))
        self.bind_week_text(self.why, "improvement_why")
        self.status = QComboBox()
        self.status.setAccessibleName(tr("Improvement status"))
        for value, label in (
            ("idea", "Idea"),
            ("trying", "Trying it"),
            ("done", "In place"),
            ("dropped", "Dropped"),
        ):
            self.status.addItem(tr(label), value)
        self.status.activated.connect(
            lambda _: self.tab.repos.weeks.update(
                self.week.id, improvement_status=self.status.currentData()
            )
        )
        form.addRow(tr("Improvement"), self.what)
        form.addRow(tr("Why"), self.why)
        form.addRow(tr("Status"), self.status)
        coaching_row = QVBoxLayout()
        self.coaching = QLabel()
        self.coaching.setWordWrap(True)
        self.coaching.setAccessibleName(tr("This week's coaching conversations"))
        self.coach_button = QPushButton(tr("Record a coaching conversation…"))
        self.coach_button.setToolTip(tr("Opens the Coaching Log"))
        self.coach_button.clicked.connect(lambda: self.tab.coaching_requested.emit(None))
        coaching_row.addWidget(self.coaching)
        coaching_row.addWidget(self.coach_button, 0, Qt.AlignmentFlag.AlignLeft)
        form.addRow(tr("Coaching"), coaching_row)
        self.layout_.addLayout(form)
        self.layout_.addStretch(1)

    def populate(self, week: WeekPlan) -> None:
        set_quietly(self.what, week.improvement_what)
        set_quietly(self.why, week.improvement_why)
        combo_quietly(self.status, self.status.findData(week.improvement_status))
        held = self.tab.repos.coaching.coaching_between(
            week.week_start, week.week_start + dt.timedelta(days=6)
        )
        if held:
            lines = [
                f"• {self.tab.people.get(c.person_id, '?')}: {c.skill or tr('coaching')}"
                for c in held
            ]
            self.coaching.setText(tr("This week:") + "\n" + "\n".join(lines))
        else:
            self.coaching.setText(tr("No coaching conversation recorded this week yet."))


# --- Thursday: align ---------------------------------------------------------------------


class AlignPage(StepPage):
    def __init__(self, tab: WeeklyPlanTab) -> None:
        super().__init__(tab)
        self.layout_.addWidget(
            heading(
                tr("Align outside the team"),
                tr(
                    "A short update for the people who depend on your team, and the decisions "
                    "you made, written down where everyone can find them."
                ),
                [
                    (
                        "lead",
                        tr("Telling others where the team is going keeps their trust and support."),
                    )
                ],
            )
        )
        self.update_text = paragraph(190)
        self.update_text.setAccessibleName(tr("Stakeholder update"))
        self.update_text.setPlaceholderText(tr("Press “Draft from this week” to start."))
        self.bind_week_text(self.update_text, "stakeholder_update")
        # The update reads formatted, as stakeholders will see it; "Edit the text" shows
        # what is kept (Markdown) to change it.
        self.update_view = QTextBrowser()
        self.update_view.setAccessibleName(tr("Stakeholder update, formatted"))
        self.update_view.setOpenLinks(False)
        self.update_view.setTabChangesFocus(True)
        self.update_view.setPlaceholderText(self.update_text.placeholderText())
        self.update_stack = QStackedWidget()
        self.update_stack.addWidget(self.update_view)
        self.update_stack.addWidget(self.update_text)
        # The update grows with its text (the page scrolls), never a box to scroll in.
        self.update_text.textChanged.connect(self._fit_update_height)
        buttons = QHBoxLayout()
        draft = QPushButton(tr("Draft from this week"))
        draft.clicked.connect(self.draft_update)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self._toggle_editing)
        copy_text = QPushButton(tr("Copy as text"))
        copy_text.clicked.connect(lambda: self.copy_update(markdown=False))
        copy_markdown = QPushButton(tr("Copy as Markdown"))
        copy_markdown.clicked.connect(lambda: self.copy_update(markdown=True))
        for button in (draft, self.edit_button, copy_text, copy_markdown):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.layout_.addWidget(self.update_stack)
        self.layout_.addLayout(buttons)

        log = QGroupBox(tr("Decision log (all weeks)"))
        log_layout = QVBoxLayout(log)
        entry = QHBoxLayout()
        self.decision = QLineEdit()
        self.decision.setPlaceholderText(tr("Decision"))
        self.decision.setAccessibleName(tr("Decision"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(tr("Reason"))
        self.reason.setAccessibleName(tr("Reason for the decision"))
        self.consulted = QLineEdit()
        self.consulted.setPlaceholderText(tr("Who was consulted"))
        self.consulted.setAccessibleName(tr("Who was consulted"))
        self.decided_on = DateEdit()
        self.decided_on.setAccessibleName(tr("Decision date"))
        add = QPushButton(tr("Log decision"))
        add.clicked.connect(self.log_decision)
        self.decision.returnPressed.connect(self.log_decision)
        entry.addWidget(self.decision, 3)
        entry.addWidget(self.reason, 3)
        entry.addWidget(self.consulted, 2)
        entry.addWidget(self.decided_on)
        entry.addWidget(add)
        log_layout.addLayout(entry)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Filter decisions…"))
        self.filter.setAccessibleName(tr("Filter decisions"))
        self.filter.textChanged.connect(lambda _: self._fill_log())
        log_layout.addWidget(self.filter)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [tr("Date"), tr("Decision"), tr("Reason"), tr("Consulted")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(180)
        log_layout.addWidget(self.table)
        self.layout_.addWidget(log, 1)

    def populate(self, week: WeekPlan) -> None:
        set_quietly(self.update_text, week.stakeholder_update)
        self.show_formatted(bool(week.stakeholder_update.strip()))
        today = self.tab.today()
        in_week = week.week_start <= today <= week.week_start + dt.timedelta(days=6)
        self.decided_on.setDate(qdate(today if in_week else week.week_start + dt.timedelta(days=3)))
        self._fill_log()

    def _fill_log(self) -> None:
        decisions = self.tab.repos.weeks.decisions(self.filter.text())
        self.table.setRowCount(len(decisions))
        for row, decision in enumerate(decisions):
            values = [
                human_date(decision.decided_on),
                decision.decision,
                decision.reason,
                decision.consulted,
            ]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnToContents(0)
        self.table.resizeRowsToContents()

    def log_decision(self) -> None:
        if not self.decision.text().strip():
            self.decision.setFocus()
            return
        self.tab.repos.weeks.add_decision(
            self.week.id,
            decided_on=self.decided_on.date().toPython(),
            decision=self.decision.text().strip(),
            reason=self.reason.text().strip(),
            consulted=self.consulted.text().strip(),
        )
        for editor in (self.decision, self.reason, self.consulted):
            editor.clear()
        self._fill_log()

    def draft_update(self) -> None:
        self.tab.flush_pending_edits()
        if self.update_text.toPlainText().strip() and not self.tab.confirm(
            tr("Replace the update?"), tr("Replace what you've written with a fresh draft?")
        ):
            return
        week = self.tab.planner.week(self.week.week_start)
        assert week is not None
        draft = draft_stakeholder_update(
            week,
            self.tab.people,
            self.tab.today(),
            markdown=True,
            signed_by=self.tab.repos.settings.get("user_name", "") or "",
        )
        self.update_text.setPlainText(draft)  # typing-equivalent: autosaves
        self.show_formatted(True)

    def editing(self) -> bool:
        return self.update_stack.currentWidget() is self.update_text

    def _quieter_headings(self) -> None:
        """Headings in bold at the text's size, as in an email (Qt's are poster-size)."""
        block = self.update_view.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel():
                cursor = QTextCursor(block)
                cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
                heading_format = QTextCharFormat()
                heading_format.setProperty(QTextFormat.Property.FontSizeAdjustment, 0)
                heading_format.setFontWeight(QFont.Weight.Bold)
                cursor.mergeCharFormat(heading_format)
            block = block.next()

    def _toggle_editing(self) -> None:
        self.show_formatted(self.editing())
        if self.editing():
            self.update_text.setFocus()

    def show_formatted(self, formatted: bool) -> None:
        """Show the update formatted (rendered from its Markdown), or its text to edit."""
        if formatted:
            # Shown as it is sent: a section left empty ("Decisions needed") is left out.
            self.update_view.setMarkdown(without_empty_sections(self.update_text.toPlainText()))
            self._quieter_headings()
            self.update_stack.setCurrentWidget(self.update_view)
            self.edit_button.setText(tr("Edit the text"))
        else:
            self.update_stack.setCurrentWidget(self.update_text)
            self.edit_button.setText(tr("Show it formatted"))
        self._fit_update_height()

    def _fit_update_height(self) -> None:
        """Make the update as tall as its text at the current width."""
        shown = self.update_stack.currentWidget()
        if shown is self.update_view:
            document = self.update_view.document()
            document.setTextWidth(self.update_view.viewport().width())
            content = document.size().height()
        else:  # a plain-text editor's layout counts lines, wrapped ones included
            self.update_text.document().adjustSize()
            lines = self.update_text.document().documentLayout().documentSize().height()
            content = lines * self.update_text.fontMetrics().lineSpacing() + 12
        height = max(120, int(content) + 2 * self.update_view.frameWidth() + 6)
        for widget in (self.update_view, self.update_text, self.update_stack):
            widget.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_update_height()  # the text wraps differently at another width

    def copy_update(self, markdown: bool) -> str:
        text = without_empty_sections(self.update_text.toPlainText())
        if not markdown:
            text = markdown_to_plain(text)
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(text)
        return text


# --- Friday: review ----------------------------------------------------------------------


SLIP_CHOICES = (
    ("", "Decide…"),
    ("carry_over", "Carry over"),
    ("drop", "Drop"),
    ("rescope", "Re-scope"),
)


class ReviewPage(StepPage):
    def __init__(self, tab: WeeklyPlanTab) -> None:
        super().__init__(tab)
        self.layout_.addWidget(
            heading(
                tr("Review and reset"),
                tr(
                    "What shipped, what slipped and why — specific, not blaming — one lesson, "
                    "one contribution recognised, and next week's focus."
                ),
                [
                    (
                        "manage",
                        tr("Reviewing what slipped, without blame, is how plans get better."),
                    ),
                    ("lead", tr("Recognition names what to repeat.")),
                ],
            )
        )
        columns = QHBoxLayout()
        shipped_box = QGroupBox(tr("Shipped"))
        shipped_layout = QVBoxLayout(shipped_box)
        self.shipped = QListWidget()
        self.shipped.setAccessibleName(tr("Shipped tasks"))
        self.shipped.setMaximumHeight(150)
        # Long titles wrap inside the list rather than needing a sideways scroll.
        self.shipped.setWordWrap(True)
        self.shipped.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.shipped.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.shipped.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        shipped_layout.addWidget(self.shipped)
        shipped_layout.addStretch(1)
        columns.addWidget(shipped_box, 2)
        self.slipped_box = QGroupBox(tr("Slipped"))
        self.slipped_layout = QGridLayout(self.slipped_box)
        columns.addWidget(self.slipped_box, 3)
        self.layout_.addLayout(columns)
        self.set_aside_list = SetAsideList()  # priorities replaced this week, and why
        self.layout_.addWidget(self.set_aside_list)

        lesson_box = QGroupBox(tr("One lesson learned"))
        lesson_form = QFormLayout(lesson_box)
        self.lesson_fields: dict[str, QLineEdit] = {}
        for field, label, placeholder in (
            ("title", "Lesson", "In a few words"),
            ("what_happened", "What happened", ""),
            ("what_i_learned", "What I learned", ""),
            ("do_differently", "Next time I will", ""),
            ("tags", "Tags", "comma-separated, e.g. delegation, planning"),
        ):
            editor = QLineEdit()
            editor.setAccessibleName(tr(label))
            editor.setPlaceholderText(tr(placeholder))
            editor.textChanged.connect(lambda _=None: self._save_lesson())
            self.lesson_fields[field] = editor
            lesson_form.addRow(tr(label), editor)
        self.layout_.addWidget(lesson_box)

        recognition_box = QGroupBox(tr("One contribution recognised"))
        recognition_form = QFormLayout(recognition_box)
        self.recognised = QComboBox()
        self.recognised.setAccessibleName(tr("Person recognised"))
        self.recognised.activated.connect(lambda _: self._save_recognition())
        self.recognised_what = QLineEdit()
        self.recognised_what.setAccessibleName(tr("What they did"))
        self.recognised_what.setPlaceholderText(tr("What exactly did they do?"))
        self.recognised_impact = QLineEdit()
        self.recognised_impact.setAccessibleName(tr("Its impact"))
        self.recognised_impact.setPlaceholderText(tr("What did it change, for whom?"))
        for editor in (self.recognised_what, self.recognised_impact):
            editor.textChanged.connect(lambda _=None: self._save_recognition())
        self.recognition_hint = ImpactHint()
        recognition_form.addRow(tr("Who"), self.recognised)
        recognition_form.addRow(tr("What they did"), self.recognised_what)
        recognition_form.addRow(tr("Its impact"), self.recognised_impact)
        recognition_form.addRow("", self.recognition_hint)
        self.layout_.addWidget(recognition_box)

        reset = QGroupBox(tr("Reset"))
        reset_form = QFormLayout(reset)
        self.next_focus = QLineEdit()
        self.next_focus.setAccessibleName(tr("Next week's top focus"))
        self.next_focus.setPlaceholderText(tr("It becomes next week's outcome to start from"))
        self.next_focus.textChanged.connect(self._next_focus_changed)
        pulse_row = QHBoxLayout()
        self.pulse = QLineEdit()
        self.pulse.setAccessibleName(tr("What is making work harder right now?"))
        self.pulse.setPlaceholderText(tr("What is one thing making work harder right now?"))
        self.bind_week_text(self.pulse, "pulse_text")
        self.pulse_score = QComboBox()
        self.pulse_score.setAccessibleName(tr("Team health score"))
        self.pulse_score.addItem(tr("Score —"), None)
        for score in range(1, 6):
            self.pulse_score.addItem(tr("{0} / 5").format(score), score)
        self.pulse_score.activated.connect(lambda _: self._save_score())
        pulse_row.addWidget(self.pulse, 1)
        pulse_row.addWidget(self.pulse_score)
        reset_form.addRow(tr("Next week's focus"), self.next_focus)
        reset_form.addRow(tr("Team health"), pulse_row)
        self.layout_.addWidget(reset)

        # The review's finish: closing marks it done (the Today panel and the step list
        # stop asking for it); reopening takes that back.
        finish = QHBoxLayout()
        self.close_state = QLabel()
        self.close_state.setWordWrap(True)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close_or_reopen)
        finish.addWidget(self.close_state, 1)
        finish.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.layout_.addLayout(finish)
        self.layout_.addStretch(1)

    def populate(self, week: WeekPlan) -> None:
        self.set_aside_list.show_week(week)
        self.shipped.clear()
        for task in week.tasks:
            if task.status == "done":
                item = QListWidgetItem(f"✓ {task.title} — {owner_name(task, self.tab.people)}")
                item.setToolTip(task.title)
                self.shipped.addItem(item)
        if self.shipped.count() == 0:
            self.shipped.addItem(tr("Nothing marked done yet."))
        clear_layout(self.slipped_layout)
        slipped = [t for t in week.tasks if t.status != "done"]
        destinations = self.tab.planner.slip_destinations(week, self.tab.people)
        self.slip_editors: dict[int, tuple[QLineEdit, QComboBox]] = {}
        self.slip_destinations: dict[int, QLabel] = {}
        self.slip_row_titles: dict[int, QLabel] = {}
        if not week.tasks:
            empty = QLabel(tr("No tasks were planned this week, so nothing could slip."))
            empty.setWordWrap(True)
            self.slipped_layout.addWidget(empty, 0, 0)
        elif not slipped:
            self.slipped_layout.addWidget(QLabel(tr("Nothing slipped. Well planned.")), 0, 0)
        # Each slipped task takes three lines: its title; the reason, as wide as the box
        # allows, and the decision; where the task went.
        for index, task in enumerate(slipped):
            row = 3 * index
            label = QLabel(
                f"<b>{html.escape(task.title)}</b> — "
                f"{html.escape(owner_name(task, self.tab.people))}"
            )
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setContentsMargins(0, 8 if index else 0, 0, 0)  # a gap between tasks
            reason = QLineEdit(task.slip_reason)
            reason.setPlaceholderText(tr("Why, specifically?"))
            reason.setAccessibleName(tr("Why “{0}” slipped").format(task.title))
            reason.setMinimumWidth(220)
            choice = QComboBox()
            choice.setAccessibleName(tr("What happens to “{0}”").format(task.title))
            for value, text in SLIP_CHOICES:
                choice.addItem(tr(text), value)
            combo_quietly(choice, choice.findData(task.slip_decision))
            went = QLabel(self._destination_text(destinations[task.id]))
            went.setWordWrap(True)
            went.setAccessibleName(tr("Where “{0}” went").format(task.title))
            went.setStyleSheet("color: palette(placeholder-text);")
            task_id = task.id
            reason.textChanged.connect(lambda _=None, t=task_id: self._slip_reason_changed(t))
            choice.activated.connect(lambda _=0, t=task_id: self.decide(t))
            self.slipped_layout.addWidget(label, row, 0, 1, 2)
            self.slipped_layout.addWidget(reason, row + 1, 0)
            self.slipped_layout.addWidget(choice, row + 1, 1)
            self.slipped_layout.addWidget(went, row + 2, 0, 1, 2)
            self.slipped_layout.setRowMinimumHeight(row + 2, 0)
            self.slip_editors[task_id] = (reason, choice)
            self.slip_destinations[task_id] = went
            self.slip_row_titles[task_id] = label
        self.slipped_layout.setRowStretch(3 * len(slipped) + 1, 1)
        self.slipped_layout.setColumnStretch(0, 1)
        self.slipped_layout.setColumnStretch(1, 0)
        self.slipped_layout.setVerticalSpacing(4)
        tab_into(self.shipped, self.slipped_box)  # the rows were made just now
        lesson = self.tab.repos.weeks.review_lesson(week.id)
        for field, editor in self.lesson_fields.items():
            set_quietly(editor, getattr(lesson, field) if lesson else "")
        self.recognised.clear()
        self.recognised.addItem(tr("Choose a person…"), None)
        for person in self.tab.repos.people.list():
            self.recognised.addItem(person.name, person.id)
        recognition = self.tab.repos.weeks.review_recognition(week.id)
        if recognition is not None and self.recognised.findData(recognition.person_id) < 0:
            archived = self.tab.people.get(recognition.person_id, "?")
            self.recognised.addItem(tr("{0} (archived)").format(archived), recognition.person_id)
        chosen = self.recognised.findData(recognition.person_id) if recognition else 0
        combo_quietly(self.recognised, chosen)
        set_quietly(self.recognised_what, recognition.what_they_did if recognition else "")
        set_quietly(self.recognised_impact, recognition.impact if recognition else "")
        self._update_recognition_hint()
        set_quietly(self.next_focus, week.next_week_focus)
        set_quietly(self.pulse, week.pulse_text)
        combo_quietly(self.pulse_score, self.pulse_score.findData(week.pulse_score))
        if week.review_done:
            self.close_state.setText(
                tr("✓ This week is closed: the review is done. Reopen it to change something.")
            )
            self.close_button.setText(tr("Reopen the week"))
        else:
            self.close_state.setText(
                tr(
                    "When everything above says what you want, close the week: the review "
                    "then counts as done and stops being asked for. You can reopen it."
                )
            )
            self.close_button.setText(tr("Close the week"))
        self._show_closed(week.review_done)

    def _slip_reason_changed(self, task_id: int) -> None:
        reason, _choice = self.slip_editors[task_id]
        text = reason.text()
        self.tab.autosave.schedule(
            f"slip:{task_id}",
            lambda: self.tab.repos.weeks.update_task(task_id, slip_reason=text),
        )

    def _destination_text(self, went: SlipDestination) -> str:
        """Where a slipped task went, in the review's words."""
        said = self._decision_text(went)
        if went.priority_left_out and went.decision in {"carry_over", "rescope"}:
            said += tr(" — without its priority “{0}”: next week has three already").format(
                went.priority_left_out
            )
        if went.next_week_status not in {"", "not_started"} and went.decision in {"", "drop"}:
            # Work already started next week is never taken away by a changed decision.
            said += tr(" (already under way next week, so it stays there)")
        return said

    def _decision_text(self, went: SlipDestination) -> str:
        if went.decision == "carry_over":
            return tr("→ Carried to next week")
        if went.decision == "rescope":
            if not went.next_week_title:
                return tr("→ Re-scoped")
            return tr("→ Re-scoped as “{0}” ({1}), next week").format(
                went.next_week_title, tr(went.next_week_owner)
            )
        if went.decision == "drop":
            reason = went.reason.strip().rstrip(".")
            if not reason:
                return tr("→ Dropped")
            # The reason in the user's own words, capitals and all.
            return tr("→ Dropped: {0}").format(reason)
        return tr("Not decided yet: carry it over, re-scope it or drop it.")

    def decide(self, task_id: int) -> bool:
        """Apply the chosen carry over / drop / re-scope for a slipped task; a re-scope
        asks for the smaller task, a drop without a reason asks why. Cancelling a
        question keeps the earlier decision."""
        reason, choice = self.slip_editors[task_id]
        self.tab.flush_pending_edits()
        week = self.tab.planner.week(self.week.week_start)
        assert week is not None
        task = next(t for t in week.tasks if t.id == task_id)
        decision = choice.currentData()
        why = reason.text().strip()
        smaller: SmallerTask | None = None
        if decision == "rescope":
            went = self.tab.planner.slip_destinations(week, self.tab.people)[task_id]
            people = [(p.id, p.name) for p in self.tab.repos.people.list()]
            effort = (task.effort_hours, task.effort_size)
            if task.slip_decision == "rescope" and went.next_week_title:
                title = went.next_week_title
                copies = self.tab.repos.weeks.carried_copies([task_id])
                copy = copies.get(task_id)
                owner = copy.owner_person_id if copy is not None else None
                if copy is not None:
                    effort = (copy.effort_hours, copy.effort_size)
            else:
                title, owner = task.title, task.owner_person_id
            dialog = RescopeDialog(task.title, title, owner, people, self, effort)
            if dialog.exec() != RescopeDialog.DialogCode.Accepted:
                combo_quietly(choice, choice.findData(task.slip_decision))
                return False
            smaller = dialog.answer()
        elif decision == "drop" and not why:
            asked = DropReasonDialog(task.title, self)
            if asked.exec() != DropReasonDialog.DialogCode.Accepted:
                combo_quietly(choice, choice.findData(task.slip_decision))
                return False
            why = asked.answer()
        self.tab.planner.decide_slipped_task(week, task_id, decision, why, smaller)
        self.tab.reload()
        # The rows were made again: keep the keyboard where it was.
        editors = self.slip_editors.get(task_id)
        if editors is not None:
            editors[1].setFocus()
        return True

    def _next_focus_changed(self, text: str) -> None:
        week = self.week
        week.next_week_focus = text
        self.tab.autosave.schedule(
            f"week:{week.id}:next_week_focus",
            lambda: self.tab.planner.set_next_week_focus(week, text),
        )

    def close_or_reopen(self) -> None:
        """Close the week (the review is done), or reopen a closed one."""
        self.tab.flush_pending_edits()
        week = self.tab.planner.week(self.week.week_start)
        assert week is not None
        if week.review_done:
            self.tab.planner.reopen_week(week)
        else:
            try:
                self.tab.planner.close_week(week)
            except ReviewNotReadyError as error:
                self.show_undecided(error.undecided)
                self.tab.inform(tr("Not yet"), str(error))
                editors = self.slip_editors.get(error.undecided[0])
                if editors is not None:
                    editors[1].setFocus()
                return
        self.tab.reload()
        self.close_button.setFocus()

    def show_undecided(self, task_ids: list[int]) -> None:
        """Mark the slipped tasks still without a decision and bring the first into view."""
        for task_id in task_ids:
            went = self.slip_destinations.get(task_id)
            if went is not None:
                went.setText(tr("⚠ Still to decide: carry it over, re-scope it or drop it."))
                went.setStyleSheet("color: #a0341f; font-weight: bold;")
        editors = self.slip_editors.get(task_ids[0]) if task_ids else None
        scroll = scroll_area_of(self)
        if editors is not None and scroll is not None:
            row_top = self.slip_row_titles[task_ids[0]]
            scroll.ensureWidgetVisible(row_top, 0, 40)
            scroll.ensureWidgetVisible(self.slip_destinations[task_ids[0]], 0, 40)
            editors[1].setFocus()

    def _show_closed(self, closed: bool) -> None:
        """A closed week reads as it was closed: nothing changes until it is reopened."""
        note = tr("This week is closed: reopen it to change this.") if closed else ""
        line_edits = [
            *self.lesson_fields.values(),
            self.recognised_what,
            self.recognised_impact,
            self.next_focus,
            self.pulse,
            *(reason for reason, _choice in self.slip_editors.values()),
        ]
        for editor in line_edits:
            editor.setReadOnly(closed)
            editor.setToolTip(note)
            # Read-only looks it: the window's colour, not a white box to type in.
            editor.setStyleSheet("QLineEdit { background: palette(window); }" if closed else "")
        choices = [
            self.recognised,
            self.pulse_score,
            *(choice for _reason, choice in self.slip_editors.values()),
        ]
        for combo in choices:
            combo.setEnabled(not closed)
            combo.setToolTip(note)

    def _save_lesson(self) -> None:
        week_id = self.week.id
        values = {field: editor.text() for field, editor in self.lesson_fields.items()}
        values["tags"] = ", ".join(
            t.strip().lower() for t in values["tags"].split(",") if t.strip()
        )
        learned_on = self.week.week_start + dt.timedelta(days=4)
        if not any(values.values()) and self.tab.repos.weeks.review_lesson(week_id) is None:
            return
        self.tab.autosave.schedule(
            f"lesson:{week_id}",
            lambda: self.tab.repos.weeks.save_review_lesson(week_id, learned_on, **values),
        )

    def _save_recognition(self) -> None:
        week_id = self.week.id
        person_id = self.recognised.currentData()
        what, impact = self.recognised_what.text(), self.recognised_impact.text()
        given_on = self.week.week_start + dt.timedelta(days=4)
        self._update_recognition_hint()
        self.tab.autosave.schedule(
            f"recognition:{week_id}",
            lambda: self.tab.repos.weeks.save_review_recognition(
                week_id, person_id, given_on, what, impact
            ),
        )

    def _update_recognition_hint(self) -> None:
        self.recognition_hint.check(self.recognised_what.text(), self.recognised_impact.text())

    def _save_score(self) -> None:
        self.tab.repos.weeks.update(self.week.id, pulse_score=self.pulse_score.currentData())
        self.tab.refresh_numbers()


# The pages in the order of the loop (and of ``weekly_plan.STEP_TITLES``).
STEP_PAGES: tuple[type[StepPage], ...] = (
    DirectionPage,
    ExecutionPage,
    TrackerPage,
    CheckInPage,
    ImprovePage,
    AlignPage,
    ReviewPage,
)
