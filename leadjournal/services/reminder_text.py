"""What a reminder is and how it reads: kept apart from the schedule (and its storage
imports) so the window's reminder banner costs nothing at start-up."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from leadjournal.i18n import QT_TRANSLATE_NOOP, tr
from leadjournal.text import day_month, weekday_short

# Labels marked for the translation catalogue; translated with ``tr`` where shown.
SNOOZE_CHOICES = (
    (QT_TRANSLATE_NOOP("", "10 min"), 10),
    (QT_TRANSLATE_NOOP("", "1 hour"), 60),
    (QT_TRANSLATE_NOOP("", "Tomorrow"), None),
)


@dataclass(frozen=True)
class Reminder:
    key: str  # stable per occurrence: the log uses it so none fires twice
    kind: str
    due: dt.datetime  # local wall-clock time (after quiet hours)
    title: str
    body: str
    link: str


def describe_when(due: dt.datetime, now: dt.datetime) -> str:
    """ "today 15:00", "tomorrow 09:00", "Mon 09:00", "3 Dec 09:00"."""
    days = (due.date() - now.date()).days
    if days == 0:
        return tr("today {0}").format(f"{due:%H:%M}")
    if days == 1:
        return tr("tomorrow {0}").format(f"{due:%H:%M}")
    if 1 < days < 7:
        return f"{weekday_short(due.date())} {due:%H:%M}"
    return f"{day_month(due.date())} {due:%H:%M}"


def group_text(reminders: Iterable[Reminder]) -> str:
    return "\n".join(
        f"• {r.title} ({weekday_short(r.due.date())} {r.due:%H:%M})" for r in reminders
    )


def banner_expired(shown_on: dt.date, today: dt.date) -> bool:
    """Whether what the banner shows has had its day: a reminder (a missed one above all)
    is shown on the day it comes to the window and goes when that day is over, dismissed
    or not. Its log entry stays, so it never comes back."""
    return today > shown_on
