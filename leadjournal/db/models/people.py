"""The people the user supervises, journal-wide settings and the reminder log."""

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from leadjournal.db.models.base import Base, utc_now


class Person(Base):
    """Someone the user supervises."""

    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200), default="")
    started_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)


class Setting(Base):
    """A small key/value store for journal-wide preferences (values are JSON text)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ReminderLog(Base):
    """Each reminder occurrence once shown (so none fires twice), or snoozed until later."""

    __tablename__ = "reminder_log"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    link: Mapped[str] = mapped_column(Text, default="")
    due: Mapped[dt.datetime] = mapped_column(DateTime)  # local wall-clock time
    delivered_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    snoozed_until: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)
