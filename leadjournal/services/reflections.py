"""The daily reflection: a dated free-writing entry per day, the day's prompt from the
weekly loop, and the one click that turns an entry into a lesson."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from leadjournal import clock
from leadjournal.i18n import QT_TRANSLATE_NOOP, tr
from leadjournal.services.lessons import LessonService
from leadjournal.services.weekly_loop import Step
from leadjournal.text import split_capture, split_tags

if TYPE_CHECKING:
    from leadjournal.db.models import Reflection
    from leadjournal.db.repositories import Repositories

REFLECTION_TAG = "reflection"  # on every lesson made from an entry
TITLE_LENGTH = 80  # a lesson's title made from an entry's first line

# The day's question, from the step of the weekly loop that day belongs to; the weekend
# has its own. Marked here, translated by :func:`prompt_for`.
_PROMPTS: dict[Step | None, str] = {
    Step.DIRECTION: QT_TRANSLATE_NOOP("", "What matters most this week, and why?"),
    Step.CHECKIN: QT_TRANSLATE_NOOP("", "What got in the way today?"),
    Step.IMPROVE: QT_TRANSLATE_NOOP("", "Who did I help grow?"),
    Step.ALIGN: QT_TRANSLATE_NOOP("", "Who needed to hear from me today, and did they?"),
    Step.REVIEW: QT_TRANSLATE_NOOP("", "What went well this week, and what will I change?"),
    None: QT_TRANSLATE_NOOP("", "Looking back on the week, what stays with me?"),  # weekend
}


def _step_of(day: dt.date) -> Step | None:
    """The loop's step for ``day``; None on the weekend."""
    return None if day.weekday() >= 5 else Step.for_day(day)


def prompt_for(day: dt.date) -> str:
    """The question the reflection asks on ``day``, in the user's language."""
    return tr(_PROMPTS[_step_of(day)])


def english_prompt_for(day: dt.date) -> str:
    """The same question in English, for the Markdown export (written in English)."""
    return _PROMPTS[_step_of(day)]


def appended(text: str, more: str) -> str:
    """``more`` added to ``text`` as a new paragraph."""
    text, more = text.rstrip(), more.strip()
    if not text:
        return more
    return f"{text}\n\n{more}" if more else text


def merged_tags(*groups: str) -> str:
    """Comma-separated tags from every group, as stored: lower case, each once."""
    return ", ".join(split_tags(",".join(groups)))


def lesson_title(text: str) -> str:
    """A lesson's title from an entry: its first line with words, kept short."""
    parts = split_capture(text)
    if parts is None:
        return ""
    title = parts[0]
    if len(title) > TITLE_LENGTH:
        cut = title[: TITLE_LENGTH - 1].rsplit(" ", 1)[0] or title[: TITLE_LENGTH - 1]
        title = cut.rstrip(" ,;:") + "…"
    return title


class ReflectionService:
    """Reading and writing the daily reflection of one journal."""

    def __init__(
        self, repositories: Repositories, now: Callable[[], dt.datetime] = clock.now
    ) -> None:
        self.repos = repositories
        self.now = now

    def entry(self, day: dt.date) -> Reflection | None:
        return self.repos.reflections.on(day)

    def save_text(self, day: dt.date, text: str) -> int:
        return self.repos.reflections.save(day, self.now(), text=text)

    def save_tags(self, day: dt.date, tags: str) -> int:
        return self.repos.reflections.save(day, self.now(), tags=merged_tags(tags))

    def append(self, day: dt.date, text: str, tags: Iterable[str] = ()) -> int:
        """Add ``text`` to ``day``'s entry as a new paragraph (quick capture), with any
        ``tags``; the entry is made when the day has none yet."""
        with self.repos.unit_of_work():
            entry = self.repos.reflections.on(day)
            old_text, old_tags = (entry.text, entry.tags) if entry else ("", "")
            return self.repos.reflections.save(
                day,
                self.now(),
                text=appended(old_text, text),
                tags=merged_tags(old_tags, *tags),
            )

    def days_written(self, first: dt.date, last: dt.date) -> list[dt.date]:
        """The days between ``first`` and ``last`` with words written (bold in the
        calendar)."""
        return self.repos.reflections.days_written(first, last)

    def tags(self) -> list[str]:
        """Tags used on entries and lessons, for autocompletion."""
        used = [tag for field in self.repos.reflections.tags() for tag in split_tags(field)]
        return list(dict.fromkeys([*used, *LessonService(self.repos).tags()]))

    def turn_into_lesson(self, day: dt.date) -> int | None:
        """A lesson learned on ``day`` made from its entry (the first line its title, the
        rest what happened, its tags and "reflection"); None when the entry has no words
        yet."""
        entry = self.repos.reflections.on(day)
        if entry is None or split_capture(entry.text) is None:
            return None
        lessons = LessonService(self.repos)
        first_line, rest = split_capture(entry.text) or ("", "")
        title = lesson_title(entry.text)
        # The rest of the entry is what happened; all of it when the title was shortened.
        happened = rest if title == first_line else entry.text.strip()
        with self.repos.unit_of_work():
            lesson_id = lessons.add(day)
            lessons.update(
                lesson_id,
                title=title,
                what_happened=happened,
                tags=merged_tags(entry.tags, REFLECTION_TAG),
            )
        return lesson_id


def reflections_markdown(entries: Iterable[Reflection], level: int = 2) -> str:
    """The entries as Markdown, the newest day first: "Daily reflections"."""
    h = "#" * level
    lines = [f"{h} Daily reflections", ""]
    for entry in sorted(entries, key=lambda e: e.day, reverse=True):
        if not entry.text.strip():
            continue
        lines.append(f"{h}# {entry.day.strftime('%A')} {entry.day.isoformat()}")
        lines.append(f"*{english_prompt_for(entry.day)}*")
        lines.append("")
        lines.append(entry.text.strip())
        if entry.tags:
            lines += ["", f"Tags: {entry.tags}"]
        lines.append("")
    return "\n".join(lines)
