"""The one clock the app reads "now" and "today" from.

Everything that needs the date or the time asks this module, so a test (or a journey
through several weeks) can put a fake clock in place with :func:`use` and move it on,
and the window, the services and the reminders all agree on what day it is.
"""

from __future__ import annotations

import datetime as dt
import time
from typing import Protocol


class Clock(Protocol):
    def now(self) -> dt.datetime: ...
    def monotonic(self) -> float: ...


class SystemClock:
    """The computer's local wall-clock time, to the second."""

    def now(self) -> dt.datetime:
        return dt.datetime.now().replace(microsecond=0)

    def monotonic(self) -> float:
        return time.monotonic()


_current: Clock = SystemClock()


def current() -> Clock:
    """The clock in use (the system's unless a test put another in place)."""
    return _current


def use(clock: Clock | None) -> None:
    """Put ``clock`` in place for the whole app; None goes back to the system clock."""
    global _current
    _current = clock if clock is not None else SystemClock()


def now() -> dt.datetime:
    """Local wall-clock time now."""
    return _current.now()


def today() -> dt.date:
    """Today's local date."""
    return _current.now().date()
