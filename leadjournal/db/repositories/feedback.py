"""Start/stop/continue feedback the user asked for about themselves."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy.orm import Session, sessionmaker

from leadjournal.db.models import FeedbackItem, FeedbackRequest, FeedbackResponse


class FeedbackRepository:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def add_request(self, asked_on: dt.date, asked_whom: str, channel: str, question: str) -> int:
        with self._sessions.begin() as session:
            request = FeedbackRequest(asked_on=asked_on, asked_whom=asked_whom, channel=channel,
                                      question=question)  # fmt: skip
            session.add(request)
            session.flush()
            return request.id

    def add_response(
        self,
        *,
        received_on: dt.date,
        source: str,
        person_id: int | None,
        items: Iterable[tuple[str, str, str]],
        request_id: int | None = None,
    ) -> int:
        """Store one response with its ``(kind, text, themes)`` items in one transaction."""
        with self._sessions.begin() as session:
            response = FeedbackResponse(request_id=request_id, received_on=received_on,
                                        source=source, person_id=person_id)  # fmt: skip
            for position, (kind, text, themes) in enumerate(items):
                response.items.append(
                    FeedbackItem(position=position, kind=kind, text=text, themes=themes)
                )
            session.add(response)
            session.flush()
            return response.id
