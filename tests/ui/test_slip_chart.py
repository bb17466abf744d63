"""The "Why tasks slipped" chart: bars that stay readable however many weeks it shows."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCharts import QBarCategoryAxis, QHorizontalStackedBarSeries, QStackedBarSeries
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from leadjournal.services.insights import slip_causes_chart
from leadjournal.ui.tabs.insight_charts import stacked_chart

MONDAY = dt.date(2026, 11, 30)


def week_axis(chart: object) -> QBarCategoryAxis:
    axes = [a for a in chart.axes() if isinstance(a, QBarCategoryAxis)]  # type: ignore[attr-defined]
    assert len(axes) == 1
    return axes[0]


def test_a_few_weeks_stand_upright_and_a_quarter_lies_across(qtbot: QtBot) -> None:
    two = slip_causes_chart([(MONDAY, "")], MONDAY - dt.timedelta(weeks=1), MONDAY)
    chart = stacked_chart(two)
    assert isinstance(chart.series()[0], QStackedBarSeries)
    assert week_axis(chart).alignment() == Qt.AlignmentFlag.AlignBottom

    first = MONDAY - dt.timedelta(weeks=12)
    quarter = slip_causes_chart([(first, "estimate"), (MONDAY, "")], first, MONDAY)
    assert len(quarter.rows) == 13 and quarter.rows[0][0] == "7 Sep"
    chart = stacked_chart(quarter)
    assert isinstance(chart.series()[0], QHorizontalStackedBarSeries)
    # The weeks down the side, each label on its own line (none cut under a thin bar).
    axis = week_axis(chart)
    assert axis.alignment() == Qt.AlignmentFlag.AlignLeft
    assert axis.categories()[-1] == "30 Nov"
