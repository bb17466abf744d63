"""Rules of the weekly loop: weeks, priorities, owners, dependencies, the weekly numbers.

Pure logic lives in module-level functions (easy to test); :class:`WeekPlanner` applies
them on top of the repositories.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from leadjournal.db.models import Task, WeekPlan
from leadjournal.db.repositories import Repositories
from leadjournal.db.repositories.weeks import PastBlocker, WeekCounts
from leadjournal.errors import JournalError

MAX_PRIORITIES = 3
STATUSES = ("not_started", "in_progress", "done")
STATUS_LABELS = {"not_started": "Not started", "in_progress": "In progress", "done": "Done"}
WHY_CATEGORIES = ("customer", "revenue", "risk", "team")
SIZE_HOURS = {"S": 2.0, "M": 4.0, "L": 8.0}
SLIP_DECISIONS = ("carry_over", "drop", "rescope")
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

PLANNED_RULE = (
    "Planned means the tasks in your plan when you confirmed it (carried-over tasks "
    "included). Tasks added later are counted on their own and don't change the figure. "
    "Until you confirm the plan, every task counts as planned."
)


class PriorityLimitError(JournalError):
    """A fourth priority was refused."""


class DependencyCycleError(JournalError):
    """A dependency would make tasks wait on each other in a loop."""

    def __init__(self, message: str, loop: list[int]) -> None:
        super().__init__(message)
        self.loop = loop


class PlanNotReadyError(JournalError):
    """The plan can't be confirmed yet (no weekly outcome)."""


# --- pure rules ----------------------------------------------------------------------------


def week_start_of(day: dt.date) -> dt.date:
    """The Monday of the ISO week that contains ``day``."""
    return day - dt.timedelta(days=day.weekday())


def iso_week_number(week_start: dt.date) -> int:
    return week_start.isocalendar().week


_MEASURABLE = re.compile(
    r"\d|%|\b(by|before|until|on)\s+(mon|tue|wed|thu|fri|sat|sun|end of|tomorrow|today)"
    r"|\b(done|finished|shipped|signed off|approved|zero|none|all|every|each|live|merged|"
    r"published|closed|resolved|passing|green)\b",
    re.IGNORECASE,
)


def has_measurable_part(outcome: str) -> bool:
    """True when the outcome names a number, a date/day, or a "done" standard."""
    return bool(_MEASURABLE.search(outcome))


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
    """Planned tasks done ÷ planned tasks, or None when nothing was planned."""
    if counts.planned == 0:
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


_STOP_WORDS = frozenset(
    "the a an and or but for with from into onto that this then than they them their "
    "there were was have has had been being will would could should about after before "
    "again still just only very some more most waiting wait on in of to at by is are be "
    "it its we our us me my i you your not no".split()
)
_TAG = re.compile(r"#([\w-]+)")


def content_words(text: str) -> set[str]:
    """Lower-case words of four letters or more, without common words or plural s."""
    words = re.findall(r"[a-zA-Z][a-zA-Z'-]{3,}", text.lower())
    return {word.rstrip("s") for word in words if word not in _STOP_WORDS}


def matching_past_blocker(
    blocked: str, person_id: int | None, history: Sequence[PastBlocker]
) -> PastBlocker | None:
    """An earlier blocker that looks like this one, or None.

    Similar means: the same #tag, or the same person and at least two shared content
    words (ignoring small and common words and plural endings).
    """
    if not blocked.strip():
        return None
    tags = {tag.lower() for tag in _TAG.findall(blocked)}
    words = content_words(blocked)
    for past in history:
        if tags and tags & {tag.lower() for tag in _TAG.findall(past.text)}:
            return past
        if past.person_id == person_id and len(words & content_words(past.text)) >= 2:
            return past
    return None


_EFFECT_HINTS = re.compile(
    r"\b(so|because|which|meant|means|saved|helped|let|allowed|cut|reduced|raised|"
    r"unblocked|customers?|team|hours?|days?|minutes?|fewer|faster|less|more|without)\b|\d",
    re.IGNORECASE,
)


def recognition_names_effect(what_they_did: str, impact: str) -> bool:
    """False for praise with no visible effect ("great job!")."""
    return bool(impact.strip()) and bool(_EFFECT_HINTS.search(impact))


def owner_name(task: Task, people: Mapping[int, str]) -> str:
    if task.owned_by_me:
        return "Me"
    if task.owner_person_id is None:
        return "Unassigned"
    return people.get(task.owner_person_id, "Unassigned")


