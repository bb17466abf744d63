"""Coaching Log rules: plan check-in dates, one-on-one preparation, the agenda document.

Everything here is plain Python over repository results, so the preparation works on a
train with no network and is tested without widgets.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Unpack

from leadjournal import clock
from leadjournal.db.enums import (
    ActionOwner,
    ActionStatus,
    AgendaSource,
    DecisionRights,
    DelegationRisk,
    DelegationStatus,
    PlanStatus,
    PracticeOutcome,
    TaskStatus,
)
from leadjournal.db.models import (
    CoachingConversation,
    Delegation,
    ImprovementPlan,
    OneOnOne,
    Person,
    PlanCheckIn,
    Recognition,
)
from leadjournal.db.repositories import Repositories
from leadjournal.db.repositories.coaching import CarriedItem
from leadjournal.db.repositories.coaching_fields import (
    ActionItemFields,
    PersonFields,
    PlanCheckInFields,
)
from leadjournal.db.repositories.coaching_timeline import TimelineRow
from leadjournal.i18n import QT_TRANSLATE_NOOP, tr, tr_n
from leadjournal.services.person_timeline import blocker_rows, slipped_rows
from leadjournal.services.weeks import week_start_of
from leadjournal.text import day_month, human_date_time

# Choice tables: (stored value, label). Labels are marked for the catalogue here and
# translated with ``tr`` where they are shown.
ACTION_OWNERS = (
    (ActionOwner.THEM, QT_TRANSLATE_NOOP("", "Them")),
    (ActionOwner.ME, QT_TRANSLATE_NOOP("", "Me")),
)
ACTION_STATUSES = (
    (ActionStatus.OPEN, QT_TRANSLATE_NOOP("", "Open")),
    (ActionStatus.DONE, QT_TRANSLATE_NOOP("", "Done")),
    (ActionStatus.DROPPED, QT_TRANSLATE_NOOP("", "Dropped")),
)
PRACTICE_OUTCOMES = (
    (PracticeOutcome.NOT_ASKED, QT_TRANSLATE_NOOP("", "Not asked yet")),
    (PracticeOutcome.YES, QT_TRANSLATE_NOOP("", "Yes")),
    (PracticeOutcome.PARTLY, QT_TRANSLATE_NOOP("", "Partly")),
    (PracticeOutcome.NO, QT_TRANSLATE_NOOP("", "No")),
)
PLAN_STATUSES = (
    (PlanStatus.ACTIVE, QT_TRANSLATE_NOOP("", "Active")),
    (PlanStatus.MET, QT_TRANSLATE_NOOP("", "Met")),
    (PlanStatus.NOT_MET, QT_TRANSLATE_NOOP("", "Not met")),
    (PlanStatus.STOPPED, QT_TRANSLATE_NOOP("", "Stopped")),
)
DECISION_RIGHTS = (
    (DecisionRights.DECIDE_ALONE, QT_TRANSLATE_NOOP("", "They decide alone")),
    (DecisionRights.DECIDE_THEN_TELL, QT_TRANSLATE_NOOP("", "They decide, then tell me")),
    (DecisionRights.RECOMMEND, QT_TRANSLATE_NOOP("", "They recommend, I decide")),
)
DELEGATION_RISKS = (
    (DelegationRisk.LOW, QT_TRANSLATE_NOOP("", "Low — they own it")),
    (DelegationRisk.HIGH, QT_TRANSLATE_NOOP("", "High — we decide together and I note why")),
)
DELEGATION_STATUSES = (
    (DelegationStatus.OPEN, QT_TRANSLATE_NOOP("", "Open")),
    (DelegationStatus.DONE, QT_TRANSLATE_NOOP("", "Done")),
)
TIMELINE_KINDS = (
    ("one_on_one", QT_TRANSLATE_NOOP("", "One-on-ones")),
    ("coaching", QT_TRANSLATE_NOOP("", "Coaching")),
    ("plan", QT_TRANSLATE_NOOP("", "Improvement plans")),
    ("plan_checkin", QT_TRANSLATE_NOOP("", "Plan check-ins")),
    ("recognition", QT_TRANSLATE_NOOP("", "Recognition")),
    ("delegation", QT_TRANSLATE_NOOP("", "Delegations")),
    ("feedback", QT_TRANSLATE_NOOP("", "Feedback they gave")),
    ("blocker", QT_TRANSLATE_NOOP("", "Blockers")),
    ("slipped", QT_TRANSLATE_NOOP("", "Tasks that slipped")),
)

DEFAULT_CADENCE_DAYS = 7
DEFAULT_MEETING_TIME = dt.time(10, 0)
DEFAULT_LENGTH_WEEKS = 4
# Without recognition for this long, the preparation suggests looking for something.
RECOGNITION_NUDGE_DAYS = 30
FEEDBACK_LOOKBACK_DAYS = 90

COACHING_QUESTIONS = (
    QT_TRANSLATE_NOOP("", "Which options did you weigh before settling on this one?"),
    QT_TRANSLATE_NOOP("", "What could go wrong, and what would you notice first?"),
    QT_TRANSLATE_NOOP("", "What would help you most from me in the next two weeks?"),
)


# --- improvement plans ----------------------------------------------------------------------


def plan_end_date(plan: ImprovementPlan) -> dt.date:
    return plan.started_on + dt.timedelta(weeks=plan.length_weeks)


def next_plan_checkin(plan: ImprovementPlan, checkins: Sequence[PlanCheckIn]) -> dt.date | None:
    """When the next check-in is due: one cadence after the last one (or the start).

    The last check-in is never later than the plan's end date, which is the moment to
    decide met / not met. None once the plan is closed or its final check-in is done.
    """
    if plan.status != PlanStatus.ACTIVE:
        return None
    end = plan_end_date(plan)
    last = max((c.checked_on for c in checkins), default=plan.started_on)
    if checkins and last >= end:
        return None
    return min(last + dt.timedelta(days=plan.cadence_days), end)


def plan_checkin_overdue(plan: ImprovementPlan, today: dt.date) -> dt.date | None:
    """The due date if the plan's next check-in is already in the past, else None."""
    due = next_plan_checkin(plan, plan.checkins)
    return due if due is not None and due < today else None


