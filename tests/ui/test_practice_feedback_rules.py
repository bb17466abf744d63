"""Practice and Start/Stop/Continue: refused actions say why, questions are in the body,
an answer's "From" is chosen, and the Themes view follows every edit at once."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QMenu
from pytestqt.qtbot import QtBot

from leadjournal.db.enums import TickState
from leadjournal.db.repositories import Repositories
from leadjournal.ui.tabs.feedback.dialogs import AnswerDialog
from leadjournal.ui.tabs.feedback.tab import FeedbackTab
from leadjournal.ui.tabs.practice.tab import PracticeTab
from tests.lookup import cell, cell_widget, header
from tests.ui.helpers import show_tab

SUNDAY = dt.date(2026, 11, 29)
MONDAY = dt.date(2026, 11, 30)
WEDNESDAY = dt.date(2026, 12, 2)
PAIR = (("lead.explain-why", "Explain the why"), ("manage.one-owner", "One owner"))


def practice_tab(qtbot: QtBot, repos: Repositories, today: dt.date) -> PracticeTab:
    return show_tab(qtbot, PracticeTab(repos, today=lambda: today))


def cell_centre(tab: PracticeTab, row: int, column: int) -> QPoint:
    return tab.grid.visualRect(tab.grid.model().index(row, column)).center()


def test_a_sunday_start_in_a_working_days_cycle_begins_on_monday_and_says_so(
    qtbot: QtBot, repos: Repositories
) -> None:
    tab = practice_tab(qtbot, repos, SUNDAY)
    assert tab.working_days.isChecked() and tab.start_today.isChecked()
    assert tab.start_note.text() == "Your cycle starts Mon 30 Nov 2026 — the first working day."
    tab.working_days.setChecked(False)  # every day counts: Sunday is day 1
    assert tab.start_note.text() == "Your cycle starts today, Sun 29 Nov 2026."
    tab.working_days.setChecked(True)

    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    cycle = repos.practice.active_cycle()
    assert cycle is not None and cycle.started_on == MONDAY
    assert header(tab.grid, 0).text().startswith("Mon")
    assert tab.cycle_title.text().endswith("starts Mon 30 Nov 2026")
    assert tab.notice.text() == (
        "Your cycle starts Mon 30 Nov 2026 — the first working day. Come back then to tick it."
    )


def test_refused_ticks_say_why_from_keys_mouse_and_menu(qtbot: QtBot, repos: Repositories) -> None:
    repos.practice.start_cycle(MONDAY, *PAIR, working_days_only=True)
    tab = practice_tab(qtbot, repos, WEDNESDAY)
    # Space on Saturday, a day off in a working-days cycle.
    tab.grid.setFocus()
    tab.grid.setCurrentCell(0, 5)
    qtbot.keyClick(tab.grid, Qt.Key.Key_Space)
    assert tab.notice.text() == (
        "Sat 5 Dec 2026 is a day off in this cycle (working days only), so there's nothing to tick."
    )
    # A double-click on Thursday, still to come.
    thursday = cell_centre(tab, 1, 3)
    qtbot.mouseClick(tab.grid.viewport(), Qt.MouseButton.LeftButton, pos=thursday)
    qtbot.mouseDClick(tab.grid.viewport(), Qt.MouseButton.LeftButton, pos=thursday)
    assert tab.notice.text() == (
        "Thu 3 Dec 2026 hasn't come yet — you can tick it on the day or after."
    )
    assert tab.told == []  # type: ignore[attr-defined]  # said under the grid, no box
    # The context menu's "Done" on Sunday, a day off.
    chosen: list[str] = []

    def choose_done() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, choose_done)
            return
        done = next(a for a in menu.actions() if a.text().startswith("Done"))
        chosen.append(done.text())
        menu.close()
        done.trigger()

    QTimer.singleShot(20, choose_done)
    tab.grid.customContextMenuRequested.emit(cell_centre(tab, 0, 6))
    assert chosen == ["Done (Space)"]
    assert tab.notice.text().startswith("Sun 6 Dec 2026 is a day off in this cycle")
    assert repos.practice.active_cycle().ticks == []  # type: ignore[union-attr]

    # Today can be ticked, and a successful tick clears the last reason.
    tab.grid.setCurrentCell(0, 2)
    qtbot.keyClick(tab.grid, Qt.Key.Key_Space)
    assert cell(tab.grid, 0, 2).text() == "✓"
    assert tab.notice.text() == ""


def test_a_cycle_can_be_deleted_while_empty_or_once_ended_early(
    qtbot: QtBot, repos: Repositories
) -> None:
    started = repos.practice.start_cycle(MONDAY, *PAIR, working_days_only=True)
    tab = practice_tab(qtbot, repos, WEDNESDAY)
    # Nothing ticked yet: the running cycle can go, after a question in the body.
    assert tab.delete_running_button.isVisibleTo(tab)
    say_yes = tab.confirm
    tab.confirm = lambda _title, _text: False
    qtbot.mouseClick(tab.delete_running_button, Qt.MouseButton.LeftButton)
    assert repos.practice.active_cycle() is not None  # "No" keeps it
    tab.confirm = say_yes
    qtbot.mouseClick(tab.delete_running_button, Qt.MouseButton.LeftButton)
    assert tab.asked == [  # type: ignore[attr-defined]
        "Delete this cycle of “Explain the why” and “One owner”? Nothing is ticked yet, "
        "so nothing is lost."
    ]
    assert repos.practice.cycles() == [] and tab.pages.currentIndex() == 0
    assert started not in {c.id for c in repos.practice.cycles()}

    # Once ticked it can't be deleted while running: end it early, then delete it.
    running = repos.practice.start_cycle(MONDAY, *PAIR, working_days_only=True)
    repos.practice.set_tick(running, "lead", MONDAY, TickState.DONE)
    tab.refresh()
    assert not tab.delete_running_button.isVisibleTo(tab)
    qtbot.mouseClick(tab.end_button, Qt.MouseButton.LeftButton)
    assert tab.asked[-1].startswith("End this cycle early?")  # type: ignore[attr-defined]
    assert tab.history.table.rowCount() == 1 and tab.history.table.currentRow() == 0
    assert tab.history.note.text() == "Ended early: you can delete it if you'd rather not keep it."
    assert tab.history.delete_button.isEnabled()
    qtbot.mouseClick(tab.history.delete_button, Qt.MouseButton.LeftButton)
    assert tab.asked[-1] == (  # type: ignore[attr-defined]
        "Delete the cycle of “Explain the why” and “One owner” (Mon 30 Nov 2026 – "
        "Wed 2 Dec 2026)? Its ticks go with it. This can't be undone."
    )
    assert repos.practice.cycles() == []
    assert tab.history.empty.isVisibleTo(tab)


def test_a_cycle_that_ran_its_course_stays_and_says_why(qtbot: QtBot, repos: Repositories) -> None:
    start = WEDNESDAY - dt.timedelta(days=20)
    ran = repos.practice.start_cycle(start, *PAIR)
    repos.practice.set_tick(ran, "lead", start, TickState.DONE)
    repos.practice.finish_cycle(ran, start + dt.timedelta(days=13))
    tab = practice_tab(qtbot, repos, WEDNESDAY)
    tab.history.table.selectRow(0)
    assert not tab.history.delete_button.isEnabled()
    assert tab.history.note.text() == "A cycle that ran its two weeks stays in your history."


# --- Start/Stop/Continue -------------------------------------------------------------------


def test_from_starts_empty_offers_anonymous_first_and_must_be_chosen(qtbot: QtBot) -> None:
    dialog = AnswerDialog([(7, "Amara Okafor"), (8, "Jonas Weber")], [], WEDNESDAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert (dialog.source.currentIndex(), dialog.source.currentText()) == (-1, "")
    offered = [dialog.source.itemText(i) for i in range(dialog.source.count())]
    assert offered == ["Anonymous", "Myself", "", "Amara Okafor", "Jonas Weber"]  # "" = line
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() != AnswerDialog.DialogCode.Accepted and dialog.isVisible()
    assert dialog.problem.isVisibleTo(dialog)
    assert dialog.problem.text() == (
        "Choose who the answer is from first — Anonymous if you'd rather not say."
    )
    dialog.source.setCurrentIndex(dialog.source.findText("Jonas Weber"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == AnswerDialog.DialogCode.Accepted
    assert dialog.details()["source"] == "person" and dialog.details()["person_id"] == 8


def test_themes_follow_an_answer_added_edited_and_deleted_at_once(
    qtbot: QtBot, repos: Repositories
) -> None:
    tab = show_tab(qtbot, FeedbackTab(repos, today=lambda: WEDNESDAY))
    tab.ask_answer_details = lambda request_id: {
        "received_on": WEDNESDAY,
        "source": "anonymous",
        "person_id": None,
        "request_id": request_id,
    }
    assert tab.add_response(None) is not None
    tab.answers.add_item("start")
    cell(tab.answers.items, 0, 1).setText("Say no to the Thursday status meeting")
    cell(tab.answers.items, 0, 2).setText("meetings")
    # No flush, no tab switch: the Themes view already counts it.
    themes = [
        cell(tab.themes.theme_table, r, 0).text() for r in range(tab.themes.theme_table.rowCount())
    ]
    assert themes == ["meetings"]
    assert cell(tab.themes.theme_table, 0, 1).text() == "1"  # one "start"
    kind = cell_widget(tab.answers.items, 0, 0, QComboBox)
    kind.setCurrentIndex(1)  # the type becomes "stop"
    kind.activated.emit(1)
    assert (
        cell(tab.themes.theme_table, 0, 1).text(),
        cell(tab.themes.theme_table, 0, 2).text(),
    ) == (
        "0",
        "1",
    )
    cell(tab.answers.items, 0, 2).setText("meetings, focus")
    assert tab.themes.theme_table.rowCount() == 2

    qtbot.mouseClick(tab.answers.delete_response_button, Qt.MouseButton.LeftButton)
    assert tab.asked == ["Delete this answer and its 1 item? This can't be undone."]  # type: ignore[attr-defined]
    assert tab.themes.theme_table.rowCount() == 0 and not tab.themes.themes_empty.isHidden()
