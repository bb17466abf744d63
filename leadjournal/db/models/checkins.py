"""Tuesday's follow-up records: a blocker raised at the check-in, kept until resolved.

(``CheckIn`` itself stays in ``week.py``; its dated next action is a column there.)
"""

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from leadjournal.db.enums import BlockerNeed
from leadjournal.db.models.base import Base


class Blocker(Base):
    """Something in a person's way (``person_id`` None: the user's own), raised at a
    week's check-in and shown wherever that person comes up until it is resolved."""

    __tablename__ = "blocker"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The week whose check-in raised it.
    week_id: Mapped[int] = mapped_column(ForeignKey("week_plan.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    # The task it holds up, when one is named.
    task_id: Mapped[int | None] = mapped_column(ForeignKey("task.id", ondelete="SET NULL"))
    what: Mapped[str] = mapped_column(Text, default="")
    # The seed's question: a decision, a resource or a quick review ("" not known yet).
    need: Mapped[str] = mapped_column(String(20), default=BlockerNeed.UNKNOWN)
    # Who can unblock it: a free name, or a person of the team.
    unblocker: Mapped[str] = mapped_column(String(200), default="")
    unblocker_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL")
    )
    raised_on: Mapped[dt.date] = mapped_column(Date)
    resolved_on: Mapped[dt.date | None] = mapped_column(Date)
    position: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (
        CheckConstraint("need IN ('', 'decision', 'resource', 'review')", name="need_known"),
    )
