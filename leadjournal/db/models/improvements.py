"""Improvements to how the team works: records that last from week to week."""

import datetime as dt

from sqlalchemy import CheckConstraint, Date, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from leadjournal.db.enums import ImprovementKind, ImprovementStatus
from leadjournal.db.models.base import Base, utc_now


class Improvement(Base):
    """One improvement (a template, a handoff, a checklist, a definition of done): started
    in one week, carried until it is in place or dropped, then kept as a small library.

    ``content`` holds a checklist's or a definition of done's items, one per line and in
    order, or the words of a template or handoff. Weeks are named by their Monday.
    """

    __tablename__ = "improvement"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), default=ImprovementKind.CHECKLIST)
    title: Mapped[str] = mapped_column(Text, default="")
    why: Mapped[str] = mapped_column(Text, default="")
    content: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default=ImprovementStatus.IDEA)
    started_week: Mapped[dt.date] = mapped_column(Date, index=True)
    # The week it was put in place or dropped; None while it is open.
    closed_week: Mapped[dt.date | None] = mapped_column(Date)
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)

    __table_args__ = (
        CheckConstraint(
            "kind IN ('template', 'handoff', 'checklist', 'definition_of_done', 'other')",
            name="kind_known",
        ),
        CheckConstraint("status IN ('idea', 'trying', 'done', 'dropped')", name="status_known"),
    )