# --- one-on-one preparation ---------------------------------------------------------------


@dataclass(frozen=True)
class AgendaLine:
    """One suggested agenda line and where it came from (shown, and kept on the agenda)."""

    source: str  # an AgendaSource value: action, practice, plan, blocker, ...
    text: str


def _day(day: dt.date) -> str:
    return day_month(day)


class OneOnOnePreparation:
    """Builds a one-on-one agenda from what the journal already knows about a person."""

    def __init__(self, repositories: Repositories) -> None:
        self.repos = repositories

    def agenda_for(self, person_id: int, meeting_on: dt.date) -> list[AgendaLine]:
        """Every suggested line for a one-on-one with the person on ``meeting_on``."""
        lines: list[AgendaLine] = []
        coaching = self.repos.coaching
        meeting_start = dt.datetime.combine(meeting_on, dt.time())
        for carried in coaching.open_items_before(person_id, meeting_start):
            item = carried.item
            who = tr("me") if item.owner == ActionOwner.ME else tr("them")
            due_text = tr(", due {0}").format(_day(item.due_on)) if item.due_on else ""
            text = tr("Open action ({0}{1}, from {2}): {3}").format(
                who, due_text, _day(carried.from_meeting.date()), item.text
            )
            lines.append(AgendaLine(AgendaSource.ACTION, text))

        last_step = coaching.last_practice_step(person_id, meeting_on)
        if last_step is not None and not last_step.practice_outcome:
            text = tr("Last practice step ({0}): {1} — did it happen?").format(
                _day(last_step.held_on), last_step.next_step.strip()
            )
            lines.append(AgendaLine(AgendaSource.PRACTICE, text))

        for plan in coaching.plans(person_id):
            due = next_plan_checkin(plan, plan.checkins)
            if due is not None and due <= meeting_on + dt.timedelta(days=1):
                text = (
                    tr("Improvement plan check-in due {0} (overdue): {1}")
                    if due < meeting_on
                    else tr("Improvement plan check-in due {0}: {1}")
                ).format(_day(due), plan.behaviour.strip())
                lines.append(AgendaLine(AgendaSource.PLAN, text))

        # The check-in's open blockers and last next step, whatever week they came from,
        # until resolved or answered. (Imported here: those views build on AgendaLine.)
        from leadjournal.services.blocker_views import agenda_lines

        lines += agenda_lines(self.repos, person_id, meeting_on)
        this_week = week_start_of(meeting_on)
        last_week = this_week - dt.timedelta(weeks=1)
        for task in coaching.tasks_of(person_id, last_week, this_week):
            slipped = task.week_start < this_week and task.status != TaskStatus.DONE
            if task.moved_for_another:  # the supervisor's trade-off, not their slip
                text = tr("Moved to make room (week of {0}): {1}").format(
                    _day(task.week_start), task.title
                )
                lines.append(AgendaLine(AgendaSource.SLIPPED, text))
            elif slipped or task.slip_reason:
                why = f" — {task.slip_reason}" if task.slip_reason else ""
                text = tr("Slipped (week of {0}): {1}").format(_day(task.week_start), task.title)
                lines.append(AgendaLine(AgendaSource.SLIPPED, text + why))

        recent = next(
            (r for r in coaching.recognitions(person_id) if r.given_on <= meeting_on), None
        )
        if recent is not None and (meeting_on - recent.given_on).days <= RECOGNITION_NUDGE_DAYS:
            text = tr("Recognised on {0}: {1}").format(
                _day(recent.given_on), recent.what_they_did.strip()
            )
            lines.append(AgendaLine(AgendaSource.RECOGNITION, text))
        else:
            text = (
                tr(
                    "No recognition since {0} — what have they done lately that deserves naming?"
                ).format(_day(recent.given_on))
                if recent
                else tr("No recognition yet — what have they done lately that deserves naming?")
            )
            lines.append(AgendaLine(AgendaSource.RECOGNITION, text))

        since_day = meeting_on - dt.timedelta(days=FEEDBACK_LOOKBACK_DAYS)
        for feedback in coaching.named_feedback(person_id, since_day):
            if feedback.received_on <= meeting_on:
                text = tr("Their feedback ({0}), {1}: {2}").format(
                    _day(feedback.received_on), feedback.kind, feedback.text.strip()
                )
                lines.append(AgendaLine(AgendaSource.FEEDBACK, text))

        for delegation in coaching.delegations(person_id):
            if delegation.status == DelegationStatus.OPEN:
                text = tr("Delegation check: {0}").format(delegation.outcome.strip())
                lines.append(AgendaLine(AgendaSource.DELEGATION, text))

        lines.extend(AgendaLine(AgendaSource.QUESTION, tr(q)) for q in COACHING_QUESTIONS)
        return lines

    def overdue_for(self, person_id: int, today: dt.date) -> list[str]:
        """Short sentences for what is overdue with the person (shown on their page)."""
        notes = []
        for plan in self.repos.coaching.plans(person_id):
            due = plan_checkin_overdue(plan, today)
            if due is not None:
                notes.append(
                    tr("Plan check-in was due {0}: {1}").format(_day(due), plan.behaviour.strip())
                )
        return notes


