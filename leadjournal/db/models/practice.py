"""Practice cycles of two behaviours, custom behaviours, and the weekly team self-check."""

import datetime as dt

from sqlalchemy import Boolean, CheckConstraint, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from leadjournal.db.enums import KeepPractising, PracticeCycleStatus, TickState
from leadjournal.db.models.base import Base, utc_now


class CustomBehaviour(Base):
    """A behaviour the user wrote, next to the built-in catalogue."""

    __tablename__ = "custom_behaviour"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    done_today: Mapped[str] = mapped_column(Text, default="")
    # How often it is practised: daily, times:N (a week) or weekly:DAY (0 = Monday).
    schedule: Mapped[str] = mapped_column(String(20), default="daily")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)

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
    # Each behaviour's schedule, as CustomBehaviour.schedule; daily before issue 24.
    lead_schedule: Mapped[str] = mapped_column(String(20), default="daily")
    manage_schedule: Mapped[str] = mapped_column(String(20), default="daily")
    status: Mapped[str] = mapped_column(String(10), default=PracticeCycleStatus.ACTIVE)
    ended_on: Mapped[dt.date | None] = mapped_column(Date)
    what_worked: Mapped[str] = mapped_column(Text, default="")
    what_did_not: Mapped[str] = mapped_column(Text, default="")
    what_i_will_change: Mapped[str] = mapped_column(Text, default="")
    keep_practising: Mapped[str] = mapped_column(String(10), default=KeepPractising.NOT_DECIDED)
    self_feedback_id: Mapped[int | None] = mapped_column(
        ForeignKey("feedback_response.id", ondelete="SET NULL")
    )

    __table_args__ = (
        CheckConstraint("status IN ('active', 'finished', 'ended')", name="status_known"),
        CheckConstraint("length_days BETWEEN 1 AND 60", name="length_range"),
    )

    ticks: Mapped[list["PracticeTick"]] = relationship(
        lazy="raise", cascade="all, delete-orphan", order_by="PracticeTick.day"
    )


class PracticeTick(Base):
    """One day's mark for one of the cycle's two behaviours: done or skipped (with why)."""

    __tablename__ = "practice_tick"

    cycle_id: Mapped[int] = mapped_column(
        ForeignKey("practice_cycle.id", ondelete="CASCADE"), primary_key=True
    )
    behaviour: Mapped[str] = mapped_column(String(10), primary_key=True)  # lead / manage
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    state: Mapped[str] = mapped_column(String(10), default=TickState.DONE)
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
