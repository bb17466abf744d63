"""Two-week practice cycles: the behaviour catalogue, the daily grid, adherence and streaks,
and the weekly lead-or-manage self-check.

All dates here are calendar dates, so a cycle is the same 14 cells whatever the clock
does (daylight saving, time zones); "today" comes from the caller.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, Unpack

from leadjournal.db.enums import PracticeCycleStatus, TickState
from leadjournal.db.models import (
    CustomBehaviour,
    PracticeCycle,
    TeamCheck,
)
from leadjournal.db.repositories import Repositories
from leadjournal.db.repositories.practice import CheckFields, ReflectionFields
from leadjournal.errors import JournalError
from leadjournal.i18n import QT_TRANSLATE_NOOP
from leadjournal.paths import resources_dir
from leadjournal.services.practice_schedule import (
    DAILY,
    Schedule,
    asked_in,
    cycle_schedule,
    cycle_weeks,
    is_eligible,
)

KINDS = ("lead", "manage")
CYCLE_DAYS = 14
LEAD_SIGNALS = (
    ("confused", QT_TRANSLATE_NOOP("", "Confused about goals or priorities")),
    ("low_energy", QT_TRANSLATE_NOOP("", "Low energy or morale")),
    ("resisting", QT_TRANSLATE_NOOP("", "Resisting a change")),
)
MANAGE_SIGNALS = (
    ("chaotic", QT_TRANSLATE_NOOP("", "Chaotic: unclear who does what, by when")),
    ("inconsistent", QT_TRANSLATE_NOOP("", "Inconsistent quality or follow-through")),
    ("firefighting", QT_TRANSLATE_NOOP("", "Firefighting instead of planned work")),
)
SIGNALS = LEAD_SIGNALS + MANAGE_SIGNALS


class CatalogueError(JournalError):
    """The behaviour catalogue could not be read."""


@dataclass(frozen=True)
class Behaviour:
    key: str
    kind: str  # lead / manage
    title: str
    description: str
    done_today: str
    helps_with: tuple[str, ...] = ()
    schedule: Schedule = DAILY  # how often it is naturally practised


def load_catalogue(path: Path | None = None) -> list[Behaviour]:
    """Read and check the built-in catalogue; any problem is one plain sentence."""
    path = path or resources_dir() / "practice" / "catalogue.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise CatalogueError(f"The practice catalogue {path.name} could not be read.") from error
    entries = data.get("behaviours") if isinstance(data, dict) else None
    if not isinstance(entries, list) or not entries:
        raise CatalogueError("The practice catalogue has no behaviours.")
    behaviours: list[Behaviour] = []
    seen: set[str] = set()
    signal_names = {name for name, _label in SIGNALS}
    for number, entry in enumerate(entries, start=1):
        behaviours.append(_checked_behaviour(entry, number, seen, signal_names))
    for kind in KINDS:
        if not any(b.kind == kind for b in behaviours):
            raise CatalogueError(f"The practice catalogue has no {kind} behaviours.")
    return behaviours


def _checked_behaviour(
    entry: Any, number: int, seen: set[str], signal_names: set[str]
) -> Behaviour:
    where = f"Practice catalogue entry {number}"
    if not isinstance(entry, dict):
        raise CatalogueError(f"{where} is not an object.")
    for field in ("key", "kind", "title", "description", "done_today"):
        if not isinstance(entry.get(field), str) or not entry[field].strip():
            raise CatalogueError(f"{where} needs a non-empty “{field}”.")
    if entry["kind"] not in KINDS:
        raise CatalogueError(f"{where} has kind “{entry['kind']}”; use lead or manage.")
    if entry["key"] in seen:
        raise CatalogueError(f"{where} repeats the key “{entry['key']}”.")
    seen.add(entry["key"])
    helps = entry.get("helps_with", [])
    if not isinstance(helps, list) or any(h not in signal_names for h in helps):
        raise CatalogueError(f"{where} names an unknown team signal in “helps_with”.")
    try:
        schedule = Schedule.parse(entry.get("schedule", "daily"))
    except (ValueError, AttributeError) as error:
        raise CatalogueError(
            f"{where} has an unknown “schedule”; use daily, times:N or weekly:DAY."
        ) from error
    return Behaviour(
        entry["key"],
        entry["kind"],
        entry["title"],
        entry["description"],
        entry["done_today"],
        tuple(helps),
        schedule,
    )


# --- the 14-day grid ------------------------------------------------------------------------


class DayState(StrEnum):
    """What one cell of the grid shows."""

    DONE = TickState.DONE
    SKIPPED = TickState.SKIPPED
    MISSED = "missed"
    FUTURE = "future"
    OFF = "off"
    OPEN = "open"
    REST = "rest"  # a past day this behaviour's schedule did not ask for
    DUE = "due"  # a day still to come that a once-a-week behaviour is planned for


DONE, SKIPPED, MISSED = DayState.DONE, DayState.SKIPPED, DayState.MISSED
FUTURE, OFF, OPEN = DayState.FUTURE, DayState.OFF, DayState.OPEN
REST, DUE = DayState.REST, DayState.DUE


def cycle_days(started_on: dt.date, length_days: int = CYCLE_DAYS) -> list[dt.date]:
    return [started_on + dt.timedelta(days=offset) for offset in range(length_days)]


def day_state(
    day: dt.date,
    today: dt.date,
    tick_state: str | None,
    working_days_only: bool,
    schedule: Schedule = DAILY,
    week_over_and_short: bool = False,
) -> DayState:
    """What one cell shows: done / skipped (ticked), off (weekend in a working-days cycle),
    missed (a day the schedule asked for that passed without a tick), rest (a past day it
    did not ask for), open (today, not yet ticked), due (a planned day still to come) or
    future.

    Every day asks for a daily behaviour. A once-a-week one asks for its day, and only
    counts as missed when its week ``week_over_and_short`` passed without it; a few-times-a-week
    one leaves the days to the person, so no single day is missed.
    """
    if not is_eligible(day, working_days_only):
        return OFF
    if tick_state in (DONE, SKIPPED):
        return DayState(tick_state)
    if day == today:
        return OPEN
    if schedule.daily:
        return MISSED if day < today else FUTURE
    planned = schedule.weekday is not None and day.weekday() == schedule.weekday
    if day > today:
        return DUE if planned else FUTURE
    return MISSED if planned and week_over_and_short else REST


@dataclass(frozen=True)
class Progress:
    adherence: float | None  # done ÷ asked for so far; None before anything was asked
    streak: int  # days (or weeks) in a row done, skips forgiven, a miss ends it
    done: int
    eligible_so_far: int  # days so far (daily), or times asked for in the weeks so far
    by_week: bool = False  # counted in weeks: a behaviour practised weekly or N times a week


def short_weeks(
    days: Sequence[dt.date],
    ticks: Mapping[dt.date, str],
    today: dt.date,
    schedule: Schedule,
    working_days_only: bool,
) -> set[dt.date]:
    """The days of weeks that are over and fell short of what ``schedule`` asked."""
    short: set[dt.date] = set()
    for week in cycle_weeks(days):
        done = sum(1 for day in week if ticks.get(day) == DONE)
        if week[-1] < today and done < asked_in(week, schedule, working_days_only):
            short.update(week)
    return short


def progress(
    days: Sequence[dt.date],
    ticks: Mapping[dt.date, str],
    today: dt.date,
    working_days_only: bool,
    schedule: Schedule = DAILY,
) -> Progress:
    """Adherence and the forgiving streak for one behaviour of a cycle, against its
    schedule.

    Daily: days count once they have passed; today counts only once it is ticked, so the
    figure does not drop every morning. Weekly or N times a week: each run of seven days
    counts once it is over or once it has what it asked for; a week that fell short only
    because of skipped days is forgiven, as a skipped day is.
    """
    if not schedule.daily:
        return _weekly_progress(days, ticks, today, working_days_only, schedule)
    states = [day_state(day, today, ticks.get(day), working_days_only) for day in days]
    counted = [
        s for d, s in zip(days, states, strict=True) if s in (DONE, SKIPPED, MISSED) and d <= today
    ]
    done = counted.count(DONE)
    adherence = done / len(counted) if counted else None
    streak = 0
    for state in reversed(counted):
        if state == MISSED:
            break
        if state == DONE:
            streak += 1
    return Progress(adherence, streak, done, len(counted))


def _weekly_progress(
    days: Sequence[dt.date],
    ticks: Mapping[dt.date, str],
    today: dt.date,
    working_days_only: bool,
    schedule: Schedule,
) -> Progress:
    asked_so_far = done_so_far = 0
    outcomes: list[DayState] = []
    for week in cycle_weeks(days):
        asked = asked_in(week, schedule, working_days_only)
        done = sum(1 for day in week if day <= today and ticks.get(day) == DONE)
        skipped = sum(1 for day in week if day <= today and ticks.get(day) == SKIPPED)
        if asked == 0 or not (week[-1] < today or done >= asked):
            continue
        asked_so_far += asked
        done_so_far += min(done, asked)
        if done >= asked:
            outcomes.append(DONE)
        else:
            outcomes.append(SKIPPED if done + skipped >= asked else MISSED)
    streak = 0
    for outcome in reversed(outcomes):
        if outcome == MISSED:
            break
        if outcome == DONE:
            streak += 1
    adherence = done_so_far / asked_so_far if asked_so_far else None
    return Progress(adherence, streak, done_so_far, asked_so_far, by_week=True)


def closed_adherence(
    cycle: PracticeCycle, done: Mapping[tuple[int, str, int], int], behaviour: str
) -> float | None:
    """Adherence of one behaviour of a finished or ended cycle, from its done days counted
    by week (``(cycle id, behaviour, week of the cycle)``), against its schedule."""
    days = cycle_days(cycle.started_on, cycle.length_days)
    end = min(cycle.ended_on or days[-1], days[-1])
    schedule = cycle_schedule(cycle, behaviour)
    asked = done_so_far = 0
    for number, week in enumerate(cycle_weeks([day for day in days if day <= end])):
        count = done.get((cycle.id, behaviour, number), 0)
        if schedule.daily:
            asked += sum(1 for day in week if is_eligible(day, cycle.working_days_only))
            done_so_far += count
        else:
            wanted = asked_in(week, schedule, cycle.working_days_only)
            asked += wanted
            done_so_far += min(count, wanted)
    return done_so_far / asked if asked else None


def cycle_end(started_on: dt.date, length_days: int = CYCLE_DAYS) -> dt.date:
    return started_on + dt.timedelta(days=length_days - 1)


def day_number(started_on: dt.date, today: dt.date) -> int:
    return (today - started_on).days + 1


def next_monday(today: dt.date) -> dt.date:
    return today + dt.timedelta(days=(7 - today.weekday()) % 7 or 7)


def first_practice_day(chosen: dt.date, working_days_only: bool) -> dt.date:
    """The day a cycle chosen to begin on ``chosen`` really begins.

    A working-days cycle started at the weekend begins on the next working day: a day
    off can't be ticked, and day 1 should be a day one can practise on. Otherwise the
    chosen day counts.
    """
    day = chosen
    while not is_eligible(day, working_days_only):
        day += dt.timedelta(days=1)
    return day


class TickRefusal(StrEnum):
    """Why a day of the grid can't be ticked."""

    OUTSIDE_CYCLE = "outside_cycle"
    DAY_OFF = "day_off"
    NOT_YET = "not_yet"


