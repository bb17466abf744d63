"""One line of a priority's "Done when": met or not, its words, and its kind — plain
done, a quality check, or an approval with who approves and whether they signed off."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from leadjournal.db.enums import CriterionKind
from leadjournal.db.models import Criterion
from leadjournal.i18n import tr
from leadjournal.services.improvements import CRITERION_KIND_LABELS
from leadjournal.text import human_date
from leadjournal.ui import theme

KIND_ORDER = (CriterionKind.DONE, CriterionKind.QUALITY, CriterionKind.APPROVAL)


class CriterionActions(Protocol):
    """What a criterion's row asks of the page that shows it."""

    def criterion_met(self, criterion_id: int, met: bool) -> None: ...

    def criterion_text_changed(self, criterion_id: int, value: str) -> None: ...

    def remove_criterion(self, criterion_id: int) -> None: ...

    def set_criterion_kind(self, criterion_id: int, kind: str) -> None: ...

    def approver_changed(self, criterion_id: int, name: str) -> None: ...

    def sign_off(self, criterion_id: int, signed: bool) -> None: ...


class CriterionRow(QWidget):
    def __init__(self, criterion: Criterion, actions: CriterionActions) -> None:
        super().__init__()
        criterion_id = criterion.id
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.check = QCheckBox()
        self.check.setChecked(criterion.met)
        self.check.setAccessibleName(tr("Criterion met"))
        self.check.toggled.connect(lambda on: actions.criterion_met(criterion_id, on))
        self.text = QLineEdit(criterion.text)
        self.text.setAccessibleName(tr("Success criterion"))
        self.text.textChanged.connect(
            lambda value: actions.criterion_text_changed(criterion_id, value)
        )
        self.kind = QComboBox()
        self.kind.setAccessibleName(tr("Kind of criterion"))
        self.kind.setToolTip(tr("Plain done, a quality check, or an approval someone signs off"))
        for kind in KIND_ORDER:
            self.kind.addItem(tr(CRITERION_KIND_LABELS[kind]), str(kind))
        self.kind.setCurrentIndex(max(0, self.kind.findData(criterion.kind)))
        self.kind.activated.connect(
            lambda _: actions.set_criterion_kind(criterion_id, str(self.kind.currentData()))
        )
        drop = QToolButton()
        drop.setText("✕")
        drop.setToolTip(tr("Remove this criterion"))
        drop.setAccessibleName(tr("Remove this criterion"))
        drop.clicked.connect(lambda: actions.remove_criterion(criterion_id))
        row.addWidget(self.check)
        row.addWidget(self.text, 1)
        row.addWidget(self.kind)
        row.addWidget(drop)
        layout.addLayout(row)

        # An approval: who approves, and the sign-off with its day.
        self.approval = QWidget()
        approval = QHBoxLayout(self.approval)
        approval.setContentsMargins(theme.SPACE["l"], 0, 0, 0)
        self.approver = QLineEdit(criterion.approver)
        self.approver.setAccessibleName(tr("Approver"))
        self.approver.setPlaceholderText(tr("Who approves it?"))
        self.approver.textChanged.connect(lambda name: actions.approver_changed(criterion_id, name))
        self.signed_off = QCheckBox(tr("Signed off"))
        self.signed_off.setChecked(criterion.signed_off)
        self.signed_off.toggled.connect(lambda on: actions.sign_off(criterion_id, on))
        self.signed_on = QLabel()
        theme.set_role(self.signed_on, "caption")
        if criterion.signed_off and criterion.signed_off_on is not None:
            self.signed_on.setText(tr("on {0}").format(human_date(criterion.signed_off_on)))
        approval.addWidget(QLabel(tr("Approver:")))
        approval.addWidget(self.approver, 1)
        approval.addWidget(self.signed_off)
        approval.addWidget(self.signed_on)
        self.approval.setVisible(criterion.kind == CriterionKind.APPROVAL)
        layout.addWidget(self.approval)
