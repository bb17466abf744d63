"""The changes of a week that reach into the next one, each run inside the caller's
transaction: a priority set aside for another (its tasks moved, carried or dropped) and
the decision on a slipped task (its copy next week made, changed or taken back).

:class:`~leadjournal.db.repositories.weeks.WeekRepository` opens the transaction and
calls these; they only flush.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from leadjournal.db.models import Priority, SetAside, Task, WeekPlan
from leadjournal.db.repositories.week_fields import NextWeekTask


def priority_in(session: Session, week_id: int, title: str, max_priorities: int) -> int | None:
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


def set_aside_priority(
    session: Session,
    priority_id: int,
    *,
    replaced_by: str,
    why: str,
    tasks_went: str,
    at: dt.datetime,
) -> int:
    """Put another priority in the place of ``priority_id`` and record the trade-off.

    The new priority (same position), its old tasks moved to it or taken out of the
    plan ("carried": decided carry over, copied into next week if that week is planned;
    "dropped": decided drop), the old priority and its definition of done removed, and
    the record written last. Returns the new priority's id.
    """
    old = session.get_one(Priority, priority_id)
    week = session.get_one(WeekPlan, old.week_id)
    tasks = list(session.scalars(select(Task).where(Task.priority_id == priority_id)))
    new = Priority(week_id=old.week_id, title=replaced_by, position=old.position)
    session.add(new)
    session.flush()
    note = f"Set aside for “{replaced_by}”: {why}"
    next_week = session.scalar(
        select(WeekPlan).where(WeekPlan.week_start == week.week_start + dt.timedelta(days=7))
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
                    status=task.status,
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


def record_slip_decision(
    session: Session,
    task_id: int,
    decision: str,
    reason: str,
    becomes: NextWeekTask | None,
    plan_next_week: bool,
    max_priorities: int,
) -> None:
    """What happens to a slipped task.

    ``becomes`` is the task next week should hold (None: none). An existing copy is
    changed rather than doubled; a copy nobody has started is taken back out when
    nothing should go on. Without a plan for next week the copy waits for it (a
    carried task comes when the week is planned), unless ``plan_next_week``: then
    next week is started, from this week's focus and carried tasks. A copy goes
    under the same-titled priority next week, made there if the week has room for
    it (``max_priorities``), else under none.
    """
    task = session.get_one(Task, task_id)
    task.slip_decision, task.slip_reason = decision, reason
    copy = session.scalar(select(Task).where(Task.carried_from_id == task_id))
    if becomes is None:
        # Untouched next week: still in the state it was carried in.
        if copy is not None and copy.status in ("not_started", task.status):
            session.delete(copy)
        return
    if copy is not None:
        for name, value in becomes.task_fields().items():
            setattr(copy, name, value)
        if copy.priority_id is None:  # one the user chose next week stays
            copy.priority_id = priority_in(
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
                        other.status,
                    ),
                )
            )
    highest = session.scalar(select(func.max(Task.position)).where(Task.week_id == next_week.id))
    for offset, (original, fields) in enumerate(carry, start=1):
        priority_id = priority_in(session, next_week.id, fields.priority_title, max_priorities)
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
