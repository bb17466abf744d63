"""Bar charts that stay readable however many weeks, quarters or years they show."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QHorizontalStackedBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from leadjournal.services.insights import ChartData, slip_causes_chart
from leadjournal.ui.tabs.insight_charts import bar_chart, recognition_chart, stacked_chart

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


def test_many_bars_write_their_labels_upright(qtbot: QtBot) -> None:
    """Eleven years of adherence bars: each year's label stands upright under its bars,
    where written across they would each be cut to "20…"; a few bars keep them across."""
    years = ChartData("adherence", "Adherence", "Year", "%", ("Leading (%)", "Managing (%)"))
    years.rows = [(str(2016 + n), 80.0, 75.0) for n in range(11)]
    chart = bar_chart(years, [1, 2], years.series, 0, 100, step=25)
    assert week_axis(chart).categories() == [str(2016 + n) for n in range(11)]
    assert week_axis(chart).labelsAngle() == -90
    years.rows = years.rows[:4]
    assert week_axis(bar_chart(years, [1, 2], years.series, 0, 100)).labelsAngle() == 0


def test_counts_tick_on_round_numbers_above_the_longest_bar(qtbot: QtBot) -> None:
    """Recognition over ten years: the axis numbers go in round steps past the longest
    bar (not "0 15 30 45 60" under a bar of 71), and each bar's number stands beside it
    on the card, where it reads in both colour schemes."""
    people = ChartData("recognition", "Recognition", "Person", "Times", ("Recognitions",))
    people.rows = [("Mateo Silva", 6), ("Priya Natarajan", 69), ("Marcus Oyelaran", 71)]
    chart = recognition_chart(people)
    [counts] = chart.axes(Qt.Orientation.Horizontal)
    assert isinstance(counts, QValueAxis)
    assert counts.tickInterval() == 20 and counts.max() == 100
    [bars] = chart.series()
    assert isinstance(bars, QAbstractBarSeries)
    assert bars.labelsPosition() == QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd
