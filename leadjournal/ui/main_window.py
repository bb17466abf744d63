"""The main window: six tabs, menus, status bar, remembered geometry."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from leadjournal import APP_NAME, __version__, clock
from leadjournal.i18n import tr
from leadjournal.paths import JournalPaths
from leadjournal.ui import icons, links, theme
from leadjournal.ui.file_actions import FileActions
from leadjournal.ui.icons import TAB_ICONS
from leadjournal.ui.saving import save_status
from leadjournal.ui.tab_builder import Tab, TabBuilder
from leadjournal.ui.tabs.coming_soon import PlaceholderPage

# Dialogs and editors the window only needs later are imported where they are used:
# each Qt class imported before the first paint adds its enums to the start-up time.
if TYPE_CHECKING:
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

    from leadjournal.db.repositories import Repositories
    from leadjournal.ui.journal_events import JournalEvents
    from leadjournal.ui.privacy import LockPanel
    from leadjournal.ui.tabs.coaching.tab import CoachingLogTab
    from leadjournal.ui.tabs.feedback.tab import FeedbackTab
    from leadjournal.ui.tabs.insights import InsightsTab
    from leadjournal.ui.tabs.lessons import LessonsTab
    from leadjournal.ui.tabs.practice.tab import PracticeTab
    from leadjournal.ui.tabs.weekly_plan.tab import WeeklyPlanTab


def _dialogs() -> ModuleType:
    from leadjournal.ui import window_dialogs

    return window_dialogs


def request_quit() -> None:
    """Quit for real (closing the window only hides it to the tray)."""
    app = QApplication.instance()
    if app is not None:
        app.setProperty("quitting", True)
        app.quit()


class MainWindow(QMainWindow):
    leave_sample_requested = Signal()
    settings_changed = Signal()
    hidden_to_tray = Signal()  # the first time only: the session explains where it went
    restore_requested = Signal(Path)  # the session closes storage, swaps, reopens
    backup_requested = Signal()
    first_painted = Signal()  # the window is on screen, with its placeholder page
    lock_changed = Signal(bool)  # locked after idling, or unlocked again
    # (mode, current passphrase, new passphrase or None): the session rewrites the journal
    passphrase_change_requested = Signal(tuple)

    def __init__(self, paths: JournalPaths, *, demo: bool = False) -> None:
        super().__init__()
        self.paths = paths
        self.demo = demo
        self.repositories: Repositories | None = None
        # Set by restore_state: the window was last used on an earlier day.
        self._new_day = False
        self.journal_events: JournalEvents | None = None
        self.leave_sample_button: QPushButton | None = None
        # The desktop adds " — LeadJournal" to any other title (the application's display
        # name), so a title never names the app itself again.
        self.setWindowTitle(tr("The sample journal") if demo else APP_NAME)
        self.setObjectName("MainWindow")
        self.resize(1200, 780)
        self.setMinimumSize(900, 600)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setObjectName("MainTabs")
        self._first_paint_seen = False
        for tab in Tab:
            page = PlaceholderPage(tab.title, tr("Opening your journal…"))
            page.painted.connect(self._page_painted)
            page.setToolTip(tab.purpose)
            self.tabs.addTab(page, icons.icon(TAB_ICONS[tab]), tab.title)
        self.tab_builder = TabBuilder(self.tabs, self)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        from leadjournal.ui.notifications import ReminderBanner

        self.banner = ReminderBanner()
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.tabs, 1)
        # Below the tabs: a reminder coming or going never moves the field being typed in.
        central_layout.addWidget(self.banner)
        # The journal, or (once locked after idling) the lock panel in its place.
        self.pages = QStackedWidget()
        self.pages.addWidget(central)
        self.setCentralWidget(self.pages)
        self.lock_panel: LockPanel | None = None
        self._enabled_before_lock: list[QAction] = []
        # Set by the session, which alone holds the passphrase (in memory only).
        self.passphrase_check: Callable[[str], bool] = lambda _text: False
        # Set by the session: where a tray exists, closing the window hides it there.
        self.tray_available = False
        self.closing_for_good = False  # set when the session itself closes the window
        self.ask_close_without_tray: Callable[[], str] = lambda: _dialogs().ask_close_without_tray(
            self
        )
        # Dialog hooks (tests answer them at the edge).
        self.tell: Callable[[str, str], object] = lambda title, text: _dialogs().tell(
            self, title, text
        )
        # (title, question, label of the yes button) → yes?
        self.confirm: Callable[[str, str, str], bool] = lambda title, text, yes: _dialogs().confirm(
            self, title, text, yes
        )
        # Export, import, backup and restore, with their own dialog hooks.
        self.file_actions = FileActions(self, self)
        self._pending_shortcuts: list[
            tuple[QAction, tuple[QKeySequence | QKeySequence.StandardKey, ...]]
        ] = []
        self._build_menus()
        self.statusBar().showMessage(tr("Opening your journal…"))
        # One sentence at the right of the status bar for what needs the user's eye:
        # a write the disk refused, a failed backup, permissions that were tightened.
        self.notice = QLabel()
        self.notice.setObjectName("Notice")
        self.notice.setWordWrap(True)
        theme.set_tone(self.notice, "danger")
        self.notice.hide()
        self.statusBar().addPermanentWidget(self.notice, 1)
        status = save_status()
        status.failed.connect(self.show_notice)
        status.recovered.connect(self._saved_again)

    # --- menus -------------------------------------------------------------------------

    def _build_menus(self) -> None:
        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu(tr("&File"))
        self.export_action = QAction(icons.icon("action.export"), tr("&Export…"), self)
        self._later_shortcut(self.export_action, QKeySequence("Ctrl+Shift+E"))
        self.export_action.triggered.connect(self.file_actions.export_journal)
        self.import_action = QAction(tr("&Import…"), self)
        self.import_action.triggered.connect(self.file_actions.import_journal)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.import_action)
        self.quarter_review_action = QAction(tr("Quarter in Re&view…"), self)
        self.quarter_review_action.setStatusTip(
            tr("A private look back over a period, as Markdown and PDF")
        )
        self.quarter_review_action.triggered.connect(self.show_quarter_review)
        file_menu.addAction(self.quarter_review_action)
        file_menu.addSeparator()
        self.backup_action = QAction(icons.icon("action.backup"), tr("&Back Up Now"), self)
        self.backup_action.triggered.connect(self.file_actions.back_up_now)
        self.restore_action = QAction(tr("&Restore from Backup…"), self)
        self.restore_action.triggered.connect(self.file_actions.restore_from_backup)
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        self.settings_action = QAction(tr("&Settings…"), self)
        self._later_shortcut(self.settings_action, QKeySequence("Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.show_settings)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        quit_action = QAction(tr("&Quit"), self)
        self._later_shortcut(quit_action, QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(request_quit)
        file_menu.addAction(quit_action)

        edit_menu = menu_bar.addMenu(tr("&Edit"))
        self.undo_action = QAction(tr("&Undo"), self)
        self._later_shortcut(self.undo_action, QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(tr("&Redo"), self)
        self._later_shortcut(self.redo_action, QKeySequence.StandardKey.Redo)
        self.redo_action.triggered.connect(self.redo)
        self.find_action = QAction(icons.icon("action.search"), tr("&Find…"), self)
        self._later_shortcut(self.find_action, QKeySequence("Ctrl+K"), QKeySequence("Ctrl+F"))
        self.find_action.setStatusTip(tr("Search everything in the journal"))
        self.find_action.triggered.connect(self.show_search)
        for action in (self.undo_action, self.redo_action, self.find_action):
            # A window shortcut (QAction's default): text editors handle their own Ctrl+Z,
            # the window covers the rest.
            edit_menu.addAction(action)

        view_menu = menu_bar.addMenu(tr("&View"))
        self.tab_actions: list[QAction] = []
        for tab in Tab:
            action = QAction(tab.title, self)
            self._later_shortcut(action, QKeySequence(f"Ctrl+{tab + 1}"))
            action.triggered.connect(
                lambda _checked=False, i=int(tab): self.tabs.setCurrentIndex(i)
            )
            view_menu.addAction(action)
            self.tab_actions.append(action)
        self.addActions(self.tab_actions)
        view_menu.addSeparator()
        full_screen = QAction(tr("&Full Screen"), self)
        self._later_shortcut(full_screen, QKeySequence.StandardKey.FullScreen)
        full_screen.setCheckable(True)
        full_screen.toggled.connect(lambda on: self.showFullScreen() if on else self.showNormal())
        view_menu.addAction(full_screen)
        appearance = view_menu.addMenu(tr("&Appearance"))
        self.appearance_actions = theme.appearance_actions(appearance, self.choose_appearance)

        help_menu = menu_bar.addMenu(tr("&Help"))
        self.loop_action = QAction(tr("The &Weekly Loop"), self)
        self._later_shortcut(self.loop_action, QKeySequence.StandardKey.HelpContents)
        self.loop_action.triggered.connect(self.show_weekly_loop)
        self.shortcuts_action = QAction(tr("&Keyboard Shortcuts"), self)
        self._later_shortcut(self.shortcuts_action, QKeySequence("Ctrl+/"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.playbook_action = QAction(tr("The &Playbook"), self)
        self.playbook_action.triggered.connect(lambda: self.show_playbook(""))
        self.setup_action = QAction(tr("Welcome and &Set-up…"), self)
        self.setup_action.triggered.connect(self.show_setup)
        about = QAction(tr("&About LeadJournal"), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)
        for action in (
            self.loop_action,
            self.playbook_action,
            self.shortcuts_action,
            self.setup_action,
        ):
            help_menu.addAction(action)
        help_menu.addSeparator()
        help_menu.addAction(about)
        self.menus = (file_menu, edit_menu, view_menu, help_menu)

    def choose_appearance(self, choice: str, *, remember: bool = True) -> None:
        """Show the window light, dark or like the desktop; remember it in the journal."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, choice)
        self.appearance_actions[theme.theme().choice].setChecked(True)
        if remember and self.repositories is not None:
            from leadjournal.services.settings import JournalSettings

            JournalSettings.of(self.repositories).appearance = choice

    def _later_shortcut(
        self, action: QAction, *keys: QKeySequence | QKeySequence.StandardKey
    ) -> None:
        self._pending_shortcuts.append((action, keys))

    def _page_painted(self) -> None:
        if not self._first_paint_seen:
            self._first_paint_seen = True
            QTimer.singleShot(0, self._after_first_paint)  # not inside the paint itself

    def _after_first_paint(self) -> None:
        self.first_painted.emit()
        self.assign_shortcuts()

    def after_next_paint(self, callback: Callable[[], object]) -> None:
        """Run ``callback`` once the shown page has been painted: work the user doesn't
        see waits until the view they opened is on screen. A hidden window (started in
        the tray) has nothing to wait for."""
        page = self.tabs.currentWidget()
        if not self.isVisible() or page is None:
            QTimer.singleShot(0, callback)
            return
        from leadjournal.ui.paint_watcher import PaintWatcher

        PaintWatcher(page, callback)

    def assign_shortcuts(self) -> None:
        """Give the actions their shortcuts (once). Deferred past the first paint: the
        first shortcut makes PySide build every enum of the Qt namespace, 15–20 ms."""
        if not self._pending_shortcuts:
            return
        for action, keys in self._pending_shortcuts:
            if len(keys) == 1:
                action.setShortcut(keys[0])
            else:
                action.setShortcuts([QKeySequence(key) for key in keys])
        self._pending_shortcuts = []
        # Shortcuts appear in tooltips too, not only in the menus.
        for menu in self.menus:
            for action in menu.actions():
                shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                if shown:
                    action.setToolTip(f"{action.text().replace('&', '')} ({shown})")

    def show_search(self) -> None:
        if self.repositories is None:
            return
        from leadjournal.ui.search import SearchDialog

        self.flush_pending_edits()  # what was just typed is found too
        SearchDialog(self.repositories, self.open_link, self).exec()

    def show_weekly_loop(self) -> None:
        from leadjournal.ui.help import WeeklyLoopWindow

        self._loop_window = WeeklyLoopWindow(self.open_link, self)
        self._loop_window.show()

    def show_playbook(self, difference: str = "") -> None:
        """Help → The Playbook, or "Which side is this?" (at ``difference``)."""
        from leadjournal.services.playbook import PlaybookService
        from leadjournal.ui.playbook import open_playbook

        service = PlaybookService(self.repositories) if self.repositories else None
        self.playbook_window = open_playbook(
            self, service, self.open_link, self.flush_pending_edits, difference
        )

    def show_shortcuts(self) -> None:
        from leadjournal.ui.help import ShortcutsDialog

        actions = [action for menu in self.menus for action in menu.actions()]
        ShortcutsDialog(actions, self).exec()

    def show_setup(self) -> None:
        """The welcome's questions again, to change name, team, days or reminder times."""
        if self.repositories is None:
            return
        from leadjournal.services.setup import answers_from_journal, save_answers
        from leadjournal.ui.welcome import WelcomeDialog

        dialog = WelcomeDialog(
            answers_from_journal(self.repositories), first_run=False, parent=self
        )
        if dialog.exec() == WelcomeDialog.DialogCode.Accepted:
            save_answers(self.repositories, dialog.answers())  # open views follow

    def show_quarter_review(self) -> None:
        from leadjournal.ui.quarter_review import open_quarter_review

        open_quarter_review(self, self)

    def show_about(self) -> None:
        from leadjournal.ui.window_dialogs import show_about

        show_about(self, self.about_text(), self.paths.data_dir)

    def about_text(self) -> str:
        return tr(
            "<h3>LeadJournal {version}</h3>"
            "<p>A private journal for leading and managing your team, one week at a time.</p>"
            "<p>Your journal is kept on this computer only, in:<br><code>{folder}</code></p>"
        ).format(version=__version__, folder=self.paths.data_dir)

    # --- undo / redo ---------------------------------------------------------------------

    def _focused_text_editor(self) -> QLineEdit | QTextEdit | QPlainTextEdit | None:
        from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

        widget = QApplication.focusWidget()
        if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
            return widget
        return None

    def undo(self) -> None:
        self._step_history("undo")

    def redo(self) -> None:
        self._step_history("redo")

    def _step_history(self, direction: str) -> None:
        """Undo/redo in the focused text field, else in the current tab's history."""
        target = self._focused_text_editor() or getattr(
            self.tabs.currentWidget(), "undo_stack", None
        )
        if target is not None:
            getattr(target, direction)()

    # --- the journal -------------------------------------------------------------------

    def attach_journal(self, repositories: Repositories) -> None:
        """Build the tab on show now; the others are built the first time they are opened,
        which keeps start-up quick on a journal of many years."""
        self.assign_shortcuts()  # already done if the window was painted
        self.repositories = repositories
        self.tab_builder.reset()
        if self.journal_events is None:
            from leadjournal.ui.journal_events import JournalEvents

            self.journal_events = JournalEvents(self)
            self.journal_events.changed.connect(self.tab_builder.journal_changed)
        self.journal_events.watch(repositories)
        from leadjournal.services.settings import JournalSettings

        self.choose_appearance(JournalSettings.of(repositories).appearance, remember=False)
        self._open_on_todays_step(repositories)
        self.tab_page(self.tabs.currentIndex())
        where = (
            tr("Sample journal — a made-up team, safe to explore.")
            if self.demo
            else tr("Journal: {0}").format(self.paths.journal_file)
        )
        self.statusBar().showMessage(where)
        if self.demo:
            # The sample is thrown away at quit: nothing to back up or restore.
            for action in (self.backup_action, self.restore_action):
                action.setEnabled(False)
                action.setToolTip(tr("The sample journal is not backed up"))
        if self.demo and self.leave_sample_button is None:
            self.leave_sample_button = QPushButton(tr("Start my own journal"))
            self.leave_sample_button.setToolTip(
                tr("Leave the sample (it is thrown away) and open your own journal")
            )
            self.leave_sample_button.clicked.connect(self.leave_sample_requested)
            self.statusBar().addPermanentWidget(self.leave_sample_button)

    def tab_page(self, index: int) -> QWidget:
        """The real page of tab ``index``, built (and put in place) on first use."""
        return self.tab_builder.page(index)

    # Typed access to each tab (built on first use), for links between tabs and tests.
    @property
    def weekly_plan(self) -> WeeklyPlanTab:
        return self.tab_builder.weekly_plan()

    @property
    def coaching_log(self) -> CoachingLogTab:
        return self.tab_builder.coaching_log()

    @property
    def lessons(self) -> LessonsTab:
        return self.tab_builder.lessons()

    @property
    def feedback(self) -> FeedbackTab:
        return self.tab_builder.feedback()

    @property
    def practice(self) -> PracticeTab:
        return self.tab_builder.practice()

    @property
    def insights(self) -> InsightsTab:
        return self.tab_builder.insights()

    def flush_pending_edits(self) -> None:
        for index in range(self.tabs.count()):
            flush = getattr(self.tabs.widget(index), "flush_pending_edits", None)
            if flush is not None:
                flush()

    def _on_tab_changed(self, index: int) -> None:
        # Leaving a tab mid-sentence must not lose the sentence. The tab we arrive at
        # reads the journal again only if something it shows changed while it was hidden.
        self.flush_pending_edits()
        self.tab_builder.shown(index)

    @property
    def journal_is_open(self) -> bool:
        return self.repositories is not None

    def open_link(self, link: str) -> bool:
        """Open a place in the app from a ``leadjournal:`` link (see ``ui.links``)."""
        return links.open_link(self, link)

    def open_lesson(self, lesson_id: int) -> None:
        links.open_lesson(self, lesson_id)

    def open_coaching(self, person_id: int | None) -> None:
        links.open_coaching(self, person_id)

    # --- window state ------------------------------------------------------------------

    def _settings(self) -> QSettings:
        return QSettings(str(self.paths.window_state_file), QSettings.Format.IniFormat)

    def restore_state(self) -> None:
        settings = self._settings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        tab = settings.value("window/tab", 0)
        try:
            self.tabs.setCurrentIndex(int(str(tab)))
        except (TypeError, ValueError):
            self.tabs.setCurrentIndex(0)
        self._new_day = settings.value("window/day") != clock.today().isoformat()

    def _open_on_todays_step(self, repositories: Repositories) -> None:
        """The first start of a working day opens the Weekly Plan (on today's step, where
        it opens by itself); later the same day, the window comes back where it was."""
        from leadjournal.services.settings import JournalSettings

        if (
            self._new_day
            and clock.today().weekday() in JournalSettings.of(repositories).working_days
        ):
            self.tabs.setCurrentIndex(0)
        self._new_day = False

    def save_state(self) -> None:
        from leadjournal.db.files import owner_only_umask

        settings = self._settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/tab", self.tabs.currentIndex())
        settings.setValue("window/day", clock.today().isoformat())
        with owner_only_umask():  # everything in the data folder is the owner's only
            settings.sync()

    def bring_to_front(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    # --- notices, backups and restore ---------------------------------------------------

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setToolTip(text)
        self.notice.show()

    def clear_notice(self) -> None:
        self.notice.clear()
        self.notice.hide()

    def _saved_again(self) -> None:
        self.clear_notice()
        self.statusBar().showMessage(tr("Saved. Everything you typed is in your journal."), 8000)

    def show_backup_result(self, text: str, ok: bool) -> None:
        """A failed backup stays on screen until the next one works; a good one passes."""
        if ok:
            if self.notice.text().startswith(tr("Backup failed:")):
                self.clear_notice()
            self.statusBar().showMessage(text, 8000)
        else:
            self.show_notice(tr("Backup failed: {0}").format(text))

    def show_settings(self) -> None:
        if self.repositories is None:
            return
        from leadjournal.services.privacy import is_protected
        from leadjournal.ui.settings import SettingsDialog

        dialog = SettingsDialog(
            self.repositories, self, protected=is_protected(self.paths), sample=self.demo
        )
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            dialog.save()
            self.settings_changed.emit()
            if dialog.passphrase_request is not None:
                self.passphrase_change_requested.emit(dialog.passphrase_request)

    # --- locking when idle ------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self.pages.currentIndex() == 1

    def lock(self) -> None:
        """Hide the journal behind the passphrase (what was typed is saved first)."""
        if self.locked:
            return
        from leadjournal.ui.privacy import LockPanel

        self.flush_pending_edits()
        if self.lock_panel is None:
            panel = LockPanel(lambda text: self.passphrase_check(text))
            panel.unlocked.connect(self.unlock)
            self.pages.addWidget(panel)
            self.lock_panel = panel
        self.pages.setCurrentIndex(1)
        # Menus and shortcuts (search, export, tabs) would show the journal: all off.
        self._enabled_before_lock = [a for a in self.findChildren(QAction) if a.isEnabled()]
        for action in self._enabled_before_lock:
            action.setEnabled(False)
        self.menuBar().setEnabled(False)
        self.banner.hide()
        self.lock_panel.passphrase.setFocus()
        self.lock_changed.emit(True)

    def unlock(self) -> None:
        self.pages.setCurrentIndex(0)
        for action in self._enabled_before_lock:
            action.setEnabled(True)
        self._enabled_before_lock = []
        self.menuBar().setEnabled(True)
        self.lock_changed.emit(False)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush_pending_edits()
        self.save_state()
        app = QApplication.instance()
        quitting = self.closing_for_good or bool(app is not None and app.property("quitting"))
        if not quitting and self.repositories is not None:
            from leadjournal.services.settings import JournalSettings

            settings = JournalSettings.of(self.repositories)
            if self.tray_available:
                # Reminders need the app running; the tray is where it waits.
                event.ignore()
                self.hide()
                if not settings.tray_note_shown:
                    settings.tray_note_shown = True
                    self.hidden_to_tray.emit()
                return
            choice = settings.close_without_tray
            if choice is None:
                choice = self.ask_close_without_tray()
                settings.close_without_tray = choice
            if choice == "keep":
                event.ignore()
                self.showMinimized()
                return
        super().closeEvent(event)
