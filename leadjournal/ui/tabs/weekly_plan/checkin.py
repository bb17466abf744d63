"""Tuesday's 15-minute check-in: a line per person, with recurring blockers flagged."""

from __future__ import annotations

from typing import Literal

from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout

from leadjournal.db.models import CheckIn, Task, WeekPlan
from leadjournal.db.repositories.week_fields import CheckInFields
from leadjournal.i18n import QT_TRANSLATE_NOOP, tr
from leadjournal.services.week_wording import matching_past_blocker
from leadjournal.services.weeks import STATUS_LABELS
from leadjournal.text import day_month
from leadjournal.ui.forms import clear_layout, heading
from leadjournal.ui.tabs.weekly_plan.common import StepPage
from leadjournal.ui.tabs.weekly_plan.context import WeekPageContext

CheckInField = Literal["completed", "next_up", "blocked", "next_action", "next_action_when"]
CHECKIN_FIELDS: tuple[tuple[CheckInField, str], ...] = (
    ("completed", QT_TRANSLATE_NOOP("", "Completed")),
    ("next_up", QT_TRANSLATE_NOOP("", "Next")),
    ("blocked", QT_TRANSLATE_NOOP("", "Blocked by")),
    ("next_action", QT_TRANSLATE_NOOP("", "Next action")),
    ("next_action_when", QT_TRANSLATE_NOOP("", "By when")),
)


class CheckInPage(StepPage):
    def __init__(self, context: WeekPageContext) -> None:
        super().__init__(context)
        self.layout_.addWidget(
            heading(
                tr("15-minute check-in"),
                tr(
                    "For each person on the team: what's done, what's next, what's in the way, "
                    "and the next concrete step with a time."
                ),
                [("manage", tr("A short, regular look at progress catches blockers early."))],
            )
        )
        self.people_box = QVBoxLayout()
        self.layout_.addLayout(self.people_box)
        self.layout_.addStretch(1)
        self.editors: dict[tuple[int | None, str], QLineEdit] = {}
        self.recurring: dict[int | None, QLabel] = {}
        self.task_lines: dict[int | None, QLabel] = {}

    def populate(self, week: WeekPlan) -> None:
        clear_layout(self.people_box)
        self.editors.clear()
        self.recurring.clear()
        self.task_lines.clear()
        # Read earlier blockers once per week, not on every keystroke in a "Blocked" field.
        self._past_blockers = self.context.planner.blockers_before(week.week_start)
        existing = {c.person_id: c for c in week.checkins}
        # Everyone on the team, with tasks this week or not; someone archived since keeps
        # the check-in already written; the user's own line comes last.
        people: list[int | None] = [p.id for p in self.context.planner.team()]
        people += [pid for pid in existing if pid is not None and pid not in people]
        people.append(None)
        for person_id in people:
            name = tr("Me") if person_id is None else self.context.people.get(person_id, "?")
            tasks = [
                t
                for t in week.tasks
                if (t.owned_by_me if person_id is None else t.owner_person_id == person_id)
            ]
            self.people_box.addWidget(
                self._person_box(person_id, name, tasks, existing.get(person_id))
            )
            self._check_recurring(person_id)

    def _person_box(
        self, person_id: int | None, name: str, tasks: list[Task], checkin: CheckIn | None
    ) -> QGroupBox:
        box = QGroupBox(name)
        box.setProperty("role", "card")
        grid = QGridLayout(box)
        grid.setContentsMargins(8, 4, 8, 6)
        grid.setVerticalSpacing(4)
        listed = QLabel(self._tasks_text(tasks))
        listed.setWordWrap(True)
        listed.setProperty("role", "caption")
        listed.setAccessibleName(tr("{0}: tasks this week").format(name))
        self.task_lines[person_id] = listed
        grid.addWidget(listed, 0, 0, 1, 6)
        # Two rows of fields side by side: the page stays short enough to see the team.
        places = {
            "completed": (1, 0, 1),
            "next_up": (1, 2, 3),
            "blocked": (2, 0, 1),
            "next_action": (2, 2, 1),
            "next_action_when": (2, 4, 1),
        }
        for field, label in CHECKIN_FIELDS:
            editor = QLineEdit(getattr(checkin, field) if checkin else "")
            editor.setAccessibleName(tr("{0}: {1}").format(name, tr(label)))
            editor.textChanged.connect(
                lambda value, p=person_id, f=field: self._changed(p, f, value)
            )
            self.editors[(person_id, field)] = editor
            row, column, span = places[field]
            grid.addWidget(QLabel(tr(label)), row, column)
            if field == "blocked":
                # The recurring flag sits beside the field: appearing as the user types,
                # it moves nothing up or down.
                cell = QHBoxLayout()
                cell.addWidget(editor, 1)
                flag = QLabel()
                flag.setStyleSheet("color: palette(link);")
                self.recurring[person_id] = flag
                cell.addWidget(flag)
                grid.addLayout(cell, row, column + 1, 1, span)
            else:
                grid.addWidget(editor, row, column + 1, 1, span)
        self.editors[(person_id, "next_action_when")].setMaximumWidth(130)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 3)
        return box

    def _tasks_text(self, tasks: list[Task]) -> str:
        if not tasks:
            return tr("No tasks this week.")
        shown = " · ".join(
            tr("{0} ({1})").format(t.title, tr(STATUS_LABELS[t.status])) for t in tasks
        )
        return tr("This week: {0}").format(shown)

    def _changed(self, person_id: int | None, field: CheckInField, value: str) -> None:
        week_id = self.week.id
        fields: CheckInFields = {}
        fields[field] = value
        self.context.autosave.schedule(
            f"checkin:{week_id}:{person_id}:{field}",
            lambda: self.context.planner.save_checkin(week_id, person_id, **fields),
        )
        if field == "blocked":
            self._check_recurring(person_id)

    def _check_recurring(self, person_id: int | None) -> None:
        flag = self.recurring[person_id]
        blocked = self.editors[(person_id, "blocked")].text()
        match = matching_past_blocker(blocked, person_id, self._past_blockers)
        if match is None:
            flag.hide()
            return
        flag.setText(tr("↻ Recurring since {0}").format(day_month(match.week_start)))
        flag.setToolTip(
            tr("Worth fixing the process: seen in the week of {0}: “{1}”").format(
                day_month(match.week_start), match.text
            )
        )
        flag.show()
