"""Writing is comfortable: every editor of the user's own words looks like one and undoes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.helpers import open_demo_session


def _writing_editors(root: QWidget) -> list[QPlainTextEdit | QTextEdit]:
    editors: list[QPlainTextEdit | QTextEdit] = [
        *root.findChildren(QPlainTextEdit),
        *root.findChildren(QTextEdit),
    ]
    return [editor for editor in editors if not editor.isReadOnly()]


def test_every_multi_line_editor_is_a_writing_editor_with_undo(
    qtbot: QtBot, tmp_path: Path
) -> None:
    session = open_demo_session(qtbot, tmp_path, dt.datetime(2026, 11, 27, 8))
    window = session.window
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    # Build every tab, every Weekly Plan step and every section of a person's page.
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        page: Any = window.tabs.currentWidget()
        if hasattr(page, "step_list"):
            for row in range(page.step_list.count()):
                page.show_step(row)
        if hasattr(page, "sections"):
            for section in range(page.sections.count()):
                page.sections.setCurrentIndex(section)
    editors = _writing_editors(window)
    assert len(editors) >= 20  # lessons, coaching notes, review, feedback, practice…
    plain = [
        e.accessibleName() or e.objectName() for e in editors if e.property("role") != "editor"
    ]
    assert plain == []
    assert all(editor.isUndoRedoEnabled() for editor in editors)
    # Ctrl+Z in a lesson brings back what was there before the typing.
    window.tabs.setCurrentIndex(2)
    editor = window.lessons.what_happened
    qtbot.waitUntil(editor.isVisible)
    before = editor.toPlainText()
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " and then it rained")
    assert editor.toPlainText() == before + " and then it rained"
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == before
    session.close()
