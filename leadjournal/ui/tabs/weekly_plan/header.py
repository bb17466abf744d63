"""The Weekly Plan's header: moving between weeks, the week's name, and its numbers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from leadjournal.db.repositories.week_fields import WeekCounts
from leadjournal.i18n import tr
from leadjournal.services.weeks import PLANNED_RULE, delivery_reliability, iso_week_number
from leadjournal.ui import theme
from leadjournal.ui.forms import DateEdit, qdate, title_label
from leadjournal.ui.widgets import Sparkline

OUTCOME_CHIP_WIDTH = 360  # pixels of outcome in the header; the tooltip has all of it


def week_label(week_start: dt.date, locale: QLocale | None = None) -> str:
    """ "Week 48 · 23–29 Nov 2026", formatted for the user's locale."""
    locale = locale or QLocale()
    end = week_start + dt.timedelta(days=6)
    q_start, q_end = qdate(week_start), qdate(end)
    if week_start.month == end.month:
        span = f"{q_start.day()}–{locale.toString(q_end, 'd MMM yyyy')}"
    elif week_start.year == end.year:
        span = f"{locale.toString(q_start, 'd MMM')} – {locale.toString(q_end, 'd MMM yyyy')}"
    else:
        span = f"{locale.toString(q_start, 'd MMM yyyy')} – {locale.toString(q_end, 'd MMM yyyy')}"
    return tr("Week {0} · {1}").format(iso_week_number(week_start), span)


class WeekHeader(QWidget):
    """The week's name as the page's title, moving between weeks beside it, and under it
    the week's outcome, delivery and team health as labelled chips."""

    previous_requested = Signal()
    next_requested = Signal()
    this_week_requested = Signal()
    date_picked = Signal(QDate)  # any day of the week to open

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        chips = QHBoxLayout()
        rows.setSpacing(theme.SPACE["s"])
        chips.setSpacing(theme.SPACE["s"])
        rows.addLayout(row)
        rows.addLayout(chips)
        self.previous_button = QPushButton(tr("◀ Previous"))
        self.previous_button.setToolTip(tr("Previous week (Alt+Left)"))
        self.previous_button.clicked.connect(self.previous_requested)
        self.this_week_button = QPushButton(tr("This week"))
        self.this_week_button.setToolTip(tr("Back to this week (Alt+Home)"))
        self.this_week_button.clicked.connect(self.this_week_requested)
        self.next_button = QPushButton(tr("Next ▶"))
        self.next_button.setToolTip(tr("Next week (Alt+Right)"))
        self.next_button.clicked.connect(self.next_requested)
        self.date_picker = DateEdit()
        self.date_picker.setAccessibleName(tr("Go to the week of a date"))
        self.date_picker.setToolTip(tr("Pick any date to open its week"))
        self.date_picker.dateChanged.connect(self.date_picked)
        self.week_title = title_label(1.35)
        # The week's name is what the header is for: the buttons beside it give way first.
        self.week_title.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        row.addWidget(self.week_title)
        row.addStretch(1)
        for button in (self.previous_button, self.this_week_button, self.next_button):
            button.setProperty("role", "quiet")
        for widget in (
            self.previous_button,
            self.this_week_button,
            self.next_button,
            self.date_picker,
        ):
            row.addWidget(widget)
        self.outcome_label = QLabel()
        self.outcome_label.setProperty("role", "chip")
        self.outcome_label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.reliability_label = QLabel()
        self.reliability_label.setProperty("role", "chip")
        self.reliability_label.setToolTip(tr(PLANNED_RULE))
        self.sparkline = Sparkline(tr("Delivery reliability, last 8 weeks"))
        self.sparkline.setFixedHeight(22)
        # Said under the line, so the header is no wider for it.
        self.sparkline_caption = QLabel(tr("delivery, 8 weeks"))
        self.sparkline_caption.setProperty("role", "caption")
        self.sparkline_caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.sparkline_caption.setToolTip(self.sparkline.caption)
        for part in (self.sparkline, self.sparkline_caption):
            # Hidden until there is a trend, but its room kept: the header never jumps.
            policy = part.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            part.setSizePolicy(policy)
        trend = QVBoxLayout()
        trend.setSpacing(0)
        trend.addWidget(self.sparkline)
        trend.addWidget(self.sparkline_caption)
        self.health_label = QLabel()
        self.health_label.setProperty("role", "chip")
        self.health_label.setToolTip(tr("Team health: this week's pulse score, 1 to 5."))
        chips.addWidget(self.outcome_label)
        chips.addWidget(self.reliability_label)
        chips.addLayout(trend)
        chips.addWidget(self.health_label)
        chips.addStretch(1)
        self.show_outcome("")

    def show_week(self, week_start: dt.date, is_this_week: bool) -> None:
        self.week_title.setText(week_label(week_start))
        self.date_picker.blockSignals(True)
        self.date_picker.setDate(qdate(week_start))
        self.date_picker.blockSignals(False)
        self.this_week_button.setEnabled(not is_this_week)

    def show_outcome(self, outcome: str) -> None:
        """The week's outcome in its chip: shortened to fit, whole in the tooltip."""
        outcome = " ".join(outcome.split())
        if not outcome:
            self.outcome_label.setText(tr("Outcome: not set yet"))
            self.outcome_label.setToolTip(tr("Set the week's outcome in Monday: set direction."))
            return
        metrics = self.outcome_label.fontMetrics()
        short = metrics.elidedText(outcome, Qt.TextElideMode.ElideRight, OUTCOME_CHIP_WIDTH)
        self.outcome_label.setText(tr("Outcome: {0}").format(short))
        self.outcome_label.setToolTip(outcome)

    def show_numbers(self, week_start: dt.date, counts: Sequence[WeekCounts]) -> None:
        """Delivery reliability of the week and its trend over 8 weeks, and team health."""
        by_week = {c.week_start: c for c in counts}
        values = []
        for offset in range(7, -1, -1):
            monday = week_start - dt.timedelta(days=7 * offset)
            values.append(delivery_reliability(by_week[monday]) if monday in by_week else None)
        self.sparkline.set_values(values)
        # A trend needs two weeks; before that the line and its caption would be noise.
        has_trend = sum(value is not None for value in values) >= 2
        self.sparkline.setVisible(has_trend)
        self.sparkline_caption.setVisible(has_trend)
        current = by_week.get(week_start)
        reliability = delivery_reliability(current) if current else None
        if current is not None and current.planned and not current.confirmed:
            self.reliability_label.setText(tr("Delivery: plan not confirmed"))
        elif current is None or reliability is None:
            self.reliability_label.setText(tr("Delivery: –"))
        else:
            text = tr("Delivery: {0:.0%} ({1} of {2})").format(
                reliability, current.planned_done, current.planned
            )
            if current.added_later:
                text += tr(" · +{0} added later").format(current.added_later)
            self.reliability_label.setText(text)
        score = current.pulse_score if current else None
        self.health_label.setText(
            tr("Team health: {0}/5").format(score) if score else tr("Team health: –")
        )
