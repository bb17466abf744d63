"""When reminders are due: the weekly loop, daily practice, one-on-one preparation,
improvement-plan check-ins and start/stop/continue actions.

All times are local wall-clock times (naive datetimes). Turning them into a delay goes
through the C library's local-time rules (``time.mktime``), so a reminder at 09:00 stays
at 09:00 across daylight-saving changes and time-zone moves. Nothing here sleeps or
touches Qt; the scheduler asks for occurrences in a window of time.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from leadjournal.db.enums import FeedbackActionStatus
from leadjournal.services.coaching import next_plan_checkin
from leadjournal.services.practice import cycle_days
from leadjournal.services.practice_schedule import is_eligible
from leadjournal.services.reminder_text import Reminder
from leadjournal.services.settings import JournalSettings
from leadjournal.services.setup import LOOP_REMINDERS
from leadjournal.services.today import step_done
from leadjournal.services.weekly_loop import Step, week_link

if TYPE_CHECKING:
    from leadjournal.db.repositories import Repositories

# Link of each loop reminder: the step of the Weekly Plan it invites.
LOOP_STEPS: dict[str, Step] = {r.key: r.step for r in LOOP_REMINDERS if r.step is not None}
LOOP_BODIES = {
    "direction": "One measurable outcome, why it matters, at most three priorities.",
    "checkin": "Fifteen minutes: done, next, and what is in the way, person by person.",
    "coaching": "One coaching conversation and one small improvement to how you work.",
    "stakeholders": "A short update for the people who depend on your team.",
    "review": "What shipped, what slipped and why, one lesson, one thank-you.",
    "practice": "Did you practise your two behaviours today? Tick them off.",
}


@dataclass
class ReminderSettings:
    loop: dict[str, dict[str, Any]] = field(default_factory=dict)  # key -> enabled, time
    working_days: list[int] = field(default_factory=lambda: [0, 1, 2, 3, 4])
    quiet_start: dt.time | None = None
    quiet_end: dt.time | None = None
    prep_enabled: bool = True
    prep_minutes: int = 60
    plans_enabled: bool = True
    feedback_enabled: bool = True
    followups_at: dt.time = dt.time(9, 0)  # plan check-ins and feedback actions
    paused_on: dt.date | None = None


@dataclass(frozen=True)
class Meeting:
    person: str
    person_id: int
    when: dt.datetime
    prepared: bool = False  # the agenda has something in it already


@dataclass
class ReminderData:
    """What in the journal reminders depend on, read once per sync."""

    practice_days: list[dt.date] = field(default_factory=list)  # eligible days of the cycle
    meetings: list[Meeting] = field(default_factory=list)
    plan_dues: list[tuple[str, int, dt.date]] = field(default_factory=list)
    feedback_dues: list[tuple[str, str, dt.date]] = field(default_factory=list)
    closed_weeks: set[dt.date] = field(default_factory=set)  # Mondays of reviewed weeks
    # A reminder whose job is already done is not shown: (Monday, loop key) of loop
    # steps done, and the days of the practice cycle already ticked.
    done_steps: set[tuple[dt.date, str]] = field(default_factory=set)
    ticked_days: set[dt.date] = field(default_factory=set)


def _parse_time(text: object, fallback: dt.time) -> dt.time:
    try:
        return dt.time.fromisoformat(str(text))
    except ValueError:
        return fallback


def load_settings(repos: Repositories) -> ReminderSettings:
    """The reminder settings; a value of the wrong shape gives its default, never an error."""
    settings = JournalSettings.of(repos)
    options = settings.reminder_options
    quiet_on = options.quiet_enabled
    return ReminderSettings(
        loop=settings.reminders,
        working_days=settings.working_days,
        quiet_start=options.quiet_start if quiet_on else None,
        quiet_end=options.quiet_end if quiet_on else None,
        prep_enabled=options.prep_enabled,
        prep_minutes=options.prep_minutes,
        plans_enabled=options.plans_enabled,
        feedback_enabled=options.feedback_enabled,
        followups_at=options.followups_at,
        paused_on=settings.reminders_paused_on,
    )


def load_data(repos: Repositories, start: dt.date, end: dt.date) -> ReminderData:
    """Everything in the journal that reminders between ``start`` and ``end`` depend on."""
    data = ReminderData()
    monday = start - dt.timedelta(days=start.weekday())
    while monday <= end:  # a closed week's review is not asked for again
        if repos.weeks.review_done(monday):
            data.closed_weeks.add(monday)
        week = repos.weeks.get(monday)
        data.done_steps |= {
            (monday, key) for key, step in LOOP_STEPS.items() if step_done(repos, week, step)
        }
        monday += dt.timedelta(days=7)
    cycle = repos.practice.active_cycle()
    if cycle is not None:
        data.practice_days = [
            d
            for d in cycle_days(cycle.started_on, cycle.length_days)
            if is_eligible(d, cycle.working_days_only)
        ]
        data.ticked_days = {tick.day for tick in cycle.ticks}
    people = {p.id: p.name for p in repos.people.list()}
    first = dt.datetime.combine(start, dt.time())
    last = dt.datetime.combine(end + dt.timedelta(days=2), dt.time())
    for person_id, when in repos.coaching.meetings_between(first, last):
        if person_id in people:
            meeting = repos.coaching.one_on_one_on(person_id, when.date())
            prepared = meeting is not None and bool(meeting.agenda)
            data.meetings.append(Meeting(people[person_id], person_id, when, prepared))
    for plan in repos.coaching.active_plans():
        due = next_plan_checkin(plan, plan.checkins)
        if due is not None and plan.person_id in people:
            data.plan_dues.append((people[plan.person_id], plan.person_id, due))
    action = repos.feedback.open_action()
    if action is not None:
        if action.due_on is not None and action.status == FeedbackActionStatus.ACTING:
            data.feedback_dues.append((action.theme, "due", action.due_on))
        if action.check_on is not None:
            data.feedback_dues.append((action.theme, "check", action.check_on))
    return data


def in_quiet_hours(when: dt.datetime, settings: ReminderSettings) -> dt.datetime | None:
    """The end of the quiet hours ``when`` falls in, or None when it is not quiet then."""
    start, end = settings.quiet_start, settings.quiet_end
    if start is None or end is None or start == end:
        return None
    moment = when.time()
    if start < end:  # e.g. 12:00–13:00
        return dt.datetime.combine(when.date(), end) if start <= moment < end else None
    if moment >= start:  # e.g. 21:00–07:30, evening part
        return dt.datetime.combine(when.date() + dt.timedelta(days=1), end)
    if moment < end:  # morning part
        return dt.datetime.combine(when.date(), end)
    return None


def occurrences(
    settings: ReminderSettings, data: ReminderData, start: dt.datetime, end: dt.datetime
) -> list[Reminder]:
    """Every reminder due in ``[start, end)`` (after quiet hours), in time order."""
    found: list[Reminder] = []
    day = start.date() - dt.timedelta(days=1)  # quiet hours can push yesterday's into today
    while day <= end.date():
        found.extend(_reminders_on(day, settings, data))
        day += dt.timedelta(days=1)
    for meeting in data.meetings:
        found.extend(_prep_reminder(meeting, settings))
    kept = []
    for reminder in found:
        later = in_quiet_hours(reminder.due, settings)
        if later is not None:
            reminder = Reminder(
                reminder.key, reminder.kind, later, reminder.title, reminder.body, reminder.link
            )
        if start <= reminder.due < end and reminder.due.date() != settings.paused_on:
            kept.append(reminder)
    return sorted(kept, key=lambda r: (r.due, r.key))


def _reminders_on(day: dt.date, settings: ReminderSettings, data: ReminderData) -> list[Reminder]:
    found = []
    monday = day - dt.timedelta(days=day.weekday())
    working = day.weekday() in settings.working_days
    for reminder in LOOP_REMINDERS:
        choice = settings.loop.get(reminder.key, {})
        if not choice.get("enabled", True):
            continue
        at = _parse_time(choice.get("time", reminder.time), dt.time.fromisoformat(reminder.time))
        if reminder.key == "practice":
            if day not in data.practice_days or day in data.ticked_days:
                continue
            link = "leadjournal:practice"
        else:
            weekday = choice.get("day", reminder.day)  # a loop reminder can be moved
            if weekday != day.weekday() or not working:
                continue
            if reminder.key == "review" and monday in data.closed_weeks:
                continue
            if (monday, reminder.key) in data.done_steps:  # done before it came due
                continue
            link = week_link(monday, LOOP_STEPS[reminder.key])
        found.append(
            Reminder(
                f"{reminder.key}@{day.isoformat()}",
                reminder.key,
                dt.datetime.combine(day, at),
                reminder.title,
                LOOP_BODIES[reminder.key],
                link,
            )
        )
    at = settings.followups_at
    if settings.plans_enabled:
        for person, person_id, due in data.plan_dues:
            if due == day:
                found.append(
                    Reminder(
                        f"plan@{person_id}@{day.isoformat()}",
                        "plan",
                        dt.datetime.combine(day, at),
                        f"Improvement-plan check-in with {person}",
                        "Progress from 1 to 5 and a short note: what changed this week?",
                        f"leadjournal:coaching?person={person_id}&section=plans",
                    )
                )
    if settings.feedback_enabled:
        for theme, which, due in data.feedback_dues:
            if due == day:
                text = (
                    "Your action on “{0}” is due today."
                    if which == "due"
                    else "Time to check with the team: did acting on “{0}” help?"
                )
                found.append(
                    Reminder(
                        f"feedback-{which}@{theme}@{day.isoformat()}",
                        "feedback",
                        dt.datetime.combine(day, at),
                        "Start/stop/continue",
                        text.format(theme),
                        "leadjournal:feedback",
                    )
                )
    return found


def job_done(reminder: Reminder, data: ReminderData) -> bool:
    """Whether what the reminder asks for is already done (for a snoozed one coming back).

    ``data`` must cover the day in the reminder's key; a day it does not cover reads as
    not done, so a reminder is never lost by mistake."""
    kind, _, rest = reminder.key.partition("@")
    if kind == "prep":
        return any(
            f"{m.person_id}@{m.when.isoformat(timespec='minutes')}" == rest and m.prepared
            for m in data.meetings
        )
    try:
        day = dt.date.fromisoformat(rest)
    except ValueError:
        return False
    if kind == "practice":
        return day in data.ticked_days
    monday = day - dt.timedelta(days=day.weekday())
    return (monday, kind) in data.done_steps or (kind == "review" and monday in data.closed_weeks)


def reminder_on_the_day(reminder: Reminder, today: dt.date) -> bool:
    """Whether ``reminder`` is today's: one from an earlier day that comes up now was
    missed (the app closed, or the machine asleep) and is said as missed, once."""
    return reminder.due.date() >= today


def _prep_reminder(meeting: Meeting, settings: ReminderSettings) -> list[Reminder]:
    if not settings.prep_enabled or meeting.prepared:
        return []
    due = meeting.when - dt.timedelta(minutes=settings.prep_minutes)
    return [
        Reminder(
            f"prep@{meeting.person_id}@{meeting.when.isoformat(timespec='minutes')}",
            "prep",
            due,
            f"One-on-one with {meeting.person} at {meeting.when:%H:%M}",
            "Prepare the agenda: open actions, the last practice step, what they are blocked on.",
            f"leadjournal:coaching?person={meeting.person_id}&section=one_on_ones",
        )
    ]


# --- turning wall-clock times into waiting times -------------------------------------------


def local_timestamp(when: dt.datetime) -> float:
    """Seconds since the epoch for a local wall-clock time, by this machine's zone rules."""
    return time.mktime(when.timetuple()) + when.microsecond / 1_000_000


def seconds_until(due: dt.datetime, now: dt.datetime) -> float:
    return local_timestamp(due) - local_timestamp(now)


def snooze_until(now: dt.datetime, minutes: int | None, settings: ReminderSettings) -> dt.datetime:
    """When a snoozed reminder comes back: after ``minutes``, or tomorrow morning."""
    if minutes is not None:
        return now + dt.timedelta(minutes=minutes)
    morning = settings.quiet_end or dt.time(9, 0)
    return dt.datetime.combine(now.date() + dt.timedelta(days=1), max(morning, dt.time(9)))
