"""Empty states: a first-time supervisor meets every page empty, and each one says what
goes there, offers the one button that starts it, and steps aside once there is
something.

The journal starts with no team (the welcome's team question skipped), so the Coaching
Log is empty too. Each empty state's button is clicked as a person would, and the test
checks the real action happened: a dialog opened, a row appeared, the plan was shown.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget

from leadjournal.services.setup import FirstRunAnswers
from leadjournal.services.weekly_loop import Step
from leadjournal.ui.empty_state import EmptyState
from leadjournal.ui.tab_builder import Tab
from leadjournal.ui.tabs.coaching.person_dialog import PersonDialog
from leadjournal.ui.tabs.feedback.dialogs import RequestDialog
from leadjournal.ui.tabs.weekly_plan.execution import ExecutionPage
from leadjournal.ui.tabs.weekly_plan.review import ReviewPage
from leadjournal.ui.tabs.weekly_plan.tracker import TrackerPage
from tests.journeys.conftest import Journey, open_step, tab_title


def click(journey: Journey, button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    journey.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_tab(journey: Journey, tab: Tab) -> None:
    bar = journey.window.tabs.tabBar()
    journey.qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tab).center())
    assert tab_title(journey.window) == tab.title


def shown_empty_state(page: QWidget) -> EmptyState:
    """The one empty state a person sees on ``page``."""
    shown = [state for state in page.findChildren(EmptyState) if state.isVisible()]
    assert len(shown) == 1, [state.sentence.text() for state in shown]
    assert shown[0].property("role") == "empty-state"
    assert shown[0].button.property("role") == "primary"
    assert not shown[0].picture.pixmap().isNull()  # the picture is drawn
    return shown[0]


@pytest.mark.parametrize("size", [(1280, 800), (1024, 700)])
def test_every_empty_page_says_what_goes_there_and_starts_it(
    journey: Journey, size: tuple[int, int]
) -> None:
    window = journey.open(FirstRunAnswers(name="Sam Lee"), size=size)
    qtbot = journey.qtbot

    # Insights before any week: no blank charts, a sentence and the way to the plan.
    open_tab(journey, Tab.INSIGHTS)
    insights = window.insights
    state = shown_empty_state(insights)
    assert state.sentence.text().startswith("Once you have planned a week and reviewed it")
    assert not insights.panels["reliability"].isVisible()
    journey.shot(f"empty-insights-{size[0]}")
    click(journey, state.button)
    qtbot.waitUntil(lambda: tab_title(window) == Tab.WEEKLY_PLAN.title)

    # The Weekly Plan before the week is planned, then its Tracker and Review with no tasks.
    weekly = window.weekly_plan
    state = shown_empty_state(weekly)
    assert state.sentence.text().startswith("No plan for this week yet")
    journey.shot(f"empty-weekly-plan-{size[0]}")
    click(journey, weekly.plan_button)
    qtbot.waitUntil(lambda: weekly.current_step() == Step.DIRECTION)
    open_step(journey, weekly, Step.TRACKER)
    tracker = weekly.page(Step.TRACKER)
    assert isinstance(tracker, TrackerPage)
    state = shown_empty_state(tracker)
    assert state.sentence.text().startswith("Your board shows every task of the week")
    assert not tracker.columns["done"].isVisible()
    journey.shot(f"empty-tracker-{size[0]}")
    click(journey, state.button)
    qtbot.waitUntil(lambda: weekly.current_step() == Step.PLAN)

    open_step(journey, weekly, Step.REVIEW)
    review = weekly.page(Step.REVIEW)
    assert isinstance(review, ReviewPage)
    state = shown_empty_state(review)
    assert state.sentence.text().startswith("No tasks were planned this week")
    journey.shot(f"empty-review-{size[0]}")
    click(journey, state.button)
    qtbot.waitUntil(lambda: weekly.current_step() == Step.PLAN)

    # A task planned: the Tracker's board takes the empty state's place.
    plan = weekly.page(Step.PLAN)
    assert isinstance(plan, ExecutionPage)
    new_task = plan.new_task
    qtbot.keyClicks(new_task, "Answer the billing tickets")
    qtbot.keyClick(new_task, Qt.Key.Key_Return)
    open_step(journey, weekly, Step.TRACKER)
    qtbot.waitUntil(lambda: tracker.columns["not_started"].count() == 1)
    assert not tracker.empty_state.isVisible()
    assert tracker.columns["done"].isVisible()

    # Insights now has a week to draw.
    open_tab(journey, Tab.INSIGHTS)
    assert not insights.empty_state.isVisible()
    assert insights.panels["reliability"].isVisible()

    # Coaching Log with nobody in it: the button opens the dialog that adds a person.
    open_tab(journey, Tab.COACHING_LOG)
    log = window.coaching_log
    state = shown_empty_state(log)
    assert state.sentence.text().startswith("Add the people you look after")
    journey.shot(f"empty-coaching-log-{size[0]}")

    def add_jonas(dialog: QWidget) -> None:
        assert isinstance(dialog, PersonDialog)
        qtbot.keyClicks(dialog.name, "Jonas Weber")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    seen = journey.answer(add_jonas)
    click(journey, state.button)
    qtbot.waitUntil(lambda: log.people_list.count() == 1)
    assert seen == ["PersonDialog"]
    assert not log.no_people.isVisible()

    # Jonas's one-on-ones before the first one: the button starts one.
    sections = log.sections
    bar = sections.tabBar()
    qtbot.mouseClick(
        bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(sections.indexOf(log.one_on_ones)).center()
    )
    state = shown_empty_state(log.one_on_ones)
    assert state.sentence.text().startswith("No one-on-ones with Jonas yet.")
    journey.shot(f"empty-person-one-on-ones-{size[0]}")
    click(journey, state.button)
    qtbot.waitUntil(lambda: log.one_on_ones.records.count() == 1)
    assert not log.one_on_ones.empty_state.isVisible()

    # Lessons with none written: the button writes the first one.
    open_tab(journey, Tab.LESSONS)
    lessons = window.lessons
    state = shown_empty_state(lessons)
    assert "what you will do differently" in state.sentence.text()
    journey.shot(f"empty-lessons-{size[0]}")
    click(journey, state.button)
    qtbot.waitUntil(lambda: lessons.model.rowCount() == 1)
    assert not lessons.empty_state.isVisible()

    # Feedback never asked for: the button opens "Ask for feedback"; once asked, the
    # requests and answers take the empty state's place.
    open_tab(journey, Tab.FEEDBACK)
    feedback = window.feedback
    state = shown_empty_state(feedback)
    assert state.sentence.text().startswith("Here you collect what your team thinks")
    assert not feedback.pages.isVisible()
    journey.shot(f"empty-feedback-{size[0]}")

    def ask_the_team(dialog: QWidget) -> None:
        assert isinstance(dialog, RequestDialog)
        box = dialog.findChild(QDialogButtonBox)
        assert box is not None
        save = box.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    seen = journey.answer(ask_the_team)
    click(journey, state.button)
    qtbot.waitUntil(lambda: len(feedback.requests) == 1)
    assert seen == ["RequestDialog"]
    assert feedback.waiting.waiting.count() == 1
    assert not feedback.empty_state.isVisible()
    assert feedback.pages.isVisible()
