"""The team's own metrics (issue 24): numbers the user defines, entered week by week."""

import datetime as dt
from enum import StrEnum

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
from sqlalchemy.orm import Mapped, mapped_column

from leadjournal.db.models.base import Base, utc_now


class MetricKind(StrEnum):
    """An activity is something the team does; an outcome is what it is there for."""

    ACTIVITY = "activity"
    OUTCOME = "outcome"


class MetricDirection(StrEnum):
    """Which way a metric gets better."""

    HIGHER = "higher"
    LOWER = "lower"


class Metric(Base):
    """One number the team lives by: its name, unit, kind and target.

    A retired metric (``active`` false) is no longer asked for on Fridays but keeps its
    values, so its history still charts and exports.
    """

    __tablename__ = "metric"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(40), default="")
    kind: Mapped[str] = mapped_column(String(20), default=MetricKind.OUTCOME)
    target: Mapped[float | None] = mapped_column(Float)
    better: Mapped[str] = mapped_column(String(10), default=MetricDirection.HIGHER)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)

    __table_args__ = (
        CheckConstraint("kind IN ('activity', 'outcome')", name="kind_known"),
        CheckConstraint("better IN ('higher', 'lower')", name="better_known"),
    )


class MetricValue(Base):
    """A metric's value for one week (named by its Monday), with an optional note."""

    __tablename__ = "metric_value"

    id: Mapped[int] = mapped_column(primary_key=True)
    metric_id: Mapped[int] = mapped_column(ForeignKey("metric.id", ondelete="CASCADE"))
    week: Mapped[dt.date] = mapped_column(Date, index=True)
    value: Mapped[float] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (UniqueConstraint("metric_id", "week", name="metric_week"),)
