"""Tuesday's 15-minute check-in: a line per person, with what is in their way kept as a
blocker until it is resolved, and the next step dated so the next check-in can ask."""

from __future__ import annotations

from typing import Literal

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from leadjournal.db.enums import BlockerNeed
from leadjournal.db.models import Blocker, CheckIn, Task, WeekPlan
from leadjournal.db.repositories.week_fields import CheckInFields
from leadjournal.i18n import QT_TRANSLATE_NOOP, tr
from leadjournal.services.blockers import NEED_LABELS, next_working_day, short_day
from leadjournal.services.week_wording import matching_past_blocker
from leadjournal.services.weeks import STATUS_LABELS
from leadjournal.text import day_month
from leadjournal.ui import theme
from leadjournal.ui.forms import DateEdit, clear_layout, heading
from leadjournal.ui.tabs.weekly_plan.checkin_followups import FollowUpRows, ImprovementButton
from leadjournal.ui.tabs.weekly_plan.common import StepPage
from leadjournal.ui.tabs.weekly_plan.context import WeekPageContext

CheckInField = Literal["completed", "next_up", "blocked", "next_action"]
CHECKIN_FIELDS: tuple[tuple[CheckInField, str], ...] = (
    ("completed", QT_TRANSLATE_NOOP("", "Completed")),
    ("next_up", QT_TRANSLATE_NOOP("", "Next")),
    ("blocked", QT_TRANSLATE_NOOP("", "Blocked by")),
    ("next_action", QT_TRANSLATE_NOOP("", "Next step")),
)
# Where each field sits: row, label column, span of the field.
PLACES: dict[CheckInField, tuple[int, int, int]] = {
    "completed": (1, 0, 1),
    "next_up": (1, 2, 3),
    "blocked": (2, 0, 3),
    "next_action": (4, 0, 3),
}
NEEDS = (BlockerNeed.UNKNOWN, BlockerNeed.DECISION, BlockerNeed.RESOURCE, BlockerNeed.REVIEW)


