"""The application: the one place where storage, services, window and tray are wired.

Start-up order is chosen for speed: the window is built from light placeholders and
shown first; opening the database (SQLAlchemy, maybe Alembic) and building the real
tabs happen on the next turn of the event loop.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import shutil
import signal
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from leadjournal import APP_NAME, __version__
from leadjournal.db.files import ensure_data_folder
from leadjournal.errors import DemoFolderNotEmptyError, JournalError, JournalInUseError
from leadjournal.i18n import install_translations, tr
from leadjournal.logging_setup import configure_logging
from leadjournal.paths import JournalPaths, app_icon_file, resolve_data_dir
from leadjournal.single_instance import SingleInstanceGuard
from leadjournal.start_up import resume_garbage_collection
from leadjournal.ui.main_window import MainWindow, request_quit

if TYPE_CHECKING:
    from leadjournal.scheduler import ReminderScheduler
    from leadjournal.services.backups import BackupInfo, BackupPolicy
    from leadjournal.services.reminder_text import Reminder
    from leadjournal.services.setup import FirstRunAnswers
    from leadjournal.ui.notifications import Notifier
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
        self.clock: object | None = None  # tests pass a fake clock for the scheduler
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
        self.repositories: object | None = None
        self._engine: object | None = None
        self.backup_policy: BackupPolicy | None = None
        self.backup_thread: threading.Thread | None = None
        self.restore_from: Path | None = None  # restored at close, then the journal reopens
        self.switch_to: Path | None = None  # another folder chosen after a damaged journal
        self.restore_error: str | None = None
        self.recovery_dialog: QObject | None = None
        # The passphrase of a protected journal: in memory only, never logged or written.
        self.key = key
        self._open_started = False
        self.key_change: tuple[str | None] | None = None  # (new key,) applied at close
        self.ask_passphrase: Callable[[str, str], str | None] = self._ask_passphrase
        self.idle_watcher: QObject | None = None
        self.window.passphrase_check = self._is_passphrase
        self.window.backups_provider = self.backups
        self.window.back_up_before_import = self.back_up_before_import
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
        if len(plain) == 1:
            return [
                tr(
                    "A copy of your journal that your passphrase does not protect is still "
                    "in {0}: delete it if you don't need it."
                ).format(plain[0])
            ]
        return [
            tr(
                "{0} copies of your journal that your passphrase does not protect are still "
                "in {1}: delete them if you don't need them."
            ).format(len(plain), plain[0].parent)
        ]

    def _changed_elsewhere(self) -> None:
        """The command line wrote to the journal: open views read what they show again."""
        if self.repositories is not None:
            self.repositories.changed_elsewhere()  # type: ignore[attr-defined]

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
            self.idle_watcher.stop()  # type: ignore[attr-defined]
            self.idle_watcher = None
        if self.repositories is None or self.key is None:
            return
        choice = load_idle_lock(self.repositories)  # type: ignore[arg-type]
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
            self.backup_policy = load_policy(self.repositories)  # type: ignore[arg-type]
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
        self.scheduler = ReminderScheduler(repos, self.clock, self)  # type: ignore[arg-type]
        if TrayController.available():
            self.tray = TrayController(repos, self.scheduler, parent=self)  # type: ignore[arg-type]
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
        if self.window.journal_events is not None:
            self.window.journal_events.changed.connect(self._retire_done_reminders)
        self.scheduler.start()

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

        dialog = QuickCaptureDialog(self.repositories)  # type: ignore[arg-type]
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
            self.idle_watcher.stop()  # type: ignore[attr-defined]
            self.idle_watcher = None
        self.window.closing_for_good = True
        self.window.save_state()
        self.window.flush_pending_edits()
        self.window.close()
        if self.repositories is not None:
            self._current_policy()
        if self._engine is not None:
            self._engine.dispose()  # type: ignore[attr-defined]
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


class LeadJournalApp(QApplication):
    """The QApplication: identity, icon, and the crash dialog."""

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self.setApplicationName(APP_NAME)
        self.setApplicationDisplayName(APP_NAME)
        self.setApplicationVersion(__version__)
        self.setDesktopFileName("io.github.leadjournal.LeadJournal")
        self.setWindowIcon(QIcon(str(app_icon_file())))
        install_translations(self)
        self.log_file: Path | None = None
        self._showing_error = False

    def show_unexpected_error(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        """sys.excepthook for the GUI: log everything, tell the user one sentence."""
        from PySide6.QtWidgets import QMessageBox

        if isinstance(error, JournalError):
            # A known problem (e.g. a write the disk refused) already has its sentence.
            log.warning("%s", error)
            if self._showing_error:
                return
            self._showing_error = True
            try:
                QMessageBox.warning(self.activeWindow(), APP_NAME, str(error))
            finally:
                self._showing_error = False
            return
        log.error("Unexpected error", exc_info=(kind, error, trace))
        if self._showing_error or getattr(self, "quitting", False):
            return  # never hold up quitting with a dialog nobody may be there to close
        self._showing_error = True
        try:
            where = str(self.log_file) if self.log_file else tr("the terminal output")
            QMessageBox.critical(
                self.activeWindow(),
                APP_NAME,
                tr("Something went wrong, but what you saved is safe. Details are in {0}.").format(
                    where
                ),
            )
        finally:
            self._showing_error = False


def _prepare_paths(data_dir_arg: str | None, demo: bool) -> tuple[JournalPaths, bool]:
    """The journal folder to open and whether it is a temporary one to remove at quit."""
    if demo and data_dir_arg:
        paths = JournalPaths(resolve_data_dir(data_dir_arg))
        if paths.holds_journal():
            raise DemoFolderNotEmptyError(
                f"{paths.data_dir} already holds a journal; the sample journal needs an "
                "empty or new folder."
            )
        return paths, False
    if demo:
        # Never the user's own journal, whatever LEADJOURNAL_DATA_DIR says.
        return JournalPaths(Path(tempfile.mkdtemp(prefix="leadjournal-sample-"))), True
    return JournalPaths(resolve_data_dir(data_dir_arg)), False


def needs_welcome(paths: JournalPaths, demo: bool) -> bool:
    """The first run: no journal in the folder yet (and not a sample, not switched off)."""
    if demo or os.environ.get("LEADJOURNAL_SKIP_WELCOME") == "1":
        return False
    return not paths.holds_journal()


def run_gui(
    data_dir_arg: str | None,
    *,
    demo: bool = False,
    minimized: bool = False,
    smoke_test: bool = False,
    key: str | None = None,
) -> int:
    """Open the window on a journal; return the process exit code.

    On a first run the welcome comes first; "Explore the sample journal" opens the sample
    in a throwaway folder, and its "Start my own journal" button comes back here.
    """
    log_file = configure_logging()
    app = QApplication.instance() or LeadJournalApp(sys.argv[:1])
    assert isinstance(app, LeadJournalApp)
    app.log_file = log_file
    while True:
        answers = None
        paths, temporary = _prepare_paths(data_dir_arg, demo)
        if needs_welcome(paths, demo):
            resume_garbage_collection()  # a person is reading now, not a program loading
            from leadjournal.ui.welcome import WelcomeDialog

            welcome = WelcomeDialog()
            welcome.exec()
            if welcome.choice is None:
                return 0
            if welcome.choice == "sample":
                demo = True
                continue
            answers = welcome.answers()
        ensure_data_folder(paths.data_dir)
        session = JournalSession(
            paths, demo=demo, temporary=temporary, first_run_answers=answers, key=key
        )
        session.minimized = minimized and answers is None
        session.smoke_test = smoke_test
        code = _run_session(app, session)
        if session.leaving_sample:
            demo = False  # back to the user's own journal (and the welcome, if none yet)
            continue
        if session.switch_to is not None:
            data_dir_arg, demo, key = str(session.switch_to), False, None
            continue
        if session.restore_from is not None or session.key_change is not None:
            if session.restore_error:
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.warning(None, APP_NAME, session.restore_error)
            key = session.key  # the new passphrase, if it was just changed
            continue  # the same folder again, restored or rewritten
        return code


def _run_session(app: LeadJournalApp, session: JournalSession) -> int:
    paths = session.paths
    if not session.guard.acquire():
        if session.guard.ask_running_instance_to_show():
            print(tr("LeadJournal is already open on this journal; showing its window."))
            return 0
        raise JournalInUseError(
            f"LeadJournal is already open on {paths.data_dir} but did not answer; close it "
            "and try again."
        )
    sys.excepthook = app.show_unexpected_error
    failure: list[str] = []

    def on_failure(message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        failure.append(message)
        QMessageBox.critical(session.window, APP_NAME, message)
        app.exit(1)

    def leave_sample() -> None:
        session.leaving_sample = True
        app.exit(0)

    def on_damaged(reason: str) -> None:
        _offer_recovery(app, session, reason, on_failure)

    session.journal_failed.connect(on_failure)
    session.journal_damaged.connect(on_damaged)
    session.reopen_requested.connect(lambda: app.exit(0))
    session.unlock_cancelled.connect(lambda: app.exit(0))
    session.window.leave_sample_requested.connect(leave_sample)
    app.aboutToQuit.connect(session.close)
    _quit_on_termination_signals(app)
    _exit_early_for_benchmarks(app, session)
    if session.smoke_test:
        _quit_after_opening(session)
    session.start()
    try:
        code = app.exec()
    finally:
        sys.excepthook = sys.__excepthook__
        app.aboutToQuit.disconnect(session.close)
        session.close()
    if failure:
        return 1
    return int(code)


def _offer_recovery(
    app: QApplication, session: JournalSession, reason: str, fail: Callable[[str], None]
) -> None:
    """The journal can't be read: restore the newest good backup, open another folder, or
    quit. The unreadable file is never written to; a restore moves it aside first."""
    from PySide6.QtWidgets import QFileDialog

    from leadjournal.services.backups import available_backups
    from leadjournal.ui.recovery import DamagedJournalDialog

    backups = available_backups(session.paths, key=session.key)
    dialog = DamagedJournalDialog(reason, backups[0] if backups else None, session.window)
    session.recovery_dialog = dialog  # tests answer it
    dialog.exec()
    if dialog.choice == dialog.RESTORE:
        try:
            if session.recover_from_newest_backup():
                return
        except JournalError as error:
            fail(str(error))
            return
    elif dialog.choice == dialog.OTHER_FOLDER:
        folder = QFileDialog.getExistingDirectory(
            session.window, tr("Open a journal folder"), str(session.paths.data_dir.parent)
        )
        if folder:
            session.switch_to = Path(folder)
            app.exit(0)
            return
    log.warning("Quit without opening the unreadable journal %s", session.paths.journal_file)
    app.exit(1)


def _quit_on_termination_signals(app: QApplication) -> None:
    """Ctrl+C or a polite kill closes the app normally, saving what is pending."""
    # The handler runs between any two bytecodes (even mid-import); quitting from there
    # would run the closing code in that half-finished state, so it is queued instead.
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_args: QTimer.singleShot(0, request_quit))
    # Python only runs signal handlers between bytecodes; a short idle timer gives it a
    # chance while Qt's event loop waits.
    heartbeat = QTimer(app)
    heartbeat.timeout.connect(lambda: None)
    heartbeat.start(250)


def _quit_after_opening(session: JournalSession) -> None:
    """``--smoke-test``: the journal opens, every tab is built, the event loop turns a
    while (reminders armed, tray if any), then the app quits by itself."""

    def exercise() -> None:
        for index in range(session.window.tabs.count()):
            session.window.tabs.setCurrentIndex(index)
        print(f"smoke test: {session.window.tabs.count()} tabs opened", flush=True)
        QTimer.singleShot(1500, request_quit)

    session.journal_opened.connect(lambda: QTimer.singleShot(500, exercise))


def _exit_early_for_benchmarks(app: QApplication, session: JournalSession) -> None:
    """``LEADJOURNAL_BENCH_EXIT=shown|data`` quits once the window is painted or filled.

    Used only by ``scripts/bench_startup.py`` to time a real start from outside.
    """
    stage = os.environ.get("LEADJOURNAL_BENCH_EXIT")

    def report(what: str) -> None:
        print(f"bench: {what}", flush=True)
        request_quit()

    if stage == "shown":
        session.window.first_painted.connect(lambda: report("shown"))
    elif stage == "data":

        def painted_with_data() -> None:
            session.window.repaint()  # paints at once, as the next frame would
            report("data")

        session.journal_opened.connect(lambda: QTimer.singleShot(0, painted_with_data))
