"""Start / stop / continue: labels, the theme view, and the anonymity rule.

Anonymity is structural: an anonymous response has no person in the database (a check
constraint), and every label here is computed from the response's ``source`` first, so
no code path can put a name next to an anonymous item.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from leadjournal.text import source_text, split_tags

if TYPE_CHECKING:
    from leadjournal.db.models import FeedbackItem, FeedbackRequest, FeedbackResponse

DEFAULT_QUESTION = (
    "As your manager, what is one thing I should start doing, one thing I should stop "
    "doing, and one thing I should keep doing?"
)
CHANNELS = (
    ("one_on_one", "In a one-on-one"),
    ("anonymous_form", "Anonymous form"),
    ("survey", "Survey"),
    ("other", "Other"),
)
# Anonymous first: the choice that can never put a name where none was given.
SOURCES = (("anonymous", "Anonymous"), ("self", "Myself"), ("person", "A person"))
KINDS = (("start", "Start"), ("stop", "Stop"), ("continue", "Continue"))
ITEM_STATUSES = (
    ("open", "Open"),
    ("acting", "Acting on it"),
    ("done", "Done"),
    ("closed", "Closed"),
)
NO_THEME = "no theme yet"


def source_label(response: FeedbackResponse, people: Mapping[int, str]) -> str:
    """Who said it, as shown anywhere: never a name for an anonymous answer."""
    name = people.get(response.person_id) if response.person_id is not None else None
    return source_text(response.source, name)


def request_audience(request: FeedbackRequest, people: Mapping[int, str]) -> str:
    """Who a request went to, in words: "The team", names, and the free note."""
    parts = ["The team"] if request.asked_team else []
    parts += sorted(people[p.person_id] for p in request.asked_people if p.person_id in people)
    if request.asked_whom.strip():
        parts.append(request.asked_whom.strip())
    return ", ".join(parts) or "Not said"


def answers_to(request: FeedbackRequest, responses: Iterable[FeedbackResponse]) -> int:
    return sum(1 for response in responses if response.request_id == request.id)


@dataclass
class ThemeSummary:
    theme: str
    counts: Counter[str] = field(default_factory=Counter)  # by kind
    statuses: Counter[str] = field(default_factory=Counter)
    new_this_month: int = 0
    items: list[tuple[FeedbackItem, FeedbackResponse]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def summarize_themes(
    responses: Sequence[FeedbackResponse], today: dt.date, include_closed: bool = False
) -> list[ThemeSummary]:
    """Items grouped by theme (an item with two themes counts in both), biggest first.

    "New this month" counts items received since the first of ``today``'s month.
    """
    month_start = today.replace(day=1)
    themes: dict[str, ThemeSummary] = {}
    for response in responses:
        for item in response.items:
            if item.status == "closed" and not include_closed:
                continue
            for theme in split_tags(item.themes) or [NO_THEME]:
                summary = themes.setdefault(theme, ThemeSummary(theme))
                summary.counts[item.kind] += 1
                summary.statuses[item.status] += 1
                summary.items.append((item, response))
                if response.received_on >= month_start:
                    summary.new_this_month += 1
    return sorted(themes.values(), key=lambda s: (s.theme == NO_THEME, -s.total, s.theme))
