"""The main window: six tabs, menus, status bar, remembered geometry."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar
from urllib.parse import parse_qsl

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QTimer, Signal
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
from leadjournal.i18n import tr, tr_n
from leadjournal.paths import JournalPaths
from leadjournal.ui.saving import save_status
from leadjournal.ui.tabs.coming_soon import PlaceholderPage

# Dialogs and editors the window only needs later are imported where they are used:
# each Qt class imported before the first paint adds its enums to the start-up time.
if TYPE_CHECKING:
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

    from leadjournal.db.repositories import Repositories
    from leadjournal.ui.journal_events import JournalEvents
    from leadjournal.ui.tabs.coaching_log import CoachingLogTab
    from leadjournal.ui.tabs.feedback import FeedbackTab
    from leadjournal.ui.tabs.insights import InsightsTab
    from leadjournal.ui.tabs.lessons import LessonsTab
    from leadjournal.ui.tabs.practice import PracticeTab
    from leadjournal.ui.tabs.weekly_plan import WeeklyPlanTab


class JournalTab(Protocol):
    def flush_pending_edits(self) -> None: ...


# (title, what the tab will hold) in the order the product defines.
TABS: tuple[tuple[str, str], ...] = (
    ("Weekly Plan", "Set the week's direction, plan who does what, and review on Friday."),
    ("Coaching Log", "One-on-ones, coaching conversations and the people you look after."),
    ("Lessons Learned", "What happened, what you learned, and what you will do differently."),
    ("Start/Stop/Continue", "Feedback you asked for about yourself, grouped by theme."),
    ("Practice", "One leadership and one management habit, practised for two weeks."),
    ("Insights", "How delivery, team health and your practice change over the weeks."),
)


T = TypeVar("T")


def request_quit() -> None:
    """Quit for real (closing the window only hides it to the tray)."""
    app = QApplication.instance()
    if app is not None:
        app.quitting = True  # type: ignore[attr-defined]
        app.quit()


# When a paint never comes (a window covered or minimised by the desktop), work waiting
# for one starts after this long anyway.
PAINT_FALLBACK_MS = 1000


class _PaintWatcher(QObject):
    """Runs ``callback`` once, on the event-loop turn after ``widget`` is first painted."""

    def __init__(self, widget: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(widget)
        self._widget: QWidget | None = widget
        self._callback: Callable[[], object] | None = callback
        widget.installEventFilter(self)
        QTimer.singleShot(PAINT_FALLBACK_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._run)  # not inside the paint itself
        return False

    def _run(self) -> None:
        callback, self._callback = self._callback, None
        if self._widget is not None:
            self._widget.removeEventFilter(self)
            self._widget = None
        self.deleteLater()  # its pending fallback timer goes with it
        if callback is not None:
            callback()


class MainWindow(QMainWindow):
    leave_sample_requested = Signal()
    settings_changed = Signal()
    hidden_to_tray = Signal()  # the first time only: the session explains where it went
    restore_requested = Signal(Path)  # the session closes storage, swaps, reopens
    backup_requested = Signal()
    first_painted = Signal()  # the window is on screen, with its placeholder page
    lock_changed = Signal(bool)  # locked after idling, or unlocked again
    # (mode, current passphrase, new passphrase or None): the session rewrites the journal
    passphrase_change_requested = Signal(object)

    def __init__(self, paths: JournalPaths, *, demo: bool = False) -> None:
        super().__init__()
        self.paths = paths
        self.demo = demo
        self.repositories: Repositories | None = None
        # Set by restore_state: the window was last used on an earlier day.
        self._new_day = False
        self._built: dict[int, QWidget] = {}
        # Built tabs that missed a change while hidden (or their own, while being edited):
        # they read the journal again when next shown.
        self._stale: set[int] = set()
        self.journal_events: JournalEvents | None = None
        self.background_task: Any = None  # the running export or import, if any
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
        for title, purpose in TABS:
            page = PlaceholderPage(tr(title), tr("Opening your journal…"))
            page.painted.connect(self._page_painted)
            page.setToolTip(tr(purpose))
            self.tabs.addTab(page, tr(title))
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
        self.lock_panel: QWidget | None = None
        self._enabled_before_lock: list[QAction] = []
        # Set by the session, which alone holds the passphrase (in memory only).
        self.passphrase_check: Callable[[str], bool] = lambda _text: False
        self.backups_provider: Callable[[], list[Any]] = list
        # Set by the session: where a tray exists, closing the window hides it there.
        self.tray_available = False
        self.closing_for_good = False  # set when the session itself closes the window
        self.ask_close_without_tray: Callable[[], str] = self._ask_close_without_tray
        # Dialog hooks (tests answer them at the edge).
        self.choose_export_path: Callable[[str, str, str], tuple[str, str]] = (
            self._choose_export_path
        )
        self.choose_import_path: Callable[[str, str, str], tuple[str, str]] = (
            self._choose_import_path
        )
        self.tell: Callable[[str, str], object] = self._tell
        # (title, question, label of the yes button) → yes?
        self.confirm: Callable[[str, str, str], bool] = self._confirm
        self.choose_backup: Callable[[list[Any]], Path | None] = self._choose_backup
        # Set by the session (it holds the passphrase): a kept copy before an import.
        self.back_up_before_import: Callable[[], object] = self._back_up_before_import
        self._pending_shortcuts: list[tuple[QAction, tuple[Any, ...]]] = []
        self._build_menus()
        self.statusBar().showMessage(tr("Opening your journal…"))
        # One sentence at the right of the status bar for what needs the user's eye:
        # a write the disk refused, a failed backup, permissions that were tightened.
        self.notice = QLabel()
        self.notice.setObjectName("Notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("QLabel#Notice { color: #a0341f; font-weight: 600; }")
        self.notice.hide()
        self.statusBar().addPermanentWidget(self.notice, 1)
        status = save_status()
        status.failed.connect(self.show_notice)
        status.recovered.connect(self._saved_again)

    # --- menus -------------------------------------------------------------------------

    def _build_menus(self) -> None:
        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu(tr("&File"))
        self.export_action = QAction(tr("&Export…"), self)
        self._later_shortcut(self.export_action, QKeySequence("Ctrl+Shift+E"))
        self.export_action.triggered.connect(self.export_journal)
        self.import_action = QAction(tr("&Import…"), self)
        self.import_action.triggered.connect(self.import_journal)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        self.backup_action = QAction(tr("&Back Up Now"), self)
        self.backup_action.triggered.connect(self.back_up_now)
        self.restore_action = QAction(tr("&Restore from Backup…"), self)
        self.restore_action.triggered.connect(self.restore_from_backup)
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
        self.find_action = QAction(tr("&Find…"), self)
        self._later_shortcut(self.find_action, QKeySequence("Ctrl+K"), QKeySequence("Ctrl+F"))
        self.find_action.setStatusTip(tr("Search everything in the journal"))
        self.find_action.triggered.connect(self.show_search)
        for action in (self.undo_action, self.redo_action, self.find_action):
            # A window shortcut (QAction's default): text editors handle their own Ctrl+Z,
            # the window covers the rest.
            edit_menu.addAction(action)

        view_menu = menu_bar.addMenu(tr("&View"))
        self.tab_actions: list[QAction] = []
        for index, (title, _purpose) in enumerate(TABS):
            action = QAction(tr(title), self)
            self._later_shortcut(action, QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, i=index: self.tabs.setCurrentIndex(i))
            view_menu.addAction(action)
            self.tab_actions.append(action)
        self.addActions(self.tab_actions)
        view_menu.addSeparator()
        full_screen = QAction(tr("&Full Screen"), self)
        self._later_shortcut(full_screen, QKeySequence.StandardKey.FullScreen)
        full_screen.setCheckable(True)
        full_screen.toggled.connect(lambda on: self.showFullScreen() if on else self.showNormal())
        view_menu.addAction(full_screen)

        help_menu = menu_bar.addMenu(tr("&Help"))
        self.loop_action = QAction(tr("The &Weekly Loop"), self)
        self._later_shortcut(self.loop_action, QKeySequence.StandardKey.HelpContents)
        self.loop_action.triggered.connect(self.show_weekly_loop)
        self.shortcuts_action = QAction(tr("&Keyboard Shortcuts"), self)
        self._later_shortcut(self.shortcuts_action, QKeySequence("Ctrl+/"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.setup_action = QAction(tr("Welcome and &Set-up…"), self)
        self.setup_action.triggered.connect(self.show_setup)
        about = QAction(tr("&About LeadJournal"), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)
        for action in (self.loop_action, self.shortcuts_action, self.setup_action):
            help_menu.addAction(action)
        help_menu.addSeparator()
        help_menu.addAction(about)
        self.menus = (file_menu, edit_menu, view_menu, help_menu)

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
        _PaintWatcher(page, callback)

    def assign_shortcuts(self) -> None:
        """Give the actions their shortcuts (once). Deferred past the first paint: the
        first shortcut makes PySide build every enum of the Qt namespace, 15–20 ms."""
        if not self._pending_shortcuts:
            return
        for action, keys in self._pending_shortcuts:
            if len(keys) == 1:
                action.setShortcut(keys[0])
            else:
                action.setShortcuts(list(keys))  # type: ignore[arg-type]
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

    def about_text(self) -> str:
        return tr(
            "<h3>LeadJournal {version}</h3>"
            "<p>A private journal for leading and managing your team, one week at a time.</p>"
            "<p>Your journal is kept on this computer only, in:<br><code>{folder}</code></p>"
        ).format(version=__version__, folder=self.paths.data_dir)

    def _choose_export_path(self, caption: str, start: str, filters: str) -> tuple[str, str]:
        from PySide6.QtWidgets import QFileDialog

        # LeadJournal asks itself before replacing a file (write_export), so only once.
        ask_later = QFileDialog.Option.DontConfirmOverwrite
        return QFileDialog.getSaveFileName(self, caption, start, filters, options=ask_later)

    def _choose_import_path(self, caption: str, start: str, filters: str) -> tuple[str, str]:
        from PySide6.QtWidgets import QFileDialog

        return QFileDialog.getOpenFileName(self, caption, start, filters)

    def _tell(self, title: str, text: str) -> object:
        from PySide6.QtWidgets import QMessageBox

        return QMessageBox.information(self, title, text)

    def show_about(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setWindowTitle(tr("About LeadJournal"))
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.setText(self.about_text())
        open_folder = box.addButton(tr("Open Data Folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths.data_dir)))

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
        self._built = {}
        self._stale = set()
        if self.journal_events is None:
            from leadjournal.ui.journal_events import JournalEvents

            self.journal_events = JournalEvents(self)
            self.journal_events.changed.connect(self._journal_changed)
        self.journal_events.watch(repositories)
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
        if index in self._built:
            return self._built[index]
        assert self.repositories is not None
        page = self._build_tab(index, self.repositories)
        self._built[index] = page
        if self.journal_events is not None:
            self.journal_events.caught_up(page)  # freshly read
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)
        old = self.tabs.widget(index)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, page, tr(TABS[index][0]))
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        if old is not None:
            old.deleteLater()
        return page

    def _build_tab(self, index: int, repositories: Repositories) -> QWidget:
        if index == 0:
            from leadjournal.ui.tabs.weekly_plan import WeeklyPlanTab

            weekly = WeeklyPlanTab(repositories)
            weekly.coaching_requested.connect(self.open_coaching)
            weekly.lesson_requested.connect(self.open_lesson)
            weekly.link_requested.connect(self.open_link)
            return weekly
        if index == 1:
            from leadjournal.ui.tabs.coaching_log import CoachingLogTab

            return CoachingLogTab(repositories)
        if index == 2:
            from leadjournal.ui.tabs.lessons import LessonsTab

            return LessonsTab(repositories)
        if index == 3:
            from leadjournal.ui.tabs.feedback import FeedbackTab

            return FeedbackTab(repositories)
        if index == 4:
            from leadjournal.ui.tabs.practice import PracticeTab

            return PracticeTab(repositories)
        from leadjournal.ui.tabs.insights import InsightsTab

        return InsightsTab(repositories, charts_in_turns=True)  # the window keeps answering

    # Typed access to each tab (built on first use), for links between tabs and tests.
    @property
    def weekly_plan(self) -> WeeklyPlanTab:
        return self.tab_page(0)  # type: ignore[return-value]

    @property
    def coaching_log(self) -> CoachingLogTab:
        return self.tab_page(1)  # type: ignore[return-value]

    @property
    def lessons(self) -> LessonsTab:
        return self.tab_page(2)  # type: ignore[return-value]

    @property
    def feedback(self) -> FeedbackTab:
        return self.tab_page(3)  # type: ignore[return-value]

    @property
    def practice(self) -> PracticeTab:
        return self.tab_page(4)  # type: ignore[return-value]

    @property
    def insights(self) -> InsightsTab:
        return self.tab_page(5)  # type: ignore[return-value]

    def flush_pending_edits(self) -> None:
        for index in range(self.tabs.count()):
            flush = getattr(self.tabs.widget(index), "flush_pending_edits", None)
            if flush is not None:
                flush()

    def _on_tab_changed(self, index: int) -> None:
        # Leaving a tab mid-sentence must not lose the sentence. The tab we arrive at
        # reads the journal again only if something it shows changed while it was hidden.
        self.flush_pending_edits()
        if self.repositories is None:
            return
        if self.journal_events is not None:
            self.journal_events.deliver_pending()  # what was just written, in this turn
        if index not in self._built:
            self.tab_page(index)  # freshly built, so already up to date
        elif index in self._stale:
            self._refresh_tab(index)

    def _journal_changed(self, _change: object) -> None:
        """Committed changes (one event-loop turn's worth): the shown tab reads what
        concerns it now; hidden tabs, and a tab that only saved its own edits, wait
        until they are shown."""
        events = self.journal_events
        if events is None or self.closing_for_good:
            return  # the session is closing its storage: nothing is read any more
        from leadjournal.ui.journal_events import News

        shown = self.tabs.currentIndex()
        for index, page in list(self._built.items()):
            news = events.news_for(page, getattr(page, "SHOWS", None))
            if news is News.OTHER and index == shown and not self._typing_in(page):
                self._refresh_tab(index)
            elif news is not News.NONE:
                self._stale.add(index)

    def _typing_in(self, page: QWidget) -> bool:
        """Whether the person is typing in a field of ``page`` that its refresh would
        rebuild: it then waits until the tab is shown again. (A tab whose refresh leaves
        the open editor alone says so with ``KEEPS_EDITING``.)"""
        if getattr(page, "KEEPS_EDITING", False):
            return False
        from PySide6.QtWidgets import QAbstractSpinBox, QPlainTextEdit, QTextEdit

        focus = self.focusWidget()  # also while a dialog (quick capture) has the keyboard
        return isinstance(
            focus, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox
        ) and page.isAncestorOf(focus)

    def _refresh_tab(self, index: int) -> None:
        from PySide6.QtWidgets import QScrollArea

        page = self._built[index]
        self._stale.discard(index)
        # Where the tab's pages were scrolled to stays (lists keep their own place).
        scrolled = [
            (area, area.verticalScrollBar().value()) for area in page.findChildren(QScrollArea)
        ]
        refresh = getattr(page, "refresh", None)
        if refresh is not None:
            refresh()
        if self.journal_events is not None:
            self.journal_events.caught_up(page)

        def scroll_back() -> None:
            import shiboken6

            for area, value in scrolled:
                if shiboken6.isValid(area):
                    area.verticalScrollBar().setValue(value)

        scroll_back()
        # Once more after the new contents are laid out, which may come a turn later.
        QTimer.singleShot(0, self, scroll_back)

    def open_link(self, link: str) -> bool:
        """Open a place in the app from a ``leadjournal:`` link (Today panel, Help page).

        ``leadjournal:weekly-plan?week=2026-11-23&step=6``,
        ``leadjournal:coaching?person=3&section=plans``, ``leadjournal:lessons``, …
        Returns False for a link that names nothing the app knows.
        """
        scheme, _, rest = link.partition(":")
        place, _, query = rest.partition("?")
        if scheme != "leadjournal" or self.repositories is None:
            return False
        params = dict(parse_qsl(query))
        simple = {"lessons": 2, "feedback": 3, "practice": 4, "insights": 5}
        if place == "weekly-plan":
            weekly = self.weekly_plan
            self.tabs.setCurrentWidget(weekly)
            if "week" in params:
                try:
                    weekly.go_to_week(dt.date.fromisoformat(params["week"]))
                except ValueError:
                    return False
            if params.get("step", "").isdigit():
                weekly.show_step(int(params["step"]))
            return True
        if place == "coaching":
            log = self.coaching_log
            self.tabs.setCurrentWidget(log)
            if params.get("person", "").isdigit():
                log.select_person(int(params["person"]))
            sections = {
                "timeline": log.timeline,
                "one_on_ones": log.one_on_ones,
                "coaching": log.coaching,
                "plans": log.plans,
                "recognition": log.recognition,
                "delegations": log.delegations,
            }
            if params.get("section") in sections:
                log.show_section(sections[params["section"]])
            return True
        if place in simple:
            self.tabs.setCurrentIndex(simple[place])
            if place == "lessons" and params.get("lesson", "").isdigit():
                self.lessons.open_lesson(int(params["lesson"]))
            return True
        return False

    def open_lesson(self, lesson_id: int) -> None:
        self.tabs.setCurrentWidget(self.lessons)
        self.lessons.open_lesson(lesson_id)

    def open_coaching(self, person_id: int | None) -> None:
        """Show the Coaching Log's coaching section (for a person, when one is given)."""
        self.tabs.setCurrentWidget(self.coaching_log)
        if person_id is not None:
            self.coaching_log.select_person(person_id)
        self.coaching_log.show_section(self.coaching_log.coaching)

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
            self.tabs.setCurrentIndex(int(tab))  # type: ignore[call-overload]
        except (TypeError, ValueError):
            self.tabs.setCurrentIndex(0)
        self._new_day = settings.value("window/day") != clock.today().isoformat()

    def _open_on_todays_step(self, repositories: Repositories) -> None:
        """The first start of a working day opens the Weekly Plan (on today's step, where
        it opens by itself); later the same day, the window comes back where it was."""
        from leadjournal.services.setup import working_days

        if self._new_day and clock.today().weekday() in working_days(repositories):
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

    # File → Export and Import: a chooser by format, then the same code as the CLI.
    EXPORT_FILTERS = (
        ("JSON — the complete journal, can be imported again (*.json)", "json"),
        ("Markdown — the whole journal, to read (*.md)", "markdown"),
        ("CSV — the weekly numbers (*.csv)", "weeks_csv"),
        ("CSV — the practice ticks (*.csv)", "practice_csv"),
    )

    def export_journal(self) -> Path | None:
        if self.repositories is None:
            return None
        self.flush_pending_edits()
        filters = ";;".join(tr(label) for label, _kind in self.EXPORT_FILTERS)
        name, chosen = self.choose_export_path(
            tr("Export the journal"), str(Path.home() / "leadjournal-export.json"), filters
        )
        if not name:
            return None
        kind = next((k for label, k in self.EXPORT_FILTERS if tr(label) == chosen), "json")
        return self.write_export(Path(name), kind)

    def write_export(self, path: Path, kind: str) -> Path | None:
        from leadjournal.errors import JournalError
        from leadjournal.services import exports
        from leadjournal.services.documents import check_target, write_text
        from leadjournal.services.transfer import export_json

        assert self.repositories is not None
        repos = self.repositories
        makers = {
            "json": lambda stop, progress: export_json(repos, stop, progress),
            "markdown": lambda stop, progress: exports.journal_markdown(repos),
            "weeks_csv": lambda stop, progress: exports.weekly_numbers_csv(repos),
            "practice_csv": lambda stop, progress: exports.practice_ticks_csv(repos),
        }
        try:
            check_target(path, replace=True)  # a journal, a folder, a device: refused first
        except JournalError as error:
            self.tell(tr("Not exported"), str(error))
            return None
        replace = path.is_file() and not path.is_symlink()
        if replace and not self.confirm(
            tr("Replace {0}?").format(path.name),
            tr("A file with this name is already in {0}. Replace it with this export?").format(
                path.parent
            ),
            tr("Replace"),
        ):
            return None
        try:
            text = self.run_in_background(tr("Exporting the journal…"), makers[kind])
            write_text(path, text, replace=replace)  # owner-only, and only a plain file
        except JournalError as error:
            self.tell(tr("Not exported"), str(error))
            return None
        self.statusBar().showMessage(tr("Exported to {0}").format(path), 8000)
        return path

    def import_journal(self) -> bool:
        if self.repositories is None:
            return False
        name, _chosen = self.choose_import_path(
            tr("Import a JSON export"), str(Path.home()), tr("LeadJournal export (*.json)")
        )
        if not name:
            return False
        return self.read_import(Path(name))

    def read_import(self, path: Path) -> bool:
        from leadjournal.errors import JournalError
        from leadjournal.services.transfer import apply_import, plan_import, read_import_file

        assert self.repositories is not None
        self.flush_pending_edits()
        repos = self.repositories
        try:
            raw = read_import_file(path)  # size checked first; only an ordinary file
            plan = self.run_in_background(
                tr("Reading {0}…").format(path.name),
                lambda _stop, _progress: plan_import(repos, raw),
            )
            if not plan.changes_anything:
                self.statusBar().showMessage(
                    tr("Your journal already holds everything in {0}; nothing was changed.").format(
                        path.name
                    ),
                    8000,
                )
                return True
            if not self.confirm(
                tr("Import {0}?").format(path.name), self._import_question(plan), tr("Import")
            ):
                return False
            back_up_first = self.back_up_before_import

            def write(stop: Callable[[], bool], progress: Any) -> dict[str, int]:
                back_up_first()  # never rotated away; the import stops if it fails
                return apply_import(repos, plan, stop, progress)

            counts = self.run_in_background(tr("Importing {0}…").format(path.name), write)
        except OSError as error:
            self.tell(
                tr("Not imported"),
                tr("{0} could not be read: {1}.").format(path.name, error.strerror),
            )
            return False
        except JournalError as error:
            self.tell(tr("Not imported"), str(error))
            return False
        self.statusBar().showMessage(
            tr_n(
                "Imported %n records from {0}", sum(counts.values()), "Imported %n record from {0}"
            ).format(path.name),
            8000,
        )
        return True

    @staticmethod
    def _import_question(plan: Any) -> str:
        """What an import will add and replace, asked before anything is written."""
        added = tr_n("%n new records", plan.added, "%n new record")
        if plan.replaced:
            text = tr(
                "It adds {0} and replaces {1} in your journal with the file's version."
            ).format(
                added,
                tr_n("%n records that are different", plan.replaced, "%n record that is different"),
            )
        else:
            text = tr("It adds {0} and changes nothing already in your journal.").format(added)
        text += " " + tr("Your journal is backed up first, and that copy is always kept.")
        if plan.notes:
            text += " " + tr("Left out: {0}.").format("; ".join(plan.notes))
        return text

    def _confirm(self, title: str, text: str, yes: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        # The question on top (a window title is easily missed), the details below it.
        box = QMessageBox(QMessageBox.Icon.Question, title, title, parent=self)
        box.setInformativeText(text)
        accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is accept

    def _back_up_before_import(self) -> None:
        from leadjournal.services.backups import back_up_before_import

        back_up_before_import(self.paths)

    def run_in_background(self, title: str, work: Callable[..., T]) -> T:
        """Long work in a worker thread behind a progress dialog with Cancel."""
        from leadjournal.ui.background import BackgroundTask

        self.background_task = BackgroundTask(self, title, work)
        result: T = self.background_task.run()
        self.background_task = None
        return result

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

    def back_up_now(self) -> None:
        if self.repositories is not None:
            self.flush_pending_edits()
            self.statusBar().showMessage(tr("Backing up…"))
            self.backup_requested.emit()

    def restore_from_backup(self) -> Path | None:
        """List the verified backups; the chosen one replaces the journal after a yes."""
        if self.repositories is None:
            return None
        self.flush_pending_edits()
        chosen = self.choose_backup(self.backups_provider())
        if chosen is None:
            return None
        self.restore_requested.emit(chosen)
        return chosen

    def _choose_backup(self, backups: list[Any]) -> Path | None:
        from PySide6.QtWidgets import QMessageBox

        from leadjournal.ui.recovery import RestoreDialog

        dialog = RestoreDialog(backups, self)
        if dialog.exec() != RestoreDialog.DialogCode.Accepted or dialog.chosen() is None:
            return None
        sure = QMessageBox.question(
            self,
            tr("Restore this backup?"),
            tr(
                "Your journal will go back to how it was then. Your journal as it is now is "
                "backed up first. Restore?"
            ),
        )
        if sure != QMessageBox.StandardButton.Yes:
            return None
        return Path(str(dialog.chosen()))

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
        self.lock_panel.passphrase.setFocus()  # type: ignore[attr-defined]
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
        quitting = self.closing_for_good or bool(
            getattr(QApplication.instance(), "quitting", False)
        )
        if not quitting and self.repositories is not None:
            if self.tray_available:
                # Reminders need the app running; the tray is where it waits.
                event.ignore()
                self.hide()
                if not self.repositories.settings.get("tray_note_shown"):
                    self.repositories.settings.set("tray_note_shown", True)
                    self.hidden_to_tray.emit()
                return
            choice = self.repositories.settings.get("close_without_tray")
            if choice is None:
                choice = self.ask_close_without_tray()
                self.repositories.settings.set("close_without_tray", choice)
            if choice == "keep":
                event.ignore()
                self.showMinimized()
                return
        super().closeEvent(event)

    def _ask_close_without_tray(self) -> str:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setWindowTitle(tr("Keep running?"))
        box.setText(
            tr(
                "This desktop has no system tray, so LeadJournal can't wait there. Keep it running "
                "(minimised) so reminders still come as desktop notifications and in the window, "
                "or quit?"
            )
        )
        keep = box.addButton(tr("Keep running"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return "keep" if box.clickedButton() is keep else "quit"
