""" "Need words?": a quiet button beside an editor that shows a few sample phrasings for
a hard-to-word moment (recognition, delegation, saying no, a hard conversation)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from leadjournal.i18n import tr
from leadjournal.services.playbook_text import PHRASINGS
from leadjournal.ui import theme


class PhrasingHint(QWidget):
    """Sample words, hidden until asked for; a second click hides them again."""

    def __init__(self, topic: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.topic = topic
        phrasings = PHRASINGS[topic]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.button = QPushButton(tr("Need words?"))
        theme.set_role(self.button, "quiet")
        self.button.setCheckable(True)
        self.button.setAutoDefault(False)  # Enter in a dialog's field still means its OK
        # In a dialog, Enter still means the dialog's own OK, never "show me words".
        self.button.setAutoDefault(False)
        self.button.setToolTip(tr("Show a few ways to say it"))
        self.button.toggled.connect(self._show)
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addLayout(row)
        lines = [tr(phrasings.lead_in)] + [f"• {tr(example)}" for example in phrasings.examples]
        self.words = QLabel("\n".join(lines))
        self.words.setWordWrap(True)
        theme.set_role(self.words, "caption")
        self.words.setAccessibleName(tr("Sample phrasings"))
        self.words.hide()
        layout.addWidget(self.words)

    def _show(self, shown: bool) -> None:
        self.words.setVisible(shown)
        self.button.setText(tr("Hide the examples") if shown else tr("Need words?"))

    def shown_text(self) -> str:
        return self.words.text() if self.words.isVisible() else ""
