"""Thursday's alignment outside the team: touchpoints with stakeholders, decisions the
team needs from others, and the people of the team consulted on a logged decision.

(``Decision`` itself stays in ``week.py``; the stakeholder update's recipients and its
"sent on" mark are columns of ``WeekPlan``.)
"""

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from leadjournal.db.enums import TouchpointAnswer
from leadjournal.db.models.base import Base


class Touchpoint(Base):
    """A conversation with someone outside the team: what they expect, and whether that
    expectation was confirmed."""

    __tablename__ = "touchpoint"

    id: Mapped[int] = mapped_column(primary_key=True)
    week_id: Mapped[int] = mapped_column(ForeignKey("week_plan.id", ondelete="CASCADE"), index=True)
    with_whom: Mapped[str] = mapped_column(String(200), default="")
    met_on: Mapped[dt.date] = mapped_column(Date)
    expectation: Mapped[str] = mapped_column(Text, default="")
    confirmed: Mapped[str] = mapped_column(String(20), default=TouchpointAnswer.NOT_YET)

    __table_args__ = (
        CheckConstraint("confirmed IN ('yes', 'not_yet', 'changed')", name="confirmed_known"),
    )


class DecisionNeeded(Base):
    """A decision the team is waiting for: what, from whom, and by when."""

    __tablename__ = "decision_needed"

    id: Mapped[int] = mapped_column(primary_key=True)
    week_id: Mapped[int] = mapped_column(ForeignKey("week_plan.id", ondelete="CASCADE"), index=True)
    what: Mapped[str] = mapped_column(Text, default="")
    from_whom: Mapped[str] = mapped_column(String(200), default="")
    needed_by: Mapped[dt.date | None] = mapped_column(Date)


class DecisionConsulted(Base):
    """A person of the team consulted on a decision (free names stay in
    ``Decision.consulted``). Deleting the person takes the link with them."""

    __tablename__ = "decision_consulted"

    decision_id: Mapped[int] = mapped_column(
        ForeignKey("decision.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), primary_key=True, index=True
    )