def draft_stakeholder_update(
    week: WeekPlan, people: Mapping[int, str], today: dt.date, markdown: bool
) -> str:
    """A stakeholder update drafted from the week: progress, risks, decisions, milestone."""
    heading = "## " if markdown else ""
    bullet = "- " if markdown else "• "
    lines = [f"{heading}Update for the week of {week.week_start:%d %b %Y}", ""]
    if week.outcome:
        lines += [f"Goal this week: {week.outcome}", ""]
    lines += [f"{heading}Progress".rstrip() if markdown else "Progress:"]
    for priority in week.priorities:
        tasks = [t for t in week.tasks if t.priority_id == priority.id]
        done = sum(t.status == "done" for t in tasks)
        lines.append(f"{bullet}{priority.title}: {done} of {len(tasks)} tasks done")
    if not week.priorities:
        lines.append(f"{bullet}No priorities set yet.")
    risks = []
    for task in week.tasks:
        if task.status == "done":
            continue
        if task.due_day is not None and week.week_start + dt.timedelta(task.due_day) < today:
            risks.append(f"{task.title} ({owner_name(task, people)}) is late")
    for checkin in week.checkins:
        if checkin.blocked.strip():
            who = people.get(checkin.person_id, "Me") if checkin.person_id else "Me"
            risks.append(f"{who} is blocked: {checkin.blocked.strip()}")
    lines += ["", f"{heading}Risks" if markdown else "Risks:"]
    lines += [f"{bullet}{risk}" for risk in risks] or [f"{bullet}None right now."]
    lines += ["", f"{heading}Decisions needed" if markdown else "Decisions needed:"]
    lines.append(f"{bullet}(add any decision you need from them)")
    remaining = [t for t in week.tasks if t.status != "done"]
    remaining.sort(key=lambda t: (t.due_day is None, t.due_day or 0))
    lines += ["", f"{heading}Next milestone" if markdown else "Next milestone:"]
    if remaining:
        first = remaining[0]
        when = DAY_NAMES[first.due_day] if first.due_day is not None else "this week"
        lines.append(f"{bullet}{first.title}, due {when}")
    else:
        lines.append(f"{bullet}Everything planned this week is done.")
    return "\n".join(lines).strip() + "\n"


def markdown_to_plain(text: str) -> str:
    """Strip the few Markdown marks the drafts use, for pasting into plain email."""
    lines = []
    for line in text.splitlines():
        if line.startswith("## "):
            line = line[3:] + ":" if not line.startswith("## Update") else line[3:]
        elif line.startswith("- "):
            line = "• " + line[2:]
        lines.append(line)
    return "\n".join(lines) + "\n"


# --- the service ---------------------------------------------------------------------------


class WeekPlanner:
    """The weekly loop on top of the repositories."""

    def __init__(self, repositories: Repositories) -> None:
        self.repos = repositories
        self.weeks = repositories.weeks

    def week(self, week_start: dt.date) -> WeekPlan | None:
        return self.weeks.get(week_start)

    def start_week(self, week_start: dt.date) -> WeekPlan:
        """Create the week's plan, pre-filled from last week's review."""
        previous = self.weeks.get(week_start - dt.timedelta(days=7))
        focus = previous.next_week_focus.strip() if previous else ""
        self.weeks.create(week_start, outcome=focus)
        self.carry_over_into(week_start)
        created = self.weeks.get(week_start)
        assert created is not None
        return created

    def carry_over_into(self, week_start: dt.date) -> int:
        """Copy last week's tasks marked "carry over" that are not here yet; return count."""
        week = self.weeks.get(week_start)
        previous = self.weeks.get(week_start - dt.timedelta(days=7))
        if week is None or previous is None:
            return 0
        to_carry = [t for t in previous.tasks if t.slip_decision == "carry_over"]
        already = self.weeks.carried_copies_of([t.id for t in to_carry])
        copied = 0
        for task in to_carry:
            if task.id in already:
                continue
            self.weeks.add_task(
                week.id,
                title=task.title,
                owned_by_me=task.owned_by_me,
                owner_person_id=task.owner_person_id,
                effort_hours=task.effort_hours,
                effort_size=task.effort_size,
                reviewer=task.reviewer,
                planned=week.confirmed_at is None,
                carried_from_id=task.id,
            )
            copied += 1
        return copied

    def add_priority(self, week: WeekPlan, title: str) -> int:
        if len(week.priorities) >= MAX_PRIORITIES:
            raise PriorityLimitError(
                "A week has at most three priorities: with more, none of them gets the "
                "focus it needs. Replace one instead?"
            )
        position = max((p.position for p in week.priorities), default=-1) + 1
        return self.weeks.add_priority(week.id, title, position)

    def add_task(self, week: WeekPlan, title: str, **fields: object) -> int:
        """Add a task; after the plan is confirmed it counts as "added later"."""
        fields.setdefault("planned", week.confirmed_at is None)
        return self.weeks.add_task(week.id, title=title, **fields)

    def set_owner(self, task_id: int, person_id: int | None) -> None:
        """Exactly one owner: a person, or the user when ``person_id`` is None."""
        self.weeks.update_task(task_id, owned_by_me=person_id is None, owner_person_id=person_id)

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
        for task in week.tasks:
            if not task.planned:
                self.weeks.update_task(task.id, planned=True)
        self.weeks.update(week.id, confirmed_at=now)

    def decide_slipped_task(self, week: WeekPlan, task_id: int, decision: str,
                            reason: str) -> None:  # fmt: skip
        """Record why a task slipped and what happens to it; carry over copies it."""
        if decision and decision not in SLIP_DECISIONS:
            raise ValueError(decision)
        self.weeks.update_task(task_id, slip_decision=decision, slip_reason=reason)
        next_week = week.week_start + dt.timedelta(days=7)
        if decision == "carry_over":
            self.carry_over_into(next_week)
        else:
            copies = self.weeks.carried_copies_of([task_id])
            copy = self.weeks.get_task(copies[task_id]) if task_id in copies else None
            # Undo an earlier "carry over" only while nobody has touched the copy.
            if copy is not None and copy.status == "not_started":
                self.weeks.delete_task(copy.id)

    def recent_counts(self, week_start: dt.date, weeks: int = 8) -> list[WeekCounts]:
        first = week_start - dt.timedelta(days=7 * (weeks - 1))
        return self.weeks.counts_between(first, week_start)

    def recurring_blocker(self, week: WeekPlan, person_id: int | None,
                          blocked: str) -> PastBlocker | None:  # fmt: skip
        return matching_past_blocker(
            blocked, person_id, self.weeks.blockers_before(week.week_start)
        )
