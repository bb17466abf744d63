"""Journeys: a person's own journal, started empty, lived through real weeks.

Each journey starts the real main window on an empty journal (no sample), with the
app's clock replaced by a fake one the test moves on. It drives the window only as a
person would — clicks, keys, menus, dialogs answered — and asserts what the person
sees. ``Journey.next_morning()`` closes the app and opens it again the next day, as a
person does; ``Journey.answer(...)`` answers the next modal dialog as a person would.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from leadjournal import clock
from leadjournal.db.files import ensure_data_folder
from leadjournal.db.repositories import Repositories
from leadjournal.paths import JournalPaths
from leadjournal.services.setup import FirstRunAnswers
from leadjournal.session import JournalSession
from leadjournal.ui.main_window import MainWindow
from leadjournal.ui.tabs.weekly_plan.tab import WeeklyPlanTab
from tests.test_scheduler import FakeClock

# A Monday morning: the person installed LeadJournal over the weekend.
FIRST_MONDAY = dt.datetime(2026, 11, 30, 8, 30)
TEAM = ["Amara Okafor", "Jonas Weber", "Priya Nair"]


class Journey:
    """One person's journal across several app starts, on a clock the test controls."""

    def __init__(self, qtbot: QtBot, data_dir: Path, fake_clock: FakeClock, shots: Path) -> None:
        self.qtbot = qtbot
        self.paths = JournalPaths(data_dir)
        self.clock = fake_clock
        self.shots = shots
        self.session: JournalSession | None = None

    # --- the app ------------------------------------------------------------------------
    def open(
        self,
        answers: FirstRunAnswers | None = None,
        size: tuple[int, int] = (1280, 800),
    ) -> MainWindow:
        """Start the app as ``leadjournal`` does, on this journal, and wait for the first view."""
        ensure_data_folder(self.paths.data_dir)
        session = JournalSession(self.paths, first_run_answers=answers)
        session.clock = self.clock
        assert session.guard.acquire()
        with self.qtbot.waitSignal(session.journal_opened, timeout=20000):
            session.start()
        self.qtbot.waitUntil(lambda: session.scheduler is not None, timeout=10000)
        session.window.resize(*size)
        self.session = session
        return session.window

    @property
    def window(self) -> MainWindow:
        assert self.session is not None, "open() the journal first"
        return self.session.window

    @property
    def repositories(self) -> Repositories:
        """The open journal's storage, to set up or read what a person cannot reach."""
        assert self.session is not None, "open() the journal first"
        assert self.session.repositories is not None, "the journal is still opening"
        return self.session.repositories

    def close(self) -> None:
        if self.session is not None:
            self.session.close()
            self.session = None

    def next_morning(self, at: dt.time = dt.time(8, 30), days: int = 1) -> MainWindow:
        """Quit for the night and open the app again ``days`` later at ``at``."""
        self.close()
        target = dt.datetime.combine(self.clock.now().date() + dt.timedelta(days=days), at)
        self.clock.advance(target - self.clock.now())
        return self.open()

    def later_today(self, at: dt.time) -> None:
        """Move the clock on within the day, the app left open."""
        target = dt.datetime.combine(self.clock.now().date(), at)
        self.clock.advance(target - self.clock.now())

    # --- a person's hands ---------------------------------------------------------------
    def answer(self, respond: Callable[[QWidget], None], timeout_ms: int = 5000) -> list[str]:
        """Answer the next modal dialog with ``respond(dialog)``; returns its class name.

        Call this *before* the click that opens the dialog: it waits for the dialog on a
        timer, as a person waits for a window to appear.
        """
        seen: list[str] = []
        waited = {"ms": 0}

        def look() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                waited["ms"] += 20
                if waited["ms"] < timeout_ms:
                    QTimer.singleShot(20, look)
                return
            seen.append(dialog.metaObject().className())
            respond(dialog)

        QTimer.singleShot(20, look)
        return seen

    def shot(self, name: str, widget: QWidget | None = None) -> Path:
        """Save a screenshot of the window (or ``widget``) for a person to look at."""
        self.qtbot.wait(50)
        path = self.shots / f"{name}.png"
        (widget or self.window).grab().save(str(path))
        return path


@pytest.fixture
def journey(qtbot: QtBot, tmp_path: Path) -> Iterator[Journey]:
    """An empty journal of one's own on Monday 30 November 2026, 08:30."""
    fake = FakeClock(FIRST_MONDAY)
    clock.use(fake)
    shots = tmp_path / "shots"
    shots.mkdir()
    trip = Journey(qtbot, tmp_path / "journal", fake, shots)
    try:
        yield trip
    finally:
        trip.close()
        clock.use(None)


def open_step(journey: Journey, weekly: WeeklyPlanTab, index: int) -> None:
    """Click a step in the Weekly Plan's list on the left, as a person does."""
    item = weekly.step_list.item(index)
    assert item is not None
    journey.qtbot.mouseClick(
        weekly.step_list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=weekly.step_list.visualItemRect(item).center(),
    )
    assert weekly.current_step() == index


def tab_title(window: MainWindow) -> str:
    """The title of the tab the person is looking at."""
    return window.tabs.tabText(window.tabs.currentIndex())


def welcome_answers(name: str = "Sam Lee") -> FirstRunAnswers:
    """What a new supervisor types into the welcome: their name and their team."""
    return FirstRunAnswers(name=name, team=list(TEAM))
