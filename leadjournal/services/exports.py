"""Readable exports: Markdown (the whole journal, one week or one person), PDF (a week's
summary, a one-on-one agenda) and CSV (weekly numbers, practice ticks).

Anonymous feedback stays anonymous: every source label comes from ``source_label``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import TYPE_CHECKING, Any

from leadjournal import clock
from leadjournal.db.enums import BehaviourKind, TickState
from leadjournal.errors import JournalError
from leadjournal.services.coaching import agenda_markdown
from leadjournal.services.feedback import source_label, summarize_themes
from leadjournal.services.lessons import lessons_markdown
from leadjournal.services.week_updates import set_aside_lines
from leadjournal.services.weeks import (
    STATUS_LABELS,
    delivery_reliability,
    owner_name,
)
from leadjournal.text import count_text, human_date

if TYPE_CHECKING:
    from leadjournal.db.models import Person, WeekPlan
    from leadjournal.db.repositories import Repositories
    from leadjournal.db.repositories.coaching import PersonRecords


class ExportError(JournalError):
    """An export could not be made (no such week or person, nothing to export)."""


def _day(day: dt.date) -> str:
    return human_date(day)


def parse_iso_week(text: str) -> dt.date:
    """ "2026-W48" → the Monday of that ISO week."""
    try:
        year, week = text.upper().split("-W")
        return dt.date.fromisocalendar(int(year), int(week), 1)
    except ValueError as error:
        raise ExportError(f"“{text}” is not a week like 2026-W48.") from error


def find_person(repos: Repositories, name: str) -> Person:
    person = repos.people.find_by_name(name)
    if person is None:
        raise ExportError(f"There is nobody called “{name}” in the journal.")
    return person


# --- Markdown ------------------------------------------------------------------------------------


def week_markdown(repos: Repositories, week_start: dt.date, level: int = 1) -> str:
    week = repos.weeks.get(week_start)
    if week is None:
        raise ExportError(f"There is no plan for the week of {_day(week_start)}.")
    people = {p.id: p.name for p in repos.people.list(include_archived=True)}
    counts = {c.week_start: c for c in repos.weeks.counts_between(week_start, week_start)}
    return _week_markdown(week, people, counts, level)


def _week_markdown(
    week: WeekPlan, people: dict[int, str], counts: dict[dt.date, Any], level: int
) -> str:
    week_start = week.week_start
    h = "#" * level
    iso_year, iso_week, _ = week_start.isocalendar()
    lines = [f"{h} Week {iso_week}, {iso_year} — from {_day(week_start)}", ""]
    if week.outcome:
        lines += [f"**Outcome:** {week.outcome}", ""]
    if week.why:
        lines += [f"**Why it matters:** {week.why}", ""]
    lines += _priorities(week, people, h)
    if week.set_asides:
        lines += [f"{h}# Set aside this week", ""]
        lines += [f"- {line}" for line in set_aside_lines(week)] + [""]
    if week_start in counts:
        reliability = delivery_reliability(counts[week_start])
        if reliability is not None:
            lines += [f"**Delivery reliability:** {reliability:.0%} of planned tasks done", ""]
    if week.checkins:
        lines += [f"{h}# Check-ins", ""]
        for checkin in week.checkins:
            who = people.get(checkin.person_id, "Me") if checkin.person_id else "Me"
            parts = [
                f"done: {checkin.completed}" if checkin.completed else "",
                f"next: {checkin.next_up}" if checkin.next_up else "",
                f"blocked: {checkin.blocked}" if checkin.blocked else "",
            ]
            lines.append(f"- **{who}** — " + "; ".join(p for p in parts if p))
        lines.append("")
    if week.decisions:
        lines += [f"{h}# Decisions", ""]
        for decision in week.decisions:
            reason = f" — because {decision.reason}" if decision.reason else ""
            lines.append(f"- {_day(decision.decided_on)}: {decision.decision}{reason}")
        lines.append("")
    if week.stakeholder_update.strip():
        lines += [f"{h}# Stakeholder update", "", week.stakeholder_update.strip(), ""]
    if week.review_done or week.pulse_text:
        lines += [f"{h}# Review", ""]
        if week.next_week_focus:
            lines.append(f"- Next week's focus: {week.next_week_focus}")
        if week.pulse_text or week.pulse_score:
            score = f" ({week.pulse_score}/5)" if week.pulse_score else ""
            lines.append(f"- Team health{score}: {week.pulse_text}")
        lines.append("")
    return "\n".join(lines)


def _priorities(week: WeekPlan, people: dict[int, str], h: str) -> list[str]:
    lines = []
    for priority in week.priorities:
        lines += [f"{h}# {priority.title}", ""]
        for criterion in priority.criteria:
            lines.append(f"- [{'x' if criterion.met else ' '}] {criterion.text}")
        for task in (t for t in week.tasks if t.priority_id == priority.id):
            lines.append(
                f"- {task.title} — {owner_name(task, people)}, {STATUS_LABELS[task.status].lower()}"
            )
        lines.append("")
    return lines


def person_markdown(repos: Repositories, person: Person, level: int = 1) -> str:
    records = repos.coaching.records_of_people([person.id])[person.id]
    return _person_markdown(person, records, level)


def _person_markdown(person: Person, records: PersonRecords, level: int) -> str:
    h = "#" * level
    lines = [f"{h} {person.name}", ""]
    if person.role:
        lines += [person.role, ""]
    if person.notes:
        lines += [person.notes, ""]
    meetings = records.one_on_ones
    if meetings:
        lines += [f"{h}# One-on-ones", ""]
        for meeting in meetings:
            lines.append(f"- **{meeting.scheduled_at:%Y-%m-%d %H:%M}** {meeting.notes}".rstrip())
            for item in meeting.agenda:
                lines.append(f"  - agenda: {item.text}")
            for action in meeting.action_items:
                lines.append(f"  - action ({action.owner}, {action.status}): {action.text}")
        lines.append("")
    talks = records.coaching
    if talks:
        lines += [f"{h}# Coaching", ""]
        for talk in talks:
            lines.append(
                f"- **{_day(talk.held_on)} — {talk.skill}**: {talk.situation} "
                f"Impact: {talk.impact} Next step: {talk.next_step}"
            )
        lines.append("")
    plans = records.plans
    if plans:
        lines += [f"{h}# Improvement plans", ""]
        for plan in plans:
            lines.append(
                f"- **{_day(plan.started_on)}** ({plan.status.replace('_', ' ')}): "
                f"{plan.behaviour} → {plan.expected}"
            )
            for checkin in plan.checkins:
                lines.append(
                    f"  - {_day(checkin.checked_on)}: {checkin.progress}/5 {checkin.note}".rstrip()
                )
        lines.append("")
    recognitions = records.recognitions
    if recognitions:
        lines += [f"{h}# Recognition", ""]
        lines += [f"- {_day(r.given_on)}: {r.what_they_did} — {r.impact}" for r in recognitions]
        lines.append("")
    delegations = records.delegations
    if delegations:
        lines += [f"{h}# Delegations", ""]
        lines += [f"- {_day(d.delegated_on)}: {d.outcome} ({d.status})" for d in delegations]
        lines.append("")
    named = records.named_feedback
    if named:
        lines += [f"{h}# Feedback they gave", ""]
        lines += [f"- {_day(f.received_on)}, {f.kind}: {f.text}" for f in named]
        lines.append("")
    return "\n".join(lines)


def journal_markdown(repos: Repositories) -> str:
    """The whole journal, newest week first, then people, lessons, feedback, practice:
    the same few reads however much the journal holds."""
    parts = ["# LeadJournal", ""]
    everyone = repos.people.list(include_archived=True)
    people = {p.id: p.name for p in everyone}
    weeks = repos.weeks.all_loaded()
    if weeks:
        span = repos.weeks.counts_between(weeks[0].week_start, weeks[-1].week_start)
        counts = {c.week_start: c for c in span}
        for week in reversed(weeks):
            parts.append(_week_markdown(week, people, counts, level=2))
    records = repos.coaching.records_of_people([person.id for person in everyone])
    for person in everyone:
        parts.append(_person_markdown(person, records[person.id], level=2))
    lessons = repos.lessons.find()
    if lessons:
        parts.append(
            lessons_markdown(lessons, people, repos.weeks.week_ids(), heading="Lessons learned")
            .replace("\n# ", "\n## ", 1)
            .replace("# Lessons learned", "## Lessons learned", 1)
        )
    responses = repos.feedback.responses()
    if responses:
        parts += ["## Start / stop / continue", ""]
        for summary in summarize_themes(responses, clock.today(), include_closed=True):
            parts.append(f"### {summary.theme}")
            for item, response in summary.items:
                who = source_label(response, people)
                parts.append(f"- {item.kind}: {item.text} — {who}, {_day(response.received_on)}")
            parts.append("")
    cycles = repos.practice.cycles()
    if cycles:
        parts += ["## Practice", ""]
        for cycle in cycles:
            done = sum(1 for t in cycle.ticks if t.state == TickState.DONE)
            ticked = count_text(done, "day", "days")
            parts.append(
                f"- {_day(cycle.started_on)}: {cycle.lead_title} / {cycle.manage_title}"
                f" — {ticked} ticked ({cycle.status})"
            )
        parts.append("")
    return "\n".join(parts)


# --- PDF ------------------------------------------------------------------------------------------


def agenda_document(repos: Repositories, person: Person, today: dt.date) -> str:
    """The agenda of the person's next one-on-one (or their latest), as Markdown."""
    meetings = repos.coaching.one_on_ones(person.id)
    if not meetings:
        raise ExportError(f"{person.name} has no one-on-ones in the journal yet.")
    upcoming = [m for m in meetings if m.scheduled_at.date() >= today]
    meeting = upcoming[-1] if upcoming else meetings[0]
    return agenda_markdown(person.name, meeting.scheduled_at, [a.text for a in meeting.agenda])


