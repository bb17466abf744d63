"""The Practice tab's dialog: writing one's own behaviour."""

from __future__ import annotations

from typing import TypedDict

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from leadjournal.i18n import tr
from leadjournal.ui.forms import save_cancel_buttons
from leadjournal.ui.tabs.practice.looks import KIND_LABELS, ScheduleChooser


class BehaviourDetails(TypedDict):
    """A behaviour the person wrote: leading or managing, and its words."""

    kind: str
    title: str
    description: str
    done_today: str
    schedule: str  # as stored: daily, times:N or weekly:DAY


class BehaviourDialog(QDialog):
    """Write your own behaviour: leading or managing, a title, and what counts as done."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Add your own behaviour"))
        self.resize(480, 300)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.setAccessibleName(tr("Kind"))
        for value, label in KIND_LABELS.items():
            self.kind.addItem(tr(label), value)
        self.title = QLineEdit()
        self.title.setAccessibleName(tr("Behaviour"))
        self.title.setPlaceholderText(tr("e.g. Close the day's chat threads"))
        self.description = QLineEdit()
        self.description.setAccessibleName(tr("In one line"))
        self.done_today = QLineEdit()
        self.done_today.setAccessibleName(tr("Done today means"))
        self.done_today.setPlaceholderText(tr("What you can tick honestly at the end of a day"))
        form.addRow(tr("Kind"), self.kind)
        form.addRow(tr("Behaviour"), self.title)
        form.addRow(tr("In one line"), self.description)
        self.schedule = ScheduleChooser(tr("How often"))
        form.addRow(tr("Done today means"), self.done_today)
        form.addRow(tr("How often"), self.schedule)
        layout.addLayout(form)
        buttons = save_cancel_buttons(self)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addWidget(buttons)
        self.title.textChanged.connect(lambda text: self.save_button.setEnabled(bool(text.strip())))
        self.save_button.setEnabled(False)

    def details(self) -> BehaviourDetails:
        return {
            "kind": self.kind.currentData(),
            "title": self.title.text(),
            "description": self.description.text(),
            "done_today": self.done_today.text(),
            "schedule": str(self.schedule.schedule()),
        }
