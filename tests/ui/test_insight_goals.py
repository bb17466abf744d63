"""The Insights goals panel on a long range: the busiest goals on the chart, the list
capped, and the weeks that moved no goal counted."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from leadjournal.db.repositories import Repositories
from leadjournal.services.goals import Goals, GoalWording
from leadjournal.services.weeks import WeekPlanner
from leadjournal.ui.tabs.insight_goals import CHART_GOALS, LISTED_GOALS, GoalsPanel

MONDAY = dt.date(2026, 1, 5)


class Files:
    """No file is chosen: the panel is only looked at here."""

    def __init__(self) -> None:
        self.choose_save_path: Callable[[str, str, str], Path | None] = lambda *_: None

    def write(self, path: Path, action: Callable[[], None]) -> Path | None:
        action()
        return path


def test_many_goals_show_the_busiest_and_a_short_list(qtbot: QtBot, repos: Repositories) -> None:
    planner = WeekPlanner(repos)
    goals = Goals(repos, today=lambda: MONDAY)
    count = LISTED_GOALS + 3
    made = [goals.set_goal(GoalWording(f"Goal number {n}")) for n in range(count)]
    for week_number in range(40):
        week = planner.start_week(MONDAY + dt.timedelta(weeks=week_number))
        # Goal n gets n weeks at most; every fifth week moves no goal.
        if week_number % 5:
            goals.link_week(week.id, made[(week_number * 7) % count].id)
    panel = GoalsPanel(Files(), repos)
    qtbot.addWidget(panel)
    panel.show_range(MONDAY, MONDAY + dt.timedelta(weeks=39))
    assert panel.data is not None
    names = [row[0] for row in panel.data.rows]
    assert len(names) == CHART_GOALS + 1 and names[-1] == "No goal"
    assert panel.data.rows[-1][1] == 8  # weeks 0, 5, 10 … 35
    assert panel.note.text() == (
        "8 of 40 planned weeks moved no goal.\n"
        "The chart shows 8 of 15 goals: open goals first, then those with the most weeks."
    )
    assert panel.details.text().endswith("… and 3 more goals")
    assert panel.details.text().count("<br>") == LISTED_GOALS
