"""Change control through the week: a task added to a confirmed plan names what moves
to make room (the week's change log), a limit on work in progress per person, the
buffer in hours, deep-work blocks that protect a task, and why tasks slip, by kind.

Sentences for drafts and exports are English, like ``week_updates``; the labels are
marked for the catalogue and translated where shown.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from leadjournal.db.enums import ChangeMove, SlipCategory, SlipDecision, TaskStatus
from leadjournal.db.models import Task, WeekChange, WeekPlan
from leadjournal.db.repositories import Repositories
from leadjournal.db.repositories.week_fields import NextWeekTask
from leadjournal.errors import JournalError
from leadjournal.i18n import QT_TRANSLATE_NOOP
from leadjournal.services.settings import JournalSettings
from leadjournal.text import day_month

# The kinds of slip reason, in the order they are offered; "" means not said.
SLIP_CATEGORY_LABELS: dict[str, str] = {
    SlipCategory.NONE: QT_TRANSLATE_NOOP("", "Cause…"),
    SlipCategory.ESTIMATE: QT_TRANSLATE_NOOP("", "Estimate"),
    SlipCategory.DEPENDENCY: QT_TRANSLATE_NOOP("", "Dependency"),
    SlipCategory.ABSENCE: QT_TRANSLATE_NOOP("", "Absence"),
    SlipCategory.SCOPE_CHANGE: QT_TRANSLATE_NOOP("", "Scope change"),
    SlipCategory.PRIORITY_CHANGE: QT_TRANSLATE_NOOP("", "Priority change"),
    SlipCategory.OTHER: QT_TRANSLATE_NOOP("", "Other"),
}
# The kinds a chart counts (every one but "not said").
SLIP_CATEGORIES = tuple(c for c in SlipCategory if c != SlipCategory.NONE)
# Where the task that made room went.
CHANGE_MOVES = (ChangeMove.NEXT_WEEK, ChangeMove.DROPPED, ChangeMove.NOTHING)
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


_WORD_NUMBERS = {
    "a": 1.0, "an": 1.0, "one": 1.0, "two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0,
    "six": 6.0, "seven": 7.0, "eight": 8.0, "nine": 9.0, "ten": 10.0, "twelve": 12.0,
}  # fmt: skip
_AMOUNT = re.compile(
    r"(?P<half>half\s+(?:an?\s+)?)?"
    r"(?P<number>\b(?:\d+(?:[.,]\d+)?|" + "|".join(_WORD_NUMBERS) + r"))?\s*"
    r"(?P<unit>hours?|hrs?|h|stunden|std|minutes?|mins?|days?|tage?|d)\b",
    re.IGNORECASE,
)
_TIME_RANGE = re.compile(r"\b(\d{1,2})[:.](\d{2})\s*(?:–|-|to|bis)\s*(\d{1,2})[:.](\d{2})\b")
_HALF_DAY = re.compile(r"\b(morning|afternoon|vormittag|nachmittag)\b", re.IGNORECASE)


def buffer_hours_in(note: str) -> tuple[float | None, bool]:
    """The hours a buffer sentence names ("4 h", "4 hours", "half a day" = 4, "1 day" =
    8), and whether it says nothing else; (None, False) when it names none. Migration
    0010 keeps its own copy of these rules (a migration never imports the app)."""
    text = note.strip()
    for found in _AMOUNT.finditer(text):
        number, unit = found.group("number"), found.group("unit").lower()
        if number is None and not found.group("half"):
            continue  # a unit with no amount ("hours of support") names no number
        if number is None:
            amount = 1.0
        elif number.lower() in _WORD_NUMBERS:
            amount = _WORD_NUMBERS[number.lower()]
        else:
            amount = float(number.replace(",", "."))
        if found.group("half"):
            amount /= 2
        if unit.startswith(("d", "t")):
            amount *= 8  # a working day
        elif unit.startswith("m"):
            amount /= 60
        if not 0 < amount <= 168:
            continue
        rest = (text[: found.start()] + text[found.end() :]).strip(" .,;:-~≈")
        return round(amount, 2), rest.lower() in {"", "about", "around", "ca", "roughly"}
    # A time of day kept free ("Tuesday 15:00–16:00"), or half a day ("Friday morning"):
    # the hours, with the words kept.
    span = _TIME_RANGE.search(text)
    if span is not None:
        start_h, start_m, end_h, end_m = (int(part) for part in span.groups())
        minutes = (end_h * 60 + end_m) - (start_h * 60 + start_m)
        if 0 < minutes <= 24 * 60:
            return round(minutes / 60, 2), False
    if _HALF_DAY.search(text):
        return 4.0, False
    return None, False


def slip_category_label(category: str) -> str:
    """The marked English label of a slip category ("" for none said)."""
    if category == SlipCategory.NONE:
        return ""
    return SLIP_CATEGORY_LABELS.get(category, SLIP_CATEGORY_LABELS[SlipCategory.OTHER])


def slip_reason_text(task: Task) -> str:
    """A slipped task's reason with its kind in front: "Estimate: took twice as long"."""
    label = slip_category_label(task.slip_category)
    reason = task.slip_reason.strip()
    if label and reason:
        return f"{label}: {reason}"
    return label or reason


