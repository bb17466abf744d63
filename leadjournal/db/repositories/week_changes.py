"""The week's change log (``week_change``): tasks added after the plan was confirmed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select

from leadjournal.db.models import Task, WeekChange, WeekPlan
from leadjournal.db.unit_of_work import SessionSource


class WeekChangeRepository:
    def __init__(self, sessions: SessionSource) -> None:
        self._sessions = sessions

    def add(
        self,
        week_id: int,
        *,
        added_task_id: int | None,
        added_title: str,
        moved_task_id: int | None,
        moved_title: str,
        moved_to: str,
        why: str,
        changed_at: dt.datetime,
    ) -> int:
        with self._sessions.begin() as session:
            change = WeekChange(
                week_id=week_id,
                added_task_id=added_task_id,
                added_title=added_title,
                moved_task_id=moved_task_id,
                moved_title=moved_title,
                moved_to=moved_to,
                why=why,
                changed_at=changed_at,
            )
            session.add(change)
            session.flush()
            return change.id

    def of_week(self, week_id: int) -> list[WeekChange]:
        """The week's changes, oldest first."""
        with self._sessions() as session:
            return list(
                session.scalars(
                    select(WeekChange).where(WeekChange.week_id == week_id).order_by(WeekChange.id)
                )
            )

    def slip_categories_between(self, first: dt.date, last: dt.date) -> list[tuple[dt.date, str]]:
        """(week's Monday, kind of reason) of every slipped task given a kind, in the weeks
        from ``first`` to ``last``."""
        with self._sessions() as session:
            rows = session.execute(
                select(WeekPlan.week_start, Task.slip_category)
                .join(WeekPlan, Task.week_id == WeekPlan.id)
                .where(Task.slip_category != "", WeekPlan.week_start.between(first, last))
                .order_by(WeekPlan.week_start)
            ).all()
        return [(start, category) for start, category in rows]

    def slips_between(
        self, first: dt.date, last: dt.date, over_before: dt.date
    ) -> list[tuple[dt.date, str]]:
        """(week's Monday, kind of reason, "" for none given) of every slipped task in the
        weeks from ``first`` to ``last``: given a kind, or not done in a week that is over
        (begun before ``over_before``) or reviewed."""
        slipped = (Task.status != "done") & (
            (WeekPlan.week_start < over_before) | WeekPlan.review_done
        )
        with self._sessions() as session:
            rows = session.execute(
                select(WeekPlan.week_start, Task.slip_category)
                .join(WeekPlan, Task.week_id == WeekPlan.id)
                .where((Task.slip_category != "") | slipped)
                .where(WeekPlan.week_start.between(first, last))
                .order_by(WeekPlan.week_start)
            ).all()
        return [(start, category) for start, category in rows]

    def slipped_of_person(self, person_id: int, over_before: dt.date) -> list[tuple[dt.date, Task]]:
        """(week's Monday, task) of every task the person owns that slipped: not done in a
        week that is over (begun before ``over_before``) or reviewed, or given a reason."""
        with self._sessions() as session:
            rows = session.execute(
                select(WeekPlan.week_start, Task)
                .join(WeekPlan, Task.week_id == WeekPlan.id)
                .where(
                    Task.owner_person_id == person_id,
                    Task.status != "done",
                    (WeekPlan.week_start < over_before)
                    | WeekPlan.review_done
                    | (Task.slip_reason != "")
                    | (Task.slip_category != ""),
                )
                .order_by(WeekPlan.week_start, Task.position)
            ).all()
        return [(start, task) for start, task in rows]

    def slipped_of_people(self, person_ids: Sequence[int]) -> list[tuple[dt.date, Task]]:
        """(week's Monday, task) of every task these people own that slipped with a reason
        or its kind given, oldest week first."""
        if not person_ids:
            return []
        with self._sessions() as session:
            rows = session.execute(
                select(WeekPlan.week_start, Task)
                .join(WeekPlan, Task.week_id == WeekPlan.id)
                .where(
                    Task.owner_person_id.in_(person_ids),
                    Task.status != "done",
                    (Task.slip_reason != "") | (Task.slip_category != ""),
                )
                .order_by(WeekPlan.week_start, Task.position)
            ).all()
        return [(start, task) for start, task in rows]
