"""A practice cycle started on a Sunday, ticked the next morning, ended and deleted; an
anonymous answer recorded and seen at once in the Themes view. On one's own empty journal."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from leadjournal.ui.main_window import MainWindow
from leadjournal.ui.tabs.feedback.dialogs import AnswerDialog
from tests.journeys.conftest import Journey, welcome_answers
from tests.lookup import cell, header

SUNDAY_EVENING = dt.datetime(2026, 11, 29, 19, 0)


def open_on_sunday_evening(journey: Journey) -> MainWindow:
    """The person installs LeadJournal on Sunday evening, the day before the fixture's Monday."""
    journey.clock.advance(SUNDAY_EVENING - journey.clock.now(), wall_only=True)
    return journey.open(welcome_answers())


def click(journey: Journey, button: QWidget) -> None:
    journey.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_tab(journey: Journey, tabs: QTabWidget, title: str) -> QWidget:
    """Click the tab called ``title`` as a person does, and return its page."""
    bar = tabs.tabBar()
    index = next(i for i in range(tabs.count()) if tabs.tabText(i).replace("&", "") == title)
    journey.qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    page = tabs.currentWidget()
    assert tabs.currentIndex() == index and page is not None
    return page


def type_into_cell(
    journey: Journey, table: QTableWidget, cell: tuple[int, int] | None, text: str
) -> None:
    """Double-click ``cell`` (or use the editor already open), type, and press Enter."""
    if cell is not None:
        where = table.visualRect(table.model().index(*cell)).center()
        journey.qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
        journey.qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    [editor] = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
    journey.qtbot.keyClicks(editor, text)
    journey.qtbot.keyClick(editor, Qt.Key.Key_Return)
    journey.qtbot.wait(10)  # the view commits the edit on its next turn, as for a person


