"""Practice cycles, their daily ticks, custom behaviours, and the weekly self-check."""

from __future__ import annotations

import datetime as dt
from typing import TypedDict, Unpack

from sqlalchemy import Integer, cast, delete, func, select
from sqlalchemy.orm import selectinload

from leadjournal.db.enums import PracticeCycleStatus, TickState
from leadjournal.db.models import (
    CustomBehaviour,
    PracticeCycle,
    PracticeTick,
    TeamCheck,
)
from leadjournal.db.repositories.weeks import _only
from leadjournal.db.unit_of_work import SessionSource


class ReflectionFields(TypedDict, total=False):
    """The day-14 look back of a cycle."""

    what_worked: str
    what_did_not: str
    what_i_will_change: str
    keep_practising: str
    self_feedback_id: int | None


class CheckFields(TypedDict, total=False):
    """The weekly self-check: which signals the team shows, and a note."""

    confused: bool
    low_energy: bool
    resisting: bool
    chaotic: bool
    inconsistent: bool
    firefighting: bool
    note: str


_REFLECTION_FIELDS = set(ReflectionFields.__annotations__)
_CHECK_FIELDS = set(CheckFields.__annotations__)


class PracticeRepository:
    def __init__(self, sessions: SessionSource) -> None:
        self._sessions = sessions

    # --- custom behaviours --------------------------------------------------------------------

    def add_custom(
        self,
        kind: str,
        title: str,
        description: str = "",
        done_today: str = "",
        schedule: str = "daily",
    ) -> int:
        with self._sessions.begin() as session:
            behaviour = CustomBehaviour(
                kind=kind,
                title=title.strip(),
                description=description.strip(),
                done_today=done_today.strip(),
                schedule=schedule,
            )
            session.add(behaviour)
            session.flush()
            return behaviour.id

    def customs(self) -> list[CustomBehaviour]:
        with self._sessions() as session:
            return list(session.scalars(select(CustomBehaviour).order_by(CustomBehaviour.id)))

    # --- cycles -------------------------------------------------------------------------------

    def start_cycle(
        self,
        started_on: dt.date,
        lead: tuple[str, str],
        manage: tuple[str, str],
        working_days_only: bool = False,
        length_days: int = 14,
        schedules: tuple[str, str] = ("daily", "daily"),
    ) -> int:
        """Store a new active cycle of ``(key, title)`` behaviours (that only one is active
        at a time is the rule of :mod:`leadjournal.services.practice`)."""
        with self._sessions.begin() as session:
            cycle = PracticeCycle(
                started_on=started_on,
                length_days=length_days,
                working_days_only=working_days_only,
                lead_key=lead[0],
                lead_title=lead[1],
                lead_schedule=schedules[0],
                manage_schedule=schedules[1],
                manage_key=manage[0],
                manage_title=manage[1],
                status=PracticeCycleStatus.ACTIVE,
            )
            session.add(cycle)
            session.flush()
            return cycle.id

    def active_cycle(self) -> PracticeCycle | None:
        with self._sessions() as session:
            return session.scalar(
                select(PracticeCycle)
                .where(PracticeCycle.status == PracticeCycleStatus.ACTIVE)
                .options(selectinload(PracticeCycle.ticks))
            )

    def cycles(self) -> list[PracticeCycle]:
        """Every cycle with its ticks, newest first."""
        with self._sessions() as session:
            return list(
                session.scalars(
                    select(PracticeCycle)
                    .order_by(PracticeCycle.started_on.desc(), PracticeCycle.id.desc())
                    .options(selectinload(PracticeCycle.ticks))
                )
            )

    def cycles_without_ticks(self) -> list[PracticeCycle]:
        """Every cycle, newest first, ticks not loaded (do not touch ``ticks``)."""
        with self._sessions() as session:
            return list(
                session.scalars(
                    select(PracticeCycle).order_by(
                        PracticeCycle.started_on.desc(), PracticeCycle.id.desc()
                    )
                )
            )

    def done_counts(self, cycle_id: int | None = None) -> dict[tuple[int, str, int], int]:
        """Days marked done, by cycle, behaviour and week of the cycle (0 for its first
        seven days), counted in the database; of one cycle when ``cycle_id`` is given."""
        week = cast(
            (func.julianday(PracticeTick.day) - func.julianday(PracticeCycle.started_on)) / 7,
            Integer,
        )
        query = (
            select(PracticeTick.cycle_id, PracticeTick.behaviour, week, func.count())
            .join(PracticeCycle, PracticeCycle.id == PracticeTick.cycle_id)
            .where(PracticeTick.state == TickState.DONE)
            .group_by(PracticeTick.cycle_id, PracticeTick.behaviour, week)
        )
        if cycle_id is not None:
            query = query.where(PracticeTick.cycle_id == cycle_id)
        with self._sessions() as session:
            rows = session.execute(query).all()
        return {(cycle_id, behaviour, number): count for cycle_id, behaviour, number, count in rows}

    def cycle(self, cycle_id: int) -> PracticeCycle | None:
        """One cycle with its ticks, or None if there is no such cycle."""
        with self._sessions() as session:
            return session.scalar(
                select(PracticeCycle)
                .where(PracticeCycle.id == cycle_id)
                .options(selectinload(PracticeCycle.ticks))
            )

    def delete_cycle(self, cycle_id: int) -> None:
        """Remove a cycle and its ticks (the rule for when is in services.practice)."""
        with self._sessions.begin() as session:
            cycle = session.get(PracticeCycle, cycle_id)
            if cycle is not None:
                session.delete(cycle)

    def finish_cycle(self, cycle_id: int, ended_on: dt.date, early: bool = False) -> None:
        """Close a cycle: "finished" after its reflection, or "ended" early."""
        with self._sessions.begin() as session:
            cycle = session.get_one(PracticeCycle, cycle_id)
            cycle.status = PracticeCycleStatus.ENDED if early else PracticeCycleStatus.FINISHED
            cycle.ended_on = ended_on

    def update_reflection(self, cycle_id: int, **fields: Unpack[ReflectionFields]) -> None:
        with self._sessions.begin() as session:
            cycle = session.get_one(PracticeCycle, cycle_id)
            for name, value in _only(fields, _REFLECTION_FIELDS).items():
                setattr(cycle, name, value)

    def set_tick(
        self, cycle_id: int, behaviour: str, day: dt.date, state: TickState | None, note: str = ""
    ) -> None:
        """Mark a day done or skipped (with a note or reason); ``None`` clears the mark."""
        with self._sessions.begin() as session:
            tick = session.get(PracticeTick, (cycle_id, behaviour, day))
            if state is None:
                if tick is not None:
                    session.delete(tick)
                return
            if tick is None:
                tick = PracticeTick(cycle_id=cycle_id, behaviour=behaviour, day=day)
                session.add(tick)
            tick.state = state
            tick.note = note

    # --- the weekly self-check ------------------------------------------------------------------

    def check(self, week_start: dt.date) -> TeamCheck | None:
        with self._sessions() as session:
            return session.scalar(select(TeamCheck).where(TeamCheck.week_start == week_start))

    def save_check(self, week_start: dt.date, **fields: Unpack[CheckFields]) -> None:
        with self._sessions.begin() as session:
            check = session.scalar(select(TeamCheck).where(TeamCheck.week_start == week_start))
            if check is None:
                check = TeamCheck(week_start=week_start)
                session.add(check)
            for name, value in _only(fields, _CHECK_FIELDS).items():
                setattr(check, name, value)

    def checks_between(self, first: dt.date, last: dt.date) -> list[TeamCheck]:
        with self._sessions() as session:
            return list(
                session.scalars(
                    select(TeamCheck)
                    .where(TeamCheck.week_start.between(first, last))
                    .order_by(TeamCheck.week_start)
                )
            )

    def clear_check(self, week_start: dt.date) -> None:
        with self._sessions.begin() as session:
            session.execute(delete(TeamCheck).where(TeamCheck.week_start == week_start))
