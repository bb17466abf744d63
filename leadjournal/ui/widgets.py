"""Small reusable widgets: the autosave debouncer, the sparkline, board columns."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QDropEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QWidget

from leadjournal.errors import JournalWriteError

AUTOSAVE_DELAY_MS = 800
RETRY_DELAY_MS = 5000  # after the disk refused a write


class SaveStatus(QObject):
    """Where every autosaver reports a refused write (disk full, read-only) and its end;
    the window shows it once, in plain words."""

    failed = Signal(str)
    recovered = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.failing = False


_save_status: SaveStatus | None = None


def save_status() -> SaveStatus:
    global _save_status
    if _save_status is None:
        _save_status = SaveStatus()
    return _save_status


class Autosaver(QObject):
    """Collects pending writes keyed by field and runs them after a short pause.

    Typing schedules a write; the write runs ~1 s after the last keystroke, or at once
    when :meth:`flush` is called (focus change, week change, tab change, quit). A write
    the disk refuses stays pending (each carries its own values, so the text on screen is
    not needed again) and is tried again a few seconds later.
    """

    saved = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: dict[str, Callable[[], object]] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)

    def schedule(self, key: str, write: Callable[[], object]) -> None:
        self._pending[key] = write
        if not save_status().failing:
            self._timer.start(AUTOSAVE_DELAY_MS)
        elif not self._timer.isActive():  # typing doesn't hurry a retry along
            self._timer.start(RETRY_DELAY_MS)

    def has_pending(self) -> bool:
        return bool(self._pending)

    def flush(self) -> None:
        self._timer.stop()
        status = save_status()
        written = 0
        for key, write in list(self._pending.items()):
            try:
                write()
            except JournalWriteError as error:
                status.failing = True
                status.failed.emit(str(error))
                self._timer.start(RETRY_DELAY_MS)
                return
            del self._pending[key]
            written += 1
        if status.failing and written:
            status.failing = False
            status.recovered.emit()
        if written:
            self.saved.emit()


class Sparkline(QWidget):
    """A tiny line of values between 0 and 1 (None leaves a gap)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: list[float | None] = []
        self.setMinimumSize(QSize(90, 24))

    def set_values(self, values: Sequence[float | None]) -> None:
        self._values = list(values)
        self.setToolTip("  ".join("–" if v is None else f"{v:.0%}" for v in self._values))
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
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 1.6)
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
