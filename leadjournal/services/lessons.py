"""Lessons: tags, resurfacing older lessons when they matter again, Markdown export."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from leadjournal.db.models import Lesson, WeekPlan
from leadjournal.services.weeks import content_words, week_start_of
from leadjournal.text import split_tags

MAX_RESURFACED = 3
# "On this week N … ago": weeks back, and how to say it.
ANNIVERSARIES = ((4, "4 weeks ago"), (13, "3 months ago"), (26, "6 months ago"),
                 (52, "a year ago"), (104, "two years ago"))  # fmt: skip


@dataclass(frozen=True)
class Resurfaced:
    lesson: Lesson
    reason: str


def format_tags(tags: Iterable[str]) -> str:
    return ", ".join(tags)


def week_texts(week: WeekPlan | None) -> list[str]:
    """What a week is about: its outcome, why, priorities and tasks."""
    if week is None:
        return []
    return [week.outcome, week.why, *(p.title for p in week.priorities),
            *(t.title for t in week.tasks)]  # fmt: skip


def _mentions(text: str, tag: str) -> bool:
    return re.search(rf"(?<![\w-])#?{re.escape(tag)}(?![\w-])", text) is not None


@dataclass(frozen=True)
class IndexedLesson:
    """A lesson with its tags and content words worked out once, for quick resurfacing."""

    lesson: Lesson
    tags: tuple[str, ...]
    words: frozenset[str]
    # Copied out of the ORM object once: reading them on every week switch is slower.
    lesson_id: int = 0
    learned_on: dt.date = dt.date.min


def index_lessons(lessons: Iterable[Lesson]) -> list[IndexedLesson]:
    return [
        IndexedLesson(lesson, tuple(split_tags(lesson.tags)), frozenset(content_words(" ".join(
            (lesson.title, lesson.what_happened, lesson.what_i_learned, lesson.do_differently)
        ))), lesson.id, lesson.learned_on)
        for lesson in lessons
    ]  # fmt: skip


def resurface(lessons: Sequence[IndexedLesson], week_start: dt.date, texts: Sequence[str],
              dismissed: set[int], limit: int = MAX_RESURFACED) -> list[Resurfaced]:  # fmt: skip
    """Up to ``limit`` earlier lessons worth seeing this week, the best reasons first.

    A lesson whose tag appears in the week's plan comes first, then one sharing at least
    two content words with it, then one learned on this week a round number of weeks
    or months ago. Lessons from this week or later, and dismissed ones, never appear.
    """
    plan = " ".join(texts).lower()
    plan_tokens = set(re.findall(r"[\w-]+", plan))
    plan_words = content_words(plan)
    anniversaries = dict(ANNIVERSARIES)
    ranked: list[tuple[int, int, Resurfaced]] = []
    for entry in lessons:
        if entry.lesson_id in dismissed or entry.learned_on >= week_start:
            continue
        lesson = entry.lesson
        age = -entry.learned_on.toordinal()  # newer first within a rank
        tag = next((t for t in entry.tags
                    if t in plan_tokens or (" " in t and _mentions(plan, t))), None)  # fmt: skip
        if tag is not None:
            ranked.append((0, age, Resurfaced(lesson, f"Tagged “{tag}”, like this week's plan")))
            continue
        shared = sorted(plan_words & entry.words)
        if len(shared) >= 2:
            reason = f"Shares “{shared[0]}” and “{shared[1]}” with this week's plan"
            ranked.append((1, age, Resurfaced(lesson, reason)))
            continue
        weeks_ago = (week_start - week_start_of(entry.learned_on)).days // 7
        if weeks_ago in anniversaries:
            reason = f"On this week {anniversaries[weeks_ago]}"
            ranked.append((2, age, Resurfaced(lesson, reason)))
    ranked.sort(key=lambda entry: (entry[0], entry[1]))
    return [entry[2] for entry in ranked[:limit]]


def _day(day: dt.date) -> str:
    return f"{day.day} {day:%b %Y}"


def lessons_markdown(
    lessons: Sequence[Lesson],
    people: Mapping[int, str],
    weeks: Mapping[int, dt.date],
    heading: str = "Lessons learned",
) -> str:
    """The lessons as one Markdown document, in the order given."""
    count = len(lessons)
    parts = [f"# {heading}\n\n_{count} lesson{'s' if count != 1 else ''}_\n"]
    for lesson in lessons:
        title = lesson.title.strip() or "Untitled lesson"
        block = [f"## {_day(lesson.learned_on)} — {title}\n"]
        for label, text in (("What happened", lesson.what_happened),
                            ("What I learned", lesson.what_i_learned),
                            ("Next time I will", lesson.do_differently)):  # fmt: skip
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
