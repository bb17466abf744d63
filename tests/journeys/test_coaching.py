"""The Coaching Log from an empty journal: the first person, their page, a prepared one-on-one.

A new supervisor who skipped the team question on the welcome opens the Coaching Log,
adds the one person they look after through the dialog, looks at that person's empty
page, and prepares their first one-on-one: the preparation suggests what the journal
knows (nothing yet but the recognition nudge and the coaching questions), the person
adds a line of their own, and "Use as agenda" books the meeting with that agenda.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from leadjournal.services.setup import FirstRunAnswers
from leadjournal.ui.tab_builder import Tab
from leadjournal.ui.tabs.coaching.person_dialog import PersonDialog
from leadjournal.ui.tabs.coaching.prep import PrepareOneOnOneDialog
from leadjournal.ui.tabs.coaching.tab import CoachingLogTab
from tests.journeys.conftest import Journey, tab_title


def click(journey: Journey, button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    journey.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_coaching_log(journey: Journey) -> CoachingLogTab:
    window = journey.window
    bar = window.tabs.tabBar()
    journey.qtbot.mouseClick(
        bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(Tab.COACHING_LOG).center()
    )
    assert tab_title(window) == "Coaching Log"
    return window.coaching_log


def test_the_first_person_gets_a_page_and_a_prepared_one_on_one(journey: Journey) -> None:
    journey.open(FirstRunAnswers(name="Sam Lee"))
    log = open_coaching_log(journey)
    assert log.body.currentIndex() == 0  # "Who do you look after?"
    assert log.people_list.count() == 0

    def add_jonas(dialog: QWidget) -> None:
        assert isinstance(dialog, PersonDialog)
        assert not dialog.save_button.isEnabled()  # a person needs a name
        journey.qtbot.keyClicks(dialog.name, "Jonas Weber")
        journey.qtbot.keyClicks(dialog.role, "Support engineer")
        journey.qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    journey.answer(add_jonas)
    click(journey, log.first_person_button)
    journey.qtbot.waitUntil(lambda: log.body.currentIndex() == 1)
    assert log.people_list.count() == 1
    assert log.people_list.item(0).text() == "Jonas Weber\nSupport engineer"
    assert log.name_label.text() == "Jonas Weber"
    assert log.role_label.text() == "Support engineer"
    assert not log.overdue_label.isVisible()
    assert log.sections.tabText(log.sections.currentIndex()) == "Timeline"
    assert log.timeline.empty.text().startswith("Nothing about Jonas yet.")
    assert log.timeline.count_label.text() == "0 entries"
    journey.shot("coaching-person-1280")

    # The one-on-ones section says what goes there before there is anything.
    bar = log.sections.tabBar()
    journey.qtbot.mouseClick(
        bar,
        Qt.MouseButton.LeftButton,
        pos=bar.tabRect(log.sections.indexOf(log.one_on_ones)).center(),
    )
    assert log.one_on_ones.records.count() == 0
    assert log.one_on_ones.empty_label.text().startswith("No one-on-ones with Jonas yet.")

    prepared: dict[str, list[str]] = {}

    def prepare(dialog: QWidget) -> None:
        assert isinstance(dialog, PrepareOneOnOneDialog)
        assert dialog.windowTitle() == "Prepare one-on-one with Jonas Weber"
        assert dialog.meeting_on.text() == "Tue 1 Dec 2026"  # the next working day
        assert dialog.meeting_at.text() == "10:00" and dialog.meeting_at.isEnabled()
        assert dialog.time_note.text() == "no one-on-one booked that day yet: choose its time"
        lines = [dialog.lines.item(r).text() for r in range(dialog.lines.count())]
        assert lines[0] == ("No recognition yet — what have they done lately that deserves naming?")
        assert len(lines) == 4  # the nudge and three coaching questions
        assert dialog.lines.item(0).toolTip() == "Recognition"
        journey.shot("coaching-prepare-1280", dialog)
        dialog.add_line()
        dialog.lines.item(dialog.lines.count() - 1).setText("Holiday cover in December")
        prepared["lines"] = [line.text for line in dialog.agenda()]
        journey.qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)

    journey.answer(prepare)
    click(journey, log.prepare_button)
    assert prepared["lines"][-1] == "Holiday cover in December"

    section = log.one_on_ones
    assert log.sections.currentWidget() is section
    assert [section.records.item(r).text() for r in range(section.records.count())] == [
        "Tue 1 Dec 2026, 10:00 · upcoming"
    ]
    agenda = [section.agenda.item(r).text() for r in range(section.agenda.count())]
    assert agenda == prepared["lines"]
    assert not section.carried_box.isVisible()  # nothing open from earlier meetings
    journey.shot("coaching-one-on-one-1280")

    # The timeline follows: the booked meeting is the person's first entry.
    journey.qtbot.mouseClick(
        bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(log.sections.indexOf(log.timeline)).center()
    )
    assert log.timeline.count_label.text() == "1 entry"
    assert log.timeline.model.entry(0).title == "One-on-one at 10:00"
    assert log.timeline.model.entry(0).detail == "5 agenda items, no notes yet"

    journey.window.resize(1024, 700)
    journey.shot("coaching-timeline-1024")
