"""The weekly loop: one plan per ISO week and everything hanging from it."""

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from leadjournal.db.enums import (
    CriterionKind,
    DecisionKind,
    ImprovementStatus,
    SlipDecision,
    TaskFate,
    TaskStatus,
)
from leadjournal.db.models.base import Base, utc_now

if TYPE_CHECKING:  # Thursday's records live in their own module (quoted below)
    from leadjournal.db.models.alignment import DecisionConsulted, DecisionNeeded, Touchpoint
    from leadjournal.db.models.week_change import WeekChange


class WeekPlan(Base):
    """One ISO week of the weekly loop, keyed by the Monday it starts on."""

    __tablename__ = "week_plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    week_start: Mapped[dt.date] = mapped_column(Date, unique=True)
    outcome: Mapped[str] = mapped_column(Text, default="")
    why: Mapped[str] = mapped_column(Text, default="")
    why_category: Mapped[str] = mapped_column(String(20), default="")
    # The goal above the week that its outcome moves (None: linked to no goal). No ON
    # DELETE rule: SQLite adds the column to a table with search triggers only in a plain
    # ALTER TABLE, which cannot carry one; services/goals.py unlinks before a delete.
    goal_id: Mapped[int | None] = mapped_column(ForeignKey("goal.id"))
    capacity_hours: Mapped[float | None] = mapped_column(Float)
    buffer_note: Mapped[str] = mapped_column(Text, default="")
    # Hours kept free for the unexpected: they count against the hours available.
    buffer_hours: Mapped[float | None] = mapped_column(Float)
    # When the Monday plan was confirmed: tasks present then are "planned" for the
    # delivery-reliability figure; tasks added afterwards are counted separately.
    confirmed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # Before 0010 the week's one improvement; since then improvements are records of
    # their own (``Improvement``: the migration moved these words there) and these stay
    # empty.
    improvement_what: Mapped[str] = mapped_column(Text, default="")
    improvement_why: Mapped[str] = mapped_column(Text, default="")
    improvement_status: Mapped[str] = mapped_column(String(20), default=ImprovementStatus.IDEA)
    stakeholder_update: Mapped[str] = mapped_column(Text, default="")
    # Who the stakeholder update goes to (free text, offered again the next week), and
    # the day it was marked as sent.
    update_recipients: Mapped[str] = mapped_column(String(500), default="")
    update_sent_on: Mapped[dt.date | None] = mapped_column(Date)
    next_week_focus: Mapped[str] = mapped_column(Text, default="")
    pulse_text: Mapped[str] = mapped_column(Text, default="")
    pulse_score: Mapped[int | None] = mapped_column(Integer)
    review_done: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)

    __table_args__ = (
        CheckConstraint("pulse_score IS NULL OR pulse_score BETWEEN 1 AND 5", name="pulse_range"),
    )

    priorities: Mapped[list["Priority"]] = relationship(
        lazy="raise",
        back_populates="week",
        cascade="all, delete-orphan",
        order_by="Priority.position",
    )
    tasks: Mapped[list["Task"]] = relationship(
        lazy="raise", back_populates="week", cascade="all, delete-orphan", order_by="Task.position"
    )
    deep_work_blocks: Mapped[list["DeepWorkBlock"]] = relationship(
        lazy="raise", cascade="all, delete-orphan", order_by="DeepWorkBlock.position"
    )
    checkins: Mapped[list["CheckIn"]] = relationship(
        lazy="raise", cascade="all, delete-orphan", order_by="CheckIn.id"
    )
    decisions: Mapped[list["Decision"]] = relationship(
        lazy="raise", back_populates="week", cascade="all, delete-orphan", order_by="Decision.id"
    )
    set_asides: Mapped[list["SetAside"]] = relationship(
        lazy="raise", cascade="all, delete-orphan", order_by="SetAside.id"
    )
    touchpoints: Mapped[list["Touchpoint"]] = relationship(
        lazy="raise",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="[Touchpoint.met_on, Touchpoint.id]",
    )
    decisions_needed: Mapped[list["DecisionNeeded"]] = relationship(
        lazy="raise",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="DecisionNeeded.id",
    )
    changes: Mapped[list["WeekChange"]] = relationship(
        lazy="raise", cascade="all, delete-orphan", order_by="WeekChange.id"
    )


