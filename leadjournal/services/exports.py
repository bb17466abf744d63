"""Readable exports: Markdown (the whole journal, one week or one person), PDF (a week's
summary, a one-on-one agenda) and CSV (weekly numbers, practice ticks).

Anonymous feedback stays anonymous: every source label comes from ``source_label``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from leadjournal import clock
from leadjournal.db.enums import BehaviourKind, TickState
from leadjournal.errors import JournalError
from leadjournal.services.alignment import (
    consulted_names,
    decision_needed_lines,
    touchpoint_lines,
)
from leadjournal.services.blockers import (
    blocker_markdown,
    next_action_markdown,
    person_follow_ups,
)
from leadjournal.services.coaching import agenda_markdown
from leadjournal.services.feedback import source_label, summarize_themes
from leadjournal.services.goals import goal_line, goal_titles, journal_goals_markdown
from leadjournal.services.improvements import criterion_markdown_note, improvement_markdown
from leadjournal.services.lessons import lessons_markdown
from leadjournal.services.metrics import metrics_markdown, series_between, week_metrics_markdown
from leadjournal.services.playbook import (
    rollout_markdown,
    rollouts_between,
    rollouts_journal_markdown,
)
from leadjournal.services.reflections import reflections_markdown
from leadjournal.services.week_changes import change_control_markdown, person_slips
from leadjournal.services.week_updates import set_aside_lines
from leadjournal.services.weeks import (
    STATUS_LABELS,
    delivery_reliability,
    owner_name,
)
from leadjournal.text import count_text, human_date

if TYPE_CHECKING:
    from leadjournal.db.models import (
        Blocker,
        Decision,
        Improvement,
        Lesson,
        Person,
        Recognition,
        WeekPlan,
    )
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
    improvements = repos.improvements.shown_in_week(week_start)
    blockers = repos.blockers.shown_in_week(week_start)
    document = _week_markdown(
        week, people, counts, level, improvements, blockers, goals=goal_titles(repos)
    )
    # Friday's lesson and recognition (in the whole journal's export they are listed with
    # the lessons and under the person recognised).
    document += _review_extras(
        repos.weeks.review_lesson(week.id), repos.weeks.review_recognition(week.id), people, level
    )
    # The week's daily reflections, Monday to Sunday.
    reflections = repos.reflections.between(week_start, week_start + dt.timedelta(days=6))
    if any(entry.text.strip() for entry in reflections):
        document += "\n" + reflections_markdown(reflections, level + 1)
    # The team's own metrics: the week's values against their targets.
    metrics = week_metrics_markdown(series_between(repos, week_start, week_start), level + 1)
    if metrics:
        document += "\n" + metrics
    running = rollouts_between(repos, week_start, week_start)
    rollouts = rollout_markdown(running, week_start, level + 1)
    if rollouts:  # the playbook's rollouts running this week
        document += "\n" + rollouts
    return document


def _week_markdown(
    week: WeekPlan,
    people: dict[int, str],
    counts: dict[dt.date, Any],
    level: int,
    improvements: Sequence[Improvement] = (),
    blockers: Sequence[Blocker] = (),
    goals: Mapping[int, str] | None = None,  # every goal's title by id
) -> str:
    week_start = week.week_start
    h = "#" * level
    iso_year, iso_week, _ = week_start.isocalendar()
    lines = [f"{h} Week {iso_week}, {iso_year} — from {_day(week_start)}", ""]
    if week.outcome:
        lines += [f"**Outcome:** {week.outcome}", ""]
    lines += goal_line(week.goal_id, goals or {})
    if week.why:
        lines += [f"**Why it matters:** {week.why}", ""]
    lines += _priorities(week, people, h)
    if week.set_asides:
        lines += [f"{h}# Set aside this week", ""]
        lines += [f"- {line}" for line in set_aside_lines(week)] + [""]
    lines += change_control_markdown(week, people, h)
    if week_start in counts:
        reliability = delivery_reliability(counts[week_start])
        if reliability is not None:
            lines += [f"**Delivery reliability:** {reliability:.0%} of planned tasks done", ""]
        elif counts[week_start].planned:
            lines += ["**Delivery reliability:** not counted (the plan was never confirmed)", ""]
    if week.checkins:
        lines += [f"{h}# Check-ins", ""]
        for checkin in week.checkins:
            who = people.get(checkin.person_id, "Me") if checkin.person_id else "Me"
            parts = [
                f"done: {checkin.completed}" if checkin.completed else "",
                f"next: {checkin.next_up}" if checkin.next_up else "",
                f"blocked: {checkin.blocked}" if checkin.blocked else "",
                next_action_markdown(checkin),
            ]
            lines.append(f"- **{who}** — " + "; ".join(p for p in parts if p))
        lines.append("")
    if blockers:  # raised at this week's check-in, or still open from before
        lines += [f"{h}# Blockers", ""]
        lines += [f"- {blocker_markdown(b, people)}" for b in blockers] + [""]
    if week.decisions:
        lines += [f"{h}# Decisions", ""]
        for decision in week.decisions:
            reason = f" — because {decision.reason}" if decision.reason else ""
            kind = f" ({decision.kind})" if decision.kind else ""
            names = consulted_names(decision, people)
            consulted = f" Consulted: {', '.join(names)}." if names else ""
            lines.append(
                f"- {_day(decision.decided_on)}{kind}: {decision.decision}{reason}{consulted}"
            )
        lines.append("")
    if improvements:  # Wednesday's improvements: the open ones and those closed this week
        lines += [f"{h}# Improvements", "", *improvement_markdown(list(improvements)), ""]
    lines += _alignment_markdown(week, h)
    if week.stakeholder_update.strip():
        lines += [
            f"{h}# Stakeholder update",
            "",
            _nested(week.stakeholder_update.strip(), len(h) + 1),
            "",
        ]
        if week.update_sent_on is not None:
            to = f" to {week.update_recipients}" if week.update_recipients else ""
            lines += [f"Sent{to} on {_day(week.update_sent_on)}.", ""]
    if week.review_done or week.pulse_text:
        lines += [f"{h}# Review", ""]
        if week.next_week_focus:
            lines.append(f"- Next week's focus: {week.next_week_focus}")
        if week.pulse_text or week.pulse_score:
            score = f" ({week.pulse_score}/5)" if week.pulse_score else ""
            lines.append(f"- Team health{score}: {week.pulse_text}")
        lines.append("")
    return "\n".join(lines)


def _review_extras(
    lesson: Lesson | None, recognition: Recognition | None, people: dict[int, str], level: int
) -> str:
    h = "#" * (level + 1)
    lines: list[str] = []
    if lesson is not None and lesson.title.strip():
        lines += [f"{h} The week's lesson", "", f"**{lesson.title.strip()}**"]
        for label, text in (
            ("What happened", lesson.what_happened),
            ("What I learned", lesson.what_i_learned),
            ("Next time", lesson.do_differently),
        ):
            if text.strip():
                lines.append(f"- {label}: {text.strip()}")
        lines.append("")
    if recognition is not None and recognition.what_they_did.strip():
        who = people.get(recognition.person_id, "Someone") if recognition.person_id else "Someone"
        impact = f" — {recognition.impact.strip()}" if recognition.impact.strip() else ""
        lines += [
            f"{h} Recognised",
            "",
            f"- {who}: {recognition.what_they_did.strip()}{impact}",
            "",
        ]
    return "\n" + "\n".join(lines) if lines else ""


def _nested(markdown: str, depth: int) -> str:
    """``markdown`` written on its own (the draft's "## Progress"), with its headings
    moved just below a heading of ``depth``, so the export keeps one outline."""

    def marks(line: str) -> int:
        count = len(line) - len(line.lstrip("#"))
        return count if count and line[count : count + 1] == " " else 0

    lines = markdown.splitlines()
    levels = [marks(line) for line in lines if marks(line)]
    if not levels:
        return markdown
    shift = depth + 1 - min(levels)
    return "\n".join(
        "#" * min(marks(line) + shift, 6) + line[marks(line) :] if marks(line) else line
        for line in lines
    )


def _alignment_markdown(week: WeekPlan, h: str) -> list[str]:
    """Thursday's touchpoints and the decisions the team needs from others."""
    lines: list[str] = []
    if week.touchpoints:
        lines += [f"{h}# Expectations checked", ""]
        lines += [f"- {line}" for line in touchpoint_lines(week)] + [""]
    if week.decisions_needed:
        lines += [f"{h}# Decisions needed", ""]
        lines += [f"- {line}" for line in decision_needed_lines(week)] + [""]
    return lines


def _priorities(week: WeekPlan, people: dict[int, str], h: str) -> list[str]:
    lines = []
    for priority in week.priorities:
        lines += [f"{h}# {priority.title}", ""]
        for criterion in priority.criteria:
            note = criterion_markdown_note(criterion)
            lines.append(f"- [{'x' if criterion.met else ' '}] {criterion.text}{note}")
        for task in (t for t in week.tasks if t.priority_id == priority.id):
            lines.append(
                f"- {task.title} — {owner_name(task, people)}, {STATUS_LABELS[task.status].lower()}"
            )
        lines.append("")
    return lines


def person_markdown(repos: Repositories, person: Person, level: int = 1) -> str:
    records = repos.coaching.records_of_people([person.id])[person.id]
    consulted_on = repos.alignment.decisions_consulting([person.id])[person.id]
    follow_ups = person_follow_ups(repos, person.id).get(person.id, [])
    slipped = person_slips(repos, [person.id])[person.id]
    return _person_markdown(person, records, level, consulted_on, follow_ups, slipped)


def _person_markdown(
    person: Person,
    records: PersonRecords,
    level: int,
    consulted_on: Sequence[Decision] = (),
    follow_ups: Sequence[str] = (),
    slipped: Sequence[str] = (),
) -> str:
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
            great = (
                f" What great looks like: {talk.great_looks_like}"
                if talk.great_looks_like.strip()
                else ""
            )
            lines.append(
                f"- **{_day(talk.held_on)} — {talk.skill}**: {talk.situation} "
                f"Impact: {talk.impact}{great} Next step: {talk.next_step}"
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
    if consulted_on:
        lines += [f"{h}# Consulted on decisions", ""]
        lines += [f"- {_day(d.decided_on)}: {d.decision}" for d in consulted_on]
        lines.append("")
    if follow_ups:  # Tuesday's blockers and next steps
        lines += [f"{h}# Blockers and next steps", "", *(f"- {f}" for f in follow_ups), ""]
    if slipped:  # their tasks that slipped, why and what kind of reason
        lines += [f"{h}# Tasks that slipped", "", *(f"- {s}" for s in slipped), ""]
    return "\n".join(lines)


def journal_markdown(repos: Repositories) -> str:
    """The whole journal, newest week first, then people, lessons, feedback, practice:
    the same few reads however much the journal holds."""
    parts = ["# LeadJournal", ""]
    if goals_part := journal_goals_markdown(repos):  # the goals above the weeks
        parts.append(goals_part)
    everyone = repos.people.list(include_archived=True)
    people = {p.id: p.name for p in everyone}
    weeks = repos.weeks.all_loaded()
    if weeks:
        span = repos.weeks.counts_between(weeks[0].week_start, weeks[-1].week_start)
        counts = {c.week_start: c for c in span}
        started: dict[dt.date, list[Improvement]] = {}
        for improvement in repos.improvements.all():  # each under the week it started
            started.setdefault(improvement.started_week, []).append(improvement)
        raised: dict[int, list[Blocker]] = {}
        for blocker in repos.blockers.all():  # each under the week that raised it
            raised.setdefault(blocker.week_id, []).append(blocker)
        goals = goal_titles(repos)
        for week in reversed(weeks):
            shown = started.get(week.week_start, [])
            blockers = raised.get(week.id, [])
            parts.append(_week_markdown(week, people, counts, 2, shown, blockers, goals=goals))
    records = repos.coaching.records_of_people([person.id for person in everyone])
    consulted = repos.alignment.decisions_consulting([person.id for person in everyone])
    follow_ups = person_follow_ups(repos)
    slips = person_slips(repos, [person.id for person in everyone])
    for person in everyone:
        parts.append(
            _person_markdown(
                person,
                records[person.id],
                2,
                consulted[person.id],
                follow_ups.get(person.id, []),
                slips[person.id],
            )
        )
    lessons = repos.lessons.find()
    if lessons:
        parts.append(
            lessons_markdown(
                lessons, people, repos.weeks.week_ids(), heading="Lessons learned", level=2
            )
        )
    reflections = repos.reflections.all()
    if any(entry.text.strip() for entry in reflections):
        parts.append(reflections_markdown(reflections, level=2))
    metrics = metrics_markdown(series_between(repos, dt.date.min, dt.date.max), level=2)
    if metrics:
        parts.append(metrics)
    rollouts = rollouts_journal_markdown(rollouts_between(repos, dt.date.min, dt.date.max), 2)
    if rollouts:
        parts.append(rollouts)
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
