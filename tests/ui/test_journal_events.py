"""The window's "journal changed" signal: on the GUI thread, once per turn, and able to
tell a view its own writes from everyone else's."""

from __future__ import annotations

import datetime as dt
import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from leadjournal.db.changes import JournalChange
from leadjournal.db.repositories import Repositories
from leadjournal.ui.journal_events import JournalEvents, News
from leadjournal.ui.saving import Autosaver

DAY = dt.date(2026, 11, 30)


def test_a_burst_written_on_a_worker_arrives_once_on_the_gui_thread(
    qtbot: QtBot, repos: Repositories
) -> None:
    events = JournalEvents()
    events.watch(repos)
    arrived: list[tuple[JournalChange, bool]] = []
    events.changed.connect(
        lambda change: arrived.append(
            (change, threading.current_thread() is threading.main_thread())
        )
    )

    def export_then_import() -> None:  # what File → Import does, on its worker
        for number in range(3):
            repos.lessons.add(DAY, title=f"Imported {number}")

    worker = threading.Thread(target=export_then_import)
    worker.start()
    worker.join()
    assert arrived == []  # nothing is delivered on the worker itself
    qtbot.waitUntil(lambda: bool(arrived), timeout=2000)
    qtbot.wait(50)
    assert len(arrived) == 1
    change, on_gui_thread = arrived[0]
    assert on_gui_thread
    assert change.kinds == {"lesson"} and change.ids_of("lesson") == {1, 2, 3}
    events.stop()
    repos.lessons.add(DAY, title="Not heard")
    qtbot.wait(50)
    assert len(arrived) == 1


class LessonsView(QWidget):
    def __init__(self, repos: Repositories) -> None:
        super().__init__()
        self.repos = repos
        self.add_button = QPushButton("New lesson")
        QVBoxLayout(self).addWidget(self.add_button)
        self.add_button.clicked.connect(self.add_lesson)

    def add_lesson(self) -> None:
        self.repos.lessons.add(DAY, title="Clicked")


def test_a_view_is_told_its_own_writes_from_everyone_elses(
    qtbot: QtBot, repos: Repositories
) -> None:
    events = JournalEvents()
    events.watch(repos)
    lessons_view, other_view = LessonsView(repos), QWidget()
    qtbot.addWidget(lessons_view)
    qtbot.addWidget(other_view)
    lessons_view.show()
    autosave = Autosaver(lessons_view)
    news: list[tuple[News, News, News]] = []
    events.changed.connect(
        lambda _change: news.append(
            (
                events.news_for(lessons_view, {"lesson"}),
                events.news_for(other_view, {"lesson"}),
                events.news_for(lessons_view, {"task"}),
            )
        )
    )

    # Its own autosave: the view has it on screen already.
    autosave.schedule("lesson:title", lambda: repos.lessons.add(DAY, title="Typed"))
    autosave.flush()
    qtbot.waitUntil(lambda: len(news) == 1, timeout=2000)
    assert news[-1] == (News.OWN, News.OTHER, News.NONE)

    # A click inside the view whose handler writes: its own too.
    qtbot.mouseClick(lessons_view.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(news) == 2, timeout=2000)
    assert news[-1] == (News.OWN, News.OTHER, News.NONE)

    # Written elsewhere (the tray, the quick capture): news for both.
    repos.lessons.add(DAY, title="From the tray")
    qtbot.waitUntil(lambda: len(news) == 3, timeout=2000)
    assert news[-1] == (News.OTHER, News.OTHER, News.NONE)

    # A view that has just read everything has no news left.
    repos.lessons.add(DAY, title="Read at once")
    events.caught_up(lessons_view)
    qtbot.waitUntil(lambda: len(news) == 4, timeout=2000)
    assert news[-1] == (News.NONE, News.OTHER, News.NONE)

    # Bookkeeping (when the reminders last looked) refreshes nothing.
    repos.settings.set("reminders_last_seen", "2026-11-30T08:30:00")
    qtbot.waitUntil(lambda: len(news) == 5, timeout=2000)
    assert news[-1] == (News.NONE, News.NONE, News.NONE)

    # The command line in another process: anything may have changed.
    repos.changed_elsewhere()
    qtbot.waitUntil(lambda: len(news) == 6, timeout=2000)
    assert news[-1] == (News.OTHER, News.OTHER, News.OTHER)
