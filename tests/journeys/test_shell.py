"""The application shell: a thought kept from the tray lands in Lessons Learned, the tab
shortcuts and links lead there, and the File menu's export holds it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QLineEdit, QPlainTextEdit, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from leadjournal.ui.tab_builder import Tab
from tests.journeys.conftest import Journey, welcome_answers
from tests.lookup import child


def test_a_note_kept_from_the_tray_is_in_lessons_learned_and_in_the_export(
    qtbot: QtBot, journey: Journey, tmp_path: Path
) -> None:
    window = journey.open(welcome_answers())
    session = journey.session
    assert session is not None
    seen: dict[str, Any] = {}

    def type_a_note(dialog: QWidget) -> None:
        assert isinstance(dialog, QDialog)
        text = child(dialog, QPlainTextEdit)
        qtbot.keyClicks(text, "Ask Jonas before the rota")
        qtbot.keyClick(text, Qt.Key.Key_Return)
        qtbot.keyClicks(text, "He knew about the holiday clash.")
        qtbot.keyClicks(child(dialog, QLineEdit), "rota, people")
        note = next(b for b in dialog.findChildren(QRadioButton) if b.text() == "Note")
        qtbot.mouseClick(note, Qt.MouseButton.LeftButton)
        seen["shot"] = journey.shot("quick-capture-note", dialog)
        qtbot.keyClick(text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        seen["closed"] = not dialog.isVisible()

    journey.answer(type_a_note)
    QTimer.singleShot(0, session.quick_capture)  # the tray's "Quick capture…"
    qtbot.waitUntil(lambda: "closed" in seen, timeout=10000)
    assert seen["closed"]
    assert window.statusBar().currentMessage() == (
        "Saved as a note in Lessons Learned: “Ask Jonas before the rota”"
    )

    # Ctrl+3 (View → Lessons Learned) shows it, with what happened and its tags.
    window.tab_actions[Tab.LESSONS].trigger()
    assert window.tabs.currentIndex() == Tab.LESSONS
    assert window.tabs.tabText(Tab.LESSONS) == "Lessons Learned"
    lessons = window.lessons
    model = lessons.view.model()
    rows = [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]
    assert len(rows) == 1 and "Ask Jonas before the rota" in rows[0]
    lesson = journey.repositories.lessons.find()[0]
    window.open_link(f"leadjournal:lessons?lesson={lesson.id}")
    assert lessons.title.text() == "Ask Jonas before the rota"
    assert lessons.tags.text() == "note, rota, people, capture"
    journey.shot("quick-capture-in-lessons")

    # File → Export… (JSON) holds it.
    target = tmp_path / "mine.json"
    window.file_actions.choose_export_path = lambda *_: (
        str(target),
        window.file_actions.EXPORT_FILTERS[0][0],
    )
    window.export_action.trigger()
    qtbot.waitUntil(target.exists, timeout=10000)
    exported = json.loads(target.read_text(encoding="utf-8"))
    assert "He knew about the holiday clash." in json.dumps(exported, ensure_ascii=False)
    assert window.statusBar().currentMessage() == f"Exported to {target}"
