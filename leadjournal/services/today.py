"""Today: which step of the weekly loop is due, whether it is done, and what is overdue.

Every item carries a ``leadjournal:`` link that opens the matching place in the app, the
same kind of link the Help page uses.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from leadjournal.db.enums import BehaviourKind
from leadjournal.db.models import WeekPlan
from leadjournal.db.repositories import Repositories
from leadjournal.i18n import QT_TRANSLATE_NOOP, tr
from leadjournal.services.coaching import plan_checkin_overdue
from leadjournal.services.improvements import wednesday_done
from leadjournal.services.settings import JournalSettings
from leadjournal.services.weekly_loop import Step, week_link
from leadjournal.services.weeks import week_start_of
from leadjournal.text import day_month


@dataclass(frozen=True)
class TodayStep:
    step: Step
    # Marked for the translation catalogue: translate with ``tr`` where shown.
    title: str
    sentence: str
    kind: BehaviourKind


# The step each weekday invites (see ``Step.for_day``), as the Today panel words it.
STEPS = {
    Step.DIRECTION: TodayStep(
        Step.DIRECTION,
        QT_TRANSLATE_NOOP("", "Set the week's direction"),
        QT_TRANSLATE_NOOP("", "One measurable outcome, why it matters, at most three priorities."),
        BehaviourKind.LEAD,
    ),
    Step.CHECKIN: TodayStep(
        Step.CHECKIN,
        QT_TRANSLATE_NOOP("", "15-minute check-in"),
        QT_TRANSLATE_NOOP("", "What each person finished, what is next, and what is in their way."),
        BehaviourKind.MANAGE,
    ),
    Step.IMPROVE: TodayStep(
        Step.IMPROVE,
        QT_TRANSLATE_NOOP("", "Coach one person, improve one system"),
        QT_TRANSLATE_NOOP(
            "", "One coaching conversation and one small change to how the team works."
        ),
        BehaviourKind.LEAD,
    ),
    Step.ALIGN: TodayStep(
        Step.ALIGN,
        QT_TRANSLATE_NOOP("", "Align outside the team"),
        QT_TRANSLATE_NOOP("", "A short stakeholder update and one decision made visible."),
        BehaviourKind.LEAD,
    ),
    Step.REVIEW: TodayStep(
        Step.REVIEW,
        QT_TRANSLATE_NOOP("", "Review and reset"),
        QT_TRANSLATE_NOOP("", "What shipped, what slipped and why, one lesson, one thank-you."),
        BehaviourKind.MANAGE,
    ),
}


def todays_step(today: dt.date) -> TodayStep:
    return STEPS[Step.for_day(today)]


# Monday is done when the plan is confirmed ("Plan the work"), not at the direction alone.
LAST_STEP_OF_DAY = {Step.DIRECTION: Step.PLAN}


def todays_step_done(repos: Repositories, week: WeekPlan | None, today: dt.date) -> bool:
    """Whether today's part of the loop is done (the same ✓ the step list shows)."""
    step = todays_step(today).step
    return step_done(repos, week, LAST_STEP_OF_DAY.get(step, step))


def checkin_progress(repos: Repositories, week: WeekPlan | None) -> tuple[int, int]:
    """``(checked in, expected)`` for the week's check-in.

    Expected: every person on the team who owns a task this week, and anyone who has a
    line anyway. A line counts once something is written in what they completed, what
    is next or what is in their way (the user's own line is not counted).
    """
    if week is None:
        return 0, 0
    team = {p.id for p in repos.people.list()}
    checked_in = {
        c.person_id
        for c in week.checkins
        if c.person_id is not None
        and any(text.strip() for text in (c.completed, c.next_up, c.blocked))
    } | {b.person_id for b in repos.blockers.raised_in(week.id) if b.person_id is not None}
    owners = {t.owner_person_id for t in week.tasks if t.owner_person_id in team}
    expected = {p for p in owners if p is not None} | checked_in
    return len(checked_in), len(expected)


def _any_checkin_written(repos: Repositories, week: WeekPlan) -> bool:
    """Whether the check-in has begun: any line (the user's own too) with something in it,
    or a blocker raised at it."""
    return any(
        text.strip() for c in week.checkins for text in (c.completed, c.next_up, c.blocked)
    ) or bool(repos.blockers.raised_in(week.id))


