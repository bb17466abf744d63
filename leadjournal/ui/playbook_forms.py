"""The playbook's template forms: a few plain questions, then one transaction that writes
structured records into this week (see :mod:`leadjournal.services.playbook`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from leadjournal.i18n import tr
from leadjournal.services.playbook import (
    DEFAULT_WIP_LIMIT,
    Department,
    MoraleReset,
    PlaybookError,
    PlaybookService,
    ScopeReset,
)
from leadjournal.services.practice_schedule import WEEKDAYS
from leadjournal.ui import theme
from leadjournal.ui.forms import paragraph, problem_label, text_of

ROWS = 3  # lines for new must-haves, parked items, targets
DEPARTMENTS = 4


class TemplateDialog(QDialog):
    """A form whose Save runs ``submit``; a rule it breaks is said in one sentence and
    the form stays open with everything typed."""

    def __init__(self, title: str, intro: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.submit: Callable[[], object] = lambda: None
        self.layout_ = QVBoxLayout(self)
        sentence = QLabel(intro)
        sentence.setWordWrap(True)
        self.layout_.addWidget(sentence)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.problem = problem_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Apply to this week"))
        theme.set_role(ok, "primary")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish(self) -> None:
        self.layout_.addWidget(self.problem)
        self.layout_.addWidget(self.buttons)

    def accept(self) -> None:
        try:
            self.submit()
        except PlaybookError as error:
            self.problem.setText(str(error))
            self.problem.show()
            return
        super().accept()

    @staticmethod
    def lines(name: str, placeholder: str) -> list[QLineEdit]:
        edits = []
        for _ in range(ROWS):
            edit = QLineEdit()
            edit.setAccessibleName(name)
            edit.setPlaceholderText(placeholder)
            edits.append(edit)
        return edits

    def add_lines(self, label: str, edits: list[QLineEdit]) -> None:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        for edit in edits:
            column.addWidget(edit)
        self.form.addRow(label, box)


class ScopeResetDialog(TemplateDialog):
    def __init__(self, priorities: list[tuple[int, str]], parent: QWidget | None) -> None:
        super().__init__(
            tr("Scope reset"),
            tr(
                "Keep at most three must-haves. Everything else is parked, not lost: you "
                "will find it under “Set aside this week”. Then pick one day for deciding "
                "on new requests."
            ),
            parent,
        )
        self.keep: list[tuple[int, QCheckBox]] = []
        if priorities:
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            for priority_id, title in priorities:
                check = QCheckBox(title)
                check.setChecked(True)
                column.addWidget(check)
                self.keep.append((priority_id, check))
            self.form.addRow(tr("Must-haves now"), box)
        self.new = self.lines(tr("A new must-have"), tr("A must-have not in the plan yet"))
        self.add_lines(tr("Add must-haves"), self.new)
        self.parked = self.lines(tr("A parked item"), tr("e.g. The new dashboard idea"))
        self.add_lines(tr("Park for later"), self.parked)
        self.day = QComboBox()
        self.day.setAccessibleName(tr("Day for deciding on changes"))
        for number, name in enumerate(WEEKDAYS[:5]):
            self.day.addItem(tr(name), number)
        self.day.setCurrentIndex(2)
        self.form.addRow(tr("Decide changes on"), self.day)
        self.finish()

    def reset(self) -> ScopeReset:
        return ScopeReset(
            keep_priority_ids=[pid for pid, check in self.keep if check.isChecked()],
            new_must_haves=[edit.text() for edit in self.new],
            parked=[edit.text() for edit in self.parked],
            change_day=int(self.day.currentData()),
        )


class MoraleResetDialog(TemplateDialog):
    def __init__(self, priorities: list[tuple[int, str]], parent: QWidget | None) -> None:
        super().__init__(
            tr("Morale reset"),
            tr(
                "Fewer things at once, a short daily stand-up, and a few small targets the "
                "team can actually hit this week."
            ),
            parent,
        )
        self.wip = QSpinBox()
        self.wip.setRange(1, 20)
        self.wip.setValue(DEFAULT_WIP_LIMIT)
        self.wip.setAccessibleName(tr("Work in progress per person"))
        self.form.addRow(tr("Tasks in progress per person"), self.wip)
        self.time = QTimeEdit(QTime(9, 15))
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(tr("Daily stand-up time"))
        self.form.addRow(tr("Daily stand-up at"), self.time)
        self.targets = self.lines(tr("A weekly target"), tr("e.g. Close the five oldest tickets"))
        self.add_lines(tr("Weekly targets"), self.targets)
        self.under = QComboBox()
        self.under.setAccessibleName(tr("Where the targets go"))
        self.under.addItem(tr("A new priority: “Small wins this week”"), None)
        for priority_id, title in priorities:
            self.under.addItem(tr("Under “{0}”").format(title), priority_id)
        self.form.addRow(tr("Put the targets"), self.under)
        self.finish()

    def reset(self) -> MoraleReset:
        chosen = self.time.time()
        return MoraleReset(
            wip_limit=self.wip.value(),
            standup_time=dt.time(chosen.hour(), chosen.minute()),
            targets=[edit.text() for edit in self.targets],
            targets_under=self.under.currentData(),
        )


class RolloutDialog(TemplateDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(
            tr("Cross-department rollout"),
            tr(
                "Name the change and the departments it reaches, with one owner in each. "
                "The checklist appears on Thursday's page every week until it is done."
            ),
            parent,
        )
        self.name = QLineEdit()
        self.name.setAccessibleName(tr("What is changing"))
        self.name.setPlaceholderText(tr("e.g. The new ticketing tool"))
        self.form.addRow(tr("What is changing"), self.name)
        self.purpose = paragraph(48)
        self.purpose.setAccessibleName(tr("Why it is worth it"))
        self.purpose.setPlaceholderText(tr("What gets better for the people using it?"))
        self.form.addRow(tr("Why"), self.purpose)
        grid = QGridLayout()
        grid.addWidget(QLabel(tr("Department")), 0, 0)
        grid.addWidget(QLabel(tr("Owner there")), 0, 1)
        self.departments: list[tuple[QLineEdit, QLineEdit]] = []
        for row in range(1, DEPARTMENTS + 1):
            department, owner = QLineEdit(), QLineEdit()
            department.setAccessibleName(tr("Department {0}").format(row))
            owner.setAccessibleName(tr("Owner in department {0}").format(row))
            grid.addWidget(department, row, 0)
            grid.addWidget(owner, row, 1)
            self.departments.append((department, owner))
        box = QWidget()
        box.setLayout(grid)
        grid.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(tr("Departments"), box)
        note = QLabel(tr("The first department runs the pilot."))
        theme.set_role(note, "caption")
        self.form.addRow("", note)
        self.finish()

    def answers(self) -> tuple[str, str, list[Department]]:
        return (
            self.name.text(),
            text_of(self.purpose),
            [Department(d.text(), o.text()) for d, o in self.departments],
        )


class PlaybookTemplates:
    """Applies a template to this week through its form (the TemplateHost of
    :class:`leadjournal.ui.playbook.PlaybookWindow`)."""

    def __init__(self, service: PlaybookService, flush: Callable[[], None]) -> None:
        self.service = service
        self.flush = flush  # save what is typed elsewhere first

    def apply(self, scenario: str, parent: QWidget) -> dt.date | None:
        self.flush()
        week_start = self.service.this_week()
        week = self.service.week(week_start)
        priorities = [(p.id, p.title) for p in week.priorities] if week else []
        dialog: TemplateDialog
        if scenario == "scope":
            scope = ScopeResetDialog(priorities, parent)
            scope.submit = lambda: self.service.apply_scope_reset(week_start, scope.reset())
            dialog = scope
        elif scenario == "morale":
            morale = MoraleResetDialog(priorities, parent)
            morale.submit = lambda: self.service.apply_morale_reset(week_start, morale.reset())
            dialog = morale
        elif scenario == "rollout":
            rollout = RolloutDialog(parent)
            rollout.submit = lambda: self.service.start_rollout(week_start, *rollout.answers())
            dialog = rollout
        else:
            return None
        dialog.setObjectName(type(dialog).__name__)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return week_start
