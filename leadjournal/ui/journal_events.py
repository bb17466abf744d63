"""The window's one "journal changed" signal (Anki's ``operation_did_execute``).

Storage announces each committed change (:class:`leadjournal.db.changes.JournalChange`)
on whatever thread wrote it. :class:`JournalEvents` brings those announcements to the
GUI thread and gathers a burst of them (autosave, an import) into one ``changed`` signal
per turn of the event loop. While it is emitted, :meth:`JournalEvents.news_for` tells a
view whether any of it concerns what the view shows, and whether the view caused it
itself (its own autosave, or a handler of its own that wrote): a view then leaves what
the person is editing alone and catches up the next time it is shown.

Kept free of SQLAlchemy and of the ``Qt`` namespace: autosaving loads it before the
first paint.
"""

from __future__ import annotations

import contextlib
import enum
import sys
import threading
import weakref
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from types import FrameType
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from leadjournal.db.changes import JournalChange
    from leadjournal.db.repositories import Repositories


class News(enum.Enum):
    NONE = "none"  # nothing the view shows changed (or it has read it already)
    OWN = "own"  # only what the view itself wrote: it is on screen already
    OTHER = "other"  # something written elsewhere: the view should read it


@dataclass(frozen=True)
class _Arrival:
    sequence: int
    change: JournalChange
    origin: tuple[QObject, ...]  # the writing widget and its parents, innermost first


# Bookkeeping no view shows: which reminders went out, when the app last looked for
# due ones, what the window once asked. Writing it refreshes nothing.
NOT_SHOWN = frozenset({"reminder_log"})
NOT_SHOWN_SETTINGS = frozenset({"reminders_last_seen", "tray_note_shown", "close_without_tray"})


def _only_bookkeeping(change: JournalChange) -> bool:
    if change.everything:
        return False
    for kind in change.kinds - NOT_SHOWN:
        keys = change.ids_of(kind)
        if kind != "setting" or not keys or not keys <= NOT_SHOWN_SETTINGS:
            return False
    return True


# The objects on whose behalf writes are being made right now (GUI thread only).
_acting: list[QObject] = []


@contextlib.contextmanager
def acting_for(owner: QObject | None) -> Iterator[None]:
    """Writes made inside this block are ``owner``'s own (e.g. its autosave)."""
    if owner is None:
        yield
        return
    _acting.append(owner)
    try:
        yield
    finally:
        _acting.pop()


def _writer_on_stack() -> QObject | None:
    """The innermost Qt object whose method (or a lambda it made) is writing: a tab's
    button handler, a dialog's Save, the tray's menu. Looked up once per commit, so no
    event of the app pays for it (an application event filter would, every time)."""
    frame: FrameType | None = sys._getframe(2)
    for _depth in range(60):
        if frame is None:
            break
        owner = frame.f_locals.get("self")
        if isinstance(owner, QObject) and not isinstance(owner, JournalEvents):
            return owner
        frame = frame.f_back
    return None


def _chain(owner: QObject | None) -> tuple[QObject, ...]:
    chain: list[QObject] = []
    # A dialog that wrote may already be gone on the C++ side (QInputDialog.getText).
    while owner is not None and shiboken6.isValid(owner):
        chain.append(owner)
        owner = owner.parent()
    return tuple(chain)


class JournalEvents(QObject):
    """Committed changes of one journal, on the GUI thread, once per event-loop turn."""

    # Both carry a JournalChange; ``object`` because naming the type here would load
    # SQLAlchemy (leadjournal.db.changes) before the first paint.
    changed = Signal(object)  # the merged change of this turn
    _arrived = Signal(object)  # a change committed on another thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._gui_thread = threading.get_ident()
        self._sequence = 0
        self._waiting: list[_Arrival] = []
        self._batch: list[_Arrival] = []  # the one being delivered
        self._seen: weakref.WeakKeyDictionary[QObject, int] = weakref.WeakKeyDictionary()
        self._watched: Repositories | None = None
        # A method of this object, so a worker's emission is queued to this thread.
        self._arrived.connect(self._from_another_thread)

    def watch(self, repositories: Repositories) -> None:
        """Listen to ``repositories`` (and no longer to any journal watched before)."""
        self.stop()
        repositories.changes.listen(self.notice)
        self._watched = repositories

    def stop(self) -> None:
        if self._watched is not None:
            self._watched.changes.unlisten(self.notice)
            self._watched = None

    def notice(self, change: JournalChange) -> None:
        """The storage listener: called on the thread that committed."""
        if threading.get_ident() != self._gui_thread:
            self._arrived.emit(change)  # queued to the GUI thread
            return
        self._collect(change, _chain(_acting[-1] if _acting else _writer_on_stack()))

    def _from_another_thread(self, change: JournalChange) -> None:
        self._collect(change, ())

    def _collect(self, change: JournalChange, origin: tuple[QObject, ...]) -> None:
        self._sequence += 1
        self._waiting.append(_Arrival(self._sequence, change, origin))
        if len(self._waiting) == 1 or self._batch:
            # After what is already queued (a burst from a worker), in one delivery.
            QTimer.singleShot(0, self, self._deliver)

    def deliver_pending(self) -> None:
        """Deliver now what this turn committed so far (e.g. before a tab is shown)."""
        self._deliver()

    def _deliver(self) -> None:
        if self._batch or not self._waiting:
            return  # still delivering (a view's refresh switched tabs): the timer follows
        self._batch, self._waiting = self._waiting, []
        merged = self._batch[0].change
        for arrival in self._batch[1:]:
            merged = merged.merged(arrival.change)
        try:
            self.changed.emit(merged)
        finally:
            self._batch = []

    def news_for(self, view: QObject, kinds: Iterable[str] | None) -> News:
        """During ``changed``: what this turn's changes mean for ``view``, which shows
        records of ``kinds`` (None: of every kind a view shows)."""
        seen = self._seen.get(view, 0)
        news = News.NONE
        for arrival in self._batch:
            change = arrival.change
            if arrival.sequence <= seen or _only_bookkeeping(change):
                continue
            if kinds is not None and not change.touches(kinds):
                continue
            if change.everything or not any(o is view for o in arrival.origin):
                return News.OTHER
            news = News.OWN
        return news

    def caught_up(self, view: QObject) -> None:
        """``view`` has just read the journal: what was announced so far is on screen."""
        self._seen[view] = self._sequence
