"""Typed SQLAlchemy models for every table in the journal.

Schema changes happen only through the Alembic migrations in ``db/migrations``; a test
checks that these models and the migrated schema agree.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Stable constraint names keep batch migrations on SQLite predictable.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Person(Base):
    """Someone the user supervises."""

    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200), default="")
    started_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class Setting(Base):
    """A small key/value store for journal-wide preferences (values are JSON text)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class WeekPlan(Base):
    """One ISO week of the weekly loop, keyed by the Monday it starts on."""

    __tablename__ = "week_plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    week_start: Mapped[dt.date] = mapped_column(Date, unique=True)
    outcome: Mapped[str] = mapped_column(Text, default="")
    why: Mapped[str] = mapped_column(Text, default="")
    why_category: Mapped[str] = mapped_column(String(20), default="")
    capacity_hours: Mapped[float | None] = mapped_column(Float)
    buffer_note: Mapped[str] = mapped_column(Text, default="")
    # When the Monday plan was confirmed: tasks present then are "planned" for the
    # delivery-reliability figure; tasks added afterwards are counted separately.
    confirmed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    improvement_what: Mapped[str] = mapped_column(Text, default="")
    improvement_why: Mapped[str] = mapped_column(Text, default="")
    improvement_status: Mapped[str] = mapped_column(String(20), default="idea")
    stakeholder_update: Mapped[str] = mapped_column(Text, default="")
    next_week_focus: Mapped[str] = mapped_column(Text, default="")
    pulse_text: Mapped[str] = mapped_column(Text, default="")
    pulse_score: Mapped[int | None] = mapped_column(Integer)
    review_done: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)

    __table_args__ = (
        CheckConstraint("pulse_score IS NULL OR pulse_score BETWEEN 1 AND 5", name="pulse_range"),
    )

    priorities: Mapped[list[Priority]] = relationship(
        back_populates="week", cascade="all, delete-orphan", order_by="Priority.position"
    )
    tasks: Mapped[list[Task]] = relationship(
        back_populates="week", cascade="all, delete-orphan", order_by="Task.position"
    )
    deep_work_blocks: Mapped[list[DeepWorkBlock]] = relationship(
        cascade="all, delete-orphan", order_by="DeepWorkBlock.position"
    )
    checkins: Mapped[list[CheckIn]] = relationship(
        cascade="all, delete-orphan", order_by="CheckIn.id"
    )
    decisions: Mapped[list[Decision]] = relationship(
        back_populates="week", cascade="all, delete-orphan", order_by="Decision.id"
    )


