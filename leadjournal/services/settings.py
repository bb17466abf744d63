"""Journal-wide preferences: the one place that knows each setting's key, its shape and
its default.

Values are JSON in the ``setting`` table and may hold anything (an older version, a
hand-edited or imported file): every read checks the shape with the helpers in
:mod:`leadjournal.services.setting_values` and gives the default for anything else, so
no caller sees a value of the wrong type. The rest of the app reads and writes settings
only through :class:`JournalSettings`; no other module spells a key.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from leadjournal.db.backups import DEFAULT_KEEP_DAILY, DEFAULT_KEEP_WEEKLY
from leadjournal.services import setting_values as shape
from leadjournal.services.setting_values import as_dict, clock_time, flag, whole_number
from leadjournal.services.setup import DEFAULT_WORKING_DAYS, default_reminders

if TYPE_CHECKING:
    from leadjournal.db.repositories import Repositories
    from leadjournal.db.repositories.settings import JsonValue


class SettingKey(StrEnum):
    """Every setting the journal stores, by the key it is stored under."""

    USER_NAME = "user_name"
    JOURNAL_STARTED_ON = "journal_started_on"  # ISO date, written once
    WELCOME_DONE = "welcome_done"
    WORKING_DAYS = "working_days"
    REMINDERS = "reminders"  # the weekly loop's reminders
    REMINDER_OPTIONS = "reminder_options"  # follow-ups and quiet hours
    REMINDERS_LAST_SEEN = "reminders_last_seen"
    REMINDERS_PAUSED_ON = "reminders_paused_on"
    BACKUPS = "backups"
    PRIVACY = "privacy"
    TRAY_NOTE_SHOWN = "tray_note_shown"
    CLOSE_WITHOUT_TRAY = "close_without_tray"
    APPEARANCE = "appearance"  # "system", "light" or "dark"
    WIP_LIMIT = "wip_limit"  # tasks in progress per person before a warning; 0: off


class SettingsStore(Protocol):
    """Where settings are kept: the settings repository (``repos.settings``)."""

    def get(self, key: str) -> object: ...

    def set(self, key: str, value: JsonValue) -> None: ...


# How the window looks: follow the desktop's colour scheme, or always light or dark.
APPEARANCES = ("system", "light", "dark")


@dataclass(frozen=True)
class BackupPolicy:
    keep_daily: int = DEFAULT_KEEP_DAILY
    keep_weekly: int = DEFAULT_KEEP_WEEKLY
    second_folder: Path | None = None  # e.g. a synced drive


@dataclass(frozen=True)
class IdleLock:
    enabled: bool = False
    minutes: int = 10


@dataclass(frozen=True)
class ReminderOptions:
    """Reminders beyond the weekly loop: one-on-one preparation, follow-ups, quiet hours."""

    prep_enabled: bool = True
    prep_minutes: int = 60
    plans_enabled: bool = True
    feedback_enabled: bool = True
    followups_at: dt.time = dt.time(9, 0)  # plan check-ins and feedback actions
    quiet_enabled: bool = False
    # Kept while quiet hours are off, so switching them on again finds the same times.
    quiet_start: dt.time = dt.time(21, 0)
    quiet_end: dt.time = dt.time(7, 30)


def _time(value: object, default: dt.time) -> dt.time:
    return dt.time.fromisoformat(clock_time(value, default.strftime("%H:%M")))


def _date(value: object) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _moment(value: object) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        return None


class JournalSettings:
    """Typed access to the journal's settings: ``JournalSettings.of(repos).user_name``."""

    def __init__(
        self,
        store: SettingsStore,
        together: Callable[[], AbstractContextManager[None]] = nullcontext,
    ) -> None:
        self._store = store
        self._together = together

    @classmethod
    def of(cls, repos: Repositories) -> JournalSettings:
        return cls(repos.settings, repos.unit_of_work)

    def all_at_once(self) -> AbstractContextManager[None]:
        """Settings written inside the block are stored together, in one transaction."""
        return self._together()

    def _get(self, key: SettingKey) -> object:
        return self._store.get(key.value)

    def _set(self, key: SettingKey, value: JsonValue) -> None:
        self._store.set(key.value, value)

    # --- who and when -----------------------------------------------------------------

    @property
    def user_name(self) -> str:
        value = self._get(SettingKey.USER_NAME)
        return value if isinstance(value, str) else ""

    @user_name.setter
    def user_name(self, name: str) -> None:
        self._set(SettingKey.USER_NAME, name)

    @property
    def welcome_done(self) -> bool:
        return flag(self._get(SettingKey.WELCOME_DONE), False)

    @welcome_done.setter
    def welcome_done(self, done: bool) -> None:
        self._set(SettingKey.WELCOME_DONE, done)

    @property
    def journal_started_on(self) -> dt.date | None:
        """The day the journal was created, when it was written down (see ``today``)."""
        return _date(self._get(SettingKey.JOURNAL_STARTED_ON))

    def note_journal_started(self, day: dt.date) -> None:
        """Write down the day the journal was created; a day already known is kept."""
        if self._get(SettingKey.JOURNAL_STARTED_ON) is None:
            self._set(SettingKey.JOURNAL_STARTED_ON, day.isoformat())

    @property
    def working_days(self) -> list[int]:
        days = self._get(SettingKey.WORKING_DAYS)
        if shape.working_days_shape(days):
            return sorted(set(days))
        return list(DEFAULT_WORKING_DAYS)

    @working_days.setter
    def working_days(self, days: list[int]) -> None:
        self._set(SettingKey.WORKING_DAYS, sorted(set(days)) or list(DEFAULT_WORKING_DAYS))

    # --- reminders --------------------------------------------------------------------

    @property
    def reminders(self) -> dict[str, dict[str, Any]]:
        """The weekly loop's reminders by key (``enabled``, ``time``, and ``day`` once
        moved), with the defaults for anything not set or of the wrong shape."""
        merged = default_reminders()
        for key, value in as_dict(self._get(SettingKey.REMINDERS)).items():
            if key not in merged:
                continue
            entry, default = as_dict(value), merged[key]
            default["enabled"] = flag(entry.get("enabled"), True)
            default["time"] = clock_time(entry.get("time"), default["time"])
            if "day" in entry:
                day = whole_number(entry.get("day"), -1, -1, 6)
                if day >= 0:
                    default["day"] = day
        return merged

    @reminders.setter
    def reminders(self, loop: Mapping[str, Mapping[str, Any]]) -> None:
        self._set(SettingKey.REMINDERS, {key: dict(entry) for key, entry in loop.items()})

    @property
    def reminder_options(self) -> ReminderOptions:
        saved = as_dict(self._get(SettingKey.REMINDER_OPTIONS))
        quiet = as_dict(saved.get("quiet_hours"))
        default = ReminderOptions()
        return ReminderOptions(
            prep_enabled=flag(saved.get("prep_enabled"), default.prep_enabled),
            prep_minutes=whole_number(saved.get("prep_minutes"), default.prep_minutes, 1, 24 * 60),
            plans_enabled=flag(saved.get("plans_enabled"), default.plans_enabled),
            feedback_enabled=flag(saved.get("feedback_enabled"), default.feedback_enabled),
            followups_at=_time(saved.get("followups_at"), default.followups_at),
            quiet_enabled=flag(quiet.get("enabled"), False),
            quiet_start=_time(quiet.get("start"), default.quiet_start),
            quiet_end=_time(quiet.get("end"), default.quiet_end),
        )

    @reminder_options.setter
    def reminder_options(self, options: ReminderOptions) -> None:
        self._set(
            SettingKey.REMINDER_OPTIONS,
            {
                "prep_enabled": options.prep_enabled,
                "prep_minutes": options.prep_minutes,
                "plans_enabled": options.plans_enabled,
                "feedback_enabled": options.feedback_enabled,
                "followups_at": options.followups_at.strftime("%H:%M"),
                "quiet_hours": {
                    "enabled": options.quiet_enabled,
                    "start": options.quiet_start.strftime("%H:%M"),
                    "end": options.quiet_end.strftime("%H:%M"),
                },
            },
        )

    @property
    def reminders_last_seen(self) -> dt.datetime | None:
        """When the reminder scheduler last looked (working state of this computer)."""
        return _moment(self._get(SettingKey.REMINDERS_LAST_SEEN))

    @reminders_last_seen.setter
    def reminders_last_seen(self, when: dt.datetime) -> None:
        self._set(SettingKey.REMINDERS_LAST_SEEN, when.isoformat())

    @property
    def reminders_paused_on(self) -> dt.date | None:
        """The day reminders were paused for ("no more today"), or None."""
        return _date(self._get(SettingKey.REMINDERS_PAUSED_ON))

    @reminders_paused_on.setter
    def reminders_paused_on(self, day: dt.date | None) -> None:
        self._set(SettingKey.REMINDERS_PAUSED_ON, day.isoformat() if day else None)

    # --- the tray ---------------------------------------------------------------------

    @property
    def tray_note_shown(self) -> bool:
        return flag(self._get(SettingKey.TRAY_NOTE_SHOWN), False)

    @tray_note_shown.setter
    def tray_note_shown(self, shown: bool) -> None:
        self._set(SettingKey.TRAY_NOTE_SHOWN, shown)

    @property
    def close_without_tray(self) -> str | None:
        """What closing the window does when there is no tray, once the user chose."""
        value = self._get(SettingKey.CLOSE_WITHOUT_TRAY)
        return value if isinstance(value, str) else None

    @close_without_tray.setter
    def close_without_tray(self, choice: str | None) -> None:
        self._set(SettingKey.CLOSE_WITHOUT_TRAY, choice)

    # --- appearance -------------------------------------------------------------------

    @property
    def appearance(self) -> str:
        """ "system" (follow the desktop), "light" or "dark"."""
        value = self._get(SettingKey.APPEARANCE)
        return value if value in APPEARANCES else "system"

    @appearance.setter
    def appearance(self, choice: str) -> None:
        self._set(SettingKey.APPEARANCE, choice if choice in APPEARANCES else "system")

    # --- the Tracker ------------------------------------------------------------------

    @property
    def wip_limit(self) -> int | None:
        """Tasks in progress per person before moving another one warns (None: off)."""
        limit = whole_number(self._get(SettingKey.WIP_LIMIT), 0, 0, 20)
        return limit or None

    @wip_limit.setter
    def wip_limit(self, limit: int | None) -> None:
        self._set(SettingKey.WIP_LIMIT, max(0, min(20, limit or 0)))

    # --- backups and privacy ----------------------------------------------------------

    @property
    def backups(self) -> BackupPolicy:
        """A value that is missing or of the wrong shape gives its default: backups must
        go on whatever the settings hold."""
        saved = as_dict(self._get(SettingKey.BACKUPS))
        second = saved.get("second_folder")
        return BackupPolicy(
            keep_daily=whole_number(saved.get("keep_daily"), DEFAULT_KEEP_DAILY, 1, 3650),
            keep_weekly=whole_number(saved.get("keep_weekly"), DEFAULT_KEEP_WEEKLY, 0, 520),
            second_folder=Path(second) if isinstance(second, str) and second.strip() else None,
        )

    @backups.setter
    def backups(self, policy: BackupPolicy) -> None:
        self._set(
            SettingKey.BACKUPS,
            {
                "keep_daily": max(1, policy.keep_daily),
                "keep_weekly": max(0, policy.keep_weekly),
                "second_folder": str(policy.second_folder) if policy.second_folder else None,
            },
        )

    @property
    def privacy(self) -> IdleLock:
        saved = as_dict(self._get(SettingKey.PRIVACY))
        return IdleLock(
            flag(saved.get("lock_when_idle"), False),
            whole_number(saved.get("idle_minutes"), 10, 1, 24 * 60),
        )

    @privacy.setter
    def privacy(self, lock: IdleLock) -> None:
        self._set(
            SettingKey.PRIVACY,
            {"lock_when_idle": lock.enabled, "idle_minutes": max(1, lock.minutes)},
        )


