"""Goals above the week (issue 24): a bigger outcome with its why, a horizon and a
measure of success, that Monday's outcome links to; closed as achieved, changed or
dropped, each with a reason. Insights and the quarter in review read each goal's weeks
of progress here (:func:`progress_between`)."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from leadjournal import clock
from leadjournal.db.models.goal import GoalHorizon, GoalStatus
from leadjournal.errors import JournalError
from leadjournal.i18n import QT_TRANSLATE_NOOP, tr, tr_n
from leadjournal.text import human_date

if TYPE_CHECKING:
    from leadjournal.db.models import Goal
    from leadjournal.db.repositories import Repositories

# The horizons in the order offered; "By a date" asks for the day.
HORIZON_LABELS = {
    GoalHorizon.QUARTER: QT_TRANSLATE_NOOP("", "This quarter"),
    GoalHorizon.HALF_YEAR: QT_TRANSLATE_NOOP("", "Next 6 months"),
    GoalHorizon.YEAR: QT_TRANSLATE_NOOP("", "This year"),
    GoalHorizon.DATE: QT_TRANSLATE_NOOP("", "By a date"),
}
STATUS_LABELS = {
    GoalStatus.OPEN: QT_TRANSLATE_NOOP("", "open"),
    GoalStatus.ACHIEVED: QT_TRANSLATE_NOOP("", "achieved"),
    GoalStatus.CHANGED: QT_TRANSLATE_NOOP("", "changed"),
    GoalStatus.DROPPED: QT_TRANSLATE_NOOP("", "dropped"),
}
CLOSING_STATUSES = (GoalStatus.ACHIEVED, GoalStatus.CHANGED, GoalStatus.DROPPED)
OPEN_GOALS_LIMIT = 5  # more open goals than this and none of them is a focus


class GoalError(JournalError):
    """A goal change was refused; the message says why in one sentence."""


@dataclass(frozen=True)
class GoalWording:
    """What a goal says: what, why, how success is measured, and by when."""

    title: str
    why: str = ""
    measure: str = ""
    horizon: str = GoalHorizon.QUARTER
    target_date: dt.date | None = None  # only read for "By a date"


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (the month's last day when it is shorter)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def horizon_end(horizon: str, set_on: dt.date, chosen: dt.date | None = None) -> dt.date | None:
    """The last day a goal set on ``set_on`` looks to: the quarter's or the year's end, six
    months on, or the day chosen."""
    if horizon == GoalHorizon.QUARTER:
        last_month = (set_on.month - 1) // 3 * 3 + 3
        return dt.date(set_on.year, last_month, calendar.monthrange(set_on.year, last_month)[1])
    if horizon == GoalHorizon.HALF_YEAR:
        return add_months(set_on, 6)
    if horizon == GoalHorizon.YEAR:
        return dt.date(set_on.year, 12, 31)
    return chosen


def horizon_text(goal: Goal) -> str:
    """ "This quarter, until Thu 31 Dec 2026", in the user's language."""
    label = HORIZON_LABELS.get(GoalHorizon(goal.horizon), "")
    if goal.target_date is None:
        return tr(label)
    if goal.horizon == GoalHorizon.DATE:
        return tr("By {0}").format(human_date(goal.target_date))
    return tr("{0}, until {1}").format(tr(label), human_date(goal.target_date))


def status_text(goal: Goal) -> str:
    """ "open", or "achieved on Mon 1 Feb 2027", in the user's language."""
    if goal.status == GoalStatus.OPEN or goal.closed_on is None:
        return tr(STATUS_LABELS[GoalStatus(goal.status)])
    return tr("{0} on {1}").format(
        tr(STATUS_LABELS[GoalStatus(goal.status)]), human_date(goal.closed_on)
    )


def weeks_text(count: int) -> str:
    return tr_n("%n weeks of progress", count, "%n week of progress")


