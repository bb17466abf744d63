"""The Qt binding itself must survive a long session of ordinary use."""

from __future__ import annotations

import sys

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLabel
from pytestqt.qtbot import QtBot


def test_calling_widgets_does_not_use_up_references_to_none(qtbot: QtBot) -> None:
    # PySide6 6.12.0 on Python 3.11 lost one reference to None per void call; the app
    # aborted ("deallocating None") after a few thousand edits. pyproject caps the version.
    label, date_edit = QLabel(), QDateEdit()
    qtbot.addWidget(label)
    qtbot.addWidget(date_edit)
    before = sys.getrefcount(None)
    for day in range(1, 2001):
        label.setText(f"Edit {day}")
        date_edit.setDate(QDate(2026, 1, 1).addDays(day))
    assert sys.getrefcount(None) - before > -100
