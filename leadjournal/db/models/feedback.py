"""Start / Stop / Continue: feedback asked for, the answers, and the theme acted on."""

import datetime as dt

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from leadjournal.db.enums import (
    FeedbackActionStatus,
    FeedbackChannel,
    FeedbackItemStatus,
    FeedbackKind,
    FeedbackSource,
)
from leadjournal.db.models.base import Base


class FeedbackRequest(Base):
    """A time the user asked for feedback about themselves."""

    __tablename__ = "feedback_request"

    id: Mapped[int] = mapped_column(primary_key=True)
    asked_on: Mapped[dt.date] = mapped_column(Date)
    asked_whom: Mapped[str] = mapped_column(Text, default="")  # a free note, e.g. "and Ines"
    channel: Mapped[str] = mapped_column(String(20), default=FeedbackChannel.ONE_ON_ONE)
    question: Mapped[str] = mapped_column(Text, default="")
    asked_team: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Closed once no more answers are expected; until then it is "waiting".
    closed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    asked_people: Mapped[list["FeedbackRequestPerson"]] = relationship(
        lazy="raise", cascade="all, delete-orphan"
    )


class FeedbackRequestPerson(Base):
    """One person a feedback request went to (deleting the person removes the link)."""

    __tablename__ = "feedback_request_person"

    request_id: Mapped[int] = mapped_column(
        ForeignKey("feedback_request.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class FeedbackResponse(Base):
    """One answer: from a named person, anonymous, or the user's own self-feedback.

    Anonymous answers cannot carry a person: the check constraint makes it impossible
    for a name to reach an anonymous item by any code path.
    """

    __tablename__ = "feedback_response"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int | None] = mapped_column(
        ForeignKey("feedback_request.id", ondelete="SET NULL"), index=True
    )
    received_on: Mapped[dt.date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(10), default=FeedbackSource.PERSON)
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), index=True
    )

    __table_args__ = (
        CheckConstraint(
            "(source = 'person' AND person_id IS NOT NULL) OR "
            "(source IN ('anonymous', 'self') AND person_id IS NULL)",
            name="source_matches_person",
        ),
    )

    items: Mapped[list["FeedbackItem"]] = relationship(
        lazy="raise", cascade="all, delete-orphan", order_by="FeedbackItem.position"
    )


class FeedbackItem(Base):
    __tablename__ = "feedback_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(
        ForeignKey("feedback_response.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(10), default=FeedbackKind.START)
    text: Mapped[str] = mapped_column(Text, default="")
    themes: Mapped[str] = mapped_column(Text, default="")  # comma-separated, lower case
    status: Mapped[str] = mapped_column(String(10), default=FeedbackItemStatus.OPEN)

    __table_args__ = (
        CheckConstraint("kind IN ('start', 'stop', 'continue')", name="kind_known"),
        CheckConstraint("status IN ('open', 'acting', 'done', 'closed')", name="status_known"),
    )


class FeedbackAction(Base):
    """The one theme the user chose to act on: what they will do, by when, when to check.

    Its items follow it: open → acting → done → closed. Closing records what changed,
    which can become a lesson.
    """

    __tablename__ = "feedback_action"

    id: Mapped[int] = mapped_column(primary_key=True)
    theme: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(Text, default="")
    started_on: Mapped[dt.date] = mapped_column(Date)
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    check_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default=FeedbackActionStatus.ACTING)
    what_changed: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    lesson_id: Mapped[int | None] = mapped_column(ForeignKey("lesson.id", ondelete="SET NULL"))

    __table_args__ = (
        CheckConstraint("status IN ('acting', 'done', 'closed')", name="status_known"),
    )
