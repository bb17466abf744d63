"""What the weekly loop's rules answer besides the journal's records: the errors that
refuse a change (each says why, in a sentence for the user) and the small records a
slipped task's decision takes and gives."""

from __future__ import annotations

from dataclasses import dataclass

from leadjournal.errors import JournalError


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
