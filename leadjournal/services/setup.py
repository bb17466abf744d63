"""What the first run asks once: the user's name, their team, working days, reminder times.

Stored as journal settings so the rest of the app (reminders, the Today panel) reads one
place; defaults apply until the user changes them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # keeps the first-run window free of SQLAlchemy imports
    from leadjournal.db.repositories import Repositories

DEFAULT_WORKING_DAYS = (0, 1, 2, 3, 4)  # Monday to Friday
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class ReminderDefault:
    key: str
    label: str
    day: int | None  # weekday, or None for every working day / relative reminders
    time: str  # "HH:MM"


# The weekly loop's reminders, in the order of the week; more kinds arrive with the tray.
LOOP_REMINDERS = (
    ReminderDefault("direction", "Monday: set the week's direction", 0, "09:00"),
    ReminderDefault("checkin", "Tuesday: 15-minute check-in", 1, "10:00"),
    ReminderDefault("coaching", "Wednesday: coach one person, improve one system", 2, "14:00"),
    ReminderDefault("stakeholders", "Thursday: update your stakeholders", 3, "11:00"),
    ReminderDefault("review", "Friday: review and reset", 4, "15:00"),
    ReminderDefault("practice", "Every working day: tick today's practice", None, "17:00"),
)


@dataclass
class FirstRunAnswers:
    name: str = ""
    team: list[str] = field(default_factory=list)
    working_days: list[int] = field(default_factory=lambda: list(DEFAULT_WORKING_DAYS))
    # reminder key -> {"enabled": bool, "time": "HH:MM"}
    reminders: dict[str, dict[str, Any]] = field(default_factory=dict)


def default_reminders() -> dict[str, dict[str, Any]]:
    return {r.key: {"enabled": True, "time": r.time} for r in LOOP_REMINDERS}


def reminder_settings(repos: Repositories) -> dict[str, dict[str, Any]]:
    """The saved reminder times, with defaults for anything not set."""
    from leadjournal.services.setting_values import as_dict, clock_time, flag, whole_number

    saved = as_dict(repos.settings.get("reminders"))
    merged = default_reminders()
    for key, value in saved.items():
        if key not in merged:
            continue
        entry, default = as_dict(value), merged[key]
        # Only values of the right shape are taken; anything else keeps the default.
        default["enabled"] = flag(entry.get("enabled"), True)
        default["time"] = clock_time(entry.get("time"), default["time"])
        if "day" in entry:
            day = whole_number(entry.get("day"), -1, -1, 6)
            if day >= 0:
                default["day"] = day
    return merged


def working_days(repos: Repositories) -> list[int]:
    days = repos.settings.get("working_days")
    if isinstance(days, list) and days and all(isinstance(d, int) and 0 <= d <= 6 for d in days):
        return sorted(set(days))
    return list(DEFAULT_WORKING_DAYS)


def team_names(text: str) -> list[str]:
    """One name per line (or comma-separated), trimmed, no repeats."""
    names: list[str] = []
    for raw in text.replace(",", "\n").splitlines():
        name = " ".join(raw.split())
        if name and name.lower() not in {n.lower() for n in names}:
            names.append(name)
    return names


def save_answers(repos: Repositories, answers: FirstRunAnswers) -> None:
    """Store the answers; people already in the journal are not added twice."""
    if answers.name.strip():
        repos.settings.set("user_name", answers.name.strip())
    repos.settings.set(
        "working_days", sorted(set(answers.working_days)) or list(DEFAULT_WORKING_DAYS)
    )
    reminders = reminder_settings(repos)  # keeps what the Settings dialog moved
    for key, value in answers.reminders.items():
        if key in reminders:
            reminders[key].update(value)
    repos.settings.set("reminders", reminders)
    repos.settings.set("welcome_done", True)
    for name in answers.team:
        if repos.people.find_by_name(name) is None:
            repos.people.add(name)


def answers_from_journal(repos: Repositories) -> FirstRunAnswers:
    """The current settings as answers, to edit them again from Help."""
    return FirstRunAnswers(
        name=repos.settings.get("user_name", "") or "",
        team=[],
        working_days=working_days(repos),
        reminders=reminder_settings(repos),
    )


def describe_days(days: Iterable[int], names: Mapping[int, str] | None = None) -> str:
    labels = names or dict(enumerate(DAY_NAMES))
    return ", ".join(labels[d] for d in sorted(days))