class Goals:
    """Setting, rewording and closing goals, and linking a week's outcome to one."""

    def __init__(
        self, repositories: Repositories, today: Callable[[], dt.date] = clock.today
    ) -> None:
        self.repos = repositories
        self.today = today

    # --- reading ------------------------------------------------------------------------

    def open_goals(self) -> list[Goal]:
        return self.repos.goals.all([GoalStatus.OPEN])

    def all(self) -> list[Goal]:
        """Every goal, the open ones first, each group in the order they were set."""
        goals = self.repos.goals.all()
        return sorted(goals, key=lambda g: g.status != GoalStatus.OPEN)

    def get(self, goal_id: int) -> Goal | None:
        return self.repos.goals.get(goal_id)

    def week_counts(self) -> dict[int, int]:
        """Weeks linked to each goal, over the whole journal."""
        return self.repos.goals.week_counts()

    # --- changing -----------------------------------------------------------------------

    def set_goal(self, wording: GoalWording) -> Goal:
        """A new open goal, set today."""
        today = self.today()
        return self.repos.goals.add(today, status=GoalStatus.OPEN, **self._fields(wording, today))

    def reword(self, goal_id: int, wording: GoalWording) -> None:
        """Correct a goal's words (a typo, a clearer measure): no history kept. A change of
        direction is :meth:`close` with ``GoalStatus.CHANGED``."""
        goal = self._goal(goal_id)
        self.repos.goals.update(goal_id, **self._fields(wording, goal.set_on))

    def close(
        self,
        goal_id: int,
        status: str,
        reason: str,
        new_wording: GoalWording | None = None,
    ) -> Goal | None:
        """Close a goal as achieved, changed or dropped, with a reason, today.

        A changed goal keeps its old words; a new open goal with ``new_wording`` takes its
        place, and this week's and later weeks that served the old one serve the new one
        (earlier weeks stay with the words they served). Returns that new goal. One
        transaction."""
        if status not in CLOSING_STATUSES:
            raise GoalError(tr("A goal closes as achieved, changed or dropped."))
        reason = reason.strip()
        if not reason:
            raise GoalError(tr("Say in a few words why, so later you remember what happened."))
        goal = self._goal(goal_id)
        if goal.status != GoalStatus.OPEN:
            raise GoalError(tr("This goal is already closed."))
        today = self.today()
        with self.repos.unit_of_work():
            successor: Goal | None = None
            if status == GoalStatus.CHANGED:
                if new_wording is None or not new_wording.title.strip():
                    raise GoalError(tr("Say what the goal is now."))
                successor = self.repos.goals.add(
                    today, status=GoalStatus.OPEN, **self._fields(new_wording, today)
                )
                monday = today - dt.timedelta(days=today.weekday())
                self.repos.goals.move_weeks(goal_id, successor.id, monday)
            self.repos.goals.update(
                goal_id,
                status=status,
                closed_on=today,
                close_reason=reason,
                replaced_by_id=successor.id if successor else None,
            )
        return successor

    def reopen(self, goal_id: int) -> None:
        """Open an achieved or dropped goal again (closed by mistake, or back on)."""
        goal = self._goal(goal_id)
        if goal.status == GoalStatus.CHANGED:
            raise GoalError(tr("A changed goal carries on in its new words: open that one."))
        self.repos.goals.update(goal_id, status=GoalStatus.OPEN, closed_on=None, close_reason="")

    def delete(self, goal_id: int) -> None:
        """Delete a goal set by mistake; the weeks that served it serve no goal."""
        self.repos.goals.delete(goal_id)

    def link_week(self, week_id: int, goal_id: int | None) -> None:
        """The week's outcome moves ``goal_id`` (None: no goal)."""
        if goal_id is not None:
            self._goal(goal_id)
        self.repos.goals.link_week(week_id, goal_id)

    def _goal(self, goal_id: int) -> Goal:
        goal = self.repos.goals.get(goal_id)
        if goal is None:
            raise GoalError(tr("That goal is no longer in the journal."))
        return goal

    @staticmethod
    def _fields(wording: GoalWording, set_on: dt.date) -> dict[str, object]:
        title = " ".join(wording.title.split())
        if not title:
            raise GoalError(tr("Say in a few words what the goal is."))
        horizon = wording.horizon if wording.horizon in set(GoalHorizon) else GoalHorizon.QUARTER
        if horizon == GoalHorizon.DATE and wording.target_date is None:
            raise GoalError(tr("Choose the day the goal should be reached by."))
        return {
            "title": title,
            "why": wording.why.strip(),
            "measure": wording.measure.strip(),
            "horizon": horizon,
            "target_date": horizon_end(horizon, set_on, wording.target_date),
        }


# --- progress over a span of weeks: Insights and the quarter in review ---------------------


@dataclass(frozen=True)
class WeekServed:
    """A planned week and its outcome."""

    week_start: dt.date
    outcome: str


@dataclass
class GoalWeeks:
    """One goal and the weeks in the span whose outcome moved it, oldest first."""

    goal: Goal
    weeks: list[WeekServed] = field(default_factory=list)


@dataclass
class GoalProgress:
    """Goals and the weeks that moved them, from ``first`` to ``last`` (Mondays)."""

    first: dt.date
    last: dt.date
    goals: list[GoalWeeks] = field(default_factory=list)
    unlinked: list[WeekServed] = field(default_factory=list)  # weeks that served no goal

    @property
    def planned_weeks(self) -> int:
        return sum(len(g.weeks) for g in self.goals) + len(self.unlinked)


