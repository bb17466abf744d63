"""The words of the quarter in review: its Markdown, section by section.

Written in English like every other export, in the first person: the person brings it
to their own manager. Each section says in a sentence what it shows, and an empty
section says kindly what would fill it, so an early review still reads well.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from leadjournal.db.enums import (
    FeedbackActionStatus,
    KeepPractising,
    PracticeCycleStatus,
    PracticeOutcome,
)
from leadjournal.services.weeks import delivery_reliability
from leadjournal.text import day_month, human_date

if TYPE_CHECKING:
    from leadjournal.services.quarter_charts import Trend
    from leadjournal.services.quarter_review import ReviewData


def _iso_week(monday: dt.date) -> str:
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}"


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def review_markdown(data: ReviewData, charts: Sequence[Trend] = ()) -> str:
    """The whole review. With ``charts`` (the PDF), each chart's image is placed above
    the table it draws; without (the Markdown file), the tables tell the trend."""
    period = data.period
    lines = [
        f"# My quarter in review — {period.label}",
        "",
        f"*{human_date(period.first)} to {human_date(period.last)}. A private look back, "
        "written from my LeadJournal to bring to a conversation with my manager.*",
        "",
        "What I set out to do, how the team delivered and felt, who I spent time growing "
        "and recognising, and what I practised, learned and changed along the way. The "
        "numbers come from my weekly plans and Friday reviews; the words are my own notes.",
        "",
    ]
    if data.is_empty:
        lines += [
            "This period has little in my journal yet. The weeks I plan, the conversations "
            "I hold and my Friday reviews will fill these pages.",
            "",
        ]
    else:
        lines += _at_a_glance(data)
    lines += _goals(data)
    lines += _delivery(data, charts)
    lines += _metrics(data, charts)
    lines += _people(data)
    lines += _recognition(data)
    lines += _practice(data)
    lines += _lessons(data)
    lines += _feedback(data)
    lines += _improvements(data)
    lines += _rollouts(data)
    lines += [
        "## To talk about",
        "",
        "- What went well this period, and what I would do differently.",
        "- Where I would like support or more responsibility next quarter.",
        "- What you would like to see more of from me and from the team.",
        "",
    ]
    return "\n".join(lines)


def _at_a_glance(data: ReviewData) -> list[str]:
    planned = [w for w in data.weeks if delivery_reliability(w) is not None]
    reliability = (
        sum(w.planned_done for w in planned) / sum(w.planned for w in planned) if planned else None
    )
    scores = [score for _start, score, _text in data.pulses if score]
    coached = {talk.person_id for talk in data.coaching}
    recognised = {r.person_id for r in data.recognitions}
    lines = ["## At a glance", ""]
    if reliability is not None:
        lines.append(
            f"- {_plural(len(planned), 'week', 'weeks')} planned; "
            f"{reliability:.0%} of the planned tasks were done."
        )
    else:
        lines.append("- No planned weeks in this period yet.")
    if scores:
        lines.append(
            f"- Team health averaged {sum(scores) / len(scores):.1f} out of 5 "
            f"over {_plural(len(scores), 'week', 'weeks')}."
        )
    lines.append(
        f"- {_plural(sum(data.meetings.values()), 'one-on-one', 'one-on-ones')} held and "
        f"{_plural(len(data.coaching), 'coaching conversation', 'coaching conversations')} "
        f"with {_plural(len(coached | set(data.meetings)), 'person', 'people')}."
    )
    lines.append(
        f"- {_plural(len(data.recognitions), 'recognition', 'recognitions')} given to "
        f"{_plural(len(recognised), 'person', 'people')}."
    )
    grown = [
        _plural(count, one, many)
        for count, one, many in (
            (len(data.cycles), "practice cycle", "practice cycles"),
            (len(data.lessons), "lesson written", "lessons written"),
            (len(data.actions), "feedback theme acted on", "feedback themes acted on"),
        )
        if count
    ]
    if grown:
        lines.append(f"- {', '.join(grown)}.")
    return [*lines, ""]


def _section(title: str, intro: str) -> list[str]:
    """A section's heading and the sentence that says what it holds."""
    return [f"## {title}", "", intro, ""]


def _goals(data: ReviewData) -> list[str]:
    lines = _section(
        "Goals and what moved them",
        "The bigger outcomes I was working towards, and the weeks whose outcome moved each.",
    )
    progress = data.goals
    if progress is None or not progress.goals:
        lines += [
            "No goals yet. A goal above the week (a bigger outcome with its why and how "
            "success is measured) gives each weekly outcome something to move.",
            "",
        ]
    else:
        for entry in progress.goals:
            goal = entry.goal
            state = (
                goal.status
                if goal.closed_on is None
                else f"{goal.status} on {day_month(goal.closed_on)}"
            )
            lines += [f"### {goal.title}", "", f"*{state.capitalize()}.*", ""]
            if goal.why:
                lines.append(f"- Why: {goal.why}")
            if goal.measure:
                lines.append(f"- Success looks like: {goal.measure}")
            if goal.close_reason:
                lines.append(f"- What happened: {goal.close_reason}")
            if entry.weeks:
                lines.append(f"- Weeks that moved it: {len(entry.weeks)}")
                lines += [
                    f"  - {_iso_week(week.week_start)}: {week.outcome or 'no outcome written'}"
                    for week in entry.weeks
                ]
            else:
                lines.append("- No week's outcome moved it in this period.")
            lines.append("")
    if progress is not None and progress.unlinked:
        lines += [
            "### Weeks that served no goal" if progress.goals else "### What each week was for",
            "",
        ]
        lines += [
            f"- {_iso_week(week.week_start)}: {week.outcome or 'no outcome written'}"
            for week in progress.unlinked
        ]
        lines.append("")
    return lines


