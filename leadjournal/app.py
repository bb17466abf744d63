"""The application: the QApplication, the welcome, and one journal session after another.

``run_gui`` loops over sessions (``leadjournal.session``, where storage, window, tray and
reminders are wired): leaving the sample, a restore, a new passphrase or another folder
ends one session and opens the next.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from leadjournal import APP_NAME, __version__
from leadjournal.db.files import ensure_data_folder
from leadjournal.errors import DemoFolderNotEmptyError, JournalError, JournalInUseError
from leadjournal.i18n import install_translations, tr
from leadjournal.logging_setup import configure_logging
from leadjournal.paths import JournalPaths, app_icon_file, resolve_data_dir
from leadjournal.session import JournalSession
from leadjournal.start_up import resume_garbage_collection
from leadjournal.ui import theme
from leadjournal.ui.main_window import request_quit

log = logging.getLogger(__name__)


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
        if self._showing_error or self.property("quitting"):
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
    # The desktop's scheme until a journal opens with its own choice (View → Appearance),
    # read from its palette until then (see leadjournal.ui.theme).
    theme.apply(app, starting=True)
    while True:
        answers = None
        paths, temporary = _prepare_paths(data_dir_arg, demo)
        if needs_welcome(paths, demo):
            resume_garbage_collection()  # a person is reading now, not a program loading
            theme.finish_start_up()
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

    # Once the window is painted (the zero timer runs after that paint has finished).
    session.window.first_painted.connect(lambda: QTimer.singleShot(0, theme.finish_start_up))
    session.journal_failed.connect(on_failure)
    session.journal_damaged.connect(on_damaged)
    session.reopen_requested.connect(lambda: app.exit(0))
    session.unlock_cancelled.connect(lambda: app.exit(0))
    session.window.leave_sample_requested.connect(leave_sample)
    app.aboutToQuit.connect(session.close)
    _quit_on_termination_signals(app)
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