def progress_between(repos: Repositories, first: dt.date, last: dt.date) -> GoalProgress:
    """Each goal that was open in the span or moved in it, with the weeks (Mondays from
    ``first`` to ``last``) that moved it, and the planned weeks that moved none.

    Two statements, however many weeks and goals."""
    weeks = repos.goals.weeks_between(first, last)
    goals = repos.goals.all()
    progress = GoalProgress(first, last)
    by_id: dict[int, GoalWeeks] = {}
    for goal in goals:
        was_open = goal.set_on <= last + dt.timedelta(days=6) and (
            goal.closed_on is None or goal.closed_on >= first
        )
        entry = GoalWeeks(goal)
        by_id[goal.id] = entry
        if was_open:
            progress.goals.append(entry)
    for week_start, outcome, goal_id in weeks:
        served = WeekServed(week_start, outcome)
        found = by_id.get(goal_id) if goal_id is not None else None
        if found is None:
            progress.unlinked.append(served)
            continue
        if not found.weeks and found not in progress.goals:
            progress.goals.append(found)
        found.weeks.append(served)
    # Open goals first (oldest first: the longest-running), then the closed ones, the
    # most recent first: on a long range the goals of years ago come last.
    progress.goals.sort(
        key=lambda g: (
            (0, g.goal.set_on.toordinal(), g.goal.id)
            if g.goal.status == GoalStatus.OPEN
            else (1, -g.goal.set_on.toordinal(), -g.goal.id)
        )
    )
    return progress


# --- Markdown (written in English, like the rest of the export) ---------------------------


def goal_titles(repos: Repositories) -> dict[int, str]:
    """Every goal's title by id (the week's Markdown names the goal its outcome serves)."""
    return {goal.id: goal.title for goal in repos.goals.all()}


def goal_line(goal_id: int | None, titles: Mapping[int, str]) -> list[str]:
    """The week's Markdown line naming its goal; none when it serves no goal."""
    if goal_id is None or goal_id not in titles:
        return []
    return [f"**Serves the goal:** {titles[goal_id]}", ""]


def _english_horizon(goal: Goal) -> str:
    if goal.target_date is None:
        return ""
    if goal.horizon == GoalHorizon.DATE:
        return f"by {goal.target_date.isoformat()}"
    names = {"quarter": "this quarter", "half_year": "next 6 months", "year": "this year"}
    return f"{names.get(goal.horizon, goal.horizon)}, until {goal.target_date.isoformat()}"


def goals_markdown(
    goals: Sequence[Goal], weeks: Mapping[int, Sequence[dt.date]], level: int = 2
) -> str:
    """A Goals section: each goal with its why, measure, horizon, how it ended and the
    weeks that moved it (``weeks`` by goal id)."""
    h = "#" * level
    titles = {goal.id: goal.title for goal in goals}
    lines = [f"{h} Goals", ""]
    for goal in goals:
        lines += [f"{h}# {goal.title}", ""]
        state = goal.status
        if goal.closed_on is not None and goal.status != GoalStatus.OPEN:
            state += f" on {goal.closed_on.isoformat()}"
        details = [
            f"- **Set:** {goal.set_on.isoformat()}",
            f"- **Status:** {state}",
        ]
        if goal.why:
            details.append(f"- **Why:** {goal.why}")
        if goal.measure:
            details.append(f"- **Success looks like:** {goal.measure}")
        if horizon := _english_horizon(goal):
            details.append(f"- **Horizon:** {horizon}")
        if goal.close_reason:
            said = {"achieved": "What got it there", "changed": "Why it changed"}
            details.append(f"- **{said.get(goal.status, 'Why it was dropped')}:** "
                           f"{goal.close_reason}")  # fmt: skip
        if goal.replaced_by_id is not None and goal.replaced_by_id in titles:
            details.append(f"- **Now:** {titles[goal.replaced_by_id]}")
        served = weeks.get(goal.id, ())
        if served:
            iso = ", ".join(f"{d.isocalendar()[0]}-W{d.isocalendar()[1]:02d}" for d in served)
            details.append(f"- **Weeks that moved it ({len(served)}):** {iso}")
        lines += [*details, ""]
    return "\n".join(lines)


def journal_goals_markdown(repos: Repositories, level: int = 2) -> str:
    """The whole journal's Goals section ("" for a journal with no goals): two reads."""
    goals = repos.goals.all()
    if not goals:
        return ""
    weeks: dict[int, list[dt.date]] = {}
    for week_start, _outcome, goal_id in repos.goals.weeks_between(dt.date.min, dt.date.max):
        if goal_id is not None:
            weeks.setdefault(goal_id, []).append(week_start)
    return goals_markdown(goals, weeks, level)
