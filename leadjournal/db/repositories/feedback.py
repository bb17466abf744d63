"""Start/stop/continue feedback the user asked for about themselves.

The repository stores; the rules (one theme acted on at a time, a closed action kept
as a lesson) are in :mod:`leadjournal.services.feedback`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TypedDict, Unpack

from sqlalchemy import select, update
from sqlalchemy.orm import Session, selectinload

from leadjournal.db.enums import FeedbackActionStatus, FeedbackItemStatus
from leadjournal.db.models import (
    FeedbackAction,
    FeedbackItem,
    FeedbackRequest,
    FeedbackRequestPerson,
    FeedbackResponse,
)
from leadjournal.db.repositories.weeks import _only
from leadjournal.db.unit_of_work import SessionSource
from leadjournal.text import split_tags


class RequestFields(TypedDict, total=False):
    asked_on: dt.date
    asked_whom: str
    channel: str
    question: str
    asked_team: bool
    closed: bool


class ResponseFields(TypedDict, total=False):
    request_id: int | None
    received_on: dt.date
    source: str
    person_id: int | None


class ItemFields(TypedDict, total=False):
    kind: str
    text: str
    themes: str
    position: int


class ActionFields(TypedDict, total=False):
    action: str
    due_on: dt.date | None
    check_on: dt.date | None
    lesson_id: int | None


_REQUEST_FIELDS = set(RequestFields.__annotations__)
_RESPONSE_FIELDS = set(ResponseFields.__annotations__)
_ITEM_FIELDS = set(ItemFields.__annotations__)
_ACTION_FIELDS = set(ActionFields.__annotations__)


class FeedbackRepository:
    def __init__(self, sessions: SessionSource) -> None:
        self._sessions = sessions

    # --- requests ------------------------------------------------------------------------------

    def add_request(
        self,
        asked_on: dt.date,
        question: str,
        channel: str = "one_on_one",
        asked_whom: str = "",
        asked_team: bool = False,
        person_ids: Iterable[int] = (),
    ) -> int:
        with self._sessions.begin() as session:
            request = FeedbackRequest(
                asked_on=asked_on,
                asked_whom=asked_whom,
                channel=channel,
                question=question,
                asked_team=asked_team,
            )
            request.asked_people = [FeedbackRequestPerson(person_id=p) for p in set(person_ids)]
            session.add(request)
            session.flush()
            return request.id

    def update_request(
        self,
        request_id: int,
        person_ids: Iterable[int] | None = None,
        **fields: Unpack[RequestFields],
    ) -> None:
        with self._sessions.begin() as session:
            request = session.get_one(FeedbackRequest, request_id)
            for name, value in _only(fields, _REQUEST_FIELDS).items():
                setattr(request, name, value)
            if person_ids is not None:
                request.asked_people = [
                    FeedbackRequestPerson(person_id=p) for p in sorted(set(person_ids))
                ]

    def delete_request(self, request_id: int) -> None:
        """Remove a request; its answers stay, no longer tied to it."""
        with self._sessions.begin() as session:
            session.delete(session.get_one(FeedbackRequest, request_id))

    def requests(self, waiting_only: bool = False) -> list[FeedbackRequest]:
        """Requests newest first (only those still waiting for answers if asked)."""
        query = (
            select(FeedbackRequest)
            .order_by(FeedbackRequest.asked_on.desc(), FeedbackRequest.id.desc())
            .options(selectinload(FeedbackRequest.asked_people))
        )
        if waiting_only:
            query = query.where(FeedbackRequest.closed.is_(False))
        with self._sessions() as session:
            return list(session.scalars(query))

    # --- responses and their items -----------------------------------------------------------

    def add_response(
        self,
        *,
        received_on: dt.date,
        source: str,
        person_id: int | None,
        items: Iterable[tuple[str, str, str]] = (),
        request_id: int | None = None,
    ) -> int:
        """Store one response with its ``(kind, text, themes)`` items in one transaction."""
        with self._sessions.begin() as session:
            response = FeedbackResponse(
                request_id=request_id, received_on=received_on, source=source, person_id=person_id
            )
            for position, (kind, text, themes) in enumerate(items):
                response.items.append(
                    FeedbackItem(position=position, kind=kind, text=text, themes=themes)
                )
            session.add(response)
            session.flush()
            return response.id

    def update_response(self, response_id: int, **fields: Unpack[ResponseFields]) -> None:
        """Change source, person, date or request; an anonymous answer drops any person."""
        with self._sessions.begin() as session:
            response = session.get_one(FeedbackResponse, response_id)
            for name, value in _only(fields, _RESPONSE_FIELDS).items():
                setattr(response, name, value)
            if response.source != "person":
                response.person_id = None

    def delete_response(self, response_id: int) -> None:
        with self._sessions.begin() as session:
            session.delete(session.get_one(FeedbackResponse, response_id))

    def responses(self) -> list[FeedbackResponse]:
        """Every response with its items, newest first."""
        with self._sessions() as session:
            return list(
                session.scalars(
                    select(FeedbackResponse)
                    .order_by(FeedbackResponse.received_on.desc(), FeedbackResponse.id.desc())
                    .options(selectinload(FeedbackResponse.items))
                )
            )

    def add_item(self, response_id: int, kind: str, text: str = "", themes: str = "") -> int:
        with self._sessions.begin() as session:
            response = session.get_one(
                FeedbackResponse, response_id, options=[selectinload(FeedbackResponse.items)]
            )
            item = FeedbackItem(kind=kind, text=text, themes=themes, position=len(response.items))
            response.items.append(item)
            session.flush()
            return item.id

    def update_item(self, item_id: int, **fields: Unpack[ItemFields]) -> None:
        with self._sessions.begin() as session:
            item = session.get_one(FeedbackItem, item_id)
            for name, value in _only(fields, _ITEM_FIELDS).items():
                setattr(item, name, value)

    def delete_item(self, item_id: int) -> None:
        with self._sessions.begin() as session:
            session.delete(session.get_one(FeedbackItem, item_id))

    # --- acting on one theme -----------------------------------------------------------------

    def actions(self) -> list[FeedbackAction]:
        with self._sessions() as session:
            return list(
                session.scalars(
                    select(FeedbackAction).order_by(
                        FeedbackAction.started_on.desc(), FeedbackAction.id.desc()
                    )
                )
            )

    def open_action(self) -> FeedbackAction | None:
        """The theme being acted on now (acting or done, not yet closed)."""
        with self._sessions() as session:
            return session.scalar(
                select(FeedbackAction)
                .where(FeedbackAction.status != FeedbackActionStatus.CLOSED)
                .limit(1)
            )

    def start_action(
        self,
        theme: str,
        action: str,
        started_on: dt.date,
        due_on: dt.date | None,
        check_on: dt.date | None,
    ) -> int:
        """Act on ``theme``: its open items become "acting", in the same transaction."""
        with self._sessions.begin() as session:
            record = FeedbackAction(
                theme=theme,
                action=action,
                started_on=started_on,
                due_on=due_on,
                check_on=check_on,
                status=FeedbackActionStatus.ACTING,
            )
            session.add(record)
            session.flush()
            self._move_items(session, theme, {FeedbackItemStatus.OPEN}, FeedbackItemStatus.ACTING)
            return record.id

    def update_action(self, action_id: int, **fields: Unpack[ActionFields]) -> None:
        with self._sessions.begin() as session:
            record = session.get_one(FeedbackAction, action_id)
            for name, value in _only(fields, _ACTION_FIELDS).items():
                setattr(record, name, value)

    def mark_action_done(self, action_id: int) -> None:
        with self._sessions.begin() as session:
            record = session.get_one(FeedbackAction, action_id)
            record.status = FeedbackActionStatus.DONE
            self._move_items(
                session,
                record.theme,
                {FeedbackItemStatus.OPEN, FeedbackItemStatus.ACTING},
                FeedbackItemStatus.DONE,
            )

    def close_action(self, action_id: int, closed_on: dt.date, what_changed: str) -> FeedbackAction:
        """Close the action with what changed; its items close with it. Returns the record."""
        with self._sessions.begin() as session:
            record = session.get_one(FeedbackAction, action_id)
            record.status = FeedbackActionStatus.CLOSED
            record.closed_on = closed_on
            record.what_changed = what_changed
            self._move_items(
                session,
                record.theme,
                {FeedbackItemStatus.OPEN, FeedbackItemStatus.ACTING, FeedbackItemStatus.DONE},
                FeedbackItemStatus.CLOSED,
            )
            return record

    @staticmethod
    def _move_items(
        session: Session, theme: str, from_statuses: set[FeedbackItemStatus], to: FeedbackItemStatus
    ) -> None:
        wanted = theme.strip().lower()
        items = session.scalars(select(FeedbackItem).where(FeedbackItem.status.in_(from_statuses)))
        ids = [item.id for item in items if wanted in split_tags(item.themes)]
        if ids:
            session.execute(update(FeedbackItem).where(FeedbackItem.id.in_(ids)).values(status=to))
