"""Settings: when reminders come (each can be moved or switched off), quiet hours, working
days, starting LeadJournal at login, and how backups are kept."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from leadjournal.db.repositories import Repositories
from leadjournal.i18n import tr
from leadjournal.services import autostart
from leadjournal.services.privacy import FORGOTTEN_WARNING
from leadjournal.services.settings import (
    BackupPolicy,
    IdleLock,
    JournalSettings,
    ReminderOptions,
)
from leadjournal.services.setup import DAY_NAMES, LOOP_REMINDERS
from leadjournal.ui import theme
from leadjournal.ui.forms import working_day_boxes
from leadjournal.ui.privacy import PassphraseDialog


def time_edit(value: str | dt.time, name: str) -> QTimeEdit:
    text = value.strftime("%H:%M") if isinstance(value, dt.time) else str(value)
    editor = QTimeEdit(QTime.fromString(text, "HH:mm"))
    editor.setDisplayFormat("HH:mm")
    editor.setAccessibleName(name)
    return editor


def _time_of(editor: QTimeEdit) -> dt.time:
    return dt.time.fromisoformat(editor.time().toString("HH:mm"))


def _switch_with_minutes(
    label: str, on: bool, minutes: int, limits: tuple[int, int], suffix: str, step: int = 1
) -> tuple[QHBoxLayout, QCheckBox, QSpinBox]:
    """A check box followed by its number of minutes, on one row."""
    switch = QCheckBox(label)
    switch.setChecked(on)
    spin = QSpinBox()
    spin.setRange(*limits)
    spin.setSingleStep(step)
    spin.setSuffix(suffix)
    spin.setValue(minutes)
    row = QHBoxLayout()
    row.addWidget(switch)
    row.addWidget(spin)
    row.addStretch(1)
    return row, switch, spin


class SettingsDialog(QDialog):
    def __init__(
        self,
        repositories: Repositories,
        parent: QWidget | None = None,
        *,
        protected: bool = False,
        sample: bool = False,
    ) -> None:
        super().__init__(parent)
        self.settings = JournalSettings.of(repositories)
        self.protected = protected
        self.sample = sample
        # Set by the Privacy page: (mode, current passphrase, new passphrase or None).
        self.passphrase_request: tuple[str, str, str | None] | None = None
        self.setWindowTitle(tr("Settings"))
        self.resize(620, 560)
        layout = QVBoxLayout(self)
        self.pages = QTabWidget()
        self.pages.addTab(self._reminders_page(), tr("Reminders"))
        self.pages.addTab(self._general_page(), tr("General"))
        self.pages.addTab(self._backups_page(), tr("Backups"))
        self.pages.addTab(self._privacy_page(), tr("Privacy"))
        layout.addWidget(self.pages)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            theme.set_role(save, "primary")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _reminders_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        saved = self.settings.reminders
        options = self.settings.reminder_options
        loop = QGroupBox(tr("The weekly loop"))
        theme.set_role(loop, "card")
        grid = QGridLayout(loop)
        self.loop_rows: dict[str, tuple[QCheckBox, QComboBox | None, QTimeEdit]] = {}
        for row, reminder in enumerate(LOOP_REMINDERS):
            choice = saved[reminder.key]
            box = QCheckBox(tr(reminder.title))
            box.setChecked(bool(choice.get("enabled", True)))
            day: QComboBox | None = None
            if reminder.day is not None:
                day = QComboBox()
                day.setAccessibleName(tr("Day for: {0}").format(box.text()))
                for index, name in enumerate(DAY_NAMES):
                    day.addItem(tr(name), index)
                day.setCurrentIndex(int(choice.get("day", reminder.day)))
            when = time_edit(
                str(choice.get("time", reminder.time)), tr("Time for: {0}").format(box.text())
            )
            grid.addWidget(box, row, 0)
            if day is not None:
                grid.addWidget(day, row, 1)
            else:
                grid.addWidget(QLabel(tr("every working day")), row, 1)
            grid.addWidget(when, row, 2)
            self.loop_rows[reminder.key] = (box, day, when)
        grid.setColumnStretch(0, 1)
        layout.addWidget(loop)

        follow = QGroupBox(tr("People and follow-ups"))
        theme.set_role(follow, "card")
        form = QFormLayout(follow)
        prep_row, self.prep, self.prep_minutes = _switch_with_minutes(
            tr("Prepare each one-on-one"),
            options.prep_enabled,
            options.prep_minutes,
            (5, 24 * 60),
            tr(" minutes before"),
            step=15,
        )
        self.prep_minutes.setAccessibleName(tr("Minutes before a one-on-one"))
        form.addRow(prep_row)
        self.plans = QCheckBox(tr("Improvement-plan check-ins on the day they are due"))
        self.plans.setChecked(options.plans_enabled)
        self.feedback = QCheckBox(tr("Start/stop/continue actions on their due and check dates"))
        self.feedback.setChecked(options.feedback_enabled)
        self.followups_at = time_edit(options.followups_at, tr("Time for follow-ups"))
        form.addRow(self.plans)
        form.addRow(self.feedback)
        at_row = QHBoxLayout()
        at_row.addWidget(QLabel(tr("Follow-ups come at")))
        at_row.addWidget(self.followups_at)
        at_row.addStretch(1)
        form.addRow(at_row)
        layout.addWidget(follow)

        quiet = QGroupBox(tr("Quiet hours and working days"))
        theme.set_role(quiet, "card")
        quiet_form = QFormLayout(quiet)
        quiet_row = QHBoxLayout()
        self.quiet = QCheckBox(tr("No reminders between"))
        self.quiet.setChecked(options.quiet_enabled)
        # Switched off, they show the usual times (what switching them on would use).
        usual = ReminderOptions()
        quiet_start = options.quiet_start if options.quiet_enabled else usual.quiet_start
        quiet_end = options.quiet_end if options.quiet_enabled else usual.quiet_end
        self.quiet_start = time_edit(quiet_start, tr("Quiet from"))
        self.quiet_end = time_edit(quiet_end, tr("Quiet until"))
        quiet_row.addWidget(self.quiet)
        quiet_row.addWidget(self.quiet_start)
        quiet_row.addWidget(QLabel(tr("and")))
        quiet_row.addWidget(self.quiet_end)
        quiet_row.addStretch(1)
        quiet_form.addRow(quiet_row)
        days_row, self.days = working_day_boxes(self.settings.working_days)
        quiet_form.addRow(tr("Working days"), days_row)
        layout.addWidget(quiet)
        layout.addStretch(1)
        return page

    def _general_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.autostart = QCheckBox(
            tr("Start LeadJournal when I log in (in the tray, so reminders can come)")
        )
        self.autostart.setChecked(autostart.is_enabled())
        layout.addWidget(self.autostart)
        # The Tracker's work-in-progress limit per person (off unless switched on).
        limit = self.settings.wip_limit
        wip_row, self.wip_on, self.wip_limit = _switch_with_minutes(
            tr("Warn when one person has more tasks in progress than"),
            limit is not None,
            limit or 2,
            (1, 9),
            "",
        )
        self.wip_limit.setAccessibleName(tr("Tasks in progress per person"))
        self.wip_on.setAccessibleName(tr("Limit work in progress per person"))
        layout.addLayout(wip_row)
        layout.addStretch(1)
        return page

    def _backups_page(self) -> QWidget:
        policy = self.settings.backups
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.setSpacing(theme.SPACE["m"])
        keeping = QGroupBox(tr("Keeping backups"))
        theme.set_role(keeping, "card")
        outer.addWidget(keeping)
        layout = QVBoxLayout(keeping)
        explain = QLabel(
            tr(
                "LeadJournal backs up your journal each day you open it and each time you quit, "
                "checks every copy opens, and keeps them in the backups folder beside the journal."
            )
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        form = QFormLayout()
        self.keep_daily = QSpinBox()
        self.keep_daily.setRange(1, 60)
        self.keep_daily.setValue(policy.keep_daily)
        self.keep_daily.setSuffix(tr(" days"))
        self.keep_daily.setMaximumWidth(180)
        form.addRow(tr("Keep one backup a day for the last"), self.keep_daily)
        self.keep_weekly = QSpinBox()
        self.keep_weekly.setRange(0, 104)
        self.keep_weekly.setValue(policy.keep_weekly)
        self.keep_weekly.setSuffix(tr(" weeks"))
        self.keep_weekly.setMaximumWidth(180)
        form.addRow(tr("and one a week for the last"), self.keep_weekly)
        self.second_folder = QLineEdit(str(policy.second_folder or ""))
        self.second_folder.setPlaceholderText(tr("None — only beside the journal"))
        self.second_folder.setAccessibleName(tr("Second backup folder"))
        choose = QPushButton(tr("Choose…"))
        choose.clicked.connect(self._choose_second_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.second_folder, 1)
        folder_row.addWidget(choose)
        layout.addLayout(form)
        second = QGroupBox(tr("A second copy"))
        theme.set_role(second, "card")
        outer.addWidget(second)
        layout = QVBoxLayout(second)
        second_form = QFormLayout()
        second_form.addRow(tr("Also copy to"), folder_row)
        layout.addLayout(second_form)
        hint = QLabel(
            tr(
                "A second folder on a synced or external drive keeps a copy safe if this "
                "computer is lost. Leave it empty to keep backups here only."
            )
        )
        hint.setWordWrap(True)
        theme.set_role(hint, "caption")
        layout.addWidget(hint)
        outer.addStretch(1)
        return page

    def _privacy_page(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.setSpacing(theme.SPACE["m"])
        passphrase = QGroupBox(tr("Passphrase"))
        theme.set_role(passphrase, "card")
        outer.addWidget(passphrase)
        layout = QVBoxLayout(passphrase)
        status = QLabel(
            tr(
                "Your journal is protected with a passphrase: its file and its backups can't "
                "be read without it."
            )
            if self.protected
            else tr(
                "Your journal is not protected with a passphrase. Anyone who can open your "
                "files can read it; protecting it encrypts the journal and its backups."
            )
        )
        status.setWordWrap(True)
        layout.addWidget(status)
        row = QHBoxLayout()
        if self.protected:
            self.change_button = QPushButton(tr("Change passphrase…"))
            self.change_button.clicked.connect(
                lambda: self._ask_passphrase(PassphraseDialog.CHANGE)
            )
            self.remove_button = QPushButton(tr("Remove passphrase…"))
            self.remove_button.clicked.connect(
                lambda: self._ask_passphrase(PassphraseDialog.REMOVE)
            )
            row.addWidget(self.change_button)
            row.addWidget(self.remove_button)
        else:
            self.protect_button = QPushButton(tr("Protect with a passphrase…"))
            self.protect_button.clicked.connect(
                lambda: self._ask_passphrase(PassphraseDialog.PROTECT)
            )
            row.addWidget(self.protect_button)
        row.addStretch(1)
        layout.addLayout(row)
        if self.sample:
            for button in page.findChildren(QPushButton):
                button.setEnabled(False)
            note = QLabel(
                tr(
                    "This is the sample journal: it is thrown away when you quit, so there is "
                    "nothing to protect. Your own journal can be."
                )
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        warning = QLabel(tr(FORGOTTEN_WARNING))
        warning.setWordWrap(True)
        theme.set_role(warning, "caption")
        layout.addWidget(warning)
        away = QGroupBox(tr("When you step away"))
        theme.set_role(away, "card")
        outer.addWidget(away)
        layout = QVBoxLayout(away)
        idle = self.settings.privacy
        lock_row, self.lock_when_idle, self.idle_minutes = _switch_with_minutes(
            tr("Hide the journal when I step away, after"),
            idle.enabled,
            idle.minutes,
            (1, 240),
            tr(" minutes"),
        )
        layout.addLayout(lock_row)
        lock_hint = QLabel(
            tr(
                "The passphrase brings it back. This needs a passphrase, so it "
                "is available once your journal is protected."
            )
        )
        lock_hint.setWordWrap(True)
        theme.set_role(lock_hint, "caption")
        layout.addWidget(lock_hint)
        for widget in (self.lock_when_idle, self.idle_minutes):
            widget.setEnabled(self.protected)
        outer.addStretch(1)
        return page

    def _ask_passphrase(self, mode: str) -> None:
        dialog = PassphraseDialog(mode, self)
        if dialog.exec() == PassphraseDialog.DialogCode.Accepted:
            self.passphrase_request = (mode, dialog.current.text(), dialog.new_passphrase())
            self.accept()  # the journal is rewritten once the dialog has closed

    def _choose_second_folder(self) -> None:
        start = self.second_folder.text() or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, tr("A second folder for backups"), start)
        if folder:
            self.second_folder.setText(folder)

    def backup_policy(self) -> BackupPolicy:
        folder = self.second_folder.text().strip()
        return BackupPolicy(
            keep_daily=self.keep_daily.value(),
            keep_weekly=self.keep_weekly.value(),
            second_folder=Path(folder).expanduser() if folder else None,
        )

    def loop_reminders(self) -> dict[str, dict[str, Any]]:
        loop = {}
        for key, (box, day, when) in self.loop_rows.items():
            entry: dict[str, Any] = {
                "enabled": box.isChecked(),
                "time": when.time().toString("HH:mm"),
            }
            if day is not None:
                entry["day"] = day.currentData()
            loop[key] = entry
        return loop

    def reminder_options(self) -> ReminderOptions:
        return ReminderOptions(
            prep_enabled=self.prep.isChecked(),
            prep_minutes=self.prep_minutes.value(),
            plans_enabled=self.plans.isChecked(),
            feedback_enabled=self.feedback.isChecked(),
            followups_at=_time_of(self.followups_at),
            quiet_enabled=self.quiet.isChecked(),
            quiet_start=_time_of(self.quiet_start),
            quiet_end=_time_of(self.quiet_end),
        )

    def save(self) -> None:
        """Store the choices (all at once) and switch start-on-login on or off."""
        with self.settings.all_at_once():
            self.settings.reminders = self.loop_reminders()
            self.settings.working_days = [i for i, box in enumerate(self.days) if box.isChecked()]
            self.settings.reminder_options = self.reminder_options()
            self.settings.backups = self.backup_policy()
            self.settings.privacy = IdleLock(
                self.lock_when_idle.isChecked(), self.idle_minutes.value()
            )
            self.settings.wip_limit = self.wip_limit.value() if self.wip_on.isChecked() else None
        if self.autostart.isChecked() and not autostart.is_enabled():
            autostart.enable()
        elif not self.autostart.isChecked() and autostart.is_enabled():
            autostart.disable()
