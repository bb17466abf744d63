"""Typed SQLAlchemy models for every table in the journal.

Import models from here (``from leadjournal.db.models import WeekPlan``): this package
imports every area module, so all tables are on ``Base.metadata`` (which Alembic's
``env.py`` and the transfer code read) and relationships named by class-name strings
resolve before the mappers are configured. ``base.py`` holds the declarative base and
the naming convention; each other module holds one area of the journal.

Schema changes happen only through the Alembic migrations in ``db/migrations``; a test
checks that these models and the migrated schema agree.

Annotations in the models are evaluated (no ``from __future__ import annotations``),
with the related classes of relationships quoted: SQLAlchemy then reads the column
types as they are instead of evaluating hundreds of strings, which shortens every start.

Every relationship is ``lazy="raise"``: a repository loads what it hands out
(``selectinload``), so reading a relationship nobody loaded fails at once in the tests
instead of quietly running one query per row.
"""

from leadjournal.db.models.alignment import DecisionConsulted, DecisionNeeded, Touchpoint
from leadjournal.db.models.base import NAMING_CONVENTION, Base
from leadjournal.db.models.checkins import Blocker
from leadjournal.db.models.coaching import (
    ActionItem,
    AgendaItem,
    CoachingConversation,
    Delegation,
    ImprovementPlan,
    OneOnOne,
    PlanCheckIn,
    Recognition,
)
from leadjournal.db.models.feedback import (
    FeedbackAction,
    FeedbackItem,
    FeedbackRequest,
    FeedbackRequestPerson,
    FeedbackResponse,
)
from leadjournal.db.models.goal import Goal, GoalHorizon, GoalStatus
from leadjournal.db.models.improvements import Improvement
from leadjournal.db.models.lessons import Lesson, LessonDismissal
from leadjournal.db.models.metric import Metric, MetricValue
from leadjournal.db.models.people import Person, ReminderLog, Setting
from leadjournal.db.models.practice import CustomBehaviour, PracticeCycle, PracticeTick, TeamCheck
from leadjournal.db.models.reflection import Reflection
from leadjournal.db.models.rollout import Rollout, RolloutFeedback, RolloutStep, RolloutStepKind
from leadjournal.db.models.week import (
    CheckIn,
    Criterion,
    Decision,
    DeepWorkBlock,
    Priority,
    SetAside,
    Task,
    TaskDependency,
    WeekPlan,
)
from leadjournal.db.models.week_change import WeekChange

__all__ = [
    "NAMING_CONVENTION",
    "ActionItem",
    "AgendaItem",
    "Base",
    "Blocker",
    "CheckIn",
    "CoachingConversation",
    "Criterion",
    "CustomBehaviour",
    "Decision",
    "DecisionConsulted",
    "DecisionNeeded",
    "DeepWorkBlock",
    "Delegation",
    "FeedbackAction",
    "FeedbackItem",
    "FeedbackRequest",
    "FeedbackRequestPerson",
    "FeedbackResponse",
    "Goal",
    "GoalHorizon",
    "GoalStatus",
    "Improvement",
    "ImprovementPlan",
    "Lesson",
    "LessonDismissal",
    "Metric",
    "MetricValue",
    "OneOnOne",
    "Person",
    "PlanCheckIn",
    "PracticeCycle",
    "PracticeTick",
    "Priority",
    "Recognition",
    "Reflection",
    "ReminderLog",
    "Rollout",
    "RolloutFeedback",
    "RolloutStep",
    "RolloutStepKind",
    "SetAside",
    "Setting",
    "Task",
    "TaskDependency",
    "TeamCheck",
    "Touchpoint",
    "WeekChange",
    "WeekPlan",
]
