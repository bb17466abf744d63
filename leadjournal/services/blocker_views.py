"""Where open blockers and due next actions are shown besides the check-in: the Today
panel's lines and the one-on-one preparation's agenda lines."""

from __future__ import annotations

import datetime as dt

from leadjournal.db.enums import AgendaSource
from leadjournal.db.models import Blocker
from leadjournal.db.repositories import Repositories
from leadjournal.i18n import QT_TRANSLATE_NOOP, tr, tr_n
from leadjournal.services.blockers import blocker_summary, short_day
from leadjournal.services.coaching import AgendaLine
from leadjournal.services.today import Overdue
from leadjournal.services.weekly_loop import Step, week_link
from leadjournal.services.weeks import week_start_of

# How far back the Today panel looks for a next action nobody said happened.
NEXT_ACTION_LOOKBACK = dt.timedelta(days=7)
# More open blockers than this make one line in the Today panel, not one each.
MAX_BLOCKER_LINES = 3


def today_items(repos: Repositories, today: dt.date) -> list[Overdue]:
    """Open blockers of people on the team (and the user's), and next actions due."""
    people = {p.id: p.name for p in repos.people.list()}
    link = week_link(week_start_of(today), Step.CHECKIN)
    items: list[Overdue] = []
    shown = [b for b in repos.blockers.open() if b.person_id is None or b.person_id in people]
    if len(shown) > MAX_BLOCKER_LINES:
        # Many at once: one line that says whose, the check-in lists them all.
        by_person: dict[str, int] = {}
        for blocker in shown:
            who = tr("Me") if blocker.person_id is None else people[blocker.person_id]
            by_person[who] = by_person.get(who, 0) + 1
        names = ", ".join(
            name if count == 1 else tr("{0} ({1})").format(name, count)
            for name, count in by_person.items()
        )
        items.append(
            Overdue(
                QT_TRANSLATE_NOOP("", "{0} still open: {1}"),
                link,
                (tr_n("%n blockers", len(shown), "%n blocker"), names),
            )
        )
        shown = []
    # One line a person: a blocker raised again reads as one, the newest words first.
    by_whom: dict[int | None, list[Blocker]] = {}
    for blocker in sorted(shown, key=lambda b: (b.raised_on, b.id)):
        by_whom.setdefault(blocker.person_id, []).append(blocker)
    for person_id, theirs in by_whom.items():
        who = tr("Me") if person_id is None else people[person_id]
        summary = blocker_summary(theirs[-1])
        if len(theirs) > 1:
            summary += " " + tr_n("(and %n more)", len(theirs) - 1, "(and %n more)")
        items.append(
            Overdue(
                QT_TRANSLATE_NOOP("", "{0}: blocked since {1} — {2}"),
                link,
                (who, short_day(theirs[0].raised_on), summary),
            )
        )
    due = repos.blockers.next_actions_due(today - NEXT_ACTION_LOOKBACK, today)
    for checkin in due:
        if checkin.person_id is not None and checkin.person_id not in people:
            continue
        assert checkin.next_action_due is not None
        today_due = checkin.next_action_due == today
        if checkin.person_id is None:
            who = ""
            template = (
                QT_TRANSLATE_NOOP("", "Your next step is due today: {1}")
                if today_due
                else QT_TRANSLATE_NOOP("", "Your next step was due {2}: {1} — did it happen?")
            )
        else:
            who = people[checkin.person_id]
            template = (
                QT_TRANSLATE_NOOP("", "{0}'s next step is due today: {1}")
                if today_due
                else QT_TRANSLATE_NOOP("", "{0}'s next step was due {2}: {1} — did it happen?")
            )
        items.append(
            Overdue(
                template,
                link,
                (who, checkin.next_action.strip(), short_day(checkin.next_action_due)),
            )
        )
    return items


def agenda_lines(repos: Repositories, person_id: int, meeting_on: dt.date) -> list[AgendaLine]:
    """What the one-on-one should follow up: open blockers and the latest next action."""
    lines = [
        AgendaLine(
            AgendaSource.BLOCKER,
            tr("Blocked since {0}: {1} — still in the way?").format(
                short_day(blocker.raised_on), blocker_summary(blocker)
            ),
        )
        for blocker in repos.blockers.open(person_id)
        if blocker.raised_on <= meeting_on
    ]
    latest = repos.blockers.last_next_action(
        person_id, week_start_of(meeting_on) + dt.timedelta(days=7)
    )
    if latest is not None and latest[0].next_action_happened is None:
        checkin = latest[0]
        due = checkin.next_action_due
        text = (
            tr("Next step from the check-in (due {0}): {1} — did it happen?").format(
                short_day(due), checkin.next_action.strip()
            )
            if due is not None
            else tr("Next step from the check-in: {0} — did it happen?").format(
                checkin.next_action.strip()
            )
        )
        lines.append(AgendaLine(AgendaSource.ACTION, text))
    return lines