def hours_available(week: WeekPlan) -> float | None:
    """The hours the plan can fill: the team's hours less the buffer (None: not set)."""
    if not week.capacity_hours:
        return None
    return max(0.0, week.capacity_hours - (week.buffer_hours or 0.0))


def change_sentence(change: WeekChange) -> str:
    """One change of the log, in a sentence for drafts and exports."""
    when = day_month(change.changed_at.date())
    said = f"Added “{change.added_title}” on {when}"
    if change.moved_to == ChangeMove.NEXT_WEEK:
        said += f": “{change.moved_title}” moved to next week"
    elif change.moved_to == ChangeMove.DROPPED:
        said += f": “{change.moved_title}” dropped"
    else:
        said += ": nothing moved"
    return said + (f" — {change.why}" if change.why else "")


def changes_this_week(week: WeekPlan) -> list[str]:
    """The week's change log, one sentence each, oldest first (for the stakeholder draft
    and the exports): what was added after the plan was confirmed, what moved, why."""
    return [change_sentence(change) for change in week.changes]


def change_control_markdown(week: WeekPlan, people: Mapping[int, str], h: str) -> list[str]:
    """The week's buffer, changes and slip reasons (with their kind), as Markdown lines
    for the week's export (``h``: the week's heading marks)."""
    lines: list[str] = []
    if week.buffer_hours:
        note = f" — {week.buffer_note.strip()}" if week.buffer_note.strip() else ""
        lines += [f"**Buffer:** {week.buffer_hours:g} h{note}", ""]
    titles = {t.id: t.title for t in week.tasks}
    for block in week.deep_work_blocks:
        if block.task_id in titles:
            start, end = divmod(block.start_minute, 60), divmod(block.end_minute, 60)
            lines += [
                f"**Deep work:** {_DAYS[block.day % 7]} {start[0]:02}:{start[1]:02}–"
                f"{end[0]:02}:{end[1]:02} protects “{titles[block.task_id]}”",
                "",
            ]
    if week.changes:
        lines += [f"{h}# Changes this week", ""]
        lines += [f"- {line}" for line in changes_this_week(week)] + [""]
    slipped = [
        t
        for t in week.tasks
        if t.status != TaskStatus.DONE and (t.slip_reason.strip() or t.slip_category)
    ]
    if slipped:
        lines += [f"{h}# Why tasks slipped", ""]
        for task in slipped:
            owner = "Me" if task.owned_by_me else people.get(task.owner_person_id or -1, "")
            who = f" ({owner})" if owner else ""
            lines.append(f"- {task.title}{who}: {slip_reason_text(task)}")
        lines.append("")
    return lines


def change_log_lines(week: WeekPlan, people: Mapping[int, str]) -> list[str]:
    """The week's change log for the stakeholder draft (:func:`changes_this_week`; the
    sentences name tasks, not people, so ``people`` is not needed yet)."""
    del people
    return changes_this_week(week)


def person_slips(repos: Repositories, person_ids: Sequence[int]) -> dict[int, list[str]]:
    """Each person's slipped tasks with why (and its kind), one English line each, for
    their Markdown: "Week of 30 Nov: Write saved replies — Absence: Lena was out"."""
    found: dict[int, list[str]] = {person_id: [] for person_id in person_ids}
    for week_start, task in repos.week_changes.slipped_of_people(person_ids):
        if task.owner_person_id in found:
            found[task.owner_person_id].append(
                f"Week of {day_month(week_start)}: {task.title} — {slip_reason_text(task)}"
            )
    return found


def open_tasks_to_move(week: WeekPlan) -> list[Task]:
    """The tasks that could make room for a new one: not done, not decided already."""
    return [
        t
        for t in week.tasks
        if t.status != TaskStatus.DONE and t.slip_decision == SlipDecision.UNDECIDED
    ]


@dataclass(frozen=True)
class WipOverflow:
    """Moving a task into In progress would go past its owner's limit."""

    owner_name: str  # "" for the user
    in_progress: int  # how many they have in progress already
    limit: int

    @property
    def is_me(self) -> bool:
        return not self.owner_name


def wip_overflow(
    week: WeekPlan, task_id: int, status: str, limit: int | None, people: Mapping[int, str]
) -> WipOverflow | None:
    """Whether moving ``task_id`` to ``status`` takes its owner past ``limit`` tasks in
    progress (None: it does not, or there is no limit). Unassigned tasks are not
    counted: nobody is overloaded by them."""
    if limit is None or status != TaskStatus.IN_PROGRESS:
        return None
    task = next((t for t in week.tasks if t.id == task_id), None)
    if task is None or task.status == TaskStatus.IN_PROGRESS:
        return None
    if not task.owned_by_me and task.owner_person_id is None:
        return None
    same_owner = [
        t
        for t in week.tasks
        if t.id != task_id
        and t.status == TaskStatus.IN_PROGRESS
        and t.owned_by_me == task.owned_by_me
        and t.owner_person_id == task.owner_person_id
    ]
    if len(same_owner) < limit:
        return None
    name = "" if task.owned_by_me else people.get(task.owner_person_id or -1, "")
    return WipOverflow(name, len(same_owner), limit)


