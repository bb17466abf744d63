"""The window's six tabs: placeholders first, each real page built the first time it is
shown, and refreshed when a committed change concerns it.

Tab modules are imported where a tab is built: each Qt class imported before the first
paint adds its enums to the start-up time.
"""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLineEdit, QTabWidget, QWidget

from leadjournal.i18n import QT_TRANSLATE_NOOP, tr

if TYPE_CHECKING:
    import datetime as dt

    from leadjournal.db.changes import JournalChange
    from leadjournal.db.repositories import Repositories
    from leadjournal.ui.journal_events import JournalEvents
    from leadjournal.ui.tabs.coaching.tab import CoachingLogTab
    from leadjournal.ui.tabs.feedback.tab import FeedbackTab
    from leadjournal.ui.tabs.insights import InsightsTab
    from leadjournal.ui.tabs.lessons import LessonsTab
    from leadjournal.ui.tabs.practice.tab import PracticeTab
    from leadjournal.ui.tabs.weekly_plan.tab import WeeklyPlanTab


class Tab(IntEnum):
    """The tabs, in the order the product defines (also their Ctrl+1…6 shortcuts)."""

    WEEKLY_PLAN = 0
    COACHING_LOG = 1
    LESSONS = 2
    FEEDBACK = 3
    PRACTICE = 4
    INSIGHTS = 5

    @property
    def title(self) -> str:
        return tr(TAB_TEXTS[self][0])

    @property
    def purpose(self) -> str:
        """What the tab holds, in one sentence (its tooltip while it is not built)."""
        return tr(TAB_TEXTS[self][1])


# (title, what the tab will hold), marked for the catalogue; Tab.title translates.
TAB_TEXTS: dict[Tab, tuple[str, str]] = {
    Tab.WEEKLY_PLAN: (
        QT_TRANSLATE_NOOP("", "Weekly Plan"),
        QT_TRANSLATE_NOOP(
            "", "Set the week's direction, plan who does what, and review on Friday."
        ),
    ),
    Tab.COACHING_LOG: (
        QT_TRANSLATE_NOOP("", "Coaching Log"),
        QT_TRANSLATE_NOOP("", "One-on-ones, coaching conversations and the people you look after."),
    ),
    Tab.LESSONS: (
        QT_TRANSLATE_NOOP("", "Lessons Learned"),
        QT_TRANSLATE_NOOP("", "What happened, what you learned, and what you will do differently."),
    ),
    Tab.FEEDBACK: (
        QT_TRANSLATE_NOOP("", "Start/Stop/Continue"),
        QT_TRANSLATE_NOOP("", "Feedback you asked for about yourself, grouped by theme."),
    ),
    Tab.PRACTICE: (
        QT_TRANSLATE_NOOP("", "Practice"),
        QT_TRANSLATE_NOOP("", "One leadership and one management habit, practised for two weeks."),
    ),
    Tab.INSIGHTS: (
        QT_TRANSLATE_NOOP("", "Insights"),
        QT_TRANSLATE_NOOP("", "How delivery, team health and your practice change over the weeks."),
    ),
}

PageT = TypeVar("PageT", bound=QWidget)


class TabHost(Protocol):
    """What building and refreshing the tabs needs from the window."""

    repositories: Repositories | None
    journal_events: JournalEvents | None
    closing_for_good: bool

    def focusWidget(self) -> QWidget | None: ...
    def open_link(self, link: str) -> bool: ...
    def open_lesson(self, lesson_id: int) -> None: ...
    def open_coaching(self, person_id: int | None) -> None: ...


