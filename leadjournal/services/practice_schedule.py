"""How often a practice behaviour is asked for: every day, some times a week, or once a
week on a chosen day — the schedule, stored as text, and what it asks of a run of days."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from leadjournal.db.models import PracticeCycle
from leadjournal.i18n import QT_TRANSLATE_NOOP

WEEKDAYS = (
    QT_TRANSLATE_NOOP("", "Monday"),
    QT_TRANSLATE_NOOP("", "Tuesday"),
    QT_TRANSLATE_NOOP("", "Wednesday"),
    QT_TRANSLATE_NOOP("", "Thursday"),
    QT_TRANSLATE_NOOP("", "Friday"),
    QT_TRANSLATE_NOOP("", "Saturday"),
    QT_TRANSLATE_NOOP("", "Sunday"),
)


@dataclass(frozen=True)
class Schedule:
    """How often a behaviour is practised: every day, some times a week, or once a week
    on a chosen day. A weekly coaching conversation is not a daily habit, and counting it
    against every day would call a perfect fortnight 20%.

    Stored as text: ``daily``, ``times:3`` (three times a week, any days) or ``weekly:2``
    (once a week, on Wednesday; 0 is Monday).
    """

    times_a_week: int = 0  # 0: every day
    weekday: int | None = None  # once a week on this day

    @property
    def daily(self) -> bool:
        return self.times_a_week == 0 and self.weekday is None

    def __str__(self) -> str:
        if self.weekday is not None:
            return f"weekly:{self.weekday}"
        return f"times:{self.times_a_week}" if self.times_a_week else "daily"

    @classmethod
    def parse(cls, text: str) -> Schedule:
        """The schedule ``text`` names; ValueError if it names none."""
        kind, _, number = text.partition(":")
        if kind == "daily" and not number:
            return DAILY
        if kind in ("times", "weekly") and number.isdigit():
            value = int(number)
            if kind == "times" and 1 <= value <= 6:
                return cls(times_a_week=value)
            if kind == "weekly" and 0 <= value <= 6:
                return cls(weekday=value)
        raise ValueError(f"“{text}” is not a practice schedule")

    @classmethod
    def stored(cls, text: str) -> Schedule:
        """The schedule kept in the journal; anything unreadable counts as every day."""
        try:
            return cls.parse(text)
        except ValueError:
            return DAILY


DAILY = Schedule()
# The choices offered when a cycle starts or a behaviour is written.
SCHEDULE_CHOICES = (
    DAILY,
    Schedule(times_a_week=1),
    Schedule(times_a_week=2),
    Schedule(times_a_week=3),
    *(Schedule(weekday=day) for day in range(7)),
)


def is_eligible(day: dt.date, working_days_only: bool) -> bool:
    return not (working_days_only and day.weekday() >= 5)


def cycle_weeks(days: Sequence[dt.date]) -> list[Sequence[dt.date]]:
    """The cycle's days in runs of seven from its first day (the last may be shorter)."""
    return [days[start : start + 7] for start in range(0, len(days), 7)]


def asked_in(week: Sequence[dt.date], schedule: Schedule, working_days_only: bool) -> int:
    """How many times ``schedule`` asks for the behaviour in ``week`` (a run of days)."""
    eligible = [day for day in week if is_eligible(day, working_days_only)]
    if not eligible:
        return 0
    if schedule.weekday is not None:
        # Once a week: a short last run asks only if it holds the planned day.
        return 1 if len(week) == 7 or any(d.weekday() == schedule.weekday for d in week) else 0
    share = -(-schedule.times_a_week * len(week) // 7)  # a short run asks its share, rounded up
    return min(share, len(eligible))


def cycle_schedule(cycle: PracticeCycle, behaviour: str) -> Schedule:
    """How often ``cycle`` asks for its ``behaviour`` (lead / manage)."""
    return Schedule.stored(cycle.lead_schedule if behaviour == "lead" else cycle.manage_schedule)
