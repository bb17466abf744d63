"""One open journal: its folder lock, its storage, its window, tray and reminders.

Start-up order is chosen for speed: the window is built from light placeholders and
shown first; opening the database (SQLAlchemy, maybe Alembic) and building the real
tabs happen once it has been painted.
"""

from __future__ import annotations

import dataclasses
import logging
import shutil
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from leadjournal import clock as app_clock
from leadjournal.errors import JournalError
from leadjournal.i18n import tr, tr_n
from leadjournal.paths import JournalPaths
from leadjournal.single_instance import SingleInstanceGuard
from leadjournal.start_up import resume_garbage_collection
from leadjournal.ui.main_window import MainWindow, request_quit

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from leadjournal.clock import Clock
    from leadjournal.db.repositories import Repositories
    from leadjournal.scheduler import ReminderScheduler
    from leadjournal.services.backups import BackupInfo, BackupPolicy
    from leadjournal.services.reminder_text import Reminder
    from leadjournal.services.setup import FirstRunAnswers
    from leadjournal.ui.notifications import Notifier
    from leadjournal.ui.privacy import IdleWatcher
    from leadjournal.ui.recovery import DamagedJournalDialog
    from leadjournal.ui.tray import TrayController

log = logging.getLogger(__name__)

FIRST_PAINT_FALLBACK_MS = 1000


