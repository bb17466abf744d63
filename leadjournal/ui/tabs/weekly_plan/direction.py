"""Monday's first step: the week's outcome, why it matters, and its priorities."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
)

from leadjournal import clock
from leadjournal.db.models import Improvement, Priority, WeekPlan
from leadjournal.errors import JournalError
from leadjournal.i18n import QT_TRANSLATE_NOOP, tr
from leadjournal.services.week_outcomes import PriorityLimitError
from leadjournal.services.week_wording import has_measurable_part
from leadjournal.services.weekly_loop import Step
from leadjournal.services.weeks import MAX_PRIORITIES, WHY_CATEGORIES
from leadjournal.ui.forms import (
    clear_layout,
    combo_quietly,
    heading,
    hint_label,
    paragraph,
    set_quietly,
)
from leadjournal.ui.icons import icon
from leadjournal.ui.tabs.weekly_plan.common import StepPage, confirmed_text
from leadjournal.ui.tabs.weekly_plan.context import WeekPageContext
from leadjournal.ui.tabs.weekly_plan.criteria import CriterionRow
from leadjournal.ui.tabs.weekly_plan.goals import GoalPicker, GoalsCard
from leadjournal.ui.tabs.weekly_plan.set_aside import SetAsideDialog, SetAsideList

# The why's categories as the user reads them (``WHY_CATEGORIES`` holds what is kept).
CATEGORY_LABELS = {
    "customer": QT_TRANSLATE_NOOP("", "Customer"),
    "revenue": QT_TRANSLATE_NOOP("", "Revenue"),
    "risk": QT_TRANSLATE_NOOP("", "Risk"),
    "team": QT_TRANSLATE_NOOP("", "Team"),
}


class DirectionPage(StepPage):
    def __init__(self, context: WeekPageContext) -> None:
        super().__init__(context)
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
        goals = self.context.planner.goals  # the goal the outcome moves (issue 24)
        self.goal_picker = GoalPicker(goals, self.context.reload, self.context.inform)
        form.addRow(tr("Towards goal"), self.goal_picker)
        self.why = paragraph(56)
        self.why.setPlaceholderText(tr("Who is better off when this is done, and how?"))
        self.why.setAccessibleName(tr("Why it matters"))
        self.bind_week_text(self.why, "why")
        self.category = QComboBox()
        self.category.setAccessibleName(tr("Why category"))
        self.category.addItem(tr("No category"), "")
        for name in WHY_CATEGORIES:
            self.category.addItem(tr(CATEGORY_LABELS[name]), name)
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
        self.add_priority_button.setIcon(icon("action.add_priority"))
        self.add_priority_button.setProperty("role", "quiet")
        self.add_priority_button.clicked.connect(self._ask_new_priority)
        self.limit_reason = QLabel(
            tr("Three is the limit: to add one, set another aside with “Set aside…”.")
        )
        self.limit_reason.setProperty("role", "caption")
        self.limit_reason.setAccessibleName(tr("Why no more priorities can be added"))
        self.limit_reason.setWordWrap(True)  # long in German: wraps rather than widen the page
        # Confirming the plan lives after the tasks, on "Plan the work": the way there.
        self.next_step_button = QPushButton(tr("Next: plan the work →"))
        self.next_step_button.setProperty("role", "primary")
        self.next_step_button.setToolTip(tr("Add the tasks, then confirm the plan there"))
        self.next_step_button.clicked.connect(lambda: self.context.show_step(Step.PLAN))
        buttons.addWidget(self.add_priority_button)
        buttons.addWidget(self.limit_reason)
        buttons.addStretch(1)
        buttons.addWidget(self.next_step_button)
        self.layout_.addLayout(buttons)
        self.set_aside_list = SetAsideList()
        self.layout_.addWidget(self.set_aside_list)
        self._checklists: list[Improvement] = []  # in-place checklists, read on populate
        self.plan_state = QLabel()
        self.plan_state.setWordWrap(True)
        self.layout_.addWidget(self.plan_state)
        self.goals_card = GoalsCard(
            goals, self.context.reload, self.context.inform, self.context.confirm
        )
        self.layout_.addWidget(self.goals_card)
        self.layout_.addStretch(1)

    def populate(self, week: WeekPlan) -> None:
        set_quietly(self.outcome, week.outcome)
        set_quietly(self.why, week.why)
        combo_quietly(self.category, self.category.findData(week.why_category))
        self._outcome_from_friday = self.context.planner.outcome_is_fridays_focus(week)
        self._update_hint()
        self.goal_picker.show_week(week)
        self.goals_card.refresh()
        clear_layout(self.priorities_box)
        self._checklists = self.context.planner.improvements.reusable()
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
        self.context.planner.update_week(
            self.week.id, why_category=self.category.currentData() or ""
        )

    def _priority_editor(self, number: int, priority: Priority) -> QGroupBox:
        box = QGroupBox(tr("Priority {0}").format(number))
        box.setProperty("role", "card")
        layout = QVBoxLayout(box)
        title_row = QHBoxLayout()
        title = QLineEdit(priority.title)
        title.setAccessibleName(tr("Priority {0} title").format(number))
        priority_id = priority.id
        title.textChanged.connect(
            lambda text: self.context.autosave.schedule(
                f"priority:{priority_id}",
                lambda: self.context.planner.rename_priority(priority_id, text),
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
        done_row = QHBoxLayout()
        done_row.addWidget(QLabel(tr("Done when:")), 1)
        if self._checklists:
            done_row.addWidget(self._checklist_button(number, priority_id))
        layout.addLayout(done_row)
        for criterion in priority.criteria:
            layout.addWidget(CriterionRow(criterion, self))
        new = QLineEdit()
        new.setPlaceholderText(tr("Add a success criterion and press Enter"))
        new.setAccessibleName(tr("New success criterion"))
        new.returnPressed.connect(
            lambda: self._add_criterion(priority_id, new.text(), len(priority.criteria))
        )
        layout.addWidget(new)
        return box

    def _checklist_button(self, number: int, priority_id: int) -> QToolButton:
        """ "Use a checklist": an in-place checklist's items become criteria in one click."""
        button = QToolButton()
        button.setText(tr("Use a checklist"))
        button.setAccessibleName(tr("Use a checklist for priority {0}").format(number))
        button.setToolTip(tr("Add the items of a checklist that is in place as quality checks"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        for improvement in self._checklists:
            action = menu.addAction(improvement.title)
            action.triggered.connect(
                lambda _=False, i=improvement.id: self.apply_checklist(i, priority_id)
            )
        button.setMenu(menu)
        return button

    def apply_checklist(self, improvement_id: int, priority_id: int) -> None:
        self.context.flush_pending_edits()
        try:
            self.context.planner.improvements.apply_to_priority(improvement_id, priority_id)
        except JournalError as error:
            self.context.inform(tr("Checklist not added"), str(error))
            return
        self.context.reload()

    def set_criterion_kind(self, criterion_id: int, kind: str) -> None:
        self.context.flush_pending_edits()  # typing elsewhere is kept through the reload
        self.context.planner.improvements.set_criterion_kind(criterion_id, kind)
        self.context.reload()

    def sign_off(self, criterion_id: int, signed: bool) -> None:
        self.context.flush_pending_edits()  # the approver's name just typed is kept
        self.context.planner.improvements.sign_off(criterion_id, signed, self.context.today())
        self.context.reload()

    def approver_changed(self, criterion_id: int, name: str) -> None:
        self.context.autosave.schedule(
            f"criterion:{criterion_id}:approver",
            lambda: self.context.planner.improvements.set_approver(criterion_id, name),
        )

    def criterion_met(self, criterion_id: int, met: bool) -> None:
        self.context.planner.update_criterion(criterion_id, met=met)

    def remove_criterion(self, criterion_id: int) -> None:
        self._remove_criterion(criterion_id)

    def criterion_text_changed(self, criterion_id: int, value: str) -> None:
        self._criterion_text_changed(criterion_id, value)

    def _criterion_text_changed(self, criterion_id: int, value: str) -> None:
        self.context.autosave.schedule(
            f"criterion:{criterion_id}",
            lambda: self.context.planner.update_criterion(criterion_id, text=value),
        )

    def _add_criterion(self, priority_id: int, text: str, position: int) -> None:
        if text.strip():
            self.context.planner.add_criterion(priority_id, text, position)
            self.context.reload()

    def _remove_criterion(self, criterion_id: int) -> None:
        self.context.planner.remove_criterion(criterion_id)
        self.context.reload()

    def _remove_priority(self, priority_id: int, title: str) -> None:
        if self.context.confirm(
            tr("Remove priority"), tr("Remove “{0}”? Its tasks stay in the week.").format(title)
        ):
            self.context.planner.remove_priority(priority_id)
            self.context.reload()

    def _ask_new_priority(self) -> None:
        title, ok = QInputDialog.getText(self, tr("Add priority"), tr("What is the priority?"))
        if ok and title.strip():
            self.add_priority(title.strip())

    def add_priority(self, title: str) -> bool:
        """Add a priority; at the limit, say how to make room (nothing is replaced)."""
        self.context.flush_pending_edits()
        week = self.context.planner.week(self.week.week_start)
        assert week is not None
        try:
            self.context.planner.add_priority(week, title)
        except PriorityLimitError:
            self.context.inform(
                tr("Three priorities is the limit"),
                tr(
                    "A week has at most three priorities: with more, none gets the focus it "
                    "needs. Set one aside to make room for “{0}”."
                ).format(title),
            )
            return False
        self.context.reload()
        return True

    def set_aside(self, priority_id: int) -> bool:
        """Replace a priority through the set-aside dialog; False when cancelled."""
        self.context.flush_pending_edits()
        week = self.context.planner.week(self.week.week_start)
        assert week is not None
        priority = next(p for p in week.priorities if p.id == priority_id)
        open_tasks = sum(t.priority_id == priority_id and t.status != "done" for t in week.tasks)
        dialog = SetAsideDialog(priority.title, open_tasks, self)
        if dialog.exec() != SetAsideDialog.DialogCode.Accepted:
            return False
        try:
            self.context.planner.set_aside_priority(
                week,
                priority_id,
                dialog.new_title.text(),
                dialog.fate(),
                dialog.why.text(),
                clock.now(),
            )
        except JournalError as error:
            self.context.inform(tr("Not set aside"), str(error))
            return False
        self.context.reload()
        return True