class Priority(Base):
    __tablename__ = "priority"

    id: Mapped[int] = mapped_column(primary_key=True)
    week_id: Mapped[int] = mapped_column(ForeignKey("week_plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(Text, default="")

    week: Mapped["WeekPlan"] = relationship(lazy="raise", back_populates="priorities")
    criteria: Mapped[list["Criterion"]] = relationship(
        lazy="raise", cascade="all, delete-orphan", order_by="Criterion.position"
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
    # Plain done, a quality check, or an approval by ``approver`` (signed off on a day).
    kind: Mapped[str] = mapped_column(String(20), default=CriterionKind.DONE)
    approver: Mapped[str] = mapped_column(String(200), default="")
    signed_off: Mapped[bool] = mapped_column(Boolean, default=False)
    signed_off_on: Mapped[dt.date | None] = mapped_column(Date)

    __table_args__ = (
        CheckConstraint("kind IN ('done', 'quality', 'approval')", name="kind_known"),
    )


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
    status: Mapped[str] = mapped_column(String(20), default=TaskStatus.NOT_STARTED)
    planned: Mapped[bool] = mapped_column(Boolean, default=True)
    carried_from_id: Mapped[int | None] = mapped_column(ForeignKey("task.id", ondelete="SET NULL"))
    slip_reason: Mapped[str] = mapped_column(Text, default="")
    slip_decision: Mapped[str] = mapped_column(String(20), default=SlipDecision.UNDECIDED)
    # Why it slipped, as a kind (enums.SlipCategory; "" for not said).
    slip_category: Mapped[str] = mapped_column(String(20), default="")

    __table_args__ = (
        CheckConstraint("NOT (owned_by_me AND owner_person_id IS NOT NULL)", name="one_owner"),
        CheckConstraint("status IN ('not_started', 'in_progress', 'done')", name="status_known"),
    )

    week: Mapped["WeekPlan"] = relationship(lazy="raise", back_populates="tasks")
    depends_on: Mapped[list["TaskDependency"]] = relationship(
        lazy="raise", cascade="all, delete-orphan", foreign_keys="TaskDependency.task_id"
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
    tasks_went: Mapped[str] = mapped_column(String(20), default=TaskFate.NONE)
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
    # The task the block protects (None: not named).
    task_id: Mapped[int | None] = mapped_column(ForeignKey("task.id", ondelete="SET NULL"))


class CheckIn(Base):
    """Tuesday's check-in line for one person (``person_id`` None means the user)."""

    __tablename__ = "checkin"

    id: Mapped[int] = mapped_column(primary_key=True)
    week_id: Mapped[int] = mapped_column(ForeignKey("week_plan.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    completed: Mapped[str] = mapped_column(Text, default="")
    next_up: Mapped[str] = mapped_column(Text, default="")
    # Before 0010 a sentence; since then blockers are ``Blocker`` records (the migration
    # moved the words there) and this stays empty.
    blocked: Mapped[str] = mapped_column(Text, default="")
    next_action: Mapped[str] = mapped_column(Text, default="")
    # Words of a time from before 0010 that could not be read as a date; new ones are
    # dated (``next_action_due``).
    next_action_when: Mapped[str] = mapped_column(String(100), default="")
    next_action_due: Mapped[dt.date | None] = mapped_column(Date)
    # Asked at the next check-in: did the next action happen? (None: not asked yet)
    next_action_happened: Mapped[bool | None] = mapped_column(Boolean)

    __table_args__ = (UniqueConstraint("week_id", "person_id", name="week_person"),)


class Decision(Base):
    """An entry of the decision log, made visible on Thursday."""

    __tablename__ = "decision"

    id: Mapped[int] = mapped_column(primary_key=True)
    week_id: Mapped[int] = mapped_column(ForeignKey("week_plan.id", ondelete="CASCADE"), index=True)
    decided_on: Mapped[dt.date] = mapped_column(Date)
    decision: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    # Free names of people consulted who are not on the team (team members are links).
    consulted: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(20), default=DecisionKind.UNSAID)

    __table_args__ = (
        CheckConstraint("kind IN ('', 'direction', 'operational')", name="kind_known"),
    )

    week: Mapped["WeekPlan"] = relationship(lazy="raise", back_populates="decisions")
    consulted_links: Mapped[list["DecisionConsulted"]] = relationship(
        lazy="raise",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="DecisionConsulted.person_id",
    )
