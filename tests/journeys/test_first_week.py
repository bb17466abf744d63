"""A first week that welcomes rather than scolds, and Insights from the first week on.

The welcome's Enter goes on with one's own journal; a journal begun on a Wednesday asks
for nothing that was due before it existed and offers what is open as invitations; and
Insights shows its numbers, points and bars from the first week of a journal started
empty, saying when a trend will appear.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCharts import QAbstractBarSeries, QCategoryAxis, QChart, QValueAxis, QXYSeries
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from leadjournal.db.enums import TickState
from leadjournal.db.repositories import Repositories
from leadjournal.services.setup import FirstRunAnswers
from leadjournal.services.weeks import WeekPlanner
from leadjournal.ui.main_window import MainWindow
from leadjournal.ui.tabs.insight_charts import ChartPanel
from leadjournal.ui.tabs.insights import InsightsTab
from leadjournal.ui.welcome import WelcomeDialog
from tests.journeys.conftest import FIRST_MONDAY, TEAM, Journey, welcome_answers
from tests.lookup import stored_week
from tests.ui.helpers import scroll_to_chart

SIZES = ((1280, 800), (1024, 700))
LONG_NAME = "Lena Fischer-Hofmann"
TREND = "Your trend appears after two weeks of numbers."
SCOLDING = ("was due", "isn't", "⚠", "overdue")


def test_enter_on_the_welcome_goes_on_with_ones_own_journal(qtbot: QtBot, journey: Journey) -> None:
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)  # first page: Enter
    assert dialog.choice is None, "Enter on the first page opened the sample journal"
    assert dialog.progress.text() == "Step 2 of 3"
    qtbot.keyClicks(dialog.name, "Sam Lee")
    dialog.team.setPlainText("\n".join(TEAM))
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.next_button.text() == "Start my journal"
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)
    assert dialog.choice == "journal"

    window = journey.open(dialog.answers())
    assert window.leave_sample_button is None  # one's own journal, not the sample
    names = [p.name for p in journey_repos(journey).people.list()]
    assert names == TEAM


def today_texts(window: MainWindow) -> tuple[list[str], str, list[str]]:
    """What the Today panel offers, its visible text, and the step list's lines."""
    weekly = window.weekly_plan
    panel = weekly.today_panel
    steps = [weekly.step_list.item(row).text() for row in range(weekly.step_list.count())]
    return panel.overdue_texts, panel.overdue_label.text(), steps


def test_a_journal_begun_on_wednesday_asks_for_nothing_from_before_it(journey: Journey) -> None:
    journey.clock.advance(dt.timedelta(days=2))  # installed on Wednesday, not Monday
    window = journey.open(welcome_answers())
    weekly = window.weekly_plan
    offered, shown, steps = today_texts(window)
    assert offered == [], "the first day asks for Monday's plan, due before the journal"
    for text in (*offered, shown, *steps, weekly.today_panel.step_label.text()):
        assert not any(word in text for word in SCOLDING), text
    assert "Today, Wednesday:" in weekly.today_panel.step_label.text()  # today's step, kindly
    for width, height in SIZES:
        window.resize(width, height)
        journey.shot(f"week1-wednesday-today-{width}")

    # Friday of that first week: still nothing asked of the days before it began.
    window = journey.next_morning(days=2)
    offered, _shown, _steps = today_texts(window)
    assert offered == []

    # The next Tuesday, with no plan yet: one invitation, in a person's words.
    window = journey.next_morning(days=4)
    assert journey.clock.now().date() == dt.date(2026, 12, 8)
    offered, shown, steps = today_texts(window)
    assert offered == ["Monday's plan is still open — set this week's direction?"]
    assert "→ Monday's plan is still open" in shown and "⚠" not in shown
    assert not any(word in " ".join(steps) for word in SCOLDING)
    assert window.weekly_plan.today_panel.overdue_label.isVisibleTo(window)


# --- Insights from the first week ---------------------------------------------------------


