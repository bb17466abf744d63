"""Goals above the week on Monday's Direction step: the goal the week's outcome moves
(a drop-down beside the outcome), and a card to set, reword and close goals."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from leadjournal import clock
from leadjournal.db.models import Goal, GoalHorizon, GoalStatus, WeekPlan
from leadjournal.errors import JournalError
from leadjournal.i18n import tr, tr_n
from leadjournal.services.goals import (
    HORIZON_LABELS,
    OPEN_GOALS_LIMIT,
    STATUS_LABELS,
    Goals,
    GoalWording,
    horizon_end,
    horizon_text,
    status_text,
    weeks_text,
)
from leadjournal.text import human_date
from leadjournal.ui import theme
from leadjournal.ui.forms import DateEdit, clear_layout, paragraph, save_cancel_buttons


class GoalDialog(QDialog):
    """Asks for a goal's words: what, why, how success is measured, and by when."""

    def __init__(self, parent: QWidget | None, goal: Goal | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Edit goal") if goal else tr("New goal"))
        self.setMinimumWidth(520)
        form = QFormLayout(self)
        intro = QLabel(
            tr(
                "A goal is a bigger outcome than one week's: something the team reaches over "
                "a quarter or a few months, one weekly outcome at a time."
            )
        )
        intro.setWordWrap(True)
        theme.set_role(intro, "caption")
        form.addRow(intro)
        self.title = QLineEdit()
        self.title.setObjectName("title")
        self.title.setAccessibleName(tr("What the goal is"))
        self.title.setPlaceholderText(tr("e.g. Customers get a first answer within the hour"))
        self.why = paragraph(84)
        self.why.setObjectName("why")
        self.why.setAccessibleName(tr("Why the goal matters"))
        self.why.setPlaceholderText(tr("Who is better off when it is reached, and how?"))
        self.measure = QLineEdit()
        self.measure.setObjectName("measure")
        self.measure.setAccessibleName(tr("How success is measured"))
        self.measure.setPlaceholderText(tr("e.g. Median first answer under 60 minutes"))
        self.horizon = QComboBox()
        self.horizon.setObjectName("horizon")
        self.horizon.setAccessibleName(tr("Horizon of the goal"))
        for horizon, label in HORIZON_LABELS.items():
            self.horizon.addItem(tr(label), str(horizon))
        self.target = DateEdit()
        self.target.setObjectName("target")
        self.target.setAccessibleName(tr("Day the goal should be reached by"))
        self.target.set_value(horizon_end(GoalHorizon.HALF_YEAR, clock.today()))
        self.until = QLabel()
        theme.set_role(self.until, "caption")
        horizon_row = QHBoxLayout()
        horizon_row.addWidget(self.horizon)
        horizon_row.addWidget(self.target)
        horizon_row.addWidget(self.until, 1)
        form.addRow(tr("Goal"), self.title)
        form.addRow(tr("Why"), self.why)
        form.addRow(tr("Success looks like"), self.measure)
        form.addRow(tr("Horizon"), horizon_row)
        self.buttons = save_cancel_buttons(self)
        form.addRow(self.buttons)
        self.horizon.currentIndexChanged.connect(self._horizon_changed)
        self.title.textChanged.connect(self._title_changed)
        if goal is not None:
            self.title.setText(goal.title)
            self.why.setPlainText(goal.why)
            self.measure.setText(goal.measure)
            self.horizon.setCurrentIndex(max(0, self.horizon.findData(goal.horizon)))
            if goal.horizon == GoalHorizon.DATE:
                self.target.set_value(goal.target_date)
        self._horizon_changed()
        self._title_changed()

    def wording(self) -> GoalWording:
        return GoalWording(
            self.title.text(),
            self.why.toPlainText(),
            self.measure.text(),
            str(self.horizon.currentData()),
            self.target.value(),
        )

    def _horizon_changed(self) -> None:
        horizon = str(self.horizon.currentData())
        chosen = horizon == GoalHorizon.DATE
        self.target.setVisible(chosen)
        end = horizon_end(horizon, clock.today())
        self.until.setText("" if chosen or end is None else tr("until {0}").format(human_date(end)))
        self.until.setVisible(not chosen)

    def _title_changed(self) -> None:
        save = self.buttons.button(self.buttons.StandardButton.Save)
        save.setEnabled(bool(self.title.text().strip()))


class CloseGoalDialog(QDialog):
    """How a goal ended (achieved, changed, dropped) and why; a changed goal's new words."""

    def __init__(self, parent: QWidget | None, goal: Goal) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Close goal"))
        self.setMinimumWidth(520)
        form = QFormLayout(self)
        name = QLabel(goal.title)
        name.setWordWrap(True)
        theme.set_role(name, "section")
        form.addRow(name)
        self.choices = QButtonGroup(self)
        row = QHBoxLayout()
        labels = {
            GoalStatus.ACHIEVED: tr("Achieved"),
            GoalStatus.CHANGED: tr("Changed"),
            GoalStatus.DROPPED: tr("Dropped"),
        }
        self.radios: dict[str, QRadioButton] = {}
        for status, label in labels.items():
            radio = QRadioButton(label)
            radio.setObjectName(str(status))
            self.choices.addButton(radio)
            self.radios[str(status)] = radio
            row.addWidget(radio)
        row.addStretch(1)
        self.radios[GoalStatus.ACHIEVED].setChecked(True)
        form.addRow(tr("How it ended"), row)
        self.reason = paragraph(84)
        self.reason.setObjectName("reason")
        self.reason.setAccessibleName(tr("Why the goal closed"))
        form.addRow(tr("Why"), self.reason)
        self.new_title = QLineEdit(goal.title)
        self.new_title.setObjectName("new_title")
        self.new_title.setAccessibleName(tr("What the goal is now"))
        self.new_measure = QLineEdit(goal.measure)
        self.new_measure.setObjectName("new_measure")
        self.new_measure.setAccessibleName(tr("How success is measured now"))
        self.new_title_label = QLabel(tr("The goal now"))
        self.new_measure_label = QLabel(tr("Success looks like"))
        form.addRow(self.new_title_label, self.new_title)
        form.addRow(self.new_measure_label, self.new_measure)
        self.note = QLabel()
        self.note.setWordWrap(True)
        theme.set_role(self.note, "caption")
        form.addRow(self.note)
        self.buttons = save_cancel_buttons(self)
        form.addRow(self.buttons)
        self._goal = goal
        self.choices.buttonToggled.connect(lambda *_: self._update())
        self.reason.textChanged.connect(self._update)
        self.new_title.textChanged.connect(self._update)
        self._update()

    def status(self) -> str:
        for status, radio in self.radios.items():
            if radio.isChecked():
                return status
        return GoalStatus.ACHIEVED

    def new_wording(self) -> GoalWording | None:
        if self.status() != GoalStatus.CHANGED:
            return None
        goal = self._goal
        return GoalWording(
            self.new_title.text(),
            goal.why,
            self.new_measure.text(),
            goal.horizon,
            goal.target_date if goal.horizon == GoalHorizon.DATE else None,
        )

    def _update(self) -> None:
        changed = self.status() == GoalStatus.CHANGED
        for widget in (
            self.new_title,
            self.new_measure,
            self.new_title_label,
            self.new_measure_label,
        ):
            widget.setVisible(changed)
        self.reason.setPlaceholderText(
            {
                GoalStatus.ACHIEVED: tr("What got it there? What would you repeat?"),
                GoalStatus.CHANGED: tr("What did you learn that changed the goal?"),
                GoalStatus.DROPPED: tr("What made it no longer worth the team's time?"),
            }[GoalStatus(self.status())]
        )
        self.note.setText(
            tr(
                "The old words are kept with the weeks that served them; this week and later "
                "weeks move to the new words."
            )
            if changed
            else ""
        )
        self.note.setVisible(changed)
        ready = bool(self.reason.toPlainText().strip()) and (
            not changed or bool(self.new_title.text().strip())
        )
        self.buttons.button(self.buttons.StandardButton.Save).setEnabled(ready)


def ask_new_goal(parent: QWidget, goals: Goals, inform: Callable[[str, str], None]) -> Goal | None:
    """The "New goal" dialog; the goal set, or None when cancelled or refused."""
    dialog = GoalDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    try:
        return goals.set_goal(dialog.wording())
    except JournalError as error:
        inform(tr("Goal not set"), str(error))
        return None


class GoalPicker(QWidget):
    """The goal the shown week's outcome moves: open goals to pick from, and a new one."""

    def __init__(
        self,
        goals: Goals,
        changed: Callable[[], None],
        inform: Callable[[str, str], None],
    ) -> None:
        super().__init__()
        self.goals = goals
        self.changed = changed  # the journal changed: the page reads it again
        self.inform = inform
        self.week_id: int | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.combo = QComboBox()
        self.combo.setAccessibleName(tr("Goal this week's outcome moves"))
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(24)
        self.combo.activated.connect(self._picked)
        self.new_button = QToolButton()
        self.new_button.setText(tr("New goal…"))
        self.new_button.setToolTip(tr("Set a bigger goal that weekly outcomes move towards"))
        self.new_button.clicked.connect(self.new_goal)
        row.addWidget(self.combo, 1)
        row.addWidget(self.new_button)

    def show_week(self, week: WeekPlan) -> None:
        self.week_id = week.id
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(tr("No goal — this week stands on its own"), None)
        linked = self.goals.get(week.goal_id) if week.goal_id is not None else None
        for goal in self.goals.open_goals():
            self.combo.addItem(goal.title, goal.id)
        if linked is not None and linked.status != GoalStatus.OPEN:
            state = tr(STATUS_LABELS[GoalStatus(linked.status)])
            self.combo.addItem(tr("{0} ({1})").format(linked.title, state), linked.id)
        self.combo.setCurrentIndex(max(0, self.combo.findData(week.goal_id)))
        self.combo.blockSignals(False)
        self.combo.setToolTip(self.combo.currentText())

    def pick(self, goal_id: int | None) -> None:
        """Link the shown week to ``goal_id`` (None: no goal)."""
        if self.week_id is None:
            return
        try:
            self.goals.link_week(self.week_id, goal_id)
        except JournalError as error:
            self.inform(tr("Goal not linked"), str(error))
        self.changed()

    def _picked(self, index: int) -> None:
        data = self.combo.itemData(index)
        self.pick(int(data) if data is not None else None)

    def new_goal(self) -> None:
        """Set a new goal and link this week's outcome to it."""
        goal = ask_new_goal(self, self.goals, self.inform)
        if goal is not None:
            self.pick(goal.id)


class GoalsCard(QGroupBox):
    """The goals above the week: each open one with its horizon and weeks of progress,
    to reword or close; the closed ones on request."""

    def __init__(
        self,
        goals: Goals,
        changed: Callable[[], None],
        inform: Callable[[str, str], None],
        confirm: Callable[[str, str], bool],
    ) -> None:
        super().__init__(tr("Goals above the week"))
        theme.set_role(self, "card")
        self.goals = goals
        self.changed = changed
        self.inform = inform
        self.confirm = confirm
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        theme.set_role(self.summary, "caption")
        layout.addWidget(self.summary)
        self.rows = QVBoxLayout()
        self.rows.setSpacing(theme.SPACE["m"])  # goals apart from each other
        layout.addLayout(self.rows)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(tr("Set a goal…"))
        theme.set_role(self.new_button, "quiet")
        self.new_button.clicked.connect(self.new_goal)
        self.closed_button = QToolButton()
        self.closed_button.setCheckable(True)
        self.closed_button.toggled.connect(lambda *_: self.refresh())
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.closed_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.row_titles: dict[int, QLabel] = {}
        self.close_buttons: dict[int, QToolButton] = {}
        self.edit_buttons: dict[int, QToolButton] = {}
        self.reopen_buttons: dict[int, QToolButton] = {}
        self._titles: dict[int, str] = {}

    def refresh(self) -> None:
        clear_layout(self.rows)
        self.row_titles, self.close_buttons, self.edit_buttons = {}, {}, {}
        self.reopen_buttons = {}
        every = self.goals.all()
        self._titles = {goal.id: goal.title for goal in every}
        counts = self.goals.week_counts()
        open_goals = [g for g in every if g.status == GoalStatus.OPEN]
        closed = [g for g in every if g.status != GoalStatus.OPEN]
        if not open_goals:
            self.summary.setText(
                tr(
                    "No open goal. A goal is the bigger outcome — this quarter, the next six "
                    "months — that your weekly outcomes move towards."
                )
            )
        elif len(open_goals) > OPEN_GOALS_LIMIT:
            self.summary.setText(
                tr_n(
                    "%n goals are open: with this many, none of them gets the focus it needs.",
                    len(open_goals),
                    "%n goal is open.",
                )
            )
        else:
            self.summary.setText(
                tr("Link each week's outcome to the goal it moves, in “Towards goal” above.")
            )
        for goal in open_goals:
            self.rows.addWidget(self._row(goal, counts.get(goal.id, 0)))
        self.closed_button.setVisible(bool(closed))
        self.closed_button.setText(
            tr_n("Hide %n closed goals", len(closed), "Hide %n closed goal")
            if self.closed_button.isChecked()
            else tr_n("Show %n closed goals", len(closed), "Show %n closed goal")
        )
        if self.closed_button.isChecked():
            for goal in closed:
                self.rows.addWidget(self._row(goal, counts.get(goal.id, 0)))

    def _row(self, goal: Goal, weeks: int) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        words = QVBoxLayout()
        title = QLabel(goal.title)
        title.setWordWrap(True)
        theme.set_role(title, "section")
        self.row_titles[goal.id] = title
        words.addWidget(title)
        parts = [horizon_text(goal), weeks_text(weeks)]
        if goal.status != GoalStatus.OPEN:
            parts.insert(0, status_text(goal))
        detail = QLabel(" · ".join(parts))
        detail.setWordWrap(True)
        theme.set_role(detail, "caption")
        words.addWidget(detail)
        lines = []
        if goal.measure:
            lines.append(tr("Success looks like: {0}").format(goal.measure))
        if goal.close_reason:
            lines.append(tr("Why: {0}").format(goal.close_reason))
        successor = self._titles.get(goal.replaced_by_id or 0)
        if goal.status == GoalStatus.CHANGED and successor:
            lines.append(tr("Carries on as “{0}”").format(successor))
        if lines:
            more = QLabel("\n".join(lines))
            more.setWordWrap(True)
            words.addWidget(more)
        layout.addLayout(words, 1)
        if goal.status == GoalStatus.OPEN:
            edit = QToolButton()
            edit.setText(tr("Edit…"))
            edit.setAccessibleName(tr("Edit goal {0}").format(goal.title))
            edit.clicked.connect(lambda *_, g=goal.id: self.edit_goal(g))
            close = QToolButton()
            close.setText(tr("Close…"))
            close.setAccessibleName(tr("Close goal {0}").format(goal.title))
            close.setToolTip(tr("Achieved, changed or dropped: say which, and why"))
            close.clicked.connect(lambda *_, g=goal.id: self.close_goal(g))
            self.edit_buttons[goal.id] = edit
            self.close_buttons[goal.id] = close
            layout.addWidget(edit, 0, Qt.AlignmentFlag.AlignTop)
            layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        elif goal.status != GoalStatus.CHANGED:
            reopen = QToolButton()
            reopen.setText(tr("Reopen"))
            reopen.setAccessibleName(tr("Reopen goal {0}").format(goal.title))
            reopen.clicked.connect(lambda *_, g=goal.id: self.reopen_goal(g))
            self.reopen_buttons[goal.id] = reopen
            layout.addWidget(reopen, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def new_goal(self) -> None:
        if ask_new_goal(self, self.goals, self.inform) is not None:
            self.changed()

    def edit_goal(self, goal_id: int) -> None:
        goal = self.goals.get(goal_id)
        if goal is None:
            return
        dialog = GoalDialog(self, goal)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.goals.reword(goal_id, dialog.wording())
        except JournalError as error:
            self.inform(tr("Goal not changed"), str(error))
            return
        self.changed()

    def close_goal(self, goal_id: int) -> None:
        goal = self.goals.get(goal_id)
        if goal is None:
            return
        dialog = CloseGoalDialog(self, goal)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.goals.close(
                goal_id, dialog.status(), dialog.reason.toPlainText(), dialog.new_wording()
            )
        except JournalError as error:
            self.inform(tr("Goal not closed"), str(error))
            return
        self.changed()

    def reopen_goal(self, goal_id: int) -> None:
        goal = self.goals.get(goal_id)
        if goal is None or not self.confirm(
            tr("Reopen goal"), tr("Open “{0}” again?").format(goal.title)
        ):
            return
        try:
            self.goals.reopen(goal_id)
        except JournalError as error:
            self.inform(tr("Goal not reopened"), str(error))
            return
        self.changed()
