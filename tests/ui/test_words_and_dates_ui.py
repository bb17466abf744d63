"""Dates, hours and captions as a person reads them in the window, under the C locale too."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTime, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from leadjournal.db.repositories import Repositories
from leadjournal.ui.forms import DateEdit, HoursSpinBox
from leadjournal.ui.quick_capture import QuickCaptureDialog
from leadjournal.ui.tabs.coaching.prep import PrepareOneOnOneDialog
from leadjournal.ui.tabs.coaching.tab import CoachingLogTab
from leadjournal.ui.tabs.weekly_plan.tab import WeeklyPlanTab
from tests.test_words_and_dates import c_locale  # noqa: F401 (a fixture)
from tests.ui.helpers import show_tab

MONDAY = dt.date(2026, 11, 23)
THURSDAY = dt.date(2026, 11, 26)


def plan_tab(qtbot: QtBot, repos: Repositories) -> WeeklyPlanTab:
    tab = show_tab(qtbot, WeeklyPlanTab(repos, today=lambda: THURSDAY))
    tab.planner.start_week(MONDAY)
    tab.reload()
    return tab


@pytest.mark.usefixtures("c_locale")
def test_decision_log_and_date_pickers_read_in_full_under_c(
    qtbot: QtBot, repos: Repositories
) -> None:
    tab = plan_tab(qtbot, repos)
    tab.show_step(5)
    assert tab.align.decided_on.text() == "Thu 26 Nov 2026"
    assert tab.header.date_picker.text() == "Mon 23 Nov 2026"
    qtbot.keyClicks(tab.align.decision, "Stand-up moves to 09:30")
    qtbot.keyClick(tab.align.decision, Qt.Key.Key_Return)
    assert tab.align.table.item(0, 0).text() == "Thu 26 Nov 2026"  # type: ignore[union-attr]
    picker = DateEdit()
    qtbot.addWidget(picker)
    picker.set_value(dt.date(2026, 11, 29))
    assert picker.text() == "Sun 29 Nov 2026"


def test_hours_read_2_h_and_1_5_h(qtbot: QtBot, repos: Repositories) -> None:
    tab = plan_tab(qtbot, repos)
    week = tab.planner.week(MONDAY)
    assert week is not None
    repos.weeks.update(week.id, capacity_hours=2)
    tab.reload()
    tab.show_step(1)
    assert tab.execution.capacity.text() == "2 h"
    hours = HoursSpinBox(80)
    qtbot.addWidget(hours)
    hours.setValue(1.5)
    assert hours.text() == "1.5 h"


def test_the_header_sparkline_says_what_it_shows(qtbot: QtBot, repos: Repositories) -> None:
    tab = plan_tab(qtbot, repos)
    # One week is no trend yet: neither the line nor its caption is shown.
    assert not tab.header.sparkline.isVisible()
    assert not tab.header.sparkline_caption.isVisible()
    for monday in (MONDAY - dt.timedelta(days=7), MONDAY):
        week = tab.planner.start_week(monday)
        tab.planner.update_week(week.id, outcome="Every billing ticket answered the same day")
        tab.planner.add_task(week, "Answer the billing queue")
        # Only a confirmed plan counts towards delivery (an unconfirmed week is a gap).
        confirmed = tab.planner.week(monday)
        assert confirmed is not None
        tab.planner.confirm_plan(confirmed, dt.datetime.combine(monday, dt.time(9, 30)))
    tab.reload()
    assert tab.header.sparkline.isVisible()
    assert tab.header.sparkline_caption.isVisible()
    assert tab.header.sparkline_caption.text() == "delivery, 8 weeks"
    assert tab.header.sparkline.toolTip().startswith("Delivery reliability, last 8 weeks: ")
    assert tab.header.sparkline.accessibleName() == "Delivery reliability, last 8 weeks"


def test_an_empty_timeline_keeps_its_filter_at_the_top(qtbot: QtBot, repos: Repositories) -> None:
    newcomer = repos.people.add("Noor Haddad").id
    tab = show_tab(qtbot, CoachingLogTab(repos, today=lambda: THURSDAY))
    tab.select_person(newcomer)
    tab.show_section(tab.timeline)
    qtbot.waitUntil(tab.timeline.empty.isVisible)
    timeline = tab.timeline
    filter_top = timeline.kind_filter.mapTo(timeline, timeline.kind_filter.rect().topLeft()).y()
    sentence_top = timeline.empty.mapTo(timeline, timeline.empty.rect().topLeft()).y()
    assert filter_top < 30  # at the top of the section, not floating mid-page
    assert 0 < sentence_top - filter_top < 60  # the sentence right below it
    assert timeline.empty.text().startswith("Nothing about Noor yet.")
    assert timeline.count_label.text() == "0 entries"


def answer_prepare_dialog(respond: object) -> None:
    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PrepareOneOnOneDialog):
            QTimer.singleShot(20, look)
            return
        respond(dialog)  # type: ignore[operator]

    QTimer.singleShot(20, look)


def test_use_as_agenda_keeps_the_booked_time_or_asks(qtbot: QtBot, repos: Repositories) -> None:
    tomas = repos.people.add("Tomas Reyes").id
    repos.coaching.add("one_on_one", person_id=tomas, scheduled_at=dt.datetime(2026, 11, 30, 14, 0))
    tab = show_tab(qtbot, CoachingLogTab(repos, today=lambda: THURSDAY))
    tab.select_person(tomas)
    seen: list[tuple[str, bool, str]] = []

    def booked(dialog: PrepareOneOnOneDialog) -> None:
        seen.append(
            (dialog.meeting_at.text(), dialog.meeting_at.isEnabled(), dialog.time_note.text())
        )
        qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)

    answer_prepare_dialog(booked)
    tab.prepare_one_on_one(dt.date(2026, 11, 30))
    assert seen == [("14:00", False, "their one-on-one booked that day")]

    def unbooked(dialog: PrepareOneOnOneDialog) -> None:
        seen.append(
            (dialog.meeting_at.text(), dialog.meeting_at.isEnabled(), dialog.time_note.text())
        )
        dialog.meeting_at.setTime(QTime(15, 30))
        qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)

    answer_prepare_dialog(unbooked)
    tab.prepare_one_on_one(dt.date(2026, 12, 7))
    assert seen[1][1:] == (True, "no one-on-one booked that day yet: choose its time")
    meetings = {m.scheduled_at for m in repos.coaching.one_on_ones(tomas, with_items=False)}
    assert meetings == {dt.datetime(2026, 11, 30, 14, 0), dt.datetime(2026, 12, 7, 15, 30)}


def test_quick_capture_says_what_it_kept_and_where(qtbot: QtBot, repos: Repositories) -> None:
    dialog = QuickCaptureDialog(repos, today=lambda: THURSDAY)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.text, "Ask what blocks them before offering help")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.confirmation() == (
        "Saved to Lessons Learned: “Ask what blocks them before offering help”"
    )
    assert repos.lessons.get(dialog.saved_id).title.startswith("Ask what")  # type: ignore[arg-type, union-attr]
