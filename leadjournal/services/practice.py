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
from pathlib import Path
from typing import TYPE_CHECKING, Any

from leadjournal.errors import JournalError
from leadjournal.paths import resources_dir

if TYPE_CHECKING:
    from leadjournal.db.repositories.practice import PracticeRepository

KINDS = ("lead", "manage")
CYCLE_DAYS = 14
LEAD_SIGNALS = (
    ("confused", "Confused about goals or priorities"),
    ("low_energy", "Low energy or morale"),
    ("resisting", "Resisting a change"),
)
MANAGE_SIGNALS = (
    ("chaotic", "Chaotic: unclear who does what, by when"),
    ("inconsistent", "Inconsistent quality or follow-through"),
    ("firefighting", "Firefighting instead of planned work"),
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
    return Behaviour(
        entry["key"],
        entry["kind"],
        entry["title"],
        entry["description"],
        entry["done_today"],
        tuple(helps),
    )


# --- the 14-day grid ------------------------------------------------------------------------

DONE, SKIPPED, MISSED, FUTURE, OFF, OPEN = "done", "skipped", "missed", "future", "off", "open"


def cycle_days(started_on: dt.date, length_days: int = CYCLE_DAYS) -> list[dt.date]:
    return [started_on + dt.timedelta(days=offset) for offset in range(length_days)]


def is_eligible(day: dt.date, working_days_only: bool) -> bool:
    return not (working_days_only and day.weekday() >= 5)


def day_state(day: dt.date, today: dt.date, tick_state: str | None, working_days_only: bool) -> str:
    """What one cell shows: done / skipped (ticked), off (weekend in a working-days cycle),
    missed (an eligible day that passed without a tick), open (today, not yet ticked),
    or future."""
    if not is_eligible(day, working_days_only):
        return OFF
    if tick_state in (DONE, SKIPPED):
        return tick_state
    if day < today:
        return MISSED
    return OPEN if day == today else FUTURE


@dataclass(frozen=True)
class Progress:
    adherence: float | None  # done ÷ eligible days so far; None before any such day
    streak: int  # done days in a row, skipped days forgiven, a missed day ends it
    done: int
    eligible_so_far: int


def progress(
    days: Sequence[dt.date], ticks: Mapping[dt.date, str], today: dt.date, working_days_only: bool
) -> Progress:
    """Adherence and the forgiving streak for one behaviour of a cycle.

    Days count once they have passed; today counts only once it is ticked, so the
    figure does not drop every morning.
    """
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


# Why a day of the grid can't be ticked.
OUTSIDE_CYCLE, DAY_OFF, NOT_YET = "outside_cycle", "day_off", "not_yet"


def tick_refusal(
    day: dt.date, today: dt.date, started_on: dt.date, length_days: int, working_days_only: bool
) -> str | None:
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
    return ticks == 0 or status == "ended"


def delete_cycle(practice: PracticeRepository, cycle_id: int) -> None:
    """Delete a cycle and its ticks if :func:`may_delete_cycle` allows it."""
    cycle = practice.cycle(cycle_id)
    if cycle is None:
        return
    if not may_delete_cycle(cycle.status, len(cycle.ticks)):
        raise CycleKeptError(
            "This cycle ran with ticks, so it stays in your history; end it early first "
            "if you want to remove it."
            if cycle.status == "active"
            else "A cycle that ran its two weeks stays in your history."
        )
    practice.delete_cycle(cycle_id)


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
        if self.lead == self.manage == 0:
            return "Nothing flagged: keep the rhythm of the week."
        if self.score > 0:
            return "Lean into leading: direction, the why, and the people."
        if self.score < 0:
            return "Lean into managing: owners, dates and follow-through."
        return "Both at once: one leading move and one managing move this week."


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
