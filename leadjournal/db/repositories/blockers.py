"""Blockers raised at the check-in, and the check-ins' dated next actions."""

from __future__ import annotations

import datetime as dt
from typing import TypedDict, Unpack

from sqlalchemy import delete, func, or_, select

from leadjournal.db.models import Blocker, CheckIn, WeekPlan
from leadjournal.db.repositories.weeks import _only
from leadjournal.db.unit_of_work import SessionSource


class BlockerFields(TypedDict, total=False):
    person_id: int | None
    task_id: int | None
    what: str
    need: str
    unblocker: str
    unblocker_person_id: int | None
    raised_on: dt.date
    resolved_on: dt.date | None


_BLOCKER_FIELDS = set(BlockerFields.__optional_keys__)
# A person (by id), the user (None), or anyone.
ANYONE = -1


def _of(person_id: int | None) -> object:
    if person_id == ANYONE:
        return True
    return Blocker.person_id.is_(None) if person_id is None else Blocker.person_id == person_id


class BlockerRepository:
    def __init__(self, sessions: SessionSource) -> None:
        self._sessions = sessions

    def add(self, week_id: int, **fields: Unpack[BlockerFields]) -> int:
        with self._sessions.begin() as session:
            position = session.scalar(
                select(func.coalesce(func.max(Blocker.position), -1) + 1).where(
                    Blocker.week_id == week_id
                )
            )
            blocker = Blocker(week_id=week_id, position=position, **_only(fields, _BLOCKER_FIELDS))
            session.add(blocker)
            session.flush()
            return blocker.id

    def update(self, blocker_id: int, **fields: Unpack[BlockerFields]) -> None:
        with self._sessions.begin() as session:
            blocker = session.get(Blocker, blocker_id)
            if blocker is None:
                return
            for name, value in _only(fields, _BLOCKER_FIELDS).items():
                setattr(blocker, name, value)

    def delete(self, blocker_id: int) -> None:
        with self._sessions.begin() as session:
            session.execute(delete(Blocker).where(Blocker.id == blocker_id))

    def get(self, blocker_id: int) -> Blocker | None:
        with self._sessions() as session:
            return session.get(Blocker, blocker_id)

    def shown_in_week(self, week_start: dt.date, person_id: int | None = ANYONE) -> list[Blocker]:
        """Blockers a week's check-in shows: raised that week, or earlier and still open
        at its start (resolved since, they stay listed as resolved)."""
        with self._sessions() as session:
            return list(
                session.scalars(
                    select(Blocker)
                    .join(WeekPlan, Blocker.week_id == WeekPlan.id)
                    .where(
                        _of(person_id),  # type: ignore[arg-type]
                        WeekPlan.week_start <= week_start,
                        or_(
                            WeekPlan.week_start == week_start,
                            Blocker.resolved_on.is_(None),
                            Blocker.resolved_on >= week_start,
                        ),
                    )
                    .order_by(Blocker.raised_on, Blocker.id)
                )
            )

    def open(self, person_id: int | None = ANYONE) -> list[Blocker]:
        """Every blocker not resolved yet, oldest first."""
        with self._sessions() as session:
            return list(
                session.scalars(
                    select(Blocker)
                    .where(_of(person_id), Blocker.resolved_on.is_(None))  # type: ignore[arg-type]
                    .order_by(Blocker.raised_on, Blocker.id)
                )
            )

    def raised_in(self, week_id: int) -> list[Blocker]:
        with self._sessions() as session:
            return list(
                session.scalars(
                    select(Blocker).where(Blocker.week_id == week_id).order_by(Blocker.id)
                )
            )

    # --- next actions ------------------------------------------------------------------

    def last_next_action(
        self, person_id: int | None, week_start: dt.date
    ) -> tuple[CheckIn, dt.date] | None:
        """The person's latest check-in before that week with a next action, and its week."""
        person = (
            CheckIn.person_id.is_(None) if person_id is None else CheckIn.person_id == person_id
        )
        with self._sessions() as session:
            row = session.execute(
                select(CheckIn, WeekPlan.week_start)
                .join(WeekPlan, CheckIn.week_id == WeekPlan.id)
                .where(person, WeekPlan.week_start < week_start, CheckIn.next_action != "")
                .order_by(WeekPlan.week_start.desc())
                .limit(1)
            ).first()
        return (row[0], row[1]) if row else None

    def next_actions_due(self, since: dt.date, by: dt.date) -> list[CheckIn]:
        """Dated next actions due between those days whose "did it happen?" is not
        answered."""
        with self._sessions() as session:
            return list(
                session.scalars(
                    select(CheckIn)
                    .where(
                        CheckIn.next_action_due.is_not(None),
                        CheckIn.next_action_due.between(since, by),
                        CheckIn.next_action_happened.is_(None),
                        CheckIn.next_action != "",
                    )
                    .order_by(CheckIn.next_action_due, CheckIn.id)
                )
            )

    # --- for the exports ---------------------------------------------------------------

    def all(self, person_id: int | None = ANYONE) -> list[Blocker]:
        """Every blocker in the journal (or the person's), oldest first."""
        with self._sessions() as session:
            return list(
                session.scalars(
                    select(Blocker)
                    .where(_of(person_id))  # type: ignore[arg-type]
                    .order_by(Blocker.raised_on, Blocker.id)
                )
            )

    def next_actions(self, person_id: int | None = ANYONE) -> list[tuple[CheckIn, dt.date]]:
        """Every check-in line (or the person's) with a next step, and its week, oldest
        first."""
        person = (
            True
            if person_id == ANYONE
            else CheckIn.person_id.is_(None)
            if person_id is None
            else CheckIn.person_id == person_id
        )
        with self._sessions() as session:
            rows = session.execute(
                select(CheckIn, WeekPlan.week_start)
                .join(WeekPlan, CheckIn.week_id == WeekPlan.id)
                .where(person, CheckIn.next_action != "")  # type: ignore[arg-type]
                .order_by(WeekPlan.week_start, CheckIn.id)
            ).all()
        return [(checkin, week_start) for checkin, week_start in rows]
