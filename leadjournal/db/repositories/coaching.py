"""The Coaching Log: one-on-ones, coaching, improvement plans, recognition, delegations."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Unpack, overload

from sqlalchemy import exists, func, select
from sqlalchemy.orm import selectinload

from leadjournal.db.models import (
    ActionItem,
    AgendaItem,
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
    Recognition,
    Task,
    WeekChange,
    WeekPlan,
)
from leadjournal.db.repositories.coaching_fields import (
    EDITABLE,
    PARENT_FIELDS,
    ActionItemFields,
    CoachingFields,
    DelegationFields,
    NewActionItem,
    NewCoaching,
    NewDelegation,
    NewOneOnOne,
    NewPlan,
    NewPlanCheckIn,
    NewRecognition,
    OneOnOneFields,
    PlanCheckInFields,
    PlanFields,
    RecognitionFields,
    RecordKind,
)
from leadjournal.db.repositories.coaching_timeline import TimelineRow, read_timeline
from leadjournal.db.repositories.weeks import _only
from leadjournal.db.unit_of_work import SessionSource


@dataclass(frozen=True)
class CarriedItem:
    """An open action item from an earlier one-on-one, with where it came from."""

    item: ActionItem
    from_meeting: dt.datetime


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
    moved_for_another: bool = False  # moved out to make room (the week's change log)


@dataclass(frozen=True)
class PersonRecords:
    """One person's whole Coaching Log, newest first in each list (for exports)."""

    one_on_ones: list[OneOnOne]  # with agenda and action items
    coaching: list[CoachingConversation]
    plans: list[ImprovementPlan]  # with check-ins
    recognitions: list[Recognition]
    delegations: list[Delegation]
    named_feedback: list[NamedFeedback]


