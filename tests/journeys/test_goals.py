"""Goals above the week: on an empty journal a new supervisor sets a goal from Monday's
Direction step, links two weeks' outcomes to it, sees those weeks in Insights, and closes
the goal as achieved, saying what got it there."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QToolButton,
    QWidget,
)

from leadjournal.ui.main_window import MainWindow
from leadjournal.ui.tabs.weekly_plan.goals import CloseGoalDialog, GoalDialog
from tests.journeys.conftest import Journey, welcome_answers
from tests.journeys.test_first_week import open_insights
from tests.journeys.test_friday_review import at_the_desk, click, pick, type_into
from tests.ui.helpers import scroll_to_chart

GOAL = "Customers get a first answer within the hour"
MEASURE = "Median first answer under 60 minutes, every week"


def press(journey: Journey, button: QToolButton) -> None:
    journey.qtbot.waitUntil(button.isVisible)  # a row just built shows on the next turn
    assert button.isEnabled(), button.text()
    journey.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def save(journey: Journey, dialog: QWidget) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    button = buttons.button(QDialogButtonBox.StandardButton.Save)
    assert button.isEnabled()
    journey.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def write_in(journey: Journey, dialog: QWidget, name: str, text: str) -> None:
    field = dialog.findChild(QLineEdit, name) or dialog.findChild(QPlainTextEdit, name)
    assert field is not None, name
    field.setFocus()
    journey.qtbot.keyClicks(field, text)


def plan_the_week(journey: Journey, window: MainWindow, outcome: str) -> None:
    weekly = window.weekly_plan
    click(journey, weekly.plan_button)
    type_into(journey, weekly.direction.outcome, outcome)


def shots(journey: Journey, name: str) -> None:
    journey.shot(f"{name}-1280")
    journey.window.resize(1024, 700)
    journey.shot(f"{name}-1024")
    journey.window.resize(1280, 800)


def test_a_goal_over_two_weeks_seen_in_insights_and_achieved(journey: Journey) -> None:
    qtbot = journey.qtbot
    window = at_the_desk(journey, journey.open(welcome_answers()))
    plan_the_week(journey, window, "Chat rota covers 9 to 5 by Friday")
    direction = window.weekly_plan.direction
    picker, card = direction.goal_picker, direction.goals_card
    # An empty journal: no goal to pick, and the card says what a goal is.
    assert [picker.combo.itemText(i) for i in range(picker.combo.count())] == [
        "No goal — this week stands on its own"
    ]
    assert "No open goal" in card.summary.text()
    assert not card.closed_button.isVisible()

    # "New goal…" beside the outcome: the goal is set and this week moves it.
    def new_goal(dialog: QWidget) -> None:
        assert isinstance(dialog, GoalDialog)
        assert dialog.windowTitle() == "New goal"
        write_in(journey, dialog, "title", GOAL)
        write_in(journey, dialog, "why", "Slow answers are the top complaint in the survey.")
        write_in(journey, dialog, "measure", MEASURE)
        assert dialog.horizon.currentText() == "This quarter"
        assert dialog.until.text() == "until Thu 31 Dec 2026"
        journey.shot("goal-dialog", dialog)
        save(journey, dialog)

    seen = journey.answer(new_goal)
    press(journey, picker.new_button)
    qtbot.waitUntil(lambda: bool(seen))
    direction = window.weekly_plan.direction
    qtbot.waitUntil(lambda: direction.goal_picker.combo.currentText() == GOAL)
    card = direction.goals_card
    goal_id = next(iter(card.row_titles))
    assert card.row_titles[goal_id].text() == GOAL
    detail = card.row_titles[goal_id].parentWidget()
    assert detail is not None
    assert any(
        label.text() == "This quarter, until Thu 31 Dec 2026 · 1 week of progress"
        for label in detail.findChildren(type(card.summary))
    )
    shots(journey, "goals-direction")

    # A week later: a new week, and the goal picked from the drop-down.
    window = at_the_desk(journey, journey.next_morning(days=7))
    plan_the_week(journey, window, "Chat macros for the ten commonest questions by Thursday")
    direction = window.weekly_plan.direction
    assert direction.goal_picker.combo.currentText() == "No goal — this week stands on its own"
    pick(journey, direction.goal_picker.combo, GOAL)
    direction = window.weekly_plan.direction
    qtbot.waitUntil(lambda: direction.goal_picker.combo.currentText() == GOAL)
    details = [
        w.text() for w in direction.goals_card.findChildren(type(direction.goals_card.summary))
    ]
    assert any(text.endswith("· 2 weeks of progress") for text in details)

    # Insights: the goal's two weeks, and none without a goal.
    insights = open_insights(qtbot, window)
    panel = insights.goals_panel
    scroll_to_chart(qtbot, insights, panel)  # below the fold, beside the last chart
    assert panel.stack.currentWidget() is panel.view
    assert panel.details.text() == f"<b>{GOAL}</b> — open, 2 weeks (30 Nov, 7 Dec)"
    assert panel.note.text() == "0 of 2 planned weeks moved no goal."
    assert panel.data is not None and panel.data.rows == [(GOAL, 2), ("No goal", 0)]
    journey.shot("goals-insights", panel)

    # Back on the plan: the goal is closed as achieved, with what got it there.
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(0).center())
    card = window.weekly_plan.direction.goals_card

    def close_it(dialog: QWidget) -> None:
        assert isinstance(dialog, CloseGoalDialog)
        achieved = dialog.findChild(QRadioButton, "achieved")
        assert achieved is not None and achieved.isChecked()
        assert not dialog.new_title.isVisible()  # only a changed goal asks for new words
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        assert not buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()  # why?
        write_in(journey, dialog, "reason", "The chat rota and the macros did it.")
        journey.shot("goal-close-dialog", dialog)
        save(journey, dialog)

    qtbot.waitUntil(
        lambda: goal_id in card.close_buttons and card.close_buttons[goal_id].isVisible()
    )
    seen = journey.answer(close_it)
    press(journey, card.close_buttons[goal_id])
    qtbot.waitUntil(lambda: bool(seen))
    direction = window.weekly_plan.direction
    card = direction.goals_card
    qtbot.waitUntil(lambda: "No open goal" in card.summary.text())
    # This week still shows the goal it moved, now achieved.
    assert direction.goal_picker.combo.currentText() == f"{GOAL} (achieved)"
    assert card.closed_button.text() == "Show 1 closed goal"
    press(journey, card.closed_button)

    def shown() -> list[str]:
        return [
            label.text() for label in card.findChildren(type(card.summary)) if label.isVisible()
        ]

    qtbot.waitUntil(lambda: GOAL in shown())
    texts = shown()
    assert "Achieved on Mon 7 Dec 2026".lower() in " ".join(texts).lower()
    assert f"Success looks like: {MEASURE}\nWhy: The chat rota and the macros did it." in texts
    assert goal_id in card.reopen_buttons
    shots(journey, "goals-closed")
    stored = journey.repositories.goals.get(goal_id)
    assert stored is not None
    assert (stored.status, stored.closed_on) == ("achieved", dt.date(2026, 12, 7))


def test_a_goal_set_from_the_card_is_changed_and_keeps_its_old_words(journey: Journey) -> None:
    qtbot = journey.qtbot
    window = at_the_desk(journey, journey.open(welcome_answers()))
    plan_the_week(journey, window, "Escalation guide reviewed by Priya by Thursday")
    card = window.weekly_plan.direction.goals_card
    journey.shot("goals-empty-card", card)

    def by_a_date(dialog: QWidget) -> None:
        assert isinstance(dialog, GoalDialog)
        write_in(journey, dialog, "title", "Priya handles escalations on her own")
        assert not dialog.target.isVisible()
        pick(journey, dialog.horizon, "By a date")
        assert dialog.target.isVisible() and not dialog.until.isVisible()
        dialog.target.set_value(dt.date(2027, 3, 31))
        save(journey, dialog)

    seen = journey.answer(by_a_date)
    click(journey, card.new_button)
    qtbot.waitUntil(lambda: bool(seen))
    direction = window.weekly_plan.direction
    picker = direction.goal_picker
    qtbot.waitUntil(lambda: picker.combo.count() == 2)
    # Set from the card, the goal is offered; this week is linked once it is picked.
    assert picker.combo.currentText() == "No goal — this week stands on its own"
    pick(journey, picker.combo, "Priya handles escalations on her own")
    direction = window.weekly_plan.direction
    card = direction.goals_card
    qtbot.waitUntil(lambda: bool(card.close_buttons))
    [goal_id] = card.close_buttons

    def changed(dialog: QWidget) -> None:
        assert isinstance(dialog, CloseGoalDialog)
        radio = dialog.findChild(QRadioButton, "changed")
        assert radio is not None
        qtbot.mouseClick(radio, Qt.MouseButton.LeftButton)
        assert dialog.new_title.isVisible() and "new words" in dialog.note.text()
        dialog.new_title.selectAll()
        write_in(journey, dialog, "new_title", "Priya and Marcus share the escalation queue")
        write_in(journey, dialog, "reason", "Marcus asked to grow into it too.")
        save(journey, dialog)

    seen = journey.answer(changed)
    press(journey, card.close_buttons[goal_id])
    qtbot.waitUntil(lambda: bool(seen))
    direction = window.weekly_plan.direction
    qtbot.waitUntil(
        lambda: (
            direction.goal_picker.combo.currentText()
            == "Priya and Marcus share the escalation queue"
        )
    )
    card = direction.goals_card
    [new_id] = card.close_buttons
    assert card.row_titles[new_id].text() == "Priya and Marcus share the escalation queue"
    press(journey, card.closed_button)
    qtbot.waitUntil(lambda: goal_id in card.row_titles)
    assert card.row_titles[goal_id].text() == "Priya handles escalations on her own"
    assert goal_id not in card.reopen_buttons  # it carries on in its new words
    texts = [label.text() for label in card.findChildren(QLabel)]
    assert (
        "Why: Marcus asked to grow into it too.\n"
        "Carries on as “Priya and Marcus share the escalation queue”"
    ) in texts
    shots(journey, "goals-changed")
    old = journey.repositories.goals.get(goal_id)
    assert old is not None
    assert (old.status, old.replaced_by_id, old.close_reason) == (
        "changed",
        new_id,
        "Marcus asked to grow into it too.",
    )
