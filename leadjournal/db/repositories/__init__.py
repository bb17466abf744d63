"""Repositories: the only code that opens database sessions.

Each call opens one short session, commits or rolls back, and returns detached objects
(``expire_on_commit=False``) with what the caller needs already loaded.
"""

from __future__ import annotations

from sqlalchemy import Engine, event
from sqlalchemy.orm import sessionmaker

from leadjournal.db.repositories.coaching import CoachingRepository
from leadjournal.db.repositories.feedback import FeedbackRepository
from leadjournal.db.repositories.lessons import LessonRepository
from leadjournal.db.repositories.people import PeopleRepository
from leadjournal.db.repositories.practice import PracticeRepository
from leadjournal.db.repositories.reminders import ReminderLogRepository
from leadjournal.db.repositories.settings import SettingsRepository
from leadjournal.db.repositories.weeks import WeekRepository


class Repositories:
    """Every repository of one journal, sharing a session factory."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        # Counts committed writes, so a view can tell whether it needs reading again.
        self.generation = 0
        event.listen(engine, "commit", self._committed)
        sessions = sessionmaker(engine, expire_on_commit=False)
        self.people = PeopleRepository(sessions)
        self.settings = SettingsRepository(sessions)
        self.weeks = WeekRepository(sessions)
        self.coaching = CoachingRepository(sessions)
        self.feedback = FeedbackRepository(sessions)
        self.lessons = LessonRepository(sessions)
        self.practice = PracticeRepository(sessions)
        self.reminders = ReminderLogRepository(sessions)

    def _committed(self, _connection: object) -> None:
        self.generation += 1

    def mark_changed(self) -> None:
        """Something outside this process (the command line) wrote to the journal."""
        self.generation += 1


__all__ = [
    "CoachingRepository",
    "FeedbackRepository",
    "LessonRepository",
    "PeopleRepository",
    "PracticeRepository",
    "ReminderLogRepository",
    "Repositories",
    "SettingsRepository",
    "WeekRepository",
]
