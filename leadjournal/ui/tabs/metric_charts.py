"""Insights: each of the team's own metrics over the chosen weeks, against its target
line, and the seed's question for an activity counted with no outcome beside it."""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtCharts import QChart, QLineSeries, QValueAxis
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leadjournal.db.repositories import Repositories
from leadjournal.i18n import QT_TRANSLATE_NOOP, tr
from leadjournal.services.insights import ChartData
from leadjournal.services.metrics import MetricDirection, MetricSeries, TeamMetrics, with_unit
from leadjournal.ui import theme
from leadjournal.ui.forms import question_label
from leadjournal.ui.tabs.insight_charts import (
    HALF_WEEK_MS,
    MARKED_POINTS,
    ChartFiles,
    ChartPanel,
    ChartStep,
    legend_entries,
    msecs,
    week_axis,
    whole_ticks,
)
from leadjournal.ui.tabs.metric_manager import MetricManager, question_text

TARGET = QT_TRANSLATE_NOOP("", "Target")
NOTE = QT_TRANSLATE_NOOP("", "Note")
WEEK = QT_TRANSLATE_NOOP("", "Week")


def chart_data(series: MetricSeries) -> ChartData:
    """A metric's rows (week, value, target, note), for the panel and its CSV."""
    metric = series.metric
    return ChartData(
        key=f"metric-{metric.id}",
        title="",  # the metric's own name is set on the chart (not a catalogue string)
        x_title=WEEK,
        y_title=metric.unit,
        series=(metric.name, TARGET, NOTE),
        rows=[(value.week, value.value, metric.target, value.note) for value in series.values],
    )


def metric_chart(series: MetricSeries, first: dt.date, last: dt.date) -> QChart:
    """The metric's weekly values as a line with points, and its target as a dashed line
    across the whole range."""
    metric = series.metric
    values = QLineSeries()
    values.setName(metric.name)
    points = [QPointF(msecs(week), value) for week, value in series.points()]
    values.setPointsVisible(len(points) <= MARKED_POINTS)  # many merge into a band
    values.setMarkerSize(8)
    values.replace(points)
    chart = QChart()
    chart.addSeries(values)
    shown = [value for _week, value in series.points()]
    if metric.target is not None:
        target = QLineSeries()
        goal = with_unit(metric.target, metric.unit)
        lower = metric.better == MetricDirection.LOWER  # the line reads as a ceiling
        target.setName(
            tr("Target {0}, lower is better").format(goal)
            if lower
            else tr("Target {0}").format(goal)
        )
        pen = QPen(target.pen())
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setWidth(2)
        target.setPen(pen)
        target.append(msecs(first) - HALF_WEEK_MS, metric.target)
        target.append(msecs(last) + HALF_WEEK_MS, metric.target)
        chart.addSeries(target)
        shown.append(metric.target)
    x_axis = week_axis(first, last)
    y_axis = QValueAxis()
    y_axis.setTitleText(metric.unit)
    low, high = min([0.0, *shown]), max([1.0, *shown])
    if metric.unit == "%" and low >= 0 and high <= 100:
        # A share reads on the whole scale, as delivery reliability does.
        whole_ticks(y_axis, 0, 100, 25, room=5)
    else:
        y_axis.setRange(low, high + (high - low) * 0.1)
        y_axis.applyNiceNumbers()
        y_axis.setLabelFormat("%g")
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    for line in chart.series():
        line.attachAxis(x_axis)
        line.attachAxis(y_axis)
    return chart


class MetricPanel(ChartPanel):
    """A metric's chart: its target line drawn quietly, in every colour scheme."""

    def recolour(self) -> None:
        super().recolour()
        self.quiet_target()

    def quiet_target(self) -> None:
        chart = self.view.chart()
        lines = chart.series() if chart is not None else []
        if len(lines) > 1 and isinstance(lines[1], QLineSeries):
            lines[1].setColor(theme.colour("muted"))
            self._show_legend(legend_entries(chart))


