"""The Insights tab: trends over weeks, and the weekly lead-or-manage self-check."""

from __future__ import annotations

import datetime as dt
import html
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
    QXYSeries,
)
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QPointF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCursor, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMenu,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from leadjournal import clock
from leadjournal.db.repositories import Repositories
from leadjournal.errors import JournalError
from leadjournal.i18n import tr, tr_n
from leadjournal.services.documents import write_bytes, write_text
from leadjournal.services.insights import (
    RANGES,
    TREND_WEEKS,
    ChartData,
    Headline,
    Insights,
    range_bounds,
)
from leadjournal.services.practice import (
    LEAD_SIGNALS,
    MANAGE_SIGNALS,
    balance,
    load_catalogue,
    suggested_moves,
)
from leadjournal.services.weeks import week_start_of
from leadjournal.text import day_month, month_year
from leadjournal.ui.forms import kind_chip, title_label

CHART_HEIGHT = 300
HALF_WEEK_MS = 3.5 * 24 * 3600 * 1000.0
TREND_NOTE = "Your trend appears after two weeks of numbers."


def _msecs(day: dt.date) -> float:
    # Midday local time: a daylight-saving change at night never moves the point a day.
    # (time.mktime is many times faster than building a QDateTime per point.)
    return time.mktime(dt.datetime.combine(day, dt.time(12)).timetuple()) * 1000.0


