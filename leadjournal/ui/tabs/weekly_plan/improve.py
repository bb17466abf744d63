"""Wednesday: one process improvement and the week's coaching conversations."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from leadjournal.db.enums import ImprovementStatus
from leadjournal.db.models import WeekPlan
from leadjournal.i18n import QT_TRANSLATE_NOOP, tr
from leadjournal.ui.forms import combo_quietly, heading, paragraph, set_quietly
from leadjournal.ui.tabs.weekly_plan.common import StepPage
from leadjournal.ui.tabs.weekly_plan.context import WeekPageContext

IMPROVEMENT_STATUSES = (
    (ImprovementStatus.IDEA, QT_TRANSLATE_NOOP("", "Idea")),
    (ImprovementStatus.TRYING, QT_TRANSLATE_NOOP("", "Trying it")),
    (ImprovementStatus.DONE, QT_TRANSLATE_NOOP("", "In place")),
    (ImprovementStatus.DROPPED, QT_TRANSLATE_NOOP("", "Dropped")),
)


class ImprovePage(StepPage):
    def __init__(self, context: WeekPageContext) -> None:
        super().__init__(context)
        self.layout_.addWidget(
            heading(
                tr("Coach one person, improve one system"),
                tr(
                    "One small change to how the team works — a template, a handoff, a "
                    "checklist, a definition of done — and one coaching conversation."
                ),
                [
                    ("lead", tr("Coaching grows people; one conversation a week adds up.")),
                    ("manage", tr("Fixing one process removes a problem for good.")),
                ],
            )
        )
        form = QFormLayout()
        self.what = QLineEdit()
        self.what.setAccessibleName(tr("Process improvement"))
        self.what.setPlaceholderText(tr("e.g. A checklist for handing over escalations"))
        self.bind_week_text(self.what, "improvement_what")
        self.why = paragraph(56)
        self.why.setAccessibleName(tr("Why this improvement"))
        self.why.setPlaceholderText(tr("What keeps going wrong without it?"))
        self.bind_week_text(self.why, "improvement_why")
        self.status = QComboBox()
        self.status.setAccessibleName(tr("Improvement status"))
        for value, label in IMPROVEMENT_STATUSES:
            self.status.addItem(tr(label), str(value))  # plain text, as stored
        self.status.activated.connect(
            lambda _: self.context.planner.update_week(
                self.week.id, improvement_status=self.status.currentData()
            )
        )
        form.addRow(tr("Improvement"), self.what)
        form.addRow(tr("Why"), self.why)
        form.addRow(tr("Status"), self.status)
        coaching_row = QVBoxLayout()
        self.coaching = QLabel()
        self.coaching.setWordWrap(True)
        self.coaching.setAccessibleName(tr("This week's coaching conversations"))
        self.coach_button = QPushButton(tr("Record a coaching conversation…"))
        self.coach_button.setProperty("role", "primary")
        self.coach_button.setToolTip(tr("Opens the Coaching Log"))
        self.coach_button.clicked.connect(lambda: self.context.open_coaching(None))
        coaching_row.addWidget(self.coaching)
        coaching_row.addWidget(self.coach_button, 0, Qt.AlignmentFlag.AlignLeft)
        form.addRow(tr("Coaching"), coaching_row)
        self.layout_.addLayout(form)
        self.layout_.addStretch(1)

    def populate(self, week: WeekPlan) -> None:
        set_quietly(self.what, week.improvement_what)
        set_quietly(self.why, week.improvement_why)
        combo_quietly(self.status, self.status.findData(week.improvement_status))
        held = self.context.planner.coaching_in_week(week.week_start)
        if held:
            no_skill = tr("coaching")
            lines = [
                f"• {self.context.people.get(c.person_id, '?')}: {c.skill or no_skill}"
                for c in held
            ]
            self.coaching.setText(tr("This week:") + "\n" + "\n".join(lines))
        else:
            self.coaching.setText(tr("No coaching conversation recorded this week yet."))
