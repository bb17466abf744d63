"""Words and dates on a journal of one's own: a decision logged on Thursday reads
"Thu 3 Dec 2026", a quick capture says where it went, "decision" finds decisions with
plain snippets, and the window's title names the app once."""

from __future__ import annotations

import html
import re
import subprocess
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from leadjournal.ui.saving import AUTOSAVE_DELAY_MS
from tests.journeys.conftest import Journey, open_step, welcome_answers
from tests.lookup import cell, child
from tests.test_words_and_dates import c_locale  # noqa: F401 (a fixture)


def shown_title(qtbot: QtBot, widget: QWidget) -> str:
    """The title as the desktop shows it: Qt adds " — LeadJournal" (the app's display
    name) to any title that does not already end with it."""
    if QApplication.platformName() != "xcb":
        return widget.windowTitle()
    # Asked while Qt keeps running its event loop: X may wait on the app meanwhile.
    asking = subprocess.Popen(
        ["xprop", "-id", str(int(widget.winId())), "_NET_WM_NAME"],
        stdout=subprocess.PIPE,
        encoding="utf-8",
    )
    qtbot.waitUntil(lambda: asking.poll() is not None, timeout=20000)
    out = asking.communicate()[0]
    found = re.search(r'= "(.*)"', out)
    assert found, out
    return found.group(1)


def plain(label_html: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", label_html))


@pytest.mark.usefixtures("c_locale")
def test_words_and_dates_on_ones_own_journal(qtbot: QtBot, journey: Journey) -> None:
    window = journey.open(welcome_answers())
    window.show()
    qtbot.waitExposed(window)

    assert shown_title(qtbot, window) == "LeadJournal"

    # Thursday: plan the week, then log a decision in Align.
    window = journey.next_morning(days=3)
    window.show()
    qtbot.waitExposed(window)
    weekly = window.weekly_plan
    if weekly.body.currentWidget() is weekly.empty_state:
        qtbot.mouseClick(weekly.plan_button, Qt.MouseButton.LeftButton)
    open_step(journey, weekly, 5)
    align = weekly.align
    assert align.decided_on.text() == "Thu 3 Dec 2026"
    qtbot.keyClicks(align.decision, "Stand-up moves to 09:30")
    qtbot.keyClicks(align.reason, "Two people start late on Thursdays")
    qtbot.keyClick(align.decision, Qt.Key.Key_Return)
    assert cell(align.table, 0, 0).text() == "Thu 3 Dec 2026"
    assert cell(align.table, 0, 2).text() == "Stand-up moves to 09:30"  # after its kind
    journey.shot("decision-log-thursday")
    window.resize(1024, 700)
    journey.shot("decision-log-thursday-1024")
    window.resize(1280, 800)

    # A stakeholder update with Markdown in it, kept as typed.
    align.update_text.setPlainText("## Decisions\n- **Stand-up** moves to [09:30](https://x.y)\n")
    qtbot.wait(AUTOSAVE_DELAY_MS + 300)
    window.flush_pending_edits()

    # Quick capture from the tray's "Quick capture…": it says what it kept and where.
    session = journey.session
    assert session is not None

    def capture(dialog: QWidget) -> None:
        text = child(dialog, QPlainTextEdit)
        qtbot.keyClicks(text, "Decide in the open, then write down why")
        qtbot.keyClick(text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    journey.answer(capture)
    start_capture = session.tray.capture_requested.emit if session.tray else session.quick_capture
    QTimer.singleShot(0, start_capture)
    qtbot.waitUntil(
        lambda: (
            window.statusBar().currentMessage() != ""
            and "Lessons" in window.statusBar().currentMessage()
        ),
        timeout=10000,
    )
    assert window.statusBar().currentMessage() == (
        "Saved to Lessons Learned: “Decide in the open, then write down why”"
    )
    journey.shot("quick-capture-confirmed")

    # Search "decision": the decision row first, its snippet plain words.
    seen: dict[str, Any] = {}

    def search(dialog: QWidget) -> None:
        assert isinstance(dialog, QDialog)
        box = child(dialog, QLineEdit)
        results = child(dialog, QListWidget)
        qtbot.keyClicks(box, "decision")
        qtbot.waitUntil(lambda: results.count() > 1, timeout=5000)
        seen["placeholder"] = box.placeholderText()
        seen["rows"] = [
            results.item(row).text() or plain(results.itemWidget(results.item(row)).text())  # type: ignore[attr-defined]
            for row in range(results.count())
        ]
        seen["shot"] = journey.shot("search-decision", dialog)
        dialog.reject()

    journey.answer(search)
    QTimer.singleShot(0, window.find_action.trigger)  # Edit → Search…
    qtbot.waitUntil(lambda: "rows" in seen, timeout=10000)
    rows = seen["rows"]
    assert rows[0] == "Decisions"
    assert rows[1].startswith("Stand-up moves to 09:30 Two people start late on Thursdays")
    assert "decision" in seen["placeholder"]
    # The stakeholder update matches too, later, as plain words.
    update = next(
        row
        for row in rows
        if "Stand-up moves to 09:30 —" in row or row.startswith("Decisions Stand-up")
    )
    for markup in ("##", "**", "](", "- "):
        assert markup not in update

    # Closing the window on a desktop without a tray asks once, naming the app once: the
    # desktop adds " — LeadJournal" to the title itself.
    if session.tray is None:
        titles: list[str] = []

        def keep_running(dialog: QWidget) -> None:
            titles.append(shown_title(qtbot, dialog))
            keep = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Keep running")
            qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)

        journey.answer(keep_running)
        QTimer.singleShot(0, window.close)
        qtbot.waitUntil(lambda: bool(titles), timeout=10000)
        assert titles[0].count("LeadJournal") == 1, titles
