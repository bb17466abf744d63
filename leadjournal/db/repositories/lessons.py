"""Lessons learned, their filters, and lessons put away for a week."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import NamedTuple, TypedDict, Unpack

from sqlalchemy import delete, func, or_, select

from leadjournal.db.models import Lesson, LessonDismissal
from leadjournal.db.repositories.weeks import _only
from leadjournal.db.unit_of_work import SessionSource
from leadjournal.text import split_tags


class LessonText(TypedDict, total=False):
    """What a lesson says, and the week and person it belongs to."""

    title: str
    what_happened: str
    what_i_learned: str
    do_differently: str
    tags: str
    week_id: int | None
    person_id: int | None


class LessonFields(LessonText, total=False):
    """A lesson's words and links, and the day it was learned."""

    learned_on: dt.date


_LESSON_FIELDS = set(LessonFields.__annotations__)


class LessonDigest(NamedTuple):
    """A lesson's words without the ORM object: what resurfacing reads, quick to load
    for every lesson of a long journal."""

    id: int
    learned_on: dt.date
    title: str
    what_happened: str
    what_i_learned: str
    do_differently: str
    tags: str


class LessonRepository:
    def __init__(self, sessions: SessionSource) -> None:
        self._sessions = sessions

    def add(self, learned_on: dt.date, **fields: Unpack[LessonText]) -> int:
        with self._sessions.begin() as session:
            lesson = Lesson(learned_on=learned_on, **_only(fields, _LESSON_FIELDS))
            session.add(lesson)
            session.flush()
            return lesson.id

    def update(self, lesson_id: int, **fields: Unpack[LessonFields]) -> None:
        with self._sessions.begin() as session:
            lesson = session.get_one(Lesson, lesson_id)
            for name, value in _only(fields, _LESSON_FIELDS).items():
                setattr(lesson, name, value)

    def delete(self, lesson_id: int) -> None:
        with self._sessions.begin() as session:
            session.delete(session.get_one(Lesson, lesson_id))

    def get(self, lesson_id: int) -> Lesson | None:
        with self._sessions() as session:
            return session.get(Lesson, lesson_id)

    def count(self) -> int:
        with self._sessions() as session:
            return session.scalar(select(func.count(Lesson.id))) or 0

    def find(
        self,
        text: str = "",
        tag: str | None = None,
        person_id: int | None = None,
        first: dt.date | None = None,
        last: dt.date | None = None,
    ) -> list[Lesson]:
        """Lessons matching every given filter, newest first.

        ``text`` matches any of the written fields (every word must appear somewhere);
        ``tag`` must be one of the lesson's tags exactly.
        """
        query = select(Lesson).order_by(Lesson.learned_on.desc(), Lesson.id.desc())
        fields = (
            Lesson.title,
            Lesson.what_happened,
            Lesson.what_i_learned,
            Lesson.do_differently,
            Lesson.tags,
        )
        for word in text.split():
            pattern = f"%{_escape_like(word)}%"
            query = query.where(or_(*(field.ilike(pattern, escape="\\") for field in fields)))
        if tag:
            query = query.where(Lesson.tags.ilike(f"%{_escape_like(tag)}%", escape="\\"))
        if person_id is not None:
            query = query.where(Lesson.person_id == person_id)
        if first is not None:
            query = query.where(Lesson.learned_on >= first)
        if last is not None:
            query = query.where(Lesson.learned_on <= last)
        with self._sessions() as session:
            found = list(session.scalars(query))
        if tag:  # a whole tag, not part of a longer one ("plan" is not "planning")
            wanted = split_tags(tag)[0] if split_tags(tag) else ""
            found = [lesson for lesson in found if wanted in split_tags(lesson.tags)]
        return found

    def tags(self) -> list[str]:
        """Every tag in use, most used first (then alphabetical), for autocompletion."""
        with self._sessions() as session:
            rows = session.scalars(select(Lesson.tags).where(Lesson.tags != ""))
            counts = Counter(tag for text in rows for tag in split_tags(text))
        return sorted(counts, key=lambda tag: (-counts[tag], tag))

    # --- resurfacing -----------------------------------------------------------------------

    def digests(self) -> list[LessonDigest]:
        """Every lesson's words, newest first (the order resurfacing relies on)."""
        query = select(
            Lesson.id,
            Lesson.learned_on,
            Lesson.title,
            Lesson.what_happened,
            Lesson.what_i_learned,
            Lesson.do_differently,
            Lesson.tags,
        ).order_by(Lesson.learned_on.desc(), Lesson.id.desc())
        with self._sessions() as session:
            return [LessonDigest._make(row) for row in session.execute(query)]

    def dismissed(self, week_start: dt.date) -> set[int]:
        with self._sessions() as session:
            return set(
                session.scalars(
                    select(LessonDismissal.lesson_id).where(
                        LessonDismissal.week_start == week_start
                    )
                )
            )

    def dismiss(self, lesson_id: int, week_start: dt.date) -> None:
        with self._sessions.begin() as session:
            session.merge(LessonDismissal(lesson_id=lesson_id, week_start=week_start))

    def undismiss_week(self, week_start: dt.date) -> None:
        with self._sessions.begin() as session:
            session.execute(delete(LessonDismissal).where(LessonDismissal.week_start == week_start))


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
