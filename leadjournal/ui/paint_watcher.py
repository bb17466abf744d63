"""Work that waits for a widget's first paint, so the view the user opened comes first."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# When a paint never comes (a window covered or minimised by the desktop), work waiting
# for one starts after this long anyway.
PAINT_FALLBACK_MS = 1000


class PaintWatcher(QObject):
    """Runs ``callback`` once, on the event-loop turn after ``widget`` is first painted."""

    def __init__(self, widget: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(widget)
        self._widget: QWidget | None = widget
        self._callback: Callable[[], object] | None = callback
        widget.installEventFilter(self)
        QTimer.singleShot(PAINT_FALLBACK_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._run)  # not inside the paint itself
        return False

    def _run(self) -> None:
        callback, self._callback = self._callback, None
        if self._widget is not None:
            self._widget.removeEventFilter(self)
            self._widget = None
        self.deleteLater()  # its pending fallback timer goes with it
        if callback is not None:
            callback()
