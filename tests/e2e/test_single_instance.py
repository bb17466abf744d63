"""One LeadJournal per journal folder."""

from __future__ import annotations

import signal
from pathlib import Path

from pytestqt.qtbot import QtBot

from leadjournal.db.files import ensure_data_folder
from leadjournal.paths import JournalPaths
from leadjournal.session import JournalSession
from tests.e2e.helpers import finish, start_app, wait_for_log


def test_second_start_exits_and_the_first_shows_its_window(
    qtbot: QtBot, isolated_home: Path, journal_paths: JournalPaths
) -> None:
    ensure_data_folder(journal_paths.data_dir)
    first = JournalSession(journal_paths)
    assert first.guard.acquire()
    with qtbot.waitSignal(first.journal_opened, timeout=20000):
        first.start()
    first.window.hide()

    second = start_app(isolated_home, "--data-dir", str(journal_paths.data_dir))
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=30000)
    code, out, _err = finish(second)
    assert code == 0
    assert "already open" in out
    qtbot.waitUntil(first.window.isVisible, timeout=5000)
    first.close()


def test_a_crashed_instance_does_not_block_the_next_start(
    qtbot: QtBot, isolated_home: Path, journal_paths: JournalPaths
) -> None:
    crashed = start_app(isolated_home, "--data-dir", str(journal_paths.data_dir))
    wait_for_log(isolated_home, "Journal opened", crashed)
    crashed.send_signal(signal.SIGKILL)
    finish(crashed)
    assert journal_paths.lock_file.exists()  # the stale lock is still there

    session = JournalSession(journal_paths)
    assert session.guard.acquire()
    with qtbot.waitSignal(session.journal_opened, timeout=20000):
        session.start()
    session.close()
