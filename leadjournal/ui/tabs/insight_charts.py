"""The Insights charts: week axes, line and bar charts, and the panel that shows and
saves one chart."""

from __future__ import annotations

import datetime as dt
import html
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple, Protocol

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
    QXYSeries,
)
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPixmap
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from leadjournal.i18n import MarkedText, tr, tr_n
from leadjournal.services.documents import write_bytes, write_text
from leadjournal.services.insights import ChartData, Insights
from leadjournal.text import day_month, month_year
from leadjournal.ui import theme


class ChartFiles(Protocol):
    """Where a chart panel asks for a file name and writes, saying why it could not."""

    choose_save_path: Callable[[str, str, str], Path | None]

    def write(self, path: Path, action: Callable[[], None]) -> Path | None: ...


class ChartStep(NamedTuple):
    """One step of drawing Insights: ``draw`` fills the widget that ``where`` returns.
    In the window a step waits until that widget is scrolled into view; a step whose
    ``where`` returns None (reading, placing panels) runs in its turn."""

    where: Callable[[], QWidget | None]
    draw: Callable[[], None]


CHART_HEIGHT = 300
ROWS_UPRIGHT = 4  # a stacked chart with more rows lies its bars across …
ROWS_ACROSS = 13  # … up to a quarter's weeks (more would not leave a line for each)
LABELS_ACROSS = 8  # a bar chart with more categories writes their labels upright
MARKED_POINTS = 26  # a line with up to half a year of weekly points marks each point
WEEK_LABELS = 6  # labels along a week axis, at most (each has room at 1024 wide)
YEARS_OF_WEEKS = 156  # over three years of weeks a week axis is labelled by year
HALF_WEEK_MS = 3.5 * 24 * 3600 * 1000.0


def unconfirmed_note(data: ChartData) -> str:
    """Says which weeks the delivery line leaves out: a plan never confirmed is no 0%."""
    weeks = Insights.unconfirmed_weeks(data)
    if not weeks:
        return ""
    if len(weeks) > 4:  # a long list would bury the point
        return tr_n(
            "%n weeks are left out: their plans were never confirmed.",
            len(weeks),
            "%n week is left out: its plan was never confirmed.",
        )
    return tr_n(
        "Left out: %n weeks whose plans were never confirmed ({0}).",
        len(weeks),
        "Left out: the week of {0}, whose plan was never confirmed.",
    ).format(", ".join(day_month(week) for week in weeks))


def in_progress_note(data: ChartData) -> str:
    """Says why this week is not on the delivery line yet."""
    if data.in_progress is None:
        return ""
    return tr("This week joins the line on Friday, when you review it.")


def no_cause_note(data: ChartData) -> str:
    """Says how many slipped tasks the chart shows without a cause, and where to give one."""
    missing = sum(int(row[-1]) for row in data.rows if isinstance(row[-1], int))
    if not missing:
        return ""
    return tr_n(
        "%n slipped tasks have no cause yet: choose one for each in the Friday review.",
        missing,
        "%n slipped task has no cause yet: choose one in the Friday review.",
    )


def msecs(day: dt.date) -> float:
    # Midday local time: a daylight-saving change at night never moves the point a day.
    # (time.mktime is many times faster than building a QDateTime per point.)
    return time.mktime(dt.datetime.combine(day, dt.time(12)).timetuple()) * 1000.0