# --- CSV ----------------------------------------------------------------------------------------


def weekly_numbers_csv(repos: Repositories) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(
        [
            "week",
            "planned",
            "planned_done",
            "added_later",
            "added_later_done",
            "delivery_reliability",
            "team_health",
        ]
    )
    starts = repos.weeks.week_starts()
    if starts:
        for counts in repos.weeks.counts_between(starts[0], starts[-1]):
            value = delivery_reliability(counts)
            writer.writerow(
                [
                    counts.week_start.isoformat(),
                    counts.planned,
                    counts.planned_done,
                    counts.added_later,
                    counts.added_later_done,
                    "" if value is None else f"{value:.3f}",
                    counts.pulse_score or "",
                ]
            )
    return buffer.getvalue()


def practice_ticks_csv(repos: Repositories) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["cycle_started", "behaviour", "title", "day", "state", "note"])
    for cycle in reversed(repos.practice.cycles()):
        titles: dict[str, str] = {
            BehaviourKind.LEAD: cycle.lead_title,
            BehaviourKind.MANAGE: cycle.manage_title,
        }
        for tick in cycle.ticks:
            writer.writerow(
                [
                    cycle.started_on.isoformat(),
                    tick.behaviour,
                    titles[tick.behaviour],
                    tick.day.isoformat(),
                    tick.state,
                    tick.note,
                ]
            )
    return buffer.getvalue()
