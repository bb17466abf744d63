"""The week's change log: a task added after the plan was confirmed, and what moved to
make room for it (seed: change control through the week)."""

import datetime as dt

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from leadjournal.db.enums import ChangeMove
from leadjournal.db.models.base import Base


class WeekChange(Base):
    """One change to a confirmed plan: what was added, what moved (and where), and why.

    The titles are kept as they were then, so the log still reads right when a task is
    renamed or deleted later."""

    __tablename__ = "week_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    week_id: Mapped[int] = mapped_column(ForeignKey("week_plan.id", ondelete="CASCADE"), index=True)
    added_task_id: Mapped[int | None] = mapped_column(ForeignKey("task.id", ondelete="SET NULL"))
    added_title: Mapped[str] = mapped_column(Text, default="")
    moved_task_id: Mapped[int | None] = mapped_column(ForeignKey("task.id", ondelete="SET NULL"))
    moved_title: Mapped[str] = mapped_column(Text, default="")
    moved_to: Mapped[str] = mapped_column(String(20), default=ChangeMove.NOTHING)
    why: Mapped[str] = mapped_column(Text, default="")
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (
        CheckConstraint("moved_to IN ('next_week', 'dropped', 'nothing')", name="moved_to_known"),
    )
