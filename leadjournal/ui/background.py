"""Long work (export, import) off the GUI thread, behind a progress dialog with Cancel.

The work runs in a worker thread and checks ``should_stop`` between steps; the window
keeps repainting meanwhile. Cancelling makes the work stop at its next step, and the
work itself guarantees nothing is half-done (an import rolls back its transaction).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from leadjournal.i18n import tr

Result = TypeVar("Result")
Work = Callable[[Callable[[], bool], Callable[[int, int], None]], Result]


class BackgroundTask:
    def __init__(self, parent: QWidget | None, title: str, work: Work[Any]) -> None:
        self.work = work
        self.cancelled = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None
        self._steps = (0, 1)
        self.dialog = QProgressDialog(title, tr("Cancel"), 0, 100, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)  # quick work never flashes a dialog
        self.dialog.canceled.connect(self.cancelled.set)

    def _progress(self, done: int, total: int) -> None:
        self._steps = (done, max(total, 1))  # read by the GUI thread's timer

    def run(self) -> Any:
        """Run the work; the GUI stays live. Re-raises the work's own error, if any."""
        thread = threading.Thread(target=self._target, name="leadjournal-work", daemon=True)
        loop = QEventLoop()
        timer = QTimer()
        timer.setInterval(30)

        def tick() -> None:
            if self.dialog.wasCanceled():  # Cancel button, Escape, or closing the dialog
                self.cancelled.set()
            done, total = self._steps
            self.dialog.setValue(int(100 * done / total))
            if not thread.is_alive():
                loop.quit()

        timer.timeout.connect(tick)
        thread.start()
        timer.start()
        loop.exec()
        timer.stop()
        self.dialog.reset()
        self.dialog.deleteLater()
        if self.error is not None:
            raise self.error
        return self.result

    def _target(self) -> None:
        try:
            self.result = self.work(self.cancelled.is_set, self._progress)
        except BaseException as error:  # handed to the GUI thread, which re-raises it
            self.error = error
