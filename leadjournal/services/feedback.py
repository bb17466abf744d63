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
from typing import TypedDict, Unpack

from leadjournal.db.enums import FeedbackActionStatus, FeedbackItemStatus
from leadjournal.db.models import (
    FeedbackAction,
    FeedbackItem,
    FeedbackRequest,
    FeedbackResponse,
)
from leadjournal.db.repositories import Repositories
from leadjournal.db.repositories.feedback import ActionFields, ItemFields
from leadjournal.errors import JournalError
from leadjournal.i18n import QT_TRANSLATE_NOOP
from leadjournal.text import source_text, split_tags

DEFAULT_QUESTION = QT_TRANSLATE_NOOP(
    "",
    "As your manager, what is one thing I should start doing, one thing I should stop "
    "doing, and one thing I should keep doing?",
)
CHANNELS = (
    ("one_on_one", QT_TRANSLATE_NOOP("", "In a one-on-one")),
    ("anonymous_form", QT_TRANSLATE_NOOP("", "Anonymous form")),
    ("survey", QT_TRANSLATE_NOOP("", "Survey")),
    ("other", QT_TRANSLATE_NOOP("", "Other")),
)
# Anonymous first: the choice that can never put a name where none was given.
SOURCES = (
    ("anonymous", QT_TRANSLATE_NOOP("", "Anonymous")),
    ("self", QT_TRANSLATE_NOOP("", "Myself")),
    ("person", QT_TRANSLATE_NOOP("", "A person")),
)
KINDS = (
    ("start", QT_TRANSLATE_NOOP("", "Start")),
    ("stop", QT_TRANSLATE_NOOP("", "Stop")),
    ("continue", QT_TRANSLATE_NOOP("", "Continue")),
)
ITEM_STATUSES: tuple[tuple[str, str], ...] = (
    (FeedbackItemStatus.OPEN, QT_TRANSLATE_NOOP("", "Open")),
    (FeedbackItemStatus.ACTING, QT_TRANSLATE_NOOP("", "Acting on it")),
    (FeedbackItemStatus.DONE, QT_TRANSLATE_NOOP("", "Done")),
    (FeedbackItemStatus.CLOSED, QT_TRANSLATE_NOOP("", "Closed")),
)
NO_THEME = "no theme yet"


class ActionAlreadyOpenError(JournalError):
    """Only one theme is acted on at a time."""


class RequestDetails(TypedDict):
    """A request for feedback as the person fills it in."""

    asked_on: dt.date
    asked_team: bool
    person_ids: list[int]
    asked_whom: str
    channel: str
    question: str


class AnswerDetails(TypedDict):
    """Who an answer is from (chosen, never guessed), when, and to which request."""

    received_on: dt.date | None
    source: str
    person_id: int | None
    request_id: int | None


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
            if item.status == FeedbackItemStatus.CLOSED and not include_closed:
                continue
            for theme in split_tags(item.themes) or [NO_THEME]:
                summary = themes.setdefault(theme, ThemeSummary(theme))
                summary.counts[item.kind] += 1
                summary.statuses[item.status] += 1
                summary.items.append((item, response))
                if response.received_on >= month_start:
                    summary.new_this_month += 1
    return sorted(themes.values(), key=lambda s: (s.theme == NO_THEME, -s.total, s.theme))


