"""The weekly loop's steps: the one definition of their order, titles and weekdays.

The Weekly Plan's step list, the Today panel, reminders, search results and links all
name a step by :class:`Step`; its value is the page's position in the step list and the
``step=`` number in a ``leadjournal:weekly-plan`` link.
"""

from __future__ import annotations

import datetime as dt
from enum import IntEnum

from leadjournal.i18n import QT_TRANSLATE_NOOP, tr


class Step(IntEnum):
    DIRECTION = 0
    PLAN = 1
    TRACKER = 2
    CHECKIN = 3
    IMPROVE = 4
    ALIGN = 5
    REVIEW = 6

    @property
    def title(self) -> str:
        """The step's name in the Weekly Plan's step list, translated."""
        return tr(_TITLES[self])

    @classmethod
    def for_day(cls, day: dt.date) -> Step:
        """Today's step: Monday sets direction … Friday reviews; the weekend looks back
        at Friday's review."""
        return _FOR_WEEKDAY[day.weekday()]


# Marked for the translation catalogue; ``Step.title`` translates at use.
_TITLES = {
    Step.DIRECTION: QT_TRANSLATE_NOOP("", "Monday · Set direction"),
    Step.PLAN: QT_TRANSLATE_NOOP("", "Monday · Plan the work"),
    Step.TRACKER: QT_TRANSLATE_NOOP("", "Tracker"),
    Step.CHECKIN: QT_TRANSLATE_NOOP("", "Tuesday · Check-in"),
    Step.IMPROVE: QT_TRANSLATE_NOOP("", "Wednesday · Improve"),
    Step.ALIGN: QT_TRANSLATE_NOOP("", "Thursday · Align"),
    Step.REVIEW: QT_TRANSLATE_NOOP("", "Friday · Review"),
}
_FOR_WEEKDAY = (
    Step.DIRECTION,
    Step.CHECKIN,
    Step.IMPROVE,
    Step.ALIGN,
    Step.REVIEW,
    Step.REVIEW,
    Step.REVIEW,
)


def week_link(week_start: dt.date, step: Step) -> str:
    """The link that opens ``step`` of the week starting ``week_start``."""
    return f"leadjournal:weekly-plan?week={week_start.isoformat()}&step={int(step)}"