def live_a_week(repos: Repositories, monday: dt.date, planned: int, done: int, pulse: int) -> None:
    """The week as the person lived it: a confirmed plan, some tasks done, one-on-ones
    held on Wednesday, a pulse score on Friday."""
    planner = WeekPlanner(repos)
    week = planner.start_week(monday)
    repos.weeks.update(week.id, outcome="Every billing ticket answered within a day")
    planner.add_priority(stored_week(planner, monday), "Clear the queue")
    tasks = [
        planner.add_task(stored_week(planner, monday), f"Billing task {n + 1}")
        for n in range(planned)
    ]
    planner.confirm_plan(stored_week(planner, monday), dt.datetime.combine(monday, dt.time(9)))
    for task in tasks[:done]:
        planner.move_task(task, "done")
    repos.weeks.update(week.id, pulse_score=pulse)
    for person in repos.people.list():
        wednesday = dt.datetime.combine(monday + dt.timedelta(days=2), dt.time(11))
        repos.coaching.add("one_on_one", person_id=person.id, scheduled_at=wednesday)


def open_insights(qtbot: QtBot, window: MainWindow) -> InsightsTab:
    """Click the Insights tab, as a person does, and wait for its charts."""
    bar = window.tabs.tabBar()
    index = next(i for i in range(window.tabs.count()) if window.tabs.tabText(i) == "Insights")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    insights = window.insights
    assert window.tabs.currentWidget() is insights
    qtbot.waitUntil(lambda: not insights.drawing_charts, timeout=10000)
    return insights


def chart_of(qtbot: QtBot, insights: InsightsTab, panel: ChartPanel) -> QChart:
    """The chart in ``panel``, once the person has scrolled down to it."""
    scroll_to_chart(qtbot, insights, panel)
    assert panel.stack.currentWidget() is panel.view, panel.empty.text()
    chart = panel.view.chart()
    assert isinstance(chart, QChart)
    return chart


