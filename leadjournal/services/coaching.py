"""Coaching Log rules: plan check-in dates, one-on-one preparation, the agenda document.

Everything here is plain Python over repository results, so the preparation works on a
train with no network and is tested without widgets.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from leadjournal.db.models import ImprovementPlan, PlanCheckIn
from leadjournal.db.repositories import Repositories
from leadjournal.services.weeks import week_start_of
from leadjournal.text import day_month, human_date_time

ACTION_OWNERS = (("them", "Them"), ("me", "Me"))
ACTION_STATUSES = (("open", "Open"), ("done", "Done"), ("dropped", "Dropped"))
PRACTICE_OUTCOMES = (("", "Not asked yet"), ("yes", "Yes"), ("partly", "Partly"), ("no", "No"))
PLAN_STATUSES = (
    ("active", "Active"),
    ("met", "Met"),
    ("not_met", "Not met"),
    ("stopped", "Stopped"),
)
DECISION_RIGHTS = (
    ("decide_alone", "They decide alone"),
    ("decide_then_tell", "They decide, then tell me"),
    ("recommend", "They recommend, I decide"),
)
DELEGATION_RISKS = (
    ("low", "Low — they own it"),
    ("high", "High — we decide together and I note why"),
)
TIMELINE_KINDS = (
    ("one_on_one", "One-on-ones"),
    ("coaching", "Coaching"),
    ("plan", "Improvement plans"),
    ("plan_checkin", "Plan check-ins"),
    ("recognition", "Recognition"),
    ("delegation", "Delegations"),
    ("feedback", "Feedback they gave"),
)

DEFAULT_CADENCE_DAYS = 7
DEFAULT_LENGTH_WEEKS = 4
# Without recognition for this long, the preparation suggests looking for something.
RECOGNITION_NUDGE_DAYS = 30
FEEDBACK_LOOKBACK_DAYS = 90

COACHING_QUESTIONS = (
    "Which options did you weigh before settling on this one?",
    "What could go wrong, and what would you notice first?",
    "What would help you most from me in the next two weeks?",
)


# --- improvement plans ----------------------------------------------------------------------


def plan_end_date(plan: ImprovementPlan) -> dt.date:
    return plan.started_on + dt.timedelta(weeks=plan.length_weeks)


def next_plan_checkin(plan: ImprovementPlan, checkins: Sequence[PlanCheckIn]) -> dt.date | None:
    """When the next check-in is due: one cadence after the last one (or the start).

    The last check-in is never later than the plan's end date, which is the moment to
    decide met / not met. None once the plan is closed or its final check-in is done.
    """
    if plan.status != "active":
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

    source: str  # action, practice, plan, blocker, slipped, recognition, feedback, ...
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
            who = "me" if item.owner == "me" else "them"
            due_text = f", due {_day(item.due_on)}" if item.due_on else ""
            lines.append(
                AgendaLine(
                    "action",
                    f"Open action ({who}{due_text}, from "
                    f"{_day(carried.from_meeting.date())}): {item.text}",
                )
            )

        last_step = coaching.last_practice_step(person_id, meeting_on)
        if last_step is not None and not last_step.practice_outcome:
            lines.append(
                AgendaLine(
                    "practice",
                    f"Last practice step ({_day(last_step.held_on)}"
                    f"): {last_step.next_step.strip()} — did it happen?",
                )
            )

        for plan in coaching.plans(person_id):
            due = next_plan_checkin(plan, plan.checkins)
            if due is not None and due <= meeting_on + dt.timedelta(days=1):
                late = " (overdue)" if due < meeting_on else ""
                lines.append(
                    AgendaLine(
                        "plan",
                        f"Improvement plan check-in due {_day(due)}"
                        f"{late}: {plan.behaviour.strip()}",
                    )
                )

        this_week = week_start_of(meeting_on)
        last_week = this_week - dt.timedelta(weeks=1)
        for blocker in coaching.blockers_of(person_id, last_week, this_week):
            lines.append(
                AgendaLine(
                    "blocker",
                    f"Blocked (check-in, week of {_day(blocker.week_start)}): {blocker.title}",
                )
            )
        for task in coaching.tasks_of(person_id, last_week, this_week):
            slipped = task.week_start < this_week and task.status != "done"
            if slipped or task.slip_reason:
                why = f" — {task.slip_reason}" if task.slip_reason else ""
                lines.append(
                    AgendaLine(
                        "slipped", f"Slipped (week of {_day(task.week_start)}): {task.title}{why}"
                    )
                )

        recent = next(
            (r for r in coaching.recognitions(person_id) if r.given_on <= meeting_on), None
        )
        if recent is not None and (meeting_on - recent.given_on).days <= RECOGNITION_NUDGE_DAYS:
            lines.append(
                AgendaLine(
                    "recognition",
                    f"Recognised on {_day(recent.given_on)}: {recent.what_they_did.strip()}",
                )
            )
        else:
            since = f"since {_day(recent.given_on)}" if recent else "yet"
            lines.append(
                AgendaLine(
                    "recognition",
                    f"No recognition {since} — what have they done lately that deserves naming?",
                )
            )

        since_day = meeting_on - dt.timedelta(days=FEEDBACK_LOOKBACK_DAYS)
        for feedback in coaching.named_feedback(person_id, since_day):
            if feedback.received_on <= meeting_on:
                lines.append(
                    AgendaLine(
                        "feedback",
                        f"Their feedback ({_day(feedback.received_on)}"
                        f"), {feedback.kind}: {feedback.text.strip()}",
                    )
                )

        for delegation in coaching.delegations(person_id):
            if delegation.status == "open":
                lines.append(
                    AgendaLine("delegation", f"Delegation check: {delegation.outcome.strip()}")
                )

        lines.extend(AgendaLine("question", question) for question in COACHING_QUESTIONS)
        return lines

    def overdue_for(self, person_id: int, today: dt.date) -> list[str]:
        """Short sentences for what is overdue with the person (shown on their page)."""
        notes = []
        for plan in self.repos.coaching.plans(person_id):
            due = plan_checkin_overdue(plan, today)
            if due is not None:
                notes.append(f"Plan check-in was due {_day(due)}: {plan.behaviour.strip()}")
        return notes


def agenda_markdown(person_name: str, when: dt.datetime, lines: Sequence[str]) -> str:
    """The agenda as a small Markdown document, for export, PDF and printing."""
    body = "\n".join(f"{number}. {line}" for number, line in enumerate(lines, start=1))
    heading = f"# One-on-one with {person_name}\n\n{human_date_time(when)}"
    return f"{heading}\n\n## Agenda\n\n{body or '_Nothing on the agenda yet._'}\n"


# --- removing a person ----------------------------------------------------------------------

_REMOVED = (
    ("one_on_ones", "one-on-one", "one-on-ones"),
    ("action_items", "action item", "action items"),
    ("coaching", "coaching conversation", "coaching conversations"),
    ("plans", "improvement plan", "improvement plans"),
    ("recognition", "recognition", "recognitions"),
    ("delegations", "delegation", "delegations"),
    ("feedback", "feedback response they gave", "feedback responses they gave"),
    ("checkins", "check-in line", "check-in lines"),
)


def removal_consequences(summary: dict[str, int]) -> tuple[list[str], list[str]]:
    """Plain lines for the delete confirmation: what goes, and what changes."""
    removed = [
        f"{summary[key]} {singular if summary[key] == 1 else plural}"
        for key, singular, plural in _REMOVED
        if summary.get(key)
    ]
    changed = []
    if summary.get("tasks_unassigned"):
        count = summary["tasks_unassigned"]
        changed.append(f"{count} task{'s' if count != 1 else ''} they owned become “Unassigned”")
    if summary.get("lessons_unlinked"):
        count = summary["lessons_unlinked"]
        changed.append(
            f"{count} lesson{'s' if count != 1 else ''} stay but no longer point to them"
        )
    if summary.get("requests_unlisted"):
        count = summary["requests_unlisted"]
        verb = "requests no longer list" if count != 1 else "request no longer lists"
        changed.append(f"{count} feedback {verb} them as asked")
    return removed, changed
