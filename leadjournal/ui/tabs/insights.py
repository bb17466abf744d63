"""The Insights tab: trends over weeks, and the weekly lead-or-manage self-check."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QDateTime,
    QIODevice,
    QPointF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCursor, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from leadjournal.db.repositories import Repositories
from leadjournal.errors import JournalError
from leadjournal.i18n import tr
from leadjournal.services.documents import write_bytes, write_text
from leadjournal.services.insights import RANGES, ChartData, Insights, range_bounds
from leadjournal.services.practice import (
    LEAD_SIGNALS,
    MANAGE_SIGNALS,
    balance,
    load_catalogue,
    suggested_moves,
)
from leadjournal.services.weeks import week_start_of
from leadjournal.ui.forms import kind_chip

CHART_HEIGHT = 300


def _msecs(day: dt.date) -> float:
    # Midday local time: a daylight-saving change at night never moves the point a day.
    # (time.mktime is many times faster than building a QDateTime per point.)
    return time.mktime(dt.datetime.combine(day, dt.time(12)).timetuple()) * 1000.0


def _week_axis(first: dt.date, last: dt.date) -> QDateTimeAxis:
    axis = QDateTimeAxis()
    axis.setTitleText(tr("Week"))
    long_span = (last - first).days > 200
    axis.setFormat("MMM yyyy" if long_span else "d MMM")
    axis.setTickCount(min(8, max(2, (last - first).days // 7 + 1)))
    axis.setRange(QDateTime.fromMSecsSinceEpoch(int(_msecs(first))),
                  QDateTime.fromMSecsSinceEpoch(int(_msecs(last))))  # fmt: skip
    return axis


class ChartPanel(QGroupBox):
    """One chart with its own PNG and CSV export, or one sentence when there is no data."""

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
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.png_button = QPushButton(tr("Save as PNG…"))
        self.png_button.clicked.connect(self.save_png)
        self.csv_button = QPushButton(tr("Save data as CSV…"))
        self.csv_button.clicked.connect(self.save_csv)
        buttons.addWidget(self.png_button)
        buttons.addWidget(self.csv_button)
        layout.addLayout(buttons)

    def show_chart(self, data: ChartData, chart: QChart | None, empty_text: str) -> None:
        self.data = data
        has_data = chart is not None and bool(data.rows)
        if has_data and chart is not None:
            chart.setTitle(tr(data.title))
            chart.legend().setVisible(True)
            chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
            chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
            old = self.view.chart()
            self.view.setChart(chart)
            if old is not None:
                old.deleteLater()
        self.empty.setText(empty_text)
        self.stack.setCurrentIndex(0 if has_data else 1)
        self.png_button.setEnabled(has_data)
        self.csv_button.setEnabled(bool(data.rows))
        self.note.setText("\n".join(data.notes) if data.key == "recognition" else "")
        self.note.setVisible(bool(self.note.text()))

    def save_png(self) -> Path | None:
        if self.data is None:
            return None
        path = self.tab.choose_save_path(tr("Save the chart"), f"{self.data.key}.png",
                                         tr("PNG image (*.png)"))  # fmt: skip
        if path is None:
            return None
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.view.grab().save(buffer, "PNG")
        buffer.close()
        return self.tab.write(path, lambda: write_bytes(path, bytes(data.data())))

    def save_csv(self) -> Path | None:
        if self.data is None:
            return None
        path = self.tab.choose_save_path(tr("Save the chart's data"), f"{self.data.key}.csv",
                                         tr("CSV (*.csv)"))  # fmt: skip
        if path is None:
            return None
        text = self.data.csv()
        return self.tab.write(path, lambda: write_text(path, text))


class InsightsTab(QWidget):
    """Charts over a chosen range, and this week's self-check with suggested moves."""

    charts_drawn = Signal()  # every chart shows the chosen range

    def __init__(self, repositories: Repositories, parent: QWidget | None = None,
                 today: Callable[[], dt.date] = dt.date.today,
                 now: Callable[[], dt.datetime] = dt.datetime.now,
                 charts_in_turns: bool = False) -> None:  # fmt: skip
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
        for index, (key, title) in enumerate((
            ("reliability", "Delivery reliability"), ("health", "Team health"),
            ("balance", "Lead or manage?"), ("adherence", "Practice adherence"),
            ("one_on_ones", "One-on-ones held"), ("recognition", "Recognition"),
        )):  # fmt: skip
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

    # --- the weekly self-check ------------------------------------------------------------

    def _build_self_check(self) -> QWidget:
        box = QGroupBox(tr("This week's self-check: what is the team showing?"))
        layout = QHBoxLayout(box)
        self.signals: dict[str, QCheckBox] = {}
        for kind, title, signals in (("lead", tr("calls for more leading"), LEAD_SIGNALS),
                                     ("manage", tr("calls for more managing"),
                                      MANAGE_SIGNALS)):  # fmt: skip
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
        self.moves.setText(tr("Two moves to try:") + "<br>" + "<br>".join(
            f"• <b>{m.title}</b> — {m.description}" for m in moves))  # fmt: skip

    def _save_check(self) -> None:
        self.repos.practice.save_check(week_start_of(self.today()), **self.current_signals())
        self._show_advice()
        self.refresh_charts()

    # --- charts ---------------------------------------------------------------------------

    def refresh(self) -> None:
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
        steps: list[Callable[[], None]] = [partial(draw, first, last) for draw in (
            self._reliability, self._health, self._balance, self._adherence,
            self._one_on_ones, self._recognition)]  # fmt: skip
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
        chart = self._line_chart(data.series[0], points, first, last, 0, 100,
                                 data.y_title) if points else None  # fmt: skip
        self.panels["reliability"].show_chart(data, chart, tr(
            "Confirm a Monday plan and move tasks to Done to see how reliably the team "
            "delivers what it planned."))  # fmt: skip

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
        chart = self._line_chart(data.series[0], points, first, last, -3, 3,
                                 data.y_title) if points else None  # fmt: skip
        self.panels["balance"].show_chart(data, chart, tr(
            "Tick what the team is showing in the self-check above each week; the balance "
            "between leading and managing builds up here."))  # fmt: skip

    def _adherence(self, first: dt.date, last: dt.date) -> None:
        data = self.insights.adherence(first, last, self.today())
        chart = None
        if data.rows:
            chart = self._bar_chart(data, [1, 2], data.series[:2], 0, 100)
        self.panels["adherence"].show_chart(data, chart, tr(
            "Start a two-week practice cycle in the Practice tab; each cycle's adherence "
            "shows here."))  # fmt: skip

    def _one_on_ones(self, first: dt.date, last: dt.date) -> None:
        data = self.insights.one_on_ones(first, last, self.now())
        chart = None
        if data.rows:
            highest = max(float(v) for row in data.rows for v in row[1:])  # type: ignore[arg-type]
            chart = self._bar_chart(data, list(range(1, len(data.series) + 1)), data.series, 0,
                                    max(2, int(highest) + 1))  # fmt: skip
        self.panels["one_on_ones"].show_chart(data, chart, tr(
            "One-on-ones you hold with your team are counted here, month by month."))  # fmt: skip

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
            counts.setRange(0, max(2, max(int(row[1]) for row in data.rows) + 1))  # type: ignore[call-overload]
            counts.setLabelFormat("%d")
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
    def _line_chart(name: str, points: list[tuple[object, object]], first: dt.date,
                    last: dt.date, low: float, high: float, y_title: str) -> QChart:  # fmt: skip
        series = QLineSeries()
        series.setName(tr(name))
        series.setPointsVisible(True)
        for day, value in points:
            series.append(_msecs(day), float(value))  # type: ignore[arg-type]
        chart = QChart()
        chart.addSeries(series)
        x_axis = _week_axis(first, last)
        y_axis = QValueAxis()
        y_axis.setRange(low, high)
        y_axis.setTitleText(tr(y_title))
        y_axis.setLabelFormat("%d")
        # Whole-number ticks: one per step on short scales (1–5, −3…3), else quarters.
        span = int(high - low)
        y_axis.setTickCount(span + 1 if span <= 8 else 5)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        return chart

    @staticmethod
    def _bar_chart(data: ChartData, columns: list[int], names: tuple[str, ...], low: float,
                   high: float) -> QChart:  # fmt: skip
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
        values.setRange(low, high)
        values.setLabelFormat("%d")
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
        name, _selected = QFileDialog.getSaveFileName(self, caption, str(Path.home() / suggested),
                                                      filter_text)  # fmt: skip
        return Path(name) if name else None
