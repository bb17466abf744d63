"""What a page shows before there is anything on it: a picture, one sentence, one button.

A first-time supervisor meets every page empty. Instead of a blank table the page says
what goes here and why, and offers the one action that starts it. The page shows the
empty state while it has nothing and hides it as soon as it has something
(``show_when(empty)``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from leadjournal.ui import theme
from leadjournal.ui.icons import icon

PICTURE_SIZE = 64


class EmptyState(QFrame):
    """An icon, one plain sentence and the one button that starts the page."""

    def __init__(
        self,
        picture: str,
        sentence: str,
        action_text: str,
        action: Callable[[], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        theme.set_role(self, "empty-state")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        layout.addStretch(2)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._picture_name = picture
        self._draw_picture()
        theme.theme().changed.connect(self._draw_picture)  # light ↔ dark: new colour
        self.picture.setAccessibleName(" ")  # decoration: screen readers read the sentence
        layout.addWidget(self.picture)
        self.sentence = QLabel(sentence)
        self.sentence.setWordWrap(True)
        self.sentence.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        # A wrapped label needs its full row to get its height right: keep it in the
        # middle with stretches on both sides rather than an alignment flag.
        self.sentence.setMaximumWidth(560)  # a comfortable line, even on a wide window
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.sentence, 4)
        row.addStretch(1)
        layout.addLayout(row)
        self._details_at = layout.count()  # extra lines go under the sentence
        self.button = QPushButton(action_text)
        theme.set_role(self.button, "primary")
        self.button.clicked.connect(lambda: action())
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)

    def _draw_picture(self) -> None:
        self.picture.setPixmap(icon(self._picture_name).pixmap(QSize(PICTURE_SIZE, PICTURE_SIZE)))

    def add_detail(self, label: QLabel) -> None:
        """A line the page fills in under the sentence (what it already knows)."""
        label.setMaximumWidth(560)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(label, 4)
        row.addStretch(1)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(self._details_at, row)
        self._details_at += 1

    def show_when(self, empty: bool) -> None:
        """Show while the page has nothing; hidden once there is something."""
        self.setVisible(empty)