def _delivery(data: ReviewData, charts: Sequence[Trend]) -> list[str]:
    lines = _section(
        "How we delivered, and how the team felt",
        "Delivery reliability is the share of the tasks planned on Monday that were done by "
        "the end of the week. Team health is the Friday pulse, from 1 (hard) to 5 (great).",
    )
    if not data.weeks:
        return [*lines, "No weeks were planned in this period yet.", ""]
    for chart in charts:
        if chart.name in ("quarter-reliability.png", "quarter-health.png"):
            lines += [f"![{chart.title}]({chart.name})", ""]
    pulses = {start: (score, text) for start, score, text in data.pulses}
    lines += [
        "| Week | Planned | Done | Reliability | Added later | Team health |",
        "|---|---|---|---|---|---|",
    ]
    for week in data.weeks:
        score = pulses.get(week.week_start, (None, ""))[0]
        lines.append(
            f"| {_iso_week(week.week_start)} ({day_month(week.week_start)}) | {week.planned} | "
            f"{week.planned_done} | {_percent(delivery_reliability(week))} | "
            f"{week.added_later} | {f'{score}/5' if score else '—'} |"
        )
    lines.append("")
    said = [(start, text.strip()) for start, _score, text in data.pulses if text.strip()]
    if said:
        lines += ["What the team said made work harder:", ""]
        lines += [f"- {day_month(start)}: {text}" for start, text in said]
        lines.append("")
    return lines


def _metrics(data: ReviewData, charts: Sequence[Trend]) -> list[str]:
    from leadjournal.services.metrics import QUESTION, needs_outcome, with_unit

    lines = _section("Team metrics", "The numbers my team lives by, week by week.")
    shown = [series for series in data.metrics if series.values]
    if not shown:
        return [*lines, "No team metrics recorded in this period.", ""]
    for number, series in enumerate(shown):
        metric = series.metric
        name = f"quarter-metric-{number + 1}.png"
        values = [value.value for value in series.values]
        target = (
            f"; target {with_unit(metric.target, metric.unit)}" if metric.target is not None else ""
        )
        lines += [
            f"### {metric.name}",
            "",
            f"*{metric.kind.capitalize()} metric, {metric.better} is better{target}.*",
            "",
            *([f"![{metric.name}]({name})", ""] if any(c.name == name for c in charts) else []),
            f"- From {with_unit(values[0], metric.unit)} to {with_unit(values[-1], metric.unit)} "
            f"over {_plural(len(values), 'week', 'weeks')}.",
        ]
        lines += [
            f"- {_iso_week(value.week)}: {with_unit(value.value, metric.unit)}"
            + (f" — {value.note}" if value.note else "")
            for value in series.values
        ]
        lines.append("")
    if needs_outcome(series.metric for series in data.metrics):
        lines += [f"*{QUESTION}*", ""]
    return lines


def _people(data: ReviewData) -> list[str]:
    lines = _section(
        "Coaching: who I spent time with",
        "One-on-ones held and coaching conversations, person by person. A zero is worth a "
        "look: someone may be waiting for time with me.",
    )
    coached = {talk.person_id for talk in data.coaching}
    ids = {pid for pid in (*coached, *data.meetings) if pid in data.people}
    names = sorted({*(data.people[pid] for pid in ids), *data.team}, key=str.lower)
    if not names:
        return [*lines, "Nobody on the team yet.", ""]
    talks_by = Counter(data.people.get(talk.person_id, "?") for talk in data.coaching)
    meetings_by = Counter({data.people.get(pid, "?"): n for pid, n in data.meetings.items()})
    lines += ["| Person | One-on-ones | Coaching conversations |", "|---|---|---|"]
    lines += [f"| {name} | {meetings_by[name]} | {talks_by[name]} |" for name in names]
    lines.append("")
    if data.coaching:
        lines += ["### Coaching conversations", ""]
        for talk in data.coaching:
            who = data.people.get(talk.person_id, "Someone")
            skill = f" — {talk.skill}" if talk.skill.strip() else ""
            step = f" Next step: {talk.next_step.strip()}" if talk.next_step.strip() else ""
            outcome = _PRACTISED.get(talk.practice_outcome, "")
            lines.append(f"- {day_month(talk.held_on)}, {who}{skill}.{step}{outcome}")
        lines.append("")
    return lines


# Whether the practice step agreed in a coaching conversation happened.
_PRACTISED: dict[str, str] = {
    PracticeOutcome.YES: " (they practised it)",
    PracticeOutcome.PARTLY: " (partly practised)",
    PracticeOutcome.NO: " (not yet)",
}


