"""Thursday's records: alignment touchpoints, decisions needed, the decision log with the
people consulted, and the stakeholder update's recipients and "sent on" mark."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TypedDict, Unpack

from sqlalchemy import delete, select
from sqlalchemy.orm import selectinload

from leadjournal.db.models import (
    Decision,
    DecisionConsulted,
    DecisionNeeded,
    Person,
    Touchpoint,
    WeekPlan,
)
from leadjournal.db.repositories.weeks import _only
from leadjournal.db.unit_of_work import SessionSource


class TouchpointFields(TypedDict, total=False):
    with_whom: str
    met_on: dt.date
    expectation: str
    confirmed: str


class DecisionNeededFields(TypedDict, total=False):
    what: str
    from_whom: str
    needed_by: dt.date | None


class LoggedDecisionFields(TypedDict, total=False):
    decided_on: dt.date
    decision: str
    reason: str
    consulted: str  # free names, not on the team
    kind: str


_TOUCHPOINT = set(TouchpointFields.__optional_keys__)
_NEEDED = set(DecisionNeededFields.__optional_keys__)
_DECISION = set(LoggedDecisionFields.__optional_keys__)


class AlignmentRepository:
    def __init__(self, sessions: SessionSource) -> None:
        self._sessions = sessions

    # --- touchpoints -------------------------------------------------------------------

    def add_touchpoint(self, week_id: int, **fields: Unpack[TouchpointFields]) -> int:
        with self._sessions.begin() as session:
            touchpoint = Touchpoint(week_id=week_id, **_only(fields, _TOUCHPOINT))
            session.add(touchpoint)
            session.flush()
            return touchpoint.id

    def update_touchpoint(self, touchpoint_id: int, **fields: Unpack[TouchpointFields]) -> None:
        with self._sessions.begin() as session:
            touchpoint = session.get_one(Touchpoint, touchpoint_id)
            for name, value in _only(fields, _TOUCHPOINT).items():
                setattr(touchpoint, name, value)

    def delete_touchpoint(self, touchpoint_id: int) -> None:
        with self._sessions.begin() as session:
            session.execute(delete(Touchpoint).where(Touchpoint.id == touchpoint_id))

    # --- decisions needed --------------------------------------------------------------

    def add_decision_needed(self, week_id: int, **fields: Unpack[DecisionNeededFields]) -> int:
        with self._sessions.begin() as session:
            needed = DecisionNeeded(week_id=week_id, **_only(fields, _NEEDED))
            session.add(needed)
            session.flush()
            return needed.id

    def update_decision_needed(
        self, needed_id: int, **fields: Unpack[DecisionNeededFields]
    ) -> None:
        with self._sessions.begin() as session:
            needed = session.get_one(DecisionNeeded, needed_id)
            for name, value in _only(fields, _NEEDED).items():
                setattr(needed, name, value)

    def delete_decision_needed(self, needed_id: int) -> None:
        with self._sessions.begin() as session:
            session.execute(delete(DecisionNeeded).where(DecisionNeeded.id == needed_id))

    # --- the decision log --------------------------------------------------------------

    def add_decision(
        self,
        week_id: int,
        consulted_people: Iterable[int] = (),
        decision_id: int | None = None,
        **fields: Unpack[LoggedDecisionFields],
    ) -> int:
        """Log a decision with the people of the team consulted on it; ``decision_id``
        puts a deleted entry back under its own id."""
        with self._sessions.begin() as session:
            decision = Decision(week_id=week_id, **_only(fields, _DECISION))
            if decision_id is not None:
                decision.id = decision_id
            session.add(decision)
            session.flush()
            for person_id in dict.fromkeys(consulted_people):
                session.add(DecisionConsulted(decision_id=decision.id, person_id=person_id))
            return decision.id

    def update_decision(
        self,
        decision_id: int,
        consulted_people: Iterable[int] | None = None,
        **fields: Unpack[LoggedDecisionFields],
    ) -> None:
        """Change an entry; ``consulted_people`` (when given) replaces its links."""
        with self._sessions.begin() as session:
            decision = session.get_one(Decision, decision_id)
            for name, value in _only(fields, _DECISION).items():
                setattr(decision, name, value)
            if consulted_people is not None:
                session.execute(
                    delete(DecisionConsulted).where(DecisionConsulted.decision_id == decision_id)
                )
                for person_id in dict.fromkeys(consulted_people):
                    session.add(DecisionConsulted(decision_id=decision_id, person_id=person_id))

    def delete_decision(self, decision_id: int) -> None:
        with self._sessions.begin() as session:
            session.execute(delete(Decision).where(Decision.id == decision_id))

    def decision(self, decision_id: int) -> Decision | None:
        """One entry with the people consulted loaded."""
        with self._sessions() as session:
            return session.scalar(
                select(Decision)
                .where(Decision.id == decision_id)
                .options(selectinload(Decision.consulted_links))
            )

    def decision_log(self, text: str = "") -> list[Decision]:
        """The log across all weeks, newest first, with the people consulted; ``text``
        keeps the entries that mention it (a consulted person's name counts)."""
        with self._sessions() as session:
            query = (
                select(Decision)
                .order_by(Decision.decided_on.desc(), Decision.id.desc())
                .options(selectinload(Decision.consulted_links))
            )
            if text.strip():
                pattern = f"%{text.strip()}%"
                named = (
                    select(DecisionConsulted.decision_id)
                    .join(Person, Person.id == DecisionConsulted.person_id)
                    .where(DecisionConsulted.decision_id == Decision.id, Person.name.ilike(pattern))
                    .exists()
                )
                query = query.where(
                    Decision.decision.ilike(pattern)
                    | Decision.reason.ilike(pattern)
                    | Decision.consulted.ilike(pattern)
                    | named
                )
            return list(session.scalars(query))

    def decisions_consulting(self, person_ids: Iterable[int]) -> dict[int, list[Decision]]:
        """The decisions each person was consulted on, oldest first, by person id."""
        wanted = list(person_ids)
        found: dict[int, list[Decision]] = {person_id: [] for person_id in wanted}
        with self._sessions() as session:
            rows = session.execute(
                select(DecisionConsulted.person_id, Decision)
                .join(Decision, Decision.id == DecisionConsulted.decision_id)
                .where(DecisionConsulted.person_id.in_(wanted))
                .order_by(Decision.decided_on, Decision.id)
            ).all()
        for person_id, decision in rows:
            found[person_id].append(decision)
        return found

    # --- the stakeholder update's recipients and "sent on" ----------------------------

    def save_update_recipients(self, week_id: int, recipients: str) -> None:
        with self._sessions.begin() as session:
            session.get_one(WeekPlan, week_id).update_recipients = recipients

    def mark_update_sent(self, week_id: int, recipients: str, sent_on: dt.date | None) -> None:
        """Store who the update went to and the day (None: not sent after all)."""
        with self._sessions.begin() as session:
            week = session.get_one(WeekPlan, week_id)
            week.update_recipients = recipients
            week.update_sent_on = sent_on

    def recipients_before(self, week_start: dt.date) -> str:
        """The recipients of the latest earlier week that named any ("" for none)."""
        with self._sessions() as session:
            found = session.scalar(
                select(WeekPlan.update_recipients)
                .where(WeekPlan.week_start < week_start, WeekPlan.update_recipients != "")
                .order_by(WeekPlan.week_start.desc())
                .limit(1)
            )
        return found or ""
