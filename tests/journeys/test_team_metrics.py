"""The team's own metrics, from an empty journal: the first metric is one click away in
the Friday review (an example fills the form), its value is entered on two Fridays,
Insights charts both weeks against the target line, and the seed's question for an
activity counted alone appears until an outcome metric stands beside it."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCharts import QLineSeries
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget

from leadjournal.services.metrics import MetricKind, TeamMetrics
from leadjournal.services.weekly_loop import Step
from leadjournal.ui.forms import scroll_area_of
from leadjournal.ui.tab_builder import Tab
from leadjournal.ui.tabs.metric_manager import MetricManager
from leadjournal.ui.tabs.weekly_plan.review import ReviewPage
from leadjournal.ui.tabs.weekly_plan.tab import WeeklyPlanTab
from tests.journeys.conftest import Journey, open_step, tab_title, welcome_answers
from tests.ui.helpers import scroll_to_chart

QUESTION = "What behaviour does this number encourage?"


def click(journey: Journey, button: QPushButton) -> None:
    """Scroll to a button, as a person does, and click it."""
    assert button.isVisible() and button.isEnabled(), button.text()
    scroll = scroll_area_of(button)
    if scroll is not None:
        scroll.ensureWidgetVisible(button)
    journey.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_tab(journey: Journey, tab: Tab) -> None:
    bar = journey.window.tabs.tabBar()
    journey.qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tab).center())
    assert tab_title(journey.window) == tab.title


def friday_review(journey: Journey) -> tuple[WeeklyPlanTab, ReviewPage]:
    """This week's review, the week planned first when it is not yet."""
    open_tab(journey, Tab.WEEKLY_PLAN)
    weekly = journey.window.weekly_plan
    if weekly.plan_button.isVisible():
        click(journey, weekly.plan_button)
        journey.qtbot.waitUntil(lambda: weekly.current_step() == Step.DIRECTION)
    open_step(journey, weekly, Step.REVIEW)
    review = weekly.page(Step.REVIEW)
    assert isinstance(review, ReviewPage)
    return weekly, review


def closer(dialog: QWidget) -> QPushButton:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    button = box.button(QDialogButtonBox.StandardButton.Close)
    assert button is not None
    return button


