"""What a section of a person's page (and the one-on-one prep) may ask of its tab."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Protocol

from leadjournal.services.coaching import CoachingLog
from leadjournal.ui.saving import Autosaver


class CoachingContext(Protocol):
    """The Coaching Log tab as its sections see it."""

    log: CoachingLog  # every read and write of the journal goes through this service
    autosave: Autosaver
    today: Callable[[], dt.date]
    confirm: Callable[[str, str], bool]

    def flush_pending_edits(self) -> None: ...

    def record_changed(self) -> None:
        """A record was added, closed or removed: the header and other sections refresh."""

    def next_meeting_time(self) -> dt.datetime: ...

    def prepare_one_on_one(self, meeting_on: dt.date | None = None) -> None: ...

    def export_agenda(self, person_name: str, when: dt.datetime, lines: list[str]) -> None: ...
