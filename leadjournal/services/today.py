"""Today: which step of the weekly loop is due, whether it is done, and what is overdue.

Every item carries a ``leadjournal:`` link that opens the matching place in the app, the
same kind of link the Help page uses.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from leadjournal.db.models import WeekPlan
from leadjournal.db.repositories import Repositories
from leadjournal.services.coaching import plan_checkin_overdue
from leadjournal.services.weeks import week_start_of


@dataclass(frozen=True)
class TodayStep:
    step: int  # index of the Weekly Plan step
    title: str
    sentence: str
    kind: str  # lead / manage


# Monday … Friday; the weekend looks back at Friday's review.
STEPS = (
    TodayStep(0, "Set the week's direction",
              "One measurable outcome, why it matters, at most three priorities.", "lead"),
    TodayStep(3, "15-minute check-in",
              "What each person finished, what is next, and what is in their way.", "manage"),
    TodayStep(4, "Coach one person, improve one system",
              "One coaching conversation and one small change to how the team works.", "lead"),
    TodayStep(5, "Align outside the team",
              "A short stakeholder update and one decision made visible.", "lead"),
    TodayStep(6, "Review and reset",
              "What shipped, what slipped and why, one lesson, one thank-you.", "manage"),
)  # fmt: skip


def todays_step(today: dt.date) -> TodayStep:
    return STEPS[min(today.weekday(), 4)]


def week_link(week_start: dt.date, step: int) -> str:
    return f"leadjournal:weekly-plan?week={week_start.isoformat()}&step={step}"


def step_done(repos: Repositories, week: WeekPlan | None, step: int) -> bool:
    """Whether a step of the loop has been done for the week (a generous reading)."""
    if week is None:
        return False
    if step == 0:
        return bool(week.outcome.strip()) and bool(week.priorities)
    if step == 3:
        return bool(week.checkins)
    if step == 4:
        held = repos.coaching.coaching_between(week.week_start,
                                               week.week_start + dt.timedelta(days=6))  # fmt: skip
        return bool(week.improvement_what.strip()) or bool(held)
    if step == 5:
        return bool(week.stakeholder_update.strip()) or bool(week.decisions)
    if step == 6:
        return week.review_done
    return False


@dataclass(frozen=True)
class Overdue:
    text: str
    link: str


def overdue_items(
    repos: Repositories,
    today: dt.date,
    now: dt.datetime,
    this_week: WeekPlan | None = None,
    have_week: bool = False,
) -> list[Overdue]:
    """What should already have happened this week (or last) and has not.

    With ``have_week``, ``this_week`` is the current week as the caller read it (or None
    when it has no plan), which saves reading it again.
    """
    monday = week_start_of(today)
    week = this_week if have_week else repos.weeks.get(monday)
    items: list[Overdue] = []
    if today.weekday() >= 1 and (week is None or week.confirmed_at is None):
        step = 0 if week is None or not week.outcome else 1
        items.append(Overdue("This week's plan isn't set yet; it was due on Monday.",
                             week_link(monday, step)))  # fmt: skip
    last_monday = monday - dt.timedelta(weeks=1)
    if repos.weeks.review_done(last_monday) is False:
        items.append(Overdue("Last week's Friday review isn't done.", week_link(last_monday, 6)))
    if week is not None and today.weekday() >= 2 and not week.checkins:
        items.append(Overdue("No Tuesday check-in recorded this week.", week_link(monday, 3)))
    people = {p.id: p.name for p in repos.people.list()}
    start = dt.datetime.combine(today, dt.time())
    meetings = repos.coaching.meetings_between(start, start + dt.timedelta(days=1))
    for person_id, when in sorted(meetings, key=lambda m: m[1]):
        if person_id not in people:
            continue
        meeting = repos.coaching.one_on_one_on(person_id, today)
        if meeting is not None and not meeting.agenda and when >= now - dt.timedelta(hours=1):
            items.append(Overdue(
                f"One-on-one with {people[person_id]} at {when:%H:%M} has no agenda yet.",
                f"leadjournal:coaching?person={person_id}&section=one_on_ones",
            ))  # fmt: skip
    for plan in repos.coaching.active_plans():
        due = plan_checkin_overdue(plan, today)
        if due is not None and plan.person_id in people:
            items.append(Overdue(
                f"Improvement-plan check-in with {people[plan.person_id]} was due "
                f"{due.day} {due:%b}.",
                f"leadjournal:coaching?person={plan.person_id}&section=plans",
            ))  # fmt: skip
    return items
