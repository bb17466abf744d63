"""Rules of the weekly loop: weeks, priorities, owners, dependencies, the weekly numbers.

Pure logic lives in module-level functions (easy to test); :class:`WeekPlanner` applies
them on top of the repositories.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal, Unpack

from leadjournal.db.enums import SlipDecision, TaskFate, TaskStatus
from leadjournal.db.models import (
    CoachingConversation,
    Lesson,
    Person,
    Recognition,
    Task,
    WeekPlan,
)
from leadjournal.db.repositories import Repositories
from leadjournal.db.repositories.week_fields import (
    CheckInFields,
    NextWeekTask,
    PastBlocker,
    ReviewLessonFields,
    TaskDetails,
    TaskFields,
    WeekCounts,
    WeekFields,
)
from leadjournal.errors import JournalError
from leadjournal.i18n import QT_TRANSLATE_NOOP
from leadjournal.services.alignment import Alignment
from leadjournal.services.blockers import FollowUps
from leadjournal.services.goals import Goals
from leadjournal.services.improvements import Improvements
from leadjournal.services.settings import JournalSettings
from leadjournal.services.week_carry import carry_criteria
from leadjournal.services.week_changes import WeekChanges
from leadjournal.services.week_outcomes import (
    DependencyCycleError,
    PlanNotReadyError,
    PriorityLimitError,
    ReviewNotReadyError,
    SetAsideIncompleteError,
    SlipDestination,
    SmallerTask,
)
from leadjournal.services.week_wording import matching_past_blocker

MAX_PRIORITIES = 3
STATUSES = tuple(TaskStatus)
# Marked for the catalogue; the screens translate them where shown.
STATUS_LABELS: dict[str, str] = {
    TaskStatus.NOT_STARTED: QT_TRANSLATE_NOOP("", "Not started"),
    TaskStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("", "In progress"),
    TaskStatus.DONE: QT_TRANSLATE_NOOP("", "Done"),
}
WHY_CATEGORIES = ("customer", "revenue", "risk", "team")
SIZE_HOURS = {"S": 2.0, "M": 4.0, "L": 8.0}
SLIP_DECISIONS = (SlipDecision.CARRY_OVER, SlipDecision.DROP, SlipDecision.RESCOPE)
# What happens to a set-aside priority's tasks; the first is the safe default.
TASK_FATES = (TaskFate.MOVED, TaskFate.CARRIED, TaskFate.DROPPED)
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

PLANNED_RULE = QT_TRANSLATE_NOOP(
    "",
    "Planned means the tasks in your plan when you confirmed it (carried-over tasks "
    "included). Tasks added later are counted on their own and don't change the figure. "
    "A week whose plan you never confirm is not counted: it shows as not planned, not "
    "as 0%.",
)


# --- pure rules ----------------------------------------------------------------------------


def week_start_of(day: dt.date) -> dt.date:
    """The Monday of the ISO week that contains ``day``."""
    return day - dt.timedelta(days=day.weekday())


def iso_week_number(week_start: dt.date) -> int:
    return week_start.isocalendar().week


def effort_in_hours(task: Task) -> float:
    """Effort of a task in hours; S/M/L sizes count as 2/4/8 hours."""
    if task.effort_hours is not None:
        return float(task.effort_hours)
    return SIZE_HOURS.get(task.effort_size, 0.0)


def planned_effort(tasks: Iterable[Task]) -> float:
    return sum(effort_in_hours(task) for task in tasks)


def find_dependency_loop(
    dependencies: Mapping[int, Iterable[int]], task_id: int, new_depends_on: Iterable[int]
) -> list[int] | None:
    """The loop created by letting ``task_id`` depend on ``new_depends_on``, or None.

    Returns the task ids along the loop, starting and ending with ``task_id``.
    """
    graph = {task: set(deps) for task, deps in dependencies.items()}
    graph[task_id] = set(new_depends_on)

    def path_to_start(current: int, seen: set[int]) -> list[int] | None:
        for following in sorted(graph.get(current, ())):
            if following == task_id:
                return [current, task_id]
            if following not in seen:
                seen.add(following)
                rest = path_to_start(following, seen)
                if rest is not None:
                    return [current, *rest]
        return None

    return path_to_start(task_id, {task_id})


def delivery_reliability(counts: WeekCounts) -> float | None:
    """Planned tasks done ÷ planned tasks, or None when nothing was planned: no tasks, or
    a plan never confirmed (a week nobody planned is not a week of 0%)."""
    if counts.planned == 0 or not counts.confirmed:
        return None
    return counts.planned_done / counts.planned


@dataclass(frozen=True)
class BlockOverlap:
    first: int
    second: int


def overlapping_blocks(blocks: Sequence[tuple[int, int, int]]) -> list[BlockOverlap]:
    """Pairs (by index) of deep-work blocks (day, start, end minutes) that overlap."""
    found = []
    for i, (day_a, start_a, end_a) in enumerate(blocks):
        for j in range(i + 1, len(blocks)):
            day_b, start_b, end_b = blocks[j]
            if day_a == day_b and start_a < end_b and start_b < end_a:
                found.append(BlockOverlap(i, j))
    return found


def owner_name(task: Task, people: Mapping[int, str]) -> str:
    """Who owns the task, in English ("Me", "Unassigned" or the person's name); the
    screens translate "Me" and "Unassigned" (marked here) with ``tr``."""
    if task.owned_by_me:
        return QT_TRANSLATE_NOOP("", "Me")
    unassigned = QT_TRANSLATE_NOOP("", "Unassigned")
    if task.owner_person_id is None:
        return unassigned
    return people.get(task.owner_person_id, unassigned)


def quoted_list(titles: Sequence[str]) -> str:
    """“A”, “B” and “C”: titles named in a sentence."""
    quoted = [f"“{title}”" for title in titles]
    if len(quoted) <= 1:
        return "".join(quoted)
    return ", ".join(quoted[:-1]) + " and " + quoted[-1]


# --- the service ---------------------------------------------------------------------------


class WeekPlanner:
    """The weekly loop on top of the repositories."""

    def __init__(self, repositories: Repositories) -> None:
        self.repos = repositories
        self.weeks = repositories.weeks
        self.changes = WeekChanges(repositories)  # change control through the week
        self.improvements = Improvements(repositories)  # Wednesday's lasting improvements
        self.follow_ups = FollowUps(repositories)  # Tuesday's blockers and next actions
        self.alignment = Alignment(repositories)  # Thursday: touchpoints, decisions, update
        self.goals = Goals(repositories)  # goals above the week that outcomes move

    def week(self, week_start: dt.date) -> WeekPlan | None:
        return self.weeks.get(week_start)

    def start_week(self, week_start: dt.date) -> WeekPlan:
        """Create the week's plan, pre-filled from last week's review (a week Friday's
        re-scope already started is kept as it is)."""
        with self.repos.unit_of_work():
            if self.weeks.get(week_start) is None:
                previous = self.weeks.get(week_start - dt.timedelta(days=7))
                focus = previous.next_week_focus.strip() if previous else ""
                self.weeks.create(week_start, outcome=focus)
            self.carry_over_into(week_start)
        created = self.weeks.get(week_start)
        assert created is not None
        return created

    def carry_over_into(self, week_start: dt.date) -> int:
        """Copy last week's tasks marked "carry over" that are not here yet; return count.

        One transaction: a failure half-way copies none of them."""
        with self.repos.unit_of_work():
            return self._carry_over_into(week_start)

    def _carry_over_into(self, week_start: dt.date) -> int:
        week = self.weeks.get(week_start)
        previous = self.weeks.get(week_start - dt.timedelta(days=7))
        if week is None or previous is None:
            return 0
        to_carry = [t for t in previous.tasks if t.slip_decision == "carry_over"]
        already = self.weeks.carried_copies_of([t.id for t in to_carry])
        copied = 0
        titles = {p.id: p.title for p in previous.priorities}
        for task in to_carry:
            if task.id in already:
                continue
            self.weeks.add_task(
                week.id,
                title=task.title,
                priority_id=self.weeks.priority_for(
                    week.id, titles.get(task.priority_id or 0, ""), MAX_PRIORITIES
                ),
                owned_by_me=task.owned_by_me,
                owner_person_id=task.owner_person_id,
                effort_hours=task.effort_hours,
                effort_size=task.effort_size,
                reviewer=task.reviewer,
                status=task.status,  # in progress stays in progress
                planned=week.confirmed_at is None,
                carried_from_id=task.id,
            )
            copied += 1
        if copied:
            carry_criteria(self.repos, previous.week_start)
        return copied

    def add_priority(self, week: WeekPlan, title: str) -> int:
        if len(week.priorities) >= MAX_PRIORITIES:
            raise PriorityLimitError(
                "A week has at most three priorities: with more, none of them gets the "
                "focus it needs. Replace one instead?"
            )
        position = max((p.position for p in week.priorities), default=-1) + 1
        return self.weeks.add_priority(week.id, title, position)

    def set_aside_priority(
        self,
        week: WeekPlan,
        priority_id: int,
        replaced_by: str,
        tasks_went: str,
        why: str,
        now: dt.datetime,
    ) -> int:
        """Replace a priority with another and keep the trade-off on the week's "Set
        aside" list, in one transaction. Returns the new priority's id."""
        replaced_by, why = replaced_by.strip(), why.strip()
        if tasks_went not in TASK_FATES:
            raise ValueError(tasks_went)
        if not any(p.id == priority_id for p in week.priorities):
            raise ValueError(priority_id)
        if not replaced_by:
            raise SetAsideIncompleteError("Name the priority that takes its place.")
        if not why:
            raise SetAsideIncompleteError(
                "Say why it is set aside: that trade-off is what the week keeps."
            )
        with self.repos.unit_of_work():
            return self.weeks.set_aside_priority(
                priority_id, replaced_by=replaced_by, why=why, tasks_went=tasks_went, at=now
            )

    def add_task(self, week: WeekPlan, title: str, **details: Unpack[TaskDetails]) -> int:
        """Add a task; after the plan is confirmed it counts as "added later"."""
        details.setdefault("planned", week.confirmed_at is None)
        return self.weeks.add_task(week.id, title=title, **details)

    def set_owner(self, task_id: int, person_id: int | None) -> None:
        """Exactly one owner: a person, or the user when ``person_id`` is None."""
        self.weeks.update_task(task_id, owned_by_me=person_id is None, owner_person_id=person_id)

    def give_to_new_person(self, task_id: int, name: str) -> int:
        """Add ``name`` to the team and make them the task's owner, in one transaction;
        returns the person's id."""
        with self.repos.unit_of_work():
            person_id = self.repos.people.add(name.strip()).id
            self.set_owner(task_id, person_id)
        return person_id

    def set_dependencies(self, week: WeekPlan, task_id: int, depends_on: Iterable[int]) -> None:
        """Let a task wait on others of the same week; a loop is refused."""
        depends_on = [d for d in depends_on if d != task_id]
        graph = {t.id: {d.depends_on_id for d in t.depends_on} for t in week.tasks}
        loop = find_dependency_loop(graph, task_id, depends_on)
        if loop is not None:
            titles = {t.id: t.title for t in week.tasks}
            named = " → ".join(f"“{titles.get(i, i)}”" for i in loop)
            raise DependencyCycleError(
                f"That would make tasks wait on each other forever: {named}.", loop
            )
        self.weeks.set_dependencies(task_id, depends_on)

    def unfinished_dependencies(self, week: WeekPlan, task_id: int) -> list[Task]:
        by_id = {t.id: t for t in week.tasks}
        task = by_id.get(task_id)
        if task is None:
            return []
        return [
            by_id[d.depends_on_id]
            for d in task.depends_on
            if d.depends_on_id in by_id and by_id[d.depends_on_id].status != "done"
        ]

    def move_task(self, task_id: int, status: str) -> None:
        if status not in STATUSES:
            raise ValueError(status)
        self.weeks.update_task(task_id, status=status)

    def confirm_plan(self, week: WeekPlan, now: dt.datetime) -> None:
        """Mark the plan as set; the tasks in it now are the week's "planned" tasks."""
        if not week.outcome.strip():
            raise PlanNotReadyError(
                "Write the week's outcome first: the plan is set around one clear result."
            )
        with self.repos.unit_of_work():
            self.weeks.plan_every_task(week.id)
            self.weeks.update(week.id, confirmed_at=now)

    def decide_slipped_task(
        self,
        week: WeekPlan,
        task_id: int,
        decision: str,
        reason: str,
        smaller: SmallerTask | None = None,
    ) -> None:
        """Record why a task slipped and what happens to it, in one transaction.

        Carry over: the task goes on next week (now, or when next week is planned).
        Re-scope: ``smaller`` goes on next week instead, and next week is started for it
        if needed. Drop (or no decision): nothing goes on; a copy already in next week
        is taken back out while nobody has started it. Changing a decision changes the
        copy in next week, never doubles it.
        """
        if decision and decision not in SLIP_DECISIONS:
            raise ValueError(decision)
        if week.review_done:
            raise JournalError("This week is closed: reopen it to change what happens to a task.")
        task = next((t for t in week.tasks if t.id == task_id), None) or self.weeks.get_task(
            task_id
        )
        if task is None:
            raise ValueError(task_id)
        becomes: NextWeekTask | None = None
        # Its priority comes along (made next week if there is room for it).
        priority = next((p.title for p in week.priorities if p.id == task.priority_id), "")
        if decision == "carry_over":
            becomes = NextWeekTask(
                task.title,
                task.owned_by_me,
                task.owner_person_id,
                task.effort_hours,
                task.effort_size,
                task.reviewer,
                priority,
                task.status,
            )
        elif decision == "rescope" and smaller is not None:
            title = smaller.title.strip()
            if not title:
                raise JournalError("Give the smaller task a title: what, exactly, goes on?")
            becomes = NextWeekTask(
                title,
                smaller.person_id is None,
                smaller.person_id,
                smaller.effort_hours,
                smaller.effort_size,
                priority_title=priority,
            )
        with self.repos.unit_of_work():
            self.weeks.record_slip_decision(
                task_id,
                decision,
                reason.strip(),
                becomes,
                plan_next_week=decision == "rescope",
                max_priorities=MAX_PRIORITIES,
            )
            if becomes is not None:
                carry_criteria(self.repos, week.week_start)

    def slip_destinations(
        self, week: WeekPlan, people: Mapping[int, str]
    ) -> dict[int, SlipDestination]:
        """Where each task of the week that was not done went (by task id)."""
        slipped = [t for t in week.tasks if t.status != "done"]
        copies = self.weeks.carried_copies([t.id for t in slipped])
        priorities = {p.id: p.title for p in week.priorities}
        found = {}
        for task in slipped:
            copy = copies.get(task.id)
            left_out = ""
            if copy is not None and copy.priority_id is None and task.priority_id:
                left_out = priorities.get(task.priority_id, "")
            found[task.id] = SlipDestination(
                task.slip_decision,
                task.slip_reason,
                copy.title if copy else "",
                owner_name(copy, people) if copy else "",
                copy.status if copy else "",
                left_out,
            )
        return found

    def outcome_is_fridays_focus(self, week: WeekPlan) -> bool:
        """Whether the week's outcome is still the focus last Friday wrote for it."""
        previous = self.weeks.get(week.week_start - dt.timedelta(days=7))
        focus = previous.next_week_focus.strip() if previous else ""
        return bool(focus) and week.outcome.strip() == focus

    def set_next_week_focus(self, week: WeekPlan, focus: str) -> None:
        """Friday's focus for next week (next week's outcome follows it until edited)."""
        self.weeks.set_next_week_focus(week.id, focus)

    def close_week(self, week: WeekPlan) -> None:
        """Finish Friday's review; refused while a slipped task has no decision."""
        undecided = [t for t in week.tasks if t.status != "done" and not t.slip_decision]
        if undecided:
            named = quoted_list([t.title for t in undecided])
            raise ReviewNotReadyError(
                "Decide what happens to each task that slipped first (carry over, re-scope "
                f"or drop): {named} {'is' if len(undecided) == 1 else 'are'} still open.",
                [t.id for t in undecided],
            )
        self.weeks.update(week.id, review_done=True)

    def reopen_week(self, week: WeekPlan) -> None:
        """Open Friday's review again (it counts as not done until closed again)."""
        self.weeks.update(week.id, review_done=False)

    def recent_counts(self, week_start: dt.date, weeks: int = 8) -> list[WeekCounts]:
        first = week_start - dt.timedelta(days=7 * (weeks - 1))
        return self.weeks.counts_between(first, week_start)

    def recurring_blocker(
        self, week: WeekPlan, person_id: int | None, blocked: str
    ) -> PastBlocker | None:
        return matching_past_blocker(
            blocked, person_id, self.weeks.blockers_before(week.week_start)
        )

    # --- what the Weekly Plan's pages read and change ------------------------------------

    def update_week(self, week_id: int, **fields: Unpack[WeekFields]) -> None:
        self.weeks.update(week_id, **fields)

    def save_week_text(self, week_id: int, field: WeekTextField, text: str) -> None:
        """Save one of the week's free-text fields (the autosave of a page's editor)."""
        fields: WeekFields = {}
        fields[field] = text
        self.weeks.update(week_id, **fields)

    def rename_priority(self, priority_id: int, title: str) -> None:
        self.weeks.update_priority(priority_id, title)

    def remove_priority(self, priority_id: int) -> None:
        """Remove a priority; its tasks stay in the week without one."""
        self.weeks.delete_priority(priority_id)

    def add_criterion(self, priority_id: int, text: str, position: int) -> int:
        return self.weeks.add_criterion(priority_id, text.strip(), position)

    def update_criterion(
        self, criterion_id: int, *, text: str | None = None, met: bool | None = None
    ) -> None:
        self.weeks.update_criterion(criterion_id, text=text, met=met)

    def remove_criterion(self, criterion_id: int) -> None:
        self.weeks.delete_criterion(criterion_id)

    def task(self, task_id: int) -> Task | None:
        return self.weeks.get_task(task_id)

    def update_task(self, task_id: int, **fields: Unpack[TaskFields]) -> None:
        self.weeks.update_task(task_id, **fields)

    def delete_task(self, task_id: int) -> None:
        self.weeks.delete_task(task_id)

    def save_deep_work_block(
        self, week: WeekPlan, index: int, day: int, start_minute: int, end_minute: int
    ) -> None:
        """Save the week's ``index``-th deep-work block (0 or 1), adding the blocks before
        it while the week has fewer, in one transaction."""
        with self.repos.unit_of_work():
            current = self.weeks.get(week.week_start)  # the blocks as saved, not as shown
            blocks = [b.id for b in (current or week).deep_work_blocks]
            if index < len(blocks):
                self.weeks.update_block(
                    blocks[index], day=day, start_minute=start_minute, end_minute=end_minute
                )
                return
            for _ in range(len(blocks), index + 1):
                self.weeks.add_block(
                    week.id, day=day, start_minute=start_minute, end_minute=end_minute
                )

    def carried_copy(self, task_id: int) -> Task | None:
        """The copy of a task carried (or re-scoped) into a later week, if any."""
        return self.weeks.carried_copies([task_id]).get(task_id)

    # people, as the week's pages name and choose them

    def team(self) -> list[Person]:
        """The people supervised now (archived ones left out)."""
        return self.repos.people.list()

    def names(self) -> dict[int, str]:
        """Everyone's name by id, archived people too (older weeks name them)."""
        return {p.id: p.name for p in self.repos.people.list(include_archived=True)}

    def person_named(self, name: str) -> Person | None:
        return self.repos.people.find_by_name(name)

    def user_name(self) -> str:
        """The user's own name, to sign what the journal drafts for them."""
        return JournalSettings.of(self.repos).user_name

    # check-ins, coaching, decisions

    def save_checkin(
        self, week_id: int, person_id: int | None, **fields: Unpack[CheckInFields]
    ) -> None:
        self.weeks.save_checkin(week_id, person_id, **fields)

    def blockers_in_week(self, week_id: int) -> dict[int | None, str]:
        """Who said at the check-in they are blocked (None: the user), and by what."""
        return self.weeks.blockers_in_week(week_id)

    def blockers_before(self, week_start: dt.date) -> list[PastBlocker]:
        return self.weeks.blockers_before(week_start)

    def coaching_in_week(self, week_start: dt.date) -> list[CoachingConversation]:
        return self.repos.coaching.coaching_between(week_start, week_start + dt.timedelta(days=6))

    # The decision log (kinds, people consulted, edit, undo): ``self.alignment``.

    # Friday's lesson and recognition

    def review_lesson(self, week_id: int) -> Lesson | None:
        return self.weeks.review_lesson(week_id)

    def save_review_lesson(
        self, week_id: int, learned_on: dt.date, **fields: Unpack[ReviewLessonFields]
    ) -> None:
        self.weeks.save_review_lesson(week_id, learned_on, **fields)

    def review_recognition(self, week_id: int) -> Recognition | None:
        return self.weeks.review_recognition(week_id)

    def save_review_recognition(
        self, week_id: int, person_id: int | None, given_on: dt.date, what: str, impact: str
    ) -> None:
        self.weeks.save_review_recognition(week_id, person_id, given_on, what, impact)


# The week's free-text fields a page edits as the user types.
WeekTextField = Literal[
    "outcome",
    "why",
    "buffer_note",
    "stakeholder_update",
    "pulse_text",
]