@pytest.mark.parametrize("size", [(1280, 800), (1024, 700)])
def test_a_metric_defined_on_friday_entered_twice_and_charted(
    journey: Journey, size: tuple[int, int]
) -> None:
    window = journey.open(welcome_answers(), size=size)
    qtbot = journey.qtbot
    wide = size[0]

    # Insights on the empty journal already offers the first metric.
    open_tab(journey, Tab.INSIGHTS)
    section = window.insights.metrics
    assert section.manage_button.text() == "Add your first metric…"
    assert section.empty.isVisible() and not section.panels
    assert section.empty.text().startswith("Define the numbers your team lives by")

    # Friday of the first week: the review asks which numbers the team lives by.
    journey.next_morning(at=journey.clock.now().time(), days=4)
    window = journey.window
    window.resize(*size)
    weekly, review = friday_review(journey)
    entry = review.metric_entry
    assert entry.empty.isVisible()
    assert entry.manage_button.text() == "Add your first metric…"
    assert not entry.rows

    seen: dict[str, Any] = {}

    def first_metric(dialog: QWidget) -> None:
        assert isinstance(dialog, MetricManager)
        seen["suggestions"] = [button.text() for button in dialog.suggestion_buttons]
        seen["name_focused"] = dialog.focusWidget() is dialog.name
        journey.shot(f"metrics-manager-empty-{wide}", dialog)
        # The activity example fills the form; the person keeps it and adds it.
        qtbot.mouseClick(dialog.suggestion_buttons[1], Qt.MouseButton.LeftButton)
        seen["filled"] = (dialog.name.text(), dialog.kind.currentText(), dialog.target.text())
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        seen["listed"] = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        seen["question"] = dialog.question.text() if dialog.question.isVisible() else ""
        journey.shot(f"metrics-manager-activity-{wide}", dialog)
        qtbot.mouseClick(closer(dialog), Qt.MouseButton.LeftButton)

    assert journey.answer(first_metric) is not None
    click(journey, entry.manage_button)
    qtbot.waitUntil(lambda: "listed" in seen)
    assert seen["name_focused"]  # the cursor waits in the new metric's name
    assert seen["suggestions"] == [
        "Tickets closed within SLA (%) — outcome",
        "Code reviews done — activity",
    ]
    assert seen["filled"] == (
        "Code reviews done",
        "Activity — something the team does to get there",
        "10",
    )
    assert seen["listed"] == ["Code reviews done\nActivity · target 10 · higher is better"]
    assert QUESTION in seen["question"]

    # Back in the review: a row for this week's value, and the same question.
    assert list(entry.rows) and not entry.empty.isVisible()
    row = next(iter(entry.rows.values()))
    assert row.name.text() == "Code reviews done"
    assert entry.question.isVisible() and QUESTION in entry.question.text()
    qtbot.keyClicks(row.value, "twelve")
    assert row.state.text() == "Write a number, like 92 or 4.5."
    row.value.clear()
    qtbot.keyClicks(row.value, "8")
    qtbot.keyClicks(row.note, "Two people out sick")
    assert row.state.text() == "Target 10 — not reached this week"
    scroll = scroll_area_of(entry)
    assert scroll is not None
    scroll.ensureWidgetVisible(entry)
    journey.shot(f"metrics-review-{wide}")

    # The next Friday, after a night's sleep: last week's value stayed, this week's goes in.
    journey.next_morning(at=journey.clock.now().time(), days=7)
    journey.window.resize(*size)
    weekly, review = friday_review(journey)
    entry = review.metric_entry
    row = next(iter(entry.rows.values()))
    assert row.value.text() == ""  # a new week, a new value
    qtbot.keyClicks(row.value, "12")
    assert row.state.text() == "Target 10 — on target ✓"
    open_step(journey, weekly, Step.DIRECTION)  # moving on saves what was typed

    # Insights: both Fridays as points, the target as a line across the weeks.
    open_tab(journey, Tab.INSIGHTS)
    insights = journey.window.insights
    qtbot.waitUntil(lambda: not insights.drawing_charts)
    section = insights.metrics
    scroll_to_chart(qtbot, insights, section)  # below the other charts
    assert list(section.panels)
    panel = next(iter(section.panels.values()))
    scroll_to_chart(qtbot, insights, panel)
    assert panel.title() == "Code reviews done"
    chart = panel.view.chart()
    lines = [s for s in chart.series() if isinstance(s, QLineSeries)]
    assert [p.y() for p in lines[0].points()] == [8.0, 12.0]
    assert lines[1].name() == "Target 10"
    assert {p.y() for p in lines[1].points()} == {10.0}
    assert "Target 10" in panel.legend.text().replace("&nbsp;", " ")
    assert panel.data is not None  # Save… → Numbers as CSV writes the weeks as entered
    assert panel.data.csv().splitlines() == [
        "Week,Code reviews done,Target,Note",
        "2026-11-30,8,10,Two people out sick",
        "2026-12-07,12,10,",
    ]
    assert section.question.isVisible() and QUESTION in section.question.text()
    scroll = scroll_area_of(section)
    assert scroll is not None
    scroll.ensureWidgetVisible(panel)
    journey.shot(f"metrics-insights-activity-{wide}")

    # An outcome beside the activity, defined from Insights: the question goes.
    def outcome_metric(dialog: QWidget) -> None:
        assert isinstance(dialog, MetricManager)
        seen["no_suggestions"] = not dialog.suggestions.isVisible()
        qtbot.keyClicks(dialog.name, "Tickets closed within SLA")
        qtbot.keyClicks(dialog.unit, "%")
        qtbot.keyClicks(dialog.target, "95")
        seen["kind"] = dialog.kind.currentText()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        seen["question_after"] = dialog.question.isVisible()
        seen["count_after"] = dialog.list.count()
        qtbot.mouseClick(closer(dialog), Qt.MouseButton.LeftButton)

    journey.answer(outcome_metric)
    click(journey, section.manage_button)
    qtbot.waitUntil(lambda: "count_after" in seen)
    assert seen["no_suggestions"]
    assert seen["kind"] == "Outcome — a result the team is there to deliver"
    assert seen["count_after"] == 2
    assert seen["question_after"] is False
    assert not section.question.isVisible()
    assert [panel.title() for panel in section.panels.values()] == [
        "Code reviews done",
        "Tickets closed within SLA (%)",
    ]
    outcome_panel = list(section.panels.values())[1]
    assert outcome_panel.empty.text().startswith("Enter this metric's value in the Friday review")
    journey.shot(f"metrics-insights-balanced-{wide}")

    # The review follows: two rows, no question.
    weekly, review = friday_review(journey)
    entry = review.metric_entry
    assert [r.name.text() for r in entry.rows.values()] == [
        "Code reviews done",
        "Tickets closed within SLA (%)",
    ]
    assert not entry.question.isVisible()
    assert next(iter(entry.rows.values())).value.text() == "12"