def _recognition(data: ReviewData) -> list[str]:
    lines = _section(
        "Recognition I gave",
        "Specific thanks for what people did, and why it mattered.",
    )
    if not data.recognitions:
        return [*lines, "No recognition written down in this period.", ""]
    for recognition in data.recognitions:
        who = data.people.get(recognition.person_id, "Someone")
        impact = f" — {recognition.impact.strip()}" if recognition.impact.strip() else ""
        lines.append(
            f"- {day_month(recognition.given_on)}, {who}: "
            f"{recognition.what_they_did.strip()}{impact}"
        )
    named = {data.people.get(r.person_id) for r in data.recognitions}
    waiting = [name for name in data.team if name not in named]
    if waiting:
        lines += ["", f"Not recognised in this period: {', '.join(waiting)}."]
    return [*lines, ""]


_KEEP = {
    KeepPractising.YES: "I kept the pair for another cycle.",
    KeepPractising.CHANGE_ONE: "I changed one of the behaviours.",
    KeepPractising.NO: "I moved on to other behaviours.",
}


def _practice(data: ReviewData) -> list[str]:
    lines = _section(
        "Practising how I lead",
        "Two-week cycles of one leading and one managing behaviour, how often I did them, "
        "and what changed.",
    )
    if not data.cycles:
        return [*lines, "No practice cycle ran in this period.", ""]
    for cycle, lead, manage in data.cycles:
        state = (
            "still running"
            if cycle.status == PracticeCycleStatus.ACTIVE
            else ("ended early" if cycle.status == PracticeCycleStatus.ENDED else "finished")
        )
        lines += [
            f"### From {day_month(cycle.started_on)} ({state})",
            "",
            f"- Leading: {cycle.lead_title} — done {_percent(lead)} of the time.",
            f"- Managing: {cycle.manage_title} — done {_percent(manage)} of the time.",
        ]
        for label, text in (
            ("What worked", cycle.what_worked),
            ("What did not", cycle.what_did_not),
            ("What I will change", cycle.what_i_will_change),
        ):
            if text.strip():
                lines.append(f"- {label}: {text.strip()}")
        if cycle.keep_practising in _KEEP:
            lines.append(f"- {_KEEP[KeepPractising(cycle.keep_practising)]}")
        lines.append("")
    return lines


def _lessons(data: ReviewData) -> list[str]:
    lines = _section("What I learned", "Lessons I wrote down, and what I will do next time.")
    if not data.lessons:
        return [*lines, "No lessons written in this period.", ""]
    for lesson in data.lessons:
        lines.append(f"- **{lesson.title.strip() or 'A lesson'}** ({day_month(lesson.learned_on)})")
        for label, text in (
            ("What I learned", lesson.what_i_learned),
            ("Next time", lesson.do_differently),
        ):
            if text.strip():
                lines.append(f"  - {label}: {text.strip()}")
    return [*lines, ""]


def _feedback(data: ReviewData) -> list[str]:
    lines = _section(
        "Feedback I acted on",
        "Themes from the team's start / stop / continue that I chose to act on, and what changed.",
    )
    if not data.actions:
        return [*lines, "No feedback theme acted on in this period.", ""]
    for action in data.actions:
        if action.status == FeedbackActionStatus.CLOSED:
            state = f"closed {day_month(action.closed_on)}" if action.closed_on else "closed"
        else:
            state = (
                "done, to check" if action.status == FeedbackActionStatus.DONE else "acting on it"
            )
        lines.append(f"- **{action.theme}** ({state}): {action.action.strip()}".rstrip(": "))
        if action.what_changed.strip():
            lines.append(f"  - What changed: {action.what_changed.strip()}")
    return [*lines, ""]


def _improvements(data: ReviewData) -> list[str]:
    if not data.improvements:
        return []
    lines = ["## Improvements to how we work", ""]
    for improvement in data.improvements:
        lines.append(
            f"- {improvement.title.strip()} ({improvement.status.replace('done', 'in place')})"
        )
    return [*lines, ""]


def _rollouts(data: ReviewData) -> list[str]:
    """Changes rolled out across departments (the playbook's checklist), if any ran."""
    if not data.rollouts:
        return []
    lines = _section(
        "Changes I led across teams",
        "Rollouts that ran in this period: the steps done, and what people said each week.",
    )
    for rollout in data.rollouts:
        state = (
            f"finished in {_iso_week(rollout.finished_week)}"
            if rollout.finished_week is not None
            else "still running"
        )
        lines += [
            f"### {rollout.title}",
            "",
            f"*Started in {_iso_week(rollout.started_week)}, {state}; "
            f"{rollout.done} of {_plural(rollout.total, 'step', 'steps')} done.*",
            "",
        ]
        if rollout.purpose.strip():
            lines.append(f"- Why: {rollout.purpose.strip()}")
        lines += [f"- Done: {step.what}" for step in rollout.done_in_range]
        lines += [
            f"- Heard {day_month(week)}: {text}" for week, text in rollout.heard.items() if text
        ]
        lines.append("")
    return lines
