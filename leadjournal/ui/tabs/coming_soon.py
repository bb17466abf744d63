"""A calm placeholder for a tab that is still loading or not built yet."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    """A centred headline and one sentence; used while a tab is loading or not built.

    ``painted`` fires after its first paint: the window is then really on screen, and
    slower work (opening the journal) can start without holding the first picture back.
    """

    painted = Signal()

    def __init__(self, headline: str, sentence: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        # Roles, set before the first polish: the theme sizes the headline and centres
        # both lines (centring by an alignment flag here would first use the Qt
        # namespace's enums, which costs a noticeable moment at start-up).
        self.setProperty("role", "placeholder-page")
        self.headline = QLabel(headline)
        self.headline.setProperty("role", "title")
        self.sentence = QLabel(sentence)
        self.sentence.setWordWrap(True)
        layout.setContentsMargins(80, 24, 80, 24)
        for label in (self.headline, self.sentence):
            layout.addWidget(label)
        layout.addStretch(3)
        self._painted_once = False

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted_once:
            self._painted_once = True
            self.painted.emit()
