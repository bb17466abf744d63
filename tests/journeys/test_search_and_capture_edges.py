"""A long paste into the search box keeps the window responsive; a quick capture of
nothing visible is refused with a sentence, not kept."""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from leadjournal.ui.search import SearchDialog
from tests.journeys.conftest import Journey, welcome_answers
from tests.lookup import child


def test_pasting_800_words_into_search_answers_quickly(qtbot: QtBot, journey: Journey) -> None:
    window = journey.open(welcome_answers())
    repos = journey.repositories
    everyday = "a an and ask after all about as at be been but by can do each every for had"
    for number in range(20):
        repos.lessons.add(
            dt.date(2026, 11, 30),
            title=f"Rota lesson {number}",
            what_happened=f"{everyday} {everyday}",
        )
    # 805 short words, each matching nearly everything: 20-30 s of search before.
    pasted = " ".join("a b c d e f h".split() * 115)
    seen: dict[str, Any] = {}

    def paste_and_wait(dialog: QWidget) -> None:
        assert isinstance(dialog, SearchDialog)
        box = child(dialog, QLineEdit)
        status = dialog.status
        QApplication.clipboard().setText(pasted)
        started = time.monotonic()
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: status.text().startswith("Nothing found"), timeout=10000)
        seen["seconds"] = time.monotonic() - started
        seen["status"] = status.text()
        seen["width"] = dialog.width()
        seen["shot"] = journey.shot("search-long-paste", dialog)
        box.clear()
        qtbot.keyClicks(box, "rota lesson 7")
        qtbot.waitUntil(lambda: "result" in status.text(), timeout=5000)
        seen["after"] = status.text()
        dialog.reject()

    journey.answer(paste_and_wait)
    window.find_action.trigger()  # Edit → Search the journal (Ctrl+K)
    assert "after" in seen
    assert seen["seconds"] < 3  # was 20–30 s with every word searched
    assert seen["status"] == f"Nothing found for “{pasted[:59]}…”."  # one letter finds nothing
    assert seen["width"] <= 1280  # the long paste does not stretch the dialog off the screen
    assert seen["after"].startswith("1 result")


def test_a_quick_capture_of_invisible_characters_is_refused(qtbot: QtBot, journey: Journey) -> None:
    journey.open(welcome_answers())
    session = journey.session
    assert session is not None
    seen: dict[str, Any] = {}

    def type_nothing_visible(dialog: QWidget) -> None:
        assert isinstance(dialog, QDialog)
        text = child(dialog, QPlainTextEdit)
        text.setPlainText("\u200b\u200b \u2060\n\ufeff")
        qtbot.keyClick(text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        seen["open"] = dialog.isVisible()
        seen["hint"] = [label.text() for label in dialog.findChildren(QLabel)]
        seen["shot"] = journey.shot("quick-capture-invisible", dialog)
        dialog.reject()

    journey.answer(type_nothing_visible)
    QTimer.singleShot(0, session.quick_capture)
    qtbot.waitUntil(lambda: "open" in seen, timeout=10000)
    assert seen["open"] is True
    assert "Nothing to keep yet: write a few words." in seen["hint"]
    assert journey.repositories.lessons.find() == []
