"""Improvement plans: a behaviour to change, what good looks like, and regular check-ins."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Unpack

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leadjournal.db.enums import PlanStatus
from leadjournal.db.models import ImprovementPlan
from leadjournal.db.repositories.coaching_fields import PlanCheckInFields
from leadjournal.i18n import QT_TRANSLATE_NOOP, tr
from leadjournal.services.coaching import PLAN_STATUSES, next_plan_checkin, plan_end_date
from leadjournal.ui import theme
from leadjournal.ui.forms import human_date, paragraph, set_quietly
from leadjournal.ui.phrasing_hint import PhrasingHint
from leadjournal.ui.tabs.coaching.context import CoachingContext
from leadjournal.ui.tabs.coaching.record_section import RecordSection
from leadjournal.ui.tabs.coaching.widgets import first_line, fit_rows


class PlanSection(RecordSection):
    kind = "plan"
    new_text = QT_TRANSLATE_NOOP("", "New improvement plan")
    list_name = QT_TRANSLATE_NOOP("", "improvement plan list")
    empty_text = QT_TRANSLATE_NOOP(
        "",
        "No improvement plans for {name}. Use one when a behaviour needs to change: say "
        "what, what good looks like, the support you give, and check in weekly.",
    )

    def tags(self) -> list[tuple[str, str]]:
        return [
            (
                "manage",
                tr(
                    "A clear, time-boxed plan is fair: you both know what good looks like, "
                    "and by when."
                ),
            )
        ]

    def __init__(self, context: CoachingContext) -> None:
        super().__init__(context)
        self.started_on = self.date_field("started_on", tr("Started on"))
        self.behaviour = self.text_field(
            "behaviour",
            tr("Behaviour to change"),
            paragraph(56),
            tr("What happens now, in observable terms"),
        )
        self.expected = self.text_field(
            "expected", tr("Expected behaviour"), paragraph(56), tr("What should happen instead")
        )
        self.words = PhrasingHint("hard_conversation")  # sample words for the talk
        self.form.addRow("", self.words)
        self.support = self.text_field(
            "support",
            tr("Support offered"),
            paragraph(56),
            tr("What you will do to make it possible"),
        )
        period = QHBoxLayout()
        self.cadence = QSpinBox()
        self.cadence.setRange(1, 60)
        self.cadence.setSuffix(tr(" days"))
        self.cadence.setAccessibleName(tr("Check in every"))
        self.cadence.valueChanged.connect(lambda v: self._period_changed("cadence_days", v))
        self.length = QSpinBox()
        self.length.setRange(1, 52)
        self.length.setSuffix(tr(" weeks"))
        self.length.setAccessibleName(tr("Plan length"))
        self.length.valueChanged.connect(lambda v: self._period_changed("length_weeks", v))
        period.addWidget(QLabel(tr("every")))
        period.addWidget(self.cadence)
        period.addWidget(QLabel(tr("for")))
        period.addWidget(self.length)
        period.addStretch(1)
        self.form.addRow(tr("Check in"), period)
        self.measure = self.text_field(
            "success_measure",
            tr("Success measure"),
            QLineEdit(),
            tr("How you will both know it worked"),
        )
        # Status and its closing day are saved together (see _status_changed).
        self.status = self.choice_field("status", tr("Status"), PLAN_STATUSES, save=False)
        self.status.activated.connect(lambda *_: self._status_changed())
        self.due_label = QLabel()
        self.due_label.setWordWrap(True)  # two dates: wraps when the form is narrow
        # Long German labels: a row too wide for a narrow window puts its field below.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.addRow(tr("Next check-in"), self.due_label)
        self._build_checkins()
        self.editor_layout.addStretch(1)

    def _build_checkins(self) -> None:
        checkins_box = QGroupBox(tr("Check-ins"))
        checkins_box.setProperty("role", "card")
        checkins_layout = QVBoxLayout(checkins_box)
        self.checkins = QTableWidget(0, 3)
        self.checkins.setAccessibleName(tr("Plan check-ins"))
        self.checkins.setHorizontalHeaderLabels([tr("Date"), tr("Progress"), tr("Note")])
        header = self.checkins.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.checkins.verticalHeader().hide()
        self.checkins.itemChanged.connect(self._on_checkin_note_changed)
        checkins_layout.addWidget(self.checkins)
        row = QHBoxLayout()
        self.add_checkin_button = QPushButton(tr("Add check-in"))
        self.add_checkin_button.setProperty("role", "quiet")
        self.add_checkin_button.clicked.connect(lambda: self.add_checkin())
        row.addWidget(self.add_checkin_button)
        row.addStretch(1)
        checkins_layout.addLayout(row)
        self.editor_layout.addWidget(checkins_box)

    def fetch(self, person_id: int) -> Sequence[ImprovementPlan]:
        return self.context.log.plans(person_id)

    def label(self, record: ImprovementPlan) -> str:
        status = dict(PLAN_STATUSES)[PlanStatus(record.status)]
        return f"{human_date(record.started_on)} · {tr(status)}\n{first_line(record.behaviour)}"

    def first_editor(self) -> QWidget:
        return self.behaviour

    def fill(self, record: ImprovementPlan) -> None:
        self.started_on.set_value(record.started_on)
        for editor, field in (
            (self.behaviour, "behaviour"),
            (self.expected, "expected"),
            (self.support, "support"),
            (self.measure, "success_measure"),
        ):
            set_quietly(editor, getattr(record, field))
        for spin, value in (
            (self.cadence, record.cadence_days),
            (self.length, record.length_weeks),
        ):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self.show_choice(self.status, record.status)
        self.checkins.blockSignals(True)
        self.checkins.setRowCount(len(record.checkins))
        for row, checkin in enumerate(record.checkins):
            day = QTableWidgetItem(human_date(checkin.checked_on))
            day.setFlags(day.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.checkins.setItem(row, 0, day)
            progress = QSpinBox()
            progress.setRange(1, 5)
            progress.setSuffix(tr(" / 5"))
            progress.setAccessibleName(tr("Progress"))
            progress.setValue(checkin.progress)
            progress.valueChanged.connect(lambda v, i=checkin.id: self._save_checkin(i, progress=v))
            self.checkins.setCellWidget(row, 1, progress)
            note = QTableWidgetItem(checkin.note)
            note.setData(Qt.ItemDataRole.UserRole, checkin.id)
            self.checkins.setItem(row, 2, note)
        self.checkins.blockSignals(False)
        fit_rows(self.checkins, min_rows=2)
        self._show_due(record)

    def _show_due(self, record: ImprovementPlan) -> None:
        due = next_plan_checkin(record, record.checkins)
        end = human_date(plan_end_date(record))
        today = self.context.today()
        if due is None:
            text = (
                tr("None — the plan is closed.")
                if record.status != PlanStatus.ACTIVE
                else tr(
                    "All check-ins done; the plan ended on {0}. Decide: met or not met?"
                ).format(end)
            )
        elif due < today:
            text = tr("Overdue since {0} (plan ends {1})").format(human_date(due), end)
        else:
            text = tr("{0} (plan ends {1})").format(human_date(due), end)
        self.due_label.setText(text)
        overdue = due is not None and due < today
        theme.set_tone(self.due_label, "danger" if overdue else None)

    def _period_changed(self, field: str, value: int) -> None:
        self._changed(field, value)
        if self.current is not None:
            self._show_due(self.current)

    def _status_changed(self) -> None:
        plan = self.current
        if plan is None:
            return
        status, today = self.status.currentData(), self.context.today()
        plan.status = status
        plan.closed_on = today if status != PlanStatus.ACTIVE else None
        log = self.context.log
        self.context.autosave.schedule(
            f"plan:{plan.id}:status", lambda: log.set_plan_status(plan.id, status, today)
        )
        item = self.records.currentItem()
        if item is not None:
            item.setText(self.label(plan))
        self._show_due(plan)
        self.context.record_changed()

    def add_checkin(self, progress: int = 3, note: str = "") -> int | None:
        if self.current is None:
            return None
        self.context.flush_pending_edits()
        checkin_id = self.context.log.add_plan_checkin(
            self.current.id, self.context.today(), progress, note
        )
        self.reload()
        self.context.record_changed()
        return checkin_id

    def _save_checkin(self, checkin_id: int, **fields: Unpack[PlanCheckInFields]) -> None:
        log = self.context.log
        self.context.autosave.schedule(
            f"plan_checkin:{checkin_id}:{','.join(fields)}",
            lambda: log.update_plan_checkin(checkin_id, **fields),
        )

    def _on_checkin_note_changed(self, item: QTableWidgetItem) -> None:
        checkin_id = item.data(Qt.ItemDataRole.UserRole)
        if item.column() == 2 and checkin_id is not None:
            self._save_checkin(checkin_id, note=item.text())
