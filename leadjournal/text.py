"""Small text rules shared by storage and services (no database or Qt imports)."""

from __future__ import annotations

import datetime as dt

from leadjournal.i18n import QT_TRANSLATE_NOOP, tr


def split_tags(text: str) -> list[str]:
    """Comma-separated tags as stored: trimmed, lower case, no repeats, in order."""
    seen: list[str] = []
    for raw in text.split(","):
        tag = " ".join(raw.strip().lower().split())
        if tag and tag not in seen:
            seen.append(tag)
    return seen


def has_visible_text(text: str) -> bool:
    """True when ``text`` shows something: not only spaces, line breaks or invisible
    characters (zero-width spaces, joiners, direction marks, byte-order marks)."""
    import unicodedata

    return any(
        not char.isspace()
        and char not in BLANK_LOOKING
        and unicodedata.category(char) not in ("Cf", "Cc", "Zs", "Mn")
        for char in text
    )


# Letters and symbols that draw nothing although Unicode doesn't call them spaces: the
# braille blank and the Hangul fillers.
BLANK_LOOKING = frozenset("\u2800\u115f\u1160\u3164\uffa0")


def split_capture(text: str) -> tuple[str, str] | None:
    """A quick capture as (title, the rest): the first line that shows something is the
    title. None when nothing in ``text`` is visible."""
    lines = text.strip().splitlines()
    while lines and not has_visible_text(lines[0]):
        lines.pop(0)
    if not lines:
        return None
    return lines[0].strip(), "\n".join(lines[1:]).strip()


def source_text(source: str, person_name: str | None) -> str:
    """Who gave a piece of feedback, as shown anywhere. An anonymous answer never gets a
    name, whatever is passed in; this is the one place that decides."""
    if source == "anonymous":
        return tr("Anonymous")
    if source == "self":
        return tr("Me (self-feedback)")
    return person_name or tr("Someone")


# Dates read the same everywhere, in the app's language rather than the system's locale:
# "Sun 29 Nov 2026" in full, "29 Nov" where a line is short. Date fields use the same
# form (see ``ui.forms.DATE_FORMAT``). The names are fixed here and translated with the
# rest of the app, not taken from ``strftime``, whose names follow the process locale.
_WEEKDAYS = (
    QT_TRANSLATE_NOOP("", "Mon"),
    QT_TRANSLATE_NOOP("", "Tue"),
    QT_TRANSLATE_NOOP("", "Wed"),
    QT_TRANSLATE_NOOP("", "Thu"),
    QT_TRANSLATE_NOOP("", "Fri"),
    QT_TRANSLATE_NOOP("", "Sat"),
    QT_TRANSLATE_NOOP("", "Sun"),
)
_MONTHS = (
    QT_TRANSLATE_NOOP("", "Jan"),
    QT_TRANSLATE_NOOP("", "Feb"),
    QT_TRANSLATE_NOOP("", "Mar"),
    QT_TRANSLATE_NOOP("", "Apr"),
    QT_TRANSLATE_NOOP("", "May"),
    QT_TRANSLATE_NOOP("", "Jun"),
    QT_TRANSLATE_NOOP("", "Jul"),
    QT_TRANSLATE_NOOP("", "Aug"),
    QT_TRANSLATE_NOOP("", "Sep"),
    QT_TRANSLATE_NOOP("", "Oct"),
    QT_TRANSLATE_NOOP("", "Nov"),
    QT_TRANSLATE_NOOP("", "Dec"),
)


def human_date(day: dt.date) -> str:
    """A date as people read it: "Sun 29 Nov 2026"."""
    return tr("{weekday} {day} {month} {year}").format(
        weekday=tr(_WEEKDAYS[day.weekday()]),
        day=day.day,
        month=tr(_MONTHS[day.month - 1]),
        year=day.year,
    )


def weekday_short(day: dt.date) -> str:
    """The day's short name: "Sun"."""
    return tr(_WEEKDAYS[day.weekday()])


def day_month(day: dt.date) -> str:
    """The short form, where space is tight and the year is plain: "29 Nov"."""
    return tr("{day} {month}").format(day=day.day, month=tr(_MONTHS[day.month - 1]))


def month_year(day: dt.date) -> str:
    """A month on a chart's axis: "Dec 2026"."""
    return f"{tr(_MONTHS[day.month - 1])} {day.year}"


def human_date_time(when: dt.datetime) -> str:
    """A date and a time: "Sun 29 Nov 2026, 14:30"."""
    return f"{human_date(when.date())}, {when:%H:%M}"


def count_text(count: int, one: str, many: str) -> str:
    """A number and its noun, singular for one: "1 item", "2 items"."""
    return f"{count} {one if count == 1 else many}"


def hours_text(hours: float) -> str:
    """Hours without needless decimals: "2 h", "1.5 h"."""
    return tr("{0} h").format(f"{round(hours, 2):g}")
