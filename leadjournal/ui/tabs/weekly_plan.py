"""The Weekly Plan tab: a week navigator, the weekly numbers and the loop's steps."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from leadjournal import clock
from leadjournal.db.models import WeekPlan
from leadjournal.db.repositories import Repositories
from leadjournal.i18n import tr, tr_n
from leadjournal.services.lessons import week_texts
from leadjournal.services.today import step_done
from leadjournal.services.weeks import (
    PLANNED_RULE,
    WeekPlanner,
    delivery_reliability,
    iso_week_number,
    week_start_of,
)
from leadjournal.ui.forms import DateEdit, qdate, tab_into
from leadjournal.ui.saving import Autosaver
from leadjournal.ui.tabs.weekly_plan_steps import (
    STEP_PAGES,
    AlignPage,
    CheckInPage,
    DirectionPage,
    ExecutionPage,
    ImprovePage,
    ReviewPage,
    StepPage,
    TrackerPage,
)
from leadjournal.ui.widgets import Sparkline

_Page = TypeVar("_Page", bound=StepPage)

STEP_TITLES = (
    "Monday · Set direction",
    "Monday · Plan the work",
    "Tracker",
    "Tuesday · Check-in",
    "Wednesday · Improve",
    "Thursday · Align",
    "Friday · Review",
)
# Which step is "today's" for each weekday (Monday = 0); weekends look back at Friday.
STEP_FOR_WEEKDAY = (0, 3, 4, 5, 6, 6, 6)


def week_label(week_start: dt.date, locale: QLocale | None = None) -> str:
    """ "Week 48 · 23–29 Nov 2026", formatted for the user's locale."""
    locale = locale or QLocale()
    end = week_start + dt.timedelta(days=6)
    q_start, q_end = qdate(week_start), qdate(end)
    if week_start.month == end.month:
        span = f"{q_start.day()}–{locale.toString(q_end, 'd MMM yyyy')}"
    elif week_start.year == end.year:
        span = f"{locale.toString(q_start, 'd MMM')} – {locale.toString(q_end, 'd MMM yyyy')}"
    else:
        span = f"{locale.toString(q_start, 'd MMM yyyy')} – {locale.toString(q_end, 'd MMM yyyy')}"
    return tr("Week {0} · {1}").format(iso_week_number(week_start), span)


