"""The playbook's cross-department rollout: a checklist of steps (an owner per
department, training, a pilot, going live, measures, a weekly feedback loop) ticked off
over the weeks, and what was heard in each week's feedback."""

import datetime as dt
from enum import StrEnum

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from leadjournal.db.models.base import Base


class RolloutStepKind(StrEnum):
    OWNER = "owner"  # someone owns the rollout in a department
    TRAINING = "training"
    PILOT = "pilot"
    LAUNCH = "launch"  # live in a department
    METRICS = "metrics"
    FEEDBACK = "feedback"  # the weekly feedback loop is running


class Rollout(Base):
    """A change rolled out across departments, from the week it started until the week
    its last step was done (None: still open)."""

    __tablename__ = "rollout"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Text, default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    started_week: Mapped[dt.date] = mapped_column(Date, index=True)
    finished_week: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    steps: Mapped[list["RolloutStep"]] = relationship(
        lazy="raise", cascade="all, delete-orphan", order_by="RolloutStep.position"
    )
    feedback: Mapped[list["RolloutFeedback"]] = relationship(
        lazy="raise", cascade="all, delete-orphan", order_by="RolloutFeedback.week_start"
    )


class RolloutStep(Base):
    """One item of the checklist; ``done_week`` is the week it was ticked off."""

    __tablename__ = "rollout_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    rollout_id: Mapped[int] = mapped_column(
        ForeignKey("rollout.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(20), default=RolloutStepKind.OWNER)
    department: Mapped[str] = mapped_column(String(200), default="")
    owner: Mapped[str] = mapped_column(String(200), default="")
    what: Mapped[str] = mapped_column(Text, default="")
    done_week: Mapped[dt.date | None] = mapped_column(Date)

    __table_args__ = (
        CheckConstraint(
            "kind IN ('owner', 'training', 'pilot', 'launch', 'metrics', 'feedback')",
            name="kind_known",
        ),
    )


class RolloutFeedback(Base):
    """What the departments said in one week's feedback loop."""

    __tablename__ = "rollout_feedback"

    id: Mapped[int] = mapped_column(primary_key=True)
    rollout_id: Mapped[int] = mapped_column(
        ForeignKey("rollout.id", ondelete="CASCADE"), index=True
    )
    week_start: Mapped[dt.date] = mapped_column(Date)
    heard: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (UniqueConstraint("rollout_id", "week_start"),)
