"""Showing a tab for a test with its dialog hooks answered at the edge."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from leadjournal.db.files import ensure_data_folder
from leadjournal.paths import JournalPaths
from leadjournal.session import JournalSession
from leadjournal.ui.tabs.insights import InsightsTab

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


def scroll_to_chart(qtbot: QtBot, insights: InsightsTab, panel: QWidget) -> None:
    """Scroll Insights to ``panel`` with the mouse wheel, as a person does to read a chart
    below the fold, and wait for the charts that came into view to be drawn (a chart
    drawn above it may push it down: the person scrolls on)."""
    for _look in range(10):
        if _wheel_to(insights, panel):
            qtbot.waitUntil(lambda: not insights.drawing_charts)
            if _wholly_in_view(insights, panel):
                return
    raise AssertionError("the chart could not be scrolled into view")


def _wholly_in_view(insights: InsightsTab, panel: QWidget) -> bool:
    """The whole panel in view, or its top two thirds of the view when it is taller."""
    viewport = insights.scroll_area.viewport()
    top = panel.mapTo(viewport, QPoint(0, 0)).y()
    shown = min(panel.height(), viewport.height() * 2 // 3)
    return top >= 0 and top + shown <= viewport.height()


def _wheel_to(insights: InsightsTab, panel: QWidget) -> bool:
    viewport = insights.scroll_area.viewport()
    bar = insights.scroll_area.verticalScrollBar()
    for _notch in range(200):
        if _wholly_in_view(insights, panel):
            return True
        before = bar.value()
        down = panel.mapTo(viewport, QPoint(0, 0)).y() > 0
        centre = viewport.rect().center()
        wheel = QWheelEvent(
            QPointF(centre),
            QPointF(viewport.mapToGlobal(centre)),
            QPoint(),
            QPoint(0, -120 if down else 120),  # one notch of the wheel
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(viewport, wheel)
        if bar.value() == before:
            return not panel.visibleRegion().isEmpty()  # the end of the page
    return False
