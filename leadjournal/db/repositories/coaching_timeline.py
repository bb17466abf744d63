"""A person's timeline: everything about them, newest first, in a handful of narrow queries."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from leadjournal.db.models import (
    AgendaItem,
    CoachingConversation,
    Delegation,
    FeedbackItem,
    FeedbackResponse,
    ImprovementPlan,
    OneOnOne,
    PlanCheckIn,
    Recognition,
)


@dataclass(frozen=True)
class TimelineRow:
    """One record about the person, as stored: the service words it for the timeline."""

    when: dt.date
    kind: str  # one_on_one, coaching, plan, plan_checkin, recognition, delegation, feedback
    record_id: int
    text: str = ""  # the record's own first line: a skill, a behaviour, an outcome, ...
    detail: str = ""  # a second first line: notes, the next step, the impact
    at: dt.time | None = None  # a one-on-one's time
    number: int = 0  # agenda lines, check-in progress (1-5) or feedback items
    status: str = ""  # a plan's or a delegation's status


def read_timeline(session: Session, person_id: int) -> list[TimelineRow]:
    """Every record about the person as one row each, newest first."""
    meetings = session.execute(
        select(OneOnOne.id, OneOnOne.scheduled_at, OneOnOne.notes, func.count(AgendaItem.id))
        .outerjoin(AgendaItem, AgendaItem.one_on_one_id == OneOnOne.id)
        .where(OneOnOne.person_id == person_id)
        .group_by(OneOnOne.id)
    ).all()
    coaching = session.execute(
        select(
            CoachingConversation.id,
            CoachingConversation.held_on,
            CoachingConversation.skill,
            CoachingConversation.next_step,
        ).where(CoachingConversation.person_id == person_id)
    ).all()
    plans = session.execute(
        select(
            ImprovementPlan.id,
            ImprovementPlan.started_on,
            ImprovementPlan.behaviour,
            ImprovementPlan.status,
        ).where(ImprovementPlan.person_id == person_id)
    ).all()
    plan_checkins = session.execute(
        select(
            PlanCheckIn.plan_id,
            PlanCheckIn.checked_on,
            PlanCheckIn.progress,
            PlanCheckIn.note,
        )
        .join(ImprovementPlan, PlanCheckIn.plan_id == ImprovementPlan.id)
        .where(ImprovementPlan.person_id == person_id)
    ).all()
    recognitions = session.execute(
        select(
            Recognition.id,
            Recognition.given_on,
            Recognition.what_they_did,
            Recognition.impact,
        ).where(Recognition.person_id == person_id)
    ).all()
    delegations = session.execute(
        select(Delegation.id, Delegation.delegated_on, Delegation.outcome, Delegation.status).where(
            Delegation.person_id == person_id
        )
    ).all()
    feedback = session.execute(
        select(FeedbackResponse.id, FeedbackResponse.received_on, func.count(FeedbackItem.id))
        .outerjoin(FeedbackItem, FeedbackItem.response_id == FeedbackResponse.id)
        .where(FeedbackResponse.source == "person", FeedbackResponse.person_id == person_id)
        .group_by(FeedbackResponse.id)
    ).all()
    row = TimelineRow
    rows = [
        *(
            row(
                when.date(),
                "one_on_one",
                meeting_id,
                detail=_first_line(notes),
                at=when.time(),
                number=count,
            )
            for meeting_id, when, notes, count in meetings
        ),
        *(
            row(held_on, "coaching", record_id, skill, _first_line(step))
            for record_id, held_on, skill, step in coaching
        ),
        *(
            row(started, "plan", plan_id, _first_line(behaviour), status=status)
            for plan_id, started, behaviour, status in plans
        ),
        *(
            row(checked, "plan_checkin", plan_id, detail=_first_line(note), number=progress)
            for plan_id, checked, progress, note in plan_checkins
        ),
        *(
            row(given, "recognition", record_id, _first_line(what), _first_line(impact))
            for record_id, given, what, impact in recognitions
        ),
        *(
            row(handed, "delegation", record_id, _first_line(outcome), status=status)
            for record_id, handed, outcome, status in delegations
        ),
        *(
            row(received, "feedback", response_id, number=count)
            for response_id, received, count in feedback
        ),
    ]
    rows.sort(key=lambda r: (r.when, r.kind), reverse=True)
    return rows


def _first_line(text: str) -> str:
    return text.strip().split("\n", 1)[0]
