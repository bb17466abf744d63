"""Friday's questions about a slipped task: the smaller version of a re-scope, and why
a task is dropped. Both are answered with the keyboard: type, Tab, Enter."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from leadjournal.i18n import tr
from leadjournal.services.week_outcomes import SmallerTask
from leadjournal.ui.forms import HoursSpinBox


def _question(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _buttons(dialog: QDialog, accept_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(accept_text)
    ok.setDefault(True)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class RescopeDialog(QDialog):
    """Asks for the smaller version of a slipped task: what it is, and who owns it."""

    def __init__(
        self,
        original: str,
        title: str,
        owner_id: int | None,
        people: Sequence[tuple[int, str]],
        parent: QWidget | None = None,
        effort: tuple[float | None, str] = (None, ""),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("RescopeDialog")
        self.setWindowTitle(tr("Re-scope a task"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _question(
                tr(
                    "“{0}” didn't fit this week. What smaller piece goes on next week, and who "
                    "owns it?"
                ).format(original)
            )
        )
        form = QFormLayout()
        self.title = QLineEdit(title)
        self.title.setObjectName("smaller_title")
        self.title.setAccessibleName(tr("The smaller task"))
        self.title.setPlaceholderText(tr("e.g. The first half, or a draft to review"))
        self.title.selectAll()
        self.owner = QComboBox()
        self.owner.setObjectName("smaller_owner")
        self.owner.setAccessibleName(tr("Owner of the smaller task"))
        self.owner.addItem(tr("Me"), None)
        for person_id, name in people:
            self.owner.addItem(name, person_id)
        self.owner.setCurrentIndex(max(0, self.owner.findData(owner_id)))
        # The effort starts from the task's (or the earlier smaller task's): adjust it.
        hours, size = effort
        self.hours = HoursSpinBox(80)
        self.hours.setObjectName("smaller_hours")
        self.hours.setSpecialValueText(tr("— h"))
        self.hours.setAccessibleName(tr("Effort of the smaller task in hours"))
        self.hours.setValue(hours or 0)
        self.size_choice = QComboBox()
        self.size_choice.setObjectName("smaller_size")
        self.size_choice.setAccessibleName(tr("Effort size of the smaller task"))
        for label, value in ((tr("or size"), ""), ("S", "S"), ("M", "M"), ("L", "L")):
            self.size_choice.addItem(label, value)
        self.size_choice.setCurrentIndex(max(0, self.size_choice.findData(size)))
        effort_row = QHBoxLayout()
        effort_row.addWidget(self.hours)
        effort_row.addWidget(self.size_choice)
        effort_row.addStretch(1)
        form.addRow(tr("Smaller task"), self.title)
        form.addRow(tr("Owner"), self.owner)
        form.addRow(tr("Effort"), effort_row)
        layout.addLayout(form)
        self.buttons = _buttons(self, tr("Carry it into next week"))
        layout.addWidget(self.buttons)
        self.title.textChanged.connect(self._update_ok)
        self._update_ok()
        self.title.setFocus()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.title.text().strip()))

    def answer(self) -> SmallerTask:
        return SmallerTask(
            self.title.text().strip(),
            self.owner.currentData(),
            self.hours.value() or None,
            self.size_choice.currentData(),
        )


class DropReasonDialog(QDialog):
    """Asks why a slipped task is dropped, when the review does not say yet."""

    def __init__(self, task_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DropReasonDialog")
        self.setWindowTitle(tr("Drop a task"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _question(
                tr("Why is “{0}” dropped? One specific sentence helps next Friday.").format(
                    task_title
                )
            )
        )
        self.reason = QLineEdit()
        self.reason.setObjectName("drop_reason")
        self.reason.setAccessibleName(tr("Why it is dropped"))
        self.reason.setPlaceholderText(tr("e.g. The customer cancelled the request"))
        layout.addWidget(self.reason)
        self.buttons = _buttons(self, tr("Drop it"))
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._update_ok)
        self._update_ok()
        self.reason.setFocus()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.reason.text().strip()))

    def answer(self) -> str:
        return self.reason.text().strip()
