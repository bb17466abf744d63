"""The main window as a user meets it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from leadjournal.db.files import ensure_data_folder
from leadjournal.paths import JournalPaths
from leadjournal.session import JournalSession
from leadjournal.single_instance import tell_running_instance
from tests.lookup import child_item, top_item

EXPECTED_TABS = [
    "Weekly Plan",
    "Coaching Log",
    "Lessons Learned",
    "Start/Stop/Continue",
    "Practice",
    "Insights",
]


def open_session(qtbot: QtBot, paths: JournalPaths, demo: bool = False) -> JournalSession:
    ensure_data_folder(paths.data_dir)
    session = JournalSession(paths, demo=demo)
    assert session.guard.acquire()
    with qtbot.waitSignal(session.journal_opened, timeout=20000):
        session.start()
    return session


def test_window_has_the_six_tabs_in_order(qtbot: QtBot, journal_paths: JournalPaths) -> None:
    session = open_session(qtbot, journal_paths)
    window = session.window
    assert window.windowTitle() == "LeadJournal"
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == EXPECTED_TABS
    session.close()


def test_menus_are_file_edit_view_help(qtbot: QtBot, journal_paths: JournalPaths) -> None:
    session = open_session(qtbot, journal_paths)
    menus = [a.text().replace("&", "") for a in session.window.menuBar().actions()]
    assert menus == ["File", "Edit", "View", "Help"]
    session.close()


def test_ctrl_number_switches_tabs(qtbot: QtBot, journal_paths: JournalPaths) -> None:
    session = open_session(qtbot, journal_paths)
    window = session.window
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for number in (3, 6, 1, 2):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentIndex() == number - 1
    session.close()


def test_geometry_and_tab_are_remembered(qtbot: QtBot, journal_paths: JournalPaths) -> None:
    session = open_session(qtbot, journal_paths)
    session.window.resize(1000, 700)
    session.window.tabs.setCurrentIndex(4)
    qtbot.wait(50)
    session.close()

    again = open_session(qtbot, journal_paths)
    assert again.window.tabs.currentIndex() == 4
    assert again.window.size().width() == 1000
    assert again.window.size().height() == 700
    again.close()


def test_about_names_version_and_data_folder(qtbot: QtBot, journal_paths: JournalPaths) -> None:
    session = open_session(qtbot, journal_paths)
    text = session.window.about_text()
    assert "0.1.0" in text
    assert str(journal_paths.data_dir) in text
    session.close()


def test_tabs_are_built_when_first_opened_and_explain_themselves(
    qtbot: QtBot, journal_paths: JournalPaths
) -> None:
    from leadjournal.ui.tabs.coming_soon import PlaceholderPage

    session = open_session(qtbot, journal_paths)
    tabs = session.window.tabs
    assert not isinstance(tabs.widget(0), PlaceholderPage)  # the tab on show is ready
    assert isinstance(tabs.widget(5), PlaceholderPage)  # the rest wait until opened
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        page = tabs.widget(index)
        assert page is not None and not isinstance(page, PlaceholderPage), EXPECTED_TABS[index]
        assert tabs.tabText(index) == EXPECTED_TABS[index]
        # An empty journal: each tab says in a sentence or two what goes there.
        texts = " ".join(
            label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page)
        )
        assert len(texts.split()) > 8, EXPECTED_TABS[index]
    session.close()


def test_demo_session_shows_sample_banner(qtbot: QtBot, tmp_path: Path) -> None:
    session = open_session(qtbot, JournalPaths(tmp_path / "sample"), demo=True)
    assert "sample" in session.window.windowTitle()
    assert "Sample journal" in session.window.statusBar().currentMessage()
    assert session.repositories is not None
    assert len(session.repositories.people.list()) == 5
    session.close()


def test_wednesday_coaching_link_opens_the_coaching_log(qtbot: QtBot, tmp_path: Path) -> None:
    session = open_session(qtbot, JournalPaths(tmp_path / "sample"), demo=True)
    window = session.window
    weekly = window.weekly_plan
    weekly.show_step(4)  # Wednesday: improve one system, coach one person
    assert weekly.improve.coaching.text() == "No coaching conversation recorded this week yet."
    weekly.previous_week()  # the sample's last coaching talk was on Friday last week
    assert weekly.improve.coaching.text() == "This week:\n• Tomás Reyes: Running an escalation call"
    qtbot.mouseClick(weekly.improve.coach_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.coaching_log
    assert window.coaching_log.sections.currentWidget() is window.coaching_log.coaching
    session.close()


def test_a_person_deleted_in_the_coaching_log_leaves_the_weekly_plan(
    qtbot: QtBot, tmp_path: Path
) -> None:
    session = open_session(qtbot, JournalPaths(tmp_path / "sample"), demo=True)
    window = session.window
    window.tabs.setCurrentWidget(window.coaching_log)
    log = window.coaching_log
    assert session.repositories is not None
    marcus = session.repositories.people.find_by_name("Marcus Oyelaran")
    assert marcus is not None
    log.select_person(marcus.id)
    log.confirm = lambda _title, _text: True
    log.delete_person()
    window.tabs.setCurrentWidget(window.weekly_plan)  # switching back re-reads the journal
    assert marcus.id not in window.weekly_plan.people
    window.weekly_plan.show_step(1)
    owners = window.weekly_plan.execution.tree
    names = {
        child_item(top_item(owners, g), c).text(1)
        for g in range(owners.topLevelItemCount())
        for c in range(top_item(owners, g).childCount())
    }
    assert "Marcus Oyelaran" not in names
    session.close()


def test_the_window_is_painted_before_the_journal_opens(
    qtbot: QtBot, journal_paths: JournalPaths
) -> None:
    """Opening the journal (SQLAlchemy, the first tab) waits for the first paint, so the
    window is never a blank frame while the storage loads."""
    ensure_data_folder(journal_paths.data_dir)
    session = JournalSession(journal_paths)
    assert session.guard.acquire()
    order: list[str] = []
    session.window.first_painted.connect(lambda: order.append("painted"))
    session.journal_opened.connect(lambda: order.append("opened"))
    with qtbot.waitSignal(session.journal_opened, timeout=20000):
        session.start()
        assert order == []  # nothing opened inside start() itself
    assert order == ["painted", "opened"]
    undo = session.window.undo_action
    assert undo.shortcut().toString() == "Ctrl+Z"  # shortcuts were given after the paint
    # A second start is answered once the first view is on screen.
    qtbot.waitUntil(lambda: tell_running_instance(journal_paths), timeout=3000)
    session.close()


def test_background_work_waits_until_the_shown_page_is_painted(
    qtbot: QtBot, journal_paths: JournalPaths
) -> None:
    session = open_session(qtbot, journal_paths)
    window = session.window
    page = window.tabs.currentWidget()
    paints = PaintCounter(page)
    ran: list[int] = []  # how many paints the page had had when the work ran
    page.update()
    window.after_next_paint(lambda: ran.append(paints.count))
    qtbot.waitUntil(lambda: bool(ran), timeout=3000)
    assert ran[0] >= 1  # a zero timer would have run before Qt painted
    # A window waiting in the tray is never painted: nothing to wait for.
    window.hide()
    window.after_next_paint(lambda: ran.append(-1))
    qtbot.waitUntil(lambda: ran[-1] == -1, timeout=500)
    session.close()


class PaintCounter(QObject):
    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False
