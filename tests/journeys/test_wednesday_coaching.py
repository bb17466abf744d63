"""Wednesday: one small improvement and one coaching conversation, recorded by hand.

After Monday's plan, Wednesday's window opens on the Weekly Plan's Improve step. The
person writes down an improvement, follows "Record a coaching conversation…" to the
Coaching Log, picks a team member and writes the conversation in its four parts. Back
on the Weekly Plan, without anything reloaded by hand, the Improve page lists the
conversation, the step list ticks Wednesday and the Today panel says the step is done.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QPlainTextEdit, QTextEdit, QWidget

from tests.journeys.conftest import Journey, tab_title
from tests.journeys.test_friday_review import at_the_desk, click, plan_monday
from tests.journeys.test_wednesday_improve import add_improvement

IMPROVE = 4
IMPROVEMENT = "A checklist for handing over escalations"
SKILL = "Running an escalation call"
SITUATION = "Tuesday's outage call: the customer asked three times who owned the fix."
IMPACT = "The customer escalated to their director; the team lost an hour re-explaining."
GREAT = "He opens the call by naming the owner and the next update time."
NEXT_STEP = "Open Friday's escalation call with the owner and the next update time."


def row_texts(rows: QListWidget) -> list[str]:
    return [rows.item(i).text() for i in range(rows.count())]


def click_row(journey: Journey, rows: QListWidget, text: str) -> None:
    """Click the row of a list whose first line reads ``text``."""
    [row] = [i for i, shown in enumerate(row_texts(rows)) if shown.split("\n")[0] == text]
    rect = rows.visualItemRect(rows.item(row))
    journey.qtbot.mouseClick(rows.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def write_in(journey: Journey, box: QWidget, text: str) -> None:
    """Click into a text box and type."""
    assert isinstance(box, QPlainTextEdit | QTextEdit), box
    journey.qtbot.mouseClick(box.viewport(), Qt.MouseButton.LeftButton)
    journey.qtbot.keyClicks(box, text)
    assert box.toPlainText() == text


def test_wednesday_coaching_is_recorded_and_the_weekly_plan_follows(journey: Journey) -> None:
    plan_monday(journey)

    # Wednesday morning: the window opens on the Improve step, not yet done.
    window = at_the_desk(journey, journey.next_morning(days=2))
    weekly = window.weekly_plan
    assert tab_title(window) == "Weekly Plan"
    current = weekly.step_list.currentItem()
    assert current is not None and current.text() == "Wednesday · Improve"
    today_line = weekly.today_panel.step_label
    assert "today's step is done" not in today_line.text()
    improve = weekly.improve
    assert improve.coaching.text() == "No coaching conversation recorded this week yet."

    add_improvement(journey, improve, "Checklist", IMPROVEMENT, [])

    # "Record a coaching conversation…" leads to the Coaching Log's coaching section.
    click(journey, improve.coach_button)
    assert tab_title(window) == "Coaching Log"
    log = window.coaching_log
    assert log.sections.tabText(log.sections.currentIndex()) == "Coaching"
    assert [t.split("\n")[0] for t in row_texts(log.people_list)] == [
        "Amara Okafor",
        "Jonas Weber",
        "Priya Nair",
    ]
    click_row(journey, log.people_list, "Jonas Weber")
    assert log.name_label.text() == "Jonas Weber"
    coaching = log.coaching
    assert coaching.records.count() == 0
    assert coaching.empty_label.text().startswith("No coaching conversations with Jonas yet.")

    click(journey, coaching.new_button)
    assert row_texts(coaching.records) == ["Wed 2 Dec 2026\nCoaching"]
    # The new record starts at its first field (the window's focus, whether or not the
    # window manager has handed activation back after the improvement's dialog).
    assert journey.window.focusWidget() is coaching.skill
    journey.qtbot.keyClicks(coaching.skill, SKILL)
    write_in(journey, coaching.situation, SITUATION)
    write_in(journey, coaching.impact, IMPACT)
    write_in(journey, coaching.great, GREAT)
    write_in(journey, coaching.next_step, NEXT_STEP)
    assert row_texts(coaching.records) == [f"Wed 2 Dec 2026\n{SKILL}"]
    journey.shot("wednesday-coaching-record-1280")

    # Back to the Weekly Plan by its tab: the Improve page has followed the journal.
    bar = window.tabs.tabBar()
    journey.qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(0).center())
    assert tab_title(window) == "Weekly Plan"
    weekly = window.weekly_plan
    improve = weekly.improve
    current = weekly.step_list.currentItem()
    assert current is not None and current.text() == "Wednesday · Improve ✓"
    assert [row.title.text() for row in improve.rows.values()] == [IMPROVEMENT]
    assert improve.coaching.text() == f"This week:\n• Jonas Weber: {SKILL}"
    assert "<b>Wednesday:</b> today's step is done. ✓" in weekly.today_panel.step_label.text()
    journey.shot("wednesday-improve-1280")