class TabBuilder(QObject):
    """Builds each tab's page on first use and keeps the built ones up to date."""

    def __init__(self, tabs: QTabWidget, host: TabHost) -> None:
        super().__init__(tabs)
        self.tabs = tabs
        self.host = host
        self._built: dict[int, QWidget] = {}
        # Built tabs that missed a change while hidden (or their own, while being edited):
        # they read the journal again when next shown.
        self._stale: set[int] = set()

    def reset(self) -> None:
        """A journal (re)attached: every page is built again when shown."""
        self._built = {}
        self._stale = set()

    def page(self, index: int) -> QWidget:
        """The real page of tab ``index``, built (and put in place) on first use."""
        if index in self._built:
            return self._built[index]
        assert self.host.repositories is not None
        page = self._build(Tab(index), self.host.repositories)
        self._built[index] = page
        if self.host.journal_events is not None:
            self.host.journal_events.caught_up(page)  # freshly read
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)
        old = self.tabs.widget(index)
        icon = self.tabs.tabIcon(index)  # the icon the placeholder's tab was given
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, page, icon, Tab(index).title)
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        if old is not None:
            old.deleteLater()
        return page

    def typed_page(self, tab: Tab, kind: type[PageT]) -> PageT:
        page = self.page(tab)
        assert isinstance(page, kind)
        return page

    # Typed access to each tab (built on first use), for links between tabs and tests.
    def weekly_plan(self) -> WeeklyPlanTab:
        from leadjournal.ui.tabs.weekly_plan.tab import WeeklyPlanTab

        return self.typed_page(Tab.WEEKLY_PLAN, WeeklyPlanTab)

    def coaching_log(self) -> CoachingLogTab:
        from leadjournal.ui.tabs.coaching.tab import CoachingLogTab

        return self.typed_page(Tab.COACHING_LOG, CoachingLogTab)

    def lessons(self) -> LessonsTab:
        from leadjournal.ui.tabs.lessons import LessonsTab

        return self.typed_page(Tab.LESSONS, LessonsTab)

    def feedback(self) -> FeedbackTab:
        from leadjournal.ui.tabs.feedback.tab import FeedbackTab

        return self.typed_page(Tab.FEEDBACK, FeedbackTab)

    def practice(self) -> PracticeTab:
        from leadjournal.ui.tabs.practice.tab import PracticeTab

        return self.typed_page(Tab.PRACTICE, PracticeTab)

    def insights(self) -> InsightsTab:
        from leadjournal.ui.tabs.insights import InsightsTab

        return self.typed_page(Tab.INSIGHTS, InsightsTab)

    def _build(self, tab: Tab, repositories: Repositories) -> QWidget:
        if tab is Tab.WEEKLY_PLAN:
            from leadjournal.ui.tabs.weekly_plan.tab import WeeklyPlanTab

            weekly = WeeklyPlanTab(repositories)
            weekly.coaching_requested.connect(self.host.open_coaching)
            weekly.lesson_requested.connect(self.host.open_lesson)
            weekly.link_requested.connect(self.host.open_link)
            return weekly
        if tab is Tab.COACHING_LOG:
            from leadjournal.ui.tabs.coaching.tab import CoachingLogTab

            return CoachingLogTab(repositories)
        if tab is Tab.LESSONS:
            from leadjournal.ui.tabs.lessons import LessonsTab

            return LessonsTab(repositories)
        if tab is Tab.FEEDBACK:
            from leadjournal.ui.tabs.feedback.tab import FeedbackTab

            return FeedbackTab(repositories)
        if tab is Tab.PRACTICE:
            from leadjournal.ui.tabs.practice.tab import PracticeTab

            return PracticeTab(repositories)
        from leadjournal.ui.tabs.insights import InsightsTab

        insights = InsightsTab(repositories, charts_in_turns=True)  # the window keeps answering
        insights.link_requested.connect(self.host.open_link)
        return insights

    def shown(self, index: int) -> None:
        """Tab ``index`` came to the front: built now, or read again if it missed news."""
        if self.host.repositories is None:
            return
        if self.host.journal_events is not None:
            self.host.journal_events.deliver_pending()  # what was just written, in this turn
        if index not in self._built:
            self.page(index)  # freshly built, so already up to date
        elif index in self._stale:
            self._refresh(index)

    def day_turned(self, previous: dt.date) -> None:
        """Midnight passed with the window open: every page that says "today" reads the
        new day (the shown one now, unless the person is typing in it; the others when
        shown), and the Weekly Plan follows a new week if it showed the one just over."""
        if self.host.repositories is None or self.host.closing_for_good:
            return
        shown = self.tabs.currentIndex()
        for index, page in list(self._built.items()):
            follow = getattr(page, "day_turned", None)
            if follow is not None and not self._typing_in(page):
                follow(previous)
            elif index == shown and not self._typing_in(page):
                self._refresh(index)
            else:
                self._stale.add(index)

    def journal_changed(self, _change: JournalChange) -> None:
        """Committed changes (one event-loop turn's worth): the shown tab reads what
        concerns it now; hidden tabs, and a tab that only saved its own edits, wait
        until they are shown."""
        events = self.host.journal_events
        if events is None or self.host.closing_for_good:
            return  # the session is closing its storage: nothing is read any more
        from leadjournal.ui.journal_events import News

        shown = self.tabs.currentIndex()
        for index, page in list(self._built.items()):
            news = events.news_for(page, getattr(page, "SHOWS", None))
            if news is News.OTHER and index == shown and not self._typing_in(page):
                self._refresh(index)
            elif news is not News.NONE:
                self._stale.add(index)

    def _typing_in(self, page: QWidget) -> bool:
        """Whether the person is typing in a field of ``page`` that its refresh would
        rebuild: it then waits until the tab is shown again. (A tab whose refresh leaves
        the open editor alone says so with ``KEEPS_EDITING``.)"""
        if getattr(page, "KEEPS_EDITING", False):
            return False
        from PySide6.QtWidgets import QAbstractSpinBox, QPlainTextEdit, QTextEdit

        focus = self.host.focusWidget()  # also while a dialog (quick capture) has the keyboard
        return isinstance(
            focus, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox
        ) and page.isAncestorOf(focus)

    def _refresh(self, index: int) -> None:
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
        if self.host.journal_events is not None:
            self.host.journal_events.caught_up(page)

        def scroll_back() -> None:
            import shiboken6

            for area, value in scrolled:
                if shiboken6.isValid(area):
                    area.verticalScrollBar().setValue(value)

        scroll_back()
        # Once more after the new contents are laid out, which may come a turn later.
        QTimer.singleShot(0, self, scroll_back)