def _week_axis(first: dt.date, last: dt.date) -> QCategoryAxis:
    """Weeks along the bottom, labelled on their Mondays, with half a week to spare at
    each end: a single week's point sits in the middle instead of on a zero-wide axis."""
    axis = QCategoryAxis()
    axis.setTitleText(tr("Week"))
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    low, high = _msecs(first) - HALF_WEEK_MS, _msecs(last) + HALF_WEEK_MS
    axis.setRange(low, high)
    axis.setStartValue(low)
    mondays = [first + dt.timedelta(weeks=n) for n in range((last - first).days // 7 + 1)]
    long_span = len(mondays) > 30
    if long_span:  # months: one label on the first Monday of a month
        mondays = [day for day in mondays if day.day <= 7]
    every = max(1, -(-len(mondays) // 8))  # at most eight labels
    for day in mondays[::every]:
        axis.append(month_year(day) if long_span else day_month(day), _msecs(day))
    return axis


def _whole_ticks(axis: QValueAxis, low: float, high: float, step: float, room: float = 0.0) -> None:
    """Ticks on whole numbers from ``low`` every ``step``, labelled as integers; ``room``
    widens the range a little so a point or bar at either end is drawn whole."""
    axis.setRange(low - room, high + room)
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(low)
    axis.setTickInterval(step)
    axis.setLabelFormat("%d")


def _count_step(highest: float) -> int:
    """A whole-number tick step for counts: every one up to 8, else about five ticks."""
    return 1 if highest <= 8 else max(1, -(-int(highest) // 5))


def _legend_entries(chart: QChart) -> list[tuple[str, str]]:
    """(name, colour) of every line and bar set, in the order they were added."""
    entries: list[tuple[str, str]] = []
    for series in chart.series():
        if isinstance(series, QAbstractBarSeries):
            entries += [(bar_set.label(), bar_set.color().name()) for bar_set in series.barSets()]
        elif isinstance(series, QXYSeries):
            entries.append((series.name(), series.color().name()))
    return entries


class ChartPanel(QGroupBox):
    """One chart with one "Save…" menu (PNG or CSV), or one sentence when there is no data.

    The legend is a wrapping line under the chart rather than the chart's own, which
    shortens long names ("Lena Fisc…") when they do not fit on one row.
    """

    def __init__(self, tab: InsightsTab, title: str) -> None:
        super().__init__(title)
        self.tab = tab
        self.data: ChartData | None = None
        layout = QVBoxLayout(self)
        self.stack = QStackedWidget()
        self.view = QChartView()
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(CHART_HEIGHT)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(placeholder-text);")
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
            entries = _legend_entries(chart)
            old = self.view.chart()
            self.view.setChart(chart)
            if old is not None:
                old.deleteLater()
        # Non-breaking inside an entry, so a line wraps between names, never within one.
        self.legend.setText(
            "&nbsp;&nbsp; ".join(
                f"<span style='color:{colour}'>■</span>&nbsp;"
                + html.escape(name).replace(" ", "&nbsp;")
                for name, colour in entries
            )
        )
        self.legend.setVisible(len(entries) > 1)  # one line needs no key: the title says it
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
        path = self.tab.choose_save_path(
            tr("Save the chart"), f"{self.data.key}.png", tr("PNG image (*.png)")
        )
        if path is None:
            return None
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.picture().save(buffer, "PNG")
        buffer.close()
        return self.tab.write(path, lambda: write_bytes(path, bytes(data.data()), replace=True))

    def save_csv(self) -> Path | None:
        if self.data is None:
            return None
        path = self.tab.choose_save_path(
            tr("Save the chart's data"), f"{self.data.key}.csv", tr("CSV (*.csv)")
        )
        if path is None:
            return None
        text = self.data.csv()
        return self.tab.write(path, lambda: write_text(path, text, replace=True))


class InsightsTab(QWidget):
    """Charts over a chosen range, and this week's self-check with suggested moves."""

    charts_drawn = Signal()  # every chart shows the chosen range

    def __init__(
        self,
        repositories: Repositories,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = clock.today,
        now: Callable[[], dt.datetime] = clock.now,
        charts_in_turns: bool = False,
    ) -> None:
        super().__init__(parent)
        self.repos = repositories
        self.charts_in_turns = charts_in_turns
        self._chart_round = 0  # counts refreshes, so a newer one stops an older drawing
        self._chart_round_drawn = 0
        self.today = today
        self.now = now
        self.insights = Insights(repositories)
        try:
            self.catalogue = load_catalogue()
        except JournalError:
            self.catalogue = []
        self.inform: Callable[[str, str], None] = self._inform_with_dialog
        self.choose_save_path: Callable[[str, str, str], Path | None] = self._choose_save_path
        self._health_rows: dict[float, str] = {}

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.addLayout(self._build_headline())
        layout.addWidget(self._build_self_check())
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Show")))
        self.range = QComboBox()
        self.range.setAccessibleName(tr("Time range of the charts"))
        for key, label, _weeks in RANGES:
            self.range.addItem(tr(label), key)
        self.range.activated.connect(lambda *_: self.refresh_charts())
        top.addWidget(self.range)
        top.addStretch(1)
        layout.addLayout(top)
        grid = QGridLayout()
        self.panels: dict[str, ChartPanel] = {}
        for index, (key, title) in enumerate(
            (
                ("reliability", "Delivery reliability"),
                ("health", "Team health"),
                ("balance", "Lead or manage?"),
                ("adherence", "Practice adherence"),
                ("one_on_ones", "One-on-ones held"),
                ("recognition", "Recognition"),
            )
        ):
            panel = ChartPanel(self, tr(title))
            self.panels[key] = panel
            grid.addWidget(panel, index // 2, index % 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.pulses = QListWidget()
        self.pulses.setAccessibleName(tr("What made work harder, week by week"))
        self.pulses.setWordWrap(True)
        self.pulses.setMaximumHeight(96)
        health_layout = self.panels["health"].layout()
        if isinstance(health_layout, QVBoxLayout):
            health_layout.insertWidget(1, self.pulses)
        layout.addLayout(grid)
        scroll.setWidget(body)
        outer.addWidget(scroll)
        self.refresh()

    # --- this week's numbers, large -------------------------------------------------------

    def _build_headline(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.headline_values: dict[str, QLabel] = {}
        self.headline_details: dict[str, QLabel] = {}
        for key, title in (
            ("reliability", tr("Delivery reliability")),
            ("health", tr("Team health")),
            ("adherence", tr("Practice adherence")),
        ):
            tile = QGroupBox(title)
            tile.setObjectName(f"headline_{key}")
            column = QVBoxLayout(tile)
            value = title_label(2.2, "—")
            value.setAccessibleName(title)
            detail = QLabel()
            detail.setWordWrap(True)
            detail.setStyleSheet("color: palette(placeholder-text);")
            column.addWidget(value)
            column.addWidget(detail)
            column.addStretch(1)
            self.headline_values[key] = value
            self.headline_details[key] = detail
            row.addWidget(tile, 1)
        return row

    def _fill_headline(self) -> None:
        numbers = self.insights.headline(self.today())
        this_week = week_start_of(self.today())
        for key, (value, detail) in self._headline_texts(numbers, this_week).items():
            self.headline_values[key].setText(value)
            self.headline_details[key].setText(detail)

    @staticmethod
    def _headline_texts(numbers: Headline, this_week: dt.date) -> dict[str, tuple[str, str]]:
        texts: dict[str, tuple[str, str]] = {}
        if numbers.reliability is None:
            texts["reliability"] = (
                "—",
                tr(
                    "Confirm a plan and move tasks to Done to see how much of it the team delivers."
                ),
            )
        else:
            if numbers.reliability_week == this_week:
                done = tr_n(
                    "{0} of %n planned tasks done this week",
                    numbers.planned,
                    "{0} of %n planned task done this week",
                )
            else:
                done = tr_n(
                    "{0} of %n planned tasks done last week",
                    numbers.planned,
                    "{0} of %n planned task done last week",
                )
            texts["reliability"] = (f"{numbers.reliability:.0%}", done.format(numbers.planned_done))
        if numbers.health is None:
            texts["health"] = ("—", tr("Give the week a score from 1 to 5 in Friday's review."))
        else:
            texts["health"] = (
                tr("{0} / 5").format(numbers.health),
                tr("This week's score")
                if numbers.health_week == this_week
                else tr("Last week's score"),
            )
        adherence = numbers.adherence
        if adherence is None:
            texts["adherence"] = (
                "—",
                tr("Start a two-week practice in the Practice tab and tick the days you did it."),
            )
        else:
            parts = [
                tr("{0} {1:.0%}").format(label, value)
                for label, value in (
                    (tr("leading"), numbers.lead_adherence),
                    (tr("managing"), numbers.manage_adherence),
                )
                if value is not None
            ]
            cycle = tr("this cycle so far") if numbers.cycle_active else tr("last cycle")
            texts["adherence"] = (
                f"{adherence:.0%}",
                tr("Days done, {0}: {1}").format(cycle, ", ".join(parts)),
            )
        return texts

    # --- the weekly self-check ------------------------------------------------------------

    def _build_self_check(self) -> QWidget:
        box = QGroupBox(tr("This week's self-check: what is the team showing?"))
        layout = QHBoxLayout(box)
        self.signals: dict[str, QCheckBox] = {}
        for kind, title, signals in (
            ("lead", tr("calls for more leading"), LEAD_SIGNALS),
            ("manage", tr("calls for more managing"), MANAGE_SIGNALS),
        ):
            column = QVBoxLayout()
            heading = QHBoxLayout()
            heading.addWidget(kind_chip(kind))
            heading.addWidget(QLabel(title))
            heading.addStretch(1)
            column.addLayout(heading)
            for name, label in signals:
                check = QCheckBox(tr(label))
                check.toggled.connect(lambda *_: self._save_check())
                column.addWidget(check)
                self.signals[name] = check
            column.addStretch(1)
            layout.addLayout(column, 1)
        result = QVBoxLayout()
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        font = self.advice.font()
        font.setBold(True)
        self.advice.setFont(font)
        self.moves = QLabel()
        self.moves.setWordWrap(True)
        self.moves.setTextFormat(Qt.TextFormat.RichText)
        result.addWidget(self.advice)
        result.addWidget(self.moves)
        result.addStretch(1)
        layout.addLayout(result, 2)
        return box

    def _fill_self_check(self) -> None:
        check = self.repos.practice.check(week_start_of(self.today()))
        for name, box in self.signals.items():
            box.blockSignals(True)
            box.setChecked(bool(check and getattr(check, name)))
            box.blockSignals(False)
        self._show_advice()

    def current_signals(self) -> dict[str, bool]:
        return {name: box.isChecked() for name, box in self.signals.items()}

    def _show_advice(self) -> None:
        signals = self.current_signals()
        result = balance(signals)
        self.advice.setText(tr(result.advice))
        moves = suggested_moves(signals, self.catalogue)
        self.moves.setText(
            tr("Two moves to try:")
            + "<br>"
            + "<br>".join(f"• <b>{m.title}</b> — {m.description}" for m in moves)
        )

    def _save_check(self) -> None:
        self.repos.practice.save_check(week_start_of(self.today()), **self.current_signals())
        self._show_advice()
        self.refresh_charts()

    # --- charts ---------------------------------------------------------------------------

    def refresh(self) -> None:
        self._fill_headline()
        self._fill_self_check()
        self.refresh_charts()

    def refresh_charts(self) -> None:
        """Draw every chart for the chosen range. With ``charts_in_turns`` (as in the
        window) one chart is drawn per turn of the event loop: six charts over ten years
        at once would hold the window still for longer than a tenth of a second."""
        first, last = range_bounds(self.range.currentData(), self.today())
        weeks = self.repos.weeks.week_starts()
        if weeks:
            first = max(first, weeks[0])
        steps: list[Callable[[], None]] = [
            partial(draw, first, last)
            for draw in (
                self._reliability,
                self._health,
                self._balance,
                self._adherence,
                self._one_on_ones,
                self._recognition,
            )
        ]
        self._chart_round += 1  # a drawing still under way stops at its next turn
        if self.charts_in_turns:
            self._draw_in_turns(self._chart_round, steps)
            return
        for step in steps:
            step()
        self._chart_round_drawn = self._chart_round
        self.charts_drawn.emit()

    def _draw_in_turns(self, chart_round: int, steps: list[Callable[[], None]]) -> None:
        if chart_round != self._chart_round:
            return  # the range changed meanwhile: that drawing has taken over
        steps.pop(0)()
        if steps:
            QTimer.singleShot(0, self, lambda: self._draw_in_turns(chart_round, steps))
        else:
            self._chart_round_drawn = chart_round
            self.charts_drawn.emit()

    @property
    def drawing_charts(self) -> bool:
        """Whether some charts are still to be drawn in later turns."""
        return self.charts_in_turns and self._chart_round_drawn != self._chart_round

    def _reliability(self, first: dt.date, last: dt.date) -> None:
        data = self.insights.reliability(first, last)
        points = [(row[0], row[1]) for row in data.rows if row[1] is not None]
        chart = (
            self._line_chart(data.series[0], points, first, last, 0, 100, data.y_title, step=25)
            if points
            else None
        )
        self.panels["reliability"].show_chart(
            data,
            chart,
            tr(
                "Confirm a Monday plan and move tasks to Done to see how reliably the team "
                "delivers what it planned."
            ),
            self._trend_note(points),
        )

    def _health(self, first: dt.date, last: dt.date) -> None:
        data = self.insights.team_health(first, last)
        points = [(row[0], row[1]) for row in data.rows if row[1] is not None]
        chart = None
        if points:
            chart = self._line_chart(data.series[0], points, first, last, 1, 5, data.y_title)
            self._health_rows = {_msecs(row[0]): str(row[2]) for row in data.rows}  # type: ignore[arg-type]
            series = chart.series()[0]
            if isinstance(series, QLineSeries):
                series.hovered.connect(self._show_pulse)
        self.panels["health"].show_chart(
            data,
            chart,
            tr("Give the week a team-health score in the Friday review to see the trend."),
            self._trend_note(points),
        )
        self.pulses.clear()
        self.pulses.addItems(data.notes)
        self.pulses.setVisible(bool(data.notes))

    def _show_pulse(self, point: QPointF, shown: bool) -> None:
        if not shown:
            QToolTip.hideText()
            return
        nearest = min(self._health_rows, key=lambda x: abs(x - point.x()), default=None)
        if nearest is not None and self._health_rows[nearest]:
            QToolTip.showText(QCursor.pos(), self._health_rows[nearest])

    def _balance(self, first: dt.date, last: dt.date) -> None:
        data = self.insights.balance(first, last)
        points = [(row[0], row[1]) for row in data.rows]
        chart = (
            self._line_chart(data.series[0], points, first, last, -3, 3, data.y_title)
            if points
            else None
        )
        self.panels["balance"].show_chart(
            data,
            chart,
            tr(
                "Tick what the team is showing in the self-check above each week; the balance "
                "between leading and managing builds up here."
            ),
            self._trend_note(points),
        )

    def _adherence(self, first: dt.date, last: dt.date) -> None:
        data = self.insights.adherence(first, last, self.today())
        chart = None
        if data.rows:
            chart = self._bar_chart(data, [1, 2], data.series[:2], 0, 100, step=25)
        self.panels["adherence"].show_chart(
            data,
            chart,
            tr(
                "Start a two-week practice cycle in the Practice tab; each cycle's adherence "
                "shows here."
            ),
        )

    def _one_on_ones(self, first: dt.date, last: dt.date) -> None:
        data = self.insights.one_on_ones(first, last, self.now())
        chart = None
        if data.rows:
            highest = max(float(v) for row in data.rows for v in row[1:])  # type: ignore[arg-type]
            top = max(2, int(highest) + 1)
            chart = self._bar_chart(
                data,
                list(range(1, len(data.series) + 1)),
                data.series,
                0,
                top,
                step=_count_step(top),
            )
        self.panels["one_on_ones"].show_chart(
            data, chart, tr("One-on-ones you hold with your team are counted here, month by month.")
        )

    def _recognition(self, first: dt.date, last: dt.date) -> None:
        data = self.insights.recognition(first, last)
        chart = None
        if data.rows:
            series = QHorizontalBarSeries()
            bar_set = QBarSet(tr(data.series[0]))
            for row in data.rows:
                bar_set.append(float(row[1]))  # type: ignore[arg-type]
            series.append(bar_set)
            series.setLabelsVisible(True)
            chart = QChart()
            chart.addSeries(series)
            people = QBarCategoryAxis()
            people.append([str(row[0]) for row in data.rows])
            people.setTitleText(tr(data.x_title))
            counts = QValueAxis()
            top = max(2, max(int(row[1]) for row in data.rows) + 1)  # type: ignore[call-overload]
            _whole_ticks(counts, 0, top, _count_step(top))
            counts.setTitleText(tr(data.y_title))
            chart.addAxis(people, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom)
            series.attachAxis(people)
            series.attachAxis(counts)
        self.panels["recognition"].show_chart(
            data,
            chart,
            tr("Add the people you look after to see who is recognised, and who never is."),
        )

    @staticmethod
    def _trend_note(points: list[tuple[object, object]]) -> str:
        """A sentence while a line has too few weeks to be a trend."""
        return tr(TREND_NOTE) if 0 < len(points) < TREND_WEEKS else ""

    @staticmethod
    def _line_chart(
        name: str,
        points: list[tuple[object, object]],
        first: dt.date,
        last: dt.date,
        low: float,
        high: float,
        y_title: str,
        step: float = 1,
    ) -> QChart:
        series = QLineSeries()
        series.setName(tr(name))
        # Markers large enough to see: a first week is a single point, with no line yet.
        series.setPointsVisible(True)
        series.setMarkerSize(8)
        for day, value in points:
            series.append(_msecs(day), float(value))  # type: ignore[arg-type]
        chart = QChart()
        chart.addSeries(series)
        x_axis = _week_axis(first, last)
        y_axis = QValueAxis()
        y_axis.setTitleText(tr(y_title))
        # Whole-number ticks, and a little room so a point on 100 % or 5 is drawn whole.
        _whole_ticks(y_axis, low, high, step, room=(high - low) * 0.05)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        return chart

    @staticmethod
    def _bar_chart(
        data: ChartData,
        columns: list[int],
        names: tuple[str, ...],
        low: float,
        high: float,
        step: float = 1,
    ) -> QChart:
        series = QBarSeries()
        for column, name in zip(columns, names, strict=True):
            bar_set = QBarSet(tr(name))
            for row in data.rows:
                value = row[column]
                bar_set.append(float(value) if isinstance(value, int | float) else 0.0)
            series.append(bar_set)
        chart = QChart()
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([str(row[0]) for row in data.rows])
        categories.setTitleText(tr(data.x_title))
        values = QValueAxis()
        # A little headroom: a bar of exactly 100 % is drawn whole, not lost in the edge.
        _whole_ticks(values, low, high, step)
        values.setMax(high + (high - low) * 0.04)
        values.setTitleText(tr(data.y_title))
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)
        return chart

    # --- files and dialogs ----------------------------------------------------------------

    def write(self, path: Path, action: Callable[[], None]) -> Path | None:
        try:
            action()
        except JournalError as error:
            self.inform(tr("Not saved"), str(error))
            return None
        return path

    def flush_pending_edits(self) -> None:
        """Ticks are saved as they are clicked; nothing waits here."""

    def _inform_with_dialog(self, title: str, text: str) -> None:
        QMessageBox.information(self, title, text)

    def _choose_save_path(self, caption: str, suggested: str, filter_text: str) -> Path | None:
        name, _selected = QFileDialog.getSaveFileName(
            self, caption, str(Path.home() / suggested), filter_text
        )
        return Path(name) if name else None
