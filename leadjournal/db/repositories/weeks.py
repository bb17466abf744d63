"""Weeks of the weekly loop and everything that hangs off them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Unpack

from sqlalchemy import and_, delete, exists, func, select, update
from sqlalchemy.orm import selectinload

from leadjournal.db.models import (
    Blocker,
    CheckIn,
    Criterion,
    Decision,
    DeepWorkBlock,
    Lesson,
    Person,
    Priority,
    Recognition,
    Task,
    TaskDependency,
    WeekChange,
    WeekPlan,
)
from leadjournal.db.repositories import week_carry
from leadjournal.db.repositories.week_fields import (
    BlockFields,
    CheckInFields,
    DecisionFields,
    NewTaskFields,
    NextWeekTask,
    PastBlocker,
    ReviewLessonFields,
    TaskFields,
    WeekCounts,
    WeekFields,
)
from leadjournal.db.unit_of_work import SessionSource

# The names each kind of update takes (every key of those TypedDicts is optional).
_WEEK_FIELDS = set(WeekFields.__optional_keys__)
_TASK_FIELDS = set(TaskFields.__optional_keys__)
_CHECKIN_FIELDS = set(CheckInFields.__optional_keys__)
_DECISION_FIELDS = set(DecisionFields.__optional_keys__)
_BLOCK_FIELDS = set(BlockFields.__optional_keys__)
_LESSON_FIELDS = set(ReviewLessonFields.__optional_keys__)


def _only(fields: Mapping[str, Any], allowed: set[str]) -> dict[str, Any]:
    """``fields`` as a plain dict, after checking every name is one of ``allowed`` (a
    caller passing a dict read from a file is not checked by mypy)."""
    unknown = set(fields) - allowed
    if unknown:
        raise ValueError(f"Unknown fields: {sorted(unknown)}")
    return dict(fields)


# Everything a week's page shows, loaded with one extra query per kind of part.
_WHOLE_WEEK = (
    selectinload(WeekPlan.priorities).selectinload(Priority.criteria),
    selectinload(WeekPlan.tasks).selectinload(Task.depends_on),
    selectinload(WeekPlan.deep_work_blocks),
    selectinload(WeekPlan.checkins),
    selectinload(WeekPlan.decisions).selectinload(Decision.consulted_links),
    selectinload(WeekPlan.touchpoints),
    selectinload(WeekPlan.decisions_needed),
    selectinload(WeekPlan.set_asides),
    selectinload(WeekPlan.changes),
)


class WeekRepository:
    def __init__(self, sessions: SessionSource) -> None:
        self._sessions = sessions

    # --- whole weeks -------------------------------------------------------------------

    def get(self, week_start: dt.date) -> WeekPlan | None:
        """The plan of the week starting on ``week_start`` with all its parts loaded."""
        with self._sessions() as session:
            return session.scalar(
                select(WeekPlan).where(WeekPlan.week_start == week_start).options(*_WHOLE_WEEK)
            )

    def review_done(self, week_start: dt.date) -> bool | None:
        """Whether the week's Friday review is done; None when the week has no plan."""
        with self._sessions() as session:
            return session.scalar(
                select(WeekPlan.review_done).where(WeekPlan.week_start == week_start)
            )

    def all_loaded(self) -> list[WeekPlan]:
        """Every week with all its parts, oldest first, in a handful of queries (exports
        of the whole journal; one ``get`` per week would be hundreds of round trips)."""
        with self._sessions() as session:
            return list(
                session.scalars(
                    select(WeekPlan).order_by(WeekPlan.week_start).options(*_WHOLE_WEEK)
                )
            )

    def create(self, week_start: dt.date, **fields: Unpack[WeekFields]) -> int:
        """Create an empty plan for the week; return its id."""
        with self._sessions.begin() as session:
            week = WeekPlan(week_start=week_start, **_only(fields, _WEEK_FIELDS))
            session.add(week)
            session.flush()
            return week.id

    def update(self, week_id: int, **fields: Unpack[WeekFields]) -> None:
        """Change fields of a week in one UPDATE (the autosave path: no object loaded)."""
        with self._sessions.begin() as session:
            session.execute(
                update(WeekPlan).where(WeekPlan.id == week_id).values(**_only(fields, _WEEK_FIELDS))
            )

    def week_starts(self) -> list[dt.date]:
        with self._sessions() as session:
            return list(session.scalars(select(WeekPlan.week_start).order_by(WeekPlan.week_start)))

    def count(self) -> int:
        with self._sessions() as session:
            return session.scalar(select(func.count(WeekPlan.id))) or 0

    def pulses_between(
        self, first: dt.date, last: dt.date
    ) -> list[tuple[dt.date, int | None, str]]:
        """Each planned week's team-health score and sentence, oldest first."""
        with self._sessions() as session:
            rows = session.execute(
                select(WeekPlan.week_start, WeekPlan.pulse_score, WeekPlan.pulse_text)
                .where(WeekPlan.week_start.between(first, last))
                .order_by(WeekPlan.week_start)
            ).all()
        return [(start, score, text) for start, score, text in rows]

    def week_ids(self) -> dict[int, dt.date]:
        """Every planned week's id and Monday."""
        with self._sessions() as session:
            rows = session.execute(select(WeekPlan.id, WeekPlan.week_start)).all()
        return {week_id: start for week_id, start in rows}

    def counts_between(self, first: dt.date, last: dt.date) -> list[WeekCounts]:
        """Task counts for every planned week from ``first`` to ``last`` (Mondays)."""
        done = Task.status == "done"
        # A task moved out to make room for another (the week's change log) left the
        # plan on purpose: it counts neither as planned nor as added later.
        moved = exists().where(WeekChange.moved_task_id == Task.id)
        kept = and_(Task.planned, ~moved)
        with self._sessions() as session:
            rows = session.execute(
                select(
                    WeekPlan.week_start,
                    func.count(Task.id).filter(kept),
                    func.count(Task.id).filter(kept, done),
                    func.count(Task.id).filter(Task.planned.is_(False)),
                    func.count(Task.id).filter(Task.planned.is_(False), done),
                    WeekPlan.pulse_score,
                    WeekPlan.confirmed_at.is_not(None),
                )
                .outerjoin(Task, Task.week_id == WeekPlan.id)
                .where(WeekPlan.week_start.between(first, last))
                .group_by(WeekPlan.id)
                .order_by(WeekPlan.week_start)
            ).all()
        return [WeekCounts(*row) for row in rows]

    # --- priorities and their definition of done ---------------------------------------

    def add_priority(self, week_id: int, title: str, position: int) -> int:
        with self._sessions.begin() as session:
            priority = Priority(week_id=week_id, title=title, position=position)
            session.add(priority)
            session.flush()
            return priority.id

    def update_priority(self, priority_id: int, title: str) -> None:
        with self._sessions.begin() as session:
            session.get_one(Priority, priority_id).title = title

    def delete_priority(self, priority_id: int) -> None:
        """Remove a priority; its tasks stay in the week without a priority."""
        with self._sessions.begin() as session:
            session.delete(session.get_one(Priority, priority_id))

    def set_aside_priority(
        self, priority_id: int, *, replaced_by: str, why: str, tasks_went: str, at: dt.datetime
    ) -> int:
        """Put another priority in the place of ``priority_id`` and record the trade-off,
        in one transaction (see :func:`week_carry.set_aside_priority`); returns the new
        priority's id. Any failure leaves the week as it was."""
        with self._sessions.begin() as session:
            return week_carry.set_aside_priority(
                session, priority_id, replaced_by=replaced_by, why=why, tasks_went=tasks_went, at=at
            )

    def add_criterion(self, priority_id: int, text: str, position: int) -> int:
        with self._sessions.begin() as session:
            criterion = Criterion(priority_id=priority_id, text=text, position=position)
            session.add(criterion)
            session.flush()
            return criterion.id

    def update_criterion(
        self, criterion_id: int, *, text: str | None = None, met: bool | None = None
    ) -> None:
        with self._sessions.begin() as session:
            criterion = session.get_one(Criterion, criterion_id)
            if text is not None:
                criterion.text = text
            if met is not None:
                criterion.met = met

    def delete_criterion(self, criterion_id: int) -> None:
        with self._sessions.begin() as session:
            session.delete(session.get_one(Criterion, criterion_id))

    # --- tasks -------------------------------------------------------------------------

    def add_task(self, week_id: int, **fields: Unpack[NewTaskFields]) -> int:
        values = dict(fields)
        carried_from = values.pop("carried_from_id", None)
        with self._sessions.begin() as session:
            if "position" not in values:
                highest = session.scalar(
                    select(func.max(Task.position)).where(Task.week_id == week_id)
                )
                values["position"] = (highest or 0) + 1
            task = Task(
                week_id=week_id, carried_from_id=carried_from, **_only(values, _TASK_FIELDS)
            )
            session.add(task)
            session.flush()
            return task.id

    def plan_every_task(self, week_id: int) -> None:
        """Count every task of the week as planned, in one UPDATE (confirming a plan)."""
        with self._sessions.begin() as session:
            session.execute(
                update(Task)
                .where(Task.week_id == week_id, Task.planned.is_(False))
                .values(planned=True)
            )

    def get_task(self, task_id: int) -> Task | None:
        with self._sessions() as session:
            return session.get(Task, task_id, options=[selectinload(Task.depends_on)])

    def update_task(self, task_id: int, **fields: Unpack[TaskFields]) -> None:
        with self._sessions.begin() as session:
            task = session.get_one(Task, task_id)
            for name, value in _only(fields, _TASK_FIELDS).items():
                setattr(task, name, value)

    def delete_task(self, task_id: int) -> None:
        with self._sessions.begin() as session:
            session.delete(session.get_one(Task, task_id))

    def set_dependencies(self, task_id: int, depends_on_ids: Iterable[int]) -> None:
        with self._sessions.begin() as session:
            session.execute(delete(TaskDependency).where(TaskDependency.task_id == task_id))
            for other in sorted(set(depends_on_ids)):
                session.add(TaskDependency(task_id=task_id, depends_on_id=other))

    def carried_copies_of(self, task_ids: Sequence[int]) -> dict[int, int]:
        """Map each original task id to the id of the copy carried into a later week."""
        if not task_ids:
            return {}
        with self._sessions() as session:
            rows = session.execute(
                select(Task.carried_from_id, Task.id).where(Task.carried_from_id.in_(task_ids))
            ).all()
        return {original: copy for original, copy in rows if original is not None}

    def priority_for(self, week_id: int, title: str, max_priorities: int) -> int | None:
        """The week's priority called ``title``, made if the week has room; else None."""
        with self._sessions.begin() as session:
            return week_carry.priority_in(session, week_id, title, max_priorities)

    def carried_copies(self, task_ids: Sequence[int]) -> dict[int, Task]:
        """Map each original task id to its copy in a later week (the copy itself)."""
        if not task_ids:
            return {}
        with self._sessions() as session:
            copies = session.scalars(select(Task).where(Task.carried_from_id.in_(task_ids)))
            return {copy.carried_from_id: copy for copy in copies if copy.carried_from_id}

    def record_slip_decision(
        self,
        task_id: int,
        decision: str,
        reason: str,
        becomes: NextWeekTask | None,
        plan_next_week: bool,
        max_priorities: int = 3,
    ) -> None:
        """What happens to a slipped task and its copy next week, in one transaction
        (see :func:`week_carry.record_slip_decision`)."""
        with self._sessions.begin() as session:
            week_carry.record_slip_decision(
                session, task_id, decision, reason, becomes, plan_next_week, max_priorities
            )

    def set_next_week_focus(self, week_id: int, focus: str) -> None:
        """Save Friday's focus for next week; a next week already started but not yet
        confirmed takes it as its outcome while that still holds the earlier focus."""
        with self._sessions.begin() as session:
            week = session.get_one(WeekPlan, week_id)
            earlier, week.next_week_focus = week.next_week_focus, focus
            following = session.scalar(
                select(WeekPlan).where(
                    WeekPlan.week_start == week.week_start + dt.timedelta(days=7)
                )
            )
            if (
                following is not None
                and following.confirmed_at is None
                and following.outcome.strip() in {"", earlier.strip()}
            ):
                following.outcome = focus.strip()

    # --- deep work blocks --------------------------------------------------------------

    def add_block(self, week_id: int, **fields: Unpack[BlockFields]) -> int:
        with self._sessions.begin() as session:
            position = session.scalar(
                select(func.count(DeepWorkBlock.id)).where(DeepWorkBlock.week_id == week_id)
            )
            block = DeepWorkBlock(
                week_id=week_id, position=position or 0, **_only(fields, _BLOCK_FIELDS)
            )
            session.add(block)
            session.flush()
            return block.id

    def update_block(self, block_id: int, **fields: Unpack[BlockFields]) -> None:
        with self._sessions.begin() as session:
            block = session.get_one(DeepWorkBlock, block_id)
            for name, value in _only(fields, _BLOCK_FIELDS).items():
                setattr(block, name, value)

    def delete_block(self, block_id: int) -> None:
        with self._sessions.begin() as session:
            session.delete(session.get_one(DeepWorkBlock, block_id))

    # --- Tuesday check-ins ------------------------------------------------------------

    def save_checkin(
        self, week_id: int, person_id: int | None, **fields: Unpack[CheckInFields]
    ) -> int:
        """Create or update the check-in of one person (None: the user) for a week."""
        with self._sessions.begin() as session:
            checkin = session.scalar(
                select(CheckIn).where(
                    CheckIn.week_id == week_id,
                    CheckIn.person_id.is_(None)
                    if person_id is None
                    else CheckIn.person_id == person_id,
                )
            )
            if checkin is None:
                checkin = CheckIn(week_id=week_id, person_id=person_id)
                session.add(checkin)
            for name, value in _only(fields, _CHECKIN_FIELDS).items():
                setattr(checkin, name, value)
            session.flush()
            return checkin.id

    def blockers_in_week(self, week_id: int) -> dict[int | None, str]:
        """Who is blocked in this week, by what: person id (None: the user) → the open
        blockers raised by then (``Blocker`` records, one line each)."""
        with self._sessions() as session:
            rows = session.execute(
                select(Blocker.person_id, Blocker.what)
                .join(WeekPlan, Blocker.week_id == WeekPlan.id)
                .where(
                    WeekPlan.week_start
                    <= select(WeekPlan.week_start).where(WeekPlan.id == week_id).scalar_subquery(),
                    Blocker.resolved_on.is_(None),
                )
                .order_by(Blocker.raised_on, Blocker.id)
            ).all()
        found: dict[int | None, list[str]] = {}
        for person_id, what in rows:
            found.setdefault(person_id, []).append(what.strip())
        return {person_id: "\n".join(texts) for person_id, texts in found.items()}

    def blockers_before(self, week_start: dt.date) -> list[PastBlocker]:
        """Every blocker raised in a check-in of an earlier week, newest first."""
        with self._sessions() as session:
            rows = session.execute(
                select(WeekPlan.week_start, Blocker.person_id, Blocker.what)
                .join(WeekPlan, Blocker.week_id == WeekPlan.id)
                .where(WeekPlan.week_start < week_start)
                .order_by(WeekPlan.week_start.desc(), Blocker.id.desc())
            ).all()
        return [PastBlocker(*row) for row in rows]

    # --- Thursday decision log ---------------------------------------------------------

    def add_decision(self, week_id: int, **fields: Unpack[DecisionFields]) -> int:
        with self._sessions.begin() as session:
            decision = Decision(week_id=week_id, **_only(fields, _DECISION_FIELDS))
            session.add(decision)
            session.flush()
            return decision.id

    def update_decision(self, decision_id: int, **fields: Unpack[DecisionFields]) -> None:
        with self._sessions.begin() as session:
            decision = session.get_one(Decision, decision_id)
            for name, value in _only(fields, _DECISION_FIELDS).items():
                setattr(decision, name, value)

    def delete_decision(self, decision_id: int) -> None:
        with self._sessions.begin() as session:
            session.delete(session.get_one(Decision, decision_id))

    def decisions(self, text: str = "") -> list[Decision]:
        """The decision log across all weeks, newest first, optionally filtered by text."""
        with self._sessions() as session:
            query = select(Decision).order_by(Decision.decided_on.desc(), Decision.id.desc())
            if text.strip():
                pattern = f"%{text.strip()}%"
                query = query.where(
                    Decision.decision.ilike(pattern)
                    | Decision.reason.ilike(pattern)
                    | Decision.consulted.ilike(pattern)
                )
            return list(session.scalars(query))

    # --- Friday review: the lesson and the recognition ---------------------------------

    def review_lesson(self, week_id: int) -> Lesson | None:
        with self._sessions() as session:
            return session.scalar(
                select(Lesson).where(Lesson.week_id == week_id, Lesson.from_review)
            )

    def save_review_lesson(
        self, week_id: int, learned_on: dt.date, **fields: Unpack[ReviewLessonFields]
    ) -> int:
        with self._sessions.begin() as session:
            lesson = session.scalar(
                select(Lesson).where(Lesson.week_id == week_id, Lesson.from_review)
            )
            if lesson is None:
                lesson = Lesson(week_id=week_id, from_review=True, learned_on=learned_on)
                session.add(lesson)
            for name, value in _only(fields, _LESSON_FIELDS).items():
                setattr(lesson, name, value)
            session.flush()
            return lesson.id

    def review_recognition(self, week_id: int) -> Recognition | None:
        with self._sessions() as session:
            return session.scalar(
                select(Recognition).where(Recognition.week_id == week_id, Recognition.from_review)
            )

    def save_review_recognition(
        self, week_id: int, person_id: int | None, given_on: dt.date, what: str, impact: str
    ) -> None:
        """Store the week's recognition; clearing the person removes it."""
        with self._sessions.begin() as session:
            existing = session.scalar(
                select(Recognition).where(Recognition.week_id == week_id, Recognition.from_review)
            )
            if person_id is None:
                if existing is not None:
                    session.delete(existing)
                return
            if existing is None:
                existing = Recognition(
                    week_id=week_id, from_review=True, person_id=person_id, given_on=given_on
                )
                session.add(existing)
            existing.person_id = person_id
            existing.what_they_did = what
            existing.impact = impact

    def people_by_id(self) -> dict[int, Person]:
        with self._sessions() as session:
            return {p.id: p for p in session.scalars(select(Person))}