class CoachingRepository:
    def __init__(self, sessions: SessionSource) -> None:
        self._sessions = sessions

    # --- any record ----------------------------------------------------------------------

    @overload
    def add(self, kind: Literal["one_on_one"], **fields: Unpack[NewOneOnOne]) -> int: ...
    @overload
    def add(self, kind: Literal["action_item"], **fields: Unpack[NewActionItem]) -> int: ...
    @overload
    def add(self, kind: Literal["coaching"], **fields: Unpack[NewCoaching]) -> int: ...
    @overload
    def add(self, kind: Literal["plan"], **fields: Unpack[NewPlan]) -> int: ...
    @overload
    def add(self, kind: Literal["plan_checkin"], **fields: Unpack[NewPlanCheckIn]) -> int: ...
    @overload
    def add(self, kind: Literal["recognition"], **fields: Unpack[NewRecognition]) -> int: ...
    @overload
    def add(self, kind: Literal["delegation"], **fields: Unpack[NewDelegation]) -> int: ...
    def add(self, kind: RecordKind, **fields: Any) -> int:
        """Create a record of ``kind`` (its parent id among ``fields``); return its id."""
        model, editable = EDITABLE[kind]
        with self._sessions.begin() as session:
            record = model(**_only(fields, set(editable | PARENT_FIELDS)))
            session.add(record)
            session.flush()
            record_id: int = record.id  # type: ignore[attr-defined]
            return record_id

    @overload
    def update(
        self, kind: Literal["one_on_one"], record_id: int, **fields: Unpack[OneOnOneFields]
    ) -> None: ...
    @overload
    def update(
        self, kind: Literal["action_item"], record_id: int, **fields: Unpack[ActionItemFields]
    ) -> None: ...
    @overload
    def update(
        self, kind: Literal["coaching"], record_id: int, **fields: Unpack[CoachingFields]
    ) -> None: ...
    @overload
    def update(
        self, kind: Literal["plan"], record_id: int, **fields: Unpack[PlanFields]
    ) -> None: ...
    @overload
    def update(
        self, kind: Literal["plan_checkin"], record_id: int, **fields: Unpack[PlanCheckInFields]
    ) -> None: ...
    @overload
    def update(
        self, kind: Literal["recognition"], record_id: int, **fields: Unpack[RecognitionFields]
    ) -> None: ...
    @overload
    def update(
        self, kind: Literal["delegation"], record_id: int, **fields: Unpack[DelegationFields]
    ) -> None: ...
    def update(self, kind: RecordKind, record_id: int, **fields: Any) -> None:
        """Change the named columns of one record (unknown names are refused)."""
        model, editable = EDITABLE[kind]
        with self._sessions.begin() as session:
            record = session.get_one(model, record_id)
            for name, value in _only(fields, set(editable)).items():
                setattr(record, name, value)

    def delete(self, kind: RecordKind, record_id: int) -> None:
        model, _editable = EDITABLE[kind]
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
            meeting = session.get_one(
                OneOnOne, one_on_one_id, options=[selectinload(OneOnOne.agenda)]
            )
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
            moved = exists().where(WeekChange.moved_task_id == Task.id)
            rows = session.execute(
                select(WeekPlan.week_start, Task.title, Task.status, Task.slip_reason, moved)
                .join(WeekPlan, Task.week_id == WeekPlan.id)
                .where(
                    Task.owner_person_id == person_id,
                    WeekPlan.week_start.between(first, last),
                )
                .order_by(WeekPlan.week_start, Task.position)
            ).all()
        return [PersonTask(*row) for row in rows]

    # --- everything about several people at once ------------------------------------------

    def records_of_people(self, person_ids: Sequence[int]) -> dict[int, PersonRecords]:
        """Every Coaching Log record of these people, for exports: one query per kind of
        record however many people there are, each list ordered as the one-person reads."""
        ids = list(person_ids)
        found: dict[int, dict[str, list[Any]]] = {i: defaultdict(list) for i in ids}
        with self._sessions() as session:
            kinds: list[tuple[str, Any]] = [
                (
                    "one_on_ones",
                    select(OneOnOne)
                    .where(OneOnOne.person_id.in_(ids))
                    .order_by(OneOnOne.scheduled_at.desc())
                    .options(selectinload(OneOnOne.agenda), selectinload(OneOnOne.action_items)),
                ),
                (
                    "coaching",
                    select(CoachingConversation)
                    .where(CoachingConversation.person_id.in_(ids))
                    .order_by(CoachingConversation.held_on.desc(), CoachingConversation.id.desc()),
                ),
                (
                    "plans",
                    select(ImprovementPlan)
                    .where(ImprovementPlan.person_id.in_(ids))
                    .order_by(ImprovementPlan.started_on.desc(), ImprovementPlan.id.desc())
                    .options(selectinload(ImprovementPlan.checkins)),
                ),
                (
                    "recognitions",
                    select(Recognition)
                    .where(Recognition.person_id.in_(ids))
                    .order_by(Recognition.given_on.desc(), Recognition.id.desc()),
                ),
                (
                    "delegations",
                    select(Delegation)
                    .where(Delegation.person_id.in_(ids))
                    .order_by(Delegation.delegated_on.desc(), Delegation.id.desc()),
                ),
            ]
            for kind, query in kinds:
                for record in session.scalars(query):
                    found[record.person_id][kind].append(record)
            feedback = session.execute(
                select(
                    FeedbackResponse.person_id,
                    FeedbackResponse.received_on,
                    FeedbackItem.kind,
                    FeedbackItem.text,
                )
                .join(FeedbackItem, FeedbackItem.response_id == FeedbackResponse.id)
                .where(FeedbackResponse.source == "person", FeedbackResponse.person_id.in_(ids))
                .order_by(FeedbackResponse.received_on.desc(), FeedbackItem.position)
            ).all()
        for person_id, received_on, kind, text in feedback:
            if person_id is None:  # never: source "person" always names one
                continue
            found[person_id]["named_feedback"].append(NamedFeedback(received_on, kind, text))
        return {
            person_id: PersonRecords(
                one_on_ones=records["one_on_ones"],
                coaching=records["coaching"],
                plans=records["plans"],
                recognitions=records["recognitions"],
                delegations=records["delegations"],
                named_feedback=records["named_feedback"],
            )
            for person_id, records in found.items()
        }

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

    def recognitions_between(self, first: dt.date, last: dt.date) -> list[Recognition]:
        """Every recognition given in the period, oldest first (the quarter in review)."""
        with self._sessions() as session:
            return list(
                session.scalars(
                    select(Recognition)
                    .where(Recognition.given_on.between(first, last))
                    .order_by(Recognition.given_on, Recognition.id)
                )
            )

    # --- the person's timeline -----------------------------------------------------------

    def timeline(self, person_id: int) -> list[TimelineRow]:
        """Everything about one person, newest first, in a handful of narrow queries."""
        with self._sessions() as session:
            return read_timeline(session, person_id)

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
