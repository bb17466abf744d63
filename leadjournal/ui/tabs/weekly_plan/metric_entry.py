"""Friday's team metrics: this week's value of each metric the user defined, against its
target, with an optional note; saved as typed. The manager dialog is one click away."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leadjournal.db.models import Metric
from leadjournal.i18n import tr
from leadjournal.services.metrics import (
    MetricError,
    TeamMetrics,
    format_number,
    meets_target,
    parse_number,
    with_unit,
)
from leadjournal.ui import theme
from leadjournal.ui.forms import clear_layout, question_label, set_quietly
from leadjournal.ui.saving import Autosaver
from leadjournal.ui.tabs.metric_manager import MetricManager, question_text

VALUE_WIDTH_CHARACTERS = 9


class MetricRow:
    """The editors of one metric's row."""

    def __init__(self, metric: Metric) -> None:
        self.metric = metric
        shown = f"{metric.name} ({metric.unit})" if metric.unit else metric.name
        self.name = QLabel(shown)
        self.name.setWordWrap(True)
        self.value = QLineEdit()
        self.value.setAccessibleName(tr("This week's {0}").format(metric.name))
        self.value.setPlaceholderText(tr("Value"))
        self.value.setAlignment(Qt.AlignmentFlag.AlignRight)
        width = self.value.fontMetrics().averageCharWidth() * VALUE_WIDTH_CHARACTERS + 24
        self.value.setMaximumWidth(width)
        self.value.setMinimumWidth(width)
        self.note = QLineEdit()
        self.note.setAccessibleName(tr("Note on {0}").format(metric.name))
        self.note.setPlaceholderText(tr("What is behind the number? (optional)"))
        self.state = QLabel()
        self.state.setWordWrap(True)
        theme.set_role(self.state, "caption")

    def show_state(self, text: str) -> None:
        """Under the row: the target and whether this week met it, or a problem."""
        try:
            value = parse_number(text)
        except MetricError as error:
            self.state.setText(str(error))
            theme.set_tone(self.state, "danger")
            return
        metric = self.metric
        theme.set_tone(self.state, None)
        if metric.target is None:
            self.state.setText("" if value is not None else tr("No target set."))
            return
        target = tr("Target {0}").format(with_unit(metric.target, metric.unit))
        met = meets_target(metric, value) if value is not None else None
        if met is None:
            self.state.setText(target)
        elif met:
            self.state.setText(tr("{0} — on target ✓").format(target))
        else:
            self.state.setText(tr("{0} — not reached this week").format(target))
            theme.set_tone(self.state, "warning")


class MetricEntry(QGroupBox):
    """This week's values of the active metrics, in the Friday review."""

    def __init__(
        self, metrics: TeamMetrics, autosave: Autosaver, parent: QWidget | None = None
    ) -> None:
        super().__init__(tr("Team metrics"), parent)
        theme.set_role(self, "card")
        self.service = metrics
        self.autosave = autosave
        self.week: dt.date | None = None
        self.closed = False
        self.rows: dict[int, MetricRow] = {}
        # Tests replace how the manager is shown (it is modal).
        self.open_manager: Callable[[], None] = self._open_manager_dialog
        layout = QVBoxLayout(self)
        self.empty = QLabel(
            tr(
                "Besides delivery and team health, which numbers does your team live by? "
                "Define one, and each Friday you note its value here."
            )
        )
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.question = question_label(tr("A question about your metrics"))
        layout.addWidget(self.question)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(2, 3)
        self.grid.setVerticalSpacing(2)
        layout.addLayout(self.grid)
        footer = QHBoxLayout()
        footer.addStretch(1)
        self.manage_button = QPushButton()
        self.manage_button.clicked.connect(lambda: self.open_manager())
        footer.addWidget(self.manage_button)
        layout.addLayout(footer)

    def show_week(self, week: dt.date, closed: bool) -> None:
        """The active metrics with ``week``'s values; read-only when the week is closed."""
        self.week, self.closed = week, closed
        metrics = self.service.metrics()
        active = [metric for metric in metrics if metric.active]
        values = self.service.values_of_week(week)
        clear_layout(self.grid)
        self.rows = {}
        note = tr("This week is closed: reopen it to change this.") if closed else ""
        for index, metric in enumerate(active):
            row = MetricRow(metric)
            kept = values.get(metric.id)
            set_quietly(row.value, "" if kept is None else format_number(kept.value))
            set_quietly(row.note, "" if kept is None else kept.note)
            row.show_state(row.value.text())
            for editor in (row.value, row.note):
                theme.set_read_only(editor, closed)
                editor.setToolTip(note)
            metric_id = metric.id
            row.value.textChanged.connect(lambda _=None, m=metric_id: self._changed(m))
            row.note.textChanged.connect(lambda _=None, m=metric_id: self._changed(m))
            line = 2 * index
            self.grid.addWidget(row.name, line, 0)
            self.grid.addWidget(row.value, line, 1)
            self.grid.addWidget(row.note, line, 2)
            self.grid.addWidget(row.state, line + 1, 1, 1, 2)
            self.rows[metric_id] = row
        for upper, lower in pairwise(active):
            QWidget.setTabOrder(self.rows[upper.id].note, self.rows[lower.id].value)
        self.empty.setVisible(not active)
        question = question_text(metrics)
        self.question.setText(question)
        self.question.setVisible(bool(question))
        self.manage_button.setText(
            tr("Manage metrics…") if metrics else tr("Add your first metric…")
        )

    def _changed(self, metric_id: int) -> None:
        row = self.rows[metric_id]
        text, note = row.value.text(), row.note.text()
        row.show_state(text)
        week = self.week
        if week is None or self.closed:
            return
        try:
            value = parse_number(text)
        except MetricError:
            return  # said under the row; nothing is saved until it is a number
        if value is None and note.strip():
            row.state.setText(tr("Write the number too: a note is kept with its value."))
        self.autosave.schedule(
            f"metric:{metric_id}:{week.isoformat()}",
            lambda: self.service.record(metric_id, week, text, note),
        )

    def _open_manager_dialog(self) -> None:
        self.autosave.flush()
        MetricManager(self.service, self).exec()
        if self.week is not None:
            self.show_week(self.week, self.closed)
