"""Reading settings that may hold anything (an old version, a hand-edited or imported
file): each reader returns the value when it has the right shape, else the default.

And the shapes of the known settings as the app writes them, checked when a JSON export
is imported (the keys and the import rules are in :mod:`leadjournal.services.settings`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any, TypeGuard

from leadjournal.services.setup import LOOP_REMINDERS

LOOP_KEYS = frozenset(reminder.key for reminder in LOOP_REMINDERS)


def as_dict(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def flag(value: object, default: bool) -> bool:
    return value if isinstance(value, bool) else default


def whole_number(value: object, default: int, lowest: int, highest: int) -> int:
    """An int within [lowest, highest]; anything else (text, a float, a bool) is the default."""
    if isinstance(value, bool) or not isinstance(value, int):
        return default
    return min(max(value, lowest), highest)


def clock_time(value: object, default: str) -> str:
    """'HH:MM' when ``value`` is a time of day written so, else ``default``."""
    if isinstance(value, str) and len(value) == 5:
        try:
            dt.time.fromisoformat(value)
        except ValueError:
            return default
        return value
    return default


# --- checks on import: True when the value has the shape the app writes ----------------


def is_time(value: object) -> bool:
    return clock_time(value, "") != ""


def is_date(value: object) -> bool:
    """An ISO date as the app writes it, "2026-11-30"."""
    if not isinstance(value, str) or len(value) != 10:
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_int(value: object, lowest: int, highest: int) -> bool:
    return not isinstance(value, bool) and isinstance(value, int) and lowest <= value <= highest


def _has_shape(value: object, fields: Mapping[str, Callable[[object], bool]]) -> bool:
    return isinstance(value, dict) and all(
        name in fields and fields[name](item) for name, item in value.items()
    )


def _loop_entry(value: object) -> bool:
    return _has_shape(
        value,
        {
            "enabled": lambda v: isinstance(v, bool),
            "time": is_time,
            "day": lambda v: _is_int(v, 0, 6),
        },
    )


def reminders_shape(value: object) -> bool:
    return isinstance(value, dict) and all(
        key in LOOP_KEYS and _loop_entry(entry) for key, entry in value.items()
    )


def working_days_shape(value: object) -> TypeGuard[list[int]]:
    return isinstance(value, list) and bool(value) and all(_is_int(d, 0, 6) for d in value)


def is_bool(value: object) -> bool:
    return isinstance(value, bool)


def reminder_options_shape(value: object) -> bool:
    quiet = {"enabled": is_bool, "start": is_time, "end": is_time}
    return _has_shape(
        value,
        {
            "prep_enabled": is_bool,
            "prep_minutes": lambda v: _is_int(v, 1, 24 * 60),
            "plans_enabled": is_bool,
            "feedback_enabled": is_bool,
            "followups_at": is_time,
            "quiet_hours": lambda v: _has_shape(v, quiet),
        },
    )


def backups_shape(value: object) -> bool:
    return _has_shape(
        value,
        {
            "keep_daily": lambda v: _is_int(v, 1, 3650),
            "keep_weekly": lambda v: _is_int(v, 0, 520),
            "second_folder": lambda v: v is None or isinstance(v, str),
        },
    )


def privacy_shape(value: object) -> bool:
    return _has_shape(
        value, {"lock_when_idle": is_bool, "idle_minutes": lambda v: _is_int(v, 1, 24 * 60)}
    )