class Priority(Base):
    __tablename__ = "priority"

    id: Mapped[int] = mapped_column(primary_key=True)
    week_id: Mapped[int] = mapped_column(ForeignKey("week_plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(Text, default="")

    week: Mapped[WeekPlan] = relationship(back_populates="priorities")
    criteria: Mapped[list[Criterion]] = relationship(
        cascade="all, delete-orphan", order_by="Criterion.position"
    )


class Criterion(Base):
    """One line of a priority's definition of done."""

    __tablename__ = "criterion"

    id: Mapped[int] = mapped_column(primary_key=True)
    priority_id: Mapped[int] = mapped_column(
        ForeignKey("priority.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text, default="")
    met: Mapped[bool] = mapped_column(Boolean, default=False)


class Task(Base):
    __tablename__ = "task"

    id: Mapped[int] = mapped_column(primary_key=True)
    week_id: Mapped[int] = mapped_column(ForeignKey("week_plan.id", ondelete="CASCADE"), index=True)
    priority_id: Mapped[int | None] = mapped_column(ForeignKey("priority.id", ondelete="SET NULL"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(Text, default="")
    # Exactly one owner: the user ("Me") or one person. Neither means the owner was
    # deleted from the journal and the task is now unassigned.
    owned_by_me: Mapped[bool] = mapped_column(Boolean, default=True)
    owner_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL")
    )
    effort_hours: Mapped[float | None] = mapped_column(Float)
    effort_size: Mapped[str] = mapped_column(String(1), default="")
    reviewer: Mapped[str] = mapped_column(String(200), default="")
    due_day: Mapped[int | None] = mapped_column(Integer)  # 0 = Monday … 6 = Sunday
    status: Mapped[str] = mapped_column(String(20), default="not_started")
    planned: Mapped[bool] = mapped_column(Boolean, default=True)
    carried_from_id: Mapped[int | None] = mapped_column(ForeignKey("task.id", ondelete="SET NULL"))
    slip_reason: Mapped[str] = mapped_column(Text, default="")
    slip_decision: Mapped[str] = mapped_column(String(20), default="")

    __table_args__ = (
        CheckConstraint("NOT (owned_by_me AND owner_person_id IS NOT NULL)", name="one_owner"),
        CheckConstraint("status IN ('not_started', 'in_progress', 'done')", name="status_known"),
    )

    week: Mapped[WeekPlan] = relationship(back_populates="tasks")
    depends_on: Mapped[list[TaskDependency]] = relationship(
        cascade="all, delete-orphan", foreign_keys="TaskDependency.task_id"
    )


class TaskDependency(Base):
    """``task_id`` cannot really start before ``depends_on_id`` is done."""

    __tablename__ = "task_dependency"

    task_id: Mapped[int] = mapped_column(
        ForeignKey("task.id", ondelete="CASCADE"), primary_key=True
    )
    depends_on_id: Mapped[int] = mapped_column(
        ForeignKey("task.id", ondelete="CASCADE"), primary_key=True
    )


class DeepWorkBlock(Base):
    __tablename__ = "deep_work_block"

    id: Mapped[int] = mapped_column(primary_key=True)
    week_id: Mapped[int] = mapped_column(ForeignKey("week_plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    day: Mapped[int] = mapped_column(Integer, default=0)
    start_minute: Mapped[int] = mapped_column(Integer, default=9 * 60)
    end_minute: Mapped[int] = mapped_column(Integer, default=11 * 60)


class CheckIn(Base):
    """Tuesday's check-in line for one person (``person_id`` None means the user)."""

    __tablename__ = "checkin"

    id: Mapped[int] = mapped_column(primary_key=True)
    week_id: Mapped[int] = mapped_column(ForeignKey("week_plan.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    completed: Mapped[str] = mapped_column(Text, default="")
    next_up: Mapped[str] = mapped_column(Text, default="")
    blocked: Mapped[str] = mapped_column(Text, default="")
    next_action: Mapped[str] = mapped_column(Text, default="")
    next_action_when: Mapped[str] = mapped_column(String(100), default="")

    __table_args__ = (UniqueConstraint("week_id", "person_id", name="week_person"),)


class Decision(Base):
    """An entry of the decision log, made visible on Thursday."""

    __tablename__ = "decision"

    id: Mapped[int] = mapped_column(primary_key=True)
    week_id: Mapped[int] = mapped_column(ForeignKey("week_plan.id", ondelete="CASCADE"), index=True)
    decided_on: Mapped[dt.date] = mapped_column(Date)
    decision: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    consulted: Mapped[str] = mapped_column(Text, default="")

    week: Mapped[WeekPlan] = relationship(back_populates="decisions")


class Lesson(Base):
    """A lesson learned; the Lessons Learned tab grows this table."""

    __tablename__ = "lesson"

    id: Mapped[int] = mapped_column(primary_key=True)
    learned_on: Mapped[dt.date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(Text, default="")
    what_happened: Mapped[str] = mapped_column(Text, default="")
    what_i_learned: Mapped[str] = mapped_column(Text, default="")
    do_differently: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[str] = mapped_column(Text, default="")  # comma-separated, lower case
    week_id: Mapped[int | None] = mapped_column(
        ForeignKey("week_plan.id", ondelete="SET NULL"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    from_review: Mapped[bool] = mapped_column(Boolean, default=False)


class Recognition(Base):
    """A contribution recognised, tied to what the person did and its effect."""

    __tablename__ = "recognition"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    given_on: Mapped[dt.date] = mapped_column(Date)
    what_they_did: Mapped[str] = mapped_column(Text, default="")
    impact: Mapped[str] = mapped_column(Text, default="")
    week_id: Mapped[int | None] = mapped_column(
        ForeignKey("week_plan.id", ondelete="SET NULL"), index=True
    )
    from_review: Mapped[bool] = mapped_column(Boolean, default=False)
