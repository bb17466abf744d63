"""Change control through the week, in a journal started empty.

The person confirms Monday's plan with a buffer of hours kept free; on Wednesday an
urgent task comes in, and adding it asks what moves to make room (a task goes to next
week) and why; Thursday's stakeholder draft and Friday's review show that change. With
a work-in-progress limit switched on in Settings, a third task for Priya in progress
warns and names her. A slipped task's reason gets a kind, and Insights counts causes.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QWidget,
)

from leadjournal.ui.settings import SettingsDialog
from leadjournal.ui.tabs.weekly_plan.change_dialogs import TradeOffDialog
from leadjournal.ui.tabs.weekly_plan.tab import WeeklyPlanTab
from tests.journeys.conftest import Journey, open_step
from tests.journeys.test_first_week import chart_of, open_insights
from tests.journeys.test_friday_review import (
    at_the_desk,
    click,
    pick,
    plan_monday,
    type_into,
)

URGENT = "Write the outage report for the customer"
MOVED = "Migrate the old macros to the new help desk"
WHY = "The customer escalated the outage"


def answer_trade_off(journey: Journey, moved: str | None, why: str, seen: list[str]) -> None:
    """Answer "What moves to make room?": pick the task that moves (or nothing), say why,
    and press Enter."""

    def respond(widget: QWidget) -> None:
        assert isinstance(widget, TradeOffDialog)
        seen.append(widget.windowTitle())
        journey.shot("trade-off-dialog", widget)
        if moved is not None:
            widget.moved.setFocus()
            widget.moved.setCurrentIndex(widget.moved.findText(moved))
            journey.qtbot.mouseClick(widget.to_next_week, Qt.MouseButton.LeftButton)
        type_into(journey, widget.why, why, enter=True)

    journey.answer(respond)


def type_hours(journey: Journey, box: QAbstractSpinBox, hours: str) -> None:
    """Type a number of hours into a spin box and press Enter."""
    box.setFocus()
    box.selectAll()
    journey.qtbot.keyClicks(box, hours)
    journey.qtbot.keyClick(box, Qt.Key.Key_Return)


def answer_question(journey: Journey, said: list[str], yes: bool) -> None:
    """Read the question the app asks and click Yes or No."""

    def respond(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox)
        said.append(widget.text())
        button = widget.button(
            QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No
        )
        journey.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    journey.answer(respond)


def switch_on_wip_limit(journey: Journey) -> None:
    done: list[bool] = []

    def respond(widget: QWidget) -> None:
        assert isinstance(widget, SettingsDialog)
        widget.pages.setCurrentIndex(1)  # General
        assert not widget.wip_on.isChecked()  # off by default
        journey.qtbot.mouseClick(widget.wip_on, Qt.MouseButton.LeftButton)
        assert widget.wip_limit.value() == 2
        journey.shot("settings-wip-limit", widget)
        box = widget.findChild(QDialogButtonBox)
        assert box is not None
        save = box.button(QDialogButtonBox.StandardButton.Save)
        journey.qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        done.append(True)

    journey.answer(respond)
    journey.window.settings_action.trigger()
    journey.qtbot.waitUntil(lambda: bool(done), timeout=5000)


def card_column(weekly: WeeklyPlanTab, title: str) -> str:
    tracker = weekly.tracker
    for status, column in tracker.columns.items():
        for i in range(column.count()):
            item = column.item(i)
            if item is not None and item.text().startswith(title):
                return status
    raise AssertionError(f"{title} is not on the board")


def move_right(journey: Journey, weekly: WeeklyPlanTab, title: str) -> None:
    """Click a card and press Ctrl+Right, as the Tracker's hint says."""
    tracker = weekly.tracker
    for column in tracker.columns.values():
        for i in range(column.count()):
            item = column.item(i)
            if item is not None and item.text().startswith(title):
                journey.qtbot.mouseClick(
                    column.viewport(),
                    Qt.MouseButton.LeftButton,
                    pos=column.visualItemRect(item).center(),
                )
                journey.qtbot.keyClick(
                    QApplication.focusWidget(),
                    Qt.Key.Key_Right,
                    Qt.KeyboardModifier.ControlModifier,
                )
                return
    raise AssertionError(f"{title} is not on the board")


