"""Protecting the journal with a passphrase, unlocking it at start, and hiding it when the
computer is left alone — as a user meets them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from leadjournal.db.files import ensure_data_folder, looks_encrypted
from leadjournal.paths import JournalPaths
from leadjournal.services.privacy import IdleLock, save_idle_lock
from leadjournal.session import JournalSession
from leadjournal.single_instance import SHOW_REQUEST, tell_running_instance
from leadjournal.ui.privacy import PassphraseDialog, UnlockDialog
from leadjournal.ui.settings import SettingsDialog

PASSPHRASE = "our team plans on Mondays"


Asked = list[tuple[str, str]]


def start_session(
    qtbot: QtBot,
    paths: JournalPaths,
    answers: list[str | None] | None = None,
    key: str | None = None,
) -> tuple[JournalSession, Asked]:
    """A session whose passphrase prompt is answered from ``answers`` (asked is recorded)."""
    ensure_data_folder(paths.data_dir)
    session = JournalSession(paths, key=key)
    asked: list[tuple[str, str]] = []
    replies = list(answers or [])

    def ask(where: str, problem: str) -> str | None:
        asked.append((where, problem))
        return replies.pop(0) if replies else None

    session.ask_passphrase = ask
    assert session.guard.acquire()
    session.start()
    return session, asked


def opened(qtbot: QtBot, session: JournalSession) -> None:
    qtbot.waitUntil(lambda: session.repositories is not None, timeout=20000)


def protect(qtbot: QtBot, paths: JournalPaths, lesson: str) -> None:
    session, _asked = start_session(qtbot, paths)
    opened(qtbot, session)
    repos: Any = session.repositories
    repos.lessons.add(dt.date(2026, 11, 26), title=lesson)
    with qtbot.waitSignal(session.reopen_requested):
        assert session.request_passphrase_change(("protect", "", PASSPHRASE))
    session.close()  # the run loop closes the session; the journal is rewritten then
    assert session.restore_error is None
    assert session.key == PASSPHRASE


def test_protect_then_unlock_at_start(qtbot: QtBot, journal_paths: JournalPaths) -> None:
    protect(qtbot, journal_paths, "Thank Dana for covering the late shift")
    assert looks_encrypted(journal_paths.journal_file)
    assert all(looks_encrypted(p) for p in journal_paths.backups_dir.glob("*.sqlite"))
    plain = [
        path
        for path in journal_paths.data_dir.rglob("*")
        if path.is_file() and b"covering the late shift" in path.read_bytes()
    ]
    assert plain == []

    session, asked = start_session(qtbot, journal_paths, ["our team plans on Monday", PASSPHRASE])
    opened(qtbot, session)
    assert asked[0] == (str(journal_paths.journal_file), "")
    assert asked[1][1].startswith("That passphrase does not open this journal")
    repos: Any = session.repositories
    assert [lesson.title for lesson in repos.lessons.find()] == [
        "Thank Dana for covering the late shift"
    ]
    # Backups of a protected journal are protected too, and still listed for restore.
    assert session.backups() and all(looks_encrypted(b.path) for b in session.backups())
    session.close()


def test_a_second_start_is_answered_while_the_passphrase_is_asked(
    qtbot: QtBot, journal_paths: JournalPaths
) -> None:
    protect(qtbot, journal_paths, "Ask Priya how the on-call week went")
    session = JournalSession(journal_paths)
    answered: list[bool] = []

    def ask(_where: str, _problem: str) -> str:
        answered.append(tell_running_instance(journal_paths, SHOW_REQUEST))
        return PASSPHRASE

    session.ask_passphrase = ask
    assert session.guard.acquire()
    session.start()
    opened(qtbot, session)
    assert answered == [True]  # a second start would bring this prompt forward
    session.close()


def test_quitting_at_the_prompt_changes_nothing(qtbot: QtBot, journal_paths: JournalPaths) -> None:
    protect(qtbot, journal_paths, "Ask before moving the stand-up")
    before = journal_paths.journal_file.read_bytes()
    session, asked = start_session(qtbot, journal_paths, [None])
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    qtbot.wait(100)
    assert session.repositories is None
    session.close()
    assert journal_paths.journal_file.read_bytes() == before


def test_change_needs_the_current_passphrase(qtbot: QtBot, journal_paths: JournalPaths) -> None:
    protect(qtbot, journal_paths, "Share the why before the what")
    session, _asked = start_session(qtbot, journal_paths, key=PASSPHRASE)
    opened(qtbot, session)
    told: list[str] = []
    session.window.tell = lambda _title, text: told.append(text)
    assert not session.request_passphrase_change(("change", "a guess", "something new here"))
    assert told == ["That is not your current passphrase; nothing was changed."]
    assert session.request_passphrase_change(("remove", PASSPHRASE, None))
    session.close()
    assert not looks_encrypted(journal_paths.journal_file)
    assert session.key is None


def test_locks_when_left_alone(qtbot: QtBot, journal_paths: JournalPaths, tmp_path: Path) -> None:
    protect(qtbot, journal_paths, "Celebrate the small wins on Friday")
    session, _asked = start_session(qtbot, journal_paths, key=PASSPHRASE)
    opened(qtbot, session)
    window = session.window
    save_idle_lock(session.repositories, IdleLock(enabled=True, minutes=5))  # type: ignore[arg-type]
    session._watch_idle()
    watcher: Any = session.idle_watcher
    now = [1000.0]
    watcher.clock = lambda: now[0]
    watcher.last_input = now[0]
    now[0] += 4 * 60
    watcher.check()
    assert not window.locked
    now[0] += 60
    watcher.check()
    assert window.locked
    assert not window.find_action.isEnabled() and not window.export_action.isEnabled()
    window.resize(1000, 640)
    window.grab().save(str(tmp_path / "locked.png"))
    panel: Any = window.lock_panel
    panel.passphrase.setText("wrong guess")
    assert not panel.try_unlock()
    assert panel.problem.text() == "That passphrase doesn't match. Try again."
    panel.passphrase.setText(PASSPHRASE)
    assert panel.try_unlock()
    assert not window.locked and window.find_action.isEnabled()
    session.close()


def test_idle_lock_is_only_offered_for_a_protected_journal(
    qtbot: QtBot, journal_paths: JournalPaths, tmp_path: Path
) -> None:
    session, _asked = start_session(qtbot, journal_paths)
    opened(qtbot, session)
    dialog = SettingsDialog(session.repositories, protected=False)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.pages.setCurrentIndex(dialog.pages.count() - 1)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.pages.tabText(dialog.pages.currentIndex()) == "Privacy"
    assert dialog.protect_button.isVisible()
    assert not dialog.lock_when_idle.isEnabled()
    dialog.grab().save(str(tmp_path / "privacy.png"))
    session.close()


def test_the_passphrase_dialog_explains_what_is_wrong(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = PassphraseDialog(PassphraseDialog.PROTECT)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.new.setText("short")
    dialog.repeat.setText("short")
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.problem.text().startswith("Use at least 8 characters")
    dialog.new.setText("a long enough passphrase")
    dialog.repeat.setText("a long enough passphrase!")
    dialog.ok_button.click()
    assert dialog.problem.text() == "The two passphrases are not the same."
    dialog.repeat.setText("a long enough passphrase")
    dialog.ok_button.click()
    assert "Tick the box" in dialog.problem.text()
    dialog.grab().save(str(tmp_path / "protect.png"))
    dialog.understood.setChecked(True)
    dialog.ok_button.click()
    assert dialog.result() == PassphraseDialog.DialogCode.Accepted
    assert dialog.new_passphrase() == "a long enough passphrase"


def test_the_unlock_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = UnlockDialog(
        "/home/sam/.local/share/LeadJournal/journal.sqlite",
        "That passphrase does not open this journal.",
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.problem.isVisible()
    assert dialog.passphrase.echoMode() == dialog.passphrase.EchoMode.Password
    dialog.grab().save(str(tmp_path / "unlock.png"))
    assert QApplication.instance() is not None


def test_while_locked_the_tray_and_notifications_name_nothing(
    qtbot: QtBot, journal_paths: JournalPaths
) -> None:
    from leadjournal.services.reminder_text import Reminder

    protect(qtbot, journal_paths, "Coach Priya on estimates")
    session, _asked = start_session(qtbot, journal_paths, key=PASSPHRASE)
    opened(qtbot, session)
    due = Reminder(
        key="1:1:7",
        kind="prep",
        due=dt.datetime(2026, 11, 27, 13),
        title="Prepare your one-on-one with Priya",
        body="At 14:00. Last time: estimates.",
        link="leadjournal:coaching",
    )
    assert session._shown_on_desktop(due) == due
    session.window.lock()
    hidden = session._shown_on_desktop(due)
    assert "Priya" not in hidden.title + hidden.body
    assert hidden.body == "A reminder is waiting. Unlock your journal to see it."
    session.close()


def test_the_sample_journal_offers_no_passphrase(qtbot: QtBot, tmp_path: Path) -> None:
    from tests.ui.helpers import open_demo_session

    session = open_demo_session(qtbot, tmp_path, dt.datetime(2026, 11, 27, 8))
    assert not session.window.backup_action.isEnabled()
    assert not session.window.restore_action.isEnabled()
    dialog = SettingsDialog(session.repositories, protected=False, sample=True)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert not dialog.protect_button.isEnabled()
    session.close()


def test_the_tray_menu_hides_practice_and_reminders_while_locked(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from leadjournal.ui.tray import TrayController
    from tests.ui.helpers import open_demo_session

    session = open_demo_session(qtbot, tmp_path, dt.datetime(2026, 11, 27, 8))
    assert session.repositories is not None and session.scheduler is not None
    tray = TrayController(session.repositories, session.scheduler)
    cycle = session.repositories.practice.active_cycle()
    assert any(a.menu() is not None for a in tray.menu.actions())  # the practice submenu
    locked = [True]
    tray.is_locked = lambda: locked[0]
    tray.refresh()
    texts = [a.text() for a in tray.menu.actions()]
    assert "Unlock LeadJournal to tick today's practice" in texts
    assert all(a.menu() is None for a in tray.menu.actions())
    if cycle is not None:
        assert not any(cycle.lead_title in text for text in texts)
    upcoming = session.scheduler.next
    if upcoming is not None:
        assert not any(upcoming.title in text for text in texts)
        assert upcoming.title not in tray.icon.toolTip()
    # This tray was made by the test, not the session: it goes before the session does.
    tray.hide()
    tray.deleteLater()
    qtbot.wait(10)
    session.close()
