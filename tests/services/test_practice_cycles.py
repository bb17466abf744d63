"""When a practice cycle starts, which days can be ticked, and which cycles may be deleted."""

from __future__ import annotations

import datetime as dt

import pytest

from leadjournal.db.enums import TickState
from leadjournal.db.repositories import Repositories
from leadjournal.services.feedback import SOURCES
from leadjournal.services.practice import (
    DAY_OFF,
    NOT_YET,
    OUTSIDE_CYCLE,
    CycleKeptError,
    PracticeService,
    first_practice_day,
    may_delete_cycle,
    tick_refusal,
)

SATURDAY = dt.date(2026, 11, 28)
SUNDAY = dt.date(2026, 11, 29)
MONDAY = dt.date(2026, 11, 30)
WEDNESDAY = dt.date(2026, 12, 2)
PAIR = (("lead.explain-why", "Explain the why"), ("manage.one-owner", "One owner"))


@pytest.mark.parametrize(
    ("chosen", "working_days_only", "starts"),
    [
        (SUNDAY, True, MONDAY),  # a weekend start moves to the first working day
        (SATURDAY, True, MONDAY),
        (SUNDAY, False, SUNDAY),  # every day counts: Sunday is day 1
        (WEDNESDAY, True, WEDNESDAY),
    ],
)
def test_a_cycle_starts_on_the_first_day_that_can_be_ticked(
    chosen: dt.date, working_days_only: bool, starts: dt.date
) -> None:
    assert first_practice_day(chosen, working_days_only) == starts


def test_each_refused_tick_has_its_reason() -> None:
    def why(day: dt.date, today: dt.date = WEDNESDAY) -> str | None:
        return tick_refusal(day, today, MONDAY, 14, working_days_only=True)

    assert why(MONDAY) is None
    assert why(WEDNESDAY) is None  # today
    assert why(WEDNESDAY + dt.timedelta(days=1)) == NOT_YET
    assert why(dt.date(2026, 12, 5)) == DAY_OFF  # a Saturday, even once it has passed
    assert why(dt.date(2026, 12, 5), today=dt.date(2026, 12, 7)) == DAY_OFF
    assert why(SUNDAY) == OUTSIDE_CYCLE  # the day before it began
    assert why(MONDAY + dt.timedelta(days=14)) == OUTSIDE_CYCLE
    assert tick_refusal(SUNDAY, SUNDAY, SUNDAY, 14, working_days_only=False) is None


def test_only_an_empty_or_ended_early_cycle_may_be_deleted() -> None:
    assert may_delete_cycle("active", ticks=0)
    assert may_delete_cycle("finished", ticks=0)
    assert may_delete_cycle("ended", ticks=5)
    assert not may_delete_cycle("active", ticks=1)
    assert not may_delete_cycle("finished", ticks=9)


def test_deleting_a_cycle_follows_the_rule_and_takes_its_ticks(repos: Repositories) -> None:
    practice = repos.practice
    delete_cycle = PracticeService(repos).delete_cycle
    running = practice.start_cycle(MONDAY, *PAIR, working_days_only=True)
    practice.set_tick(running, "lead", MONDAY, TickState.DONE)
    with pytest.raises(CycleKeptError, match="end it early first"):
        delete_cycle(running)
    assert practice.active_cycle() is not None

    practice.finish_cycle(running, WEDNESDAY, early=True)
    delete_cycle(running)
    assert practice.cycles() == []
    assert practice.done_counts() == {}  # its ticks went with it

    ran = practice.start_cycle(MONDAY, *PAIR)
    practice.set_tick(ran, "manage", MONDAY, TickState.DONE)
    practice.finish_cycle(ran, MONDAY + dt.timedelta(days=13))
    with pytest.raises(CycleKeptError, match="stays in your history"):
        delete_cycle(ran)
    assert [c.id for c in practice.cycles()] == [ran]

    empty = practice.start_cycle(WEDNESDAY, *PAIR)
    delete_cycle(empty)  # started by mistake, nothing ticked
    assert [c.id for c in practice.cycles()] == [ran]


def test_anonymous_is_offered_first_for_who_an_answer_is_from() -> None:
    assert [value for value, _label in SOURCES] == ["anonymous", "self", "person"]


def test_done_days_of_one_cycle_are_counted_without_the_others(repos: Repositories) -> None:
    """The headline needs only the last cycle's days: counting every cycle of a long
    journal to read one would make Insights slower with every cycle."""
    practice = repos.practice
    first = practice.start_cycle(MONDAY, *PAIR)
    practice.set_tick(first, "lead", MONDAY, TickState.DONE)
    practice.finish_cycle(first, MONDAY + dt.timedelta(days=13))
    second = practice.start_cycle(MONDAY + dt.timedelta(days=14), *PAIR)
    for day in (14, 15, 22):
        practice.set_tick(second, "manage", MONDAY + dt.timedelta(days=day), TickState.DONE)
    assert practice.done_counts(second) == {(second, "manage", 0): 2, (second, "manage", 1): 1}
    assert practice.done_counts() == {
        (first, "lead", 0): 1,
        (second, "manage", 0): 2,
        (second, "manage", 1): 1,
    }
