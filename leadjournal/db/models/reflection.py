"""The daily reflection: one dated free-writing entry per day (issue 24)."""

import datetime as dt

from sqlalchemy import Date, DateTime, Text
from sqlalchemy.orm import Mapped, mapped_column

from leadjournal.db.models.base import Base


class Reflection(Base):
    """What the user wrote about one day, with the tags they gave it."""

    __tablename__ = "reflection"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, unique=True)
    text: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[str] = mapped_column(Text, default="")  # comma-separated, lower case
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
