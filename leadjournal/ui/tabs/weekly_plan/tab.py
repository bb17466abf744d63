"""The Weekly Plan tab: a week navigator, the weekly numbers and the loop's steps."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from leadjournal import clock
from leadjournal.db.models import WeekPlan
from leadjournal.db.repositories import Repositories
from leadjournal.i18n import tr, tr_n
from leadjournal.services.lessons import week_texts
from leadjournal.services.today import step_done
from leadjournal.services.weekly_loop import Step
from leadjournal.services.weeks import WeekPlanner, week_start_of
from leadjournal.ui import theme
from leadjournal.ui.empty_state import EmptyState
from leadjournal.ui.forms import qdate, tab_into
from leadjournal.ui.icons import STEP_ICONS, icon
from leadjournal.ui.saving import Autosaver
from leadjournal.ui.tabs.lessons import LessonsPanel
from leadjournal.ui.tabs.weekly_plan.align import AlignPage
from leadjournal.ui.tabs.weekly_plan.checkin import CheckInPage
from leadjournal.ui.tabs.weekly_plan.common import StepPage
from leadjournal.ui.tabs.weekly_plan.direction import DirectionPage
from leadjournal.ui.tabs.weekly_plan.execution import ExecutionPage
from leadjournal.ui.tabs.weekly_plan.header import WeekHeader
from leadjournal.ui.tabs.weekly_plan.improve import ImprovePage
from leadjournal.ui.tabs.weekly_plan.review import ReviewPage
from leadjournal.ui.tabs.weekly_plan.today_panel import TodayPanel
from leadjournal.ui.tabs.weekly_plan.tracker import TrackerPage

# Each step's page, in the order of the loop (``Step``'s values).
STEP_PAGES: dict[Step, type[StepPage]] = {
    Step.DIRECTION: DirectionPage,
    Step.PLAN: ExecutionPage,
    Step.TRACKER: TrackerPage,
    Step.CHECKIN: CheckInPage,
    Step.IMPROVE: ImprovePage,
    Step.ALIGN: AlignPage,
    Step.REVIEW: ReviewPage,
}

_Page = TypeVar("_Page", bound=StepPage)


class _StepPageAttribute(Generic[_Page]):
    """``tab.direction`` and the like: one step's page, built the first time it is used."""

    def __init__(self, step: Step, kind: type[_Page]) -> None:
        assert STEP_PAGES[step] is kind
        self.step = step
        self.kind = kind

    def __get__(self, tab: WeeklyPlanTab, _owner: type) -> _Page:
        page = tab.page(self.step)
        assert isinstance(page, self.kind)
        return page


class MoveTaskCommand(QUndoCommand):
    """Moving a card on the tracker, undoable from Edit → Undo."""

    def __init__(self, tab: WeeklyPlanTab, task_id: int, before: str, after: str) -> None:
        super().__init__(tr("Move task"))
        self.tab, self.task_id, self.before, self.after = tab, task_id, before, after

    def redo(self) -> None:
        self.tab.planner.move_task(self.task_id, self.after)
        self.tab.reload()

    def undo(self) -> None:
        self.tab.planner.move_task(self.task_id, self.before)
        self.tab.reload()


