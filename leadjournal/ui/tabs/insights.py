"""The Insights tab: trends over weeks, and the weekly lead-or-manage self-check."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCharts import QLineSeries
from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QResizeEvent, QShowEvent
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
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from leadjournal import clock
from leadjournal.db.repositories import Repositories
from leadjournal.errors import JournalError
from leadjournal.i18n import QT_TRANSLATE_NOOP, tr, tr_n
from leadjournal.services.insights import (
    RANGES,
    TREND_WEEKS,
    Headline,
    Insights,
    range_bounds,
)
from leadjournal.services.playbook_text import difference_for
from leadjournal.services.practice import (
    LEAD_SIGNALS,
    MANAGE_SIGNALS,
    balance,
    load_catalogue,
    suggested_moves,
)
from leadjournal.services.weeks import week_start_of
from leadjournal.ui import theme
from leadjournal.ui.empty_state import EmptyState
from leadjournal.ui.forms import kind_chip, title_label
from leadjournal.ui.tabs.insight_charts import (
    ChartPanel,
    ChartStep,
    bar_chart,
    count_step,
    in_progress_note,
    line_chart,
    msecs,
    no_cause_note,
    recognition_chart,
    stacked_chart,
    unconfirmed_note,
)
from leadjournal.ui.tabs.insight_goals import GoalsPanel
from leadjournal.ui.tabs.metric_charts import MetricsSection

TREND_NOTE = QT_TRANSLATE_NOOP("", "Your trend appears after two weeks of numbers.")
CHART_TITLES = (
    ("reliability", QT_TRANSLATE_NOOP("", "Delivery reliability")),
    ("health", QT_TRANSLATE_NOOP("", "Team health")),
    ("balance", QT_TRANSLATE_NOOP("", "Lead or manage?")),
    ("adherence", QT_TRANSLATE_NOOP("", "Practice adherence")),
    ("one_on_ones", QT_TRANSLATE_NOOP("", "One-on-ones held")),
    ("recognition", QT_TRANSLATE_NOOP("", "Recognition")),
    ("slip_causes", QT_TRANSLATE_NOOP("", "Why tasks slipped")),
)


def _itself(widget: QWidget) -> QWidget:
    return widget


class InsightsTab(QWidget):
    """Charts over a chosen range, and this week's self-check with suggested moves."""

    charts_drawn = Signal()  # every chart shows the chosen range
    link_requested = Signal(str)  # a ``leadjournal:`` link (the empty state's way to the plan)

    def __init__(
        self,
        repositories: Repositories,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = clock.today,
        now: Callable[[], dt.datetime] = clock.now,
        charts_in_turns: bool = False,
    ) -> None:
        super().__init__(parent)
        self.charts_in_turns = charts_in_turns
        self._waiting: list[ChartStep] = []  # in the window: charts not yet seen
        self._next_turn = QTimer(self)
        self._next_turn.setSingleShot(True)
        self._next_turn.setInterval(0)
        self._next_turn.timeout.connect(self._draw_next_seen)
        self._look_again = QTimer(self)
        self._look_again.setSingleShot(True)
        self._look_again.setInterval(0)
        self._look_again.timeout.connect(self._draw_when_seen)
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
        space = theme.SPACE  # a tab's edge: the same on every tab
        layout.setContentsMargins(space["m"], space["m"], space["m"], space["s"])
        layout.addLayout(self._build_headline())
        layout.addWidget(self._build_self_check())
        # Before the first planned week the charts would all be blank: say what comes here.
        self.empty_state = EmptyState(
            "empty.insights",
            tr(
                "Once you have planned a week and reviewed it, here you will see how delivery, "
                "team health and your practice change from week to week."
            ),
            tr("Plan this week"),
            lambda: self.link_requested.emit("leadjournal:weekly-plan"),
        )
        layout.addWidget(self.empty_state)
        top = QHBoxLayout()
        self.range_label = QLabel(tr("Show"))
        top.addWidget(self.range_label)
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
        for index, (key, title) in enumerate(CHART_TITLES):
            panel = ChartPanel(self, tr(title))
            self.panels[key] = panel
            grid.addWidget(panel, index // 2, index % 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        # Goals above the week, in the grid's free place beside the last chart.
        self.goals_panel = GoalsPanel(self, repositories)
        grid.addWidget(self.goals_panel, len(CHART_TITLES) // 2, len(CHART_TITLES) % 2)
        self.pulses = QListWidget()
        self.pulses.setAccessibleName(tr("What made work harder, week by week"))
        self.pulses.setWordWrap(True)
        self.pulses.setMaximumHeight(96)
        health_layout = self.panels["health"].layout()
        if isinstance(health_layout, QVBoxLayout):
            health_layout.insertWidget(1, self.pulses)
        layout.addLayout(grid)
        self.metrics = MetricsSection(repositories, self)  # the team's own metrics
        layout.addWidget(self.metrics)
        scroll.setWidget(body)
        self._page = body
        body.installEventFilter(self)
        scroll.verticalScrollBar().valueChanged.connect(lambda *_: self._draw_when_seen())
        self.scroll_area = scroll
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
            tile.setProperty("role", "card")
            tile.setObjectName(f"headline_{key}")
            column = QVBoxLayout(tile)
            value = title_label(2.2, "—")
            value.setAccessibleName(title)
            detail = QLabel()
            detail.setWordWrap(True)
            detail.setProperty("role", "caption")
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
        box.setProperty("role", "card")
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
        # The playbook's reference, at the difference the ticked signals point to.
        self.which_side = QPushButton(tr("Which side is this?"))
        theme.set_role(self.which_side, "quiet")
        self.which_side.clicked.connect(
            lambda: self.link_requested.emit(
                f"leadjournal:playbook?difference={difference_for(self.current_signals())}"
            )
        )
        result.addWidget(self.which_side, 0, Qt.AlignmentFlag.AlignLeft)
        result.addStretch(1)
        layout.addLayout(result, 2)
        return box

    def _fill_self_check(self) -> None:
        check = self.insights.self_check(week_start_of(self.today()))
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
        self.insights.save_self_check(week_start_of(self.today()), self.current_signals())
        self._show_advice()
        self.refresh_charts()

    # --- charts ---------------------------------------------------------------------------

    def refresh(self) -> None:
        self._fill_headline()
        self._fill_self_check()
        self.refresh_charts()

    def refresh_charts(self) -> None:
        """Draw every chart for the chosen range. With ``charts_in_turns`` (as in the
        window) a chart is drawn only once it is scrolled into view, one per turn of the
        event loop: the charts below the fold are not read at all until they are seen,
        and drawing those in view never holds the window still for long."""
        first, last = range_bounds(self.range.currentData(), self.today())
        first_week = self.insights.first_week()
        if first_week is not None:
            first = max(first, first_week)
        self._show_charts(first_week is not None)
        steps = [
            ChartStep(partial(_itself, panel), partial(draw, first, last))
            for panel, draw in (
                (self.panels["reliability"], self._reliability),
                (self.panels["health"], self._health),
                (self.panels["balance"], self._balance),
                (self.panels["adherence"], self._adherence),
                (self.panels["one_on_ones"], self._one_on_ones),
                (self.panels["recognition"], self._recognition),
                (self.panels["slip_causes"], self._slip_causes),
                (self.goals_panel, self.goals_panel.show_range),
            )
        ]
        steps += self.metrics.drawing_steps(first, last)  # a chart per metric
        if self.charts_in_turns:
            self._waiting = steps  # replaces a drawing still under way
            self._next_turn.start()  # the page paints first, then a chart each turn
            return
        for step in steps:
            step.draw()
        self.charts_drawn.emit()

    def _show_charts(self, any_week: bool) -> None:
        """The charts once a week is planned; the empty state before."""
        self.empty_state.show_when(not any_week)
        for widget in (self.range_label, self.range, *self.panels.values(), self.goals_panel):
            widget.setVisible(any_week)

    def _draw_next_seen(self) -> None:
        """Take the next step whose chart is in view (or that draws none), and come back
        in the next turn; with none left, every chart in view shows the range."""
        self._next_turn.stop()
        step = next((s for s in self._waiting if self._in_view(s.where())), None)
        if step is None:
            self.charts_drawn.emit()
            return
        self._waiting.remove(step)
        step.draw()
        self._next_turn.start()

    def _draw_when_seen(self) -> None:
        """Scrolled, resized, shown or laid out anew: draw the charts that came into view."""
        if self._next_turn.isActive():
            return  # a drawing under way takes them in its next turn
        if any(self._in_view(step.where()) for step in self._waiting):
            self._next_turn.start()  # after this paint: a scroll never waits for a chart

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The page laid out anew (a chart drawn taller, a note shown) moves the panels
        # under the view: look again once the layout is done.
        if watched is self._page and event.type() in (
            QEvent.Type.LayoutRequest,
            QEvent.Type.Resize,
        ):
            self._look_again.start()
        return super().eventFilter(watched, event)

    @staticmethod
    def _in_view(widget: QWidget | None) -> bool:
        return widget is None or (widget.isVisible() and not widget.visibleRegion().isEmpty())

    @property
    def drawing_charts(self) -> bool:
        """Whether some charts in view are still to be drawn in later turns."""
        return self.charts_in_turns and self._next_turn.isActive()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._draw_when_seen()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._draw_when_seen()

    def _reliability(self, first: dt.date, last: dt.date) -> None:
        data = self.insights.reliability(first, last, self.today())
        points = [(row[0], row[1]) for row in data.rows if row[1] is not None]
        chart = (
            line_chart(data.series[0], points, first, last, 0, 100, data.y_title, step=25)
            if points
            else None
        )
        if points or data.in_progress is None:
            empty = tr(
                "Confirm a Monday plan and move tasks to Done to see how reliably the team "
                "delivers what it planned."
            )
        else:  # the first week, planned and under way
            empty = tr("Your plan is in: this week joins the line on Friday, when you review it.")
        notes = [self._trend_note(points), unconfirmed_note(data)]
        if points:
            notes.append(in_progress_note(data))
        self.panels["reliability"].show_chart(data, chart, empty, "\n".join(filter(None, notes)))

    def _health(self, first: dt.date, last: dt.date) -> None:
        data = self.insights.team_health(first, last)
        points = [(row[0], row[1]) for row in data.rows if row[1] is not None]
        chart = None
        if points:
            chart = line_chart(data.series[0], points, first, last, 1, 5, data.y_title)
            self._health_rows = {msecs(row[0]): str(row[2]) for row in data.rows}  # type: ignore[arg-type]
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
            line_chart(data.series[0], points, first, last, -3, 3, data.y_title) if points else None
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
            chart = bar_chart(data, [1, 2], tuple(tr(n) for n in data.series[:2]), 0, 100, step=25)
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
            chart = bar_chart(  # the series are people: their names as they are
                data,
                list(range(1, len(data.series) + 1)),
                data.series,
                0,
                top,
                step=count_step(top),
            )
        self.panels["one_on_ones"].show_chart(
            data, chart, tr("One-on-ones you hold with your team are counted here, month by month.")
        )

    def _recognition(self, first: dt.date, last: dt.date) -> None:
        data = self.insights.recognition(first, last)
        chart = None
        if data.rows:
            chart = recognition_chart(data)
        self.panels["recognition"].show_chart(
            data,
            chart,
            tr("Add the people you look after to see who is recognised, and who never is."),
        )

    def _slip_causes(self, first: dt.date, last: dt.date) -> None:
        data = self.insights.slip_causes(first, last, self.today())
        self.panels["slip_causes"].show_chart(
            data,
            stacked_chart(data) if data.rows else None,
            tr(
                "Tasks that slip show here, week by week. Give each a cause in the Friday "
                "review (estimate, dependency, absence…) to see what makes work slip."
            ),
            no_cause_note(data),
        )

    @staticmethod
    def _trend_note(points: list[tuple[object, object]]) -> str:
        """A sentence while a line has too few weeks to be a trend."""
        return tr(TREND_NOTE) if 0 < len(points) < TREND_WEEKS else ""

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
