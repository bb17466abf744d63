"""What the week brings to a person's timeline: the blockers they raised (and when each
was resolved) and the tasks of theirs that slipped, worded like the other entries."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from leadjournal.db.enums import SlipDecision
from leadjournal.db.models import Blocker, Task
from leadjournal.i18n import QT_TRANSLATE_NOOP, tr, tr_n
from leadjournal.services.blockers import blocker_summary
from leadjournal.services.week_changes import slip_reason_text
from leadjournal.text import day_month

# What Friday decided for a slipped task, as the timeline says it (marked; tr where shown).
DECISION_WORDS: dict[str, str] = {
    SlipDecision.CARRY_OVER: QT_TRANSLATE_NOOP("", "carried to next week"),
    SlipDecision.RESCOPE: QT_TRANSLATE_NOOP("", "re-scoped"),
    SlipDecision.DROP: QT_TRANSLATE_NOOP("", "dropped"),
}


def blocker_rows(blockers: Iterable[Blocker]) -> list[tuple[dt.date, str, str, str, int]]:
    """(day, kind, title, detail, blocker id): one row when a blocker was raised and
    another when it was resolved."""
    rows = []
    for blocker in blockers:
        what = blocker.what.strip()
        if not what:
            continue
        if blocker.resolved_on is None:
            status = tr("Still open")
        else:
            status = tr("Resolved on {0}").format(day_month(blocker.resolved_on))
        rows.append(
            (
                blocker.raised_on,
                "blocker",
                tr("Blocked: {0}").format(blocker_summary(blocker)),
                status,
                blocker.id,
            )
        )
        if blocker.resolved_on is not None:
            days = (blocker.resolved_on - blocker.raised_on).days
            rows.append(
                (
                    blocker.resolved_on,
                    "blocker",
                    tr("Unblocked: {0}").format(what),
                    tr_n("Blocked for %n days", days, "Blocked for %n day")
                    if days
                    else tr("Resolved the same day"),
                    blocker.id,
                )
            )
    return rows


def slipped_rows(
    slipped: Iterable[tuple[dt.date, Task]], today: dt.date
) -> list[tuple[dt.date, str, str, str, int]]:
    """(day, kind, title, detail, task id) for each task of theirs that slipped, on the
    Friday of its week (today, while that Friday is still to come)."""
    rows = []
    for week_start, task in slipped:
        parts = [tr("Week of {0}").format(day_month(week_start))]
        reason = slip_reason_text(task)
        parts.append(reason if reason else tr("no reason given"))
        if task.slip_decision in DECISION_WORDS:
            parts.append(tr(DECISION_WORDS[task.slip_decision]))
        friday = min(week_start + dt.timedelta(days=4), today)
        rows.append((friday, "slipped", task.title.strip(), " · ".join(parts), task.id))
    return rows
