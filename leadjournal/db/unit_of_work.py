"""Where repositories get their database session, and the unit of work.

Outside a unit of work every repository call opens its own short session and commits
on its own. A service that changes several things for one user action wraps them in
``repos.unit_of_work()``: every repository call inside joins that one session, and the
whole operation commits once at the end, or not at all::

    with repos.unit_of_work():
        repos.weeks.update_task(task_id, planned=True)
        repos.weeks.update(week_id, confirmed_at=now)

A failure half-way (an exception leaving the block) rolls everything back, and the open
views hear about the change once, after the single commit. Units nest: an inner one
joins the outer. The unit belongs to the thread (and task) that opened it, so a
background reader never shares it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from sqlalchemy.orm import Session, sessionmaker


class SessionSource:
    """Hands repositories a session: a fresh one per call, or the open unit's."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions
        self._unit: ContextVar[Session | None] = ContextVar("unit_of_work", default=None)

    @contextmanager
    def __call__(self) -> Iterator[Session]:
        """A session for reading (or for writes the caller commits itself)."""
        unit = self._unit.get()
        if unit is not None:
            yield unit
            return
        with self._sessions() as session:
            yield session

    @contextmanager
    def begin(self) -> Iterator[Session]:
        """A session whose writes commit at the end of the block, or of the open unit."""
        unit = self._unit.get()
        if unit is not None:
            yield unit
            # Flush now so a new row's id and a broken constraint show at this step.
            unit.flush()
            return
        with self._sessions.begin() as session:
            yield session

    @property
    def in_unit(self) -> bool:
        return self._unit.get() is not None

    @contextmanager
    def unit_of_work(self) -> Iterator[None]:
        """One session and one commit for everything the block asks of the repositories."""
        if self._unit.get() is not None:
            yield
            return
        with self._sessions.begin() as session:
            token = self._unit.set(session)
            try:
                yield
            finally:
                self._unit.reset(token)
