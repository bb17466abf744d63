"""A journal of any size, and a count of the SQL statements an operation runs on it.

Proving "no query per record": the same operation on a journal with 1 and with 20 of
everything must run the same number of statements.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from leadjournal.db.models import (
    ActionItem,
    AgendaItem,
    CheckIn,
    CoachingConversation,
    Criterion,
    Decision,
    Delegation,
    FeedbackItem,
    FeedbackResponse,
    ImprovementPlan,
    Lesson,
    OneOnOne,
    Person,
    PlanCheckIn,
    PracticeCycle,
    PracticeTick,
    Priority,
    Recognition,
    Task,
    WeekPlan,
)
from leadjournal.db.repositories import Repositories

WORD = "marmalade"  # in every text written, so one search finds every record
FIRST_MONDAY = dt.date(2026, 1, 5)


def write_journal_of(repos: Repositories, size: int) -> None:
    """``size`` people, each with a record of every Coaching Log kind and named feedback;
    ``size`` weeks, each with a priority, a criterion, a task, a check-in and a decision;
    ``size`` lessons, anonymous answers and practice cycles with ticks."""
    with Session(repos.engine) as session, session.begin():
        for number in range(1, size + 1):
            day = FIRST_MONDAY + dt.timedelta(weeks=number - 1)
            person = Person(name=f"Person {number:02}", role="Agent", notes=f"{WORD} notes")
            meeting = OneOnOne(scheduled_at=dt.datetime.combine(day, dt.time(10)), notes=WORD)
            meeting.agenda.append(AgendaItem(text=f"{WORD} agenda"))
            meeting.action_items.append(ActionItem(text=f"{WORD} action"))
            plan = ImprovementPlan(started_on=day, behaviour=f"{WORD} habit", expected="Less")
            plan.checkins.append(PlanCheckIn(checked_on=day, note=f"{WORD} going well"))
            named = FeedbackResponse(received_on=day, source="person")
            named.items.append(FeedbackItem(text=f"Start the {WORD} talk", themes="talks"))
            anonymous = FeedbackResponse(received_on=day, source="anonymous")
            anonymous.items.append(FeedbackItem(kind="stop", text=f"Stop {WORD} meetings"))
            session.add(person)
            session.flush()
            meeting.person_id = plan.person_id = named.person_id = person.id
            week = WeekPlan(week_start=day, outcome=f"{WORD} outcome")
            priority = Priority(title=f"{WORD} priority")
            priority.criteria.append(Criterion(text=f"{WORD} done"))
            week.priorities.append(priority)
            session.add(week)
            session.flush()
            cycle = PracticeCycle(
                started_on=day,
                lead_key="listen",
                lead_title="Listen first",
                manage_key="agenda",
                manage_title="Send the agenda",
            )
            cycle.ticks.append(PracticeTick(behaviour="lead", day=day, note=f"{WORD} tick"))
            records: list[Any] = [
                meeting,
                plan,
                named,
                anonymous,
                cycle,
                Task(week_id=week.id, priority_id=priority.id, title=f"{WORD} task"),
                CheckIn(week_id=week.id, person_id=person.id, completed=f"{WORD} check-in"),
                Decision(week_id=week.id, decided_on=day, decision=f"{WORD} decision"),
                Lesson(learned_on=day, title=f"{WORD} lesson {number}"),
            ]
            session.add_all(records)
            session.add_all(
                [
                    CoachingConversation(
                        person_id=person.id, held_on=day, skill="Listening", situation=WORD
                    ),
                    Recognition(
                        person_id=person.id, given_on=day, what_they_did=f"{WORD} fix", impact="Ok"
                    ),
                    Delegation(person_id=person.id, delegated_on=day, outcome=f"{WORD} rota"),
                ]
            )


@contextmanager
def statements_run(repos: Repositories) -> Iterator[list[str]]:
    """The SQL statements the journal's engine runs inside the block, as they run."""
    seen: list[str] = []

    def note(*arguments: Any) -> None:
        seen.append(arguments[2])

    event.listen(repos.engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(repos.engine, "before_cursor_execute", note)
