"""Repositories: the only code that opens database sessions.

Each call opens one short session, commits or rolls back, and returns detached objects
(``expire_on_commit=False``) with what the caller needs already loaded.
"""

from __future__ import annotations

import datetime as dt
from contextlib import AbstractContextManager

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from leadjournal.db.changes import ChangeAnnouncer, JournalChange
from leadjournal.db.models import CustomBehaviour, Person, WeekPlan
from leadjournal.db.repositories.alignment import AlignmentRepository
from leadjournal.db.repositories.blockers import BlockerRepository
from leadjournal.db.repositories.coaching import CoachingRepository
from leadjournal.db.repositories.feedback import FeedbackRepository
from leadjournal.db.repositories.goals import GoalRepository
from leadjournal.db.repositories.improvements import ImprovementRepository
from leadjournal.db.repositories.lessons import LessonRepository
from leadjournal.db.repositories.metrics import MetricRepository
from leadjournal.db.repositories.people import PeopleRepository
from leadjournal.db.repositories.playbook import PlaybookRepository
from leadjournal.db.repositories.practice import PracticeRepository
from leadjournal.db.repositories.reflections import ReflectionRepository
from leadjournal.db.repositories.reminders import ReminderLogRepository
from leadjournal.db.repositories.search import SearchRepository
from leadjournal.db.repositories.settings import SettingsRepository
from leadjournal.db.repositories.transfer import TransferRepository
from leadjournal.db.repositories.week_changes import WeekChangeRepository
from leadjournal.db.repositories.weeks import WeekRepository
from leadjournal.db.unit_of_work import SessionSource


class Repositories:
    """Every repository of one journal, sharing a session factory."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        factory = sessionmaker(engine, expire_on_commit=False)
        # Every committed transaction says what it changed; open views listen.
        self.changes = ChangeAnnouncer(factory)
        sessions = self.sessions = SessionSource(factory)
        self.people = PeopleRepository(sessions)
        self.settings = SettingsRepository(sessions)
        self.weeks = WeekRepository(sessions)
        self.alignment = AlignmentRepository(sessions)
        self.week_changes = WeekChangeRepository(sessions)
        self.coaching = CoachingRepository(sessions)
        self.feedback = FeedbackRepository(sessions)
        self.lessons = LessonRepository(sessions)
        self.improvements = ImprovementRepository(sessions)
        self.practice = PracticeRepository(sessions)
        self.reminders = ReminderLogRepository(sessions)
        self.search = SearchRepository(sessions)
        self.transfer = TransferRepository(sessions)
        self.blockers = BlockerRepository(sessions)  # Tuesday's blockers and next actions
        self.reflections = ReflectionRepository(sessions)  # the daily reflection
        self.playbook = PlaybookRepository(sessions)  # rollouts, the scenario templates
        self.goals = GoalRepository(sessions)  # goals above the week
        self.metrics = MetricRepository(sessions)  # the team's own metrics

    def unit_of_work(self) -> AbstractContextManager[None]:
        """One transaction for a user operation that changes several things: see
        :mod:`leadjournal.db.unit_of_work`."""
        return self.sessions.unit_of_work()

    def changed_elsewhere(self) -> None:
        """Something outside this process (the command line) wrote to the journal:
        announce that anything may have changed."""
        self.changes.announce(JournalChange.of_everything())

    def earliest_record_on(self) -> dt.date | None:
        """The day the journal's oldest person, week or behaviour was written (or the
        earliest planned week, if that is older); None for a journal with none."""
        with Session(self.engine) as session:
            days = [
                session.scalar(select(func.min(model.created_at)))
                for model in (Person, WeekPlan, CustomBehaviour)
            ]
            first_week = session.scalar(select(func.min(WeekPlan.week_start)))
        found = [day.date() for day in days if day is not None]
        if first_week is not None:
            found.append(first_week)
        return min(found, default=None)


__all__ = [
    "AlignmentRepository",
    "CoachingRepository",
    "FeedbackRepository",
    "GoalRepository",
    "ImprovementRepository",
    "LessonRepository",
    "MetricRepository",
    "PeopleRepository",
    "PlaybookRepository",
    "PracticeRepository",
    "ReflectionRepository",
    "ReminderLogRepository",
    "Repositories",
    "SearchRepository",
    "SettingsRepository",
    "TransferRepository",
    "WeekChangeRepository",
    "WeekRepository",
]
