"""What a check-in line follows up from earlier weeks: blockers still open (with a
one-click "Resolved") and the last next step ("Did it happen?")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from leadjournal.db.models import Blocker, CheckIn
from leadjournal.db.repositories.week_fields import PastBlocker
from leadjournal.i18n import tr
from leadjournal.services.blockers import FollowUps, blocker_summary, short_day
from leadjournal.text import day_month
from leadjournal.ui import theme


def _week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def recurring_match(blocker: Blocker, history: Sequence[PastBlocker]) -> PastBlocker | None:
    """An earlier week's blocker like this one (not the same record seen in its own week)."""
    own_week = _week_start(blocker.raised_on)
    others = [
        past
        for past in history
        if not (
            past.week_start == own_week
            and past.person_id == blocker.person_id
            and past.text == blocker.what
        )
    ]
    return FollowUps.recurring(blocker, blocker.person_id, others)


class ImprovementButton(QPushButton):
    """ "Make this Wednesday's improvement": one click turns a recurring blocker into
    Wednesday's improvement; says so once it is one."""

    def __init__(self, name: str, made: Callable[[], None]) -> None:
        # Short on the button (it sits in a narrow line); said in full in the tooltip.
        super().__init__(tr("Improve it Wednesday"))
        theme.set_role(self, "quiet")
        self.setAccessibleName(tr("{0}: make this Wednesday's improvement").format(name))
        self.setToolTip(
            tr(
                "Make this Wednesday's improvement: it keeps coming back, so fix how the "
                "team works, not just this once."
            )
        )
        self.clicked.connect(made)

    def show_made(self, made: bool) -> None:
        self.setEnabled(not made)
        self.setText(tr("✓ Wednesday's improvement") if made else tr("Improve it Wednesday"))


class FollowUpRows(QWidget):
    """Earlier weeks' open blockers and last week's next step, for one person's line."""

    def __init__(
        self,
        name: str,
        follow_ups: FollowUps,
        carried: Sequence[Blocker],
        history: Sequence[PastBlocker],
        last_step: tuple[CheckIn, dt.date] | None,
        week_start: dt.date,
        changed: Callable[[], None],
    ) -> None:
        super().__init__()
        self.follow_ups = follow_ups
        self.changed = changed
        self.week_start = week_start
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.resolve_buttons: dict[int, QPushButton] = {}
        self.blocker_labels: dict[int, QLabel] = {}
        self.improve_buttons: dict[int, ImprovementButton] = {}
        for blocker in carried:
            layout.addLayout(self._blocker_row(name, blocker, history))
        self.happened_buttons: dict[bool, QPushButton] = {}
        self.step_label: QLabel | None = None
        if last_step is not None:
            layout.addLayout(self._step_row(name, *last_step))

    def _blocker_row(
        self, name: str, blocker: Blocker, history: Sequence[PastBlocker]
    ) -> QHBoxLayout:
        row = QHBoxLayout()
        resolved = blocker.resolved_on is not None
        label = QLabel(
            tr("✓ Resolved {0}: {1}").format(short_day(blocker.resolved_on), blocker.what)
            if blocker.resolved_on is not None
            else tr("⚠ Still open since {0}: {1}").format(
                short_day(blocker.raised_on), blocker_summary(blocker)
            )
        )
        label.setWordWrap(True)
        label.setAccessibleName(tr("{0}: blocker from an earlier week").format(name))
        theme.set_tone(label, None if resolved else "warning")
        self.blocker_labels[blocker.id] = label
        row.addWidget(label, 1)
        match = None if resolved else recurring_match(blocker, history)
        if match is not None:
            flag = QLabel(tr("↻ Recurring since {0}").format(day_month(match.week_start)))
            theme.set_tone(flag, "lead")
            row.addWidget(flag)
            button = ImprovementButton(name, lambda: self._improve(blocker, match))
            button.show_made(self.follow_ups.is_improvement(blocker.what))
            self.improve_buttons[blocker.id] = button
            row.addWidget(button)
        toggle = QPushButton(tr("Reopen") if resolved else tr("Resolved"))
        toggle.setAccessibleName(
            (tr("{0}: reopen blocker") if resolved else tr("{0}: blocker resolved")).format(name)
        )
        toggle.clicked.connect(lambda: self._toggle(blocker))
        self.resolve_buttons[blocker.id] = toggle
        row.addWidget(toggle)
        return row

    def _step_row(self, name: str, checkin: CheckIn, week_start: dt.date) -> QHBoxLayout:
        row = QHBoxLayout()
        due = checkin.next_action_due
        label = QLabel(
            tr("Last next step (due {0}): {1} — did it happen?").format(
                short_day(due), checkin.next_action.strip()
            )
            if due is not None
            else tr("Last next step (week of {0}): {1} — did it happen?").format(
                day_month(week_start), checkin.next_action.strip()
            )
        )
        label.setWordWrap(True)
        label.setAccessibleName(tr("{0}: last next step").format(name))
        self.step_label = label
        row.addWidget(label, 1)
        for answer, text in ((True, tr("Yes")), (False, tr("No"))):
            button = QPushButton(text)
            button.setCheckable(True)
            button.setChecked(checkin.next_action_happened is answer)
            button.setAccessibleName(tr("{0}: did it happen? {1}").format(name, text))
            button.clicked.connect(lambda _=False, a=answer: self._answer(checkin, a))
            self.happened_buttons[answer] = button
            row.addWidget(button)
        return row

    def _toggle(self, blocker: Blocker) -> None:
        if blocker.resolved_on is None:
            self.follow_ups.resolve(blocker.id)
        else:
            self.follow_ups.reopen(blocker.id)
        self.changed()

    def _answer(self, checkin: CheckIn, answer: bool) -> None:
        # A second click on the answer given takes it back.
        happened = None if checkin.next_action_happened is answer else answer
        self.follow_ups.answer_next_action(checkin, happened)
        self.changed()

    def _improve(self, blocker: Blocker, match: PastBlocker) -> None:
        self.follow_ups.make_improvement(self.week_start, blocker.what, match.week_start)
        self.improve_buttons[blocker.id].show_made(True)
