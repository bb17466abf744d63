"""Reminders in the window: the banner, snooze, quick capture, Settings, closing, autostart."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from leadjournal.db.repositories import Repositories
from leadjournal.services import autostart
from leadjournal.services.reminder_text import Reminder
from leadjournal.services.reminders import load_settings
from leadjournal.ui.notifications import BannerNotifier, ReminderBanner, choose_notifier
from leadjournal.ui.quick_capture import QuickCaptureDialog
from leadjournal.ui.settings import SettingsDialog
from tests.test_scheduler import FakeClock
from tests.ui.helpers import open_demo_session

REVIEW = Reminder(
    "review@2026-11-27",
    "review",
    dt.datetime(2026, 11, 27, 15),
    "Review and reset",
    "What shipped, what slipped.",
    "leadjournal:weekly-plan?step=6",
)


open_session = open_demo_session


def test_a_due_reminder_shows_in_the_banner_and_opens_its_place(
    qtbot: QtBot, tmp_path: Path
) -> None:
    session = open_session(qtbot, tmp_path, dt.datetime(2026, 11, 27, 14, 59))
    assert session.scheduler is not None and session.notifier is not None
    assert session.notifier.name in (
        "in-window banner",
        "tray balloon",
        "desktop notification (D-Bus)",
    )
    clock = session.scheduler.clock
    assert isinstance(clock, FakeClock)
    clock.advance(dt.timedelta(minutes=2))
    session.scheduler.sync()
    banner = session.window.banner
    assert banner.isVisible()
    assert "Review and reset" in banner.text.text()
    qtbot.mouseClick(banner.open_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    assert session.window.tabs.currentWidget() is session.window.weekly_plan
    assert session.window.weekly_plan.current_step() == 6
    session.close()


def test_snoozing_from_the_banner(qtbot: QtBot, tmp_path: Path) -> None:
    session = open_session(qtbot, tmp_path, dt.datetime(2026, 11, 27, 15, 1))
    scheduler = session.scheduler
    assert scheduler is not None
    banner = session.window.banner
    banner.show_reminder(REVIEW)
    qtbot.mouseClick(banner.snooze_buttons[1], Qt.MouseButton.LeftButton)  # 1 hour
    assert scheduler.next is not None and scheduler.next.key == REVIEW.key
    assert scheduler.next.due == dt.datetime(2026, 11, 27, 16, 1)
    session.close()


def test_missed_reminders_are_listed_together(qtbot: QtBot) -> None:
    banner = ReminderBanner()
    qtbot.addWidget(banner)
    banner.show()
    other = Reminder(
        "checkin@2026-11-24",
        "checkin",
        dt.datetime(2026, 11, 24, 10),
        "15-minute check-in",
        "",
        "leadjournal:weekly-plan?step=3",
    )
    banner.show_reminder(other, missed=[other, REVIEW])
    # One quiet line; the reminders themselves on request, each opening its place.
    assert banner.text.text() == "2 reminders while you were away"
    assert not banner.details.isVisible() and not banner.open_button.isVisible()
    assert not any(button.isVisible() for button in banner.snooze_buttons)
    opened: list[Reminder] = []
    banner.open_requested.connect(opened.append)
    qtbot.mouseClick(banner.details_button, Qt.MouseButton.LeftButton)
    lines = [b.text() for b in banner.details.findChildren(QPushButton)]
    assert lines == ["• 15-minute check-in (Tue 10:00)", "• Review and reset (Fri 15:00)"]
    assert banner.details_button.text() == "Hide them"
    qtbot.mouseClick(banner.details.findChildren(QPushButton)[1], Qt.MouseButton.LeftButton)
    assert opened == [REVIEW] and not banner.isVisible()
    banner.show_reminder(REVIEW, missed=[REVIEW])  # just one: said in full, with Open
    assert banner.text.text() == "<b>While you were away:</b> Review and reset (Fri 15:00)"
    assert banner.open_button.isVisible() and not banner.details_button.isVisible()


def test_without_a_tray_or_notification_server_the_banner_is_chosen(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    assert isinstance(choose_notifier(None), BannerNotifier)


def test_quick_capture_keeps_a_lesson_or_a_note(qtbot: QtBot, repos: Repositories) -> None:
    dialog = QuickCaptureDialog(repos, today=lambda: dt.date(2026, 11, 27))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and repos.lessons.count() == 0  # nothing to keep yet
    dialog.text.setPlainText("Ask who decides before the meeting\nRefund meeting went round")
    dialog.tags.setText("meetings")
    dialog.as_note.setChecked(True)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    [lesson] = repos.lessons.find()
    assert lesson.title == "Ask who decides before the meeting"
    assert lesson.what_happened == "Refund meeting went round"
    assert lesson.tags == "note, meetings, capture"


def test_settings_move_a_reminder_and_set_quiet_hours(
    qtbot: QtBot, repos: Repositories, isolated_home: Path
) -> None:
    dialog = SettingsDialog(repos)
    qtbot.addWidget(dialog)
    _box, day, when = dialog.loop_rows["review"]
    assert day is not None and day.currentIndex() == 4 and when.time() == QTime(15, 0)
    day.setCurrentIndex(3)  # Thursday
    when.setTime(QTime(16, 30))
    dialog.loop_rows["checkin"][0].setChecked(False)
    dialog.quiet.setChecked(True)
    dialog.prep_minutes.setValue(30)
    dialog.autostart.setChecked(True)
    dialog.save()
    settings = load_settings(repos)
    assert settings.loop["review"] == {"enabled": True, "time": "16:30", "day": 3}
    assert settings.loop["checkin"]["enabled"] is False
    assert (settings.quiet_start, settings.quiet_end) == (dt.time(21), dt.time(7, 30))
    assert settings.prep_minutes == 30
    entry = (
        isolated_home
        / "xdg_config_home"
        / "autostart"
        / "io.github.leadjournal.LeadJournal.desktop"
    )
    assert entry.exists() and "--minimized" in entry.read_text()


def test_autostart_entry_on_linux(isolated_home: Path) -> None:
    assert not autostart.is_enabled()
    path = autostart.enable(["/usr/bin/leadjournal", "--minimized"])
    assert path == isolated_home / "xdg_config_home" / "autostart" / (
        "io.github.leadjournal.LeadJournal.desktop"
    )
    text = path.read_text(encoding="utf-8")
    assert "Exec=/usr/bin/leadjournal --minimized\n" in text
    assert text.startswith("[Desktop Entry]\nType=Application\n")
    assert autostart.is_enabled()
    autostart.disable()
    assert not autostart.is_enabled() and not path.exists()


def test_closing_without_a_tray_asks_once(qtbot: QtBot, tmp_path: Path) -> None:
    session = open_session(qtbot, tmp_path, dt.datetime(2026, 11, 27, 8))
    window = session.window
    window.tray_available = False
    asked: list[str] = []
    window.ask_close_without_tray = lambda: asked.append("asked") or "keep"  # type: ignore[func-returns-value]
    window.close()
    assert window.isVisible() and window.isMinimized()
    window.showNormal()
    window.close()
    assert asked == ["asked"]  # the answer is remembered
    assert session.repositories.settings.get("close_without_tray") == "keep"  # type: ignore[union-attr]
    session.close()
    assert not window.isVisible()
