"""Data safety as a user meets it: backups in the status bar, restore from the File menu, a
journal that can't be read, and a disk that refuses a write."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, event

from leadjournal.app import _offer_recovery
from leadjournal.db.backups import BackupInfo, take_backup
from leadjournal.db.engine import open_journal
from leadjournal.db.files import ensure_data_folder
from leadjournal.db.repositories import Repositories
from leadjournal.errors import JournalWriteError
from leadjournal.paths import JournalPaths
from leadjournal.session import JournalSession
from leadjournal.ui.recovery import DamagedJournalDialog
from leadjournal.ui.saving import save_status


def open_own_journal(qtbot: QtBot, paths: JournalPaths) -> JournalSession:
    ensure_data_folder(paths.data_dir)
    session = JournalSession(paths)
    assert session.guard.acquire()
    with qtbot.waitSignal(session.journal_opened, timeout=20000):
        session.start()
    return session


def lesson_titles(paths: JournalPaths) -> list[str]:
    engine = open_journal(paths.journal_file, paths.backups_dir)
    titles = [lesson.title for lesson in Repositories(engine).lessons.find()]
    engine.dispose()
    return sorted(titles)


def test_first_open_backs_up_and_says_so(qtbot: QtBot, journal_paths: JournalPaths) -> None:
    session = open_own_journal(qtbot, journal_paths)
    qtbot.waitUntil(lambda: session.backup_thread is not None, timeout=5000)
    qtbot.waitUntil(
        lambda: "Backed up at" in session.window.statusBar().currentMessage(), timeout=10000
    )
    assert len(list(journal_paths.backups_dir.glob("journal-*.sqlite"))) == 1
    session.close()
    # Quitting takes another (rotation keeps the newest of the day).
    assert len(list(journal_paths.backups_dir.glob("journal-*.sqlite"))) >= 1


def test_a_failed_backup_stays_visible(
    qtbot: QtBot, journal_paths: JournalPaths, tmp_path: Path
) -> None:
    from leadjournal.services.backups import BackupPolicy, save_policy

    session = open_own_journal(qtbot, journal_paths)
    assert session.repositories is not None
    (tmp_path / "usb").write_text("the stick is not plugged in")
    save_policy(session.repositories, BackupPolicy(second_folder=tmp_path / "usb" / "backups"))
    session.window.file_actions.back_up_now()
    notice = session.window.notice
    qtbot.waitUntil(notice.isVisible, timeout=10000)
    assert notice.text().startswith("Backup failed: The backup into")
    assert str(tmp_path / "usb") in notice.text()
    session.close()


def test_restore_from_the_file_menu(qtbot: QtBot, journal_paths: JournalPaths) -> None:
    session = open_own_journal(qtbot, journal_paths)
    repos = session.repositories
    assert repos is not None
    repos.lessons.add(dt.date(2026, 11, 20), title="Agree the rota before the holidays")
    backup = take_backup(
        journal_paths.journal_file, journal_paths.backups_dir, now=dt.datetime(2026, 11, 20, 18)
    )
    repos.lessons.add(dt.date(2026, 11, 26), title="Written after the backup")
    offered: list[list[BackupInfo]] = []

    def choose(found: list[BackupInfo]) -> Path:
        offered.append(found)
        return next(info.path for info in found if info.path == backup.path)

    session.window.file_actions.choose_backup = choose
    with qtbot.waitSignal(session.window.restore_requested):
        session.window.file_actions.restore_from_backup()
    assert backup.path in [info.path for info in offered[0]]
    session.close()  # the run loop closes the session, which swaps the file
    assert session.restore_error is None
    assert lesson_titles(journal_paths) == ["Agree the rota before the holidays"]
    kept = list(journal_paths.backups_dir.glob("before-restore-*.sqlite"))
    assert len(kept) == 1


def test_the_restore_list_shows_dates_sizes_and_counts(
    qtbot: QtBot, journal_paths: JournalPaths, tmp_path: Path
) -> None:
    from leadjournal.services.backups import available_backups
    from leadjournal.ui.recovery import RestoreDialog

    engine = open_journal(journal_paths.journal_file, journal_paths.backups_dir)
    repos = Repositories(engine)
    repos.people.add("Priya Nair")
    repos.lessons.add(dt.date(2026, 11, 20), title="Name the owner in the meeting")
    for day in (20, 27):
        take_backup(
            journal_paths.journal_file,
            journal_paths.backups_dir,
            now=dt.datetime(2026, 11, day, 18, 5),
        )
    engine.dispose()
    dialog = RestoreDialog(available_backups(journal_paths))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    rows = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert rows[0].startswith("Fri 27 Nov 2026, 18:05")
    assert "0 weeks, 1 person, 1 lesson" in rows[0]
    assert rows[1].startswith("Fri 20 Nov 2026, 18:05")
    dialog.grab().save(str(tmp_path / "restore.png"))


def test_a_damaged_journal_offers_the_newest_good_backup(
    qtbot: QtBot, journal_paths: JournalPaths
) -> None:
    engine = open_journal(journal_paths.journal_file, journal_paths.backups_dir)
    Repositories(engine).lessons.add(dt.date(2026, 11, 20), title="Check in before the deadline")
    engine.dispose()
    take_backup(
        journal_paths.journal_file, journal_paths.backups_dir, now=dt.datetime(2026, 11, 26, 18)
    )
    damaged = b"SQLite format 3\x00" + b"\xde\xad" * 4000
    journal_paths.journal_file.write_bytes(damaged)

    session = JournalSession(journal_paths)
    assert session.guard.acquire()
    reasons: list[str] = []
    session.journal_damaged.connect(reasons.append)
    session.start()
    qtbot.waitUntil(lambda: bool(reasons), timeout=10000)
    assert "could not be read" in reasons[0]
    app = QApplication.instance()

    def answer() -> None:
        dialog = session.recovery_dialog
        assert isinstance(dialog, DamagedJournalDialog)
        assert dialog.restore_button.isEnabled()
        assert "Thu 26 Nov 2026, 18:00" in dialog.note.text()
        dialog.grab().save(str(journal_paths.data_dir.parent / "damaged-with-backup.png"))
        dialog.restore_button.click()

    QTimer.singleShot(200, answer)
    failures: list[str] = []
    _offer_recovery(app, session, reasons[0], failures.append)  # type: ignore[arg-type]
    assert failures == []
    assert session.repositories is not None
    assert [lesson.title for lesson in session.repositories.lessons.find()] == [
        "Check in before the deadline"
    ]
    aside = list(journal_paths.data_dir.glob("journal.damaged-*.sqlite"))
    assert len(aside) == 1 and aside[0].read_bytes() == damaged
    session.close()


def test_without_a_backup_restore_is_not_offered(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = DamagedJournalDialog(
        "Your journal at /home/sam/journal.sqlite could not be read.", None
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.restore_button.isEnabled()
    assert dialog.other_button.isEnabled() and dialog.quit_button.isEnabled()
    dialog.grab().save(str(tmp_path / "damaged.png"))


# --- a disk that refuses writes ---------------------------------------------------------------


def _query_only(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA query_only=ON")


@pytest.fixture
def refuse_writes() -> Iterator[Any]:
    """Make an engine's storage refuse writes as a read-only folder would (SQLite's own
    error), and allow them again."""
    engines: list[Engine] = []

    def switch(engine: Engine, refuse: bool) -> None:
        engine.dispose()
        if refuse:
            event.listen(engine, "connect", _query_only)
            engines.append(engine)
        elif event.contains(engine, "connect", _query_only):
            event.remove(engine, "connect", _query_only)

    yield switch
    for engine in engines:
        if event.contains(engine, "connect", _query_only):
            event.remove(engine, "connect", _query_only)
    save_status().failing = False


def test_a_refused_write_keeps_the_text_and_saves_it_later(
    qtbot: QtBot, journal_paths: JournalPaths, refuse_writes: Any
) -> None:
    session = open_own_journal(qtbot, journal_paths)
    window = session.window
    window.resize(1200, 780)
    tab = window.weekly_plan
    qtbot.mouseClick(tab.plan_button, Qt.MouseButton.LeftButton)
    tab.flush_pending_edits()
    repos: Any = session.repositories
    refuse_writes(repos.engine, True)
    qtbot.keyClicks(tab.direction.outcome, "Answer every billing ticket by Friday")
    tab.flush_pending_edits()
    assert window.notice.isVisible()
    assert window.notice.text() == (
        # The folder and the file are writable (the test refuses writes inside SQLite), so
        # the sentence blames neither.
        "Your latest changes could not be saved because the journal can't be written to. "
        "They are still on screen, and LeadJournal will keep trying."
    )
    assert tab.direction.outcome.text() == "Answer every billing ticket by Friday"
    assert tab.autosave.has_pending()
    # The rest of the window still works while the disk refuses writes.
    window.tabs.setCurrentIndex(2)
    window.tabs.setCurrentIndex(0)
    assert window.notice.isVisible()

    refuse_writes(repos.engine, False)
    tab.autosave.flush()  # the retry, without waiting for its timer
    assert not window.notice.isVisible()
    assert "Saved" in window.statusBar().currentMessage()
    assert not tab.autosave.has_pending()
    week = repos.weeks.get(tab.week_start)
    assert week.outcome == "Answer every billing ticket by Friday"
    session.close()


def test_a_full_disk_loses_nothing_already_saved(repos: Repositories) -> None:
    repos.lessons.add(dt.date(2026, 11, 20), title="Saved before the disk filled up")
    connection = repos.engine.raw_connection()
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.close()

    def cap(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

    repos.engine.dispose()
    event.listen(repos.engine, "connect", cap)
    with pytest.raises(JournalWriteError, match="because the disk is full"):
        repos.lessons.add(dt.date(2026, 11, 27), title="Big", what_happened="x" * 200_000)
    event.remove(repos.engine, "connect", cap)
    repos.engine.dispose()
    assert [lesson.title for lesson in repos.lessons.find()] == ["Saved before the disk filled up"]