def agenda_markdown(person_name: str, when: dt.datetime, lines: Sequence[str]) -> str:
    """The agenda as a small Markdown document, for export, PDF and printing."""
    body = "\n".join(f"{number}. {line}" for number, line in enumerate(lines, start=1))
    title = tr("One-on-one with {0}").format(person_name)
    body = body or "_" + tr("Nothing on the agenda yet.") + "_"
    return f"# {title}\n\n{human_date_time(when)}\n\n## {tr('Agenda')}\n\n{body}\n"


# --- removing a person ----------------------------------------------------------------------


def removal_consequences(summary: dict[str, int]) -> tuple[list[str], list[str]]:
    """Plain lines for the delete confirmation: what goes, and what changes."""
    counted: dict[str, Callable[[int], str]] = {
        "one_on_ones": lambda n: tr_n("%n one-on-ones", n, "%n one-on-one"),
        "action_items": lambda n: tr_n("%n action items", n, "%n action item"),
        "coaching": lambda n: tr_n("%n coaching conversations", n, "%n coaching conversation"),
        "plans": lambda n: tr_n("%n improvement plans", n, "%n improvement plan"),
        "recognition": lambda n: tr_n("%n recognitions", n, "%n recognition"),
        "delegations": lambda n: tr_n("%n delegations", n, "%n delegation"),
        "feedback": lambda n: tr_n(
            "%n feedback responses they gave", n, "%n feedback response they gave"
        ),
        "checkins": lambda n: tr_n("%n check-in lines", n, "%n check-in line"),
    }
    removed = [phrase(summary[key]) for key, phrase in counted.items() if summary.get(key)]
    changed = []
    if count := summary.get("tasks_unassigned"):
        changed.append(
            tr_n(
                "%n tasks they owned become “Unassigned”",
                count,
                "%n task they owned becomes “Unassigned”",
            )
        )
    if count := summary.get("lessons_unlinked"):
        changed.append(
            tr_n(
                "%n lessons stay but no longer point to them",
                count,
                "%n lesson stays but no longer points to them",
            )
        )
    if count := summary.get("requests_unlisted"):
        changed.append(
            tr_n(
                "%n feedback requests no longer list them as asked",
                count,
                "%n feedback request no longer lists them as asked",
            )
        )
    return removed, changed


