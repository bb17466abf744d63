"""Insights: each goal's weeks of progress over the chosen range, and the weeks whose
outcome moved no goal (issue 24)."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCharts import QChart
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from leadjournal.db.models import GoalStatus
from leadjournal.db.repositories import Repositories
from leadjournal.i18n import QT_TRANSLATE_NOOP, tr, tr_n
from leadjournal.services.goals import GoalProgress, GoalWeeks, progress_between, status_text
from leadjournal.services.insights import ChartData
from leadjournal.text import day_month
from leadjournal.ui.tabs.insight_charts import ChartFiles, ChartPanel, counted_bars

TITLE = QT_TRANSLATE_NOOP("", "Goals and the weeks that moved them")
NO_GOAL = QT_TRANSLATE_NOOP("", "No goal")
LABEL_CHARACTERS = 28  # a goal's name on the chart's axis; the list below has it in full
CHART_GOALS = 8  # bars on the chart: the goals with the most weeks (a long range has many)
LISTED_GOALS = 12  # lines under it


def goal_chart_data(progress: GoalProgress) -> ChartData:
    """Weeks of progress per goal, and the weeks linked to none, as chart rows."""
    data = ChartData(
        "goals",
        QT_TRANSLATE_NOOP("", "Weeks of progress per goal"),
        QT_TRANSLATE_NOOP("", "Goal"),
        QT_TRANSLATE_NOOP("", "Weeks"),
        (QT_TRANSLATE_NOOP("", "Weeks of progress"),),
    )
    for entry in charted_goals(progress):
        data.rows.append((entry.goal.title, len(entry.weeks)))
    if progress.goals or progress.unlinked:
        data.rows.append((tr(NO_GOAL), len(progress.unlinked)))
    return data


def charted_goals(progress: GoalProgress) -> list[GoalWeeks]:
    """The goals with a bar, in the order listed, up to ``CHART_GOALS`` (a long range may
    hold dozens): open goals first, then closed ones, the most weeks first in each."""
    ranked = sorted(progress.goals, key=lambda e: (e.goal.status != GoalStatus.OPEN, -len(e.weeks)))
    chosen = {id(entry) for entry in ranked[:CHART_GOALS]}
    return [entry for entry in progress.goals if id(entry) in chosen]


def _short(title: str) -> str:
    return title if len(title) <= LABEL_CHARACTERS else title[: LABEL_CHARACTERS - 1] + "…"


def goal_chart(data: ChartData) -> QChart:
    """Horizontal bars, the goals top down in the order listed, "No goal" last."""
    rows = list(reversed(data.rows))  # a horizontal bar chart draws its first row lowest
    return counted_bars(data, rows, [_short(str(row[0])) for row in rows])


class GoalsPanel(ChartPanel):
    """The goals chart, with each goal's state and weeks written out under it."""

    def __init__(self, files: ChartFiles, repositories: Repositories) -> None:
        super().__init__(files, tr(TITLE))
        self.setObjectName("goals_panel")
        self.repos = repositories
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAccessibleName(tr("Goals and their weeks"))
        layout = self.layout()
        if layout is not None:
            layout.addWidget(self.details)
        self.progress: GoalProgress | None = None

    def show_range(self, first: dt.date, last: dt.date) -> None:
        """Read the range's goals and weeks (two statements) and show them."""
        progress = progress_between(self.repos, first, last)
        self.progress = progress
        data = goal_chart_data(progress)
        chart = goal_chart(data) if progress.goals else None
        self.show_chart(
            data,
            chart,
            tr(
                "Set a goal on Monday's Direction step and link each week's outcome to it: "
                "here you will see which goals the weeks moved, and which weeks moved none."
            ),
            "\n".join(filter(None, (self._unlinked_note(progress), self._charted_note(progress)))),
        )
        self.details.setText(self._details(progress))
        self.details.setVisible(bool(progress.goals))

    @staticmethod
    def _unlinked_note(progress: GoalProgress) -> str:
        if not progress.goals or not progress.planned_weeks:
            return ""
        return tr_n(
            "{0} of %n planned weeks moved no goal.",
            progress.planned_weeks,
            "{0} of %n planned week moved no goal.",
        ).format(len(progress.unlinked))

    @staticmethod
    def _charted_note(progress: GoalProgress) -> str:
        shown = len(charted_goals(progress))
        if shown == len(progress.goals):
            return ""
        return tr_n(
            "The chart shows {0} of %n goals: open goals first, then those with the most weeks.",
            len(progress.goals),
            "The chart shows {0} of %n goal.",
        ).format(shown)

    @staticmethod
    def _details(progress: GoalProgress) -> str:
        lines = []
        for entry in progress.goals[:LISTED_GOALS]:
            goal = entry.goal
            weeks = tr_n("%n weeks", len(entry.weeks), "%n week")
            if entry.weeks:
                shown = [day_month(w.week_start) for w in entry.weeks[-4:]]
                if len(entry.weeks) > 4:
                    shown.insert(0, "…")  # the latest four weeks
                weeks += " (" + ", ".join(shown) + ")"
            state = status_text(goal) if goal.status != GoalStatus.OPEN else tr("open")
            lines.append(f"<b>{html.escape(goal.title)}</b> — {html.escape(state)}, {weeks}")
        more = len(progress.goals) - LISTED_GOALS
        if more > 0:
            lines.append(html.escape(tr_n("… and %n more goals", more, "… and %n more goal")))
        return "<br>".join(lines)