class WeeklyPlanTab(QWidget):
    """The heart of the product: one ISO week of the weekly loop.

    It is the ``WeekPageContext`` of its pages: they read the shown week and change it
    through ``planner`` and the few actions the context names."""

    # Kinds of record shown here (the week, its people, the Today panel, lessons): a
    # change to one of them elsewhere refreshes the tab.
    SHOWS = frozenset(
        {
            "week_plan",
            "goal",
            "priority",
            "criterion",
            "task",
            "task_dependency",
            "set_aside",
            "improvement",
            "deep_work_block",
            "checkin",
            "blocker",
            "decision",
            "decision_consulted",
            "decision_needed",
            "touchpoint",
            "rollout",  # the playbook's rollouts, on Thursday
            "rollout_step",
            "rollout_feedback",
            "person",
            "setting",
            "lesson",
            "lesson_dismissal",
            "metric",
            "metric_value",
            "recognition",
            "coaching",
            "one_on_one",
            "improvement_plan",
            "plan_checkin",
            "delegation",
        }
    )

    week_loaded = Signal(QDate)  # the week's Monday
    coaching_requested = Signal(object)  # a person id (int), or None to choose there
    lesson_requested = Signal(int)  # a lesson id, from the "From your lessons" panel
    link_requested = Signal(str)  # a leadjournal: link, from the Today panel

    def __init__(
        self,
        repositories: Repositories,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = clock.today,
        now: Callable[[], dt.datetime] = clock.now,
    ) -> None:
        super().__init__(parent)
        self.repos = repositories  # handed to the Today and lessons services and panels
        self.planner = WeekPlanner(repositories)
        self.today = today
        self.undo_stack = QUndoStack(self)
        self.autosave = Autosaver(self)
        self.week_start = week_start_of(today())
        self.week: WeekPlan | None = None
        self.people: dict[int, str] = {}
        self._stale_pages: set[int] = set()
        # Dialog hooks: tests replace these at the edge instead of clicking modal boxes.
        self.confirm: Callable[[str, str], bool] = self._confirm_with_dialog
        self.inform: Callable[[str, str], None] = self._inform_with_dialog

        layout = QVBoxLayout(self)
        space = theme.SPACE  # a tab's edge: the same on every tab
        layout.setContentsMargins(space["m"], space["m"], space["m"], space["s"])
        self.header = WeekHeader()
        self.header.previous_requested.connect(self.previous_week)
        self.header.next_requested.connect(self.next_week)
        self.header.this_week_requested.connect(self.this_week)
        self.header.date_picked.connect(
            lambda picked: self.go_to_week(week_start_of(picked.toPython()))
        )
        layout.addWidget(self.header)

        self.today_panel = TodayPanel(repositories, today, now, fill=False)  # filled below
        self.today_panel.link_activated.connect(self.link_requested)
        layout.addWidget(self.today_panel)

        self.lessons_panel = LessonsPanel(repositories)
        self.lessons_panel.lesson_opened.connect(self.lesson_requested)
        layout.addWidget(self.lessons_panel)

        self.body = QStackedWidget()
        self.empty_state = self._build_empty_state()
        self.body.addWidget(self.empty_state)
        plan = QWidget()
        plan_layout = QHBoxLayout(plan)
        plan_layout.setContentsMargins(0, 6, 0, 0)
        self.step_list = QListWidget()
        self.step_list.setAccessibleName(tr("Steps of the week"))
        self.step_list.addItems([step.title for step in Step])
        for step in Step:
            item = self.step_list.item(step)
            if item is not None:
                item.setIcon(icon(STEP_ICONS[step]))
        # 200 px, or wider when a language's step names need it (no sideways scrolling).
        metrics = self.step_list.fontMetrics()
        widest = max(metrics.horizontalAdvance(step.title + " ✓") for step in Step)
        icon_room = self.step_list.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) + 8
        self.step_list.setFixedWidth(max(200, widest + icon_room + 40))
        self.step_list.setSpacing(4)
        self.step_pages = QStackedWidget()
        # A step's page is built the first time it is shown (see ``page``).
        self._pages: dict[Step, StepPage] = {}
        for _step in Step:
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            self.step_pages.addWidget(scroll)
        self.step_list.currentRowChanged.connect(self._on_step_changed)
        plan_layout.addWidget(self.step_list)
        plan_layout.addWidget(self.step_pages, 1)
        self.body.addWidget(plan)
        layout.addWidget(self.body, 1)

        self.autosave.saved.connect(self.refresh_numbers)
        self.autosave.saved.connect(self._show_what_is_done)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        for keys, slot in (
            ("Alt+Left", self.previous_week),
            ("Alt+Right", self.next_week),
            ("Alt+Home", self.this_week),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.load_week(self.week_start)
        self.today_panel.show_today(self.week)  # this week, just read by load_week
        self.show_step(Step.for_day(today()))

    # --- the steps' pages ----------------------------------------------------------------

    def page(self, step: Step) -> StepPage:
        """The page of ``step``, built on first use: the week opens on one step, and
        building all seven would hold up the first view."""
        page = self._pages.get(step)
        if page is None:
            page = STEP_PAGES[step](self)
            self._pages[step] = page
            scroll = self.step_pages.widget(step)
            assert isinstance(scroll, QScrollArea)
            scroll.setWidget(page)
            tab_into(scroll, page)
        return page

    direction = _StepPageAttribute(Step.DIRECTION, DirectionPage)
    execution = _StepPageAttribute(Step.PLAN, ExecutionPage)
    tracker = _StepPageAttribute(Step.TRACKER, TrackerPage)
    checkin = _StepPageAttribute(Step.CHECKIN, CheckInPage)
    improve = _StepPageAttribute(Step.IMPROVE, ImprovePage)
    align = _StepPageAttribute(Step.ALIGN, AlignPage)
    review = _StepPageAttribute(Step.REVIEW, ReviewPage)

    def _build_empty_state(self) -> QWidget:
        state = EmptyState(
            "empty.weekly_plan",
            tr(
                "No plan for this week yet: a plan gives your team one direction, and "
                "Friday's review something to look back on."
            ),
            tr("Plan this week"),
            self.plan_this_week,
        )
        self.empty_headline = state.sentence
        # What the journal already knows for this week (last week's focus, carried tasks).
        self.empty_hint = QLabel()
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        state.add_detail(self.empty_hint)
        self.plan_button = state.button
        self.plan_button.setDefault(True)
        return state

    # --- navigation --------------------------------------------------------------------

    def previous_week(self) -> None:
        self.go_to_week(self.week_start - dt.timedelta(days=7))

    def next_week(self) -> None:
        self.go_to_week(self.week_start + dt.timedelta(days=7))

    def this_week(self) -> None:
        self.go_to_week(week_start_of(self.today()))

    def day_turned(self, previous: dt.date) -> None:
        """A new day with the window open: the Today panel speaks of it, and a page that
        showed the week just over moves on to the new one."""
        if self.week_start == week_start_of(previous) != week_start_of(self.today()):
            self.this_week()
            self.today_panel.refresh()
        else:
            self.refresh()

    def go_to_week(self, week_start: dt.date) -> None:
        if week_start == self.week_start and self.week is not None:
            return
        self.flush_pending_edits()
        self.load_week(week_start)

    def show_step(self, step: int) -> None:
        self.step_list.setCurrentRow(step)

    def current_step(self) -> int:
        """The shown step's ``Step`` value (-1 before the first is shown)."""
        return self.step_list.currentRow()

    def ask_for_outcome(self) -> None:
        self.show_step(Step.DIRECTION)
        self.direction.outcome.setFocus()

    def open_coaching(self, person_id: int | None) -> None:
        self.coaching_requested.emit(person_id)

    def _on_step_changed(self, index: int) -> None:
        self.flush_pending_edits()
        self.today_panel.settle()  # it kept its place while the user typed; now it may go
        self._populate_step(index)
        self.step_pages.setCurrentIndex(index)

    def _populate_step(self, index: int) -> None:
        if self.week is not None and index in self._stale_pages:
            self._stale_pages.discard(index)
            self.page(Step(index)).populate(self.week)

    # --- loading -----------------------------------------------------------------------

    def load_week(self, week_start: dt.date) -> None:
        """Show the week starting on ``week_start`` (a Monday)."""
        self.week_start = week_start
        self.week = self.planner.week(week_start)
        self.people = self.planner.names()
        self.header.show_week(week_start, week_start == week_start_of(self.today()))
        self.header.show_outcome(self.week.outcome if self.week else "")
        if self.week is None:
            previous = self.planner.week(week_start - dt.timedelta(days=7))
            carried = (
                [t for t in previous.tasks if t.slip_decision == "carry_over"] if previous else []
            )
            hints = []
            if previous and previous.next_week_focus.strip():
                hints.append(
                    tr("Last week's review set the focus: “{0}”.").format(
                        previous.next_week_focus.strip()
                    )
                )
            if carried:
                hints.append(
                    tr_n(
                        "%n tasks carried over will come with it.",
                        len(carried),
                        "%n task carried over will come with it.",
                    )
                )
            hints = hints or [tr("Start with one outcome for the week; the rest follows.")]
            self.empty_hint.setText(" ".join(hints))
            self.body.setCurrentWidget(self.empty_state)
        else:
            # Only the visible step is filled now; the others when they are opened. This
            # keeps week switching fast on a journal of many years.
            self._stale_pages = set(Step)
            self._populate_step(self.current_step())
            self.body.setCurrentIndex(1)
        self.lessons_panel.show_week(week_start, week_texts(self.week))
        self.mark_done_steps()
        self.refresh_numbers()
        self.week_loaded.emit(qdate(week_start))

    def _show_what_is_done(self) -> None:
        """After a save: the step list's ✓ and the Today panel, read once from the journal
        (a check-in line typed makes the check-in done in both at the same moment)."""
        shown = self.planner.week(self.week_start)
        self.mark_done_steps(shown)
        this_week = week_start_of(self.today())
        self.today_panel.show_today(
            shown if this_week == self.week_start else self.planner.week(this_week)
        )

    def mark_done_steps(self, week: WeekPlan | None = None) -> None:
        """A ✓ after each step of the shown week that is done (a closed review too);
        ``week``: the shown week as just read, when newer than the one the pages hold."""
        for step in Step:
            item = self.step_list.item(step)
            if item is None:
                continue
            done = step_done(self.repos, week or self.week, step)
            item.setText(step.title + (" ✓" if done else ""))
            item.setToolTip(tr("Done") if done else "")

    def reload(self) -> None:
        """Re-read the shown week after a structural change (keeps the step)."""
        step = self.current_step()
        self.autosave.flush()
        self.load_week(self.week_start)
        self.show_step(step)
        self.today_panel.refresh()

    def refresh(self) -> None:
        """Re-read the journal when the tab is shown again (other tabs may have changed it)."""
        self.lessons_panel.reload_lessons()
        self.today_panel.refresh()
        self.reload()

    def plan_this_week(self) -> None:
        self.week = self.planner.start_week(self.week_start)
        self.load_week(self.week_start)
        self.show_step(Step.DIRECTION)
        self.today_panel.refresh()
        self.direction.outcome.setFocus()

    def refresh_numbers(self) -> None:
        self.header.show_numbers(self.week_start, self.planner.recent_counts(self.week_start))

    # --- saving ------------------------------------------------------------------------

    def flush_pending_edits(self) -> None:
        self.autosave.flush()

    def _on_focus_changed(self, old: QWidget | None, _new: QWidget | None) -> None:
        if old is not None and self.isAncestorOf(old):
            self.autosave.flush()

    # --- tracker moves (used by the board, undoable) ------------------------------------

    def move_task(self, task_id: int, status: str) -> bool:
        """Move a task on the board; asks first if it waits on unfinished work."""
        if self.week is None:
            return False
        task = next((t for t in self.week.tasks if t.id == task_id), None)
        if task is None or task.status == status:
            return False
        waiting = self.planner.unfinished_dependencies(self.week, task_id)
        if waiting and status != "not_started":
            names = ", ".join(f"“{t.title}”" for t in waiting)
            if not self.confirm(
                tr("Move anyway?"),
                tr("“{0}” depends on {1}, which is not done yet. Move it anyway?").format(
                    task.title, names
                ),
            ):
                return False
        self.undo_stack.push(MoveTaskCommand(self, task_id, task.status, status))
        return True

    # --- dialogs -----------------------------------------------------------------------

    def _confirm_with_dialog(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def _inform_with_dialog(self, title: str, text: str) -> None:
        QMessageBox.information(self, title, text)