class MetricsSection(QWidget):
    """The team's own metrics in Insights: a chart per metric, and the way to define them."""

    def __init__(self, repositories: Repositories, files: ChartFiles) -> None:
        super().__init__()
        self.service = TeamMetrics(repositories)
        self.files = files
        self.shown: tuple[dt.date, dt.date] | None = None
        self.panels: dict[int, MetricPanel] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        title = QLabel(tr("Your team's metrics"))
        theme.set_role(title, "section")
        top.addWidget(title)
        top.addStretch(1)
        self.manage_button = QPushButton()
        self.manage_button.clicked.connect(self.open_manager)
        top.addWidget(self.manage_button)
        layout.addLayout(top)
        self.empty = QLabel(
            tr(
                "Define the numbers your team lives by — an outcome like tickets closed "
                "within SLA, an activity like code reviews done — and each Friday's values "
                "are charted here against their targets."
            )
        )
        self.empty.setWordWrap(True)
        theme.set_role(self.empty, "caption")
        layout.addWidget(self.empty)
        self.question = question_label(tr("A question about your metrics"))
        layout.addWidget(self.question)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
        layout.addLayout(self.grid)
        self._show_definitions()  # the charts follow when the tab draws its range

    def show_range(self, first: dt.date, last: dt.date) -> None:
        """Chart every metric over the weeks from ``first`` to ``last``, all at once."""
        for step in self.drawing_steps(first, last):
            step.draw()

    def drawing_steps(self, first: dt.date, last: dt.date) -> list[ChartStep]:
        """The drawing of the range in steps, one per turn of the event loop in the
        window: the first reads every metric's weeks (a fixed number of statements) and
        places the panels, each next one draws one chart into its panel."""
        self.shown = (first, last)
        self._series: list[MetricSeries] | None = None
        steps = [ChartStep(lambda: self, lambda: self._place(first, last))]
        # One step per metric there may be a chart for (a retired one without weeks in
        # the range has none: its step finds nothing to do).
        count = len(self.service.metrics())
        steps += [
            ChartStep(partial(self._panel_at, index), partial(self._draw, index, first, last))
            for index in range(count)
        ]
        steps.append(ChartStep(lambda: None, self._show_definitions))
        return steps

    def _panel_at(self, index: int) -> QWidget | None:
        """Where a metric's chart goes: the section until the panels are placed."""
        if self._series is None:
            return self
        if index >= len(self._series):
            return None
        return self.panels.get(self._series[index].metric.id)

    def _place(self, first: dt.date, last: dt.date) -> None:
        self._series = self.service.series_between(first, last)
        wanted = [series.metric.id for series in self._series]
        for metric_id in [m for m in self.panels if m not in wanted]:
            gone = self.panels.pop(metric_id)
            self.grid.removeWidget(gone)
            gone.deleteLater()
        for index, series in enumerate(self._series):
            metric = series.metric
            name = f"{metric.name} ({metric.unit})" if metric.unit else metric.name
            title = name if metric.active else tr("{0} — retired").format(name)
            if metric.id not in self.panels:
                self.panels[metric.id] = MetricPanel(self.files, title)
            self.panels[metric.id].setTitle(title)
            self.grid.addWidget(self.panels[metric.id], index // 2, index % 2)  # user's order

    def _draw(self, index: int, first: dt.date, last: dt.date) -> None:
        if self._series is None or index >= len(self._series):
            return
        series = self._series[index]
        panel = self.panels[series.metric.id]
        chart = metric_chart(series, first, last) if series.values else None
        panel.show_chart(
            chart_data(series),
            chart,
            tr("Enter this metric's value in the Friday review to see it week by week."),
        )
        if chart is not None:
            chart.setTitle(series.metric.name)
            panel.quiet_target()

    def _show_definitions(self) -> None:
        """The sentence before the first metric, the question, and the button's words."""
        metrics = self.service.metrics()
        self.empty.setVisible(not metrics)
        question = question_text(metrics)
        self.question.setText(question)
        self.question.setVisible(bool(question))
        self.manage_button.setText(
            tr("Manage metrics…") if metrics else tr("Add your first metric…")
        )

    def open_manager(self) -> None:
        MetricManager(self.service, self).exec()
        if self.shown is not None:
            self.show_range(*self.shown)
