"""Wednesday: coach one person and improve one system.

Both halves count: the page says which one is still missing. Improvements last: an open
one is shown every week until it is in place or dropped, and the ones in place form a
small library (checklists there can become a priority's "Done when")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from leadjournal.db.enums import ImprovementStatus
from leadjournal.db.models import Improvement, WeekPlan
from leadjournal.errors import JournalError
from leadjournal.i18n import tr, tr_n
from leadjournal.services.improvements import (
    KIND_LABELS,
    LIST_KINDS,
    STATUS_LABELS,
    items_of,
)
from leadjournal.text import human_date
from leadjournal.ui import theme
from leadjournal.ui.forms import clear_layout, combo_quietly, heading, title_label
from leadjournal.ui.tabs.weekly_plan.common import StepPage
from leadjournal.ui.tabs.weekly_plan.context import WeekPageContext
from leadjournal.ui.tabs.weekly_plan.improvement_dialog import ImprovementDialog

STATUS_ORDER = (
    ImprovementStatus.IDEA,
    ImprovementStatus.TRYING,
    ImprovementStatus.DONE,
    ImprovementStatus.DROPPED,
)


def _wrapped(text: str = "", role: str | None = None) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if role is not None:
        theme.set_role(label, role)
    return label


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
        # The two halves of Wednesday, and which one is still missing.
        self.progress = _wrapped()
        self.progress.setAccessibleName(tr("Wednesday's two halves"))
        self.layout_.addWidget(self.progress)

        self.layout_.addWidget(title_label(1.1, tr("Coaching")))
        self.coaching = _wrapped()
        self.coaching.setAccessibleName(tr("This week's coaching conversations"))
        self.coach_button = QPushButton(tr("Record a coaching conversation…"))
        self.coach_button.setProperty("role", "primary")
        self.coach_button.setToolTip(tr("Opens the Coaching Log"))
        self.coach_button.clicked.connect(lambda: self.context.open_coaching(None))
        self.layout_.addWidget(self.coaching)
        self.layout_.addWidget(self.coach_button, 0, Qt.AlignmentFlag.AlignLeft)

        improvements_row = QHBoxLayout()
        improvements_row.addWidget(title_label(1.1, tr("Improvements under way")), 1)
        self.new_button = QPushButton(tr("New improvement…"))
        self.new_button.setProperty("role", "quiet")
        self.new_button.clicked.connect(self.ask_new_improvement)
        improvements_row.addWidget(self.new_button)
        self.layout_.addLayout(improvements_row)
        self.none_open = _wrapped(
            tr(
                "No improvement under way. Pick one thing that keeps going wrong and write "
                "down the template, handoff or checklist that would stop it."
            ),
            "caption",
        )
        self.layout_.addWidget(self.none_open)
        self.open_list = QVBoxLayout()
        self.layout_.addLayout(self.open_list)

        self.library_title = title_label(1.1, tr("In place"))
        self.layout_.addWidget(self.library_title)
        self.library_caption = _wrapped(
            tr(
                "What the team now works with. A checklist here can become a priority's "
                "“Done when” on the first step."
            ),
            "caption",
        )
        self.layout_.addWidget(self.library_caption)
        self.library_list = QVBoxLayout()
        self.layout_.addLayout(self.library_list)
        self.layout_.addStretch(1)
        self.rows: dict[int, ImprovementRow] = {}

    def populate(self, week: WeekPlan) -> None:
        improvements = self.context.planner.improvements
        held = self.context.planner.coaching_in_week(week.week_start)
        shown = improvements.shown_in_week(week.week_start)
        progress = improvements.progress(week)
        self._show_progress(progress.coached > 0, progress.improved)
        if held:
            no_skill = tr("coaching")
            lines = [
                f"• {self.context.people.get(c.person_id, '?')}: {c.skill or no_skill}"
                for c in held
            ]
            self.coaching.setText(tr("This week:") + "\n" + "\n".join(lines))
        else:
            self.coaching.setText(tr("No coaching conversation recorded this week yet."))

        self.rows.clear()
        clear_layout(self.open_list)
        in_week = [i for i in shown if i.status != ImprovementStatus.DONE]  # the library has those
        for improvement in in_week:
            self._add_row(self.open_list, improvement, compact=False)
        self.none_open.setVisible(not in_week)
        clear_layout(self.library_list)
        library = improvements.library()
        for improvement in library:
            self._add_row(self.library_list, improvement, compact=True)
        for widget in (self.library_title, self.library_caption):
            widget.setVisible(bool(library))

    def _add_row(self, layout: QVBoxLayout, improvement: Improvement, *, compact: bool) -> None:
        row = ImprovementRow(improvement, compact=compact)
        row.status.activated.connect(
            lambda _=0, r=row: self.set_status(r.improvement_id, r.chosen_status())
        )
        row.edit_button.clicked.connect(lambda _=False, i=improvement.id: self.edit(i))
        self.rows[improvement.id] = row
        layout.addWidget(row)

    def _show_progress(self, coached: bool, improved: bool) -> None:
        if coached and improved:
            text = tr("✓ Wednesday is done: someone was coached and an improvement moved on.")
        elif coached:
            text = tr("Coaching ✓ — still missing: an improvement worked on this week.")
        elif improved:
            text = tr("Improvement ✓ — still missing: a coaching conversation this week.")
        else:
            text = tr(
                "Still missing: a coaching conversation and an improvement worked on this week."
            )
        self.progress.setText(text)
        theme.set_tone(self.progress, None if coached and improved else "warning")

    # --- actions ----------------------------------------------------------------------------

    def ask_new_improvement(self) -> bool:
        """Write a new improvement in the dialog; False when cancelled."""
        dialog = ImprovementDialog(self)
        if dialog.exec() != ImprovementDialog.DialogCode.Accepted:
            return False
        try:
            self.context.planner.improvements.add(self.week.week_start, *dialog.values())
        except JournalError as error:
            self.context.inform(tr("Improvement not saved"), str(error))
            return False
        self.context.reload()
        return True

    def edit(self, improvement_id: int) -> bool:
        improvement = self.context.planner.improvements.get(improvement_id)
        if improvement is None:
            return False
        dialog = ImprovementDialog(self, improvement)
        if dialog.exec() != ImprovementDialog.DialogCode.Accepted:
            return False
        try:
            self.context.planner.improvements.edit(improvement_id, *dialog.values())
        except JournalError as error:
            self.context.inform(tr("Improvement not saved"), str(error))
            return False
        self.context.reload()
        return True

    def set_status(self, improvement_id: int, status: str) -> None:
        self.context.planner.improvements.set_status(improvement_id, status, self.week.week_start)
        self.context.reload()


class ImprovementRow(QFrame):
    """One improvement: what, its kind, since when, why, its items, and its status."""

    def __init__(self, improvement: Improvement, *, compact: bool) -> None:
        super().__init__()
        self.improvement_id = improvement.id
        theme.set_role(self, "card")
        self.setAccessibleName(improvement.title)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = _wrapped(improvement.title, "section")
        kind = QLabel(tr(KIND_LABELS.get(improvement.kind, KIND_LABELS["other"])))
        theme.set_role(kind, "chip")
        self.status = QComboBox()
        self.status.setAccessibleName(tr("Status of “{0}”").format(improvement.title))
        for value in STATUS_ORDER:
            self.status.addItem(tr(STATUS_LABELS[value]), str(value))
        combo_quietly(self.status, max(0, self.status.findData(improvement.status)))
        self.edit_button = QPushButton(tr("Edit…"))
        self.edit_button.setProperty("role", "quiet")
        self.edit_button.setAccessibleName(tr("Edit “{0}”").format(improvement.title))
        top.addWidget(self.title, 1)
        top.addWidget(kind, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.status, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.details = _wrapped(self._details(improvement, compact), "caption")
        layout.addWidget(self.details)
        self.items = QLabel()
        self.items.setWordWrap(True)
        items = items_of(improvement.content) if improvement.kind in LIST_KINDS else []
        if items and not compact:
            self.items.setText(
                "\n".join(f"{number}. {item}" for number, item in enumerate(items, start=1))
            )
        elif improvement.content and not compact:
            self.items.setText(improvement.content)
        self.items.setVisible(bool(self.items.text()))
        layout.addWidget(self.items)

    def chosen_status(self) -> str:
        return str(self.status.currentData())

    @staticmethod
    def _details(improvement: Improvement, compact: bool) -> str:
        if improvement.closed_week is not None and improvement.status == ImprovementStatus.DONE:
            since = tr("In place since the week of {0}").format(human_date(improvement.closed_week))
        else:
            since = tr("Started in the week of {0}").format(human_date(improvement.started_week))
        parts = [since]
        if improvement.kind in LIST_KINDS and compact:
            parts.append(tr_n("%n items", len(items_of(improvement.content)), "%n item"))
        if improvement.why and not compact:
            parts.append(tr("Why: {0}").format(improvement.why))
        return " · ".join(parts)
