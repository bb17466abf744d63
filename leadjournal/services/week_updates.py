"""What the journal drafts from a week for other people: the stakeholder update (in
Markdown, kept to edit; shown and copied without empty sections, or as plain text) and
the sentences that name the priorities set aside."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from leadjournal.db.models import SetAside, WeekPlan
from leadjournal.services.alignment import decision_lines, decision_needed_lines, touchpoint_lines
from leadjournal.services.weeks import DAY_NAMES, owner_name
from leadjournal.text import count_text, day_month, human_date

DECISIONS_NEEDED = "Decisions needed"


def draft_stakeholder_update(
    week: WeekPlan,
    people: Mapping[int, str],
    today: dt.date,
    markdown: bool,
    signed_by: str = "",
    changes: Sequence[str] = (),
    blockers: Sequence[str] = (),
) -> str:
    """A stakeholder update drafted from the week: progress, the changes since the plan
    was confirmed (``changes``: one sentence each), risks (late tasks and ``blockers``,
    one sentence each), the touchpoints, the decisions made and needed, the next
    milestone, signed with the user's name (which also stands for "Me" as an owner).
    """
    me = signed_by.strip() or "Me"
    heading = "## " if markdown else ""
    bullet = "- " if markdown else "• "
    lines = [f"{heading}Update for the week of {human_date(week.week_start)}", ""]
    if week.outcome:
        lines += [f"Goal this week: {week.outcome}", ""]
    lines += [f"{heading}Progress".rstrip() if markdown else "Progress:"]
    for priority in week.priorities:
        tasks = [t for t in week.tasks if t.priority_id == priority.id]
        done = sum(t.status == "done" for t in tasks)
        if tasks:
            counted = count_text(len(tasks), "task", "tasks")
            lines.append(f"{bullet}{priority.title}: {done} of {counted} done")
        else:
            lines.append(f"{bullet}{priority.title}: work not broken into tasks yet")
    if not week.priorities:
        lines.append(f"{bullet}No priorities set yet.")
    risks = []
    for task in week.tasks:
        if task.status == "done":
            continue
        if task.due_day is not None and week.week_start + dt.timedelta(task.due_day) < today:
            owner = me if task.owned_by_me else owner_name(task, people)
            risks.append(f"{task.title} ({owner}) is late")
    risks += blockers
    if week.set_asides:
        lines += ["", f"{heading}Set aside this week" if markdown else "Set aside this week:"]
        lines += [f"{bullet}{line}" for line in set_aside_lines(week)]
    if changes:
        title = "Changes since the plan was confirmed"
        lines += ["", f"{heading}{title}" if markdown else f"{title}:"]
        lines += [f"{bullet}{line}" for line in changes]
    lines += ["", f"{heading}Risks" if markdown else "Risks:"]
    lines += [f"{bullet}{risk}" for risk in risks] or [f"{bullet}None right now."]
    if week.touchpoints:
        title = "Expectations checked this week"
        lines += ["", f"{heading}{title}" if markdown else f"{title}:"]
        lines += [f"{bullet}{line}" for line in touchpoint_lines(week)]
    if week.decisions:
        lines += [
            "",
            f"{heading}Decisions made this week" if markdown else "Decisions made this week:",
        ]
        lines += [f"{bullet}{line}" for line in decision_lines(week, people)]
    if week.decisions_needed:
        lines += ["", f"{heading}{DECISIONS_NEEDED}" if markdown else f"{DECISIONS_NEEDED}:"]
        lines += [f"{bullet}{line}" for line in decision_needed_lines(week)]
    remaining = [t for t in week.tasks if t.status != "done"]
    remaining.sort(key=lambda t: (t.due_day is None, t.due_day or 0))
    lines += ["", f"{heading}Next milestone" if markdown else "Next milestone:"]
    if remaining:
        first = remaining[0]
        when = DAY_NAMES[first.due_day] if first.due_day is not None else "this week"
        lines.append(f"{bullet}{first.title}, due {when}")
    else:
        lines.append(f"{bullet}Everything planned this week is done.")
    if signed_by.strip():
        lines += ["", f"— {signed_by.strip()}"]
    return "\n".join(lines).strip() + "\n"


def without_empty_sections(text: str) -> str:
    """The Markdown update without headings that have nothing under them (before the
    next heading or the end), as it is shown and copied."""
    lines = text.splitlines()
    kept: list[str] = []
    for index, line in enumerate(lines):
        if line.startswith("## "):
            following = next((n for n in lines[index + 1 :] if n.strip()), None)
            if following is None or following.startswith("## "):
                while kept and not kept[-1].strip():
                    kept.pop()  # the blank line that led into it goes too
                continue
        kept.append(line)
    return "\n".join(kept).strip() + "\n" if kept else ""


def set_aside_fate(record: SetAside) -> str:
    """What happened to a set-aside priority's tasks, in a few words."""
    count = record.task_count
    tasks = "1 task" if count == 1 else f"{count} tasks"
    return {
        "moved": f"its {tasks} moved to the new priority",
        "carried": f"its {tasks} carried to next week",
        "dropped": f"its {tasks} dropped",
    }.get(record.tasks_went, "it had no open tasks")


def set_aside_lines(week: WeekPlan) -> list[str]:
    """One sentence per priority set aside this week, for drafts and exports."""
    return [
        f"{r.title} — set aside {day_month(r.set_aside_at.date())}"
        + (f" for “{r.replaced_by}”" if r.replaced_by else "")
        + f"{': ' + r.why if r.why else ''}; {set_aside_fate(r)}"
        for r in week.set_asides
    ]


def markdown_to_plain(text: str) -> str:
    """Strip the few Markdown marks the drafts use, for pasting into plain email."""
    lines = []
    for line in text.splitlines():
        if line.startswith("## "):
            line = line[3:] + ":" if not line.startswith("## Update") else line[3:]
        elif line.startswith("- "):
            line = "• " + line[2:]
        lines.append(line)
    return "\n".join(lines) + "\n"
