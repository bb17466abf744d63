"""Quick capture from the tray: a thought, kept as a lesson or a note, or added to today's
reflection, in a few seconds."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from leadjournal import clock
from leadjournal.i18n import tr
from leadjournal.services.capture import add_to_reflection, keep_capture, parse_capture
from leadjournal.text import split_capture
from leadjournal.ui import theme

if TYPE_CHECKING:
    from leadjournal.db.repositories import Repositories


class QuickCaptureDialog(QDialog):
    """Text and tags; Ctrl+Enter saves and closes. Notes are lessons tagged "note"."""

    def __init__(
        self,
        repositories: Repositories,
        today: Callable[[], dt.date] = clock.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.repos = repositories
        self.today = today
        self.saved_id: int | None = None
        self.saved_title = ""
        self.setWindowTitle(tr("Quick capture"))
        self.resize(460, 260)
        layout = QVBoxLayout(self)
        self.text = QPlainTextEdit()
        theme.set_role(self.text, "editor")  # the user's own words
        self.text.setUndoRedoEnabled(True)
        self.text.setAccessibleName(tr("What do you want to keep?"))
        self.text.setPlaceholderText(
            tr("What happened, or what you learned — the first line becomes the title")
        )
        self.text.setTabChangesFocus(True)
        layout.addWidget(self.text, 1)
        self.tags = QLineEdit()
        self.tags.setAccessibleName(tr("Tags"))
        self.tags.setPlaceholderText(tr("Tags, comma-separated (optional)"))
        layout.addWidget(self.tags)
        row = QHBoxLayout()
        self.as_lesson = QRadioButton(tr("Lesson"))
        self.as_note = QRadioButton(tr("Note"))
        self.as_reflection = QRadioButton(tr("Today's reflection"))
        self.as_reflection.setToolTip(tr("Adds the words to today's daily reflection"))
        self.as_lesson.setChecked(True)
        row.addWidget(self.as_lesson)
        row.addWidget(self.as_note)
        row.addWidget(self.as_reflection)
        row.addStretch(1)
        self.hint = QLabel(tr("Ctrl+Enter to save"))
        theme.set_role(self.hint, "caption")
        row.addWidget(self.hint)
        self.save_button = QPushButton(tr("Save"))
        self.save_button.setDefault(True)
        theme.set_role(self.save_button, "primary")
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.save)
        # The text box would take Ctrl+Enter as typing; catch it there first.
        self.text.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.text
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.save()
            return True
        return super().eventFilter(watched, event)

    def save(self) -> None:
        """Keep the text (nothing is kept when it is empty) and close."""
        if self.as_reflection.isChecked():
            words = split_capture(self.text.toPlainText())
            kept = add_to_reflection(
                self.repos, self.text.toPlainText(), [self.tags.text()], self.today()
            )
            if words is None or kept is None:
                self._nothing_to_keep()
                return
            self.saved_title = words[0]
            self.saved_id = kept
            self.accept()
            return
        capture = parse_capture(
            self.text.toPlainText(), [self.tags.text()], note=self.as_note.isChecked()
        )
        if capture is None:  # nothing visible to keep (spaces, zero-width characters)
            self._nothing_to_keep()
            return
        self.saved_title = capture.title
        self.saved_id = keep_capture(self.repos, capture, self.today())
        self.accept()

    def _nothing_to_keep(self) -> None:
        self.hint.setText(tr("Nothing to keep yet: write a few words."))
        self.text.setFocus()

    def confirmation(self) -> str:
        """What was kept and where, in one sentence: "Saved to Lessons Learned: “…”"."""
        if self.as_reflection.isChecked():
            text = tr("Added to today's reflection: “{0}”")
        elif self.as_note.isChecked():
            text = tr("Saved as a note in Lessons Learned: “{0}”")
        else:
            text = tr("Saved to Lessons Learned: “{0}”")
        title = self.saved_title
        if len(title) > 60:  # a status line and a balloon are short
            title = title[:59].rstrip() + "…"
        return text.format(title)
