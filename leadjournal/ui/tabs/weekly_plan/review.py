"""Friday's review: what shipped, what slipped and where it went, the lesson, the
recognition and next week's focus; closing the week."""

from __future__ import annotations

import datetime as dt
import html
from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leadjournal.db.enums import SlipDecision
from leadjournal.db.models import WeekPlan
from leadjournal.db.repositories.week_fields import ReviewLessonFields
from leadjournal.i18n import QT_TRANSLATE_NOOP, tr
from leadjournal.services.metrics import TeamMetrics
from leadjournal.services.week_outcomes import ReviewNotReadyError, SlipDestination, SmallerTask
from leadjournal.services.weekly_loop import Step
from leadjournal.ui import theme
from leadjournal.ui.empty_state import EmptyState
from leadjournal.ui.forms import (
    ImpactHint,
    clear_layout,
    combo_quietly,
    heading,
    scroll_area_of,
    set_quietly,
    tab_into,
)
from leadjournal.ui.tabs.weekly_plan.common import StepPage, owner_label
from leadjournal.ui.tabs.weekly_plan.context import WeekPageContext
from leadjournal.ui.tabs.weekly_plan.metric_entry import MetricEntry
from leadjournal.ui.tabs.weekly_plan.set_aside import SetAsideList
from leadjournal.ui.tabs.weekly_plan.slip_dialogs import (
    ChangeLog,
    DropReasonDialog,
    RescopeDialog,
    slip_category_combo,
)

SLIP_CHOICES = (
    (SlipDecision.UNDECIDED, QT_TRANSLATE_NOOP("", "Decide…")),
    (SlipDecision.CARRY_OVER, QT_TRANSLATE_NOOP("", "Carry over")),
    (SlipDecision.DROP, QT_TRANSLATE_NOOP("", "Drop")),
    (SlipDecision.RESCOPE, QT_TRANSLATE_NOOP("", "Re-scope")),
)
LessonField = Literal["title", "what_happened", "what_i_learned", "do_differently", "tags"]
# Friday's lesson: each field, its label and its placeholder ("" for none).
LESSON_FIELDS: tuple[tuple[LessonField, str, str], ...] = (
    ("title", QT_TRANSLATE_NOOP("", "Lesson"), QT_TRANSLATE_NOOP("", "In a few words")),
    ("what_happened", QT_TRANSLATE_NOOP("", "What happened"), ""),
    ("what_i_learned", QT_TRANSLATE_NOOP("", "What I learned"), ""),
    ("do_differently", QT_TRANSLATE_NOOP("", "Next time I will"), ""),
    (
        "tags",
        QT_TRANSLATE_NOOP("", "Tags"),
        QT_TRANSLATE_NOOP("", "comma-separated, e.g. delegation, planning"),
    ),
)