class _StepPageAttribute(Generic[_Page]):
    """``tab.direction`` and the like: one step's page, built the first time it is used."""

    def __init__(self, kind: type[_Page]) -> None:
        self.index = STEP_PAGES.index(kind)
        self.kind = kind

    def __get__(self, tab: WeeklyPlanTab, _owner: type) -> _Page:
        page = tab.page(self.index)
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
    """The heart of the product: one ISO week of the weekly loop."""

    # Kinds of record shown here (the week, its people, the Today panel, lessons): a
    # change to one of them elsewhere refreshes the tab.
    SHOWS = frozenset(
        {
            "week_plan",
            "priority",
            "criterion",
            "task",
            "task_dependency",
            "set_aside",
            "deep_work_block",
            "checkin",
            "decision",
            "person",
            "setting",
            "lesson",
            "lesson_dismissal",
            "recognition",
            "coaching",
            "one_on_one",
            "improvement_plan",
            "plan_checkin",
            "delegation",
        }
    )

    week_loaded = Signal(object)  # the week's Monday as a date
    coaching_requested = Signal(object)  # a person id, or None to choose there
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
        self.repos = repositories
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
        layout.setContentsMargins(12, 10, 12, 6)
        layout.addLayout(self._build_header())
        from leadjournal.ui.tabs.lessons import LessonsPanel
        from leadjournal.ui.tabs.today_panel import TodayPanel

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
        self.step_list.addItems([tr(t) for t in STEP_TITLES])
        self.step_list.setFixedWidth(200)
        self.step_list.setSpacing(4)
        self.step_pages = QStackedWidget()
        # A step's page is built the first time it is shown (see ``page``).
        self._pages: list[StepPage | None] = [None] * len(STEP_TITLES)
        for _title in STEP_TITLES:
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
        self.show_step(STEP_FOR_WEEKDAY[today().weekday()])

    # --- the steps' pages ----------------------------------------------------------------

    def page(self, index: int) -> StepPage:
        """The page of step ``index``, built on first use: the week opens on one step,
        and building all seven would hold up the first view."""
        page = self._pages[index]
        if page is None:
            page = STEP_PAGES[index](self)
            self._pages[index] = page
            scroll = self.step_pages.widget(index)
            assert isinstance(scroll, QScrollArea)
            scroll.setWidget(page)
            tab_into(scroll, page)
        return page

    direction = _StepPageAttribute(DirectionPage)
    execution = _StepPageAttribute(ExecutionPage)
    tracker = _StepPageAttribute(TrackerPage)
    checkin = _StepPageAttribute(CheckInPage)
    improve = _StepPageAttribute(ImprovePage)
    align = _StepPageAttribute(AlignPage)
    review = _StepPageAttribute(ReviewPage)

    # --- header ------------------------------------------------------------------------

    def _build_header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.previous_button = QPushButton(tr("◀ Previous"))
        self.previous_button.setToolTip(tr("Previous week (Alt+Left)"))
        self.previous_button.clicked.connect(self.previous_week)
        self.this_week_button = QPushButton(tr("This week"))
        self.this_week_button.setToolTip(tr("Back to this week (Alt+Home)"))
        self.this_week_button.clicked.connect(self.this_week)
        self.next_button = QPushButton(tr("Next ▶"))
        self.next_button.setToolTip(tr("Next week (Alt+Right)"))
        self.next_button.clicked.connect(self.next_week)
        self.date_picker = DateEdit()
        self.date_picker.setAccessibleName(tr("Go to the week of a date"))
        self.date_picker.setToolTip(tr("Pick any date to open its week"))
        self.date_picker.dateChanged.connect(
            lambda qdate: self.go_to_week(week_start_of(qdate.toPython()))
        )
        self.week_title = QLabel()
        font = self.week_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.week_title.setFont(font)
        # The week's name is what the header is for: the numbers beside it give way first.
        self.week_title.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        for widget in (
            self.previous_button,
            self.this_week_button,
            self.next_button,
            self.date_picker,
        ):
            row.addWidget(widget)
        row.addSpacing(12)
        row.addWidget(self.week_title)
        row.addStretch(1)
        self.reliability_label = QLabel()
        self.reliability_label.setToolTip(tr(PLANNED_RULE))
        self.sparkline = Sparkline(tr("Delivery reliability, last 8 weeks"))
        self.sparkline.setFixedHeight(22)
        # Said under the line, so the header is no wider for it.
        self.sparkline_caption = QLabel(tr("delivery, 8 weeks"))
        self.sparkline_caption.setStyleSheet("color: palette(placeholder-text); font-size: 80%;")
        self.sparkline_caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.sparkline_caption.setToolTip(self.sparkline.caption)
        for part in (self.sparkline, self.sparkline_caption):
            # Hidden until there is a trend, but its room kept: the header never jumps.
            policy = part.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            part.setSizePolicy(policy)
        trend = QVBoxLayout()
        trend.setSpacing(0)
        trend.addWidget(self.sparkline)
        trend.addWidget(self.sparkline_caption)
        self.health_label = QLabel()
        self.health_label.setToolTip(tr("Team health: this week's pulse score, 1 to 5."))
        row.addWidget(self.reliability_label)
        row.addLayout(trend)
        row.addSpacing(10)
        row.addWidget(self.health_label)
        return row

    def _build_empty_state(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(2)
        self.empty_headline = QLabel(tr("No plan for this week yet."))
        font = self.empty_headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.empty_headline.setFont(font)
        self.empty_hint = QLabel()
        self.empty_hint.setWordWrap(True)
        self.plan_button = QPushButton(tr("Plan this week"))
        self.plan_button.setDefault(True)
        self.plan_button.clicked.connect(self.plan_this_week)
        for widget in (self.empty_headline, self.empty_hint):
            widget.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            layout.addWidget(widget)
        layout.addWidget(self.plan_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        return page

    # --- navigation --------------------------------------------------------------------

    def previous_week(self) -> None:
        self.go_to_week(self.week_start - dt.timedelta(days=7))

    def next_week(self) -> None:
        self.go_to_week(self.week_start + dt.timedelta(days=7))

    def this_week(self) -> None:
        self.go_to_week(week_start_of(self.today()))

    def go_to_week(self, week_start: dt.date) -> None:
        if week_start == self.week_start and self.week is not None:
            return
        self.flush_pending_edits()
        self.load_week(week_start)

    def show_step(self, index: int) -> None:
        self.step_list.setCurrentRow(index)

    def current_step(self) -> int:
        return self.step_list.currentRow()

    def _on_step_changed(self, index: int) -> None:
        self.flush_pending_edits()
        self.today_panel.settle()  # it kept its place while the user typed; now it may go
        self._populate_step(index)
        self.step_pages.setCurrentIndex(index)

    def _populate_step(self, index: int) -> None:
        if self.week is not None and 0 <= index < len(self._pages) and index in self._stale_pages:
            self._stale_pages.discard(index)
            self.page(index).populate(self.week)

    # --- loading -----------------------------------------------------------------------

    def load_week(self, week_start: dt.date) -> None:
        """Show the week starting on ``week_start`` (a Monday)."""
        self.week_start = week_start
        self.week = self.planner.week(week_start)
        self.people = {p.id: p.name for p in self.repos.people.list(include_archived=True)}
        self.week_title.setText(week_label(week_start))
        self.date_picker.blockSignals(True)
        self.date_picker.setDate(qdate(week_start))
        self.date_picker.blockSignals(False)
        self.this_week_button.setEnabled(week_start != week_start_of(self.today()))
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
            self._stale_pages = set(range(len(self._pages)))
            self._populate_step(self.current_step())
            self.body.setCurrentIndex(1)
        self.lessons_panel.show_week(week_start, week_texts(self.week))
        self.mark_done_steps()
        self.refresh_numbers()
        self.week_loaded.emit(week_start)

    def _show_what_is_done(self) -> None:
        """After a save: the step list's ✓ and the Today panel, read once from the journal
        (a check-in line typed makes the check-in done in both at the same moment)."""
        shown = self.repos.weeks.get(self.week_start)
        self.mark_done_steps(shown)
        this_week = week_start_of(self.today())
        self.today_panel.show_today(
            shown if this_week == self.week_start else self.repos.weeks.get(this_week)
        )

    def mark_done_steps(self, week: WeekPlan | None = None) -> None:
        """A ✓ after each step of the shown week that is done (a closed review too);
        ``week``: the shown week as just read, when newer than the one the pages hold."""
        for index, title in enumerate(STEP_TITLES):
            item = self.step_list.item(index)
            if item is None:
                continue
            done = step_done(self.repos, week or self.week, index)
            item.setText(tr(title) + (" ✓" if done else ""))
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
        self.show_step(0)
        self.today_panel.refresh()
        self.direction.outcome.setFocus()

    def refresh_numbers(self) -> None:
        counts = self.planner.recent_counts(self.week_start)
        by_week = {c.week_start: c for c in counts}
        values = []
        for offset in range(7, -1, -1):
            monday = self.week_start - dt.timedelta(days=7 * offset)
            values.append(delivery_reliability(by_week[monday]) if monday in by_week else None)
        self.sparkline.set_values(values)
        # A trend needs two weeks; before that the line and its caption would be noise.
        has_trend = sum(value is not None for value in values) >= 2
        self.sparkline.setVisible(has_trend)
        self.sparkline_caption.setVisible(has_trend)
        current = by_week.get(self.week_start)
        reliability = delivery_reliability(current) if current else None
        if current is None or reliability is None:
            self.reliability_label.setText(tr("Delivery: –"))
        else:
            text = tr("Delivery: {0:.0%} ({1} of {2})").format(
                reliability, current.planned_done, current.planned
            )
            if current.added_later:
                text += tr(" · +{0} added later").format(current.added_later)
            self.reliability_label.setText(text)
        score = current.pulse_score if current else None
        self.health_label.setText(
            tr("Team health: {0}/5").format(score) if score else tr("Team health: –")
        )

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


def expanding(widget: QWidget) -> QWidget:
    widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return widget