def test_a_week_of_change_control(journey: Journey) -> None:
    window = plan_monday(journey)
    weekly = window.weekly_plan
    execution = weekly.execution
    capacity = execution.capacity_panel
    # Monday: 40 team hours, 6 of them kept free as a buffer.
    type_hours(journey, capacity.capacity, "40")
    type_hours(journey, capacity.buffer_hours, "6")
    type_into(journey, capacity.buffer, "Support escalations")
    note = capacity.capacity_note.text()
    assert "for 34 h available" in note and "40 h less a 6 h buffer" in note
    # A deep-work block protects the escalation handbook.
    pick(journey, capacity.protects[0], "Write the escalation handbook")
    for size in ((1280, 800), (1024, 700)):
        window.resize(*size)
        journey.shot(f"capacity-buffer-{size[0]}", capacity)
    window.resize(1280, 800)

    # Wednesday: something urgent comes in after the plan was confirmed.
    window = at_the_desk(journey, journey.next_morning(days=2))
    weekly = window.weekly_plan
    open_step(journey, weekly, 1)
    execution = weekly.execution
    capacity = execution.capacity_panel
    assert capacity.buffer_hours.value() == 6
    assert capacity.protects[0].currentText() == "Write the escalation handbook"
    asked: list[str] = []
    answer_trade_off(journey, MOVED, WHY, asked)
    type_into(journey, execution.new_task, URGENT, enter=True)
    journey.qtbot.waitUntil(lambda: bool(asked))
    assert asked == ["What moves to make room?"]
    journey.qtbot.waitUntil(lambda: execution.new_task.text() == "")
    owner_field = execution.owner.lineEdit()
    assert owner_field is not None
    type_into(journey, owner_field, "Priya Nair", enter=True)
    # A second one fits in the buffer: nothing moves.
    asked.clear()
    answer_trade_off(journey, None, "Ten minutes, and the buffer is for this", asked)
    type_into(journey, execution.new_task, "Call the customer back", enter=True)
    journey.qtbot.waitUntil(lambda: bool(asked))
    journey.qtbot.waitUntil(lambda: execution.new_task.text() == "")
    owner_field = execution.owner.lineEdit()
    assert owner_field is not None
    type_into(journey, owner_field, "Priya Nair", enter=True)

    # The moved task says where it went on the board.
    open_step(journey, weekly, 2)
    tracker = weekly.tracker
    moved_card = next(
        tracker.columns["not_started"].item(i)
        for i in range(tracker.columns["not_started"].count())
        if tracker.columns["not_started"].item(i).text().startswith(MOVED)
    )
    assert "→ Carried to next week" in moved_card.text()

    # The work-in-progress limit, switched on: Priya's third task in progress warns.
    switch_on_wip_limit(journey)
    at_the_desk(journey, window)
    move_right(journey, weekly, "Tidy the shared inbox rules")
    move_right(journey, weekly, URGENT)
    assert card_column(weekly, URGENT) == "in_progress"
    said: list[str] = []
    answer_question(journey, said, yes=False)
    move_right(journey, weekly, "Call the customer back")
    journey.qtbot.waitUntil(lambda: bool(said))
    assert said[0].startswith("Priya Nair already has 2 tasks in progress")
    assert card_column(weekly, "Call the customer back") == "not_started"
    said.clear()
    answer_question(journey, said, yes=True)
    move_right(journey, weekly, "Call the customer back")
    journey.qtbot.waitUntil(lambda: bool(said))
    journey.qtbot.waitUntil(lambda: card_column(weekly, "Call the customer back") == "in_progress")
    journey.shot("tracker-wip")

    # Thursday: the stakeholder update's draft names the change.
    window = at_the_desk(journey, journey.next_morning())
    weekly = window.weekly_plan
    open_step(journey, weekly, 5)
    align = weekly.align
    draft = next(b for b in align.findChildren(QPushButton) if b.text() == "Draft from this week")
    click(journey, draft)
    assert f"“{MOVED}” moved to next week — {WHY}" in align.update_text.toPlainText()

    # Friday: the review shows the change, and a slipped task's cause is chosen.
    window = at_the_desk(journey, journey.next_morning())
    weekly = window.weekly_plan
    open_step(journey, weekly, 6)
    review = weekly.review
    assert review.change_log.isVisible()
    log = review.change_log.entries.text()
    assert f"Added “{URGENT}” on 2 Dec: “{MOVED}” moved to next week — {WHY}" in log
    assert "Added “Call the customer back” on 2 Dec: nothing moved" in log
    handbook = next(
        t
        for t, cause in review.slip_causes.items()
        if "escalation handbook" in cause.accessibleName()
    )
    pick(journey, review.slip_causes[handbook], "Estimate")
    for size in ((1280, 800), (1024, 700)):
        window.resize(*size)
        journey.shot(f"review-changes-{size[0]}", review)
    window.resize(1280, 800)

    # Insights: what makes work slip, week by week over a short range.
    insights = open_insights(journey.qtbot, window)
    panel = insights.panels["slip_causes"]
    chart = chart_of(journey.qtbot, insights, panel)
    assert chart.title() == "Why tasks slipped"
    assert "Estimate" in panel.legend.text() and "Scope&nbsp;change" in panel.legend.text()
    data = panel.data
    assert data is not None
    # The week of 30 November: one slipped for its estimate, one moved for the urgent task,
    # and none left without a cause (the last column).
    assert data.rows == [("30 Nov", 1, 0, 0, 1, 0, 0, 0)]
    journey.shot("insights-slip-causes", panel)
    assert journey.clock.now().date() == dt.date(2026, 12, 4)
