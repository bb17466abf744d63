"""One LeadJournal per journal folder.

A :class:`QLockFile` in the data folder decides who owns the journal (Qt removes a lock
whose process has died, so a crash never blocks the next start). The owner listens on a
local socket named after the folder; a second start sends it "show" and exits.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

from leadjournal.db.files import owner_only_umask
from leadjournal.errors import JournalInUseError
from leadjournal.paths import JournalPaths

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

log = logging.getLogger(__name__)

SHOW_REQUEST = b"show\n"
CHANGED_NOTICE = b"changed\n"  # sent by the command line after it wrote to the journal
CONNECT_TIMEOUT_MS = 1000
# How long a second start keeps asking: the owner listens only once its first view is
# on screen, which a slow machine with a large journal may take a few seconds to reach.
OWNER_STARTING_S = 8.0


class SingleInstanceGuard(QObject):
    """Owns the journal folder while alive; emits ``show_requested`` for later starts."""

    show_requested = Signal()
    changed_elsewhere = Signal()

    def __init__(self, paths: JournalPaths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._paths = paths
        self._lock = QLockFile(str(paths.lock_file))
        self._lock.setStaleLockTime(0)  # only a dead owner makes the lock stale
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """Take the folder; False if another running LeadJournal holds it."""
        with owner_only_umask():
            if not self._lock.tryLock(0):
                return False
        return True

    def listen(self) -> None:
        """Answer later starts. Called once the first view is on screen, or earlier when
        the user must answer a question first: QtNetwork can wait until then, and a
        second start retries for several seconds meanwhile."""
        from PySide6.QtNetwork import QLocalServer

        if not self._lock.isLocked() or self._server is not None:
            return
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # A crashed owner may have left its socket file behind.
        QLocalServer.removeServer(self._paths.instance_key)
        if not server.listen(self._paths.instance_key):
            log.warning("Could not listen for other starts: %s", server.errorString())
        server.newConnection.connect(self._on_connection)
        self._server = server

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    def ask_running_instance_to_show(self, patience_s: float = OWNER_STARTING_S) -> bool:
        """Ask the owner to bring its window forward; True once it has the message."""
        from PySide6.QtNetwork import QLocalSocket

        deadline = time.monotonic() + patience_s
        while True:
            socket = QLocalSocket()
            socket.connectToServer(self._paths.instance_key)
            if socket.waitForConnected(CONNECT_TIMEOUT_MS):
                socket.write(SHOW_REQUEST)
                delivered = socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
                socket.disconnectFromServer()
                if delivered:
                    return True
            if time.monotonic() >= deadline:
                return False
            # The owner may still be starting and not listening yet; give it a moment.
            time.sleep(0.2)

    def _on_connection(self) -> None:
        assert self._server is not None
        socket = self._server.nextPendingConnection()
        if socket is None:
            return

        def read_request() -> None:
            request = bytes(socket.readAll().data())
            if request.startswith(SHOW_REQUEST.strip()):
                log.info("Another start asked for the window; showing it.")
                self.show_requested.emit()
            elif request.startswith(CHANGED_NOTICE.strip()):
                log.info("The command line changed the journal; refreshing.")
                self.changed_elsewhere.emit()
            socket.disconnectFromServer()

        socket.readyRead.connect(read_request)
        socket.disconnected.connect(socket.deleteLater)


def tell_running_instance(paths: JournalPaths, message: bytes = CHANGED_NOTICE) -> bool:
    """Tell a LeadJournal window open on this journal (if any) that it changed."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(paths.instance_key)
    if not socket.waitForConnected(300):
        return False
    socket.write(message)
    delivered = socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    socket.disconnectFromServer()
    return delivered


@contextlib.contextmanager
def journal_to_myself(paths: JournalPaths) -> Iterator[None]:
    """Hold the folder's lock for a command that replaces the journal file (restore), so
    no window can have it open meanwhile; refused while a window has it."""
    lock = QLockFile(str(paths.lock_file))
    lock.setStaleLockTime(0)
    with owner_only_umask():
        locked = lock.tryLock(0)
    if not locked:
        raise JournalInUseError(
            f"LeadJournal is open on {paths.data_dir}; quit it first, or use File → Restore "
            "from Backup… in its window."
        )
    try:
        yield
    finally:
        lock.unlock()