OUTSIDE_CYCLE, DAY_OFF, NOT_YET = (
    TickRefusal.OUTSIDE_CYCLE,
    TickRefusal.DAY_OFF,
    TickRefusal.NOT_YET,
)


def tick_refusal(
    day: dt.date, today: dt.date, started_on: dt.date, length_days: int, working_days_only: bool
) -> TickRefusal | None:
    """Why ``day`` can't be ticked (OUTSIDE_CYCLE, DAY_OFF, NOT_YET), or None if it can."""
    if not started_on <= day <= cycle_end(started_on, length_days):
        return OUTSIDE_CYCLE
    if not is_eligible(day, working_days_only):
        return DAY_OFF
    if day > today:
        return NOT_YET
    return None


class CycleKeptError(JournalError):
    """A cycle with ticks that ran its course (or still runs) is not deleted."""


def may_delete_cycle(status: str, ticks: int) -> bool:
    """An empty cycle (nothing ticked) or one ended early may be deleted.

    A cycle that ran its two weeks holds a look back and counts in Insights; one still
    running with ticks is ended early first, so deleting is never the first step.
    """
    return ticks == 0 or status == PracticeCycleStatus.ENDED


# --- lead or manage? ------------------------------------------------------------------------


@dataclass(frozen=True)
class Balance:
    lead: int  # signals that call for more leading
    manage: int  # signals that call for more managing

    @property
    def score(self) -> int:
        """Positive: lean into leading; negative: lean into managing."""
        return self.lead - self.manage

    @property
    def advice(self) -> str:
        """The advice, marked for the catalogue: show it with ``tr``."""
        if self.lead == self.manage == 0:
            return QT_TRANSLATE_NOOP("", "Nothing flagged: keep the rhythm of the week.")
        if self.score > 0:
            return QT_TRANSLATE_NOOP("", "Lean into leading: direction, the why, and the people.")
        if self.score < 0:
            return QT_TRANSLATE_NOOP("", "Lean into managing: owners, dates and follow-through.")
        return QT_TRANSLATE_NOOP(
            "", "Both at once: one leading move and one managing move this week."
        )


