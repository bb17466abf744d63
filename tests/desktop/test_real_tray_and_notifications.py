"""Reminders reaching a real desktop: a real tray host (trayer) on Xvfb showing Qt's
balloon, and a real notification server (dunst) on a private session bus.

Every helper process is started here and stopped by its PID; the private bus means no
D-Bus daemon outlives the tests.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QSystemTrayIcon, QWidget
from pytestqt.qtbot import QtBot

from leadjournal.services.reminder_text import Reminder
from leadjournal.ui.notifications import DBusNotifier, choose_notifier
from tests.test_scheduler import FakeClock
from tests.ui.helpers import open_demo_session

pytestmark = pytest.mark.needs_display

REVIEW = Reminder(
    "review@2026-11-27",
    "review",
    dt.datetime(2026, 11, 27, 15),
    "Review and reset",
    "What shipped, what slipped.",
    "leadjournal:weekly-plan?step=6",
)


def stop(process: subprocess.Popen[str]) -> None:
    process.terminate()
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=5)
    if process.stdout is not None:
        process.stdout.close()


@pytest.fixture
def private_bus(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A session bus of our own for this test, stopped by PID afterwards."""
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    assert address.startswith("unix:"), address
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    yield address
    stop(daemon)


@pytest.fixture
def tray_host(qtbot: QtBot, private_bus: str) -> Iterator[subprocess.Popen[str]]:
    assert os.environ.get("DISPLAY"), "the real-display tests run under Xvfb"
    trayer = subprocess.Popen(
        [
            "trayer",
            "--edge",
            "top",
            "--align",
            "right",
            "--widthtype",
            "request",
            "--height",
            "32",
            "--SetDockType",
            "true",
            "--transparent",
            "false",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    qtbot.waitUntil(QSystemTrayIcon.isSystemTrayAvailable, timeout=10000)
    yield trayer
    stop(trayer)


@pytest.fixture
def notification_server(private_bus: str) -> Iterator[subprocess.Popen[str]]:
    """dunst on the private bus, plus a dbus-monitor that records every Notify call."""
    assert shutil.which("dunst"), "apt install dunst"
    dunst = subprocess.Popen(
        ["dunst"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, text=True
    )
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        names = subprocess.run(
            [
                "dbus-send",
                "--session",
                "--print-reply",
                "--dest=org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus.ListNames",
            ],
            capture_output=True,
            text=True,
            check=False,
        ).stdout
        if "org.freedesktop.Notifications" in names:
            break
        time.sleep(0.1)
    else:
        stop(dunst)
        pytest.fail("dunst did not take the notifications name on the bus")
    yield dunst
    stop(dunst)


open_session = open_demo_session


def visible_balloons() -> list[QWidget]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if w.metaObject().className() == "QBalloonTip" and w.isVisible()
    ]


def test_tray_icon_and_balloon_on_a_real_tray(
    qtbot: QtBot, tmp_path: Path, tray_host: subprocess.Popen[str]
) -> None:
    session = open_session(qtbot, tmp_path, dt.datetime(2026, 11, 27, 14, 59))
    try:
        assert session.tray is not None and session.scheduler is not None
        qtbot.waitUntil(lambda: session.tray is not None and session.tray.icon.isVisible())
        assert session.notifier is not None and session.notifier.name == "tray balloon"
        assert not QApplication.quitOnLastWindowClosed()
        # Closing the window hides it to the tray (and says so, once).
        session.window.close()
        assert not session.window.isVisible()
        # The reminder comes due: Qt's balloon appears, naming it.
        clock = session.scheduler.clock
        assert isinstance(clock, FakeClock)
        clock.advance(dt.timedelta(minutes=2))
        session.scheduler.sync()
        qtbot.waitUntil(
            lambda: any(
                "Review and reset" in [label.text() for label in b.findChildren(QLabel)]
                for b in visible_balloons()
            ),
            timeout=5000,
        )
        [balloon] = [
            b
            for b in visible_balloons()
            if "Review and reset" in [label.text() for label in b.findChildren(QLabel)]
        ]
        assert shiboken6.isValid(balloon)
        qtbot.wait(300)
        QTest.mouseClick(balloon, Qt.MouseButton.LeftButton)
        # Clicking it opens the window on the Friday review.
        qtbot.waitUntil(session.window.isVisible, timeout=5000)
        assert session.window.tabs.currentWidget() is session.window.weekly_plan
        assert session.window.weekly_plan.current_step() == 6
        # The menu is rebuilt on opening and names the next reminder.
        session.tray.rebuild()
        texts = [a.text() for a in session.tray.menu.actions()]
        assert texts[0] == "Open LeadJournal" and texts[-1] == "Quit LeadJournal"
        assert any(t.startswith("Next reminder: ") for t in texts)
        assert "Pause reminders for today" in texts
    finally:
        session.close()


def test_without_a_tray_reminders_arrive_as_desktop_notifications(
    qtbot: QtBot, tmp_path: Path, notification_server: subprocess.Popen[str], private_bus: str
) -> None:
    assert not QSystemTrayIcon.isSystemTrayAvailable()
    monitor = subprocess.Popen(
        [
            "dbus-monitor",
            "--address",
            private_bus,
            "type='method_call',interface='org.freedesktop.Notifications',member='Notify'",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        notifier = choose_notifier(None)
        assert isinstance(notifier, DBusNotifier)
        assert notifier.supports_actions  # dunst offers actions: Open and the snoozes
        opened: list[Reminder] = []
        notifier.activated.connect(opened.append)
        time.sleep(0.3)  # let dbus-monitor subscribe
        notifier.notify(REVIEW)
        lines: list[str] = []
        stdout = monitor.stdout
        assert stdout is not None  # stdout=PIPE above
        reader = threading.Thread(
            target=lambda: lines.extend(iter(stdout.readline, "")), daemon=True
        )
        reader.start()
        qtbot.waitUntil(
            lambda: any("What shipped, what slipped." in line for line in lines), timeout=10000
        )
        received = "".join(lines)
        assert 'string "Review and reset"' in received  # what the server was sent
        assert 'string "What shipped, what slipped."' in received
        assert 'string "snooze:10"' in received
        # Choosing the notification's default action opens the reminder's place.
        subprocess.run(["dunstctl", "action", "0"], check=False, capture_output=True)
        qtbot.waitUntil(lambda: bool(opened), timeout=5000)
        assert opened[0].key == REVIEW.key
        notifier.close()
    finally:
        stop(monitor)
