"""Saving as you type: the autosave debouncer, and where refused writes are reported.

Kept apart from the other widgets (and free of the ``Qt`` namespace) because the window
needs it before its first paint.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from leadjournal.errors import JournalWriteError
from leadjournal.ui.journal_events import acting_for

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
        # What is saved is on screen already: the view it belongs to needn't re-read it.
        with acting_for(self.parent()):
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
