"""Lessons learned, and the resurfaced lessons the user put away for a week."""

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column

from leadjournal.db.models.base import Base


class Lesson(Base):
    """A lesson learned; the Lessons Learned tab grows this table."""

    __tablename__ = "lesson"

    id: Mapped[int] = mapped_column(primary_key=True)
    learned_on: Mapped[dt.date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(Text, default="")
    what_happened: Mapped[str] = mapped_column(Text, default="")
    what_i_learned: Mapped[str] = mapped_column(Text, default="")
    do_differently: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[str] = mapped_column(Text, default="")  # comma-separated, lower case
    week_id: Mapped[int | None] = mapped_column(
        ForeignKey("week_plan.id", ondelete="SET NULL"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    from_review: Mapped[bool] = mapped_column(Boolean, default=False)


class LessonDismissal(Base):
    """A resurfaced lesson the user put away for one week."""

    __tablename__ = "lesson_dismissal"

    lesson_id: Mapped[int] = mapped_column(
        ForeignKey("lesson.id", ondelete="CASCADE"), primary_key=True
    )
    week_start: Mapped[dt.date] = mapped_column(Date, primary_key=True)
