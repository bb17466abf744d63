"""Improvements that last from week to week, and the checks they put on a priority's
"Done when" (the kind, approver and sign-off of a success criterion)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, TypedDict, Unpack

from sqlalchemy import and_, func, or_, select

from leadjournal.db.enums import ImprovementStatus
from leadjournal.db.models import Criterion, Improvement
from leadjournal.db.unit_of_work import SessionSource

_OPEN = (ImprovementStatus.IDEA, ImprovementStatus.TRYING)


class ImprovementFields(TypedDict, total=False):
    kind: str
    title: str
    why: str
    content: str
    status: str
    started_week: dt.date
    closed_week: dt.date | None
    position: int


class CriterionCheckFields(TypedDict, total=False):
    kind: str
    met: bool
    approver: str
    signed_off: bool
    signed_off_on: dt.date | None


_IMPROVEMENT_FIELDS = set(ImprovementFields.__optional_keys__)
_CHECK_FIELDS = set(CriterionCheckFields.__optional_keys__)


def _only(fields: dict[str, Any], allowed: set[str]) -> dict[str, Any]:
    unknown = set(fields) - allowed
    if unknown:
        raise ValueError(f"Unknown fields: {sorted(unknown)}")
    return fields


class ImprovementRepository:
    def __init__(self, sessions: SessionSource) -> None:
        self._sessions = sessions

    def get(self, improvement_id: int) -> Improvement | None:
        with self._sessions() as session:
            return session.get(Improvement, improvement_id)

    def shown_in_week(self, week_start: dt.date) -> list[Improvement]:
        """The improvements a week works with: every one still open that started by then,
        and those put in place or dropped that week; oldest first."""
        with self._sessions() as session:
            statement = (
                select(Improvement)
                .where(
                    or_(
                        and_(Improvement.status.in_(_OPEN), Improvement.started_week <= week_start),
                        Improvement.closed_week == week_start,
                    )
                )
                .order_by(Improvement.started_week, Improvement.position, Improvement.id)
            )
            return list(session.scalars(statement))

    def in_place(self) -> list[Improvement]:
        """Every improvement in place, the library: by title."""
        with self._sessions() as session:
            statement = (
                select(Improvement)
                .where(Improvement.status == ImprovementStatus.DONE)
                .order_by(func.lower(Improvement.title), Improvement.id)
            )
            return list(session.scalars(statement))

    def all(self) -> list[Improvement]:
        """Every improvement, in the order they were started."""
        with self._sessions() as session:
            statement = select(Improvement).order_by(
                Improvement.started_week, Improvement.position, Improvement.id
            )
            return list(session.scalars(statement))

    def open_titled(self, title: str) -> Improvement | None:
        """An open improvement with this title (case ignored), if there is one."""
        with self._sessions() as session:
            statement = (
                select(Improvement)
                .where(Improvement.status.in_(_OPEN))
                .where(func.lower(Improvement.title) == title.lower())
                .order_by(Improvement.id)
            )
            return session.scalars(statement).first()

    def worked_on_in(self, week_start: dt.date) -> bool:
        """Whether an improvement was worked on in the week: started or closed in it, or
        being tried (started by then and still open)."""
        with self._sessions() as session:
            statement = select(Improvement.id).where(
                or_(
                    Improvement.started_week == week_start,
                    Improvement.closed_week == week_start,
                    and_(
                        Improvement.status == ImprovementStatus.TRYING,
                        Improvement.started_week <= week_start,
                    ),
                )
            )
            return session.scalars(statement.limit(1)).first() is not None

    def add(self, **fields: Unpack[ImprovementFields]) -> int:
        with self._sessions.begin() as session:
            improvement = Improvement(**_only(dict(fields), _IMPROVEMENT_FIELDS))
            session.add(improvement)
            session.flush()
            return improvement.id

    def update(self, improvement_id: int, **fields: Unpack[ImprovementFields]) -> None:
        with self._sessions.begin() as session:
            improvement = session.get_one(Improvement, improvement_id)
            for name, value in _only(dict(fields), _IMPROVEMENT_FIELDS).items():
                setattr(improvement, name, value)

    def delete(self, improvement_id: int) -> None:
        with self._sessions.begin() as session:
            session.delete(session.get_one(Improvement, improvement_id))

    # --- the checks on a priority's "Done when" ------------------------------------------

    def criteria_count(self, priority_id: int) -> int:
        with self._sessions() as session:
            statement = select(func.count()).where(Criterion.priority_id == priority_id)
            return int(session.scalar(statement) or 0)

    def add_criteria(self, priority_id: int, texts: Sequence[str], kind: str) -> list[int]:
        """Add ``texts`` as criteria of a kind after the priority's last one, in order."""
        with self._sessions.begin() as session:
            last = session.scalar(
                select(func.max(Criterion.position)).where(Criterion.priority_id == priority_id)
            )
            start = -1 if last is None else last
            added = [
                Criterion(priority_id=priority_id, text=text, position=start + offset, kind=kind)
                for offset, text in enumerate(texts, start=1)
            ]
            session.add_all(added)
            session.flush()
            return [criterion.id for criterion in added]

    def update_criterion_check(
        self, criterion_id: int, **fields: Unpack[CriterionCheckFields]
    ) -> None:
        with self._sessions.begin() as session:
            criterion = session.get_one(Criterion, criterion_id)
            for name, value in _only(dict(fields), _CHECK_FIELDS).items():
                setattr(criterion, name, value)

    def criterion(self, criterion_id: int) -> Criterion | None:
        with self._sessions() as session:
            return session.get(Criterion, criterion_id)
