"""What a step's page may ask of the Weekly Plan tab that shows it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Protocol

from leadjournal.db.models import WeekPlan
from leadjournal.services.weekly_loop import Step
from leadjournal.services.weeks import WeekPlanner
from leadjournal.ui.saving import Autosaver


class WeekPageContext(Protocol):
    """The shown week, the services to change it, and the tab's few shared actions."""

    @property
    def week(self) -> WeekPlan | None:
        """The shown week as last read (None: not planned yet)."""

    @property
    def planner(self) -> WeekPlanner:
        """The weekly loop's service: every read and change a page makes goes through it."""

    @property
    def autosave(self) -> Autosaver:
        """Saves typing a moment after it stops (flushed when the user moves on)."""

    @property
    def people(self) -> Mapping[int, str]:
        """Everyone's name by id, archived people too."""

    # Set by the tab (tests replace the dialogs at this edge).
    today: Callable[[], dt.date]
    confirm: Callable[[str, str], bool]
    inform: Callable[[str, str], None]

    def reload(self) -> None:
        """Read the shown week again after a change (the shown step stays)."""

    def flush_pending_edits(self) -> None:
        """Save what is typed but not saved yet."""

    def show_step(self, step: Step) -> None: ...

    def ask_for_outcome(self) -> None:
        """Go to the direction step with the cursor in the week's outcome."""

    def refresh_numbers(self) -> None:
        """Re-read the weekly numbers in the header (delivery, team health)."""

    def move_task(self, task_id: int, status: str) -> bool:
        """Move a task on the board, undoably; False when it did not move."""

    def open_coaching(self, person_id: int | None) -> None:
        """Open the Coaching Log (on a person, or to choose one there)."""
