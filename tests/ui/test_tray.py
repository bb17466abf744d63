"""The tray menu: rebuilt each time it opens, without leaving old menus behind."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from leadjournal.db.repositories import Repositories
from leadjournal.scheduler import ReminderScheduler
from leadjournal.services.practice import PracticeService
from leadjournal.ui import theme
from leadjournal.ui.tray import TrayController
from tests.test_scheduler import FakeClock

MONDAY = dt.date(2026, 11, 30)


@pytest.fixture
def tray(qtbot: QtBot, repos: Repositories) -> Iterator[TrayController]:
    repos.practice.start_cycle(
        MONDAY, ("ask", "Ask before telling"), ("plan", "Plan the week on Monday")
    )
    scheduler = ReminderScheduler(repos, FakeClock(dt.datetime(2026, 11, 30, 8, 30)))
    controller = TrayController(repos, scheduler, today=lambda: MONDAY)
    yield controller
    controller.menu.deleteLater()
    controller.deleteLater()


def open_and_close(menu: QMenu) -> None:
    """What a person does: open the tray menu, look, close it."""
    menu.popup(QPoint(10, 10))
    menu.hide()
    # Qt deletes what deleteLater() was given when the event loop comes round again.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def menus_alive() -> int:
    return sum(isinstance(widget, QMenu) for widget in QApplication.allWidgets())


def test_opening_the_tray_menu_many_times_leaves_no_menus_behind(
    tray: TrayController,
) -> None:
    open_and_close(tray.menu)
    before = menus_alive()
    for _ in range(25):
        open_and_close(tray.menu)
    assert menus_alive() == before
    assert len(tray.menu.findChildren(QMenu)) == 1  # today's practice, once
    # And the menu still reads the same.
    texts = [action.text() for action in tray.menu.actions()]
    assert texts[0] == "Open LeadJournal" and texts[-1] == "Quit LeadJournal"
    assert "Tick today's practice" in texts


def test_ticking_today_s_practice_from_the_tray(tray: TrayController, repos: Repositories) -> None:
    open_and_close(tray.menu)
    practice = next(a.menu() for a in tray.menu.actions() if a.menu() is not None)
    assert isinstance(practice, QMenu)
    titles = [action.text() for action in practice.actions()]
    assert titles == ["Ask before telling", "Plan the week on Monday"]
    practice.actions()[0].trigger()  # ticked
    cycle = PracticeService(repos).active_cycle()
    assert cycle is not None
    assert [(t.behaviour, t.day, t.state) for t in cycle.ticks] == [("lead", MONDAY, "done")]
    # Opened again, the tick shows.
    open_and_close(tray.menu)
    practice = next(a.menu() for a in tray.menu.actions() if a.menu() is not None)
    assert isinstance(practice, QMenu)
    assert [a.isChecked() for a in practice.actions()] == [True, False]


def test_the_tray_menu_follows_the_dark_scheme(
    tray: TrayController, qapp: QApplication, tmp_path: Path
) -> None:
    """The tray's menu is a window of its own: it must turn dark with the app."""
    try:
        theme.apply(qapp, "dark")
        tray.menu.popup(QPoint(10, 10))
        palette = tray.menu.palette()
        assert palette.color(QPalette.ColorRole.Window).name() == theme.DARK.window
        assert palette.color(QPalette.ColorRole.WindowText).name() == theme.DARK.text
        practice = tray.menu.findChild(QMenu)
        assert practice is not None
        assert practice.palette().color(QPalette.ColorRole.Window).name() == theme.DARK.window
        # What a person sees: the menu is painted dark, its words light.
        picture = tray.menu.grab().toImage()
        middle = picture.pixelColor(picture.width() // 2, picture.height() - 4)
        assert middle.lightness() < 80, middle.name()
        picture.save(str(tmp_path / "tray-dark.png"))
        tray.menu.hide()
        theme.apply(qapp, "light")
        assert tray.menu.palette().color(QPalette.ColorRole.Window).name() == theme.LIGHT.window
    finally:
        tray.menu.hide()
        theme.apply(qapp, "system")
