"""Weeks of the weekly loop and everything that hangs off them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session, selectinload

from leadjournal.db.models import (
    CheckIn,
    Criterion,
    Decision,
    DeepWorkBlock,
    Lesson,
    Person,
    Priority,
    Recognition,
    SetAside,
    Task,
    TaskDependency,
    WeekPlan,
)
from leadjournal.db.unit_of_work import SessionSource

_WEEK_FIELDS = {
    "outcome",
    "why",
    "why_category",
    "capacity_hours",
    "buffer_note",
    "confirmed_at",
    "improvement_what",
    "improvement_why",
    "improvement_status",
    "stakeholder_update",
    "next_week_focus",
    "pulse_text",
    "pulse_score",
    "review_done",
}
_TASK_FIELDS = {
    "title",
    "priority_id",
    "owned_by_me",
    "owner_person_id",
    "effort_hours",
    "effort_size",
    "reviewer",
    "due_day",
    "status",
    "planned",
    "slip_reason",
    "slip_decision",
    "position",
}
_CHECKIN_FIELDS = {"completed", "next_up", "blocked", "next_action", "next_action_when"}
_DECISION_FIELDS = {"decided_on", "decision", "reason", "consulted"}
_BLOCK_FIELDS = {"day", "start_minute", "end_minute"}


@dataclass(frozen=True)
class WeekCounts:
    """Task counts of one week, for the weekly numbers and their sparkline."""

    week_start: dt.date
    planned: int
    planned_done: int
    added_later: int
    added_later_done: int
    pulse_score: int | None


@dataclass(frozen=True)
class NextWeekTask:
    """What a slipped task becomes in next week: itself (carried) or a smaller version."""

    title: str
    owned_by_me: bool
    owner_person_id: int | None
    effort_hours: float | None = None
    effort_size: str = ""
    reviewer: str = ""
    priority_title: str = ""  # the priority it sits under next week ("" for none)

    def task_fields(self) -> dict[str, Any]:
        fields = asdict(self)
        del fields["priority_title"]
        return fields


@dataclass(frozen=True)
class PastBlocker:
    week_start: dt.date
    person_id: int | None
    text: str


def _only(fields: dict[str, Any], allowed: set[str]) -> dict[str, Any]:
    unknown = set(fields) - allowed
    if unknown:
        raise ValueError(f"Unknown fields: {sorted(unknown)}")
    return fields


# Everything a week's page shows, loaded with one extra query per kind of part.
_WHOLE_WEEK = (
    selectinload(WeekPlan.priorities).selectinload(Priority.criteria),
    selectinload(WeekPlan.tasks).selectinload(Task.depends_on),
    selectinload(WeekPlan.deep_work_blocks),
    selectinload(WeekPlan.checkins),
    selectinload(WeekPlan.decisions),
    selectinload(WeekPlan.set_asides),
)


def _priority_in(session: Session, week_id: int, title: str, max_priorities: int) -> int | None:
    """The id of the week's priority called ``title`` (spacing and case aside), added
    after the others when the week has fewer than ``max_priorities``; else None."""
    title = title.strip()
    if not title:
        return None
    priorities = list(session.scalars(select(Priority).where(Priority.week_id == week_id)))
    same = next((p for p in priorities if p.title.strip().casefold() == title.casefold()), None)
    if same is not None:
        return same.id
    if len(priorities) >= max_priorities:
        return None
    priority = Priority(
        week_id=week_id, title=title, position=max((p.position for p in priorities), default=-1) + 1
    )
    session.add(priority)
    session.flush()
    return priority.id


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

    def create(self, week_start: dt.date, **fields: Any) -> int:
        """Create an empty plan for the week; return its id."""
        with self._sessions.begin() as session:
            week = WeekPlan(week_start=week_start, **_only(fields, _WEEK_FIELDS))
            session.add(week)
            session.flush()
            return week.id

    def update(self, week_id: int, **fields: Any) -> None:
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
        with self._sessions() as session:
            rows = session.execute(
                select(
                    WeekPlan.week_start,
                    func.count(Task.id).filter(Task.planned),
                    func.count(Task.id).filter(Task.planned, done),
                    func.count(Task.id).filter(Task.planned.is_(False)),
                    func.count(Task.id).filter(Task.planned.is_(False), done),
                    WeekPlan.pulse_score,
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
        """Put another priority in the place of ``priority_id`` and record the trade-off.

        One transaction: the new priority (same position), its old tasks moved to it or
        taken out of the plan ("carried": decided carry over, copied into next week if
        that week is planned; "dropped": decided drop), the old priority and its
        definition of done removed, and the record written last. Returns the new
        priority's id. Any failure leaves the week as it was.
        """
        with self._sessions.begin() as session:
            old = session.get_one(Priority, priority_id)
            week = session.get_one(WeekPlan, old.week_id)
            tasks = list(session.scalars(select(Task).where(Task.priority_id == priority_id)))
            new = Priority(week_id=old.week_id, title=replaced_by, position=old.position)
            session.add(new)
            session.flush()
            note = f"Set aside for “{replaced_by}”: {why}"
            next_week = session.scalar(
                select(WeekPlan).where(
                    WeekPlan.week_start == week.week_start + dt.timedelta(days=7)
                )
            )
            affected = 0
            for task in tasks:
                if tasks_went == "moved":
                    task.priority_id = new.id
                    affected += 1
                    continue
                task.priority_id = None
                if task.status == "done":
                    continue  # delivered already: it stays in the week as it is
                affected += 1
                task.slip_reason = note
                task.slip_decision = "carry_over" if tasks_went == "carried" else "drop"
                if tasks_went == "carried" and next_week is not None:
                    highest = session.scalar(
                        select(func.max(Task.position)).where(Task.week_id == next_week.id)
                    )
                    session.add(
                        Task(
                            week_id=next_week.id,
                            title=task.title,
                            owned_by_me=task.owned_by_me,
                            owner_person_id=task.owner_person_id,
                            effort_hours=task.effort_hours,
                            effort_size=task.effort_size,
                            reviewer=task.reviewer,
                            planned=next_week.confirmed_at is None,
                            carried_from_id=task.id,
                            position=(highest or 0) + 1,
                        )
                    )
                    session.flush()
            session.flush()
            session.delete(old)
            session.flush()
            session.add(
                SetAside(
                    week_id=old.week_id,
                    title=old.title,
                    replaced_by=replaced_by,
                    why=why,
                    tasks_went=tasks_went if affected else "none",
                    task_count=affected,
                    set_aside_at=at,
                )
            )
            session.flush()
            return new.id

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

    def add_task(self, week_id: int, **fields: Any) -> int:
        with self._sessions.begin() as session:
            if "position" not in fields:
                highest = session.scalar(
                    select(func.max(Task.position)).where(Task.week_id == week_id)
                )
                fields["position"] = (highest or 0) + 1
            carried_from = fields.pop("carried_from_id", None)
            task = Task(
                week_id=week_id, carried_from_id=carried_from, **_only(fields, _TASK_FIELDS)
            )
            session.add(task)
            session.flush()
            return task.id

    def get_task(self, task_id: int) -> Task | None:
        with self._sessions() as session:
            return session.get(Task, task_id, options=[selectinload(Task.depends_on)])

    def update_task(self, task_id: int, **fields: Any) -> None:
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
            return _priority_in(session, week_id, title, max_priorities)

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
        """What happens to a slipped task, in one transaction.

        ``becomes`` is the task next week should hold (None: none). An existing copy is
        changed rather than doubled; a copy nobody has started is taken back out when
        nothing should go on. Without a plan for next week the copy waits for it (a
        carried task comes when the week is planned), unless ``plan_next_week``: then
        next week is started, from this week's focus and carried tasks. A copy goes
        under the same-titled priority next week, made there if the week has room for
        it (``max_priorities``), else under none.
        """
        with self._sessions.begin() as session:
            task = session.get_one(Task, task_id)
            task.slip_decision, task.slip_reason = decision, reason
            copy = session.scalar(select(Task).where(Task.carried_from_id == task_id))
            if becomes is None:
                if copy is not None and copy.status == "not_started":
                    session.delete(copy)
                return
            if copy is not None:
                for name, value in becomes.task_fields().items():
                    setattr(copy, name, value)
                if copy.priority_id is None:  # one the user chose next week stays
                    copy.priority_id = _priority_in(
                        session, copy.week_id, becomes.priority_title, max_priorities
                    )
                return
            week = session.get_one(WeekPlan, task.week_id)
            next_start = week.week_start + dt.timedelta(days=7)
            next_week = session.scalar(select(WeekPlan).where(WeekPlan.week_start == next_start))
            carry: list[tuple[int, NextWeekTask]] = [(task_id, becomes)]
            if next_week is None:
                if not plan_next_week:
                    return
                next_week = WeekPlan(week_start=next_start, outcome=week.next_week_focus.strip())
                session.add(next_week)
                session.flush()
                # Started now, the week takes what "carry over" promised it, as it would
                # when planned on Monday.
                titles = {
                    p.id: p.title
                    for p in session.scalars(select(Priority).where(Priority.week_id == week.id))
                }
                for other in session.scalars(
                    select(Task).where(
                        Task.week_id == week.id,
                        Task.slip_decision == "carry_over",
                        Task.id != task_id,
                    )
                ):
                    carry.append(
                        (
                            other.id,
                            NextWeekTask(
                                other.title,
                                other.owned_by_me,
                                other.owner_person_id,
                                other.effort_hours,
                                other.effort_size,
                                other.reviewer,
                                titles.get(other.priority_id or 0, ""),
                            ),
                        )
                    )
            highest = session.scalar(
                select(func.max(Task.position)).where(Task.week_id == next_week.id)
            )
            for offset, (original, fields) in enumerate(carry, start=1):
                priority_id = _priority_in(
                    session, next_week.id, fields.priority_title, max_priorities
                )
                session.add(
                    Task(
                        week_id=next_week.id,
                        carried_from_id=original,
                        priority_id=priority_id,
                        planned=next_week.confirmed_at is None,
                        position=(highest or 0) + offset,
                        **fields.task_fields(),
                    )
                )
                session.flush()  # the next one finds a priority made just now

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

    def add_block(self, week_id: int, **fields: Any) -> int:
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

    def update_block(self, block_id: int, **fields: Any) -> None:
        with self._sessions.begin() as session:
            block = session.get_one(DeepWorkBlock, block_id)
            for name, value in _only(fields, _BLOCK_FIELDS).items():
                setattr(block, name, value)

    def delete_block(self, block_id: int) -> None:
        with self._sessions.begin() as session:
            session.delete(session.get_one(DeepWorkBlock, block_id))

    # --- Tuesday check-ins ------------------------------------------------------------

    def save_checkin(self, week_id: int, person_id: int | None, **fields: Any) -> int:
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
        """Who is blocked this week, by what: person id (None: the user) → blocker."""
        with self._sessions() as session:
            rows = session.execute(
                select(CheckIn.person_id, CheckIn.blocked).where(CheckIn.week_id == week_id)
            ).all()
        return {person_id: text.strip() for person_id, text in rows if text.strip()}

    def blockers_before(self, week_start: dt.date) -> list[PastBlocker]:
        """Every blocker written in a check-in of an earlier week, newest first."""
        with self._sessions() as session:
            rows = session.execute(
                select(WeekPlan.week_start, CheckIn.person_id, CheckIn.blocked)
                .join(WeekPlan, CheckIn.week_id == WeekPlan.id)
                .where(WeekPlan.week_start < week_start, CheckIn.blocked != "")
                .order_by(WeekPlan.week_start.desc())
            ).all()
        return [PastBlocker(*row) for row in rows]

    # --- Thursday decision log ---------------------------------------------------------

    def add_decision(self, week_id: int, **fields: Any) -> int:
        with self._sessions.begin() as session:
            decision = Decision(week_id=week_id, **_only(fields, _DECISION_FIELDS))
            session.add(decision)
            session.flush()
            return decision.id

    def update_decision(self, decision_id: int, **fields: Any) -> None:
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

    def save_review_lesson(self, week_id: int, learned_on: dt.date, **fields: Any) -> int:
        with self._sessions.begin() as session:
            lesson = session.scalar(
                select(Lesson).where(Lesson.week_id == week_id, Lesson.from_review)
            )
            if lesson is None:
                lesson = Lesson(week_id=week_id, from_review=True, learned_on=learned_on)
                session.add(lesson)
            for name, value in fields.items():
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
