"""The first-run welcome: the weekly loop in plain words, a few answers, then a choice.

Three steps in one window. Reopened from Help → Welcome and set-up to change the
answers later (then without the sample-journal choice).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from leadjournal.i18n import QT_TRANSLATE_NOOP, tr
from leadjournal.services.setup import (
    LOOP_REMINDERS,
    FirstRunAnswers,
    default_reminders,
    team_names,
)
from leadjournal.ui import theme
from leadjournal.ui.forms import title_label, working_day_boxes

# (day, its job), marked for the catalogue and translated where shown.
LOOP_SUMMARY = (
    (
        QT_TRANSLATE_NOOP("", "Monday"),
        QT_TRANSLATE_NOOP("", "Set one outcome for the week, why it matters, and who does what."),
    ),
    (
        QT_TRANSLATE_NOOP("", "Tuesday"),
        QT_TRANSLATE_NOOP("", "A 15-minute check-in: done, next, and what is in the way."),
    ),
    (
        QT_TRANSLATE_NOOP("", "Wednesday"),
        QT_TRANSLATE_NOOP("", "Coach one person; improve one small thing about how you work."),
    ),
    (
        QT_TRANSLATE_NOOP("", "Thursday"),
        QT_TRANSLATE_NOOP("", "Tell the people around your team where things stand."),
    ),
    (
        QT_TRANSLATE_NOOP("", "Friday"),
        QT_TRANSLATE_NOOP("", "Review what shipped and slipped, keep a lesson, thank someone."),
    ),
)


class WelcomeDialog(QDialog):
    """``choice`` is "journal", "sample" or None (closed) after it runs."""

    def __init__(
        self,
        answers: FirstRunAnswers | None = None,
        *,
        first_run: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.first_run = first_run
        self.choice: str | None = None
        start = answers or FirstRunAnswers(reminders=default_reminders())
        self.setWindowTitle(tr("Welcome to LeadJournal") if first_run else tr("Set-up"))
        self.resize(620, 450)
        layout = QVBoxLayout(self)
        self.steps = QStackedWidget()
        self.steps.addWidget(self._loop_page())
        self.steps.addWidget(self._about_page(start))
        self.steps.addWidget(self._reminders_page(start))
        layout.addWidget(self.steps, 1)
        self.progress = QLabel()
        theme.set_role(self.progress, "caption")
        buttons = QHBoxLayout()
        self.sample_button = QPushButton(tr("Explore the sample journal"))
        self.sample_button.setToolTip(
            tr("A made-up team in a throwaway folder; your own journal is not created yet.")
        )
        self.sample_button.clicked.connect(self.choose_sample)
        self.sample_button.setVisible(first_run)
        # A side door, not the way on: drawn as a link, never the button Enter presses
        # (a dialog's push buttons take Enter when focused, and this one came first).
        self.sample_button.setAutoDefault(False)
        self.sample_button.setFlat(True)
        self.sample_button.setCursor(Qt.CursorShape.PointingHandCursor)
        theme.set_role(self.sample_button, "quiet")
        self.back_button = QPushButton(tr("Back"))
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(lambda: self.go(self.steps.currentIndex() - 1))
        self.next_button = QPushButton(tr("Next"))
        self.next_button.clicked.connect(self.next_or_finish)
        self.next_button.setDefault(True)
        theme.set_role(self.next_button, "primary")
        # As wide as its longest label, so "Step 3 of 3" doesn't shift when it changes.
        widest = max(
            self.next_button.fontMetrics().horizontalAdvance(text)
            for text in (tr("Next"), tr("Start my journal"), tr("Save"))
        )
        self.next_button.setMinimumWidth(widest + 32)
        buttons.addWidget(self.sample_button)
        buttons.addStretch(1)
        buttons.addWidget(self.progress)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout.addLayout(buttons)
        self.go(0)

    # --- pages ------------------------------------------------------------------------------

    def _loop_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(title_label(1.4, tr("A week, one small step a day")))
        intro = QLabel(
            tr(
                "LeadJournal is a private journal for leading and managing a team. It lives on "
                "this computer only. It is built around one repeatable week:"
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        week = QFrame()  # the five days together, as one card
        theme.set_role(week, "card")
        grid = QGridLayout(week)
        grid.setContentsMargins(*[theme.SPACE["m"]] * 4)
        for row, (day, job) in enumerate(LOOP_SUMMARY):
            grid.addWidget(QLabel(f"<b>{tr(day)}</b>"), row, 0, Qt.AlignmentFlag.AlignTop)
            text = QLabel(tr(job))
            text.setWordWrap(True)
            grid.addWidget(text, row, 1)
        grid.setColumnStretch(1, 1)
        layout.addWidget(week)
        outro = QLabel(
            tr(
                "Alongside the week: one-on-ones prepared from your notes, lessons you keep, "
                "feedback you ask for about yourself, and two-week practice of one leading and "
                "one managing habit. A reminder from the tray invites each step."
            )
        )
        outro.setWordWrap(True)
        layout.addWidget(outro)
        layout.addStretch(1)
        return page

    def _about_page(self, start: FirstRunAnswers) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(title_label(1.4, tr("About you and your team")))
        form = QFormLayout()
        self.name = QLineEdit(start.name)
        self.name.setAccessibleName(tr("Your name"))
        self.name.setPlaceholderText(tr("Used in your stakeholder updates"))
        form.addRow(tr("Your name"), self.name)
        self.team = QPlainTextEdit("\n".join(start.team))
        self.team.setAccessibleName(tr("The people you look after"))
        self.team.setPlaceholderText(tr("One name per line — optional, you can add people later"))
        self.team.setTabChangesFocus(True)
        self.team.setFixedHeight(110)
        form.addRow(tr("Your team"), self.team)
        days, self.days = working_day_boxes(start.working_days)
        form.addRow(tr("Working days"), days)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _reminders_page(self, start: FirstRunAnswers) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(title_label(1.4, tr("When should LeadJournal remind you?")))
        hint = QLabel(
            tr(
                "Suggested times are filled in. Untick what you don't want; you can "
                "change all of this later from Help → Welcome and set-up."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        grid = QGridLayout()
        self.reminder_boxes: dict[str, tuple[QCheckBox, QTimeEdit]] = {}
        for row, reminder in enumerate(LOOP_REMINDERS):
            saved = start.reminders.get(reminder.key, {})
            box = QCheckBox(tr(reminder.label))
            box.setChecked(bool(saved.get("enabled", True)))
            when = QTimeEdit(QTime.fromString(str(saved.get("time", reminder.time)), "HH:mm"))
            when.setDisplayFormat("HH:mm")
            when.setAccessibleName(tr("Time for: {0}").format(tr(reminder.label)))
            box.toggled.connect(when.setEnabled)
            when.setEnabled(box.isChecked())
            grid.addWidget(box, row, 0)
            grid.addWidget(when, row, 1)
            self.reminder_boxes[reminder.key] = (box, when)
        grid.setColumnStretch(0, 1)
        layout.addLayout(grid)
        layout.addStretch(1)
        return page

    # --- moving through -----------------------------------------------------------------------

    def go(self, index: int) -> None:
        index = max(0, min(index, self.steps.count() - 1))
        self.steps.setCurrentIndex(index)
        self.back_button.setEnabled(index > 0)
        last = index == self.steps.count() - 1
        finish = tr("Start my journal") if self.first_run else tr("Save")
        self.next_button.setText(finish if last else tr("Next"))
        self.progress.setText(tr("Step {0} of {1}").format(index + 1, self.steps.count()))
        if index == 1:
            self.name.setFocus()
        else:
            self.next_button.setFocus()  # Enter goes on with one's own journal

    def next_or_finish(self) -> None:
        if self.steps.currentIndex() < self.steps.count() - 1:
            self.go(self.steps.currentIndex() + 1)
            return
        self.choice = "journal"
        self.accept()

    def choose_sample(self) -> None:
        self.choice = "sample"
        self.accept()

    def answers(self) -> FirstRunAnswers:
        reminders = {
            key: {"enabled": box.isChecked(), "time": when.time().toString("HH:mm")}
            for key, (box, when) in self.reminder_boxes.items()
        }
        days = [index for index, box in enumerate(self.days) if box.isChecked()]
        return FirstRunAnswers(
            name=self.name.text().strip(),
            team=team_names(self.team.toPlainText()),
            working_days=days,
            reminders=reminders,
        )