def week_axis(first: dt.date, last: dt.date) -> QCategoryAxis:
    """Weeks along the bottom, labelled on their Mondays, with half a week to spare at
    each end: a single week's point sits in the middle instead of on a zero-wide axis."""
    axis = QCategoryAxis()
    axis.setTitleText(tr("Week"))
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    low, high = msecs(first) - HALF_WEEK_MS, msecs(last) + HALF_WEEK_MS
    axis.setRange(low, high)
    axis.setStartValue(low)
    mondays = [first + dt.timedelta(weeks=n) for n in range((last - first).days // 7 + 1)]
    years = len(mondays) > YEARS_OF_WEEKS
    long_span = len(mondays) > 30
    if years:  # years: one label on the first Monday of a year
        mondays = [day for day in mondays if day.month == 1 and day.day <= 7]
    elif long_span:  # months: one label on the first Monday of a month
        mondays = [day for day in mondays if day.day <= 7]
    every = max(1, -(-len(mondays) // WEEK_LABELS))
    for day in mondays[::every]:
        label = str(day.year) if years else month_year(day) if long_span else day_month(day)
        axis.append(label, msecs(day))
    return axis


def whole_ticks(axis: QValueAxis, low: float, high: float, step: float, room: float = 0.0) -> None:
    """Ticks on whole numbers from ``low`` every ``step``, labelled as integers, the last
    one at or above ``high`` (a bar never ends past the last number); ``room`` widens
    the range a little so a point or bar at either end is drawn whole."""
    high = low + -(-(high - low) // step) * step
    axis.setRange(low - room, high + room)
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(low)
    axis.setTickInterval(step)
    axis.setLabelFormat("%d")


def label_room(highest: int) -> int:
    """The top of a count axis whose bars carry their number beside them: room for the
    longest bar's label."""
    return max(2, int(highest * 1.15) + 1)


def count_step(highest: float) -> int:
    """A whole-number tick step for counts: every one up to 8, else a round step (2, 5,
    10, 20, 25, 50, …) that leaves at most six ticks."""
    if highest <= 8:
        return 1
    scale = 1
    while True:
        for step in (2 * scale, 5 * scale, 10 * scale, 20 * scale, 25 * scale):
            if highest / step <= 6:
                return step
        scale *= 10


def legend_entries(chart: QChart) -> list[tuple[str, str]]:
    """(name, colour) of every line and bar set, in the order they were added."""
    entries: list[tuple[str, str]] = []
    for series in chart.series():
        if isinstance(series, QAbstractBarSeries):
            entries += [(bar_set.label(), bar_set.color().name()) for bar_set in series.barSets()]
        elif isinstance(series, QXYSeries):
            entries.append((series.name(), series.color().name()))
    return entries


def _halfway(one: QColor, other: QColor) -> QColor:
    """The colour halfway between two (a paler grey on the card, in either scheme)."""
    return QColor(
        (one.red() + other.red()) // 2,
        (one.green() + other.green()) // 2,
        (one.blue() + other.blue()) // 2,
    )


def paint_chart(chart: QChart) -> None:
    """Colour ``chart`` with the theme showing now: background, text, grid and series."""
    text, muted = theme.colour("text"), theme.colour("muted")
    chart.setBackgroundBrush(QBrush(theme.colour("card")))
    chart.setBackgroundRoundness(0)  # the card around it has the corners
    chart.setTitleBrush(QBrush(text))
    for axis in chart.axes():
        axis.setLabelsBrush(QBrush(text))
        axis.setTitleBrush(QBrush(muted))
        axis.setGridLineColor(theme.colour("divider"))
        axis.setLinePenColor(theme.colour("border"))
    series_colours = theme.current().series
    # A chart whose last sets are "Other" and "No cause given" paints them quietly (two
    # greys), after the themed series.
    quiet = int(chart.property("muted_tail") or 0)
    number = 0
    for series in chart.series():
        if isinstance(series, QAbstractBarSeries):
            sets = series.barSets()
            for index, bar_set in enumerate(sets):
                colour = QColor(series_colours[number % len(series_colours)])
                from_end = len(sets) - index
                if from_end <= quiet:
                    colour = QColor(muted)
                    if from_end > 1:  # "Other": a paler grey beside "No cause given"
                        colour = _halfway(colour, QColor(theme.colour("card")))
                bar_set.setColor(colour)
                bar_set.setBorderColor(colour)
                bar_set.setLabelColor(text)
                number += 1
        elif isinstance(series, QXYSeries):
            series.setColor(QColor(series_colours[number % len(series_colours)]))
            number += 1


class ChartPanel(QGroupBox):
    """One chart with one "Save…" menu (PNG or CSV), or one sentence when there is no data.

    The legend is a wrapping line under the chart rather than the chart's own, which
    shortens long names ("Lena Fisc…") when they do not fit on one row.
    """

    def __init__(self, files: ChartFiles, title: str) -> None:
        super().__init__(title)
        self.setProperty("role", "card")
        self.files = files
        self.data: ChartData | None = None
        layout = QVBoxLayout(self)
        self.stack = QStackedWidget()
        self.view = QChartView()
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(CHART_HEIGHT)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        theme.set_role(self.empty, "caption")
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        self.empty.setText(tr("Drawing the chart…"))
        self.stack.setCurrentWidget(self.empty)  # until its first chart arrives
        self.body = QHBoxLayout()
        self.body.addWidget(self.stack, 3)
        layout.addLayout(self.body)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setAccessibleName(tr("Legend"))
        layout.addWidget(self.legend)
        footer = QHBoxLayout()
        self.note = QLabel()
        self.note.setWordWrap(True)
        footer.addWidget(self.note, 1)
        self.save_button = QToolButton()
        self.save_button.setText(tr("Save…"))
        self.save_button.setAccessibleName(tr("Save {0}").format(title))
        self.save_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.save_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.save_button)
        self.png_action = menu.addAction(tr("Chart as a PNG image…"))
        self.png_action.triggered.connect(self.save_png)
        self.csv_action = menu.addAction(tr("Numbers as CSV…"))
        self.csv_action.triggered.connect(self.save_csv)
        self.save_button.setMenu(menu)
        footer.addWidget(
            self.save_button, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom
        )
        layout.addLayout(footer)
        theme.theme().changed.connect(self.recolour)

    def recolour(self) -> None:
        """The scheme changed: paint the chart and its legend in the new colours."""
        self.view.setBackgroundBrush(QBrush(theme.colour("card")))
        chart = self.view.chart()
        if chart is not None and chart.series():
            paint_chart(chart)
            self._show_legend(legend_entries(chart))

    def _show_legend(self, entries: list[tuple[str, str]]) -> None:
        # Non-breaking inside an entry, so a line wraps between names, never within one.
        self.legend.setText(
            "&nbsp;&nbsp; ".join(
                f"<span style='color:{colour}'>■</span>&nbsp;"
                + html.escape(name).replace(" ", "&nbsp;")
                for name, colour in entries
            )
        )
        self.legend.setVisible(len(entries) > 1)  # one line needs no key: the title says it

    def show_chart(
        self, data: ChartData, chart: QChart | None, empty_text: str, note: str = ""
    ) -> None:
        """Show ``chart`` (or ``empty_text`` without one); ``note`` is a line under it."""
        self.data = data
        has_data = chart is not None and bool(data.rows)
        entries: list[tuple[str, str]] = []
        if has_data and chart is not None:
            chart.setTitle(tr(data.title))
            chart.legend().setVisible(False)  # the wrapping legend below says it in full
            chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
            paint_chart(chart)
            self.view.setBackgroundBrush(QBrush(theme.colour("card")))
            entries = legend_entries(chart)
            old = self.view.chart()
            self.view.setChart(chart)
            if old is not None:
                old.deleteLater()
        self._show_legend(entries)
        self.empty.setText(empty_text)
        self.stack.setCurrentIndex(0 if has_data else 1)
        self.save_button.setEnabled(bool(data.rows))
        self.png_action.setEnabled(has_data)
        self.csv_action.setEnabled(bool(data.rows))
        notes = [*(data.notes if data.key == "recognition" else []), *([note] if note else [])]
        self.note.setText("\n".join(notes))
        self.note.setVisible(bool(notes))

    def picture(self) -> QPixmap:
        """The chart as shown, with its legend under it when it has one."""
        chart = self.view.grab()
        if not self.legend.isVisible():
            return chart
        legend = self.legend.grab()
        picture = QPixmap(chart.width(), chart.height() + legend.height())  # device pixels
        picture.setDevicePixelRatio(chart.devicePixelRatio())
        picture.fill(self.palette().window().color())
        painter = QPainter(picture)
        painter.drawPixmap(0, 0, chart)
        painter.drawPixmap(0, round(chart.height() / chart.devicePixelRatio()), legend)
        painter.end()
        return picture

    def save_png(self) -> Path | None:
        if self.data is None:
            return None
        path = self.files.choose_save_path(
            tr("Save the chart"), f"{self.data.key}.png", tr("PNG image (*.png)")
        )
        if path is None:
            return None
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.picture().save(buffer, "PNG")
        buffer.close()
        return self.files.write(path, lambda: write_bytes(path, bytes(data.data()), replace=True))

    def save_csv(self) -> Path | None:
        if self.data is None:
            return None
        path = self.files.choose_save_path(
            tr("Save the chart's data"), f"{self.data.key}.csv", tr("CSV (*.csv)")
        )
        if path is None:
            return None
        text = self.data.csv()
        return self.files.write(path, lambda: write_text(path, text, replace=True))


def line_chart(
    name: MarkedText,
    points: list[tuple[object, object]],
    first: dt.date,
    last: dt.date,
    low: float,
    high: float,
    y_title: MarkedText,
    step: float = 1,
) -> QChart:
    """One line over weeks; ``name`` and ``y_title`` are marked strings (shown with tr)."""
    series = QLineSeries()
    series.setName(tr(name))
    # Markers large enough to see: a first week is a single point, with no line yet.
    # Over many weeks the line alone (markers would merge into a band).
    series.setPointsVisible(len(points) <= MARKED_POINTS)
    series.setMarkerSize(8)
    for day, value in points:
        series.append(msecs(day), float(value))  # type: ignore[arg-type]
    chart = QChart()
    chart.addSeries(series)
    x_axis = week_axis(first, last)
    y_axis = QValueAxis()
    y_axis.setTitleText(tr(y_title))
    # Whole-number ticks, and a little room so a point on 100 % or 5 is drawn whole.
    whole_ticks(y_axis, low, high, step, room=(high - low) * 0.05)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x_axis)
    series.attachAxis(y_axis)
    return chart


def bar_chart(
    data: ChartData,
    columns: list[int],
    names: tuple[str, ...],
    low: float,
    high: float,
    step: float = 1,
) -> QChart:
    """Bars for ``columns`` of the rows, one set per name (``names`` as shown)."""
    series = QBarSeries()
    for column, name in zip(columns, names, strict=True):
        bar_set = QBarSet(name)
        for row in data.rows:
            value = row[column]
            bar_set.append(float(value) if isinstance(value, int | float) else 0.0)
        series.append(bar_set)
    chart = QChart()
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append([str(row[0]) for row in data.rows])
    categories.setTitleText(tr(data.x_title))
    if len(data.rows) > LABELS_ACROSS:
        categories.setLabelsAngle(-90)  # upright, or the chart would shorten them to "…"
    values = QValueAxis()
    # A little headroom: a bar of exactly 100 % is drawn whole, not lost in the edge.
    whole_ticks(values, low, high, step)
    values.setMax(values.max() + (values.max() - low) * 0.04)
    values.setTitleText(tr(data.y_title))
    chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    series.attachAxis(values)
    return chart


def recognition_chart(data: ChartData) -> QChart:
    """Recognitions per person as horizontal bars, fewest first."""
    labels = [str(row[0]) for row in data.rows]
    return counted_bars(data, data.rows, labels, tr(data.x_title))


def counted_bars(
    data: ChartData, rows: list[tuple[object, ...]], labels: list[str], category_title: str = ""
) -> QChart:
    """Horizontal bars of the counts in ``rows`` (the first row drawn lowest), named by
    ``labels``, each with its number beside it."""
    series = QHorizontalBarSeries()
    bar_set = QBarSet(tr(data.series[0]))
    for row in rows:
        bar_set.append(float(row[1]))  # type: ignore[arg-type]
    series.append(bar_set)
    series.setLabelsVisible(True)
    # Beside the bar, on the card: text colour on a pale bar would be hard to read.
    series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
    chart = QChart()
    chart.addSeries(series)
    names = QBarCategoryAxis()
    names.append(labels)
    if category_title:
        names.setTitleText(category_title)
    counts = QValueAxis()
    top = label_room(max(int(row[1]) for row in rows))  # type: ignore[call-overload]
    whole_ticks(counts, 0, top, count_step(top))
    counts.setTitleText(tr(data.y_title))
    chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(names)
    series.attachAxis(counts)
    return chart


def stacked_chart(data: ChartData, step: float = 1, quiet: int = 2) -> QChart:
    """One stacked bar per row, a part per series (marked names, shown with tr); the last
    ``quiet`` series ("Other", "No cause given") are painted quietly. More than a few
    rows (up to a quarter's weeks) lie across, one under the other (the newest on top),
    so every label ("12 Oct") reads whole instead of being cut under a thin bar."""
    across = ROWS_UPRIGHT < len(data.rows) <= ROWS_ACROSS
    series: QAbstractBarSeries = QHorizontalStackedBarSeries() if across else QStackedBarSeries()
    for column, name in enumerate(data.series, start=1):
        bar_set = QBarSet(tr(name))
        for row in data.rows:
            value = row[column]
            bar_set.append(float(value) if isinstance(value, int | float) else 0.0)
        series.append(bar_set)
    chart = QChart()
    chart.setProperty("muted_tail", quiet)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append([str(row[0]) for row in data.rows])
    categories.setTitleText(tr(data.x_title))
    if not across and len(data.rows) > LABELS_ACROSS:
        categories.setLabelsAngle(-90)  # upright, or the chart would shorten them to "…"
    totals = [sum(float(v) for v in row[1:] if isinstance(v, int | float)) for row in data.rows]
    top = max(2, int(max(totals, default=0)) + 1)
    values = QValueAxis()
    whole_ticks(values, 0, top, max(step, count_step(top)))
    values.setTitleText(tr(data.y_title))
    chart.addAxis(
        categories, Qt.AlignmentFlag.AlignLeft if across else Qt.AlignmentFlag.AlignBottom
    )
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom if across else Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    series.attachAxis(values)
    return chart