# --- a person's timeline -------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineEntry:
    """One row of a person's timeline as shown: what it was and a line of detail."""

    when: dt.date
    # one_on_one, coaching, plan, plan_checkin, recognition, delegation, feedback, blocker,
    # slipped
    kind: str
    title: str
    detail: str
    record_id: int


def timeline_entry(row: TimelineRow) -> TimelineEntry:
    """Word a stored timeline row for the person reading it."""
    title, detail = row.text, row.detail
    if row.kind == "one_on_one":
        at = row.at or DEFAULT_MEETING_TIME
        title = tr("One-on-one at {0}").format(f"{at:%H:%M}")
        if not detail:
            detail = (
                tr_n("%n agenda items, no notes yet", row.number, "%n agenda item, no notes yet")
                if row.number
                else tr("No agenda or notes yet")
            )
    elif row.kind == "coaching":
        title = title or tr("Coaching")
    elif row.kind == "plan":
        detail = tr(dict(PLAN_STATUSES)[PlanStatus(row.status)])
    elif row.kind == "plan_checkin":
        title = tr("Plan check-in · progress {0}/5").format(row.number)
    elif row.kind == "delegation":
        detail = row.status
    elif row.kind == "feedback":
        title = tr("Start/stop/continue feedback")
        detail = tr_n("%n items", row.number, "%n item")
    return TimelineEntry(row.when, row.kind, title, detail, row.record_id)


# --- the Coaching Log's reads and writes ----------------------------------------------------

FOLLOW_UP_AFTER = dt.timedelta(days=7)

# The record kinds a person's page lists and edits field by field.
SectionKind = Literal["one_on_one", "coaching", "plan", "recognition", "delegation"]


