"""First run, the Today panel, links into the app, help pages and the sample's way back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from pytestqt.qtbot import QtBot

from leadjournal.app import needs_welcome
from leadjournal.db.files import ensure_data_folder
from leadjournal.db.repositories import Repositories
from leadjournal.paths import JournalPaths
from leadjournal.services.blockers import FollowUps
from leadjournal.services.sample_journal import write_sample_journal
from leadjournal.services.settings import JournalSettings
from leadjournal.services.today import note_journal_started
from leadjournal.session import JournalSession
from leadjournal.ui.help import ShortcutsDialog, WeeklyLoopWindow
from leadjournal.ui.tabs.weekly_plan.tab import WeeklyPlanTab
from leadjournal.ui.welcome import WelcomeDialog
from tests.lookup import cell, layout_of


def test_welcome_only_when_there_is_no_journal(
    journal_paths: JournalPaths,
    repos: Repositories,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("LEADJOURNAL_SKIP_WELCOME", raising=False)
    assert not needs_welcome(journal_paths, demo=False)  # ``repos`` created the journal
    fresh = JournalPaths(tmp_path / "fresh")
    assert needs_welcome(fresh, demo=False)
    assert not needs_welcome(fresh, demo=True)


def test_welcome_walks_three_steps_and_returns_the_answers(qtbot: QtBot) -> None:
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    assert dialog.progress.text() == "Step 1 of 3"
    assert dialog.sample_button.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.name, "Sam")
    dialog.team.setPlainText("Priya Natarajan\nMarcus Oyelaran")
    dialog.days[4].setChecked(False)  # Friday off
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.next_button.text() == "Start my journal"
    box, when = dialog.reminder_boxes["review"]
    assert when.time().toString("HH:mm") == "15:00"  # defaults are shown
    box.setChecked(False)
    assert not when.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == "journal"
    answers = dialog.answers()
    assert (answers.name, answers.team) == ("Sam", ["Priya Natarajan", "Marcus Oyelaran"])
    assert answers.working_days == [0, 1, 2, 3]
    assert answers.reminders["review"]["enabled"] is False


def test_enter_on_the_welcome_goes_on_with_ones_own_journal(qtbot: QtBot) -> None:
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.sample_button.autoDefault()  # a quiet link, never Enter's button
    assert dialog.sample_button.isFlat()
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)
    assert dialog.choice is None and dialog.isVisible()
    assert dialog.progress.text() == "Step 2 of 3"
    layout_of(dialog).activate()
    progress_x = dialog.progress.x()
    qtbot.keyClicks(dialog.name, "Sam")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.progress.text() == "Step 3 of 3"
    assert dialog.next_button.text() == "Start my journal"
    layout_of(dialog).activate()
    assert dialog.progress.x() == progress_x  # the step count stays put as the button changes
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)
    assert dialog.choice == "journal"
    assert dialog.answers().name == "Sam"


def test_choosing_the_sample_from_the_welcome(qtbot: QtBot) -> None:
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.sample_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == "sample"


def test_first_run_answers_reach_the_new_journal(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    dialog.name.setText("Sam")
    dialog.team.setPlainText("Aiko Tanaka")
    paths = JournalPaths(tmp_path / "mine")
    ensure_data_folder(paths.data_dir)
    session = JournalSession(paths, first_run_answers=dialog.answers())
    assert session.guard.acquire()
    with qtbot.waitSignal(session.journal_opened, timeout=20000):
        session.start()
    repos = session.repositories
    assert isinstance(repos, Repositories)
    assert repos.settings.get("user_name") == "Sam"
    assert [p.name for p in repos.people.list()] == ["Aiko Tanaka"]
    assert JournalSettings.of(repos).working_days == [0, 1, 2, 3, 4]
    assert not needs_welcome(paths, demo=False)  # never shown again
    session.close()


def test_sample_window_offers_a_way_back(qtbot: QtBot, tmp_path: Path) -> None:
    paths = JournalPaths(tmp_path / "sample")
    ensure_data_folder(paths.data_dir)
    session = JournalSession(paths, demo=True)
    assert session.guard.acquire()
    with qtbot.waitSignal(session.journal_opened, timeout=20000):
        session.start()
    button = session.window.leave_sample_button
    assert button is not None and button.isVisible()
    assert "sample" in session.window.windowTitle()
    with qtbot.waitSignal(session.window.leave_sample_requested):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    session.close()


def test_today_panel_names_todays_step_and_goes_there(qtbot: QtBot, repos: Repositories) -> None:
    wednesday = dt.date(2026, 11, 25)
    note_journal_started(repos, dt.date(2026, 11, 2))  # a journal kept for a few weeks
    tab = WeeklyPlanTab(repos, today=lambda: wednesday, now=lambda: dt.datetime(2026, 11, 25, 9))
    qtbot.addWidget(tab)
    tab.show()
    panel = tab.today_panel
    assert panel.isVisibleTo(tab)
    assert "Today, Wednesday:" in panel.step_label.text()
    assert "Coach one person, improve one system" in panel.step_label.text()
    assert panel.overdue_texts == ["Monday's plan is still open — set this week's direction?"]
    links: list[str] = []
    tab.link_requested.connect(links.append)
    qtbot.mouseClick(panel.go_button, Qt.MouseButton.LeftButton)
    assert links == ["leadjournal:weekly-plan?week=2026-11-23&step=4"]


def test_today_panel_is_quiet_when_everything_is_done(qtbot: QtBot, repos: Repositories) -> None:
    write_sample_journal(repos, dt.date(2026, 11, 26))  # Thursday
    thursday = dt.date(2026, 11, 26)
    aiko = repos.people.find_by_name("Aiko Tanaka")
    assert aiko is not None
    [plan] = repos.coaching.plans(aiko.id)
    repos.coaching.add("plan_checkin", plan_id=plan.id, checked_on=thursday, progress=4)
    # Tuesday's follow-ups are done too: blockers resolved, the next steps due answered.
    follow_ups = FollowUps(repos)
    for blocker in repos.blockers.open():
        follow_ups.resolve(blocker.id)
    for checkin in repos.blockers.next_actions_due(thursday - dt.timedelta(days=7), thursday):
        follow_ups.answer_next_action(checkin, True)
    tab = WeeklyPlanTab(repos, today=lambda: thursday, now=lambda: dt.datetime(2026, 11, 26, 9))
    qtbot.addWidget(tab)
    tab.show()
    assert tab.today_panel.overdue_texts == []
    assert not tab.today_panel.isVisibleTo(tab)  # Thursday's update is written: nothing to say


def test_links_open_the_right_place(qtbot: QtBot, tmp_path: Path) -> None:
    paths = JournalPaths(tmp_path / "sample")
    ensure_data_folder(paths.data_dir)
    session = JournalSession(paths, demo=True)
    assert session.guard.acquire()
    with qtbot.waitSignal(session.journal_opened, timeout=20000):
        session.start()
    window = session.window
    repos = session.repositories
    assert isinstance(repos, Repositories)
    aiko = repos.people.find_by_name("Aiko Tanaka")
    assert aiko is not None
    assert window.open_link(f"leadjournal:coaching?person={aiko.id}&section=plans")
    assert window.tabs.currentWidget() is window.coaching_log
    assert window.coaching_log.name_label.text() == "Aiko Tanaka"
    assert window.coaching_log.sections.currentWidget() is window.coaching_log.plans
    monday = window.weekly_plan.week_start - dt.timedelta(weeks=1)
    assert window.open_link(f"leadjournal:weekly-plan?week={monday.isoformat()}&step=6")
    assert window.tabs.currentWidget() is window.weekly_plan
    assert (window.weekly_plan.week_start, window.weekly_plan.current_step()) == (monday, 6)
    assert window.open_link("leadjournal:practice")
    assert window.tabs.currentIndex() == 4
    assert not window.open_link("https://example.com")
    assert not window.open_link("leadjournal:nowhere")

    # The help page's links go through the same door.
    followed: list[str] = []

    def follow(link: str) -> bool:
        followed.append(link)
        return True

    help_window = WeeklyLoopWindow(follow)
    qtbot.addWidget(help_window)
    assert "The weekly loop" in help_window.browser.toPlainText()
    help_window.browser.anchorClicked.emit(QUrl("leadjournal:weekly-plan?step=3"))
    assert followed == ["leadjournal:weekly-plan?step=3"]
    shortcuts = ShortcutsDialog([a for m in window.menus for a in m.actions()])
    qtbot.addWidget(shortcuts)
    rows = {cell(shortcuts.table, r, 2).text() for r in range(shortcuts.table.rowCount())}
    assert {"The Weekly Loop", "Undo", "Previous / next week", "Add a person"} <= rows
    session.close()
