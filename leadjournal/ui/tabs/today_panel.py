"""The Today panel on top of the Weekly Plan: today's step of the loop and what is overdue."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from leadjournal.db.models import WeekPlan
from leadjournal.db.repositories import Repositories
from leadjournal.i18n import tr
from leadjournal.services.today import overdue_items, step_done, todays_step, week_link
from leadjournal.services.weeks import week_start_of
from leadjournal.ui.forms import kind_chip

DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


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
        self.repos = repositories
        self.today = today
        self.now = now
        self.setObjectName("TodayPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#TodayPanel { background: palette(alternate-base); "
                           "border-radius: 4px; }")  # fmt: skip
        self.setAccessibleName(tr("Today"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 8, 6)
        layout.setSpacing(2)
        row = QHBoxLayout()
        self.step_label = QLabel()
        self.step_label.setTextFormat(Qt.TextFormat.RichText)
        self.chip_box = QHBoxLayout()
        self.go_button = QPushButton(tr("Go to it"))
        self.go_button.setToolTip(tr("Open today's step of the weekly loop"))
        self.go_button.clicked.connect(lambda: self.link_activated.emit(self._step_link))
        row.addWidget(self.step_label)
        row.addLayout(self.chip_box)
        row.addStretch(1)
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
        self.show_today(self.repos.weeks.get(week_start_of(self.today())))

    def show_today(self, week: WeekPlan | None) -> None:
        """Fill the panel, given this week's plan as the caller has it (None: no plan)."""
        today = self.today()
        step = todays_step(today)
        monday = week_start_of(today)
        self._step_link = week_link(monday, step.step)
        done = step_done(self.repos, week, step.step)
        overdue = overdue_items(self.repos, today, self.now(), this_week=week, have_week=True)
        self.overdue_texts = [item.text for item in overdue]
        weekend = today.weekday() >= 5
        day = tr(DAY_NAMES[today.weekday()])
        if weekend:
            text = tr("<b>{0}.</b> Time off; Friday's review is here if it still needs you.")
        elif done:
            text = tr("<b>{0}:</b> today's step is done. ✓")
        else:
            text = tr("<b>Today, {0}:</b> {1} — {2}")
        self.step_label.setText(text.format(day, tr(step.title), tr(step.sentence)))
        while self.chip_box.count():
            item = self.chip_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if not (weekend or done):
            self.chip_box.addWidget(kind_chip(step.kind))
        self.go_button.setVisible(not (weekend or done))
        self.overdue_label.setText("<br>".join(
            f"⚠ {tr(item.text)} <a href=\"{item.link}\">{tr('Open')}</a>" for item in overdue
        ))  # fmt: skip
        self.overdue_label.setVisible(bool(overdue))
        # Quiet when there is nothing to do: today's step done and nothing overdue.
        self.setVisible(not ((done or weekend) and not overdue))

    def step_link(self) -> str:
        return self._step_link
