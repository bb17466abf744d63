"""Rules of the weekly loop: weeks, priorities, owners, dependencies, the weekly numbers.

Pure logic lives in module-level functions (easy to test); :class:`WeekPlanner` applies
them on top of the repositories.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from leadjournal.db.models import SetAside, Task, WeekPlan
from leadjournal.db.repositories import Repositories
from leadjournal.db.repositories.weeks import NextWeekTask, PastBlocker, WeekCounts
from leadjournal.errors import JournalError
from leadjournal.text import count_text, day_month, human_date

MAX_PRIORITIES = 3
STATUSES = ("not_started", "in_progress", "done")
STATUS_LABELS = {"not_started": "Not started", "in_progress": "In progress", "done": "Done"}
WHY_CATEGORIES = ("customer", "revenue", "risk", "team")
SIZE_HOURS = {"S": 2.0, "M": 4.0, "L": 8.0}
SLIP_DECISIONS = ("carry_over", "drop", "rescope")
# What happens to a set-aside priority's tasks; the first is the safe default.
TASK_FATES = ("moved", "carried", "dropped")
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

DECISIONS_NEEDED = "Decisions needed"
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


class ReviewNotReadyError(JournalError):
    """The week can't be closed yet: a slipped task has no decision."""

    def __init__(self, message: str, undecided: list[int]) -> None:
        super().__init__(message)
        self.undecided = undecided


@dataclass(frozen=True)
class SmallerTask:
    """The smaller version of a slipped task that goes on next week (a re-scope)."""

    title: str
    person_id: int | None  # None: the user owns it
    effort_hours: float | None = None
    effort_size: str = ""


@dataclass(frozen=True)
class SlipDestination:
    """Where a slipped task went, for Friday's review."""

    decision: str  # "" (not decided), carry_over, drop or rescope
    reason: str
    next_week_title: str = ""  # the copy in next week, when there is one
    next_week_owner: str = ""
    next_week_status: str = ""
    # The priority the task had, when next week had no room left for it.
    priority_left_out: str = ""


class SetAsideIncompleteError(JournalError):
    """A priority can't be set aside without naming its replacement and why."""


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
    week: WeekPlan,
    people: Mapping[int, str],
    today: dt.date,
    markdown: bool,
    signed_by: str = "",
) -> str:
    """A stakeholder update drafted from the week: progress, risks, decisions, milestone,
    signed with the user's name.

    The Markdown draft (the one kept to edit) ends its sections with an empty "Decisions
    needed" for the user to fill in; :func:`without_empty_sections` leaves it out of what
    is shown and copied while it stays empty.
    """
    heading = "## " if markdown else ""
    bullet = "- " if markdown else "• "
    lines = [f"{heading}Update for the week of {human_date(week.week_start)}", ""]
    if week.outcome:
        lines += [f"Goal this week: {week.outcome}", ""]
    lines += [f"{heading}Progress".rstrip() if markdown else "Progress:"]
    for priority in week.priorities:
        tasks = [t for t in week.tasks if t.priority_id == priority.id]
        done = sum(t.status == "done" for t in tasks)
        if tasks:
            counted = count_text(len(tasks), "task", "tasks")
            lines.append(f"{bullet}{priority.title}: {done} of {counted} done")
        else:
            lines.append(f"{bullet}{priority.title}: work not broken into tasks yet")
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
    if week.set_asides:
        lines += ["", f"{heading}Set aside this week" if markdown else "Set aside this week:"]
        lines += [f"{bullet}{line}" for line in set_aside_lines(week)]
    lines += ["", f"{heading}Risks" if markdown else "Risks:"]
    lines += [f"{bullet}{risk}" for risk in risks] or [f"{bullet}None right now."]
    if week.decisions:
        lines += [
            "",
            f"{heading}Decisions made this week" if markdown else "Decisions made this week:",
        ]
        for decision in sorted(week.decisions, key=lambda d: (d.decided_on, d.id)):
            why = f" — {decision.reason.strip()}" if decision.reason.strip() else ""
            lines.append(f"{bullet}{decision.decision.strip()}{why}")
    if markdown:  # left empty for the user to fill in; never shown or copied empty
        lines += ["", f"{heading}{DECISIONS_NEEDED}"]
    remaining = [t for t in week.tasks if t.status != "done"]
    remaining.sort(key=lambda t: (t.due_day is None, t.due_day or 0))
    lines += ["", f"{heading}Next milestone" if markdown else "Next milestone:"]
    if remaining:
        first = remaining[0]
        when = DAY_NAMES[first.due_day] if first.due_day is not None else "this week"
        lines.append(f"{bullet}{first.title}, due {when}")
    else:
        lines.append(f"{bullet}Everything planned this week is done.")
    if signed_by.strip():
        lines += ["", f"— {signed_by.strip()}"]
    return "\n".join(lines).strip() + "\n"


def without_empty_sections(text: str) -> str:
    """The Markdown update without headings that have nothing under them (before the
    next heading or the end), as it is shown and copied."""
    lines = text.splitlines()
    kept: list[str] = []
    for index, line in enumerate(lines):
        if line.startswith("## "):
            following = next((n for n in lines[index + 1 :] if n.strip()), None)
            if following is None or following.startswith("## "):
                while kept and not kept[-1].strip():
                    kept.pop()  # the blank line that led into it goes too
                continue
        kept.append(line)
    return "\n".join(kept).strip() + "\n" if kept else ""


def quoted_list(titles: Sequence[str]) -> str:
    """“A”, “B” and “C”: titles named in a sentence."""
    quoted = [f"“{title}”" for title in titles]
    if len(quoted) <= 1:
        return "".join(quoted)
    return ", ".join(quoted[:-1]) + " and " + quoted[-1]


def set_aside_fate(record: SetAside) -> str:
    """What happened to a set-aside priority's tasks, in a few words."""
    count = record.task_count
    tasks = "1 task" if count == 1 else f"{count} tasks"
    return {
        "moved": f"its {tasks} moved to the new priority",
        "carried": f"its {tasks} carried to next week",
        "dropped": f"its {tasks} dropped",
    }.get(record.tasks_went, "it had no open tasks")


def set_aside_lines(week: WeekPlan) -> list[str]:
    """One sentence per priority set aside this week, for drafts and exports."""
    return [
        f"{r.title} — set aside {day_month(r.set_aside_at.date())} for “{r.replaced_by}”"
        f"{': ' + r.why if r.why else ''}; {set_aside_fate(r)}"
        for r in week.set_asides
    ]


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
        """Create the week's plan, pre-filled from last week's review (a week Friday's
        re-scope already started is kept as it is)."""
        if self.weeks.get(week_start) is None:
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
        return self.weeks.set_aside_priority(
            priority_id, replaced_by=replaced_by, why=why, tasks_went=tasks_went, at=now
        )

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
        self.weeks.record_slip_decision(
            task_id,
            decision,
            reason.strip(),
            becomes,
            plan_next_week=decision == "rescope",
            max_priorities=MAX_PRIORITIES,
        )

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
