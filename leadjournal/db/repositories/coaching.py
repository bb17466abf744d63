"""The Coaching Log: one-on-ones, coaching, improvement plans, recognition, delegations."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from leadjournal.db.models import (
    ActionItem,
    AgendaItem,
    Base,
    CheckIn,
    CoachingConversation,
    Delegation,
    FeedbackItem,
    FeedbackRequestPerson,
    FeedbackResponse,
    ImprovementPlan,
    Lesson,
    OneOnOne,
    Person,
    PlanCheckIn,
    Recognition,
    Task,
    WeekPlan,
)
from leadjournal.db.repositories.weeks import _only
from leadjournal.db.unit_of_work import SessionSource
from leadjournal.text import count_text

# What each kind of record may be written with; ``person_id`` is set on creation only.
_EDITABLE: dict[str, tuple[type[Base], set[str]]] = {
    "one_on_one": (OneOnOne, {"scheduled_at", "notes"}),
    "action_item": (ActionItem, {"text", "owner", "due_on", "status", "closed_on", "position"}),
    "coaching": (
        CoachingConversation,
        {
            "held_on",
            "skill",
            "situation",
            "impact",
            "great_looks_like",
            "next_step",
            "follow_up_on",
            "practice_outcome",
            "practice_note",
        },
    ),
    "plan": (
        ImprovementPlan,
        {
            "started_on",
            "behaviour",
            "expected",
            "support",
            "cadence_days",
            "length_weeks",
            "success_measure",
            "status",
            "closed_on",
        },
    ),
    "plan_checkin": (PlanCheckIn, {"checked_on", "progress", "note"}),
    "recognition": (Recognition, {"given_on", "what_they_did", "impact"}),
    "delegation": (
        Delegation,
        {
            "delegated_on",
            "outcome",
            "constraints",
            "decision_rights",
            "checkpoints",
            "risk",
            "reasoning",
            "status",
        },
    ),
}
_PARENT_FIELDS = {"person_id", "one_on_one_id", "plan_id"}


@dataclass(frozen=True)
class CarriedItem:
    """An open action item from an earlier one-on-one, with where it came from."""

    item: ActionItem
    from_meeting: dt.datetime


@dataclass(frozen=True)
class TimelineEntry:
    when: dt.date
    kind: str  # one_on_one, coaching, plan, plan_checkin, recognition, delegation, feedback
    title: str
    detail: str
    record_id: int


@dataclass(frozen=True)
class NamedFeedback:
    received_on: dt.date
    kind: str
    text: str


@dataclass(frozen=True)
class PersonTask:
    week_start: dt.date
    title: str
    status: str
    slip_reason: str


class CoachingRepository:
    def __init__(self, sessions: SessionSource) -> None:
        self._sessions = sessions

    # --- any record ----------------------------------------------------------------------

    def add(self, kind: str, **fields: Any) -> int:
        """Create a record of ``kind`` (its parent id among ``fields``); return its id."""
        model, editable = _EDITABLE[kind]
        with self._sessions.begin() as session:
            record = model(**_only(fields, editable | _PARENT_FIELDS))
            session.add(record)
            session.flush()
            record_id: int = record.id  # type: ignore[attr-defined]
            return record_id

    def update(self, kind: str, record_id: int, **fields: Any) -> None:
        model, editable = _EDITABLE[kind]
        with self._sessions.begin() as session:
            record = session.get_one(model, record_id)
            for name, value in _only(fields, editable).items():
                setattr(record, name, value)

    def delete(self, kind: str, record_id: int) -> None:
        model, _editable = _EDITABLE[kind]
        with self._sessions.begin() as session:
            session.delete(session.get_one(model, record_id))

    # --- one-on-ones ---------------------------------------------------------------------

    def one_on_ones(self, person_id: int, *, with_items: bool = True) -> list[OneOnOne]:
        """A person's one-on-ones, newest first.

        ``with_items=False`` leaves agenda and action items unloaded (do not touch them):
        the list of a person with years of weekly meetings stays quick to show.
        """
        query = (
            select(OneOnOne)
            .where(OneOnOne.person_id == person_id)
            .order_by(OneOnOne.scheduled_at.desc())
        )
        if with_items:
            query = query.options(
                selectinload(OneOnOne.agenda), selectinload(OneOnOne.action_items)
            )
        with self._sessions() as session:
            return list(session.scalars(query))

    def last_practice_step(self, person_id: int, before: dt.date) -> CoachingConversation | None:
        """The newest coaching conversation before ``before`` that agreed a practice step."""
        with self._sessions() as session:
            return session.scalar(
                select(CoachingConversation)
                .where(
                    CoachingConversation.person_id == person_id,
                    CoachingConversation.held_on < before,
                    func.trim(CoachingConversation.next_step) != "",
                )
                .order_by(CoachingConversation.held_on.desc(), CoachingConversation.id.desc())
                .limit(1)
            )

    def usual_meeting_time(self, person_id: int) -> dt.time | None:
        """The time of the person's latest one-on-one, if they have had one."""
        with self._sessions() as session:
            latest = session.scalar(
                select(func.max(OneOnOne.scheduled_at)).where(OneOnOne.person_id == person_id)
            )
        return latest.time() if latest is not None else None

    def get_one_on_one(self, one_on_one_id: int) -> OneOnOne | None:
        with self._sessions() as session:
            return session.get(
                OneOnOne,
                one_on_one_id,
                options=[selectinload(OneOnOne.agenda), selectinload(OneOnOne.action_items)],
            )

    def one_on_one_on(self, person_id: int, day: dt.date) -> OneOnOne | None:
        """The person's one-on-one scheduled on ``day``, if there is one."""
        start = dt.datetime.combine(day, dt.time())
        with self._sessions() as session:
            return session.scalar(
                select(OneOnOne)
                .where(
                    OneOnOne.person_id == person_id,
                    OneOnOne.scheduled_at >= start,
                    OneOnOne.scheduled_at < start + dt.timedelta(days=1),
                )
                .order_by(OneOnOne.scheduled_at)
                .options(selectinload(OneOnOne.agenda), selectinload(OneOnOne.action_items))
            )

    def set_agenda(self, one_on_one_id: int, items: Iterable[tuple[str, str]]) -> None:
        """Replace the agenda with ``(text, source)`` lines in this order."""
        with self._sessions.begin() as session:
            meeting = session.get_one(OneOnOne, one_on_one_id)
            meeting.agenda.clear()
            session.flush()
            for position, (text, source) in enumerate(items):
                meeting.agenda.append(AgendaItem(position=position, text=text, source=source))

    def open_items_before(self, person_id: int, when: dt.datetime) -> list[CarriedItem]:
        """Open action items from the person's one-on-ones before ``when``, oldest first."""
        with self._sessions() as session:
            rows = session.execute(
                select(ActionItem, OneOnOne.scheduled_at)
                .join(OneOnOne, ActionItem.one_on_one_id == OneOnOne.id)
                .where(
                    OneOnOne.person_id == person_id,
                    OneOnOne.scheduled_at < when,
                    ActionItem.status == "open",
                )
                .order_by(OneOnOne.scheduled_at, ActionItem.position, ActionItem.id)
            ).all()
        return [CarriedItem(item, scheduled) for item, scheduled in rows]

    def next_action_position(self, one_on_one_id: int) -> int:
        with self._sessions() as session:
            highest = session.scalar(
                select(func.max(ActionItem.position)).where(
                    ActionItem.one_on_one_id == one_on_one_id
                )
            )
        return (highest or 0) + 1

    # --- coaching, plans, recognition, delegations ---------------------------------------

    def coaching(self, person_id: int) -> list[CoachingConversation]:
        """A person's coaching conversations, newest first."""
        with self._sessions() as session:
            return list(
                session.scalars(
                    select(CoachingConversation)
                    .where(CoachingConversation.person_id == person_id)
                    .order_by(CoachingConversation.held_on.desc(), CoachingConversation.id.desc())
                )
            )

    def coaching_between(self, first: dt.date, last: dt.date) -> list[CoachingConversation]:
        with self._sessions() as session:
            return list(
                session.scalars(
                    select(CoachingConversation)
                    .where(CoachingConversation.held_on.between(first, last))
                    .order_by(CoachingConversation.held_on)
                )
            )

    def plans(self, person_id: int) -> list[ImprovementPlan]:
        """A person's improvement plans with their check-ins, newest first."""
        with self._sessions() as session:
            return list(
                session.scalars(
                    select(ImprovementPlan)
                    .where(ImprovementPlan.person_id == person_id)
                    .order_by(ImprovementPlan.started_on.desc(), ImprovementPlan.id.desc())
                    .options(selectinload(ImprovementPlan.checkins))
                )
            )

    def active_plans(self) -> list[ImprovementPlan]:
        with self._sessions() as session:
            return list(
                session.scalars(
                    select(ImprovementPlan)
                    .where(ImprovementPlan.status == "active")
                    .options(selectinload(ImprovementPlan.checkins))
                )
            )

    def recognitions(self, person_id: int) -> list[Recognition]:
        with self._sessions() as session:
            return list(
                session.scalars(
                    select(Recognition)
                    .where(Recognition.person_id == person_id)
                    .order_by(Recognition.given_on.desc(), Recognition.id.desc())
                )
            )

    def delegations(self, person_id: int) -> list[Delegation]:
        with self._sessions() as session:
            return list(
                session.scalars(
                    select(Delegation)
                    .where(Delegation.person_id == person_id)
                    .order_by(Delegation.delegated_on.desc(), Delegation.id.desc())
                )
            )

    def named_feedback(self, person_id: int, since: dt.date) -> list[NamedFeedback]:
        """Feedback items the person gave under their own name since ``since``.

        Only ``source = 'person'`` responses can match; anonymous answers have no person
        (a check constraint guarantees it), so they can never appear here.
        """
        with self._sessions() as session:
            rows = session.execute(
                select(FeedbackResponse.received_on, FeedbackItem.kind, FeedbackItem.text)
                .join(FeedbackItem, FeedbackItem.response_id == FeedbackResponse.id)
                .where(
                    FeedbackResponse.source == "person",
                    FeedbackResponse.person_id == person_id,
                    FeedbackResponse.received_on >= since,
                )
                .order_by(FeedbackResponse.received_on.desc(), FeedbackItem.position)
            ).all()
        return [NamedFeedback(*row) for row in rows]

    def tasks_of(self, person_id: int, first: dt.date, last: dt.date) -> list[PersonTask]:
        """Tasks the person owns in the weeks starting ``first`` to ``last``."""
        with self._sessions() as session:
            rows = session.execute(
                select(WeekPlan.week_start, Task.title, Task.status, Task.slip_reason)
                .join(WeekPlan, Task.week_id == WeekPlan.id)
                .where(
                    Task.owner_person_id == person_id,
                    WeekPlan.week_start.between(first, last),
                )
                .order_by(WeekPlan.week_start, Task.position)
            ).all()
        return [PersonTask(*row) for row in rows]

    def blockers_of(self, person_id: int, first: dt.date, last: dt.date) -> list[PersonTask]:
        """The person's Tuesday blockers in those weeks (as pseudo tasks with the text)."""
        with self._sessions() as session:
            rows = session.execute(
                select(WeekPlan.week_start, CheckIn.blocked)
                .join(WeekPlan, CheckIn.week_id == WeekPlan.id)
                .where(
                    CheckIn.person_id == person_id,
                    CheckIn.blocked != "",
                    WeekPlan.week_start.between(first, last),
                )
                .order_by(WeekPlan.week_start)
            ).all()
        return [PersonTask(week, text, "blocked", "") for week, text in rows]

    # --- numbers for Insights --------------------------------------------------------------

    def meetings_between(
        self, first: dt.datetime, last: dt.datetime
    ) -> list[tuple[int, dt.datetime]]:
        """``(person_id, scheduled_at)`` of every one-on-one in the period."""
        with self._sessions() as session:
            rows = session.execute(
                select(OneOnOne.person_id, OneOnOne.scheduled_at).where(
                    OneOnOne.scheduled_at.between(first, last)
                )
            ).all()
        return [(person_id, when) for person_id, when in rows]

    def recognition_counts(self, first: dt.date, last: dt.date) -> dict[int, int]:
        """How many recognitions each person received in the period."""
        with self._sessions() as session:
            rows = session.execute(
                select(Recognition.person_id, func.count(Recognition.id))
                .where(Recognition.given_on.between(first, last))
                .group_by(Recognition.person_id)
            ).all()
        return {person_id: count for person_id, count in rows}

    # --- the person's timeline -----------------------------------------------------------

    def timeline(self, person_id: int) -> list[TimelineEntry]:
        """Everything about one person, newest first, in a handful of narrow queries."""
        entry = TimelineEntry
        with self._sessions() as session:
            meetings = session.execute(
                select(
                    OneOnOne.id, OneOnOne.scheduled_at, OneOnOne.notes, func.count(AgendaItem.id)
                )
                .outerjoin(AgendaItem, AgendaItem.one_on_one_id == OneOnOne.id)
                .where(OneOnOne.person_id == person_id)
                .group_by(OneOnOne.id)
            ).all()
            coaching = session.execute(
                select(
                    CoachingConversation.id,
                    CoachingConversation.held_on,
                    CoachingConversation.skill,
                    CoachingConversation.next_step,
                ).where(CoachingConversation.person_id == person_id)
            ).all()
            plans = session.execute(
                select(
                    ImprovementPlan.id,
                    ImprovementPlan.started_on,
                    ImprovementPlan.behaviour,
                    ImprovementPlan.status,
                ).where(ImprovementPlan.person_id == person_id)
            ).all()
            plan_checkins = session.execute(
                select(
                    PlanCheckIn.plan_id,
                    PlanCheckIn.checked_on,
                    PlanCheckIn.progress,
                    PlanCheckIn.note,
                )
                .join(ImprovementPlan, PlanCheckIn.plan_id == ImprovementPlan.id)
                .where(ImprovementPlan.person_id == person_id)
            ).all()
            recognitions = session.execute(
                select(
                    Recognition.id,
                    Recognition.given_on,
                    Recognition.what_they_did,
                    Recognition.impact,
                ).where(Recognition.person_id == person_id)
            ).all()
            delegations = session.execute(
                select(
                    Delegation.id, Delegation.delegated_on, Delegation.outcome, Delegation.status
                ).where(Delegation.person_id == person_id)
            ).all()
            feedback = session.execute(
                select(
                    FeedbackResponse.id, FeedbackResponse.received_on, func.count(FeedbackItem.id)
                )
                .outerjoin(FeedbackItem, FeedbackItem.response_id == FeedbackResponse.id)
                .where(FeedbackResponse.source == "person", FeedbackResponse.person_id == person_id)
                .group_by(FeedbackResponse.id)
            ).all()
        entries = [
            *(
                entry(
                    when.date(),
                    "one_on_one",
                    f"One-on-one at {when:%H:%M}",
                    _first_line(notes) or _agenda_summary(count),
                    meeting_id,
                )
                for meeting_id, when, notes, count in meetings
            ),
            *(
                entry(held_on, "coaching", skill or "Coaching", _first_line(step), record_id)
                for record_id, held_on, skill, step in coaching
            ),
            *(
                entry(started, "plan", _first_line(behaviour), _PLAN_STATUS[status], plan_id)
                for plan_id, started, behaviour, status in plans
            ),
            *(
                entry(
                    checked,
                    "plan_checkin",
                    f"Plan check-in · progress {progress}/5",
                    _first_line(note),
                    plan_id,
                )
                for plan_id, checked, progress, note in plan_checkins
            ),
            *(
                entry(given, "recognition", _first_line(what), _first_line(impact), record_id)
                for record_id, given, what, impact in recognitions
            ),
            *(
                entry(handed, "delegation", _first_line(outcome), status, record_id)
                for record_id, handed, outcome, status in delegations
            ),
            *(
                entry(
                    received,
                    "feedback",
                    "Start/stop/continue feedback",
                    count_text(count, "item", "items"),
                    response_id,
                )
                for response_id, received, count in feedback
            ),
        ]
        entries.sort(key=lambda e: (e.when, e.kind), reverse=True)
        return entries

    # --- removing a person -----------------------------------------------------------------

    def removal_summary(self, person_id: int) -> dict[str, int]:
        """What deleting the person would remove (and change), counted by kind."""
        counted: dict[str, Any] = {
            "one_on_ones": select(func.count(OneOnOne.id)).where(OneOnOne.person_id == person_id),
            "action_items": select(func.count(ActionItem.id))
            .join(OneOnOne, ActionItem.one_on_one_id == OneOnOne.id)
            .where(OneOnOne.person_id == person_id),
            "coaching": select(func.count(CoachingConversation.id)).where(
                CoachingConversation.person_id == person_id
            ),
            "plans": select(func.count(ImprovementPlan.id)).where(
                ImprovementPlan.person_id == person_id
            ),
            "recognition": select(func.count(Recognition.id)).where(
                Recognition.person_id == person_id
            ),
            "delegations": select(func.count(Delegation.id)).where(
                Delegation.person_id == person_id
            ),
            "feedback": select(func.count(FeedbackResponse.id)).where(
                FeedbackResponse.person_id == person_id
            ),
            "checkins": select(func.count(CheckIn.id)).where(CheckIn.person_id == person_id),
            "tasks_unassigned": select(func.count(Task.id)).where(
                Task.owner_person_id == person_id
            ),
            "lessons_unlinked": select(func.count(Lesson.id)).where(Lesson.person_id == person_id),
            "requests_unlisted": select(func.count(FeedbackRequestPerson.request_id)).where(
                FeedbackRequestPerson.person_id == person_id
            ),
        }
        with self._sessions() as session:
            return {name: session.scalar(query) or 0 for name, query in counted.items()}

    def delete_person(self, person_id: int) -> None:
        """Delete the person; the schema's foreign keys remove or unlink what hangs off them."""
        with self._sessions.begin() as session:
            session.delete(session.get_one(Person, person_id))


_PLAN_STATUS = {"active": "Active", "met": "Met", "not_met": "Not met", "stopped": "Stopped"}


def _agenda_summary(count: int) -> str:
    if count == 0:
        return "No agenda or notes yet"
    return f"{count} agenda item{'s' if count != 1 else ''}, no notes yet"


def _first_line(text: str) -> str:
    return text.strip().split("\n", 1)[0]