# --- export and import -----------------------------------------------------------------------

# Working state of this computer, never exported or imported.
NOT_TRANSFERRED = frozenset({SettingKey.REMINDERS_LAST_SEEN, SettingKey.REMINDERS_PAUSED_ON})
# The shape each setting must have to be taken from an imported file.
KNOWN_SHAPES: dict[str, Callable[[object], bool]] = {
    SettingKey.USER_NAME: lambda v: isinstance(v, str),
    SettingKey.JOURNAL_STARTED_ON: shape.is_date,
    SettingKey.WELCOME_DONE: shape.is_bool,
    SettingKey.WORKING_DAYS: shape.working_days_shape,
    SettingKey.REMINDERS: shape.reminders_shape,
    SettingKey.REMINDER_OPTIONS: shape.reminder_options_shape,
    SettingKey.BACKUPS: shape.backups_shape,
    SettingKey.PRIVACY: shape.privacy_shape,
    SettingKey.TRAY_NOTE_SHOWN: shape.is_bool,
    SettingKey.CLOSE_WITHOUT_TRAY: lambda v: v is None or isinstance(v, str),
    SettingKey.APPEARANCE: lambda v: v in APPEARANCES,
    SettingKey.WIP_LIMIT: lambda v: isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= 20,
}
# Parts of a setting that belong to this computer: kept as they are here on import.
MACHINE_SPECIFIC = {SettingKey.BACKUPS: ("second_folder",)}


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
    local = MACHINE_SPECIFIC.get(SettingKey(key))
    if local and isinstance(value, dict):
        here = as_dict(current)
        value = {**value, **{name: here.get(name) for name in local}}
    return value, None
