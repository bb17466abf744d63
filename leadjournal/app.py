"""The application: the one place where storage, services, window and tray are wired.

Start-up order is chosen for speed: the window is built from light placeholders and
shown first; opening the database (SQLAlchemy, maybe Alembic) and building the real
tabs happen on the next turn of the event loop.
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import sys
import tempfile
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from leadjournal import APP_NAME, __version__
from leadjournal.db.files import ensure_data_folder
from leadjournal.errors import DemoFolderNotEmptyError, JournalError, JournalInUseError
from leadjournal.i18n import install_translations, tr
from leadjournal.logging_setup import configure_logging
from leadjournal.paths import JournalPaths, app_icon_file, resolve_data_dir
from leadjournal.single_instance import SingleInstanceGuard
from leadjournal.ui.main_window import MainWindow, request_quit

if TYPE_CHECKING:
    from leadjournal.scheduler import ReminderScheduler
    from leadjournal.services.reminder_text import Reminder
    from leadjournal.services.setup import FirstRunAnswers
    from leadjournal.ui.notifications import Notifier
    from leadjournal.ui.tray import TrayController

log = logging.getLogger(__name__)


class JournalSession(QObject):
    """One open journal: its folder lock, its storage and its window."""

    journal_opened = Signal()
    journal_failed = Signal(str)

    def __init__(self, paths: JournalPaths, *, demo: bool = False, temporary: bool = False,
                 first_run_answers: FirstRunAnswers | None = None,
                 parent: QObject | None = None) -> None:  # fmt: skip
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
        self.guard.changed_elsewhere.connect(self.window.refresh_current_tab)
        self.repositories: object | None = None
        self._engine: object | None = None

    def start(self) -> None:
        """Show the window now and open the journal right after the first paint.

        With ``minimized`` set and a tray to wait in, the window stays hidden.
        """
        from PySide6.QtWidgets import QSystemTrayIcon

        self.window.restore_state()
        if not (self.minimized and QSystemTrayIcon.isSystemTrayAvailable()):
            self.window.show()
        QTimer.singleShot(0, self._open_journal)

    def _open_journal(self) -> None:
        from leadjournal.db.engine import open_journal
        from leadjournal.db.repositories import Repositories

        try:
            engine = open_journal(self.paths.journal_file, self.paths.backups_dir)
            repositories = Repositories(engine)
            if self.demo and repositories.weeks.count() == 0 and repositories.people.count() == 0:
                from leadjournal.services.sample_journal import write_sample_journal

                write_sample_journal(repositories)
            if self.first_run_answers is not None:
                from leadjournal.services.setup import save_answers

                save_answers(repositories, self.first_run_answers)
        except JournalError as error:
            log.warning("Journal not opened: %s", error)
            self.journal_failed.emit(str(error))
            return
        self._engine = engine
        self.repositories = repositories
        self.window.attach_journal(repositories)
        log.info("Journal opened: %s", self.paths.journal_file)
        self.journal_opened.emit()
        # After the first view is on screen: reminders, the tray, notifications.
        QTimer.singleShot(0, self.start_reminders)

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
        self.scheduler.start()

    def _remind(self, reminder: Reminder) -> None:
        if self.notifier is not None:
            self.notifier.notify(reminder)
        self.window.banner.show_reminder(reminder)

    def _remind_missed(self, reminders: list[Reminder]) -> None:
        if self.notifier is not None:
            self.notifier.notify_missed(reminders)
        self.window.banner.show_reminder(reminders[0], missed=reminders)

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
        dialog.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint)
        dialog.exec()

    def _explain_tray(self) -> None:
        if self.tray is not None:
            self.tray.icon.showMessage(
                "LeadJournal",
                tr("LeadJournal keeps running here so reminders can reach you. Quit from this "
                   "icon's menu or File → Quit."),
            )  # fmt: skip

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
        self.window.closing_for_good = True
        self.window.save_state()
        self.window.flush_pending_edits()
        self.window.close()
        if self._engine is not None:
            self._engine.dispose()  # type: ignore[attr-defined]
            self._engine = None
        self.guard.release()
        if self.temporary:
            shutil.rmtree(self.paths.data_dir, ignore_errors=True)


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
        log.error("Unexpected error", exc_info=(kind, error, trace))
        if self._showing_error:
            return
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
        session = JournalSession(paths, demo=demo, temporary=temporary,
                                 first_run_answers=answers)  # fmt: skip
        session.minimized = minimized and answers is None
        session.smoke_test = smoke_test
        code = _run_session(app, session)
        if session.leaving_sample:
            demo = False  # back to the user's own journal (and the welcome, if none yet)
            continue
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
        failure.append(message)
        QMessageBox.critical(session.window, APP_NAME, message)
        app.exit(1)

    def leave_sample() -> None:
        session.leaving_sample = True
        app.exit(0)

    session.journal_failed.connect(on_failure)
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


def _quit_on_termination_signals(app: QApplication) -> None:
    """Ctrl+C or a polite kill closes the app normally, saving what is pending."""
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_args: request_quit())
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
        # Queued after the window's first paint, which happens on show.
        QTimer.singleShot(0, lambda: report("shown"))
    elif stage == "data":
        session.journal_opened.connect(lambda: QTimer.singleShot(0, lambda: report("data")))
