"""Structure you can see: cards, one primary action per page, a week header with chips."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QGroupBox, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from leadjournal import clock
from leadjournal.db.repositories import Repositories
from leadjournal.services.reminder_text import Reminder
from leadjournal.ui import theme
from leadjournal.ui.main_window import MainWindow
from leadjournal.ui.notifications import ReminderBanner
from leadjournal.ui.privacy import PassphraseDialog, UnlockDialog
from leadjournal.ui.quick_capture import QuickCaptureDialog
from leadjournal.ui.search import SearchDialog
from leadjournal.ui.settings import SettingsDialog
from leadjournal.ui.tab_builder import Tab
from leadjournal.ui.tabs.coaching.person_dialog import PersonDialog
from leadjournal.ui.welcome import WelcomeDialog
from tests.journeys.conftest import FIRST_MONDAY, Journey, welcome_answers
from tests.test_scheduler import FakeClock
from tests.ui.helpers import open_demo_session


def _visible_primaries(root: QWidget) -> list[str]:
    return [
        button.text()
        for button in root.findChildren(QPushButton)
        if button.property("role") == "primary" and button.isVisible()
    ]


def _primaries_of_every_page(window: MainWindow) -> dict[str, list[str]]:
    """Each tab and each Weekly Plan step shown in turn: its visible primary buttons."""
    primaries: dict[str, list[str]] = {}
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        page: Any = window.tabs.currentWidget()
        name = window.tabs.tabText(index)
        if hasattr(page, "step_list"):
            for row in range(page.step_list.count()):
                page.show_step(row)
                primaries[page.step_list.item(row).text().rstrip(" ✓")] = _visible_primaries(page)
        else:
            primaries[name] = _visible_primaries(page)
    return primaries


def test_sections_are_cards_and_each_page_has_one_primary_action(
    qtbot: QtBot, tmp_path: Path
) -> None:
    session = open_demo_session(qtbot, tmp_path, dt.datetime(2026, 11, 27, 8))
    window = session.window
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    primaries = _primaries_of_every_page(window)
    # Never two actions shouting at once; the main ones stand out where they belong.
    assert all(len(found) <= 1 for found in primaries.values()), primaries
    assert primaries["Coaching Log"] == ["&Prepare one-on-one…"]
    assert primaries["Lessons Learned"] == ["New lesson"]
    assert primaries["Start/Stop/Continue"] == ["Ask for feedback…"]
    assert primaries["Wednesday · Improve"] == ["Record a coaching conversation…"]
    # Every section is a card, and the other buttons are quiet.
    boxes = window.findChildren(QGroupBox)
    assert boxes and [b.title() for b in boxes if b.property("role") != "card"] == []
    loud = [
        b.text()
        for b in window.findChildren(QPushButton)
        if b.isVisible() and b.property("role") not in ("primary", "quiet")
    ]
    assert "Edit…" not in loud and "Delete" not in loud
    session.close()


def test_week_header_names_the_week_and_shows_labelled_chips(qtbot: QtBot, tmp_path: Path) -> None:
    session = open_demo_session(qtbot, tmp_path, dt.datetime(2026, 11, 27, 8))
    window = session.window
    weekly_plan: Any = window.tabs.widget(0)
    header = weekly_plan.header
    assert header.week_title.property("role") == "title"
    assert header.week_title.text().startswith("Week 48 · ")
    chips = (header.outcome_label, header.reliability_label, header.health_label)
    assert [chip.property("role") for chip in chips] == ["chip"] * 3
    assert header.outcome_label.text().startswith("Outcome: Every billing ticket")
    assert header.reliability_label.text().startswith("Delivery: ")
    assert header.health_label.text().startswith("Team health: ")
    session.close()


def test_an_empty_journal_has_one_primary_action_per_page_too(qtbot: QtBot, tmp_path: Path) -> None:
    """A first-time supervisor meets every page empty: still one button stands out."""
    fake = FakeClock(FIRST_MONDAY)
    clock.use(fake)
    journey = Journey(qtbot, tmp_path / "journal", fake, tmp_path)
    try:
        window = journey.open(welcome_answers())
        primaries = _primaries_of_every_page(window)
        assert all(len(found) <= 1 for found in primaries.values()), primaries
        # Lessons with none written: the empty state's button, "New lesson" steps back.
        assert primaries["Lessons Learned"] == ["Write a lesson"]
        assert window.lessons.new_button.property("role") == "quiet"
        # Practice with no cycle running: an empty state and its one action.
        assert primaries["Practice"] == ["Choose two behaviours"]
        window.tabs.setCurrentIndex(Tab.PRACTICE)
        practice = window.practice
        assert practice.no_cycle.isVisible() and not practice.start_card.isVisible()
        assert practice.no_cycle.sentence.text().startswith("Practise one leading and one managing")
        assert not practice.no_cycle.picture.pixmap().isNull()
        qtbot.mouseClick(practice.no_cycle.button, Qt.MouseButton.LeftButton)
        assert practice.start_card.isVisible() and not practice.no_cycle.isVisible()
        assert _visible_primaries(practice) == ["Start the cycle"]
        # Once a lesson exists, "New lesson" is the Lessons page's one primary again.
        window.tabs.setCurrentIndex(Tab.LESSONS)
        qtbot.mouseClick(window.lessons.empty_state.button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.lessons.model.rowCount() == 1)
        assert _visible_primaries(window.lessons) == ["New lesson"]
    finally:
        journey.close()
        clock.use(None)


def test_dialogs_follow_the_theme_with_one_primary_action(
    qtbot: QtBot, tmp_path: Path, repos: Repositories, qapp: QApplication
) -> None:
    """Every dialog a person meets turns dark with the app, names its parts by role and
    has one button that stands out."""
    dialogs: dict[str, QDialog] = {
        "settings": SettingsDialog(repos),
        "person": PersonDialog(),
        "search": SearchDialog(repos, lambda _link: False),
        "quick capture": QuickCaptureDialog(repos),
        "welcome": WelcomeDialog(first_run=True),
        "unlock": UnlockDialog(str(tmp_path)),
        "protect": PassphraseDialog(PassphraseDialog.PROTECT),
        "change": PassphraseDialog(PassphraseDialog.CHANGE),
        "remove": PassphraseDialog(PassphraseDialog.REMOVE),
    }
    try:
        theme.apply(qapp, "dark")
        for dialog in dialogs.values():
            qtbot.addWidget(dialog)
            dialog.show()
        primaries = {name: _visible_primaries(dialog) for name, dialog in dialogs.items()}
        assert primaries == {
            "settings": ["Save"],
            "person": ["Save"],
            "search": [],  # Enter opens the chosen result: no button
            "quick capture": ["Save"],
            "welcome": ["Next"],
            "unlock": ["Unlock"],
            "protect": ["Protect"],
            "change": ["Change"],
            "remove": ["Remove the passphrase"],
        }
        for name, dialog in dialogs.items():
            window = dialog.palette().color(QPalette.ColorRole.Window).name()
            assert window == theme.DARK.window, name
            assert not dialog.styleSheet(), name  # the look comes from the theme alone
        # Hints are captions, warnings a tone, sections cards, the side door quiet.
        search = dialogs["search"]
        assert isinstance(search, SearchDialog)
        assert search.hint.property("role") == "caption"
        welcome = dialogs["welcome"]
        assert isinstance(welcome, WelcomeDialog)
        assert welcome.progress.property("role") == "caption"
        assert welcome.sample_button.property("role") == "quiet"
        protect = dialogs["protect"]
        warning = next(
            label for label in protect.findChildren(QLabel) if label.property("tone") == "danger"
        )
        assert warning.text().startswith("A forgotten passphrase cannot be recovered")
        settings = dialogs["settings"]
        cards = {box.title(): box.property("role") for box in settings.findChildren(QGroupBox)}
        assert cards == {
            title: "card"
            for title in (
                "The weekly loop",
                "People and follow-ups",
                "Quiet hours and working days",
                "Keeping backups",
                "A second copy",
                "Passphrase",
                "When you step away",
            )
        }
        titles = [
            label.text()
            for label in dialogs["person"].findChildren(QLabel)
            if label.property("role") in ("title", "section")
        ]
        assert titles == ["Add a person"]
    finally:
        for dialog in dialogs.values():
            dialog.close()
        theme.apply(qapp, "system")


def test_the_reminder_banner_is_a_warm_strip_in_both_schemes(
    qtbot: QtBot, qapp: QApplication
) -> None:
    """The banner was pale yellow with its own dark text: in the dark scheme it follows."""
    reminder = Reminder(
        "direction", "loop", FIRST_MONDAY, "Set the week's direction", "One outcome.", "x"
    )
    banner = ReminderBanner()
    qtbot.addWidget(banner)
    banner.resize(900, 60)
    try:
        for palette in (theme.LIGHT, theme.DARK):
            theme.apply(qapp, palette.scheme)
            banner.show_reminder(reminder)
            picture = banner.grab().toImage()
            painted = picture.pixelColor(4, picture.height() - 4)
            wanted = QColor(palette.warning)
            # (the test screen may have fewer colours: near enough is the same colour)
            channels = (
                (painted.red(), wanted.red()),
                (painted.green(), wanted.green()),
                (painted.blue(), wanted.blue()),
            )
            assert all(abs(a - b) <= 8 for a, b in channels), (painted.name(), palette.warning)
            assert _visible_primaries(banner) == ["Open"]
        assert banner.property("role") == "banner" and not banner.styleSheet()
    finally:
        theme.apply(qapp, "system")


def test_search_results_wrap_and_the_chosen_one_stays_readable(
    qtbot: QtBot, tmp_path: Path
) -> None:
    session = open_demo_session(qtbot, tmp_path, dt.datetime(2026, 11, 27, 8))
    dialog = SearchDialog(session.window.repositories, lambda _link: False)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.box, "billing")
    dialog.run()
    results = dialog.results
    assert results.count() > 10
    # Long hits wrap inside the list: no sideways scrolling, nothing cut at the right.
    assert results.horizontalScrollBar().maximum() == 0
    room = results.viewport().width()
    rows = [results.itemWidget(results.item(row)) for row in range(results.count())]
    assert all(row.width() <= room for row in rows if row is not None)
    assert any(row.height() > 2 * row.fontMetrics().height() for row in rows if row is not None)
    # The chosen hit is marked with the calm tint (its words keep their colour on it).
    assert results.property("role") == "results"
    assert results.currentItem() is not None and results.currentItem().data(
        Qt.ItemDataRole.UserRole
    )
    dialog.grab().save(str(tmp_path / "search.png"))
    session.close()
