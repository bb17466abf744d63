"""What a committed transaction changed, announced to whoever listens.

Storage knows nothing about windows: the repositories collect, per transaction, which
kinds of record (table names) changed and their ids, and hand a :class:`JournalChange`
to plain callbacks once the transaction has committed. A rollback announces nothing.
The window turns these into one Qt signal (``leadjournal.ui.journal_events``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction, sessionmaker

log = logging.getLogger(__name__)

# Where a session keeps what its transaction changed until the commit.
_PENDING = "leadjournal.changes"


@dataclass(frozen=True)
class JournalChange:
    """Kinds of record (table names) that changed, with the ids known for them.

    ``ids`` holds ``(kind, id)`` pairs; a kind changed by a bulk statement appears in
    ``kinds`` without ids. ``everything`` is a change from outside this process (the
    command line): any record may be new or different.
    """

    kinds: frozenset[str] = frozenset()
    ids: frozenset[tuple[str, Hashable]] = frozenset()
    everything: bool = False

    @classmethod
    def of_everything(cls) -> JournalChange:
        return cls(everything=True)

    def touches(self, kinds: Iterable[str]) -> bool:
        """Whether a view showing ``kinds`` may show something different now."""
        return self.everything or not self.kinds.isdisjoint(kinds)

    def ids_of(self, kind: str) -> frozenset[Hashable]:
        return frozenset(record_id for k, record_id in self.ids if k == kind)

    def merged(self, other: JournalChange) -> JournalChange:
        return JournalChange(
            self.kinds | other.kinds, self.ids | other.ids, self.everything or other.everything
        )

    def __bool__(self) -> bool:
        return self.everything or bool(self.kinds)


Listener = Callable[[JournalChange], None]


class ChangeAnnouncer:
    """Collects what each transaction of ``sessions`` changes; announces it at commit.

    Listeners are called on the thread that committed, after the commit succeeded. A
    listener that fails is logged and never undoes or interrupts the write.
    """

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._listeners: list[Listener] = []
        event.listen(sessions, "after_flush", self._flushed)
        event.listen(sessions, "do_orm_execute", self._executed)
        event.listen(sessions, "after_commit", self._committed)
        event.listen(sessions, "after_rollback", self._rolled_back)

    def listen(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unlisten(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def announce(self, change: JournalChange) -> None:
        """Tell every listener about ``change`` (also for writes made outside a session:
        an import, or the command line in another process)."""
        if not change:
            return
        for listener in list(self._listeners):
            try:
                listener(change)
            except Exception:  # a listener's failure must not look like a failed write
                log.exception("A listener failed on %s", change)

    # --- the session's events -----------------------------------------------------------

    @staticmethod
    def _pending(session: Session) -> tuple[set[str], set[tuple[str, Hashable]]]:
        pending: tuple[set[str], set[tuple[str, Hashable]]] = session.info.setdefault(
            _PENDING, (set(), set())
        )
        return pending

    def _flushed(self, session: Session, _flush: UOWTransaction) -> None:
        kinds, ids = self._pending(session)
        modified = [i for i in session.dirty if session.is_modified(i)]
        for instance in (*session.new, *modified, *session.deleted):
            mapper: Any = inspect(instance).mapper
            kind = mapper.local_table.name
            kinds.add(kind)
            key = mapper.primary_key_from_instance(instance)
            if all(part is not None for part in key):
                ids.add((kind, key[0] if len(key) == 1 else tuple(key)))

    def _executed(self, state: ORMExecuteState) -> None:
        # update(...) / delete(...) run through the session skip the flush.
        mapper: Any = state.bind_mapper
        if (state.is_update or state.is_delete or state.is_insert) and mapper is not None:
            self._pending(state.session)[0].add(mapper.local_table.name)

    def _committed(self, session: Session) -> None:
        kinds, ids = session.info.pop(_PENDING, (set(), set()))
        if kinds:
            self.announce(JournalChange(frozenset(kinds), frozenset(ids)))

    @staticmethod
    def _rolled_back(session: Session) -> None:
        session.info.pop(_PENDING, None)