class CoachingLog:
    """Everything the Coaching Log's widgets read and write, and the rules of writing it.

    Reads hand back detached ORM objects the widgets may read; every change goes
    through a method here, and a change of several rows is one transaction.
    """

    def __init__(self, repositories: Repositories) -> None:
        self.repos = repositories
        self.preparation = OneOnOnePreparation(repositories)

    # people ---------------------------------------------------------------------------

    def people(self, include_archived: bool = False) -> list[Person]:
        return self.repos.people.list(include_archived=include_archived)

    def person(self, person_id: int) -> Person | None:
        return self.repos.people.get(person_id)

    def add_person(self, details: PersonFields) -> Person:
        return self.repos.people.add(
            details.get("name", ""),
            details.get("role", ""),
            details.get("started_on"),
            details.get("notes", ""),
        )

    def update_person(self, person_id: int, details: PersonFields) -> None:
        self.repos.people.update(person_id, **details)

    def set_archived(self, person_id: int, archived: bool) -> None:
        """Archived people leave pickers and lists; their history stays."""
        self.repos.people.update(person_id, archived=archived)

    def removal_consequences(self, person_id: int) -> tuple[list[str], list[str]]:
        """What deleting the person removes and what it changes, as plain lines."""
        return removal_consequences(self.repos.coaching.removal_summary(person_id))

    def delete_person(self, person_id: int) -> None:
        self.repos.coaching.delete_person(person_id)

    # reading a person's page ------------------------------------------------------------

    def timeline(self, person_id: int) -> list[TimelineEntry]:
        """Everything about the person, newest first, worded for the timeline: their
        records, the blockers they raised and resolved, and their tasks that slipped."""
        entries = [timeline_entry(row) for row in self.repos.coaching.timeline(person_id)]
        today = clock.today()
        week_rows = blocker_rows(self.repos.blockers.all(person_id)) + slipped_rows(
            self.repos.week_changes.slipped_of_person(person_id, week_start_of(today)), today
        )
        entries += [TimelineEntry(*row) for row in week_rows]
        entries.sort(key=lambda e: e.when, reverse=True)  # stable: same-day order kept
        return entries

    def one_on_ones(self, person_id: int) -> list[OneOnOne]:
        """Dates only: agenda and action items are not loaded (read one in full below)."""
        return self.repos.coaching.one_on_ones(person_id, with_items=False)

    def one_on_one(self, one_on_one_id: int) -> OneOnOne | None:
        return self.repos.coaching.get_one_on_one(one_on_one_id)

    def one_on_one_on(self, person_id: int, day: dt.date) -> OneOnOne | None:
        return self.repos.coaching.one_on_one_on(person_id, day)

    def coaching(self, person_id: int) -> list[CoachingConversation]:
        return self.repos.coaching.coaching(person_id)

    def plans(self, person_id: int) -> list[ImprovementPlan]:
        return self.repos.coaching.plans(person_id)

    def recognitions(self, person_id: int) -> list[Recognition]:
        return self.repos.coaching.recognitions(person_id)

    def delegations(self, person_id: int) -> list[Delegation]:
        return self.repos.coaching.delegations(person_id)

    def last_practice_step(self, person_id: int, before: dt.date) -> CoachingConversation | None:
        return self.repos.coaching.last_practice_step(person_id, before)

    def open_items_before(self, person_id: int, when: dt.datetime) -> list[CarriedItem]:
        return self.repos.coaching.open_items_before(person_id, when)

    def overdue_for(self, person_id: int, today: dt.date) -> list[str]:
        return self.preparation.overdue_for(person_id, today)

    def agenda_for(self, person_id: int, meeting_on: dt.date) -> list[AgendaLine]:
        return self.preparation.agenda_for(person_id, meeting_on)

    # when one-on-ones happen ------------------------------------------------------------

    def meeting_time_for(self, person_id: int) -> dt.time:
        """The person's usual one-on-one time: that of their latest one, else 10:00."""
        return self.repos.coaching.usual_meeting_time(person_id) or DEFAULT_MEETING_TIME

    def next_meeting_time(self, person_id: int | None, today: dt.date) -> dt.datetime:
        """A new one-on-one defaults to the next working day at the person's usual time."""
        day = today + dt.timedelta(days=1)
        while day.weekday() >= 5:
            day += dt.timedelta(days=1)
        usual = self.meeting_time_for(person_id) if person_id else DEFAULT_MEETING_TIME
        return dt.datetime.combine(day, usual)

    def default_prep_day(self, person_id: int, today: dt.date) -> dt.date:
        """The next scheduled one-on-one with the person, else the next working day."""
        upcoming = [
            meeting.scheduled_at.date()
            for meeting in self.one_on_ones(person_id)
            if meeting.scheduled_at.date() >= today
        ]
        return min(upcoming) if upcoming else self.next_meeting_time(person_id, today).date()

    # new records, with their defaults ---------------------------------------------------

    def new_record(self, kind: SectionKind, person_id: int, today: dt.date) -> int:
        """A new, mostly empty record of ``kind`` for the person; its id."""
        coaching = self.repos.coaching
        if kind == "one_on_one":
            when = self.next_meeting_time(person_id, today)
            return coaching.add("one_on_one", person_id=person_id, scheduled_at=when)
        if kind == "coaching":
            return coaching.add(
                "coaching", person_id=person_id, held_on=today, follow_up_on=today + FOLLOW_UP_AFTER
            )
        if kind == "plan":
            return coaching.add(
                "plan",
                person_id=person_id,
                started_on=today,
                cadence_days=DEFAULT_CADENCE_DAYS,
                length_weeks=DEFAULT_LENGTH_WEEKS,
            )
        if kind == "recognition":
            return coaching.add("recognition", person_id=person_id, given_on=today)
        return coaching.add("delegation", person_id=person_id, delegated_on=today)

    def save_field(self, kind: SectionKind, record_id: int, field: str, value: Any) -> None:
        """One field typed into a record's form (the repository refuses unknown names)."""
        self.repos.coaching.update(kind, record_id, **{field: value})

    def delete_record(self, kind: SectionKind, record_id: int) -> None:
        self.repos.coaching.delete(kind, record_id)

    # one-on-ones: agenda, action items, the practice step --------------------------------

    def set_agenda(self, one_on_one_id: int, lines: Sequence[tuple[str, str]]) -> None:
        self.repos.coaching.set_agenda(one_on_one_id, lines)

    def use_agenda(
        self,
        person_id: int,
        meeting_on: dt.date,
        lines: Sequence[tuple[str, str]],
        at: dt.time | None = None,
    ) -> int:
        """Make ``lines`` the agenda of the person's one-on-one that day, booking it (at
        ``at`` or their usual time) if there is none: one transaction; the meeting's id."""
        with self.repos.unit_of_work():
            meeting = self.repos.coaching.one_on_one_on(person_id, meeting_on)
            if meeting is None:
                when = dt.datetime.combine(meeting_on, at or self.meeting_time_for(person_id))
                meeting_id = self.repos.coaching.add(
                    "one_on_one", person_id=person_id, scheduled_at=when
                )
            else:
                meeting_id = meeting.id
            self.repos.coaching.set_agenda(meeting_id, lines)
        return meeting_id

    def add_action_item(
        self, one_on_one_id: int, text: str = "", owner: str = ActionOwner.THEM
    ) -> int:
        """A new action item at the end of the meeting's list (one transaction)."""
        coaching = self.repos.coaching
        with self.repos.unit_of_work():
            return coaching.add(
                "action_item",
                one_on_one_id=one_on_one_id,
                position=coaching.next_action_position(one_on_one_id),
                text=text,
                owner=owner,
            )

    def update_action_item(self, action_id: int, **fields: Unpack[ActionItemFields]) -> None:
        """Text, owner or due date; a status change also sets or clears the closing day
        (give ``closed_on`` with it)."""
        self.repos.coaching.update("action_item", action_id, **fields)

    def set_action_status(self, action_id: int, status: str, today: dt.date) -> None:
        """Done or dropped closes the item today; open again clears the day."""
        closed = today if status != ActionStatus.OPEN else None
        self.repos.coaching.update("action_item", action_id, status=status, closed_on=closed)

    def remove_action_item(self, action_id: int) -> None:
        self.repos.coaching.delete("action_item", action_id)

    def save_practice(self, coaching_id: int, outcome: str, note: str) -> None:
        """Whether the agreed practice step happened, asked in a later one-on-one."""
        self.repos.coaching.update(
            "coaching", coaching_id, practice_outcome=outcome, practice_note=note
        )

    # improvement plans ------------------------------------------------------------------

    def set_plan_status(self, plan_id: int, status: str, today: dt.date) -> None:
        """Closing a plan (met, not met, stopped) records the day; active clears it."""
        closed = today if status != PlanStatus.ACTIVE else None
        self.repos.coaching.update("plan", plan_id, status=status, closed_on=closed)

    def add_plan_checkin(self, plan_id: int, day: dt.date, progress: int, note: str) -> int:
        return self.repos.coaching.add(
            "plan_checkin", plan_id=plan_id, checked_on=day, progress=progress, note=note
        )

    def update_plan_checkin(self, checkin_id: int, **fields: Unpack[PlanCheckInFields]) -> None:
        self.repos.coaching.update("plan_checkin", checkin_id, **fields)
