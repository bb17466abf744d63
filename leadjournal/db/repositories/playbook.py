"""The playbook's records: rollouts with their steps and weekly feedback, and the few
week records a scenario template writes (priorities parked as set-aside records)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import selectinload

from leadjournal.db.models import Priority, Rollout, RolloutFeedback, RolloutStep, SetAside, Task
from leadjournal.db.unit_of_work import SessionSource

# A parked priority's open tasks wait for next week (Friday's review carries them over).
CARRY_OVER = "carry_over"


class PlaybookRepository:
    def __init__(self, sessions: SessionSource) -> None:
        self._sessions = sessions

    # --- the scope reset -------------------------------------------------------------

    def park_priority(self, priority_id: int, why: str, at: dt.datetime) -> int:
        """Take a priority out of its week and keep it as a set-aside record; its open
        tasks leave the plan, marked to carry over. Returns the record's id."""
        with self._sessions.begin() as session:
            priority = session.get_one(Priority, priority_id)
            tasks = list(session.scalars(select(Task).where(Task.priority_id == priority_id)))
            waiting = [task for task in tasks if task.status != "done"]
            for task in tasks:
                task.priority_id = None
            for task in waiting:
                task.slip_decision = CARRY_OVER
                task.slip_reason = why
            record = SetAside(
                week_id=priority.week_id,
                title=priority.title,
                replaced_by="",
                why=why,
                tasks_went="carried" if waiting else "none",
                task_count=len(waiting),
                set_aside_at=at,
            )
            session.add(record)
            session.delete(priority)
            session.flush()
            return record.id

    def park_item(self, week_id: int, title: str, why: str, at: dt.datetime) -> int:
        """Keep an idea or request that is not for this week as a set-aside record."""
        with self._sessions.begin() as session:
            record = SetAside(
                week_id=week_id,
                title=title,
                replaced_by="",
                why=why,
                tasks_went="none",
                task_count=0,
                set_aside_at=at,
            )
            session.add(record)
            session.flush()
            return record.id

    # --- rollouts -------------------------------------------------------------------------

    def add_rollout(
        self,
        title: str,
        purpose: str,
        started_week: dt.date,
        at: dt.datetime,
        steps: Sequence[tuple[str, str, str, str]],
    ) -> int:
        """A new rollout with its checklist: ``(kind, department, owner, what)`` per step."""
        with self._sessions.begin() as session:
            rollout = Rollout(
                title=title, purpose=purpose, started_week=started_week, created_at=at
            )
            session.add(rollout)
            session.flush()
            for position, (kind, department, owner, what) in enumerate(steps):
                session.add(
                    RolloutStep(
                        rollout_id=rollout.id,
                        position=position,
                        kind=kind,
                        department=department,
                        owner=owner,
                        what=what,
                    )
                )
            return rollout.id

    def rollout(self, rollout_id: int) -> Rollout | None:
        with self._sessions() as session:
            return session.scalar(
                select(Rollout)
                .where(Rollout.id == rollout_id)
                .options(selectinload(Rollout.steps), selectinload(Rollout.feedback))
            )

    def rollouts_in(self, first: dt.date, last: dt.date) -> list[Rollout]:
        """Rollouts running at any time from the week of ``first`` to ``last`` (started by
        then, not finished before), with their steps and feedback, oldest first."""
        query = (
            select(Rollout)
            .where(
                Rollout.started_week <= last,
                or_(Rollout.finished_week.is_(None), Rollout.finished_week >= first),
            )
            .options(selectinload(Rollout.steps), selectinload(Rollout.feedback))
            .order_by(Rollout.started_week, Rollout.id)
        )
        with self._sessions() as session:
            return list(session.scalars(query))

    def all_rollouts(self) -> list[Rollout]:
        query = (
            select(Rollout)
            .options(selectinload(Rollout.steps), selectinload(Rollout.feedback))
            .order_by(Rollout.started_week, Rollout.id)
        )
        with self._sessions() as session:
            return list(session.scalars(query))

    def set_step_done(self, step_id: int, done_week: dt.date | None) -> int:
        """Tick a step off in ``done_week`` (None: not done after all); its rollout's id."""
        with self._sessions.begin() as session:
            step = session.get_one(RolloutStep, step_id)
            step.done_week = done_week
            return step.rollout_id

    def set_finished(self, rollout_id: int, finished_week: dt.date | None) -> None:
        with self._sessions.begin() as session:
            session.get_one(Rollout, rollout_id).finished_week = finished_week

    def save_feedback(self, rollout_id: int, week_start: dt.date, heard: str) -> None:
        """What was heard in the week's feedback loop (empty words: none)."""
        with self._sessions.begin() as session:
            entry = session.scalar(
                select(RolloutFeedback).where(
                    RolloutFeedback.rollout_id == rollout_id,
                    RolloutFeedback.week_start == week_start,
                )
            )
            if not heard.strip():
                if entry is not None:
                    session.delete(entry)
                return
            if entry is None:
                session.add(
                    RolloutFeedback(rollout_id=rollout_id, week_start=week_start, heard=heard)
                )
            else:
                entry.heard = heard

    def delete_rollout(self, rollout_id: int) -> None:
        with self._sessions.begin() as session:
            session.execute(delete(Rollout).where(Rollout.id == rollout_id))
