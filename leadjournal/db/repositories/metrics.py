"""The team's own metrics and their weekly values."""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from sqlalchemy import delete, func, select

from leadjournal.db.models import Metric, MetricValue
from leadjournal.db.unit_of_work import SessionSource


class WeekValue(NamedTuple):
    """One metric's value in one week (its Monday), with the note written beside it."""

    metric_id: int
    week: dt.date
    value: float
    note: str


METRIC_FIELDS = frozenset({"name", "unit", "kind", "target", "better", "active", "position"})


class MetricRepository:
    def __init__(self, sessions: SessionSource) -> None:
        self._sessions = sessions

    def all(self) -> list[Metric]:
        """Every metric, retired ones too, in the user's order."""
        with self._sessions() as session:
            query = select(Metric).order_by(Metric.position, Metric.id)
            return list(session.scalars(query))

    def get(self, metric_id: int) -> Metric | None:
        with self._sessions() as session:
            return session.get(Metric, metric_id)

    def add(self, **fields: Any) -> int:
        """A new metric placed after the others; its id."""
        with self._sessions.begin() as session:
            last = session.scalar(select(func.max(Metric.position)))
            metric = Metric(**fields, position=(last or 0) + 1)
            session.add(metric)
            session.flush()
            return metric.id

    def update(self, metric_id: int, **fields: Any) -> None:
        unknown = set(fields) - METRIC_FIELDS
        if unknown:
            raise ValueError(f"not metric fields: {sorted(unknown)}")
        with self._sessions.begin() as session:
            metric = session.get(Metric, metric_id)
            if metric is not None:
                for name, value in fields.items():
                    setattr(metric, name, value)

    def values_between(self, first: dt.date, last: dt.date) -> list[WeekValue]:
        """Every value of every metric in the weeks from ``first`` to ``last``, in week
        order: one statement, however many weeks (plain rows: ten years read quickly)."""
        query = (
            select(MetricValue.metric_id, MetricValue.week, MetricValue.value, MetricValue.note)
            .where(MetricValue.week.between(first, last))
            .order_by(MetricValue.week, MetricValue.metric_id)
        )
        with self._sessions() as session:
            return [WeekValue(*row) for row in session.execute(query)]

    def values_of_week(self, week: dt.date) -> list[WeekValue]:
        return self.values_between(week, week)

    def value_counts(self) -> dict[int, int]:
        """How many weeks each metric has a value for, by metric id."""
        query = select(MetricValue.metric_id, func.count()).group_by(MetricValue.metric_id)
        with self._sessions() as session:
            return {metric_id: count for metric_id, count in session.execute(query)}

    def record(self, metric_id: int, week: dt.date, value: float, note: str) -> None:
        """Set the metric's value (and note) for ``week``, made on first write."""
        with self._sessions.begin() as session:
            found = session.scalar(
                select(MetricValue).where(
                    MetricValue.metric_id == metric_id, MetricValue.week == week
                )
            )
            if found is None:
                session.add(MetricValue(metric_id=metric_id, week=week, value=value, note=note))
            else:
                found.value = value
                found.note = note

    def forget(self, metric_id: int, week: dt.date) -> None:
        """Remove the metric's value for ``week`` (the field was cleared)."""
        with self._sessions.begin() as session:
            session.execute(
                delete(MetricValue).where(
                    MetricValue.metric_id == metric_id, MetricValue.week == week
                )
            )
