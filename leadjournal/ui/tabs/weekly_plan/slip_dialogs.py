"""Friday's questions about a slipped task: the smaller version of a re-scope, and why
a task is dropped (in words and by kind). Both are answered with the keyboard: type,
Tab, Enter. Also the week's change log as the review shows it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from leadjournal.db.enums import ChangeMove
from leadjournal.db.models import WeekChange, WeekPlan
from leadjournal.i18n import tr
from leadjournal.services.week_changes import SLIP_CATEGORY_LABELS
from leadjournal.services.week_outcomes import SmallerTask
from leadjournal.text import day_month
from leadjournal.ui import theme
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
    theme.set_role(ok, "primary")
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

    def __init__(self, task_title: str, parent: QWidget | None = None, category: str = "") -> None:
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
        self.cause = slip_category_combo(category)
        self.cause.setAccessibleName(tr("What kind of reason"))
        row = QHBoxLayout()
        row.addWidget(self.reason, 1)
        row.addWidget(self.cause)
        layout.addLayout(row)
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

    def category(self) -> str:
        """The kind of reason chosen ("" for none)."""
        return str(self.cause.currentData())


def slip_category_combo(category: str) -> QComboBox:
    """A choice of the kind of reason a task slipped, showing ``category``."""
    combo = QComboBox()
    for value, label in SLIP_CATEGORY_LABELS.items():
        combo.addItem(tr(label), str(value))
    combo.setCurrentIndex(max(0, combo.findData(category)))
    combo.setToolTip(tr("What kind of reason: Insights counts them over the weeks."))
    return combo


def change_text(change: WeekChange) -> str:
    """One change of the week's log, as the review shows it."""
    when = day_month(change.changed_at.date())
    if change.moved_to == ChangeMove.NEXT_WEEK:
        said = tr("Added “{0}” on {1}: “{2}” moved to next week").format(
            change.added_title, when, change.moved_title
        )
    elif change.moved_to == ChangeMove.DROPPED:
        said = tr("Added “{0}” on {1}: “{2}” dropped").format(
            change.added_title, when, change.moved_title
        )
    else:
        said = tr("Added “{0}” on {1}: nothing moved").format(change.added_title, when)
    return said + (tr(" — {0}").format(change.why) if change.why else "")


class ChangeLog(QGroupBox):
    """The week's change log: tasks added after the plan was confirmed, what made room
    and why (hidden while there is none)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Changes to the plan this week"), parent)
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        self.entries = QLabel()
        self.entries.setWordWrap(True)
        self.entries.setAccessibleName(tr("Changes to the plan this week"))
        layout.addWidget(self.entries)

    def show_week(self, week: WeekPlan) -> None:
        lines = [change_text(change) for change in week.changes]
        self.entries.setText("\n".join(f"• {line}" for line in lines))
        self.setVisible(bool(lines))
