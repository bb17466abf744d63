"""People the user supervises."""

from __future__ import annotations

import datetime as dt
from typing import Unpack

from sqlalchemy import func, select

from leadjournal.db.models import Person
from leadjournal.db.repositories.coaching_fields import PERSON_FIELDS, PersonFields
from leadjournal.db.repositories.weeks import _only
from leadjournal.db.unit_of_work import SessionSource


class PeopleRepository:
    def __init__(self, sessions: SessionSource) -> None:
        self._sessions = sessions

    def add(
        self, name: str, role: str = "", started_on: dt.date | None = None, notes: str = ""
    ) -> Person:
        """Add a person and return them (detached)."""
        with self._sessions.begin() as session:
            person = Person(name=name.strip(), role=role, started_on=started_on, notes=notes)
            session.add(person)
        return person

    def update(self, person_id: int, **fields: Unpack[PersonFields]) -> None:
        """Change name, role, start date, notes or the archived flag."""
        with self._sessions.begin() as session:
            person = session.get_one(Person, person_id)
            for name, value in _only(fields, set(PERSON_FIELDS)).items():
                setattr(person, name, value.strip() if name == "name" else value)

    def list(self, include_archived: bool = False) -> list[Person]:
        """People ordered by name; archived people only when asked for."""
        with self._sessions() as session:
            query = select(Person).order_by(func.lower(Person.name))
            if not include_archived:
                query = query.where(Person.archived.is_(False))
            return list(session.scalars(query))

    def get(self, person_id: int) -> Person | None:
        with self._sessions() as session:
            return session.get(Person, person_id)

    def find_by_name(self, name: str) -> Person | None:
        with self._sessions() as session:
            return session.scalar(
                select(Person).where(func.lower(Person.name) == name.strip().lower())
            )

    def count(self) -> int:
        with self._sessions() as session:
            return session.scalar(select(func.count(Person.id))) or 0
