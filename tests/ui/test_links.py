"""``leadjournal:`` links open places in the window, named by tab and by ``Step``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pytestqt.qtbot import QtBot

from leadjournal.services.weekly_loop import Step, week_link
from leadjournal.ui.tab_builder import Tab
from tests.ui.helpers import open_demo_session


def test_links_open_a_week_s_step_a_lesson_and_ignore_steps_that_do_not_exist(
    qtbot: QtBot, tmp_path: Path
) -> None:
    session = open_demo_session(qtbot, tmp_path, dt.datetime(2026, 11, 25, 9))  # a Wednesday
    window = session.window
    weekly = window.weekly_plan
    monday = weekly.week_start
    assert window.open_link(week_link(monday, Step.ALIGN))
    assert window.tabs.currentIndex() == Tab.WEEKLY_PLAN
    assert weekly.current_step() == Step.ALIGN
    # A step number no step has opens the week where it was, not an empty page.
    assert window.open_link(f"leadjournal:weekly-plan?week={monday.isoformat()}&step=9")
    assert weekly.current_step() == Step.ALIGN
    assert not window.open_link("leadjournal:weekly-plan?week=not-a-date")

    assert session.repositories is not None
    lesson = session.repositories.lessons.find()[-1]
    assert window.open_link(f"leadjournal:lessons?lesson={lesson.id}")
    assert window.tabs.currentIndex() == Tab.LESSONS
    assert window.tabs.tabText(Tab.LESSONS) == "Lessons Learned"
    assert window.lessons.title.text() == lesson.title
    session.close()
