"""Goals above the week (issue 24): a bigger outcome that weekly outcomes serve.

A week names the goal it moves (``WeekPlan.goal_id``). A goal ends achieved, changed or
dropped, each with a reason and a day; a goal that changed keeps its old wording and
points to the goal that carries on in its place (``replaced_by_id``).
"""

import datetime as dt
from enum import StrEnum

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from leadjournal.db.models.base import Base, utc_now


class GoalStatus(StrEnum):
    """Where a goal stands (``Goal.status``)."""

    OPEN = "open"
    ACHIEVED = "achieved"
    CHANGED = "changed"  # reworded: the goal in ``replaced_by_id`` carries on
    DROPPED = "dropped"


class GoalHorizon(StrEnum):
    """How far ahead a goal looks (``Goal.horizon``); ``target_date`` holds its last day."""

    QUARTER = "quarter"
    HALF_YEAR = "half_year"
    YEAR = "year"
    DATE = "date"  # a day the user chose


class Goal(Base):
    """One bigger outcome: what, why, how success is measured, and by when."""

    __tablename__ = "goal"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Text, default="")
    why: Mapped[str] = mapped_column(Text, default="")
    measure: Mapped[str] = mapped_column(Text, default="")  # how success is measured
    horizon: Mapped[str] = mapped_column(String(20), default=GoalHorizon.QUARTER)
    target_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default=GoalStatus.OPEN)
    set_on: Mapped[dt.date] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    close_reason: Mapped[str] = mapped_column(Text, default="")
    # A changed goal: the goal that took its place (the new wording).
    replaced_by_id: Mapped[int | None] = mapped_column(ForeignKey("goal.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)

    __table_args__ = (
        CheckConstraint(
            "status IN ('open', 'achieved', 'changed', 'dropped')", name="status_known"
        ),
        CheckConstraint(
            "horizon IN ('quarter', 'half_year', 'year', 'date')", name="horizon_known"
        ),
    )