def balance(signals: Mapping[str, bool]) -> Balance:
    return Balance(
        sum(1 for name, _label in LEAD_SIGNALS if signals.get(name)),
        sum(1 for name, _label in MANAGE_SIGNALS if signals.get(name)),
    )


def suggested_moves(
    signals: Mapping[str, bool], catalogue: Iterable[Behaviour], count: int = 2
) -> list[Behaviour]:
    """Behaviours that answer the flagged signals, from the side that needs it most.

    With a tie (or nothing flagged) one leading and one managing move.
    """
    flagged = {name for name, on in signals.items() if on}
    behaviours = list(catalogue)

    def best(kind: str) -> list[Behaviour]:
        pool = [b for b in behaviours if b.kind == kind]
        return sorted(pool, key=lambda b: -len(flagged & set(b.helps_with)))

    result = balance(signals)
    if result.score > 0:
        return best("lead")[:count]
    if result.score < 0:
        return best("manage")[:count]
    return [*best("lead")[:1], *best("manage")[: count - 1]]


# --- the service the Practice tab calls ---------------------------------------------------


class CycleUnderWayError(JournalError):
    """A new cycle was started while another is still active."""


@dataclass(frozen=True)
class NewCycle:
    """A cycle about to start: its first day, its pair of ``(key, title)``, and whether
    only working days count."""

    started_on: dt.date
    lead: tuple[str, str]
    manage: tuple[str, str]
    working_days_only: bool
    lead_schedule: Schedule = DAILY
    manage_schedule: Schedule = DAILY


