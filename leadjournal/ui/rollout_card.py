"""Thursday's rollouts: each cross-department rollout started from the playbook, shown
every week until its last step is done — its checklist ticked off week by week, and what
the departments said in this week's feedback loop."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from leadjournal.i18n import tr
from leadjournal.services.playbook import PlaybookService, RolloutProgress
from leadjournal.ui import theme
from leadjournal.ui.forms import clear_layout, title_label


class RolloutCard(QWidget):
    """The rollouts running in the shown week (hidden when there are none)."""

    def __init__(self, service: PlaybookService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.week_start: dt.date | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title_label(1.1, tr("Rollouts across departments")))
        self.boxes = QVBoxLayout()
        layout.addLayout(self.boxes)
        self.steps: dict[int, QCheckBox] = {}
        self.feedback: dict[int, QLineEdit] = {}
        self.progress: dict[int, QLabel] = {}
        self.hide()

    def show_week(self, week_start: dt.date) -> None:
        self.week_start = week_start
        rollouts = self.service.rollouts_for_week(week_start)
        clear_layout(self.boxes)
        self.steps, self.feedback, self.progress = {}, {}, {}
        for rollout in rollouts:
            self.boxes.addWidget(self._box(rollout, week_start))
        self.setVisible(bool(rollouts))

    def _box(self, rollout: RolloutProgress, week_start: dt.date) -> QGroupBox:
        box = QGroupBox(rollout.title)
        theme.set_role(box, "card")
        column = QVBoxLayout(box)
        progress = QLabel(self._progress_text(rollout, week_start))
        theme.set_role(progress, "caption")
        column.addWidget(progress)
        self.progress[rollout.id] = progress
        for step in rollout.steps:
            check = QCheckBox(step.what)
            later = step.done_week is not None and step.done_week > week_start
            check.setChecked(step.done_week is not None and not later)
            if later:  # ticked in a later week: changed there, not here
                check.setEnabled(False)
                check.setToolTip(tr("Done in a later week"))
            check.toggled.connect(lambda done, step_id=step.id: self._tick(step_id, done))
            column.addWidget(check)
            self.steps[step.id] = check
        heard = QLineEdit(rollout.heard.get(week_start, ""))
        heard.setPlaceholderText(tr("This week's feedback: what did the departments say?"))
        heard.setAccessibleName(tr("This week's feedback on {0}").format(rollout.title))
        heard.editingFinished.connect(
            lambda rollout_id=rollout.id, edit=heard: self._save_feedback(rollout_id, edit)
        )
        column.addWidget(heard)
        self.feedback[rollout.id] = heard
        return box

    @staticmethod
    def _progress_text(rollout: RolloutProgress, week_start: dt.date) -> str:
        if rollout.finished_week is not None and rollout.finished_week <= week_start:
            return tr("Every step is done: this is the rollout's last week on the list.")
        return tr("Week {week} · {done} of {total} steps done").format(
            week=rollout.week_number(week_start), done=rollout.done, total=rollout.total
        )

    def _tick(self, step_id: int, done: bool) -> None:
        if self.week_start is None:
            return
        progress = self.service.tick_step(step_id, self.week_start, done)
        label = self.progress.get(progress.id)
        if label is not None:
            label.setText(self._progress_text(progress, self.week_start))

    def _save_feedback(self, rollout_id: int, edit: QLineEdit) -> None:
        if self.week_start is None:
            return
        week_start = self.week_start
        text = edit.text()
        # After the signal: saving may rebuild the card (and this line edit) at once.
        QTimer.singleShot(0, lambda: self.service.save_feedback(rollout_id, week_start, text))
