"""Quick capture: a few words kept as a lesson, from the tray or from a terminal.

The one place that reads a capture: the first line that shows something is the title,
the rest is what happened; tags are comma-separated, "note" first for a note, and
"capture" last so captures can be found and tidied later.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from leadjournal.text import split_capture

if TYPE_CHECKING:
    from leadjournal.db.repositories import Repositories

CAPTURE_TAG = "capture"
NOTE_TAG = "note"


@dataclass(frozen=True)
class Capture:
    title: str
    what_happened: str
    tags: tuple[str, ...]

    @property
    def tag_text(self) -> str:
        """The tags as a lesson stores them."""
        return ", ".join(self.tags)


def parse_capture(text: str, tags: Iterable[str] = (), *, note: bool = False) -> Capture | None:
    """``text`` and ``tags`` (each may hold several, comma-separated) as a capture; None
    when nothing in ``text`` is visible (spaces, zero-width characters)."""
    parts = split_capture(text)
    if parts is None:
        return None
    title, rest = parts
    kept = [tag.strip() for group in tags for tag in group.split(",") if tag.strip()]
    if note:
        kept.insert(0, NOTE_TAG)
    return Capture(title.strip(), rest.strip(), (*kept, CAPTURE_TAG))


def keep_capture(repos: Repositories, capture: Capture, day: dt.date) -> int:
    """Keep ``capture`` as a lesson learned on ``day``; its id."""
    return repos.lessons.add(
        day, title=capture.title, what_happened=capture.what_happened, tags=capture.tag_text
    )


def add_to_reflection(
    repos: Repositories, text: str, tags: Iterable[str], day: dt.date
) -> int | None:
    """Add ``text`` to ``day``'s reflection as a new paragraph, with ``tags`` (each may
    hold several, comma-separated); the entry's id, or None when nothing in ``text`` is
    visible."""
    if split_capture(text) is None:
        return None
    from leadjournal.services.reflections import ReflectionService  # storage on first use

    return ReflectionService(repos).append(day, text.strip(), tags)
