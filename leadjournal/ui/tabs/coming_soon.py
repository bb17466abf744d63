"""A calm placeholder for a tab whose feature hasn't landed yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    """A centred headline and one sentence; used while a tab is loading or not built."""

    def __init__(self, headline: str, sentence: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        self.headline = QLabel(headline)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.headline.setFont(font)
        self.sentence = QLabel(sentence)
        self.sentence.setWordWrap(True)
        layout.setContentsMargins(80, 24, 80, 24)
        for label in (self.headline, self.sentence):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            layout.addWidget(label)
        layout.addStretch(3)