def step_done(repos: Repositories, week: WeekPlan | None, step: int) -> bool:
    """Whether a step of the loop has been done for the week: the one rule behind the
    step list's ✓, the Today panel and the reminders."""
    if week is None:
        return False
    if step == Step.DIRECTION:
        return bool(week.outcome.strip()) and bool(week.priorities)
    if step == Step.PLAN:  # Monday's plan is done once it is confirmed
        return week.confirmed_at is not None
    if step == Step.CHECKIN:
        checked_in, expected = checkin_progress(repos, week)
        return expected > 0 and checked_in == expected
    if step == Step.IMPROVE:  # both halves: someone coached and an improvement worked on
        return wednesday_done(repos, week)
    if step == Step.ALIGN:
        return bool(week.stakeholder_update.strip()) or bool(week.decisions)
    if step == Step.REVIEW:
        return week.review_done
    return False


@dataclass(frozen=True)
class Overdue:
    template: str  # marked for the translation catalogue; ``{0}``… take ``args``
    link: str
    args: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        """What the panel shows, translated."""
        return tr(self.template).format(*self.args)


def note_journal_started(repos: Repositories, today: dt.date) -> None:
    """Remember the day a new journal was created (kept if it is already known)."""
    JournalSettings.of(repos).note_journal_started(today)


def journal_started_on(repos: Repositories) -> dt.date | None:
    """When the journal began: the saved day, else (a journal from before that setting)
    the day of its oldest record; None for a journal with nothing in it yet."""
    return JournalSettings.of(repos).journal_started_on or repos.earliest_record_on()


def _existed_by(started: dt.date | None, due: dt.date) -> bool:
    """Whether the journal was there on the day something was due: nothing is asked
    for a day before it existed (and nothing at all of a journal with no records)."""
    return started is not None and started <= due


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
    # Invitations, not reproaches: what is still open, and the way to pick it up.
    started = journal_started_on(repos)
    if (
        today.weekday() >= 1
        and (week is None or week.confirmed_at is None)
        and _existed_by(started, monday)
    ):
        step = Step.DIRECTION if week is None or not week.outcome else Step.PLAN
        items.append(
            Overdue(
                QT_TRANSLATE_NOOP("", "Monday's plan is still open — set this week's direction?"),
                week_link(monday, step),
            )
        )
    last_monday = monday - dt.timedelta(weeks=1)
    last_friday = last_monday + dt.timedelta(days=4)
    if repos.weeks.review_done(last_monday) is False and _existed_by(started, last_friday):
        items.append(
            Overdue(
                QT_TRANSLATE_NOOP(
                    "", "Last week's Friday review is still open — look back on it now?"
                ),
                week_link(last_monday, Step.REVIEW),
            )
        )
    tuesday = monday + dt.timedelta(days=1)
    if (
        week is not None
        and today.weekday() >= 2
        and not _any_checkin_written(repos, week)
        and _existed_by(started, tuesday)
    ):
        items.append(
            Overdue(
                QT_TRANSLATE_NOOP(
                    "", "No check-in with the team yet this week — fit in 15 minutes?"
                ),
                week_link(monday, Step.CHECKIN),
            )
        )
    people = {p.id: p.name for p in repos.people.list()}
    start = dt.datetime.combine(today, dt.time())
    meetings = repos.coaching.meetings_between(start, start + dt.timedelta(days=1))
    for person_id, when in sorted(meetings, key=lambda m: m[1]):
        if person_id not in people:
            continue
        meeting = repos.coaching.one_on_one_on(person_id, today)
        if meeting is not None and not meeting.agenda and when >= now - dt.timedelta(hours=1):
            items.append(
                Overdue(
                    QT_TRANSLATE_NOOP(
                        "", "One-on-one with {0} at {1} — add a point or two to the agenda?"
                    ),
                    f"leadjournal:coaching?person={person_id}&section=one_on_ones",
                    (people[person_id], f"{when:%H:%M}"),
                )
            )
    for plan in repos.coaching.active_plans():
        due = plan_checkin_overdue(plan, today)
        if due is not None and plan.person_id in people:
            items.append(
                Overdue(
                    QT_TRANSLATE_NOOP(
                        "", "Time for the improvement-plan check-in with {0} (planned for {1})?"
                    ),
                    f"leadjournal:coaching?person={plan.person_id}&section=plans",
                    (people[plan.person_id], day_month(due)),
                )
            )
    return items
