"""Lessons: tags, resurfacing older lessons when they matter again, Markdown export."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Unpack

from leadjournal.db.models import Lesson, Person, WeekPlan
from leadjournal.db.repositories import Repositories
from leadjournal.db.repositories.lessons import LessonDigest, LessonFields
from leadjournal.i18n import tr
from leadjournal.services.week_wording import content_words
from leadjournal.services.weeks import week_start_of
from leadjournal.text import human_date, split_tags

MAX_RESURFACED = 3
# "On this week N … ago": weeks back, and how to say it.
ANNIVERSARIES = (
    (4, "4 weeks ago"),
    (13, "3 months ago"),
    (26, "6 months ago"),
    (52, "a year ago"),
    (104, "two years ago"),
)


@dataclass(frozen=True)
class Resurfaced:
    lesson: LessonDigest
    reason: str


def format_tags(tags: Iterable[str]) -> str:
    return ", ".join(tags)


def week_texts(week: WeekPlan | None) -> list[str]:
    """What a week is about: its outcome, why, priorities and tasks."""
    if week is None:
        return []
    return [
        week.outcome,
        week.why,
        *(p.title for p in week.priorities),
        *(t.title for t in week.tasks),
    ]


def _mentions(text: str, tag: str) -> bool:
    return re.search(rf"(?<![\w-])#?{re.escape(tag)}(?![\w-])", text) is not None


class IndexedLesson:
    """A lesson with its tags split once; its content words are worked out the first
    time a week needs them (most weeks are settled by tags alone)."""

    __slots__ = ("_words", "learned_on", "lesson", "lesson_id", "tags")

    def __init__(self, lesson: LessonDigest) -> None:
        self.lesson = lesson
        self.lesson_id = lesson.id
        self.learned_on = lesson.learned_on
        self.tags = tuple(split_tags(lesson.tags)) if lesson.tags else ()
        self._words: frozenset[str] | None = None

    @property
    def words(self) -> frozenset[str]:
        if self._words is None:
            lesson = self.lesson
            self._words = frozenset(
                content_words(
                    " ".join(
                        (
                            lesson.title,
                            lesson.what_happened,
                            lesson.what_i_learned,
                            lesson.do_differently,
                        )
                    )
                )
            )
        return self._words


def index_lessons(lessons: Iterable[LessonDigest]) -> list[IndexedLesson]:
    """The lessons ready for :func:`resurface`, newest first."""
    indexed = [IndexedLesson(lesson) for lesson in lessons]
    # Stable, so lessons of one day keep their given order (the repository's: newest id).
    indexed.sort(key=lambda entry: entry.learned_on, reverse=True)
    return indexed


def resurface(
    lessons: Sequence[IndexedLesson],
    week_start: dt.date,
    texts: Sequence[str],
    dismissed: set[int],
    limit: int = MAX_RESURFACED,
) -> list[Resurfaced]:
    """Up to ``limit`` earlier lessons worth seeing this week, the best reasons first.

    A lesson whose tag appears in the week's plan comes first, then one sharing at least
    two content words with it, then one learned on this week a round number of weeks
    or months ago; the newest first within each. Lessons from this week or later, and
    dismissed ones, never appear. ``lessons`` must be newest first, as
    :func:`index_lessons` returns them.
    """
    plan = " ".join(texts).lower()
    plan_tokens = set(re.findall(r"[\w-]+", plan))
    tag_in_plan: dict[str, bool] = {}

    def in_plan(tag: str) -> bool:
        found = tag_in_plan.get(tag)
        if found is None:
            found = tag in plan_tokens or (" " in tag and _mentions(plan, tag))
            tag_in_plan[tag] = found
        return found

    tagged: list[Resurfaced] = []
    untagged: list[IndexedLesson] = []
    for entry in lessons:
        if entry.lesson_id in dismissed or entry.learned_on >= week_start:
            continue
        tag = next((t for t in entry.tags if in_plan(t)), None)
        if tag is None:
            untagged.append(entry)
        elif len(tagged) < limit:
            tagged.append(
                Resurfaced(entry.lesson, tr("Tagged “{0}”, like this week's plan").format(tag))
            )
    if len(tagged) >= limit:
        return tagged  # settled without reading any lesson's words
    wanted = limit - len(tagged)
    plan_words = content_words(plan)
    anniversaries = dict(ANNIVERSARIES)
    sharing: list[Resurfaced] = []
    on_this_week: list[Resurfaced] = []
    for entry in untagged:
        shared = sorted(plan_words & entry.words) if plan_words else []
        if len(shared) >= 2:
            reason = tr("Shares “{0}” and “{1}” with this week's plan").format(*shared[:2])
            sharing.append(Resurfaced(entry.lesson, reason))
            if len(sharing) == wanted:
                break
            continue
        weeks_ago = (week_start - week_start_of(entry.learned_on)).days // 7
        if weeks_ago in anniversaries and len(on_this_week) < wanted:
            reason = f"On this week {anniversaries[weeks_ago]}"
            on_this_week.append(Resurfaced(entry.lesson, reason))
    return (tagged + sharing + on_this_week)[:limit]


def _day(day: dt.date) -> str:
    return human_date(day)


def lessons_markdown(
    lessons: Sequence[Lesson],
    people: Mapping[int, str],
    weeks: Mapping[int, dt.date],
    heading: str = "Lessons learned",
    level: int = 1,
) -> str:
    """The lessons as one Markdown document, in the order given, under a heading of
    ``level`` (each lesson one level below it)."""
    count = len(lessons)
    h = "#" * level
    parts = [f"{h} {heading}\n\n_{count} lesson{'s' if count != 1 else ''}_\n"]
    for lesson in lessons:
        title = lesson.title.strip() or "Untitled lesson"
        block = [f"{h}# {_day(lesson.learned_on)} — {title}\n"]
        for label, text in (
            ("What happened", lesson.what_happened),
            ("What I learned", lesson.what_i_learned),
            ("Next time I will", lesson.do_differently),
        ):
            if text.strip():
                block.append(f"**{label}:** {text.strip()}\n")
        details = []
        if split_tags(lesson.tags):
            details.append("Tags: " + format_tags(split_tags(lesson.tags)))
        if lesson.person_id is not None and lesson.person_id in people:
            details.append("About: " + people[lesson.person_id])
        if lesson.week_id is not None and lesson.week_id in weeks:
            details.append("Week of " + _day(weeks[lesson.week_id]))
        if details:
            block.append("_" + " · ".join(details) + "_\n")
        parts.append("\n".join(block))
    return "\n".join(parts)


class LessonService:
    """Lessons for the Lessons tab and the "From your lessons" panel."""

    def __init__(self, repositories: Repositories) -> None:
        self.repos = repositories
        self.lessons = repositories.lessons

    def people(self) -> list[Person]:
        """Everyone, archived people included (an old lesson may be about them)."""
        return self.repos.people.list(include_archived=True)

    def week_ids(self) -> dict[int, dt.date]:
        """Every planned week's Monday by the week's id."""
        return self.repos.weeks.week_ids()

    def week_texts(self, week_start: dt.date) -> list[str]:
        """What the week starting ``week_start`` is about (see :func:`week_texts`)."""
        return week_texts(self.repos.weeks.get(week_start))

    def tags(self) -> list[str]:
        return self.lessons.tags()

    def count(self) -> int:
        return self.lessons.count()

    def find(
        self,
        text: str = "",
        tag: str | None = None,
        person_id: int | None = None,
        first: dt.date | None = None,
        last: dt.date | None = None,
    ) -> list[Lesson]:
        return self.lessons.find(text=text, tag=tag, person_id=person_id, first=first, last=last)

    def add(self, learned_on: dt.date) -> int:
        """A new, empty lesson learned on ``learned_on``."""
        return self.lessons.add(learned_on)

    def update(self, lesson_id: int, **fields: Unpack[LessonFields]) -> None:
        self.lessons.update(lesson_id, **fields)

    def delete(self, lesson_id: int) -> None:
        self.lessons.delete(lesson_id)

    # --- resurfacing ------------------------------------------------------------------------

    def indexed(self) -> list[IndexedLesson]:
        """Every lesson ready for :func:`resurface`."""
        return index_lessons(self.lessons.digests())

    def dismissed(self, week_start: dt.date) -> set[int]:
        return self.lessons.dismissed(week_start)

    def dismiss(self, lesson_id: int, week_start: dt.date) -> None:
        """Put a resurfaced lesson away for the rest of the week."""
        self.lessons.dismiss(lesson_id, week_start)
