"""A window left open overnight: the next morning's pages speak of the new day.

The supervisor closes the laptop lid on Tuesday evening with LeadJournal open and opens
it on Wednesday: the Today panel must not still say "Today, Tuesday". Over a weekend the
Weekly Plan that showed last week moves on to the new one; a week chosen by hand stays.
"""

from __future__ import annotations

import datetime as dt

from tests.journeys.conftest import Journey, welcome_answers


def _overnight(journey: Journey, to: dt.datetime) -> None:
    """The clock moves on with the app left open; the scheduler's regular re-sync (every
    few minutes) is what notices."""
    journey.clock.advance(to - journey.clock.now())
    session = journey.session
    assert session is not None and session.scheduler is not None
    session.scheduler.sync()


def test_the_today_panel_follows_the_day_and_the_week(journey: Journey) -> None:
    window = journey.open(welcome_answers())
    weekly = window.weekly_plan
    journey.later_today(dt.time(19, 0))
    _overnight(journey, dt.datetime(2026, 12, 1, 8, 45))  # Tuesday morning
    journey.qtbot.waitUntil(lambda: "Tuesday" in weekly.today_panel.step_label.text())
    assert "Monday" not in weekly.today_panel.step_label.text()
    assert weekly.header.week_title.text().startswith("Week 49 · ")

    # Friday evening to Monday morning: the plan shown was this week's, so it moves on.
    _overnight(journey, dt.datetime(2026, 12, 7, 8, 30))
    journey.qtbot.waitUntil(lambda: weekly.header.week_title.text().startswith("Week 50 · "))
    assert "Monday" in weekly.today_panel.step_label.text()

    # A week the person went to on purpose stays where they put it.
    weekly.previous_week()
    assert weekly.header.week_title.text().startswith("Week 49 · ")
    _overnight(journey, dt.datetime(2026, 12, 8, 8, 30))
    journey.qtbot.waitUntil(lambda: "Tuesday" in weekly.today_panel.step_label.text())
    assert weekly.header.week_title.text().startswith("Week 49 · ")
    journey.shot("window-left-open")
