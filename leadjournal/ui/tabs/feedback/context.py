"""What the Start/Stop/Continue panels need from their tab."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Protocol

from leadjournal.db.models import FeedbackAction, FeedbackRequest, FeedbackResponse
from leadjournal.services.feedback import AnswerDetails, FeedbackService, RequestDetails
from leadjournal.ui.saving import Autosaver


class FeedbackContext(Protocol):
    """The tab as its panels see it: the service, what was last read, the dialog hooks
    (tests answer them at the edge), and how to ask for the whole tab to be re-read."""

    service: FeedbackService
    autosave: Autosaver
    today: Callable[[], dt.date]
    people: dict[int, str]
    requests: list[FeedbackRequest]
    responses: list[FeedbackResponse]
    action: FeedbackAction | None
    confirm: Callable[[str, str], bool]
    inform: Callable[[str, str], None]
    ask_request_details: Callable[[FeedbackRequest | None], RequestDetails | None]
    ask_answer_details: Callable[[int | None], AnswerDetails | None]
    ask_what_changed: Callable[[str], tuple[str, bool] | None]

    def refresh(self, select_response: int | None = None) -> None: ...

    def flush_pending_edits(self) -> None: ...

    def add_response(self, request_id: int | None) -> int | None: ...

    def show_answers(self) -> None: ...

    def answers_changed(self, *, written_later: bool = False) -> None:
        """An answer or item changed: the Themes view follows (after the write, when it
        waits for the autosaver)."""
