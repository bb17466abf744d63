"""Practice that fits the behaviour: a weekly coaching habit ticked on two Wednesdays reads
100%, while a daily habit beside it counts every working day. On one's own empty journal."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.journeys.conftest import Journey
from tests.journeys.test_practice_and_feedback import click, open_on_sunday_evening, open_tab
from tests.lookup import cell


def test_a_weekly_habit_ticked_on_both_wednesdays_is_100_percent(journey: Journey) -> None:
    window = open_on_sunday_evening(journey)
    tab = open_tab(journey, window.tabs, "Practice")
    assert tab is window.practice
    click(journey, window.practice.no_cycle.button)  # "Choose two behaviours"
    practice = window.practice
    lead = practice.choosers["lead"]
    lead.setFocus()
    lead.setCurrentIndex(lead.findText("Coach one small step"))
    # The catalogue knows its natural rhythm: coaching happens on Wednesdays.
    assert practice.schedule_choosers["lead"].currentText() == "Once a week, on Wednesday"
    manage = practice.choosers["manage"]
    manage.setCurrentIndex(manage.findText("One owner for every task"))
    assert practice.schedule_choosers["manage"].currentText() == "Every day"
    journey.shot("practice-schedule-choice")
    click(journey, practice.start_button)

    # Monday: next Wednesday's cell says it is the planned day.
    window = journey.next_morning()
    practice = window.practice
    open_tab(journey, window.tabs, "Practice")
    assert "Coach one small step</b> · Once a week, on Wednesday" in practice.cards["lead"].text()
    assert cell(practice.grid, 0, 2).text() == "•"
    assert cell(practice.grid, 1, 2).text() == ""  # a daily habit's future day is blank

    for days_later, wednesday_column in ((2, 2), (7, 9)):
        window = journey.next_morning(days=days_later)
        practice = window.practice
        open_tab(journey, window.tabs, "Practice")
        assert (practice.grid.currentRow(), practice.grid.currentColumn()) == (0, wednesday_column)
        practice.grid.setFocus()
        journey.qtbot.keyClick(practice.grid, Qt.Key.Key_Space)
        assert cell(practice.grid, 0, wednesday_column).text() == "✓"

    lead_card = practice.cards["lead"].text()
    assert "Adherence 100% (2 of 2 times) · streak 2 weeks" in lead_card
    # The days coaching was never asked for stay blank, not crossed out...
    assert [cell(practice.grid, 0, column).text() for column in (0, 1, 3, 4)] == ["", "", "", ""]
    # ...while the daily habit, never ticked, shows every past working day missed.
    assert [cell(practice.grid, 1, column).text() for column in (0, 1, 3, 4)] == ["✗"] * 4
    assert "Adherence 0% (0 of 7 days)" in practice.cards["manage"].text()
    journey.shot("practice-schedule-second-wednesday")
