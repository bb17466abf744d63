"""The Today panel on top of the Weekly Plan: today's step of the loop and what is overdue."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from leadjournal.db.models import WeekPlan
from leadjournal.db.repositories import Repositories
from leadjournal.i18n import tr
from leadjournal.services.blocker_views import today_items
from leadjournal.services.today import (
    checkin_progress,
    overdue_items,
    step_done,
    todays_step,
    todays_step_done,
)
from leadjournal.services.weekly_loop import Step, week_link
from leadjournal.services.weeks import WeekPlanner, week_start_of
from leadjournal.ui import theme
from leadjournal.ui.forms import kind_chip
from leadjournal.ui.tabs.weekly_plan.common import day_name


class TodayPanel(QFrame):
    """Quiet when everything is done; otherwise one line for today and one per overdue item."""

    link_activated = Signal(str)

    def __init__(
        self,
        repositories: Repositories,
        today: Callable[[], dt.date],
        now: Callable[[], dt.datetime],
        parent: QWidget | None = None,
        *,
        fill: bool = True,
    ) -> None:
        """``fill=False`` leaves the panel empty until :meth:`show_today` (for a caller
        that is about to read this week anyway)."""
        super().__init__(parent)
        self._step_link = ""
        self._kept_on: dt.date | None = None  # the day the panel was last shown
        self.repos = repositories  # handed to the Today service's rules
        self.planner = WeekPlanner(repositories)
        self.today = today
        self.now = now
        self.setObjectName("TodayPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        theme.set_role(self, "card")
        self.setAccessibleName(tr("Today"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 8, 6)
        layout.setSpacing(2)
        row = QHBoxLayout()
        self.step_label = QLabel()
        self.step_label.setTextFormat(Qt.TextFormat.RichText)
        # One line when there is room; wraps rather than widen the window (1024 px, German).
        self.step_label.setWordWrap(True)
        self.chip_box = QHBoxLayout()
        self.go_button = QPushButton(tr("Go to it"))
        theme.set_role(self.go_button, "quiet")
        self.go_button.setToolTip(tr("Open today's step of the weekly loop"))
        self.go_button.clicked.connect(lambda: self.link_activated.emit(self._step_link))
        row.addWidget(self.step_label, 1)
        row.addLayout(self.chip_box)
        row.addWidget(self.go_button)
        layout.addLayout(row)
        self.overdue_label = QLabel()
        self.overdue_label.setTextFormat(Qt.TextFormat.RichText)
        self.overdue_label.setWordWrap(True)
        self.overdue_label.linkActivated.connect(self.link_activated)
        layout.addWidget(self.overdue_label)
        self.overdue_texts: list[str] = []
        if fill:
            self.refresh()
        else:
            self.hide()

    def refresh(self) -> None:
        """Read this week's plan again and fill the panel."""
        self.show_today(self.planner.week(week_start_of(self.today())))

    def show_today(self, week: WeekPlan | None) -> None:
        """Fill the panel, given this week's plan as the caller has it (None: no plan)."""
        today = self.today()
        step = todays_step(today)
        monday = week_start_of(today)
        self._step_link = week_link(monday, Step(step.step))
        done = todays_step_done(self.repos, week, today)
        overdue = overdue_items(self.repos, today, self.now(), this_week=week, have_week=True)
        # Open blockers and next steps due: followed up every day until they are done.
        overdue += today_items(self.repos, today)
        self.overdue_texts = [item.text for item in overdue]
        weekend = today.weekday() >= 5
        day = day_name(today.weekday())
        if weekend:
            text = tr("<b>{0}.</b> Time off; Friday's review is here if it still needs you.")
        elif done:
            text = tr("<b>{0}:</b> today's step is done. ✓")
        else:
            text = tr("<b>Today, {0}:</b> {1} — {2}")
        sentence = tr(step.sentence)
        if not (weekend or done):
            sentence, link_step = self._progress(week, step.step, sentence)
            self._step_link = week_link(monday, link_step)
        self.step_label.setText(text.format(day, tr(step.title), sentence))
        while self.chip_box.count():
            item = self.chip_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if not (weekend or done):
            self.chip_box.addWidget(kind_chip(step.kind))
        self.go_button.setVisible(not (weekend or done))
        # Still-open steps are offered, not flagged: no warning sign, a way to pick them up.
        self.overdue_label.setText(
            "<br>".join(f'→ {item.text} <a href="{item.link}">{tr("Open")}</a>' for item in overdue)
        )
        self.overdue_label.setVisible(bool(overdue))
        # Quiet when there is nothing to do: today's step done and nothing overdue. But
        # once shown today it keeps its place until the user moves on (``settle``):
        # vanishing or shrinking while they type below would move the field they are in.
        quiet = (done or weekend) and not overdue
        if self._kept_on == today and not self.isHidden():
            if self.isVisible():  # laid out on screen, so its height is real
                self.setMinimumHeight(max(self.minimumHeight(), self.height()))
        elif quiet:
            self.hide()
            return
        self._kept_on = today
        self.show()

    def _progress(self, week: WeekPlan | None, step: int, sentence: str) -> tuple[str, Step]:
        """Today's sentence with how far the step has come, and the step to go to.

        Monday: once the direction is set, what is left is confirming the plan. Tuesday:
        how many of the people expected have a check-in line."""
        if step == Step.DIRECTION and step_done(self.repos, week, Step.DIRECTION):
            return tr("set ✓. Next: plan the work and confirm the plan."), Step.PLAN
        if step == Step.CHECKIN:
            checked_in, expected = checkin_progress(self.repos, week)
            if expected:
                return tr("{0} of {1} checked in.").format(checked_in, expected), Step.CHECKIN
        return sentence, Step(step)

    def settle(self) -> None:
        """Let the panel take the size it needs again, or go quiet (the user moved to
        another step, so nothing they are typing in moves)."""
        if self._kept_on is None:
            return
        self._kept_on = None
        self.setMinimumHeight(0)
        self.show_today(self.planner.week(week_start_of(self.today())))

    def step_link(self) -> str:
        return self._step_link
