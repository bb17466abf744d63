"""Open views follow the journal: what is written elsewhere shows at once, in place.

A lesson kept from the tray or the terminal, a practice tick from the tray: the tab a
person has open shows it without switching away and back, keeps the lesson they chose
and where they had scrolled, and never disturbs the field they are typing in.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QWidget
from pytestqt.qtbot import QtBot

from leadjournal.ui.main_window import MainWindow
from leadjournal.ui.quick_capture import QuickCaptureDialog
from leadjournal.ui.saving import AUTOSAVE_DELAY_MS
from leadjournal.ui.tabs.lessons import LessonsTab
from tests.conftest import subprocess_env
from tests.journeys.conftest import Journey, welcome_answers
from tests.lookup import cell

LESSONS = 30  # more than the list shows at once, so it scrolls


def open_lessons_with_many(journey: Journey) -> tuple[MainWindow, LessonsTab]:
    """A person's first Monday: thirty lessons written in the Lessons tab, one by one."""
    window = journey.open(welcome_answers(), size=(1024, 700))
    qtbot = journey.qtbot
    window.tab_actions[2].trigger()  # View → Lessons Learned
    lessons = window.lessons
    assert window.tabs.currentWidget() is lessons
    for number in range(1, LESSONS + 1):
        qtbot.mouseClick(lessons.new_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(lessons.title, f"Lesson {number:02d}")
    qtbot.wait(AUTOSAVE_DELAY_MS + 200)
    assert lessons.count_label.text() == f"{LESSONS} of {LESSONS} lessons"
    return window, lessons


def titles(lessons: LessonsTab) -> list[str]:
    return [lesson.title for lesson in lessons.model.lessons()]


def selected_titles(lessons: LessonsTab) -> list[str]:
    rows = sorted(index.row() for index in lessons.view.selectionModel().selectedRows())
    return [lessons.model.lesson(row).title for row in rows]


def top_title(lessons: LessonsTab) -> str:
    return lessons.model.lesson(lessons.view.rowAt(0)).title


def click_row(
    qtbot: QtBot,
    lessons: LessonsTab,
    title: str,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    index = lessons.model.index(titles(lessons).index(title), 1)
    rect = lessons.view.visualRect(index)
    assert lessons.view.viewport().rect().contains(rect.center()), f"{title} is not on screen"
    qtbot.mouseClick(lessons.view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def scroll_down(lessons: LessonsTab, rows: int) -> None:
    """The scroll bar dragged down by ``rows`` lessons (or the wheel turned)."""
    bar = lessons.view.verticalScrollBar()
    assert bar.maximum() > 0, "the list does not scroll"
    bar.setValue(bar.value() + rows)


def capture_in_terminal(journey: Journey, home: Path, text: str) -> None:
    """``leadjournal capture lesson …`` typed in a terminal while the window is open."""
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "leadjournal",
            "capture",
            "lesson",
            text,
            "--data-dir",
            str(journey.paths.data_dir),
        ],
        env=subprocess_env(home),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    # The window keeps running while the command writes and then tells it.
    journey.qtbot.waitUntil(lambda: process.poll() is not None, timeout=30000)
    out, err = process.communicate()
    assert process.returncode == 0, err
    assert "Kept the lesson" in out


def test_a_lesson_captured_from_the_tray_appears_in_the_open_lessons_list(
    journey: Journey,
) -> None:
    window, lessons = open_lessons_with_many(journey)
    qtbot = journey.qtbot
    scroll_down(lessons, 8)
    chosen = top_title(lessons)  # the lesson now at the top of the list: "Lesson 22"
    click_row(qtbot, lessons, chosen)
    assert lessons.title.text() == chosen
    top_before = top_title(lessons)
    journey.shot("lessons-before-capture")

    # Tray → Quick capture…: a thought typed into the small window and saved.
    def capture(dialog: QWidget) -> None:
        assert isinstance(dialog, QuickCaptureDialog)
        qtbot.keyClicks(dialog.text, "Ask before volunteering the team")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    journey.answer(capture)
    assert journey.session is not None
    journey.session.quick_capture()  # what the tray's "Quick capture…" opens

    # The open list shows it at once, without switching tabs...
    qtbot.waitUntil(lambda: "Ask before volunteering the team" in titles(lessons), timeout=3000)
    assert window.tabs.currentWidget() is lessons
    assert lessons.count_label.text() == f"{LESSONS + 1} of {LESSONS + 1} lessons"
    # ...and the person's place is kept: the same lesson chosen and open, the same
    # lessons on screen.
    assert selected_titles(lessons) == [chosen]
    assert lessons.title.text() == chosen
    assert top_title(lessons) == top_before
    journey.shot("lessons-after-capture")


def test_a_lesson_captured_in_the_terminal_appears_in_the_open_lessons_list(
    journey: Journey, isolated_home: Path
) -> None:
    window, lessons = open_lessons_with_many(journey)
    qtbot = journey.qtbot
    scroll_down(lessons, 5)
    # Two lessons chosen to export together (a click, then Ctrl+click).
    first, second = titles(lessons)[6], titles(lessons)[8]
    click_row(qtbot, lessons, first)
    click_row(qtbot, lessons, second, Qt.KeyboardModifier.ControlModifier)
    assert selected_titles(lessons) == [first, second]
    top_before = top_title(lessons)

    capture_in_terminal(journey, isolated_home, "Write the rota before asking for swaps")

    qtbot.waitUntil(
        lambda: "Write the rota before asking for swaps" in titles(lessons), timeout=5000
    )
    assert window.tabs.currentWidget() is lessons
    assert lessons.count_label.text() == f"{LESSONS + 1} of {LESSONS + 1} lessons"
    assert selected_titles(lessons) == [first, second]
    assert top_title(lessons) == top_before


def test_typing_in_a_lesson_is_disturbed_neither_by_its_autosave_nor_by_a_capture(
    journey: Journey, isolated_home: Path
) -> None:
    window, lessons = open_lessons_with_many(journey)
    qtbot = journey.qtbot
    click_row(qtbot, lessons, titles(lessons)[2])
    window.activateWindow()  # the person's window is the one they type in
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    field = lessons.what_i_learned
    qtbot.mouseClick(field.viewport(), Qt.MouseButton.LeftButton)
    assert field.hasFocus()
    qtbot.keyClicks(field, "Say the deadline out loud")
    for _ in range(4):
        qtbot.keyClick(field, Qt.Key.Key_Left)  # back to fix a word before "loud"
    cursor = field.textCursor().position()

    # Its own autosave runs after the pause in typing: the text and cursor stay put.
    qtbot.wait(AUTOSAVE_DELAY_MS + 300)
    lesson_id = lessons.current.id if lessons.current else 0
    assert window.repositories is not None
    saved = window.repositories.lessons.get(lesson_id)
    assert saved is not None and saved.what_i_learned == "Say the deadline out loud"
    assert field.textCursor().position() == cursor
    assert field.hasFocus()

    # A lesson captured in a terminal meanwhile shows at once; the typing goes on.
    qtbot.keyClicks(field, "very ")
    capture_in_terminal(journey, isolated_home, "Pair new starters for their first week")
    qtbot.waitUntil(
        lambda: "Pair new starters for their first week" in titles(lessons), timeout=5000
    )
    assert field.toPlainText() == "Say the deadline out very loud"
    assert field.textCursor().position() == cursor + len("very ")
    qtbot.keyClicks(field, "and clear ")
    assert field.toPlainText() == "Say the deadline out very and clear loud"


def test_a_practice_tick_from_the_tray_shows_in_the_open_practice_tab(
    journey: Journey,
) -> None:
    from leadjournal.ui.tray import TrayController

    window = journey.open(welcome_answers())
    qtbot = journey.qtbot
    window.tab_actions[4].trigger()  # View → Practice
    practice = window.practice
    assert window.tabs.currentWidget() is practice
    qtbot.mouseClick(practice.no_cycle.button, Qt.MouseButton.LeftButton)  # choose a pair
    qtbot.mouseClick(practice.start_button, Qt.MouseButton.LeftButton)  # the suggested pair
    cycle = practice.cycle
    assert cycle is not None and cycle.started_on.isoformat() == "2026-11-30"
    today = practice.grid.days.index(journey.clock.now().date())
    assert cell(practice.grid, 0, today).text() == "?"  # today, not ticked yet
    qtbot.wait(50)  # the click is over; the tray is what the person turns to next

    session = journey.session
    assert session is not None and session.scheduler is not None
    tray = session.tray or TrayController(journey.repositories, session.scheduler)
    tray.menu.aboutToShow.emit()  # the tray menu opened
    ticks = next(a.menu() for a in tray.menu.actions() if a.menu() is not None)
    assert isinstance(ticks, QMenu)
    lead = next(a for a in ticks.actions() if a.text() == cycle.lead_title)
    lead.trigger()

    qtbot.waitUntil(lambda: cell(practice.grid, 0, today).text().startswith("✓"), timeout=3000)
    assert window.tabs.currentWidget() is practice
    assert cell(practice.grid, 1, today).text() == "?"  # the other one still waits
    assert "1 of 1 days" in practice.cards["lead"].text()
    journey.shot("practice-after-tray-tick")


def test_typing_the_weeks_outcome_is_not_disturbed_by_a_capture(
    journey: Journey, isolated_home: Path
) -> None:
    window = journey.open(welcome_answers())
    qtbot = journey.qtbot
    weekly = window.weekly_plan
    qtbot.mouseClick(weekly.plan_button, Qt.MouseButton.LeftButton)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    outcome = weekly.direction.outcome
    qtbot.mouseClick(outcome, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(outcome, "Ship the rota tool")
    for _ in range(len(" tool")):
        qtbot.keyClick(outcome, Qt.Key.Key_Left)  # back to say which rota
    qtbot.wait(AUTOSAVE_DELAY_MS + 300)  # saved, and nothing moved
    assert outcome.cursorPosition() == len("Ship the rota")

    assert window.journal_events is not None
    with qtbot.waitSignal(window.journal_events.changed, timeout=5000):  # the window is told
        capture_in_terminal(journey, isolated_home, "Plan the week before Monday's stand-up")
    assert outcome.hasFocus() and outcome.cursorPosition() == len("Ship the rota")
    qtbot.keyClicks(outcome, " swap")
    assert outcome.text() == "Ship the rota swap tool"
    # The Lessons tab, opened next, has the capture.
    window.tab_actions[2].trigger()
    assert "Plan the week before Monday's stand-up" in titles(window.lessons)
