"""The days that follow the first: what the window says each morning.

Monday's plan, done before its 09:00 reminder, is not brought up again on Tuesday; the
Today panel and the step list agree on when Monday and Tuesday are done (and say how far
the check-in has come); several reminders missed while away make one quiet line, their
list on request; and a new working day opens on its step of the Weekly Plan, while a
start later the same day comes back to the tab left open.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget

from leadjournal.ui.main_window import MainWindow
from leadjournal.ui.saving import AUTOSAVE_DELAY_MS
from leadjournal.ui.tabs.weekly_plan.tab import WeeklyPlanTab
from tests.journeys.conftest import Journey, open_step, tab_title, welcome_answers

DIRECTION, EXECUTION, CHECKIN = 0, 1, 3


# --- a person's hands -------------------------------------------------------------------


def click(journey: Journey, widget: QWidget) -> None:
    journey.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_tab(journey: Journey, window: MainWindow, title: str) -> None:
    bar = window.tabs.tabBar()
    index = next(i for i in range(window.tabs.count()) if window.tabs.tabText(i) == title)
    journey.qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert window.tabs.currentIndex() == index


def type_into(journey: Journey, field: QLineEdit, text: str, enter: bool = False) -> None:
    field.setFocus()
    field.selectAll()
    journey.qtbot.keyClicks(field, text)
    if enter:
        journey.qtbot.keyClick(field, Qt.Key.Key_Return)


def type_into_dialog(journey: Journey, text: str) -> None:
    def respond(dialog: QWidget) -> None:
        editor = dialog.findChild(QLineEdit)
        assert editor is not None
        journey.qtbot.keyClicks(editor, text)
        journey.qtbot.keyClick(editor, Qt.Key.Key_Return)

    journey.answer(respond)


def marks(weekly: WeeklyPlanTab) -> list[bool]:
    """Which steps of the list on the left carry a ✓."""
    items = [weekly.step_list.item(row) for row in range(weekly.step_list.count())]
    return [item is not None and item.text().endswith("✓") for item in items]


def today_line(weekly: WeeklyPlanTab) -> str:
    return weekly.today_panel.step_label.text()


def timer_fires(journey: Journey, at: dt.time) -> None:
    """The app left open until ``at``: the reminder timer goes off as it would."""
    journey.later_today(at)
    assert journey.session is not None and journey.session.scheduler is not None
    journey.session.scheduler.sync()


def plan_monday_before_nine(journey: Journey, window: MainWindow) -> None:
    """Direction, two tasks for two people, then the plan confirmed — by 08:45."""
    weekly = window.weekly_plan
    click(journey, weekly.plan_button)
    type_into(journey, weekly.direction.outcome, "Refund backlog under 20 by Friday")
    type_into_dialog(journey, "Clear the refund backlog")
    click(journey, weekly.direction.add_priority_button)
    journey.qtbot.waitUntil(lambda: weekly.direction.priorities_box.count() == 1)
    journey.qtbot.wait(AUTOSAVE_DELAY_MS + 100)
    # The direction alone is not Monday done: the panel says what is left.
    assert marks(weekly)[:2] == [True, False]
    assert "today's step is done" not in today_line(weekly)
    assert "Next: plan the work and confirm the plan." in today_line(weekly)
    assert weekly.today_panel.step_link().endswith("&step=1")
    journey.shot("monday-direction-set-1024")

    open_step(journey, weekly, EXECUTION)
    execution = weekly.execution
    for title, owner in (
        ("Answer refund tickets", "Amara Okafor"),
        ("Migrate the macros", "Jonas Weber"),
    ):
        group = execution.tree.topLevelItem(0)
        assert group is not None
        execution.tree.setCurrentItem(group)
        type_into(journey, execution.new_task, title, enter=True)
        owner_field = execution.owner.lineEdit()
        assert owner_field is not None
        type_into(journey, owner_field, owner, enter=True)
    journey.later_today(dt.time(8, 45))
    click(journey, execution.confirm_button)
    journey.qtbot.waitUntil(lambda: marks(weekly)[1])
    assert "<b>Monday:</b> today's step is done. ✓" in today_line(weekly)


def check_in(journey: Journey, weekly: WeeklyPlanTab, name: str, field: str, text: str) -> None:
    page = weekly.checkin
    [editor] = [
        e
        for (_pid, f), e in page.editors.items()
        if f == field and e.accessibleName().startswith(f"{name}: ")
    ]
    type_into(journey, editor, text)
    journey.qtbot.wait(AUTOSAVE_DELAY_MS + 100)


# --- the journeys -------------------------------------------------------------------------


def test_what_is_done_is_not_reminded_and_old_reminders_make_one_quiet_line(
    journey: Journey,
) -> None:
    window = journey.open(welcome_answers(), size=(1024, 700))
    plan_monday_before_nine(journey, window)
    journey.close()  # Monday's plan done at 08:45; the app is closed before 09:00

    # Tuesday: nothing about Monday's direction, which was done before it was due.
    window = journey.next_morning()
    window.resize(1024, 700)
    banner = window.banner
    assert not banner.isVisible(), banner.text.text()
    weekly = window.weekly_plan
    assert window.tabs.currentWidget() is weekly and weekly.current_step() == CHECKIN
    # One person checked in with one character: the check-in is not done, and says so.
    assert "0 of 2 checked in." in today_line(weekly)
    check_in(journey, weekly, "Amara Okafor", "completed", "x")
    journey.qtbot.waitUntil(lambda: "1 of 2 checked in." in today_line(weekly))
    assert "today's step is done" not in today_line(weekly)
    assert not marks(weekly)[CHECKIN]
    journey.shot("tuesday-half-checked-in-1024")
    check_in(journey, weekly, "Jonas Weber", "blocked", "Waiting for HR")
    journey.qtbot.waitUntil(lambda: "<b>Tuesday:</b> today's step is done. ✓" in today_line(weekly))
    assert marks(weekly)[CHECKIN]

    # The 10:00 check-in reminder does not go off: the check-in is done already.
    timer_fires(journey, dt.time(10, 5))
    assert not banner.isVisible(), banner.text.text()

    # Thursday morning: Wednesday's coaching reminder was missed, and only that.
    window = journey.next_morning(days=2)
    window.resize(1024, 700)
    banner = window.banner
    assert banner.isVisible()
    assert banner.text.text() == (
        "<b>While you were away:</b> Coach one person, improve one system (Wed 14:00)"
    )
    assert "check-in" not in banner.text.text() and "direction" not in banner.text.text()

    # Away until the next Tuesday: three reminders left, said in one quiet line.
    window = journey.next_morning(days=5)
    window.resize(1024, 700)
    banner = window.banner
    assert banner.isVisible()
    assert banner.text.text() == "3 reminders while you were away"
    journey.qtbot.waitUntil(lambda: banner.height() > 0)
    path = journey.shot("tuesday-away-bar-1024x700")
    assert banner.height() < window.height() / 6, f"the bar is {banner.height()} px high"
    click(journey, banner.details_button)
    lines = [b.text() for b in banner.details.findChildren(QPushButton)]
    assert lines == [
        "• Update your stakeholders (Thu 11:00)",
        "• Review and reset (Fri 15:00)",
        "• Set the week's direction (Mon 09:00)",
    ]
    journey.shot("tuesday-away-bar-open-1024x700")
    [review] = [b for b in banner.details.findChildren(QPushButton) if "Review" in b.text()]
    click(journey, review)
    weekly = window.weekly_plan
    assert window.tabs.currentWidget() is weekly and weekly.current_step() == 6
    assert weekly.week_start == dt.date(2026, 11, 30) and not banner.isVisible()
    assert path.exists()


def test_a_new_working_day_opens_on_its_step_and_the_same_day_on_the_last_tab(
    journey: Journey,
) -> None:
    window = journey.open(welcome_answers())
    open_tab(journey, window, "Coaching Log")
    journey.later_today(dt.time(11))
    journey.close()
    window = journey.open()  # later the same Monday: back where it was left
    assert tab_title(window) == "Coaching Log"
    journey.close()

    window = journey.next_morning()  # Tuesday: the check-in is today's step
    assert window.tabs.currentWidget() is window.weekly_plan
    assert window.weekly_plan.current_step() == CHECKIN
    journey.shot("tuesday-opens-on-check-in")
    open_tab(journey, window, "Lessons Learned")
    window = journey.next_morning(days=4)  # Saturday: no step due, the last tab it is
    assert tab_title(window) == "Lessons Learned"
    window = journey.next_morning(days=2)  # Monday again: the week's direction
    assert window.tabs.currentWidget() is window.weekly_plan
    assert window.weekly_plan.current_step() == DIRECTION


def test_a_reminder_on_screen_goes_away_once_its_step_is_done(journey: Journey) -> None:
    window = journey.open(welcome_answers(), size=(1024, 700))
    plan_monday_before_nine(journey, window)

    # Tuesday, the app open from the morning: at 10:00 the check-in reminder shows.
    window = journey.next_morning()
    weekly = window.weekly_plan
    timer_fires(journey, dt.time(10, 0))
    banner = window.banner
    journey.qtbot.waitUntil(banner.isVisible)
    assert "15-minute check-in" in banner.text.text()

    # Half the team checked in: the reminder still stands.
    check_in(journey, weekly, "Amara Okafor", "completed", "Refund tickets answered")
    assert banner.isVisible()
    # Everyone with a task checked in: the step is done and the reminder leaves by itself.
    check_in(journey, weekly, "Jonas Weber", "next_up", "Macros on Wednesday")
    journey.qtbot.waitUntil(lambda: "<b>Tuesday:</b> today's step is done. ✓" in today_line(weekly))
    journey.qtbot.waitUntil(lambda: not banner.isVisible())
    journey.shot("tuesday-reminder-gone-1024")
