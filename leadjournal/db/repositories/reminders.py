"""The log of reminders shown or snoozed (so none fires twice)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import func, select

from leadjournal.db.models import ReminderLog
from leadjournal.db.unit_of_work import SessionSource


class ReminderLogRepository:
    def __init__(self, sessions: SessionSource) -> None:
        self._sessions = sessions

    def logged(self, keys: Iterable[str]) -> set[str]:
        """Which of ``keys`` were already shown or snoozed."""
        wanted = list(keys)
        if not wanted:
            return set()
        with self._sessions() as session:
            return set(session.scalars(select(ReminderLog.key).where(ReminderLog.key.in_(wanted))))

    def record(
        self,
        key: str,
        kind: str,
        title: str,
        body: str,
        link: str,
        due: dt.datetime,
        delivered_at: dt.datetime,
    ) -> None:
        """Mark an occurrence shown (a snoozed one becomes shown again)."""
        with self._sessions.begin() as session:
            row = session.get(ReminderLog, key)
            if row is None:
                row = ReminderLog(key=key, kind=kind, title=title, body=body, link=link, due=due)
                session.add(row)
            row.delivered_at = delivered_at
            row.snoozed_until = None

    def snooze(self, key: str, until: dt.datetime) -> None:
        with self._sessions.begin() as session:
            session.get_one(ReminderLog, key).snoozed_until = until

    def snoozed_due(self, now: dt.datetime) -> list[ReminderLog]:
        """Snoozed reminders whose time has come, oldest first."""
        with self._sessions() as session:
            return list(
                session.scalars(
                    select(ReminderLog)
                    .where(ReminderLog.snoozed_until.is_not(None), ReminderLog.snoozed_until <= now)
                    .order_by(ReminderLog.snoozed_until)
                )
            )

    def next_snoozed(self, after: dt.datetime) -> ReminderLog | None:
        with self._sessions() as session:
            return session.scalar(
                select(ReminderLog)
                .where(ReminderLog.snoozed_until > after)
                .order_by(ReminderLog.snoozed_until)
                .limit(1)
            )

    def count(self) -> int:
        with self._sessions() as session:
            return session.scalar(select(func.count()).select_from(ReminderLog)) or 0
