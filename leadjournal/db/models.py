"""Typed SQLAlchemy models for every table in the journal.

Schema changes happen only through the Alembic migrations in ``db/migrations``; a test
checks that these models and the migrated schema agree.

Annotations here are evaluated (no ``from __future__ import annotations``), with the
related classes of relationships quoted: SQLAlchemy then reads the column types as they
are instead of evaluating hundreds of strings, which shortens every start.
"""

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
    false,
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

    priorities: Mapped[list["Priority"]] = relationship(
        back_populates="week", cascade="all, delete-orphan", order_by="Priority.position"
    )
    tasks: Mapped[list["Task"]] = relationship(
        back_populates="week", cascade="all, delete-orphan", order_by="Task.position"
    )
    deep_work_blocks: Mapped[list["DeepWorkBlock"]] = relationship(
        cascade="all, delete-orphan", order_by="DeepWorkBlock.position"
    )
    checkins: Mapped[list["CheckIn"]] = relationship(
        cascade="all, delete-orphan", order_by="CheckIn.id"
    )
    decisions: Mapped[list["Decision"]] = relationship(
        back_populates="week", cascade="all, delete-orphan", order_by="Decision.id"
    )
    set_asides: Mapped[list["SetAside"]] = relationship(
        cascade="all, delete-orphan", order_by="SetAside.id"
    )


