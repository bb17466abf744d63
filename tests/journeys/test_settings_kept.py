"""Settings a person chooses are kept: the reminders they switch off or move, quiet hours,
working days and how backups are kept, across a restart of the app."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from leadjournal.ui.settings import SettingsDialog

from .conftest import Journey, welcome_answers


def _save(journey: Journey, dialog: SettingsDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    save = box.button(QDialogButtonBox.StandardButton.Save)
    journey.qtbot.mouseClick(save, Qt.MouseButton.LeftButton)


def test_reminder_choices_and_quiet_hours_survive_a_restart(journey: Journey) -> None:
    window = journey.open(welcome_answers())
    seen: dict[str, object] = {}

    def choose(widget: QWidget) -> None:
        assert isinstance(widget, SettingsDialog)
        review, _day, _when = widget.loop_rows["review"]
        assert review.text() == "Review and reset" and review.isChecked()
        # On the box itself: the row is wider than its words.
        on_box = QPoint(6, review.height() // 2)
        journey.qtbot.mouseClick(review, Qt.MouseButton.LeftButton, pos=on_box)  # no Friday one
        _box, checkin_day, checkin_time = widget.loop_rows["checkin"]
        assert checkin_day is not None
        checkin_day.setCurrentIndex(2)  # Wednesday instead of Tuesday
        checkin_time.setTime(QTime(9, 45))
        journey.qtbot.mouseClick(widget.quiet, Qt.MouseButton.LeftButton)
        widget.keep_daily.setValue(14)
        seen["shot"] = journey.shot("settings-reminders-1280", widget)
        _save(journey, widget)

    journey.answer(choose)
    window.settings_action.trigger()
    journey.qtbot.waitUntil(lambda: "shot" in seen, timeout=5000)

    journey.next_morning()
    shown: dict[str, object] = {}

    def look(widget: QWidget) -> None:
        assert isinstance(widget, SettingsDialog)
        review, _day, _when = widget.loop_rows["review"]
        _box, checkin_day, checkin_time = widget.loop_rows["checkin"]
        assert checkin_day is not None
        shown.update(
            review=review.isChecked(),
            checkin=(checkin_day.currentText(), checkin_time.time().toString("HH:mm")),
            quiet=(
                widget.quiet.isChecked(),
                widget.quiet_start.time().toString("HH:mm"),
                widget.quiet_end.time().toString("HH:mm"),
            ),
            keep_daily=widget.keep_daily.value(),
            working_days=[box.isChecked() for box in widget.days],
        )
        widget.resize(1024, 700)
        journey.shot("settings-reminders-1024", widget)
        widget.reject()

    journey.answer(look)
    journey.window.settings_action.trigger()
    journey.qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown == {
        "review": False,
        "checkin": ("Wednesday", "09:45"),
        "quiet": (True, "21:00", "07:30"),
        "keep_daily": 14,
        "working_days": [True] * 5 + [False] * 2,
    }
    # The next reminder (what the tray names) is the moved check-in, on Wednesday.
    assert journey.session is not None and journey.session.scheduler is not None
    upcoming = journey.session.scheduler.next
    assert upcoming is not None
    assert (upcoming.title, upcoming.due) == ("15-minute check-in", dt.datetime(2026, 12, 2, 9, 45))
