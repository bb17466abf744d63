"""The Coaching Log: one-on-ones, coaching, improvement plans, recognition, delegation."""

import datetime as dt

from sqlalchemy import Boolean, CheckConstraint, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from leadjournal.db.enums import (
    ActionOwner,
    ActionStatus,
    AgendaSource,
    DecisionRights,
    DelegationRisk,
    DelegationStatus,
    PlanStatus,
    PracticeOutcome,
)
from leadjournal.db.models.base import Base


class OneOnOne(Base):
    """A one-on-one with one person: when, the agenda, notes and action items."""

    __tablename__ = "one_on_one"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    # Local wall-clock time; the reminder for preparing it is computed from this.
    scheduled_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    notes: Mapped[str] = mapped_column(Text, default="")

    agenda: Mapped[list["AgendaItem"]] = relationship(
        lazy="raise", cascade="all, delete-orphan", order_by="AgendaItem.position"
    )
    action_items: Mapped[list["ActionItem"]] = relationship(
        lazy="raise",
        back_populates="one_on_one",
        cascade="all, delete-orphan",
        order_by="ActionItem.position",
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
    source: Mapped[str] = mapped_column(String(20), default=AgendaSource.OWN)


class ActionItem(Base):
    """Something agreed in a one-on-one; open items follow the person to the next one."""

    __tablename__ = "action_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    one_on_one_id: Mapped[int] = mapped_column(
        ForeignKey("one_on_one.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(10), default=ActionOwner.THEM)
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default=ActionStatus.OPEN)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)

    __table_args__ = (
        CheckConstraint("owner IN ('me', 'them')", name="owner_known"),
        CheckConstraint("status IN ('open', 'done', 'dropped')", name="status_known"),
    )

    one_on_one: Mapped["OneOnOne"] = relationship(lazy="raise", back_populates="action_items")


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
    practice_outcome: Mapped[str] = mapped_column(String(10), default=PracticeOutcome.NOT_ASKED)
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
    status: Mapped[str] = mapped_column(String(10), default=PlanStatus.ACTIVE)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)

    __table_args__ = (
        CheckConstraint("status IN ('active', 'met', 'not_met', 'stopped')", name="status_known"),
        CheckConstraint("cadence_days >= 1 AND length_weeks >= 1", name="positive_period"),
    )

    checkins: Mapped[list["PlanCheckIn"]] = relationship(
        lazy="raise", cascade="all, delete-orphan", order_by="PlanCheckIn.checked_on"
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
    decision_rights: Mapped[str] = mapped_column(
        String(20), default=DecisionRights.DECIDE_THEN_TELL
    )
    checkpoints: Mapped[str] = mapped_column(Text, default="")
    risk: Mapped[str] = mapped_column(String(10), default=DelegationRisk.LOW)
    reasoning: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default=DelegationStatus.OPEN)

    __table_args__ = (
        CheckConstraint(
            "decision_rights IN ('decide_alone', 'decide_then_tell', 'recommend')",
            name="rights_known",
        ),
        CheckConstraint("risk IN ('low', 'high')", name="risk_known"),
        CheckConstraint("status IN ('open', 'done')", name="status_known"),
    )


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