class Priority(Base):
    __tablename__ = "priority"

    id: Mapped[int] = mapped_column(primary_key=True)
    week_id: Mapped[int] = mapped_column(ForeignKey("week_plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(Text, default="")

    week: Mapped["WeekPlan"] = relationship(back_populates="priorities")
    criteria: Mapped[list["Criterion"]] = relationship(
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

    week: Mapped["WeekPlan"] = relationship(back_populates="tasks")
    depends_on: Mapped[list["TaskDependency"]] = relationship(
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


class SetAside(Base):
    """A priority taken out of its week to make room for another one: the trade-off,
    kept so the plan, the stakeholder update and Friday's review can name it."""

    __tablename__ = "set_aside"

    id: Mapped[int] = mapped_column(primary_key=True)
    week_id: Mapped[int] = mapped_column(ForeignKey("week_plan.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(Text, default="")  # the priority set aside
    replaced_by: Mapped[str] = mapped_column(Text, default="")  # the priority that took its place
    why: Mapped[str] = mapped_column(Text, default="")
    # What happened to its tasks: moved to the new priority, carried to next week,
    # dropped, or "none" when it had no tasks.
    tasks_went: Mapped[str] = mapped_column(String(20), default="none")
    task_count: Mapped[int] = mapped_column(Integer, default=0)
    set_aside_at: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (
        CheckConstraint(
            "tasks_went IN ('moved', 'carried', 'dropped', 'none')", name="tasks_went_known"
        ),
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

    week: Mapped["WeekPlan"] = relationship(back_populates="decisions")


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
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    given_on: Mapped[dt.date] = mapped_column(Date)
    what_they_did: Mapped[str] = mapped_column(Text, default="")
    impact: Mapped[str] = mapped_column(Text, default="")
    week_id: Mapped[int | None] = mapped_column(
        ForeignKey("week_plan.id", ondelete="SET NULL"), index=True
    )
    from_review: Mapped[bool] = mapped_column(Boolean, default=False)


# --- Coaching Log -----------------------------------------------------------------------


class OneOnOne(Base):
    """A one-on-one with one person: when, the agenda, notes and action items."""

    __tablename__ = "one_on_one"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    # Local wall-clock time; the reminder for preparing it is computed from this.
    scheduled_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    notes: Mapped[str] = mapped_column(Text, default="")

    agenda: Mapped[list["AgendaItem"]] = relationship(
        cascade="all, delete-orphan", order_by="AgendaItem.position"
    )
    action_items: Mapped[list["ActionItem"]] = relationship(
        back_populates="one_on_one", cascade="all, delete-orphan", order_by="ActionItem.position"
    )


class AgendaItem(Base):
    """One line of a one-on-one's agenda; ``source`` says where the preparation found it."""

    __tablename__ = "agenda_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    one_on_one_id: Mapped[int] = mapped_column(
        ForeignKey("one_on_one.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(20), default="own")


class ActionItem(Base):
    """Something agreed in a one-on-one; open items follow the person to the next one."""

    __tablename__ = "action_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    one_on_one_id: Mapped[int] = mapped_column(
        ForeignKey("one_on_one.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(10), default="them")
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="open")
    closed_on: Mapped[dt.date | None] = mapped_column(Date)

    __table_args__ = (
        CheckConstraint("owner IN ('me', 'them')", name="owner_known"),
        CheckConstraint("status IN ('open', 'done', 'dropped')", name="status_known"),
    )

    one_on_one: Mapped["OneOnOne"] = relationship(back_populates="action_items")


class CoachingConversation(Base):
    """A coaching conversation in four parts, and whether the practice step happened."""

    __tablename__ = "coaching"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    held_on: Mapped[dt.date] = mapped_column(Date)
    skill: Mapped[str] = mapped_column(Text, default="")
    situation: Mapped[str] = mapped_column(Text, default="")
    impact: Mapped[str] = mapped_column(Text, default="")
    great_looks_like: Mapped[str] = mapped_column(Text, default="")
    next_step: Mapped[str] = mapped_column(Text, default="")
    follow_up_on: Mapped[dt.date | None] = mapped_column(Date)
    # Answered in a later one-on-one: did the practice step happen?
    practice_outcome: Mapped[str] = mapped_column(String(10), default="")
    practice_note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        CheckConstraint(
            "practice_outcome IN ('', 'yes', 'partly', 'no')", name="practice_outcome_known"
        ),
    )


class ImprovementPlan(Base):
    """A time-boxed plan to change one behaviour, with regular check-ins."""

    __tablename__ = "improvement_plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    started_on: Mapped[dt.date] = mapped_column(Date)
    behaviour: Mapped[str] = mapped_column(Text, default="")
    expected: Mapped[str] = mapped_column(Text, default="")
    support: Mapped[str] = mapped_column(Text, default="")
    cadence_days: Mapped[int] = mapped_column(Integer, default=7)
    length_weeks: Mapped[int] = mapped_column(Integer, default=4)
    success_measure: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default="active")
    closed_on: Mapped[dt.date | None] = mapped_column(Date)

    __table_args__ = (
        CheckConstraint("status IN ('active', 'met', 'not_met', 'stopped')", name="status_known"),
        CheckConstraint("cadence_days >= 1 AND length_weeks >= 1", name="positive_period"),
    )

    checkins: Mapped[list["PlanCheckIn"]] = relationship(
        cascade="all, delete-orphan", order_by="PlanCheckIn.checked_on"
    )


class PlanCheckIn(Base):
    __tablename__ = "plan_checkin"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("improvement_plan.id", ondelete="CASCADE"), index=True
    )
    checked_on: Mapped[dt.date] = mapped_column(Date)
    progress: Mapped[int] = mapped_column(Integer, default=3)
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (CheckConstraint("progress BETWEEN 1 AND 5", name="progress_range"),)


class Delegation(Base):
    """Work handed to someone with its outcome, limits and who decides what."""

    __tablename__ = "delegation"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    delegated_on: Mapped[dt.date] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(Text, default="")
    constraints: Mapped[str] = mapped_column(Text, default="")
    decision_rights: Mapped[str] = mapped_column(String(20), default="decide_then_tell")
    checkpoints: Mapped[str] = mapped_column(Text, default="")
    risk: Mapped[str] = mapped_column(String(10), default="low")
    reasoning: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default="open")

    __table_args__ = (
        CheckConstraint(
            "decision_rights IN ('decide_alone', 'decide_then_tell', 'recommend')",
            name="rights_known",
        ),
        CheckConstraint("risk IN ('low', 'high')", name="risk_known"),
        CheckConstraint("status IN ('open', 'done')", name="status_known"),
    )


# --- Start / Stop / Continue -------------------------------------------------------------


class FeedbackRequest(Base):
    """A time the user asked for feedback about themselves."""

    __tablename__ = "feedback_request"

    id: Mapped[int] = mapped_column(primary_key=True)
    asked_on: Mapped[dt.date] = mapped_column(Date)
    asked_whom: Mapped[str] = mapped_column(Text, default="")  # a free note, e.g. "and Ines"
    channel: Mapped[str] = mapped_column(String(20), default="one_on_one")
    question: Mapped[str] = mapped_column(Text, default="")
    asked_team: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Closed once no more answers are expected; until then it is "waiting".
    closed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    asked_people: Mapped[list["FeedbackRequestPerson"]] = relationship(cascade="all, delete-orphan")


class FeedbackRequestPerson(Base):
    """One person a feedback request went to (deleting the person removes the link)."""

    __tablename__ = "feedback_request_person"

    request_id: Mapped[int] = mapped_column(
        ForeignKey("feedback_request.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class FeedbackResponse(Base):
    """One answer: from a named person, anonymous, or the user's own self-feedback.

    Anonymous answers cannot carry a person: the check constraint makes it impossible
    for a name to reach an anonymous item by any code path.
    """

    __tablename__ = "feedback_response"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int | None] = mapped_column(
        ForeignKey("feedback_request.id", ondelete="SET NULL"), index=True
    )
    received_on: Mapped[dt.date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(10), default="person")
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), index=True
    )

    __table_args__ = (
        CheckConstraint(
            "(source = 'person' AND person_id IS NOT NULL) OR "
            "(source IN ('anonymous', 'self') AND person_id IS NULL)",
            name="source_matches_person",
        ),
    )

    items: Mapped[list["FeedbackItem"]] = relationship(
        cascade="all, delete-orphan", order_by="FeedbackItem.position"
    )


class FeedbackItem(Base):
    __tablename__ = "feedback_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(
        ForeignKey("feedback_response.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(10), default="start")
    text: Mapped[str] = mapped_column(Text, default="")
    themes: Mapped[str] = mapped_column(Text, default="")  # comma-separated, lower case
    status: Mapped[str] = mapped_column(String(10), default="open")

    __table_args__ = (
        CheckConstraint("kind IN ('start', 'stop', 'continue')", name="kind_known"),
        CheckConstraint("status IN ('open', 'acting', 'done', 'closed')", name="status_known"),
    )


class FeedbackAction(Base):
    """The one theme the user chose to act on: what they will do, by when, when to check.

    Its items follow it: open → acting → done → closed. Closing records what changed,
    which can become a lesson.
    """

    __tablename__ = "feedback_action"

    id: Mapped[int] = mapped_column(primary_key=True)
    theme: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(Text, default="")
    started_on: Mapped[dt.date] = mapped_column(Date)
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    check_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="acting")
    what_changed: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    lesson_id: Mapped[int | None] = mapped_column(ForeignKey("lesson.id", ondelete="SET NULL"))

    __table_args__ = (
        CheckConstraint("status IN ('acting', 'done', 'closed')", name="status_known"),
    )


class LessonDismissal(Base):
    """A resurfaced lesson the user put away for one week."""

    __tablename__ = "lesson_dismissal"

    lesson_id: Mapped[int] = mapped_column(
        ForeignKey("lesson.id", ondelete="CASCADE"), primary_key=True
    )
    week_start: Mapped[dt.date] = mapped_column(Date, primary_key=True)


# --- Practice and Insights ----------------------------------------------------------------


class CustomBehaviour(Base):
    """A behaviour the user wrote, next to the built-in catalogue."""

    __tablename__ = "custom_behaviour"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    done_today: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)

    __table_args__ = (CheckConstraint("kind IN ('lead', 'manage')", name="kind_known"),)


class PracticeCycle(Base):
    """Two weeks of practising one leadership and one management behaviour.

    Behaviours are kept by key (a catalogue key or "custom:<id>") and by title, so the
    history still reads right if a custom behaviour is later edited or removed.
    """

    __tablename__ = "practice_cycle"

    id: Mapped[int] = mapped_column(primary_key=True)
    started_on: Mapped[dt.date] = mapped_column(Date)
    length_days: Mapped[int] = mapped_column(Integer, default=14)
    working_days_only: Mapped[bool] = mapped_column(Boolean, default=False)
    lead_key: Mapped[str] = mapped_column(String(100))
    lead_title: Mapped[str] = mapped_column(Text)
    manage_key: Mapped[str] = mapped_column(String(100))
    manage_title: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(10), default="active")
    ended_on: Mapped[dt.date | None] = mapped_column(Date)
    what_worked: Mapped[str] = mapped_column(Text, default="")
    what_did_not: Mapped[str] = mapped_column(Text, default="")
    what_i_will_change: Mapped[str] = mapped_column(Text, default="")
    keep_practising: Mapped[str] = mapped_column(String(10), default="")
    self_feedback_id: Mapped[int | None] = mapped_column(
        ForeignKey("feedback_response.id", ondelete="SET NULL")
    )

    __table_args__ = (
        CheckConstraint("status IN ('active', 'finished', 'ended')", name="status_known"),
        CheckConstraint("length_days BETWEEN 1 AND 60", name="length_range"),
    )

    ticks: Mapped[list["PracticeTick"]] = relationship(
        cascade="all, delete-orphan", order_by="PracticeTick.day"
    )


class PracticeTick(Base):
    """One day's mark for one of the cycle's two behaviours: done or skipped (with why)."""

    __tablename__ = "practice_tick"

    cycle_id: Mapped[int] = mapped_column(
        ForeignKey("practice_cycle.id", ondelete="CASCADE"), primary_key=True
    )
    behaviour: Mapped[str] = mapped_column(String(10), primary_key=True)  # lead / manage
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    state: Mapped[str] = mapped_column(String(10), default="done")
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        CheckConstraint("behaviour IN ('lead', 'manage')", name="behaviour_known"),
        CheckConstraint("state IN ('done', 'skipped')", name="state_known"),
    )


class TeamCheck(Base):
    """The weekly lead-or-manage self-check: what the team is showing this week."""

    __tablename__ = "team_check"

    id: Mapped[int] = mapped_column(primary_key=True)
    week_start: Mapped[dt.date] = mapped_column(Date, unique=True)
    confused: Mapped[bool] = mapped_column(Boolean, default=False)
    low_energy: Mapped[bool] = mapped_column(Boolean, default=False)
    resisting: Mapped[bool] = mapped_column(Boolean, default=False)
    chaotic: Mapped[bool] = mapped_column(Boolean, default=False)
    inconsistent: Mapped[bool] = mapped_column(Boolean, default=False)
    firefighting: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")


# --- Reminders ---------------------------------------------------------------------------


class ReminderLog(Base):
    """Each reminder occurrence once shown (so none fires twice), or snoozed until later."""

    __tablename__ = "reminder_log"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    link: Mapped[str] = mapped_column(Text, default="")
    due: Mapped[dt.datetime] = mapped_column(DateTime)  # local wall-clock time
    delivered_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    snoozed_until: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)