class JournalSession(QObject):
    """One open journal: its folder lock, its storage and its window."""

    journal_opened = Signal()
    journal_failed = Signal(str)
    journal_damaged = Signal(str)  # the file can't be read: the recovery dialog decides
    backup_finished = Signal(str, bool)  # one sentence, and whether every copy succeeded
    reopen_requested = Signal()  # close the storage and open the same folder again
    unlock_cancelled = Signal()  # "Quit" at the passphrase prompt

    def __init__(
        self,
        paths: JournalPaths,
        *,
        demo: bool = False,
        temporary: bool = False,
        first_run_answers: FirstRunAnswers | None = None,
        key: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self.demo = demo
        self.temporary = temporary
        self.first_run_answers = first_run_answers
        self.leaving_sample = False
        self._closed = False
        self.minimized = False
        self.smoke_test = False  # quit on its own once everything has opened
        self.clock: Clock | None = None  # tests pass a fake clock for the scheduler
        self.scheduler: ReminderScheduler | None = None
        self.tray: TrayController | None = None
        self.notifier: Notifier | None = None
        self.guard = SingleInstanceGuard(paths, self)
        self.window = MainWindow(paths, demo=demo)
        self.guard.show_requested.connect(self.window.bring_to_front)
        # Later starts are answered once the first view is on screen (QtNetwork costs
        # 10-15 ms that would otherwise come before it), or as soon as the user is
        # asked something instead: a passphrase, what to do with a damaged journal.
        for waits_for_user in (self.journal_failed, self.journal_damaged, self.unlock_cancelled):
            waits_for_user.connect(self.guard.listen)
        self.guard.changed_elsewhere.connect(self._changed_elsewhere)
        self.window.restore_requested.connect(self.request_restore)
        self.window.backup_requested.connect(self.back_up_by_hand)
        self.backup_finished.connect(self.window.show_backup_result)
        self.repositories: Repositories | None = None
        self._engine: Engine | None = None
        self.backup_policy: BackupPolicy | None = None
        self.backup_thread: threading.Thread | None = None
        self.restore_from: Path | None = None  # restored at close, then the journal reopens
        self.switch_to: Path | None = None  # another folder chosen after a damaged journal
        self.restore_error: str | None = None
        self.recovery_dialog: DamagedJournalDialog | None = None
        # The passphrase of a protected journal: in memory only, never logged or written.
        self.key = key
        self._open_started = False
        self.key_change: tuple[str | None] | None = None  # (new key,) applied at close
        self.ask_passphrase: Callable[[str, str], str | None] = self._ask_passphrase
        self.idle_watcher: IdleWatcher | None = None
        self.window.passphrase_check = self._is_passphrase
        self.window.file_actions.backups_provider = self.backups
        self.window.file_actions.back_up_before_import = self.back_up_before_import
        self.window.passphrase_change_requested.connect(self.request_passphrase_change)
        self.window.settings_changed.connect(self._watch_idle)

    def start(self) -> None:
        """Show the window now and open the journal right after the first paint.

        With ``minimized`` set and a tray to wait in, the window stays hidden.
        """
        self.window.restore_state()
        if self.minimized:
            from PySide6.QtWidgets import QSystemTrayIcon

            if QSystemTrayIcon.isSystemTrayAvailable():
                QTimer.singleShot(0, self._open_journal_once)
                return
        # The journal opens once the window has been painted: a zero timer alone would
        # run before the first paint and keep the window blank while SQLAlchemy loads.
        # The fallback covers a window the platform never asks to paint.
        self.window.first_painted.connect(self._open_journal_once)
        QTimer.singleShot(FIRST_PAINT_FALLBACK_MS, self._open_journal_once)
        self.window.show()

    def _open_journal_once(self) -> None:
        if not self._open_started:
            self._open_started = True
            try:
                self._open_journal()
            finally:
                resume_garbage_collection()

    def _open_journal(self) -> None:
        from leadjournal.db.files import JournalInspection, looks_encrypted, tighten_permissions
        from leadjournal.errors import JournalDamagedError, WrongPassphraseError

        tightened = tighten_permissions(self.paths.data_dir)
        if tightened:
            log.warning("Made owner-only: %s", ", ".join(map(str, tightened)))
        if self.key is None and looks_encrypted(self.paths.journal_file):
            self.guard.listen()
            self.key = self.ask_passphrase(str(self.paths.journal_file), "")
            if self.key is None:
                self.unlock_cancelled.emit()
                return
        # The file is checked on a worker thread while SQLAlchemy loads here.
        inspection = JournalInspection(self.paths.journal_file, self.key)
        from leadjournal.db.engine import open_journal
        from leadjournal.db.repositories import Repositories

        try:
            state = inspection.result()
            engine = open_journal(
                self.paths.journal_file, self.paths.backups_dir, self.key, state=state
            )
            repositories = Repositories(engine)
            if state.revision is None and not self.demo:
                from leadjournal import clock
                from leadjournal.services.today import note_journal_started

                # A new journal: nothing due before today is ever asked of it.
                note_journal_started(repositories, clock.today())
            if self.demo and repositories.weeks.count() == 0 and repositories.people.count() == 0:
                from leadjournal.services.sample_journal import write_sample_journal

                write_sample_journal(repositories)
            if self.first_run_answers is not None:
                from leadjournal.services.setup import save_answers

                save_answers(repositories, self.first_run_answers)
        except WrongPassphraseError as error:
            self.guard.listen()
            self.key = self.ask_passphrase(str(self.paths.journal_file), str(error))
            if self.key is None:
                self.unlock_cancelled.emit()
            else:
                QTimer.singleShot(0, self._open_journal)
            return
        except JournalDamagedError as error:
            log.warning("Journal not readable: %s", error)
            self.journal_damaged.emit(str(error))
            return
        except JournalError as error:
            log.warning("Journal not opened: %s", error)
            self.journal_failed.emit(str(error))
            return
        self._engine = engine
        self.repositories = repositories
        from leadjournal.services.documents import keep_exports_out_of

        keep_exports_out_of(self.paths.data_dir, self.paths.backups_dir)
        self.window.attach_journal(repositories)
        notices = []
        if tightened:
            notices.append(
                tr(
                    "Only you can read your journal now: some of its files were open to others "
                    "and have been made private."
                )
            )
        notices += self._finish_protection()
        if notices:
            self.window.show_notice(" ".join(notices))
        log.info("Journal opened: %s", self.paths.journal_file)
        self.journal_opened.emit()
        # Once the first view is on screen: reminders, the tray, notifications, backups.
        self.window.after_next_paint(self._after_first_view)
        self._watch_idle()

    def _finish_protection(self) -> list[str]:
        """Tidy killed backups, finish protecting copies if that was interrupted, and a
        sentence if plain copies remain beside the protected journal."""
        from leadjournal.db.backups import tidy_interrupted_backups
        from leadjournal.db.cipher import finish_protection

        tidy_interrupted_backups(self.paths.backups_dir)
        plain = finish_protection(
            self.paths.journal_file, self.paths.backups_dir, self.key, holds_journal=True
        )
        if not plain:
            return []
        log.warning("Plain copies beside the protected journal: %s", ", ".join(map(str, plain)))
        if len(plain) == 1:  # one copy is named with its path, several by their folder
            return [
                tr(
                    "A copy of your journal that your passphrase does not protect is still "
                    "in {0}: delete it if you don't need it."
                ).format(plain[0])
            ]
        return [
            tr_n(
                "%n copies of your journal that your passphrase does not protect are still "
                "in {0}: delete them if you don't need them.",
                len(plain),
                "%n copy of your journal that your passphrase does not protect is still "
                "in {0}: delete it if you don't need it.",
            ).format(plain[0].parent)
        ]

    def _changed_elsewhere(self) -> None:
        """The command line wrote to the journal: open views read what they show again."""
        if self.repositories is not None:
            self.repositories.changed_elsewhere()

    def _after_first_view(self) -> None:
        self.guard.listen()
        self.start_reminders()
        self._back_up_if_due()

    # --- passphrase ---------------------------------------------------------------------

    @staticmethod
    def _ask_passphrase(where: str, problem: str) -> str | None:
        from leadjournal.ui.privacy import UnlockDialog

        return UnlockDialog.ask(where, problem)

    def _is_passphrase(self, text: str) -> bool:
        from leadjournal.services.privacy import same_passphrase

        return same_passphrase(text, self.key)

    def request_passphrase_change(self, request: tuple[str, str, str | None]) -> bool:
        """Protect, change or remove the passphrase: checked here, applied at close (the
        storage must be shut), then the journal reopens with the new one."""
        mode, current, new = request
        if mode != "protect" and not self._is_passphrase(current):
            self.window.tell(
                tr("Passphrase not changed"),
                tr("That is not your current passphrase; nothing was changed."),
            )
            return False
        self.key_change = (new,)
        self.window.flush_pending_edits()
        self.reopen_requested.emit()
        return True

    def _watch_idle(self) -> None:
        """Lock the window after the chosen idle time (only for a protected journal)."""
        from leadjournal.services.privacy import load_idle_lock
        from leadjournal.ui.privacy import IdleWatcher

        if self.idle_watcher is not None:
            self.idle_watcher.stop()
            self.idle_watcher = None
        if self.repositories is None or self.key is None:
            return
        choice = load_idle_lock(self.repositories)
        if choice.enabled:
            watcher = IdleWatcher(choice.minutes, parent=self)
            watcher.idle.connect(self.window.lock)
            self.idle_watcher = watcher

    # --- backups ------------------------------------------------------------------------

    @property
    def keeps_backups(self) -> bool:
        """The sample journal is thrown away at quit; backing it up would be noise."""
        return not (self.demo or self.temporary)

    def _back_up_if_due(self) -> None:
        from leadjournal.services.backups import backup_is_due

        if self.keeps_backups and not self._closed and backup_is_due(self.paths):
            self.back_up_in_background()

    def _current_policy(self) -> BackupPolicy:
        from leadjournal.services.backups import BackupPolicy, load_policy

        if self.repositories is not None:
            self.backup_policy = load_policy(self.repositories)
        return self.backup_policy or BackupPolicy()

    def back_up_by_hand(self) -> threading.Thread | None:
        """File → Back Up Now: a backup that rotation never removes."""
        return self.back_up_in_background(by_hand=True)

    def back_up_before_import(self) -> None:
        """A kept copy of the journal before an import writes (raises BackupError)."""
        from leadjournal.services.backups import back_up_before_import

        back_up_before_import(self.paths, self.key)

    def back_up_in_background(self, by_hand: bool = False) -> threading.Thread | None:
        """Back up without holding up the window; the result reaches the status bar."""
        from leadjournal.services.backups import back_up

        if self.repositories is None:
            return None
        policy, paths = self._current_policy(), self.paths
        previous = self.backup_thread

        key = self.key

        def work() -> None:
            if previous is not None:
                previous.join()  # one backup at a time
            report = back_up(paths, policy, key=key, by_hand=by_hand)
            self.backup_finished.emit(report.summary(), not report.failures)

        worker = threading.Thread(target=work, name="leadjournal-backup", daemon=True)
        worker.start()
        self.backup_thread = worker
        return worker

    def _back_up_at_quit(self) -> None:
        from leadjournal.services.backups import back_up

        if not self.keeps_backups or self.backup_policy is None:
            return
        report = back_up(self.paths, self.backup_policy, key=self.key)
        for failure in report.failures:
            print(f"leadjournal: {failure}", file=sys.stderr)

    def request_restore(self, backup: Path) -> None:
        """Restore ``backup``: the storage closes, the file is swapped, the journal reopens."""
        self.restore_from = backup
        self.window.flush_pending_edits()
        self.reopen_requested.emit()

    def recover_from_newest_backup(self) -> bool:
        """After "could not be read": move the file aside, restore the newest good backup
        and open it. False (and the file untouched) when there is no good backup."""
        from leadjournal.db.backups import restore_backup
        from leadjournal.services.backups import available_backups

        backups = available_backups(self.paths, key=self.key)
        if not backups:
            return False
        # The restore moves the unreadable file aside itself, and puts it back if it fails.
        restore_backup(backups[0].path, self.paths.journal_file, self.paths.backups_dir, self.key)
        self._open_journal()
        return self.repositories is not None

    def start_reminders(self) -> None:
        """Arm the scheduler, show the tray icon where a tray exists, choose how to notify."""
        if self.repositories is None or self.scheduler is not None or self._closed:
            return
        from leadjournal.scheduler import ReminderScheduler
        from leadjournal.ui.notifications import choose_notifier
        from leadjournal.ui.tray import TrayController

        repos = self.repositories
        self.scheduler = ReminderScheduler(repos, self.clock, self)
        if TrayController.available():
            self.tray = TrayController(repos, self.scheduler, parent=self)
            self.tray.is_locked = lambda: self.window.locked
            self.window.lock_changed.connect(self.tray.refresh)
            self.tray.open_requested.connect(self.window.bring_to_front)
            self.tray.toggle_requested.connect(self.toggle_window)
            self.tray.capture_requested.connect(self.quick_capture)
            self.tray.quit_requested.connect(request_quit)
            self.tray.show()
            QApplication.setQuitOnLastWindowClosed(False)
        self.window.tray_available = self.tray is not None
        self.window.hidden_to_tray.connect(self._explain_tray)
        self.window.settings_changed.connect(self.scheduler.reload_settings)
        self.notifier = choose_notifier(self.tray.icon if self.tray else None, self)
        self.notifier.activated.connect(self.open_reminder)
        self.notifier.snooze_requested.connect(self.scheduler.snooze)
        self.window.banner.open_requested.connect(self.open_reminder)
        self.window.banner.snooze_requested.connect(self.scheduler.snooze)
        self.scheduler.reminder_due.connect(self._remind)
        self.scheduler.missed.connect(self._remind_missed)
        # Yesterday's reminders leave the banner when the day turns (checked every resync).
        scheduler = self.scheduler
        scheduler.schedule_changed.connect(
            lambda: self.window.banner.expire(scheduler.clock.now().date())
        )
        # A window left open overnight: the pages that speak of "today" read the new day.
        self._day_shown = app_clock.today()
        scheduler.schedule_changed.connect(self._notice_a_new_day)
        if self.window.journal_events is not None:
            self.window.journal_events.changed.connect(self._retire_done_reminders)
        self.scheduler.start()

    def _notice_a_new_day(self) -> None:
        today = app_clock.today()
        if today != self._day_shown:
            previous, self._day_shown = self._day_shown, today
            self.window.tab_builder.day_turned(previous)

    def _retire_done_reminders(self, _change: object) -> None:
        """A reminder on the banner whose job has just been done goes away by itself."""
        banner = self.window.banner
        if self.scheduler is None or banner.reminder is None or not banner.isVisible():
            return
        shown = banner.missed or [banner.reminder]
        left = self.scheduler.still_to_do(shown)
        if not left:
            banner.hide()
        elif len(left) < len(shown):
            banner.show_reminder(left[0], missed=left if banner.missed else ())

    def _remind(self, reminder: Reminder) -> None:
        if self.notifier is not None:
            self.notifier.notify(self._shown_on_desktop(reminder))
        self.window.banner.show_reminder(reminder)

    def _remind_missed(self, reminders: list[Reminder]) -> None:
        if self.notifier is not None:
            if self.window.locked:
                self.notifier.notify(self._shown_on_desktop(reminders[0]))
            else:
                self.notifier.notify_missed(reminders)
        self.window.banner.show_reminder(reminders[0], missed=reminders)

    def _shown_on_desktop(self, reminder: Reminder) -> Reminder:
        """While the window is locked, a notification says that something is due, not
        what (reminders name people and plans)."""
        if not self.window.locked:
            return reminder
        return dataclasses.replace(
            reminder,
            title="LeadJournal",
            body=tr("A reminder is waiting. Unlock your journal to see it."),
        )

    def open_reminder(self, reminder: Reminder) -> None:
        """A reminder was clicked: show the window at the right tab and entry."""
        self.window.bring_to_front()
        self.window.open_link(reminder.link)
        self.window.banner.hide()

    def toggle_window(self) -> None:
        if self.window.isVisible() and not self.window.isMinimized():
            self.window.flush_pending_edits()
            self.window.hide()
        else:
            self.window.bring_to_front()

    def quick_capture(self) -> None:
        if self.repositories is None:
            return
        from leadjournal.ui.quick_capture import QuickCaptureDialog

        dialog = QuickCaptureDialog(self.repositories)
        from PySide6.QtCore import Qt

        dialog.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint)
        if dialog.exec() and dialog.saved_id is not None:
            # Say what was kept and where, wherever the person is looking.
            confirmation = dialog.confirmation()
            self.window.statusBar().showMessage(confirmation, 10000)
            if self.tray is not None:
                self.tray.icon.showMessage(tr("Saved"), confirmation)

    def _explain_tray(self) -> None:
        if self.tray is not None:
            self.tray.icon.showMessage(
                "LeadJournal",
                tr(
                    "LeadJournal keeps running here so reminders can reach you. Quit from this "
                    "icon's menu or File → Quit."
                ),
            )

    def stop_reminders(self) -> None:
        if self.scheduler is not None:
            self.scheduler.stop()
        if self.notifier is not None:
            self.notifier.close()
        if self.tray is not None:
            self.tray.hide()

    def close(self) -> None:
        """Save what is pending, close the window and storage, release the folder."""
        if self._closed:
            return
        self._closed = True
        self.stop_reminders()
        if self.idle_watcher is not None:
            self.idle_watcher.stop()
            self.idle_watcher = None
        self.window.closing_for_good = True
        self.window.save_state()
        self.window.flush_pending_edits()
        self.window.close()
        if self.repositories is not None:
            self._current_policy()
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
        if self.backup_thread is not None:
            self.backup_thread.join()  # a start-up backup still running finishes first
        if self.restore_from is not None:
            self._restore_now(self.restore_from)
        else:
            self._back_up_at_quit()
            if self.key_change is not None:
                self._change_key_now(self.key_change[0])
        self.guard.release()
        if self.temporary:
            shutil.rmtree(self.paths.data_dir, ignore_errors=True)

    def _restore_now(self, backup: Path) -> None:
        from leadjournal.db.backups import restore_backup

        try:
            restore_backup(backup, self.paths.journal_file, self.paths.backups_dir, self.key)
        except JournalError as error:
            self.restore_error = str(error)

    def _change_key_now(self, new_key: str | None) -> None:
        from leadjournal.db.cipher import change_passphrase

        folders = [self.paths.backups_dir]
        if self.backup_policy is not None and self.backup_policy.second_folder is not None:
            folders.append(self.backup_policy.second_folder)
        try:
            problems = change_passphrase(self.paths.journal_file, folders, self.key, new_key)
        except JournalError as error:
            self.restore_error = str(error)
            return
        self.key = new_key
        if problems:
            self.restore_error = problems[0]

    def backups(self) -> list[BackupInfo]:
        """Every backup that verifies, for File → Restore from Backup…"""
        from leadjournal.services.backups import available_backups

        return available_backups(self.paths, self._current_policy(), self.key)