class CheckInPage(StepPage):
    def __init__(self, context: WeekPageContext) -> None:
        super().__init__(context)
        self.layout_.addWidget(
            heading(
                tr("15-minute check-in"),
                tr(
                    "For each person on the team: what's done, what's next, what's in the way "
                    "and what would unblock it, and the next concrete step with a date."
                ),
                [("manage", tr("A short, regular look at progress catches blockers early."))],
            )
        )
        self.people_box = QVBoxLayout()
        self.layout_.addLayout(self.people_box)
        self.layout_.addStretch(1)
        self.follow_ups = context.planner.follow_ups
        self.editors: dict[tuple[int | None, str], QLineEdit] = {}
        self.recurring: dict[int | None, QLabel] = {}
        self.task_lines: dict[int | None, QLabel] = {}
        self.needs: dict[int | None, QComboBox] = {}
        self.unblockers: dict[int | None, QComboBox] = {}
        self.blocked_tasks: dict[int | None, QComboBox] = {}
        self.due_dates: dict[int | None, DateEdit] = {}
        self.resolve_buttons: dict[int | None, QPushButton] = {}
        self.improve_buttons: dict[int | None, ImprovementButton] = {}
        self.earlier: dict[int | None, FollowUpRows] = {}
        self._this_week: dict[int | None, Blocker] = {}

    def populate(self, week: WeekPlan) -> None:
        clear_layout(self.people_box)
        for kept in (self.editors, self.recurring, self.task_lines, self.needs, self.earlier):
            kept.clear()
        for widgets in (self.unblockers, self.blocked_tasks, self.due_dates):
            widgets.clear()
        self.resolve_buttons.clear()
        self.improve_buttons.clear()
        # Read earlier blockers once per week, not on every keystroke in a "Blocked" field.
        self._past_blockers = self.context.planner.blockers_before(week.week_start)
        shown = self.follow_ups.shown_in_week(week.week_start)
        self._this_week = {}
        for blocker in shown:
            if blocker.week_id == week.id:
                self._this_week.setdefault(blocker.person_id, blocker)
        existing = {c.person_id: c for c in week.checkins}
        # Everyone on the team, with tasks this week or not; someone archived since keeps
        # the check-in already written; the user's own line comes last.
        people: list[int | None] = [p.id for p in self.context.planner.team()]
        people += [pid for pid in existing if pid is not None and pid not in people]
        for blocker in shown:  # someone archived keeps their open blockers in view
            if blocker.person_id is not None and blocker.person_id not in people:
                people.append(blocker.person_id)
        people.append(None)
        self._names = [p.name for p in self.context.planner.team()]
        for person_id in people:
            name = tr("Me") if person_id is None else self.context.people.get(person_id, "?")
            tasks = [
                t
                for t in week.tasks
                if (t.owned_by_me if person_id is None else t.owner_person_id == person_id)
            ]
            carried = [b for b in shown if b.person_id == person_id and b.week_id != week.id]
            box = self._person_box(person_id, name, tasks, existing.get(person_id))
            self._add_follow_ups(box, person_id, name, carried)
            self.people_box.addWidget(box)
            self._check_recurring(person_id)

    def _person_box(
        self, person_id: int | None, name: str, tasks: list[Task], checkin: CheckIn | None
    ) -> QGroupBox:
        box = QGroupBox(name)
        theme.set_role(box, "card")
        grid = QGridLayout(box)
        grid.setContentsMargins(8, 4, 8, 6)
        grid.setVerticalSpacing(4)
        listed = QLabel(self._tasks_text(tasks))
        listed.setWordWrap(True)
        theme.set_role(listed, "caption")
        listed.setAccessibleName(tr("{0}: tasks this week").format(name))
        self.task_lines[person_id] = listed
        grid.addWidget(listed, 0, 0, 1, 6)
        blocker = self._this_week.get(person_id)
        for field, label in CHECKIN_FIELDS:
            text = blocker.what if field == "blocked" and blocker else ""
            if field != "blocked":
                text = getattr(checkin, field) if checkin else ""
            editor = QLineEdit(text)
            editor.setAccessibleName(tr("{0}: {1}").format(name, tr(label)))
            editor.textChanged.connect(
                lambda value, p=person_id, f=field: self._changed(p, f, value)
            )
            self.editors[(person_id, field)] = editor
            row, column, span = PLACES[field]
            grid.addWidget(QLabel(tr(label)), row, column)
            if field == "blocked":
                # The recurring flag sits beside the field: appearing as the user types,
                # it moves nothing up or down.
                editor.setPlaceholderText(tr("What's in the way? (empty: nothing)"))
                cell = QHBoxLayout()
                cell.addWidget(editor, 1)
                flag = QLabel()
                theme.set_tone(flag, "lead")
                self.recurring[person_id] = flag
                cell.addWidget(flag)
                grid.addLayout(cell, row, column + 1, 1, span)
            else:
                grid.addWidget(editor, row, column + 1, 1, span)
        self._blocker_fields(grid, person_id, name, tasks, blocker)
        grid.addWidget(QLabel(tr("By")), 4, 4)
        due = DateEdit(optional=True)
        due.setAccessibleName(tr("{0}: next step due").format(name))
        due.set_value(checkin.next_action_due if checkin else None)
        if checkin is not None and checkin.next_action_when.strip():
            # Words written before next steps had dates, kept as they were.
            due.setToolTip(tr("Written earlier: “{0}”").format(checkin.next_action_when))
        due.dateChanged.connect(lambda *_, p=person_id: self._due_changed(p))
        self.due_dates[person_id] = due
        grid.addWidget(due, 4, 5)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 3)
        return box

    def _blocker_fields(
        self,
        grid: QGridLayout,
        person_id: int | None,
        name: str,
        tasks: list[Task],
        blocker: Blocker | None,
    ) -> None:
        """The seed's question — a decision, a resource, or a quick review? — who can
        unblock it, the task it holds up, and "Resolved"."""
        need = QComboBox()
        for value in NEEDS:
            need.addItem(tr(NEED_LABELS[value]), str(value))
        need.setAccessibleName(tr("{0}: what would unblock it").format(name))
        need.setToolTip(tr("Do you need a decision, a resource, or a quick review?"))
        need.setCurrentIndex(max(0, need.findData(blocker.need if blocker else "")))
        self.needs[person_id] = need
        grid.addWidget(QLabel(tr("Needs")), 2, 4)
        grid.addWidget(need, 2, 5)

        who = QComboBox()
        who.setEditable(True)
        who.addItem("")
        who.addItems([n for n in self._names if n != name])
        who.setEditText(blocker.unblocker if blocker else "")
        who.setAccessibleName(tr("{0}: who can unblock it").format(name))
        line = who.lineEdit()
        if line is not None:
            line.setPlaceholderText(tr("A name"))
        self.unblockers[person_id] = who
        grid.addWidget(QLabel(tr("Who can unblock it")), 3, 0)
        grid.addWidget(who, 3, 1)

        holds_up = QComboBox()
        holds_up.addItem(tr("All their work"), None)
        for task in tasks:
            holds_up.addItem(task.title, task.id)
        holds_up.setCurrentIndex(max(0, holds_up.findData(blocker.task_id if blocker else None)))
        holds_up.setAccessibleName(tr("{0}: the task it holds up").format(name))
        self.blocked_tasks[person_id] = holds_up
        for combo in (need, who, holds_up):
            # Long task titles or names must not widen the page past the window.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        grid.addWidget(QLabel(tr("Holds up")), 3, 2)
        grid.addWidget(holds_up, 3, 3)

        actions = QHBoxLayout()
        improve = ImprovementButton(name, lambda: self._make_improvement(person_id))
        improve.hide()
        self.improve_buttons[person_id] = improve
        actions.addWidget(improve)
        resolved = blocker is not None and blocker.resolved_on is not None
        toggle = QPushButton(tr("Reopen") if resolved else tr("Resolved"))
        if blocker is not None and blocker.resolved_on is not None:
            toggle.setToolTip(tr("Resolved {0}").format(short_day(blocker.resolved_on)))
        toggle.setAccessibleName(
            (tr("{0}: reopen blocker") if resolved else tr("{0}: blocker resolved")).format(name)
        )
        toggle.clicked.connect(lambda: self._toggle_resolved(person_id))
        # Shown once there is a blocker to resolve (as soon as something is written), so
        # an empty line offers no button beside an earlier blocker's own "Resolved".
        policy = toggle.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the row does not jump when it appears
        toggle.setSizePolicy(policy)
        toggle.setVisible(blocker is not None)
        self.resolve_buttons[person_id] = toggle
        actions.addWidget(toggle)
        grid.addLayout(actions, 3, 4, 1, 2)
        for combo in (need, holds_up):
            combo.currentIndexChanged.connect(lambda *_, p=person_id: self._blocker_changed(p))
        who.editTextChanged.connect(lambda *_, p=person_id: self._blocker_changed(p))

    def _add_follow_ups(
        self, box: QGroupBox, person_id: int | None, name: str, carried: list[Blocker]
    ) -> None:
        last = self.follow_ups.previous_next_action(person_id, self.week.week_start)
        if last is not None and (self.week.week_start - last[1]).days > 28:
            last = None  # a month-old step is not worth asking about
        if not carried and last is None:
            return
        rows = FollowUpRows(
            name,
            self.follow_ups,
            carried,
            self._past_blockers,
            last,
            self.week.week_start,
            self._follow_up_changed,
        )
        self.earlier[person_id] = rows
        grid = box.layout()
        assert isinstance(grid, QGridLayout)
        grid.addWidget(rows, 5, 0, 1, 6)

    def _tasks_text(self, tasks: list[Task]) -> str:
        if not tasks:
            return tr("No tasks this week.")
        shown = " · ".join(
            tr("{0} ({1})").format(t.title, tr(STATUS_LABELS[t.status])) for t in tasks
        )
        return tr("This week: {0}").format(shown)

    def _changed(self, person_id: int | None, field: CheckInField, value: str) -> None:
        if field == "blocked":
            self._blocker_changed(person_id)
            self._check_recurring(person_id)
            self.resolve_buttons[person_id].setVisible(bool(value.strip()))
            return
        week_id = self.week.id
        fields: CheckInFields = {}
        fields[field] = value
        due = self.due_dates[person_id]
        if field == "next_action" and value.strip() and due.value() is None:
            # A next step has a date: the next working day, until the user picks one.
            due.set_value(next_working_day(self.context.today()))
            self._due_changed(person_id)
        self.context.autosave.schedule(
            f"checkin:{week_id}:{person_id}:{field}",
            lambda: self.context.planner.save_checkin(week_id, person_id, **fields),
        )

    def _due_changed(self, person_id: int | None) -> None:
        week_id, due = self.week.id, self.due_dates[person_id].value()
        self.context.autosave.schedule(
            f"checkin:{week_id}:{person_id}:next_action_due",
            lambda: self.context.planner.save_checkin(week_id, person_id, next_action_due=due),
        )

    def _blocker_changed(self, person_id: int | None) -> None:
        """Save what is in the person's way this week, as typed (no words: no blocker)."""
        week_id = self.week.id
        what = self.editors[(person_id, "blocked")].text()
        need = self.needs[person_id].currentData() or ""
        unblocker = self.unblockers[person_id].currentText()
        task_id = self.blocked_tasks[person_id].currentData()
        self.context.autosave.schedule(
            f"blocker:{week_id}:{person_id}",
            lambda: self.follow_ups.save_week_blocker(
                week_id, person_id, what, need, unblocker, task_id
            ),
        )

    def _toggle_resolved(self, person_id: int | None) -> None:
        self.context.flush_pending_edits()
        blocker = self.follow_ups.raised_this_week(self.week.id, person_id)
        if blocker is None:
            self.context.inform(
                tr("Nothing to resolve"), tr("Write what is in the way first, then resolve it.")
            )
            return
        if blocker.resolved_on is None:
            self.follow_ups.resolve(blocker.id)
        else:
            self.follow_ups.reopen(blocker.id)
        self.context.reload()

    def _follow_up_changed(self) -> None:
        self.context.flush_pending_edits()
        self.context.reload()

    def _make_improvement(self, person_id: int | None) -> None:
        what = self.editors[(person_id, "blocked")].text()
        match = matching_past_blocker(what, person_id, self._past_blockers)
        if match is None:
            return
        self.context.flush_pending_edits()
        self.follow_ups.make_improvement(self.week.week_start, what, match.week_start)
        self.improve_buttons[person_id].show_made(True)

    def _check_recurring(self, person_id: int | None) -> None:
        flag = self.recurring[person_id]
        blocked = self.editors[(person_id, "blocked")].text()
        match = matching_past_blocker(blocked, person_id, self._past_blockers)
        improve = self.improve_buttons[person_id]
        if match is None:
            flag.hide()
            improve.hide()
            return
        flag.setText(tr("↻ Recurring since {0}").format(day_month(match.week_start)))
        flag.setToolTip(
            tr("Worth fixing the process: seen in the week of {0}: “{1}”").format(
                day_month(match.week_start), match.text
            )
        )
        flag.show()
        improve.show_made(self.follow_ups.is_improvement(blocked))
        improve.show()