class WeekChanges:
    """Change control on top of the repositories (``planner.changes``)."""

    def __init__(self, repositories: Repositories) -> None:
        self.repos = repositories

    # --- the trade-off of a task added to a confirmed plan -----------------------------

    def add_task_with_trade_off(
        self,
        week: WeekPlan,
        title: str,
        *,
        priority_id: int | None,
        moved_task_id: int | None,
        moved_to: str,
        why: str,
        now: dt.datetime,
    ) -> int:
        """Add a task to a confirmed plan and log what moved to make room, and why, in
        one transaction. A task moved to next week is carried over (as Friday's "carry
        over" does); a dropped one is marked dropped. Returns the new task's id."""
        title, why = title.strip(), why.strip()
        if moved_to not in CHANGE_MOVES:
            raise ValueError(moved_to)
        if not title:
            raise JournalError("Give the new task a title.")
        if not why:
            raise JournalError("Say why: the trade-off is what the week's change log keeps.")
        moved: Task | None = None
        if moved_to != ChangeMove.NOTHING:
            moved = next((t for t in week.tasks if t.id == moved_task_id), None)
            if moved is None:
                raise JournalError("Choose the task that moves to make room.")
        with self.repos.unit_of_work():
            new_id = self.repos.weeks.add_task(
                week.id,
                title=title,
                priority_id=priority_id,
                planned=week.confirmed_at is None,
            )
            if moved is not None:
                self._make_room(week, moved, moved_to, f"Made room for “{title}”: {why}")
            self.repos.week_changes.add(
                week.id,
                added_task_id=new_id,
                added_title=title,
                moved_task_id=moved.id if moved else None,
                moved_title=moved.title if moved else "",
                moved_to=moved_to,
                why=why,
                changed_at=now,
            )
        return new_id

    def _make_room(self, week: WeekPlan, task: Task, moved_to: str, reason: str) -> None:
        becomes = None
        if moved_to == ChangeMove.NEXT_WEEK:
            priority = next((p.title for p in week.priorities if p.id == task.priority_id), "")
            becomes = NextWeekTask(
                task.title,
                task.owned_by_me,
                task.owner_person_id,
                task.effort_hours,
                task.effort_size,
                task.reviewer,
                priority,
            )
        decision = SlipDecision.CARRY_OVER if becomes is not None else SlipDecision.DROP
        self.repos.weeks.record_slip_decision(
            task.id, decision, reason, becomes, plan_next_week=False
        )
        self.repos.weeks.update_task(task.id, slip_category=SlipCategory.SCOPE_CHANGE)

    def changes(self, week_id: int) -> list[WeekChange]:
        return self.repos.week_changes.of_week(week_id)

    # --- work in progress --------------------------------------------------------------

    @property
    def wip_limit(self) -> int | None:
        """Tasks in progress per person before moving another warns (None: no limit)."""
        return JournalSettings.of(self.repos).wip_limit

    def check_wip(
        self, week: WeekPlan, task_id: int, status: str, people: Mapping[int, str]
    ) -> WipOverflow | None:
        return wip_overflow(week, task_id, status, self.wip_limit, people)

    # --- buffer and deep work ----------------------------------------------------------

    def set_buffer_hours(self, week_id: int, hours: float | None) -> None:
        self.repos.weeks.update(week_id, buffer_hours=hours or None)

    def protect_task(
        self, week: WeekPlan, index: int, block: tuple[int, int, int], task_id: int | None
    ) -> None:
        """Name the task deep-work block ``index`` protects; a block not saved yet is
        saved as shown (``block``: day, start and end minutes), in one transaction."""
        day, start, end = block
        with self.repos.unit_of_work():
            current = self.repos.weeks.get(week.week_start)
            blocks = [b.id for b in (current or week).deep_work_blocks]
            for _ in range(len(blocks), index + 1):
                blocks.append(
                    self.repos.weeks.add_block(week.id, day=day, start_minute=start, end_minute=end)
                )
            self.repos.weeks.update_block(blocks[index], task_id=task_id)

    # --- why tasks slip ---------------------------------------------------------------

    def decide_with_category(self, task_id: int, category: str, decide: Callable[[], None]) -> None:
        """Friday's decision for a slipped task (``decide``) and the kind of its reason,
        in one transaction."""
        with self.repos.unit_of_work():
            decide()
            self.set_slip_category(task_id, category)

    def set_slip_category(self, task_id: int, category: str) -> None:
        if category not in set(SlipCategory):
            raise ValueError(category)
        self.repos.weeks.update_task(task_id, slip_category=category)
