"""Goals above the week, and the weeks whose outcome serves one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select, update

from leadjournal.db.models import Goal, WeekPlan
from leadjournal.db.unit_of_work import SessionSource

# The columns a goal's wording and state may be changed through ``update``.
GOAL_FIELDS = frozenset(
    {
        "title",
        "why",
        "measure",
        "horizon",
        "target_date",
        "status",
        "closed_on",
        "close_reason",
        "replaced_by_id",
    }
)


class GoalRepository:
    def __init__(self, sessions: SessionSource) -> None:
        self._sessions = sessions

    def add(self, set_on: dt.date, **fields: Any) -> Goal:
        unknown = set(fields) - GOAL_FIELDS
        if unknown:
            raise ValueError(f"not goal fields: {sorted(unknown)}")
        with self._sessions.begin() as session:
            goal = Goal(set_on=set_on, **fields)
            session.add(goal)
            session.flush()
            return goal

    def get(self, goal_id: int) -> Goal | None:
        with self._sessions() as session:
            return session.get(Goal, goal_id)

    def update(self, goal_id: int, **fields: Any) -> None:
        unknown = set(fields) - GOAL_FIELDS
        if unknown:
            raise ValueError(f"not goal fields: {sorted(unknown)}")
        with self._sessions.begin() as session:
            goal = session.get(Goal, goal_id)
            if goal is None:
                return
            for name, value in fields.items():
                setattr(goal, name, value)

    def delete(self, goal_id: int) -> None:
        """Delete a goal; the weeks that served it serve no goal now."""
        with self._sessions.begin() as session:
            session.execute(
                update(WeekPlan).where(WeekPlan.goal_id == goal_id).values(goal_id=None)
            )
            goal = session.get(Goal, goal_id)
            if goal is not None:
                session.delete(goal)

    def all(self, statuses: Sequence[str] = ()) -> list[Goal]:
        """Every goal (of ``statuses`` only, when given), in the order they were set."""
        query = select(Goal).order_by(Goal.set_on, Goal.id)
        if statuses:
            query = query.where(Goal.status.in_(statuses))
        with self._sessions() as session:
            return list(session.scalars(query))

    def week_counts(self) -> dict[int, int]:
        """How many weeks link to each goal (goals with none are left out)."""
        query = (
            select(WeekPlan.goal_id, func.count())
            .where(WeekPlan.goal_id.is_not(None))
            .group_by(WeekPlan.goal_id)
        )
        with self._sessions() as session:
            counts: dict[int, int] = {}
            for goal_id, count in session.execute(query):
                if goal_id is not None:
                    counts[goal_id] = count
            return counts

    def weeks_between(self, first: dt.date, last: dt.date) -> list[tuple[dt.date, str, int | None]]:
        """Every planned week from ``first`` to ``last`` (Mondays): its start, outcome and
        goal, oldest first, in one statement."""
        query = (
            select(WeekPlan.week_start, WeekPlan.outcome, WeekPlan.goal_id)
            .where(WeekPlan.week_start.between(first, last))
            .order_by(WeekPlan.week_start)
        )
        with self._sessions() as session:
            return [(start, outcome, goal_id) for start, outcome, goal_id in session.execute(query)]

    def goal_of_week(self, week_start: dt.date) -> int | None:
        with self._sessions() as session:
            return session.scalar(select(WeekPlan.goal_id).where(WeekPlan.week_start == week_start))

    def link_week(self, week_id: int, goal_id: int | None) -> None:
        """The week's outcome serves ``goal_id`` (None: no goal)."""
        with self._sessions.begin() as session:
            session.execute(update(WeekPlan).where(WeekPlan.id == week_id).values(goal_id=goal_id))

    def move_weeks(self, from_goal: int, to_goal: int, since: dt.date) -> int:
        """Weeks from ``since`` on that served ``from_goal`` serve ``to_goal`` now; how many."""
        statement = (
            update(WeekPlan)
            .where(WeekPlan.goal_id == from_goal, WeekPlan.week_start >= since)
            .values(goal_id=to_goal)
        )
        with self._sessions.begin() as session:
            return int(session.execute(statement).rowcount or 0)  # type: ignore[attr-defined]