def test_retiring_a_metric_keeps_its_weeks_and_stops_asking_for_it(
    journey: Journey,
) -> None:
    """A metric retired in the manager: listed as retired with its weeks, gone from
    Friday's rows, still charted in Insights; bringing it back asks for it again."""
    journey.open(welcome_answers())
    qtbot = journey.qtbot
    metrics = TeamMetrics(journey.repositories)  # what earlier Fridays left behind
    sla = metrics.define("Tickets closed within SLA", "%", MetricKind.OUTCOME, 95)
    reviews = metrics.define("Code reviews done", "", MetricKind.ACTIVITY, 10)
    monday = journey.clock.now().date()
    journey.repositories.weeks.create(monday - dt.timedelta(weeks=1), outcome="Clear the queue")
    metrics.record(reviews, monday - dt.timedelta(weeks=1), "7")
    metrics.record(reviews, monday, "9")
    _weekly, review = friday_review(journey)
    entry = review.metric_entry
    assert list(entry.rows) == [sla, reviews]
    seen: dict[str, Any] = {}

    def retire(dialog: QWidget) -> None:
        assert isinstance(dialog, MetricManager)
        item = dialog.list.item(1)
        qtbot.mouseClick(
            dialog.list.viewport(),
            Qt.MouseButton.LeftButton,
            pos=dialog.list.visualItemRect(item).center(),
        )
        seen["form"] = (dialog.form_box.title(), dialog.name.text(), dialog.save_button.text())
        seen["button"] = dialog.retire_button.text()
        qtbot.mouseClick(dialog.retire_button, Qt.MouseButton.LeftButton)
        seen["listed"] = dialog.list.item(1).text()
        seen["button_after"] = dialog.retire_button.text()
        seen["question"] = dialog.question.isVisible()
        qtbot.mouseClick(closer(dialog), Qt.MouseButton.LeftButton)

    journey.answer(retire)
    click(journey, entry.manage_button)
    qtbot.waitUntil(lambda: "question" in seen)
    assert seen["form"] == ("Change “Code reviews done”", "Code reviews done", "Save changes")
    assert seen["button"] == "Retire"
    assert seen["listed"] == (
        "Code reviews done\nActivity · target 10 · higher is better · retired · 2 weeks recorded"
    )
    assert seen["button_after"] == "Bring back"
    assert seen["question"] is False  # a retired activity is asked nothing
    assert list(entry.rows) == [sla]  # Friday no longer asks for it

    # A closed week reads as it was closed: the values wait for the week to be reopened.
    click(journey, review.close_button)
    qtbot.waitUntil(lambda: review.close_button.text() == "Reopen the week")
    row = review.metric_entry.rows[sla]
    assert row.value.isReadOnly() and row.note.isReadOnly()
    assert row.value.toolTip() == "This week is closed: reopen it to change this."

    open_tab(journey, Tab.INSIGHTS)
    insights = journey.window.insights
    qtbot.waitUntil(lambda: not insights.drawing_charts)
    scroll_to_chart(qtbot, insights, insights.metrics)
    titles = [panel.title() for panel in insights.metrics.panels.values()]
    scroll_to_chart(qtbot, insights, insights.metrics.panels[reviews])
    assert titles == ["Tickets closed within SLA (%)", "Code reviews done — retired"]
    chart = insights.metrics.panels[reviews].view.chart()
    history = chart.series()[0]
    assert isinstance(history, QLineSeries)
    assert [p.y() for p in history.points()] == [7.0, 9.0]  # its history stays
