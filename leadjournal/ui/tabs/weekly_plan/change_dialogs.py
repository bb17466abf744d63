"""Change control's question: a task added to a confirmed plan asks what moves to make
room for it, and why (the week's change log keeps the answer)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from leadjournal.db.enums import ChangeMove
from leadjournal.i18n import tr
from leadjournal.ui import theme
from leadjournal.ui.phrasing_hint import PhrasingHint


class TradeOffDialog(QDialog):
    """Asks which task moves (to next week, or dropped) for a new one, or that nothing
    moves, and why. Cancel adds nothing."""

    def __init__(
        self,
        new_title: str,
        movable: Sequence[tuple[int, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("TradeOffDialog")
        self.setWindowTitle(tr("What moves to make room?"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "This week's plan is confirmed. Adding “{0}” takes time from something "
                "else: what moves to make room for it?"
            ).format(new_title)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.moved = QComboBox()
        self.moved.setAccessibleName(tr("The task that moves"))
        # A long task title is cut in the closed box (whole in the list), so the dialog
        # keeps a reading width.
        self.moved.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.moved.setMinimumContentsLength(32)
        self.moved.addItem(tr("Nothing moves — there is room"), None)
        for task_id, title in movable:
            self.moved.addItem(title, task_id)
        form.addRow(tr("What moves"), self.moved)
        where = QHBoxLayout()
        self.where = QButtonGroup(self)
        self.to_next_week = QRadioButton(tr("To next week"))
        self.dropped = QRadioButton(tr("Dropped"))
        for button in (self.to_next_week, self.dropped):
            self.where.addButton(button)
            where.addWidget(button)
        where.addStretch(1)
        self.to_next_week.setChecked(True)  # Enter alone never drops anything
        form.addRow(tr("It goes"), where)
        self.why = QLineEdit()
        self.why.setAccessibleName(tr("Why the plan changes"))
        self.why.setPlaceholderText(tr("e.g. The customer escalated the outage"))
        form.addRow(tr("Why"), self.why)
        self.words = PhrasingHint("saying_no")  # words for the person who asked
        form.addRow("", self.words)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Add the task"))
        ok.setDefault(True)
        theme.set_role(ok, "primary")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.moved.currentIndexChanged.connect(lambda _: self._update())
        self.why.textChanged.connect(lambda _: self._update())
        self._update()
        self.why.setFocus()

    def _update(self) -> None:
        something_moves = self.moved.currentData() is not None
        self.to_next_week.setEnabled(something_moves)
        self.dropped.setEnabled(something_moves)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.why.text().strip()))

    def choose(self, task_title: str | None, moved_to: str = ChangeMove.NEXT_WEEK) -> None:
        """Pick the task that moves by its title (None: nothing moves) and where it goes."""
        index = 0 if task_title is None else self.moved.findText(task_title)
        self.moved.setCurrentIndex(max(0, index))
        (self.dropped if moved_to == ChangeMove.DROPPED else self.to_next_week).setChecked(True)

    def answer(self) -> tuple[int | None, str, str]:
        """(the task that moves or None, where it goes, why)."""
        moved_id = self.moved.currentData()
        if moved_id is None:
            return None, ChangeMove.NOTHING, self.why.text().strip()
        where = ChangeMove.DROPPED if self.dropped.isChecked() else ChangeMove.NEXT_WEEK
        return int(moved_id), where, self.why.text().strip()