def say_yes(seen: list[str]) -> Callable[[QWidget], None]:
    """Answer a question box with Yes, keeping the words in its body."""

    def respond(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        seen.append(dialog.text())
        yes = dialog.button(QMessageBox.StandardButton.Yes)
        assert dialog.defaultButton() is not yes  # ending or deleting is never Enter's
        yes.click()

    return respond


def test_a_cycle_started_on_sunday_starts_monday_is_ticked_then_ended_and_deleted(
    journey: Journey,
) -> None:
    window = open_on_sunday_evening(journey)
    assert open_tab(journey, window.tabs, "Practice") is window.practice
    tab = window.practice
    # Working days only is the default; the page says when the cycle would start.
    assert tab.working_days.isChecked()
    assert tab.start_note.text() == "Your cycle starts Mon 30 Nov 2026 — the first working day."
    click(journey, tab.no_cycle.button)  # the empty state: "Choose two behaviours"
    journey.shot("practice-start-on-sunday")
    click(journey, tab.start_button)
    assert tab.cycle_title.text().endswith("starts Mon 30 Nov 2026")
    assert tab.notice.text().startswith("Your cycle starts Mon 30 Nov 2026 — the first working")
    assert header(tab.grid, 0).text().startswith("Mon")
    journey.shot("practice-started-on-sunday")

    # Monday morning: today's cell is chosen; Space ticks it.
    window = journey.next_morning()
    assert open_tab(journey, window.tabs, "Practice") is window.practice
    tab = window.practice
    assert tab.cycle_title.text().endswith("day 1 of 14")
    assert (tab.grid.currentRow(), tab.grid.currentColumn()) == (0, 0)
    tab.grid.setFocus()
    journey.qtbot.keyClick(tab.grid, Qt.Key.Key_Space)
    assert cell(tab.grid, 0, 0).text() == "✓"
    assert "Adherence 100% (1 of 1 days)" in tab.cards["lead"].text()

    # Tomorrow can't be ticked yet, and the tab says why rather than nothing.
    tuesday = tab.grid.visualRect(tab.grid.model().index(0, 1)).center()
    journey.qtbot.mouseClick(tab.grid.viewport(), Qt.MouseButton.LeftButton, pos=tuesday)
    journey.qtbot.keyClick(tab.grid, Qt.Key.Key_Space)
    assert cell(tab.grid, 0, 1).text() == ""
    assert tab.notice.text() == (
        "Tue 1 Dec 2026 hasn't come yet — you can tick it on the day or after."
    )
    journey.shot("practice-ticked-monday")
    window.resize(1024, 700)
    journey.shot("practice-ticked-monday-1024")
    window.resize(1280, 800)

    # End early (the question is in the body), then delete it from the history.
    asked: list[str] = []
    journey.answer(say_yes(asked))
    click(journey, tab.end_button)
    assert asked and asked[0].startswith("End this cycle early?")
    assert tab.pages.currentIndex() == 0  # the start page again
    assert tab.history.table.rowCount() == 1
    assert cell(tab.history.table, 0, 4).text() == "Ended early"
    assert tab.history.note.text() == "Ended early: you can delete it if you'd rather not keep it."
    journey.shot("practice-ended-early")
    journey.answer(say_yes(asked))
    click(journey, tab.history.delete_button)
    assert asked[1].startswith("Delete the cycle of “")
    assert asked[1].endswith("? Its ticks go with it. This can't be undone.")
    assert tab.history.table.isHidden() and not tab.history.empty.isHidden()


def test_an_anonymous_answer_is_chosen_as_such_and_counted_in_themes_at_once(
    journey: Journey,
) -> None:
    window = journey.open(welcome_answers())
    open_tab(journey, window.tabs, "Start/Stop/Continue")
    tab = window.feedback
    journey.shot("feedback-empty")

    offered: list[list[str]] = []
    refusals: list[str] = []

    def record_anonymously(dialog: QWidget) -> None:
        assert isinstance(dialog, AnswerDialog)
        source = dialog.source
        offered.append([source.currentText()] + [source.itemText(i) for i in range(source.count())])
        click(journey, dialog.save_button)  # without choosing: it says why and stays
        refusals.append(dialog.problem.text() if dialog.problem.isVisible() else "")
        assert dialog.isVisible()
        source.setFocus()
        journey.qtbot.keyClick(source, Qt.Key.Key_Down)  # the first choice
        click(journey, dialog.save_button)

    seen = journey.answer(record_anonymously)
    click(journey, tab.waiting.answer_button)
    assert seen == ["AnswerDialog"]
    # "From" started empty; Anonymous first, then Myself, then the team.
    assert offered == [["", "Anonymous", "Myself", "", "Amara Okafor", "Jonas Weber", "Priya Nair"]]
    assert refusals == ["Choose who the answer is from first — Anonymous if you'd rather not say."]
    assert tab.answers.source.currentText() == "Anonymous"
    assert not tab.answers.person.isVisibleTo(tab)
    assert tab.answers.response_list.item(0).text().split("\n")[0].endswith("· Anonymous")

    # One "start" item with a theme, typed into the table.
    start_button = next(b for b in tab.findChildren(QPushButton) if b.text() == "+ Start")
    click(journey, start_button)  # opens the new row's "What they said" for typing
    type_into_cell(journey, tab.answers.items, None, "Share the week's priorities on Monday")
    type_into_cell(journey, tab.answers.items, (0, 2), "priorities")
    journey.shot("feedback-answer")

    # The Themes view counts it straight away, before any autosave pause.
    bar = tab.pages.tabBar()
    journey.qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(0).center())
    assert tab.themes.theme_table.rowCount() == 1
    assert [cell(tab.themes.theme_table, 0, c).text() for c in range(5)] == [
        "priorities",
        "1",
        "0",
        "0",
        "1",
    ]
    assert cell(tab.themes.theme_items, 0, 2).text().startswith("Anonymous, ")
    journey.shot("feedback-themes")
    window.resize(1024, 700)
    journey.shot("feedback-themes-1024")
    dialog_shot = AnswerDialog([(1, "Amara Okafor")], [], dt.date(2026, 11, 30), None, window)
    dialog_shot.show()
    journey.shot("feedback-answer-dialog", dialog_shot)
    dialog_shot.close()