class ReviewPage(StepPage):
    def __init__(self, context: WeekPageContext) -> None:
        super().__init__(context)
        self.layout_.addWidget(
            heading(
                tr("Review and reset"),
                tr(
                    "What shipped, what slipped and why — specific, not blaming — one lesson, "
                    "one contribution recognised, and next week's focus."
                ),
                [
                    (
                        "manage",
                        tr("Reviewing what slipped, without blame, is how plans get better."),
                    ),
                    ("lead", tr("Recognition names what to repeat.")),
                ],
            )
        )
        columns = QHBoxLayout()
        shipped_box = QGroupBox(tr("Shipped"))
        shipped_box.setProperty("role", "card")
        shipped_layout = QVBoxLayout(shipped_box)
        self.shipped = QListWidget()
        self.shipped.setAccessibleName(tr("Shipped tasks"))
        self.shipped.setMaximumHeight(150)
        # Long titles wrap inside the list rather than needing a sideways scroll.
        self.shipped.setWordWrap(True)
        self.shipped.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.shipped.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.shipped.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        shipped_layout.addWidget(self.shipped)
        shipped_layout.addStretch(1)
        columns.addWidget(shipped_box, 2)
        self.slipped_box = QGroupBox(tr("Slipped"))
        self.slipped_box.setProperty("role", "card")
        self.slipped_layout = QGridLayout(self.slipped_box)
        columns.addWidget(self.slipped_box, 4)  # a slipped task's reason needs a sentence's room
        self.layout_.addLayout(columns)
        self.set_aside_list = SetAsideList()  # priorities replaced this week, and why
        self.layout_.addWidget(self.set_aside_list)
        self.change_log = ChangeLog()  # tasks added after Monday, and what made room
        self.layout_.addWidget(self.change_log)

        lesson_box = QGroupBox(tr("One lesson learned"))
        lesson_box.setProperty("role", "card")
        lesson_form = QFormLayout(lesson_box)
        self.lesson_fields: dict[LessonField, QLineEdit] = {}
        for field, label, placeholder in LESSON_FIELDS:
            editor = QLineEdit()
            editor.setAccessibleName(tr(label))
            editor.setPlaceholderText(tr(placeholder) if placeholder else "")
            editor.textChanged.connect(lambda _=None: self._save_lesson())
            self.lesson_fields[field] = editor
            lesson_form.addRow(tr(label), editor)
        self.layout_.addWidget(lesson_box)

        recognition_box = QGroupBox(tr("One contribution recognised"))
        recognition_box.setProperty("role", "card")
        recognition_form = QFormLayout(recognition_box)
        self.recognised = QComboBox()
        self.recognised.setAccessibleName(tr("Person recognised"))
        self.recognised.activated.connect(lambda _: self._save_recognition())
        self.recognised_what = QLineEdit()
        self.recognised_what.setAccessibleName(tr("What they did"))
        self.recognised_what.setPlaceholderText(tr("What exactly did they do?"))
        self.recognised_impact = QLineEdit()
        self.recognised_impact.setAccessibleName(tr("Its impact"))
        self.recognised_impact.setPlaceholderText(tr("What did it change, for whom?"))
        for editor in (self.recognised_what, self.recognised_impact):
            editor.textChanged.connect(lambda _=None: self._save_recognition())
        self.recognition_hint = ImpactHint()
        recognition_form.addRow(tr("Who"), self.recognised)
        recognition_form.addRow(tr("What they did"), self.recognised_what)
        recognition_form.addRow(tr("Its impact"), self.recognised_impact)
        recognition_form.addRow("", self.recognition_hint)
        self.layout_.addWidget(recognition_box)

        reset = QGroupBox(tr("Reset"))
        reset.setProperty("role", "card")
        reset_form = QFormLayout(reset)
        self.next_focus = QLineEdit()
        self.next_focus.setAccessibleName(tr("Next week's top focus"))
        self.next_focus.setPlaceholderText(tr("It becomes next week's outcome to start from"))
        self.next_focus.textChanged.connect(self._next_focus_changed)
        pulse_row = QHBoxLayout()
        self.pulse = QLineEdit()
        self.pulse.setAccessibleName(tr("What is making work harder right now?"))
        self.pulse.setPlaceholderText(tr("What is one thing making work harder right now?"))
        self.bind_week_text(self.pulse, "pulse_text")
        self.pulse_score = QComboBox()
        self.pulse_score.setAccessibleName(tr("Team health score"))
        self.pulse_score.addItem(tr("Score —"), None)
        for score in range(1, 6):
            self.pulse_score.addItem(tr("{0} / 5").format(score), score)
        self.pulse_score.activated.connect(lambda _: self._save_score())
        pulse_row.addWidget(self.pulse, 1)
        pulse_row.addWidget(self.pulse_score)
        reset_form.addRow(tr("Next week's focus"), self.next_focus)
        reset_form.addRow(tr("Team health"), pulse_row)
        self.layout_.addWidget(reset)
        # The team's own metrics: this week's values against their targets.
        self.metric_entry = MetricEntry(TeamMetrics(context.planner.repos), context.autosave)
        self.layout_.addWidget(self.metric_entry)

        # The review's finish: closing marks it done (the Today panel and the step list
        # stop asking for it); reopening takes that back.
        finish = QHBoxLayout()
        self.close_state = QLabel()
        self.close_state.setWordWrap(True)
        self.close_button = QPushButton()
        self.close_button.setProperty("role", "primary")
        self.close_button.clicked.connect(self.close_or_reopen)
        finish.addWidget(self.close_state, 1)
        finish.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.layout_.addLayout(finish)
        self.layout_.addStretch(1)

    def populate(self, week: WeekPlan) -> None:
        self.set_aside_list.show_week(week)
        self.change_log.show_week(week)
        self.shipped.clear()
        for task in week.tasks:
            if task.status == "done":
                item = QListWidgetItem(f"✓ {task.title} — {owner_label(task, self.context.people)}")
                item.setToolTip(task.title)
                self.shipped.addItem(item)
        if self.shipped.count() == 0:
            self.shipped.addItem(tr("Nothing marked done yet."))
        clear_layout(self.slipped_layout)
        slipped = [t for t in week.tasks if t.status != "done"]
        destinations = self.context.planner.slip_destinations(week, self.context.people)
        self.slip_editors: dict[int, tuple[QLineEdit, QComboBox]] = {}
        self.slip_causes: dict[int, QComboBox] = {}
        self.slip_destinations: dict[int, QLabel] = {}
        self.slip_row_titles: dict[int, QLabel] = {}
        if not week.tasks:
            self.slipped_layout.addWidget(
                EmptyState(
                    "empty.review",
                    tr(
                        "No tasks were planned this week, so nothing could slip: plan a few, "
                        "and on Friday this is where you see what shipped and what did not."
                    ),
                    tr("Plan the week's tasks"),
                    lambda: self.context.show_step(Step.PLAN),
                ),
                0,
                0,
            )
        elif not slipped:
            self.slipped_layout.addWidget(QLabel(tr("Nothing slipped. Well planned.")), 0, 0)
        # Each slipped task takes three lines: its title; the reason, as wide as the box
        # allows, and the decision; where the task went, and the reason's kind.
        for index, task in enumerate(slipped):
            row = 3 * index
            label = QLabel(
                f"<b>{html.escape(task.title)}</b> — "
                f"{html.escape(owner_label(task, self.context.people))}"
            )
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setContentsMargins(0, 8 if index else 0, 0, 0)  # a gap between tasks
            reason = QLineEdit(task.slip_reason)
            reason.setPlaceholderText(tr("Why, specifically?"))
            reason.setAccessibleName(tr("Why “{0}” slipped").format(task.title))
            reason.setMinimumWidth(220)
            choice = QComboBox()
            choice.setAccessibleName(tr("What happens to “{0}”").format(task.title))
            for value, text in SLIP_CHOICES:
                choice.addItem(
                    tr(text), str(value)
                )  # plain text: the combo finds it by the stored value
            combo_quietly(choice, choice.findData(task.slip_decision))
            cause = slip_category_combo(task.slip_category)
            cause.setAccessibleName(tr("Cause of “{0}” slipping").format(task.title))
            went = QLabel(self._destination_text(destinations[task.id]))
            went.setWordWrap(True)
            went.setAccessibleName(tr("Where “{0}” went").format(task.title))
            went.setProperty("role", "caption")
            task_id = task.id
            reason.textChanged.connect(lambda _=None, t=task_id: self._slip_reason_changed(t))
            choice.activated.connect(lambda _=0, t=task_id: self.decide(t))
            cause.activated.connect(lambda _=0, t=task_id: self._save_cause(t))
            # The cause sits under the decision: the reason keeps a sentence's width.
            self.slipped_layout.addWidget(label, row, 0, 1, 2)
            self.slipped_layout.addWidget(reason, row + 1, 0)
            self.slipped_layout.addWidget(choice, row + 1, 1)
            self.slipped_layout.addWidget(went, row + 2, 0)
            self.slipped_layout.addWidget(cause, row + 2, 1)
            self.slipped_layout.setRowMinimumHeight(row + 2, 0)
            self.slip_editors[task_id] = (reason, choice)
            self.slip_causes[task_id] = cause
            self.slip_destinations[task_id] = went
            self.slip_row_titles[task_id] = label
        self.slipped_layout.setRowStretch(3 * len(slipped) + 1, 1)
        self.slipped_layout.setColumnStretch(0, 1)
        self.slipped_layout.setColumnStretch(1, 0)
        self.slipped_layout.setVerticalSpacing(4)
        tab_into(self.shipped, self.slipped_box)  # the rows were made just now
        for task_id, (reason, choice) in self.slip_editors.items():
            # Row by row: the reason, what happens to the task, then its cause.
            QWidget.setTabOrder(reason, choice)
            QWidget.setTabOrder(choice, self.slip_causes[task_id])
        lesson = self.context.planner.review_lesson(week.id)
        for field, editor in self.lesson_fields.items():
            set_quietly(editor, getattr(lesson, field) if lesson else "")
        self.recognised.clear()
        self.recognised.addItem(tr("Choose a person…"), None)
        for person in self.context.planner.team():
            self.recognised.addItem(person.name, person.id)
        recognition = self.context.planner.review_recognition(week.id)
        if recognition is not None and self.recognised.findData(recognition.person_id) < 0:
            archived = self.context.people.get(recognition.person_id, "?")
            self.recognised.addItem(tr("{0} (archived)").format(archived), recognition.person_id)
        chosen = self.recognised.findData(recognition.person_id) if recognition else 0
        combo_quietly(self.recognised, chosen)
        set_quietly(self.recognised_what, recognition.what_they_did if recognition else "")
        set_quietly(self.recognised_impact, recognition.impact if recognition else "")
        self._update_recognition_hint()
        set_quietly(self.next_focus, week.next_week_focus)
        set_quietly(self.pulse, week.pulse_text)
        combo_quietly(self.pulse_score, self.pulse_score.findData(week.pulse_score))
        self.metric_entry.show_week(week.week_start, week.review_done)
        if week.review_done:
            self.close_state.setText(
                tr("✓ This week is closed: the review is done. Reopen it to change something.")
            )
            self.close_button.setText(tr("Reopen the week"))
        else:
            self.close_state.setText(
                tr(
                    "When everything above says what you want, close the week: the review "
                    "then counts as done and stops being asked for. You can reopen it."
                )
            )
            self.close_button.setText(tr("Close the week"))
        self._show_closed(week.review_done)

    def _save_cause(self, task_id: int) -> None:
        """The kind of reason a slipped task has (estimate, dependency, …)."""
        cause = self.slip_causes[task_id]
        self.context.planner.changes.set_slip_category(task_id, cause.currentData())

    def _slip_reason_changed(self, task_id: int) -> None:
        reason, _choice = self.slip_editors[task_id]
        text = reason.text()
        self.context.autosave.schedule(
            f"slip:{task_id}",
            lambda: self.context.planner.update_task(task_id, slip_reason=text),
        )

    def _destination_text(self, went: SlipDestination) -> str:
        """Where a slipped task went, in the review's words."""
        said = self._decision_text(went)
        if went.priority_left_out and went.decision in {"carry_over", "rescope"}:
            said += tr(" — without its priority “{0}”: next week has three already").format(
                went.priority_left_out
            )
        if went.next_week_status not in {"", "not_started"} and went.decision in {"", "drop"}:
            # Work already started next week is never taken away by a changed decision.
            said += tr(" (already under way next week, so it stays there)")
        return said

    def _decision_text(self, went: SlipDestination) -> str:
        if went.decision == "carry_over":
            return tr("→ Carried to next week")
        if went.decision == "rescope":
            if not went.next_week_title:
                return tr("→ Re-scoped")
            return tr("→ Re-scoped as “{0}” ({1}), next week").format(
                went.next_week_title, tr(went.next_week_owner)
            )
        if went.decision == "drop":
            reason = went.reason.strip().rstrip(".")
            if not reason:
                return tr("→ Dropped")
            # The reason in the user's own words, capitals and all.
            return tr("→ Dropped: {0}").format(reason)
        return tr("Not decided yet: carry it over, re-scope it or drop it.")

    def decide(self, task_id: int) -> bool:
        """Apply the chosen carry over / drop / re-scope for a slipped task; a re-scope
        asks for the smaller task, a drop without a reason asks why. Cancelling a
        question keeps the earlier decision."""
        reason, choice = self.slip_editors[task_id]
        self.context.flush_pending_edits()
        week = self.context.planner.week(self.week.week_start)
        assert week is not None
        task = next(t for t in week.tasks if t.id == task_id)
        decision = choice.currentData()
        why = reason.text().strip()
        smaller: SmallerTask | None = None
        if decision == "rescope":
            went = self.context.planner.slip_destinations(week, self.context.people)[task_id]
            people = [(p.id, p.name) for p in self.context.planner.team()]
            effort = (task.effort_hours, task.effort_size)
            if task.slip_decision == "rescope" and went.next_week_title:
                title = went.next_week_title
                copy = self.context.planner.carried_copy(task_id)
                owner = copy.owner_person_id if copy is not None else None
                if copy is not None:
                    effort = (copy.effort_hours, copy.effort_size)
            else:
                title, owner = task.title, task.owner_person_id
            dialog = RescopeDialog(task.title, title, owner, people, self, effort)
            if dialog.exec() != RescopeDialog.DialogCode.Accepted:
                combo_quietly(choice, choice.findData(task.slip_decision))
                return False
            smaller = dialog.answer()
        category = task.slip_category
        if decision == "drop" and not why:
            asked = DropReasonDialog(task.title, self, category)
            if asked.exec() != DropReasonDialog.DialogCode.Accepted:
                combo_quietly(choice, choice.findData(task.slip_decision))
                return False
            why, category = asked.answer(), asked.category()
        self.context.planner.changes.decide_with_category(
            task_id,
            category,
            lambda: self.context.planner.decide_slipped_task(week, task_id, decision, why, smaller),
        )
        self.context.reload()
        # The rows were made again: keep the keyboard where it was.
        editors = self.slip_editors.get(task_id)
        if editors is not None:
            editors[1].setFocus()
        return True

    def _next_focus_changed(self, text: str) -> None:
        week = self.week
        week.next_week_focus = text
        self.context.autosave.schedule(
            f"week:{week.id}:next_week_focus",
            lambda: self.context.planner.set_next_week_focus(week, text),
        )

    def close_or_reopen(self) -> None:
        """Close the week (the review is done), or reopen a closed one."""
        self.context.flush_pending_edits()
        week = self.context.planner.week(self.week.week_start)
        assert week is not None
        if week.review_done:
            self.context.planner.reopen_week(week)
        else:
            try:
                self.context.planner.close_week(week)
            except ReviewNotReadyError as error:
                self.show_undecided(error.undecided)
                self.context.inform(tr("Not yet"), str(error))
                editors = self.slip_editors.get(error.undecided[0])
                if editors is not None:
                    editors[1].setFocus()
                return
        self.context.reload()
        self.close_button.setFocus()

    def show_undecided(self, task_ids: list[int]) -> None:
        """Mark the slipped tasks still without a decision and bring the first into view."""
        for task_id in task_ids:
            went = self.slip_destinations.get(task_id)
            if went is not None:
                went.setText(tr("⚠ Still to decide: carry it over, re-scope it or drop it."))
                theme.set_tone(went, "danger")
        editors = self.slip_editors.get(task_ids[0]) if task_ids else None
        scroll = scroll_area_of(self)
        if editors is not None and scroll is not None:
            row_top = self.slip_row_titles[task_ids[0]]
            scroll.ensureWidgetVisible(row_top, 0, 40)
            scroll.ensureWidgetVisible(self.slip_destinations[task_ids[0]], 0, 40)
            editors[1].setFocus()

    def _show_closed(self, closed: bool) -> None:
        """A closed week reads as it was closed: nothing changes until it is reopened."""
        note = tr("This week is closed: reopen it to change this.") if closed else ""
        line_edits = [
            *self.lesson_fields.values(),
            self.recognised_what,
            self.recognised_impact,
            self.next_focus,
            self.pulse,
            *(reason for reason, _choice in self.slip_editors.values()),
        ]
        for editor in line_edits:
            # Read-only looks it: the window's colour, not a white box to type in.
            theme.set_read_only(editor, closed)
            editor.setToolTip(note)
        choices = [
            self.recognised,
            self.pulse_score,
            *(choice for _reason, choice in self.slip_editors.values()),
            *self.slip_causes.values(),
        ]
        for combo in choices:
            combo.setEnabled(not closed)
            combo.setToolTip(note)

    def _save_lesson(self) -> None:
        week_id = self.week.id
        values: ReviewLessonFields = {}
        for field, editor in self.lesson_fields.items():
            values[field] = editor.text()
        values["tags"] = ", ".join(
            t.strip().lower() for t in values.get("tags", "").split(",") if t.strip()
        )
        learned_on = self.week.week_start + dt.timedelta(days=4)
        if not any(values.values()) and self.context.planner.review_lesson(week_id) is None:
            return
        self.context.autosave.schedule(
            f"lesson:{week_id}",
            lambda: self.context.planner.save_review_lesson(week_id, learned_on, **values),
        )

    def _save_recognition(self) -> None:
        week_id = self.week.id
        person_id = self.recognised.currentData()
        what, impact = self.recognised_what.text(), self.recognised_impact.text()
        given_on = self.week.week_start + dt.timedelta(days=4)
        self._update_recognition_hint()
        self.context.autosave.schedule(
            f"recognition:{week_id}",
            lambda: self.context.planner.save_review_recognition(
                week_id, person_id, given_on, what, impact
            ),
        )

    def _update_recognition_hint(self) -> None:
        self.recognition_hint.check(self.recognised_what.text(), self.recognised_impact.text())

    def _save_score(self) -> None:
        self.context.planner.update_week(self.week.id, pulse_score=self.pulse_score.currentData())
        self.context.refresh_numbers()
