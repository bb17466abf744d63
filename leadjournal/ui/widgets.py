"""Small reusable widgets: the sparkline and the tracker's board columns."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QSize, Qt, Signal
from PySide6.QtGui import QDropEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QWidget

from leadjournal.ui import theme


class Sparkline(QWidget):
    """A tiny line of values between 0 and 1 (None leaves a gap)."""

    def __init__(self, caption: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: list[float | None] = []
        self.caption = caption  # what the line shows, already translated
        self.setMinimumSize(QSize(90, 24))
        self.setAccessibleName(caption)
        self.setToolTip(caption)
        theme.theme().changed.connect(self.update)  # painted in the new scheme's colour

    def set_values(self, values: Sequence[float | None]) -> None:
        self._values = list(values)
        numbers = "  ".join("–" if v is None else f"{v:.0%}" for v in self._values)
        self.setToolTip(f"{self.caption}: {numbers}" if self.caption else numbers)
        self.setAccessibleDescription(numbers)
        self.update()

    def values(self) -> list[float | None]:
        return list(self._values)

    def sizeHint(self) -> QSize:
        return QSize(100, 26)

    def paintEvent(self, _event: QPaintEvent) -> None:
        if len(self._values) < 2:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(theme.colour("series_1"), 1.6)
        painter.setPen(pen)
        width, height, margin = self.width(), self.height(), 3
        step = (width - 2 * margin) / (len(self._values) - 1)
        previous: QPointF | None = None
        for index, value in enumerate(self._values):
            if value is None:
                previous = None
                continue
            point = QPointF(margin + index * step, height - margin - value * (height - 2 * margin))
            if previous is not None:
                painter.drawLine(previous, point)
            painter.drawEllipse(point, 1.5, 1.5)
            previous = point
        painter.end()


class BoardColumn(QListWidget):
    """One tracker column; dropping cards from any column asks to move those tasks."""

    tasks_dropped = Signal(list, str)  # task ids, target status

    def __init__(self, status: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setSpacing(3)

    def dropEvent(self, event: QDropEvent) -> None:
        source = event.source()
        if not isinstance(source, BoardColumn):
            event.ignore()
            return
        ids = [item.data(Qt.ItemDataRole.UserRole) for item in source.selectedItems()]
        # The tab rebuilds the board from the journal, so Qt must not move items itself.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if source is not self and ids:
            self.tasks_dropped.emit(ids, self.status)
