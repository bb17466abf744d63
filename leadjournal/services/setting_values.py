"""Reading settings that may hold anything (an old version, a hand-edited or imported
file): each helper returns the value when it has the right shape, else the default.

And the shapes of the known settings, checked when a JSON export is imported: a setting
of the wrong shape is skipped, and settings that belong to this computer (such as the
second backup folder) are never taken from a file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

# Working state of this computer, never exported or imported.
NOT_TRANSFERRED = frozenset({"reminders_last_seen", "reminders_paused_on"})
LOOP_KEYS = frozenset({"direction", "checkin", "coaching", "stakeholders", "review", "practice"})


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


def _is_time(value: object) -> bool:
    return clock_time(value, "") != ""


def _is_date(value: object) -> bool:
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
            "time": _is_time,
            "day": lambda v: _is_int(v, 0, 6),
        },
    )


def _reminders(value: object) -> bool:
    return isinstance(value, dict) and all(
        key in LOOP_KEYS and _loop_entry(entry) for key, entry in value.items()
    )


def _working_days(value: object) -> bool:
    return isinstance(value, list) and bool(value) and all(_is_int(d, 0, 6) for d in value)


def _is_bool(value: object) -> bool:
    return isinstance(value, bool)


def _reminder_options(value: object) -> bool:
    quiet = {"enabled": _is_bool, "start": _is_time, "end": _is_time}
    return _has_shape(
        value,
        {
            "prep_enabled": _is_bool,
            "prep_minutes": lambda v: _is_int(v, 1, 24 * 60),
            "plans_enabled": _is_bool,
            "feedback_enabled": _is_bool,
            "followups_at": _is_time,
            "quiet_hours": lambda v: _has_shape(v, quiet),
        },
    )


def _backups(value: object) -> bool:
    return _has_shape(
        value,
        {
            "keep_daily": lambda v: _is_int(v, 1, 3650),
            "keep_weekly": lambda v: _is_int(v, 0, 520),
            "second_folder": lambda v: v is None or isinstance(v, str),
        },
    )


def _privacy(value: object) -> bool:
    return _has_shape(
        value, {"lock_when_idle": _is_bool, "idle_minutes": lambda v: _is_int(v, 1, 24 * 60)}
    )


KNOWN_SHAPES: dict[str, Callable[[object], bool]] = {
    "user_name": lambda v: isinstance(v, str),
    "journal_started_on": _is_date,
    "welcome_done": _is_bool,
    "working_days": _working_days,
    "reminders": _reminders,
    "reminder_options": _reminder_options,
    "backups": _backups,
    "privacy": _privacy,
    "tray_note_shown": _is_bool,
    "close_without_tray": lambda v: v is None or isinstance(v, str),
}
# Parts of a setting that belong to this computer: kept as they are here on import.
MACHINE_SPECIFIC = {"backups": ("second_folder",)}


def imported_setting(key: str, value: object, current: object) -> tuple[object, str | None]:
    """What to store for the imported setting ``key`` (``current``: what this journal
    holds now, or None), and a note when it was skipped or changed; the value is None
    when nothing should be stored."""
    if key in NOT_TRANSFERRED:
        return None, None
    check = KNOWN_SHAPES.get(key)
    if check is None:
        return None, f"the setting “{key}” is not one LeadJournal knows, so it was skipped"
    if not check(value):
        return None, f"the setting “{key}” does not have the right shape, so it was skipped"
    local = MACHINE_SPECIFIC.get(key)
    if local and isinstance(value, dict):
        here = as_dict(current)
        value = {**value, **{name: here.get(name) for name in local}}
    return value, None
