"""What the first run asks once: the user's name, their team, working days, reminder times.

Stored as journal settings (:mod:`leadjournal.services.settings`) so the rest of the app
(reminders, the Today panel) reads one place; defaults apply until the user changes them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from leadjournal.i18n import QT_TRANSLATE_NOOP
from leadjournal.services.weekly_loop import Step

if TYPE_CHECKING:  # keeps the first-run window free of SQLAlchemy imports
    from leadjournal.db.repositories import Repositories

DEFAULT_WORKING_DAYS = (0, 1, 2, 3, 4)  # Monday to Friday
DAY_NAMES = (
    QT_TRANSLATE_NOOP("", "Monday"),
    QT_TRANSLATE_NOOP("", "Tuesday"),
    QT_TRANSLATE_NOOP("", "Wednesday"),
    QT_TRANSLATE_NOOP("", "Thursday"),
    QT_TRANSLATE_NOOP("", "Friday"),
    QT_TRANSLATE_NOOP("", "Saturday"),
    QT_TRANSLATE_NOOP("", "Sunday"),
)


@dataclass(frozen=True)
class ReminderDefault:
    key: str
    # Both marked for the translation catalogue: translate with ``tr`` where shown.
    label: str  # with its day, for the first run
    title: str  # without it, for the reminder itself and the Settings dialog
    day: int | None  # weekday, or None for every working day / relative reminders
    time: str  # "HH:MM"
    step: Step | None = None  # the Weekly Plan step it opens (None: not a step)


# The weekly loop's reminders, in the order of the week; more kinds arrive with the tray.
LOOP_REMINDERS = (
    ReminderDefault(
        "direction",
        QT_TRANSLATE_NOOP("", "Monday: set the week's direction"),
        QT_TRANSLATE_NOOP("", "Set the week's direction"),
        0,
        "09:00",
        Step.DIRECTION,
    ),
    ReminderDefault(
        "checkin",
        QT_TRANSLATE_NOOP("", "Tuesday: 15-minute check-in"),
        QT_TRANSLATE_NOOP("", "15-minute check-in"),
        1,
        "10:00",
        Step.CHECKIN,
    ),
    ReminderDefault(
        "coaching",
        QT_TRANSLATE_NOOP("", "Wednesday: coach one person, improve one system"),
        QT_TRANSLATE_NOOP("", "Coach one person, improve one system"),
        2,
        "14:00",
        Step.IMPROVE,
    ),
    ReminderDefault(
        "stakeholders",
        QT_TRANSLATE_NOOP("", "Thursday: update your stakeholders"),
        QT_TRANSLATE_NOOP("", "Update your stakeholders"),
        3,
        "11:00",
        Step.ALIGN,
    ),
    ReminderDefault(
        "review",
        QT_TRANSLATE_NOOP("", "Friday: review and reset"),
        QT_TRANSLATE_NOOP("", "Review and reset"),
        4,
        "15:00",
        Step.REVIEW,
    ),
    ReminderDefault(
        "practice",
        QT_TRANSLATE_NOOP("", "Every working day: tick today's practice"),
        QT_TRANSLATE_NOOP("", "Tick today's practice"),
        None,
        "17:00",
    ),
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


def team_names(text: str) -> list[str]:
    """One name per line (or comma-separated), trimmed, no repeats."""
    names: list[str] = []
    for raw in text.replace(",", "\n").splitlines():
        name = " ".join(raw.split())
        if name and name.lower() not in {n.lower() for n in names}:
            names.append(name)
    return names


def save_answers(repos: Repositories, answers: FirstRunAnswers) -> None:
    """Store the answers, all or nothing; people already in the journal are not added twice."""
    # Imported here: the settings service builds on this module's defaults, and the
    # first-run window opens before any storage code is loaded.
    from leadjournal.services.settings import JournalSettings

    settings = JournalSettings.of(repos)
    with repos.unit_of_work():
        if answers.name.strip():
            settings.user_name = answers.name.strip()
        settings.working_days = answers.working_days
        reminders = settings.reminders  # keeps what the Settings dialog moved
        for key, value in answers.reminders.items():
            if key in reminders:
                reminders[key].update(value)
        settings.reminders = reminders
        settings.welcome_done = True
        for name in answers.team:
            if repos.people.find_by_name(name) is None:
                repos.people.add(name)


def answers_from_journal(repos: Repositories) -> FirstRunAnswers:
    """The current settings as answers, to edit them again from Help."""
    from leadjournal.services.settings import JournalSettings

    settings = JournalSettings.of(repos)
    return FirstRunAnswers(
        name=settings.user_name,
        team=[],
        working_days=settings.working_days,
        reminders=settings.reminders,
    )


def describe_days(days: Iterable[int], names: Mapping[int, str] | None = None) -> str:
    labels = names or dict(enumerate(DAY_NAMES))
    return ", ".join(labels[d] for d in sorted(days))
