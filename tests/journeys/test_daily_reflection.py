"""A daily reflection on the Lessons Learned tab: Monday's writing, Tuesday's question,
the way back to Monday (previous day, the calendar in bold), search, "Turn into a
lesson", and a thought from the tray's quick capture added to today's entry."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QPoint, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from leadjournal.ui.search import SearchDialog
from leadjournal.ui.tab_builder import Tab
from leadjournal.ui.tabs.lessons import LessonsTab
from tests.journeys.conftest import Journey, tab_title, welcome_answers
from tests.lookup import child

MONDAY = dt.date(2026, 11, 30)
TUESDAY = dt.date(2026, 12, 1)


def open_lessons(journey: Journey) -> LessonsTab:
    bar = journey.window.tabs.tabBar()
    journey.qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(Tab.LESSONS).center())
    assert tab_title(journey.window) == Tab.LESSONS.title
    return journey.window.lessons


def click(journey: Journey, button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    journey.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_week_of_daily_reflection(journey: Journey) -> None:
    qtbot = journey.qtbot
    journey.open(welcome_answers())
    tab = open_lessons(journey)
    panel = tab.reflection
    # Monday morning on an empty journal: today's page, Monday's question, nothing yet.
    assert panel.date_field.value() == MONDAY
    assert panel.prompt.text() == "What matters most this week, and why?"
    assert panel.editor.toPlainText() == ""
    assert not panel.lesson_button.isEnabled()
    assert not panel.next_button.isEnabled()  # no writing about tomorrow yet
    # One primary action on the page: the Lessons tab's own, never the reflection's.
    loud = [b for b in tab.findChildren(QPushButton) if b.property("role") == "primary"]
    assert all(b.property("role") == "quiet" for b in (panel.lesson_button, panel.today_button))
    assert len([b for b in loud if b.isVisible()]) <= 1

    panel.editor.setFocus()
    qtbot.keyClicks(panel.editor, "Rota clash with the release freeze")
    qtbot.keyClick(panel.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(panel.editor, "Amara stayed late to cover; I should have asked earlier.")
    qtbot.keyClicks(panel.tags, "rota, planning")
    journey.shot("reflection-monday")
    # Kept as it is typed (the autosave's pause), with no button to press.
    qtbot.waitUntil(lambda: journey.repositories.reflections.on(MONDAY) is not None, timeout=5000)
    qtbot.waitUntil(
        lambda: (
            (entry := journey.repositories.reflections.on(MONDAY)) is not None
            and entry.tags == "rota, planning"
            and "asked earlier" in entry.text
        ),
        timeout=5000,
    )

    # Tuesday morning: the app opens on Tuesday's question, the page empty.
    journey.next_morning()
    tab = open_lessons(journey)
    panel = tab.reflection
    assert panel.date_field.value() == TUESDAY
    assert panel.prompt.text() == "What got in the way today?"
    assert panel.editor.toPlainText() == ""
    # Monday is one click back, and bold in the calendar.
    click(journey, panel.previous_button)
    assert panel.date_field.value() == MONDAY
    assert panel.prompt.text() == "What matters most this week, and why?"
    assert panel.editor.toPlainText().startswith("Rota clash with the release freeze")
    assert panel.tags.text() == "rota, planning"
    # The calendar pops up from the date field's arrow, Monday in bold.
    field = panel.date_field
    qtbot.mouseClick(
        field, Qt.MouseButton.LeftButton, pos=QPoint(field.width() - 8, field.height() // 2)
    )
    calendar = field.calendarWidget()
    qtbot.waitUntil(calendar.isVisible, timeout=5000)
    journey.shot("reflection-calendar", calendar)
    bold = QFont.Weight.Bold
    assert calendar.dateTextFormat(QDate(2026, 11, 30)).fontWeight() == bold
    assert calendar.dateTextFormat(QDate(2026, 11, 29)).fontWeight() != bold
    assert calendar.dateTextFormat(QDate(2026, 12, 1)).fontWeight() != bold  # nothing yet
    qtbot.keyClick(calendar, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not calendar.isVisible(), timeout=5000)
    assert field.value() == MONDAY
    click(journey, panel.next_button)
    assert panel.date_field.value() == TUESDAY

    # Search finds Monday's words and opens Monday's reflection.
    seen: dict[str, Any] = {}

    def search_and_open(dialog: QWidget) -> None:
        assert isinstance(dialog, SearchDialog)
        box = child(dialog, QLineEdit)
        qtbot.keyClicks(box, "release freeze")
        qtbot.waitUntil(lambda: "result" in dialog.status.text(), timeout=5000)
        item = dialog.results.currentItem()
        assert item is not None
        label = dialog.results.itemWidget(item)
        assert isinstance(label, QLabel)
        seen["text"] = label.text()
        seen["group"] = dialog.results.item(0).text()
        qtbot.keyClick(box, Qt.Key.Key_Return)

    journey.answer(search_and_open)
    journey.window.find_action.trigger()
    qtbot.waitUntil(lambda: "text" in seen, timeout=10000)
    assert seen["group"] == "Daily reflections"
    assert "freeze" in seen["text"] and "Mon 30 Nov 2026" in seen["text"]
    assert tab_title(journey.window) == Tab.LESSONS.title
    assert panel.date_field.value() == MONDAY
    assert panel.editor.toPlainText().startswith("Rota clash")

    # "Turn into a lesson": one click makes the lesson, and the tab says so.
    click(journey, panel.lesson_button)
    assert panel.message.text() == "Added to your lessons: “Rota clash with the release freeze”"
    lessons = journey.repositories.lessons.find()
    assert [lesson.title for lesson in lessons] == ["Rota clash with the release freeze"]
    assert lessons[0].learned_on == MONDAY
    assert "asked earlier" in lessons[0].what_happened
    assert lessons[0].tags == "rota, planning, reflection"
    assert tab.title.text() == "Rota clash with the release freeze"  # opened beside it
    assert tab.count_label.text() == "1 of 1 lesson"
    journey.shot("reflection-lesson-made")

    # A thought from the tray's quick capture goes into today's (Tuesday's) entry.
    session = journey.session
    assert session is not None

    def capture_to_reflection(dialog: QWidget) -> None:
        assert isinstance(dialog, QDialog)
        choice = next(
            b for b in dialog.findChildren(QRadioButton) if b.text() == "Today's reflection"
        )
        qtbot.mouseClick(choice, Qt.MouseButton.LeftButton)
        text = child(dialog, QPlainTextEdit)
        qtbot.keyClicks(text, "The test server was down all morning")
        qtbot.keyClick(text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        seen["captured"] = True

    journey.answer(capture_to_reflection)
    QTimer.singleShot(0, session.quick_capture)
    qtbot.waitUntil(lambda: "captured" in seen, timeout=10000)
    qtbot.waitUntil(
        lambda: "Added to today's reflection" in journey.window.statusBar().currentMessage(),
        timeout=5000,
    )
    entry = journey.repositories.reflections.on(TUESDAY)
    assert entry is not None and entry.text == "The test server was down all morning"
    assert journey.repositories.lessons.count() == 1  # no lesson from it
    # The tab shows it when the person goes to today.
    click(journey, panel.today_button)
    assert panel.date_field.value() == TUESDAY
    qtbot.waitUntil(
        lambda: panel.editor.toPlainText() == "The test server was down all morning",
        timeout=5000,
    )


def test_the_reflection_fits_a_small_screen(journey: Journey) -> None:
    """At 1024x700 the day's controls and "Turn into a lesson" show whole, and the
    lessons list keeps room below the reflection."""
    journey.open(welcome_answers(), size=(1024, 700))
    tab = open_lessons(journey)
    panel = tab.reflection
    journey.qtbot.keyClicks(panel.editor, "Who did I help grow? Jonas, with the rota.")
    journey.qtbot.wait(50)
    journey.shot("reflection-1024x700")
    for button in (panel.previous_button, panel.next_button, panel.today_button):
        assert button.width() >= button.sizeHint().width(), button.text()
    assert panel.lesson_button.width() >= panel.lesson_button.sizeHint().width()
    assert panel.date_field.width() >= panel.date_field.sizeHint().width()
    assert tab.view.height() >= 200  # the lessons list is still a list
