"""Showing a tab for a test with its dialog hooks answered at the edge."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TypeVar

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from leadjournal.db.files import ensure_data_folder
from leadjournal.paths import JournalPaths
from leadjournal.session import JournalSession

Tab = TypeVar("Tab", bound=QWidget)


def show_tab(qtbot: QtBot, tab: Tab) -> Tab:
    """Show ``tab`` at 1280×800; confirmations say yes and are kept in ``tab.asked``,
    messages are kept in ``tab.told`` instead of opening modal boxes."""
    tab.asked = []  # type: ignore[attr-defined]
    tab.told = []  # type: ignore[attr-defined]

    def confirm(_title: str, text: str) -> bool:
        tab.asked.append(text)  # type: ignore[attr-defined]
        return True

    tab.confirm = confirm  # type: ignore[attr-defined]
    tab.inform = lambda _title, text: tab.told.append(text)  # type: ignore[attr-defined]
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def open_demo_session(qtbot: QtBot, tmp_path: Path, now: dt.datetime) -> JournalSession:
    """A real session on a fresh sample journal, its reminders on a fake clock at ``now``.

    The app reads the same clock, so the sample journal is laid out around ``now`` and
    the tests mean the same thing whatever day they run on (the clock goes back to the
    system's after the test: ``tests/conftest.py``)."""
    from leadjournal import clock
    from tests.test_scheduler import FakeClock

    paths = JournalPaths(tmp_path / "journal")
    ensure_data_folder(paths.data_dir)
    session = JournalSession(paths, demo=True)
    session.clock = FakeClock(now)
    clock.use(session.clock)
    assert session.guard.acquire()
    with qtbot.waitSignal(session.journal_opened, timeout=20000):
        session.start()
    qtbot.waitUntil(lambda: session.scheduler is not None)
    return session