def test_insights_from_the_first_week_on(qtbot: QtBot, journey: Journey) -> None:
    answers = FirstRunAnswers(name="Sam Lee", team=[*TEAM, LONG_NAME])
    window = journey.open(answers)
    repos = journey_repos(journey)
    cycle = repos.practice.start_cycle(
        FIRST_MONDAY.date(),
        ("explain_why", "Explain the why"),
        ("one_owner", "One owner for every task"),
    )
    live_a_week(repos, FIRST_MONDAY.date(), planned=3, done=2, pulse=4)
    for day in range(5):  # leading every day of the week (a full bar), managing on four
        on = FIRST_MONDAY.date() + dt.timedelta(days=day)
        repos.practice.set_tick(cycle, "lead", on, TickState.DONE)
        if day != 2:
            repos.practice.set_tick(cycle, "manage", on, TickState.DONE)

    window = journey.next_morning(at=dt.time(17), days=4)  # Friday evening
    insights = open_insights(qtbot, window)

    # This week's numbers, large, at the top.
    values = {key: label.text() for key, label in insights.headline_values.items()}
    assert values == {"reliability": "67%", "health": "4 / 5", "adherence": "90%"}
    details = insights.headline_details
    assert details["reliability"].text() == "2 of 3 planned tasks done this week"
    assert details["health"].text() == "This week's score"
    assert details["adherence"].text() == (
        "Days done, this cycle so far: leading 100%, managing 80%"
    )

    # One week is one point: in the middle of the axis, with a marker to see.
    reliability = chart_of(qtbot, insights, insights.panels["reliability"])
    [line] = reliability.series()
    assert isinstance(line, QXYSeries)
    assert line.pointsVisible() and line.markerSize() >= 6
    [point] = line.points()
    [x_axis] = reliability.axes(Qt.Orientation.Horizontal)
    assert isinstance(x_axis, QCategoryAxis)
    assert x_axis.min() < point.x() < x_axis.max()
    assert x_axis.categoriesLabels() == ["30 Nov"]
    [y_axis] = reliability.axes(Qt.Orientation.Vertical)
    assert isinstance(y_axis, QValueAxis)
    assert y_axis.labelFormat() == "%d" and y_axis.tickType() == QValueAxis.TickType.TicksDynamic
    assert y_axis.min() < point.y() < y_axis.max()
    assert insights.panels["reliability"].note.text() == TREND
    assert insights.panels["health"].note.text() == TREND

    # A full bar is drawn whole, under the axis' top.
    adherence = chart_of(qtbot, insights, insights.panels["adherence"])
    [bars] = adherence.series()
    assert isinstance(bars, QAbstractBarSeries)
    leading = bars.barSets()[0]
    assert leading.at(0) == 100.0
    [values_axis] = adherence.axes(Qt.Orientation.Vertical)
    assert isinstance(values_axis, QValueAxis) and values_axis.max() > 100

    # Counts tick on whole numbers: "0 1 2", never "0 0 1 1 2".
    one_on_ones = chart_of(qtbot, insights, insights.panels["one_on_ones"])
    [counts] = one_on_ones.axes(Qt.Orientation.Vertical)
    assert isinstance(counts, QValueAxis)
    assert counts.labelFormat() == "%d"
    assert counts.tickType() == QValueAxis.TickType.TicksDynamic and counts.tickInterval() == 1
    [recognised] = chart_of(qtbot, insights, insights.panels["recognition"]).axes(
        Qt.Orientation.Horizontal
    )
    assert isinstance(recognised, QValueAxis) and recognised.tickInterval() == 1

    # Every name in full in a legend that wraps, not the chart's own that shortens.
    panel = insights.panels["one_on_ones"]
    assert not one_on_ones.legend().isVisible()
    assert panel.legend.isVisibleTo(insights)
    legend = panel.legend.text().replace("&nbsp;", " ")
    assert all(name in legend for name in (*TEAM, LONG_NAME)) and "…" not in legend

    # One "Save…" menu per chart instead of pairs of buttons.
    for key, chart_panel in insights.panels.items():
        texts = [b.text() for b in chart_panel.findChildren(QPushButton)]
        assert not any("PNG" in t or "CSV" in t for t in texts), key
        menu = chart_panel.save_button.menu()
        assert chart_panel.save_button.text() == "Save…" and menu is not None
        assert [a.text() for a in menu.actions()] == ["Chart as a PNG image…", "Numbers as CSV…"]
    saved = journey.shots / "one_on_ones.png"
    insights.choose_save_path = lambda _caption, _name, _filter: saved  # the file dialog
    panel.png_action.trigger()  # Save… → Chart as a PNG image…
    image = QImage(str(saved))
    assert image.height() > panel.view.height()  # the legend comes with the chart
    look_at_the_week(journey, window, insights, 1)

    # The second and third weeks: the trend is there, and the sentence goes.
    for week in (2, 3):
        monday = FIRST_MONDAY.date() + dt.timedelta(weeks=week - 1)
        window = journey.next_morning(days=3)  # Monday
        assert journey.clock.now().date() == monday
        live_a_week(journey_repos(journey), monday, planned=4, done=4 if week == 2 else 3, pulse=3)
        window = journey.next_morning(at=dt.time(17), days=4)
        insights = open_insights(qtbot, window)
        assert insights.panels["reliability"].note.text() == ""
        assert not insights.panels["reliability"].note.isVisibleTo(insights)
        [line] = chart_of(qtbot, insights, insights.panels["reliability"]).series()
        assert isinstance(line, QXYSeries) and len(line.points()) == week
        expected = "100%" if week == 2 else "75%"
        assert insights.headline_values["reliability"].text() == expected
        look_at_the_week(journey, window, insights, week)


def journey_repos(journey: Journey) -> Repositories:
    """The open journal's storage, to live a week's work without the clicks of it."""
    assert journey.session is not None
    repos = journey.session.repositories
    assert isinstance(repos, Repositories)
    return repos


def look_at_the_week(
    journey: Journey, window: MainWindow, insights: InsightsTab, week: int
) -> None:
    """Screenshots of Insights and of the Today panel's tab at both window sizes."""
    for width, height in SIZES:
        window.resize(width, height)
        journey.shot(f"week{week}-insights-{width}")
        window.tabs.setCurrentWidget(window.weekly_plan)
        journey.shot(f"week{week}-today-{width}")
        window.tabs.setCurrentWidget(insights)
