"""The daily reflection: one entry per day, read by day or by a span of days."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from leadjournal.db.models import Reflection
from leadjournal.db.unit_of_work import SessionSource


class ReflectionRepository:
    def __init__(self, sessions: SessionSource) -> None:
        self._sessions = sessions

    def on(self, day: dt.date) -> Reflection | None:
        """The entry written about ``day``; None when there is none."""
        with self._sessions() as session:
            return session.scalar(select(Reflection).where(Reflection.day == day))

    def get(self, reflection_id: int) -> Reflection | None:
        with self._sessions() as session:
            return session.get(Reflection, reflection_id)

    def save(
        self, day: dt.date, now: dt.datetime, *, text: str | None = None, tags: str | None = None
    ) -> int:
        """Write ``day``'s entry (made on first write), changing only what is given; its id."""
        with self._sessions.begin() as session:
            entry = session.scalar(select(Reflection).where(Reflection.day == day))
            if entry is None:
                entry = Reflection(day=day, text="", tags="", created_at=now, updated_at=now)
                session.add(entry)
            if text is not None:
                entry.text = text
            if tags is not None:
                entry.tags = tags
            entry.updated_at = now
            session.flush()
            return entry.id

    def delete(self, day: dt.date) -> None:
        with self._sessions.begin() as session:
            entry = session.scalar(select(Reflection).where(Reflection.day == day))
            if entry is not None:
                session.delete(entry)

    def days_written(self, first: dt.date, last: dt.date) -> list[dt.date]:
        """The days from ``first`` to ``last`` that have an entry with words in it."""
        query = (
            select(Reflection.day)
            .where(Reflection.day.between(first, last), Reflection.text != "")
            .order_by(Reflection.day)
        )
        with self._sessions() as session:
            return list(session.scalars(query))

    def between(self, first: dt.date, last: dt.date) -> list[Reflection]:
        """The entries from ``first`` to ``last``, the newest day first."""
        query = (
            select(Reflection)
            .where(Reflection.day.between(first, last))
            .order_by(Reflection.day.desc())
        )
        with self._sessions() as session:
            return list(session.scalars(query))

    def all(self) -> list[Reflection]:
        """Every entry, the newest day first."""
        with self._sessions() as session:
            return list(session.scalars(select(Reflection).order_by(Reflection.day.desc())))

    def tags(self) -> list[str]:
        """Every tags field in use (comma-separated), for autocompletion."""
        with self._sessions() as session:
            return list(session.scalars(select(Reflection.tags).where(Reflection.tags != "")))
