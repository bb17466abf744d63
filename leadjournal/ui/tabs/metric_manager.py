"""The small dialog where the user defines the team's own metrics: their name, unit,
kind, target and which way is better; retiring one keeps its history. Opened from the
Friday review and from Insights."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leadjournal.db.models import Metric
from leadjournal.db.models.metric import MetricDirection, MetricKind
from leadjournal.i18n import tr, tr_n
from leadjournal.services.metrics import (
    BETTER_LABELS,
    KIND_HINTS,
    KIND_LABELS,
    QUESTION,
    QUESTION_WHY,
    SUGGESTIONS,
    MetricError,
    Suggestion,
    TeamMetrics,
    format_number,
    parse_number,
    unbalanced_activities,
    with_unit,
)
from leadjournal.ui import theme
from leadjournal.ui.forms import problem_label, question_label


def metric_summary(metric: Metric) -> str:
    """One line about a metric: its kind, target and direction (and if it is retired)."""
    parts = [tr(KIND_LABELS[MetricKind(metric.kind)])]
    if metric.target is not None:
        parts.append(tr("target {0}").format(with_unit(metric.target, metric.unit)))
    parts.append(tr(BETTER_LABELS[MetricDirection(metric.better)]).lower())
    summary = " · ".join(parts)
    return summary if metric.active else tr("{0} · retired").format(summary)


def question_text(metrics: list[Metric]) -> str:
    """The seed's question for each activity metric with no outcome beside it; "" when
    there is none."""
    lonely = unbalanced_activities(metrics)
    if not lonely:
        return ""
    names = ", ".join(f"“{metric.name}”" for metric in lonely)
    return f"{names}: {tr(QUESTION)} {tr(QUESTION_WHY)}"


class MetricManager(QDialog):
    """Lists the metrics, defines a new one, edits, reorders and retires them. Every
    change is saved at once."""

    def __init__(self, metrics: TeamMetrics, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = metrics
        self.editing: int | None = None  # the metric in the form; None: a new one
        self.setWindowTitle(tr("Your team's metrics"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        # The dialog grows with its list rather than squeezing the form.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        intro = QLabel(
            tr(
                "The numbers your team lives by. An outcome is what the team is there to "
                "deliver; an activity is something it does to get there. You enter this "
                "week's values in the Friday review, and Insights charts them."
            )
        )
        intro.setWordWrap(True)
        theme.set_role(intro, "caption")
        layout.addWidget(intro)

        self.list = QListWidget()
        self.list.setAccessibleName(tr("Your metrics"))
        self.list.setWordWrap(True)
        self.list.setSpacing(3)  # two lines per metric: a gap tells one from the next
        self.list.setMaximumHeight(180)
        self.list.currentItemChanged.connect(lambda *_: self._chosen())
        layout.addWidget(self.list)
        self.question = question_label(tr("A question about your metrics"))
        layout.addWidget(self.question)
        actions = QHBoxLayout()
        self.new_button = QPushButton(tr("New metric"))
        self.new_button.clicked.connect(self.start_new)
        self.up_button = QPushButton(tr("Move up"))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button = QPushButton(tr("Move down"))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.retire_button = QPushButton(tr("Retire"))
        self.retire_button.setToolTip(
            tr("No longer asked for on Fridays; its weeks stay in Insights and exports.")
        )
        self.retire_button.clicked.connect(self._retire_or_bring_back)
        for button in (self.new_button, self.up_button, self.down_button, self.retire_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)

        # Before the first metric: two examples that fill the form.
        self.suggestions = QWidget()
        suggested = QVBoxLayout(self.suggestions)
        suggested.setContentsMargins(0, 0, 0, 0)
        start = QLabel(
            tr("Not sure where to start? Many teams pair an outcome with an activity, like:")
        )
        start.setWordWrap(True)
        suggested.addWidget(start)
        row = QHBoxLayout()
        self.suggestion_buttons: list[QPushButton] = []
        for suggestion in SUGGESTIONS:
            name = tr(suggestion.name)
            shown = f"{name} ({suggestion.unit})" if suggestion.unit else name
            button = QPushButton(
                tr("{0} — {1}").format(shown, tr(KIND_LABELS[suggestion.kind]).lower())
            )
            button.clicked.connect(lambda _=False, s=suggestion: self.use_suggestion(s))
            self.suggestion_buttons.append(button)
            row.addWidget(button)
        row.addStretch(1)
        suggested.addLayout(row)
        layout.addWidget(self.suggestions)

        self.form_box = QGroupBox()
        self.form_box.setProperty("role", "card")
        form = QFormLayout(self.form_box)
        self.name = QLineEdit()
        self.name.setAccessibleName(tr("Metric name"))
        self.name.setPlaceholderText(tr("e.g. Tickets closed within SLA"))
        self.unit = QLineEdit()
        self.unit.setAccessibleName(tr("Unit"))
        self.unit.setPlaceholderText(tr("e.g. %, hours, tickets — or leave empty"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(tr("Kind of metric"))
        for kind in (MetricKind.OUTCOME, MetricKind.ACTIVITY):
            self.kind.addItem(
                tr("{0} — {1}").format(tr(KIND_LABELS[kind]), tr(KIND_HINTS[kind])), str(kind)
            )
        self.target = QLineEdit()
        self.target.setAccessibleName(tr("Target"))
        self.target.setPlaceholderText(tr("e.g. 95 — or leave empty"))
        self.better = QComboBox()
        self.better.setAccessibleName(tr("Which way is better"))
        for direction in (MetricDirection.HIGHER, MetricDirection.LOWER):
            self.better.addItem(tr(BETTER_LABELS[direction]), str(direction))
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Unit"), self.unit)
        form.addRow(tr("Kind"), self.kind)
        form.addRow(tr("Target"), self.target)
        form.addRow(tr("Better when"), self.better)
        self.problem = problem_label()
        form.addRow("", self.problem)
        self.save_button = QPushButton()
        theme.set_role(self.save_button, "primary")
        self.save_button.clicked.connect(self.save)
        self.name.returnPressed.connect(self.save)
        form.addRow("", self.save_button)
        layout.addWidget(self.form_box)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.reload()
        self.start_new()

    # --- the list -----------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        """Read the metrics again; ``select`` one by id."""
        self.metrics = self.service.metrics()
        counts = self.service.weeks_recorded()
        self.list.blockSignals(True)
        self.list.clear()
        for metric in self.metrics:
            weeks = counts.get(metric.id, 0)
            shown = f"{metric.name} ({metric.unit})" if metric.unit else metric.name
            recorded = tr_n("%n weeks recorded", weeks, "%n week recorded") if weeks else ""
            details = " · ".join(part for part in (metric_summary(metric), recorded) if part)
            item = QListWidgetItem(f"{shown}\n{details}")
            item.setData(Qt.ItemDataRole.UserRole, metric.id)
            if not metric.active:
                item.setForeground(theme.colour("muted"))
            self.list.addItem(item)
            if metric.id == select:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.metrics:  # as tall as its metrics, up to four; then it scrolls
            row = max(self.list.sizeHintForRow(0), 1) + 2 * self.list.spacing()
            rows = min(len(self.metrics), 4) * row
            self.list.setFixedHeight(rows + 2 * self.list.frameWidth() + 4)
        self.list.setVisible(bool(self.metrics))
        self.suggestions.setVisible(not self.metrics)
        question = question_text(self.metrics)
        self.question.setText(question)
        self.question.setVisible(bool(question))
        self._update_buttons()
        layout = self.layout()
        if layout is not None:  # grow to fit the list and question just shown
            layout.activate()
            if self.height() < self.sizeHint().height():
                self.resize(self.width(), self.sizeHint().height())

    def _selected(self) -> Metric | None:
        item = self.list.currentItem()
        if item is None:
            return None
        metric_id = item.data(Qt.ItemDataRole.UserRole)
        return next((m for m in self.metrics if m.id == metric_id), None)

    def _update_buttons(self) -> None:
        metric = self._selected()
        index = self.list.currentRow()
        self.up_button.setEnabled(metric is not None and index > 0)
        self.down_button.setEnabled(metric is not None and 0 <= index < self.list.count() - 1)
        self.retire_button.setEnabled(metric is not None)
        self.retire_button.setText(
            tr("Bring back") if metric is not None and not metric.active else tr("Retire")
        )
        for button in (self.new_button, self.up_button, self.down_button, self.retire_button):
            button.setVisible(bool(self.metrics))  # before the first, the form is for it

    def _chosen(self) -> None:
        metric = self._selected()
        self._update_buttons()
        if metric is None:
            return
        self.editing = metric.id
        self.form_box.setTitle(tr("Change “{0}”").format(metric.name))
        self.save_button.setText(tr("Save changes"))
        self.name.setText(metric.name)
        self.unit.setText(metric.unit)
        self.kind.setCurrentIndex(max(0, self.kind.findData(metric.kind)))
        self.target.setText("" if metric.target is None else format_number(metric.target))
        self.better.setCurrentIndex(max(0, self.better.findData(metric.better)))
        self.problem.hide()

    # --- the form -----------------------------------------------------------------------

    def start_new(self) -> None:
        """An empty form for a new metric, the cursor in its name."""
        self.editing = None
        self.list.blockSignals(True)
        self.list.setCurrentRow(-1)
        self.list.clearSelection()
        self.list.blockSignals(False)
        self._update_buttons()
        self.form_box.setTitle(tr("New metric"))
        self.save_button.setText(tr("Add metric"))
        for editor in (self.name, self.unit, self.target):
            editor.clear()
        self.kind.setCurrentIndex(0)
        self.better.setCurrentIndex(0)
        self.problem.hide()
        self.name.setFocus()

    def use_suggestion(self, suggestion: Suggestion) -> None:
        """Fill the form with an example, to keep or change before adding it."""
        self.start_new()
        self.name.setText(tr(suggestion.name))
        self.unit.setText(suggestion.unit)
        self.kind.setCurrentIndex(max(0, self.kind.findData(str(suggestion.kind))))
        self.target.setText("" if suggestion.target is None else format_number(suggestion.target))
        self.better.setCurrentIndex(max(0, self.better.findData(str(suggestion.better))))
        self.name.setFocus()

    def save(self) -> bool:
        """Add the new metric or save the changed one; a problem is said under the form."""
        try:
            target = parse_number(self.target.text())
            kind = MetricKind(self.kind.currentData())
            better = MetricDirection(self.better.currentData())
            if self.editing is None:
                saved = self.service.define(
                    self.name.text(), self.unit.text(), kind, target, better
                )
            else:
                saved = self.editing
                self.service.change(saved, self.name.text(), self.unit.text(), kind, target, better)
        except MetricError as error:
            self.problem.setText(str(error))
            self.problem.show()
            return False
        if self.editing is None:
            self.reload()
            self.start_new()  # ready for the next one
        else:
            self.reload(select=saved)
            self._chosen()
        return True

    def _move(self, step: int) -> None:
        metric = self._selected()
        if metric is not None:
            self.service.move(metric.id, step)
            self.reload(select=metric.id)

    def _retire_or_bring_back(self) -> None:
        metric = self._selected()
        if metric is None:
            return
        if metric.active:
            self.service.retire(metric.id)
        else:
            self.service.bring_back(metric.id)
        self.reload(select=metric.id)
        self._chosen()