class FeedbackService:
    """Asking for feedback, recording answers, and acting on one theme at a time."""

    def __init__(self, repositories: Repositories) -> None:
        self.repos = repositories
        self.feedback = repositories.feedback

    # --- reading ---------------------------------------------------------------------------

    def people_names(self) -> dict[int, str]:
        """Everyone's name by id, archived people included (old answers name them)."""
        return {p.id: p.name for p in self.repos.people.list(include_archived=True)}

    def people_to_ask(self) -> list[tuple[int, str]]:
        """The people on the team now, as ``(id, name)``."""
        return [(p.id, p.name) for p in self.repos.people.list()]

    def requests(self) -> list[FeedbackRequest]:
        return self.feedback.requests()

    def responses(self) -> list[FeedbackResponse]:
        return self.feedback.responses()

    def open_action(self) -> FeedbackAction | None:
        return self.feedback.open_action()

    def closed_actions(self) -> list[FeedbackAction]:
        """Themes acted on before, newest first."""
        return [a for a in self.feedback.actions() if a.status == FeedbackActionStatus.CLOSED]

    # --- requests --------------------------------------------------------------------------

    def ask(self, details: RequestDetails) -> int:
        return self.feedback.add_request(
            details["asked_on"],
            details["question"],
            channel=details["channel"],
            asked_whom=details["asked_whom"],
            asked_team=details["asked_team"],
            person_ids=details["person_ids"],
        )

    def edit_request(self, request_id: int, details: RequestDetails) -> None:
        self.feedback.update_request(
            request_id,
            person_ids=details["person_ids"],
            asked_on=details["asked_on"],
            asked_team=details["asked_team"],
            asked_whom=details["asked_whom"],
            channel=details["channel"],
            question=details["question"],
        )

    def close_request(self, request_id: int) -> None:
        """No more answers are expected."""
        self.feedback.update_request(request_id, closed=True)

    # --- answers and their items ------------------------------------------------------------

    def add_answer(self, details: AnswerDetails, today: dt.date) -> int:
        return self.feedback.add_response(
            received_on=details["received_on"] or today,
            source=details["source"],
            person_id=details["person_id"],
            request_id=details["request_id"],
        )

    def update_answer(
        self,
        response_id: int,
        *,
        source: str,
        person_id: int | None,
        received_on: dt.date,
        request_id: int | None,
    ) -> None:
        self.feedback.update_response(
            response_id,
            source=source,
            person_id=person_id,
            received_on=received_on,
            request_id=request_id,
        )

    def delete_answer(self, response_id: int) -> None:
        self.feedback.delete_response(response_id)

    def add_item(self, response_id: int, kind: str) -> int:
        return self.feedback.add_item(response_id, kind)

    def update_item(self, item_id: int, **fields: Unpack[ItemFields]) -> None:
        self.feedback.update_item(item_id, **fields)

    def delete_item(self, item_id: int) -> None:
        self.feedback.delete_item(item_id)

    # --- acting on one theme ------------------------------------------------------------------

    def start_action(
        self,
        theme: str,
        action: str,
        started_on: dt.date,
        due_on: dt.date | None,
        check_on: dt.date | None,
    ) -> int:
        """Act on ``theme`` (its open items move with it); one theme at a time."""
        with self.repos.unit_of_work():
            if self.feedback.open_action() is not None:
                raise ActionAlreadyOpenError(
                    "You are already acting on a theme; close it before choosing another."
                )
            return self.feedback.start_action(theme, action, started_on, due_on, check_on)

    def update_action(self, action_id: int, **fields: Unpack[ActionFields]) -> None:
        self.feedback.update_action(action_id, **fields)

    def mark_action_done(self, action_id: int) -> None:
        self.feedback.mark_action_done(action_id)

    def close_action(
        self,
        action_id: int,
        closed_on: dt.date,
        what_changed: str,
        lesson_title: str | None = None,
    ) -> int | None:
        """Close the action with what changed and, given a title, keep that as a lesson.

        One operation: the action, its items and the lesson are all written, or none.
        Returns the new lesson's id when one was made.
        """
        with self.repos.unit_of_work():
            record = self.feedback.close_action(action_id, closed_on, what_changed)
            if lesson_title is None:
                return None
            lesson_id = self.repos.lessons.add(
                closed_on,
                title=lesson_title,
                what_happened=f"I acted on feedback about “{record.theme}”: {record.action}",
                what_i_learned=what_changed,
                tags=f"feedback, {record.theme}",
            )
            self.feedback.update_action(action_id, lesson_id=lesson_id)
            return lesson_id
