"""The first morning: an empty journal of one's own opens on this week's plan."""

from __future__ import annotations

from tests.journeys.conftest import Journey, welcome_answers


def test_the_first_monday_opens_on_an_empty_plan_for_this_week(journey: Journey) -> None:
    window = journey.open(welcome_answers())
    weekly = window.weekly_plan
    assert window.tabs.currentWidget() is weekly
    assert weekly.week_start.isoformat() == "2026-11-30"  # the fake clock's week, not today's
    assert weekly.direction.outcome.text() == ""
    journey.shot("first-monday")

    window = journey.next_morning()
    assert window.weekly_plan.week_start.isoformat() == "2026-11-30"
