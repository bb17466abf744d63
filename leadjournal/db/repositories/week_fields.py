"""What goes into the weeks repository and comes out of it besides the models: the
fields its add and update methods take (typed, so a misspelled one fails mypy) and the
small records it returns."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any, TypedDict


class WeekFields(TypedDict, total=False):
    """The fields of a week that ``create`` and ``update`` change (a misspelled name
    fails the type check, and is refused at run time too)."""

    outcome: str
    why: str
    why_category: str
    capacity_hours: float | None
    buffer_note: str
    buffer_hours: float | None
    confirmed_at: dt.datetime | None
    # improvement_what/why/status: emptied by 0010, improvements are records now.
    stakeholder_update: str
    next_week_focus: str
    pulse_text: str
    pulse_score: int | None
    review_done: bool


class TaskDetails(TypedDict, total=False):
    """A task's fields besides its title."""

    priority_id: int | None
    owned_by_me: bool
    owner_person_id: int | None
    effort_hours: float | None
    effort_size: str
    reviewer: str
    due_day: int | None
    status: str
    planned: bool
    slip_reason: str
    slip_decision: str
    slip_category: str
    position: int


class TaskFields(TaskDetails, total=False):
    title: str


class NewTaskFields(TaskFields, total=False):
    carried_from_id: int | None  # the task of an earlier week this one is a copy of


class CheckInFields(TypedDict, total=False):
    completed: str
    next_up: str
    blocked: str
    next_action: str
    next_action_when: str
    next_action_due: dt.date | None
    next_action_happened: bool | None


class DecisionFields(TypedDict, total=False):
    decided_on: dt.date
    decision: str
    reason: str
    consulted: str


class BlockFields(TypedDict, total=False):
    day: int
    start_minute: int
    end_minute: int
    task_id: int | None


class ReviewLessonFields(TypedDict, total=False):
    title: str
    what_happened: str
    what_i_learned: str
    do_differently: str
    tags: str


@dataclass(frozen=True)
class WeekCounts:
    """Task counts of one week, for the weekly numbers and their sparkline."""

    week_start: dt.date
    planned: int
    planned_done: int
    added_later: int
    added_later_done: int
    pulse_score: int | None
    confirmed: bool = True  # the plan was confirmed (an unconfirmed week is not counted)


@dataclass(frozen=True)
class NextWeekTask:
    """What a slipped task becomes in next week: itself (carried) or a smaller version."""

    title: str
    owned_by_me: bool
    owner_person_id: int | None
    effort_hours: float | None = None
    effort_size: str = ""
    reviewer: str = ""
    priority_title: str = ""  # the priority it sits under next week ("" for none)
    status: str = "not_started"  # a carried task goes on as it was (in progress stays so)

    def task_fields(self) -> dict[str, Any]:
        fields = asdict(self)
        del fields["priority_title"]
        return fields


@dataclass(frozen=True)
class PastBlocker:
    week_start: dt.date
    person_id: int | None
    text: str