class PracticeService:
    """Practice cycles for the tab: one active at a time, each change one transaction."""

    def __init__(self, repositories: Repositories) -> None:
        self.repos = repositories
        self.practice = repositories.practice

    def active_cycle(self) -> PracticeCycle | None:
        return self.practice.active_cycle()

    def cycle(self, cycle_id: int) -> PracticeCycle | None:
        return self.practice.cycle(cycle_id)

    def customs(self) -> list[CustomBehaviour]:
        return self.practice.customs()

    def add_custom(
        self,
        kind: str,
        title: str,
        description: str = "",
        done_today: str = "",
        schedule: Schedule = DAILY,
    ) -> int:
        return self.practice.add_custom(kind, title, description, done_today, str(schedule))

    def start_cycle(self, new: NewCycle, end_running_on: dt.date | None = None) -> int:
        """Start ``new``. Only one cycle is active at a time: a running one is ended early
        on ``end_running_on`` in the same transaction, or, without that day, refused."""
        with self.repos.unit_of_work():
            running = self.practice.active_cycle()
            if running is not None:
                if end_running_on is None:
                    raise CycleUnderWayError(
                        "A practice cycle is already under way; end it before starting another."
                    )
                self.practice.finish_cycle(running.id, end_running_on, early=True)
            return self.practice.start_cycle(
                new.started_on,
                new.lead,
                new.manage,
                working_days_only=new.working_days_only,
                schedules=(str(new.lead_schedule), str(new.manage_schedule)),
            )

    def set_tick(
        self, cycle_id: int, behaviour: str, day: dt.date, state: TickState | None, note: str = ""
    ) -> None:
        self.practice.set_tick(cycle_id, behaviour, day, state, note)

    def end_early(self, cycle_id: int, day: dt.date) -> None:
        self.practice.finish_cycle(cycle_id, day, early=True)

    def save_reflection(self, cycle_id: int, **fields: Unpack[ReflectionFields]) -> None:
        self.practice.update_reflection(cycle_id, **fields)

    def finish_cycle(
        self,
        cycle_id: int,
        day: dt.date,
        self_feedback: Sequence[tuple[str, str]] = (),
        then: NewCycle | None = None,
    ) -> int | None:
        """Close a cycle after its look back, in one transaction.

        ``self_feedback`` — ``(kind, text)`` start/stop/continue items — is kept as the
        user's own answer in Start/Stop/Continue, linked to the cycle. With ``then`` the
        next cycle starts at once; its id is returned.
        """
        with self.repos.unit_of_work():
            if self_feedback:
                response_id = self.repos.feedback.add_response(
                    received_on=day,
                    source="self",
                    person_id=None,
                    items=[(kind, text, "practice") for kind, text in self_feedback],
                )
                self.practice.update_reflection(cycle_id, self_feedback_id=response_id)
            self.practice.finish_cycle(cycle_id, day)
            return None if then is None else self.start_cycle(then)

    def may_delete(self, cycle_id: int) -> bool:
        cycle = self.practice.cycle(cycle_id)
        return cycle is not None and may_delete_cycle(cycle.status, len(cycle.ticks))

    def delete_cycle(self, cycle_id: int) -> None:
        """Delete a cycle and its ticks if :func:`may_delete_cycle` allows it."""
        cycle = self.practice.cycle(cycle_id)
        if cycle is None:
            return
        if not may_delete_cycle(cycle.status, len(cycle.ticks)):
            raise CycleKeptError(
                "This cycle ran with ticks, so it stays in your history; end it early first "
                "if you want to remove it."
                if cycle.status == PracticeCycleStatus.ACTIVE
                else "A cycle that ran its two weeks stays in your history."
            )
        self.practice.delete_cycle(cycle_id)

    def closed_cycles(self) -> tuple[list[PracticeCycle], dict[tuple[int, str, int], int]]:
        """Closed cycles, newest first (ticks not loaded), with their done days counted by
        cycle, behaviour and week."""
        cycles = [
            c
            for c in self.practice.cycles_without_ticks()
            if c.status != PracticeCycleStatus.ACTIVE
        ]
        return cycles, (self.practice.done_counts() if cycles else {})

    # --- the weekly self-check ---------------------------------------------------------------

    def check(self, week_start: dt.date) -> TeamCheck | None:
        return self.practice.check(week_start)

    def save_check(self, week_start: dt.date, signals: Mapping[str, bool]) -> None:
        """Keep which signals the team shows this week (any not given: not shown)."""
        fields: CheckFields = {
            "confused": signals.get("confused", False),
            "low_energy": signals.get("low_energy", False),
            "resisting": signals.get("resisting", False),
            "chaotic": signals.get("chaotic", False),
            "inconsistent": signals.get("inconsistent", False),
            "firefighting": signals.get("firefighting", False),
        }
        self.practice.save_check(week_start, **fields)
