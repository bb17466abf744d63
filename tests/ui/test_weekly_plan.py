"""The Weekly Plan tab used as a user would, read back through the repositories."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from leadjournal.db.models import WeekPlan
from leadjournal.db.repositories import Repositories
from leadjournal.services.weeks import WeekPlanner
from leadjournal.ui.saving import AUTOSAVE_DELAY_MS
from leadjournal.ui.tabs.weekly_plan.header import week_label
from leadjournal.ui.tabs.weekly_plan.tab import WeeklyPlanTab

MONDAY = dt.date(2026, 11, 23)
THURSDAY = dt.date(2026, 11, 26)


@pytest.fixture
def tab(qtbot: QtBot, repos: Repositories) -> WeeklyPlanTab:
    widget = WeeklyPlanTab(repos, today=lambda: THURSDAY)
    asked: list[str] = []
    told: list[str] = []
    widget.asked = asked  # type: ignore[attr-defined]
    widget.told = told  # type: ignore[attr-defined]

    def confirm(_title: str, text: str) -> bool:
        asked.append(text)
        return True

    widget.confirm = confirm
    widget.inform = lambda _title, text: told.append(text)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def test_week_label() -> None:
    assert week_label(MONDAY).startswith("Week 48 · 23–29 Nov")
    assert "30 Nov – 6 Dec" in week_label(dt.date(2026, 11, 30))


def test_empty_week_offers_to_plan_it_prefilled_from_last_friday(
    qtbot: QtBot, repos: Repositories
) -> None:
    planner = WeekPlanner(repos)
    last = planner.start_week(MONDAY - dt.timedelta(days=7))
    repos.weeks.update(last.id, next_week_focus="Every billing ticket answered by Friday")
    slipped = planner.add_task(last, "Clear the billing queue")
    planner.decide_slipped_task(planner.week(last.week_start), slipped, "carry_over", "Wave")  # type: ignore[arg-type]

    widget = WeeklyPlanTab(repos, today=lambda: THURSDAY)
    qtbot.addWidget(widget)
    assert widget.body.currentWidget() is widget.empty_state
    assert "Every billing ticket answered by Friday" in widget.empty_hint.text()
    qtbot.mouseClick(widget.plan_button, Qt.MouseButton.LeftButton)
    assert widget.direction.outcome.text() == "Every billing ticket answered by Friday"
    week = repos.weeks.get(MONDAY)
    assert week is not None
    assert [t.title for t in week.tasks] == ["Clear the billing queue"]


def test_opens_on_todays_step(tab: WeeklyPlanTab) -> None:
    assert tab.current_step() == 5  # Thursday · Align


def test_typing_is_saved_even_when_switching_week_mid_sentence(
    qtbot: QtBot, tab: WeeklyPlanTab, repos: Repositories
) -> None:
    qtbot.mouseClick(tab.plan_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tab.direction.outcome, "Ship 3 help artic")
    tab.next_week()  # before the autosave delay has passed
    assert repos.weeks.get(MONDAY).outcome == "Ship 3 help artic"  # type: ignore[union-attr]
    tab.previous_week()
    assert tab.direction.outcome.text() == "Ship 3 help artic"


def test_typing_is_saved_after_a_pause(
    qtbot: QtBot, tab: WeeklyPlanTab, repos: Repositories
) -> None:
    qtbot.mouseClick(tab.plan_button, Qt.MouseButton.LeftButton)
    tab.show_step(0)
    qtbot.keyClicks(tab.direction.why, "Customers renew this month")
    qtbot.waitUntil(
        lambda: repos.weeks.get(MONDAY).why == "Customers renew this month",  # type: ignore[union-attr]
        timeout=AUTOSAVE_DELAY_MS * 4,
    )


def test_outcome_without_a_measure_gets_a_hint(qtbot: QtBot, tab: WeeklyPlanTab) -> None:
    qtbot.mouseClick(tab.plan_button, Qt.MouseButton.LeftButton)
    tab.show_step(0)
    qtbot.keyClicks(tab.direction.outcome, "Improve onboarding")
    assert tab.direction.outcome_hint.isVisible()
    qtbot.keyClicks(tab.direction.outcome, " so 3 new starters finish it by Friday")
    assert not tab.direction.outcome_hint.isVisible()


def test_fourth_priority_is_refused_and_nothing_is_renamed(
    qtbot: QtBot, tab: WeeklyPlanTab, repos: Repositories
) -> None:
    qtbot.mouseClick(tab.plan_button, Qt.MouseButton.LeftButton)
    for title in ("Backlog", "Chat rota", "Hiring"):
        assert tab.direction.add_priority(title)
    assert not tab.direction.add_priority_button.isEnabled()
    assert tab.direction.limit_reason.isVisibleTo(tab)
    assert not tab.direction.add_priority("Quarterly report")
    assert "Set one aside" in tab.told[-1]  # type: ignore[attr-defined]
    titles = [p.title for p in repos.weeks.get(MONDAY).priorities]  # type: ignore[union-attr]
    assert titles == ["Backlog", "Chat rota", "Hiring"]


def test_add_task_and_type_a_new_owner(
    qtbot: QtBot, tab: WeeklyPlanTab, repos: Repositories
) -> None:
    qtbot.mouseClick(tab.plan_button, Qt.MouseButton.LeftButton)
    tab.direction.add_priority("Backlog")
    tab.show_step(1)
    page = tab.execution
    qtbot.keyClicks(page.new_task, "Sweep old tickets")
    qtbot.keyClick(page.new_task, Qt.Key.Key_Return)
    assert page.selected_task() is not None
    page.owner.setEditText("Jordan Blake")
    page.set_owner_text(page.owner.currentText())
    assert any("Add Jordan Blake" in text for text in tab.asked)  # type: ignore[attr-defined]
    jordan = repos.people.find_by_name("Jordan Blake")
    assert jordan is not None
    (task,) = repos.weeks.get(MONDAY).tasks  # type: ignore[union-attr]
    assert (task.title, task.owner_person_id, task.owned_by_me) == (
        "Sweep old tickets",
        jordan.id,
        False,
    )
    assert task.priority_id == repos.weeks.get(MONDAY).priorities[0].id  # type: ignore[union-attr]


def test_dependency_loop_in_the_form_is_refused(
    qtbot: QtBot, tab: WeeklyPlanTab, repos: Repositories
) -> None:
    qtbot.mouseClick(tab.plan_button, Qt.MouseButton.LeftButton)
    tab.show_step(1)
    page = tab.execution
    first = page.add_task("Draft report")
    second = page.add_task("Review report")
    assert first and second
    assert page.set_dependencies([first])  # Review waits on Draft
    page.select_task(first)
    assert not page.set_dependencies([second])
    assert "“Draft report” → “Review report” → “Draft report”" in tab.told[0]  # type: ignore[attr-defined]
    draft = repos.weeks.get_task(first)
    assert draft is not None and draft.depends_on == []


def test_tracker_moves_by_keyboard_and_undo(
    qtbot: QtBot, tab: WeeklyPlanTab, repos: Repositories
) -> None:
    qtbot.mouseClick(tab.plan_button, Qt.MouseButton.LeftButton)
    task_id = tab.planner.add_task(repos.weeks.get(MONDAY), "Publish the rota")  # type: ignore[arg-type]
    tab.reload()
    tab.show_step(2)
    board = tab.tracker
    assert board.card_ids("not_started") == [task_id]
    column = board.columns["not_started"]
    column.setFocus()
    column.setCurrentRow(0)
    qtbot.keyClick(column, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert repos.weeks.get_task(task_id).status == "in_progress"  # type: ignore[union-attr]
    assert board.card_ids("in_progress") == [task_id]
    tab.undo_stack.undo()
    assert repos.weeks.get_task(task_id).status == "not_started"  # type: ignore[union-attr]
    tab.undo_stack.redo()
    assert board.card_ids("in_progress") == [task_id]


def test_moving_a_task_with_unfinished_dependency_asks(
    tab: WeeklyPlanTab, repos: Repositories
) -> None:
    week = tab.planner.start_week(MONDAY)
    first = tab.planner.add_task(week, "Pull figures")
    second = tab.planner.add_task(week, "Write report")
    tab.planner.set_dependencies(tab.planner.week(MONDAY), second, [first])  # type: ignore[arg-type]
    tab.reload()
    tab.confirm = lambda _t, _x: False
    assert not tab.move_task(second, "done")
    assert repos.weeks.get_task(second).status == "not_started"  # type: ignore[union-attr]
    tab.confirm = lambda _t, _x: True
    assert tab.move_task(second, "done")
    assert repos.weeks.get_task(second).status == "done"  # type: ignore[union-attr]


def test_recurring_blocker_is_flagged_in_the_checkin(
    qtbot: QtBot, tab: WeeklyPlanTab, repos: Repositories
) -> None:
    marcus = repos.people.add("Marcus")
    earlier = tab.planner.start_week(MONDAY - dt.timedelta(days=14))
    tab.planner.follow_ups.raise_blocker(
        earlier.id, marcus.id, "Refund approvals stuck with billing"
    )
    week = tab.planner.start_week(MONDAY)
    tab.planner.add_task(week, "Refunds", owned_by_me=False, owner_person_id=marcus.id)
    tab.reload()
    tab.show_step(3)
    blocked = tab.checkin.editors[(marcus.id, "blocked")]
    qtbot.keyClicks(blocked, "billing refund approvals again")
    flag = tab.checkin.recurring[marcus.id]
    assert flag.isVisible()
    assert "Recurring" in flag.text()
    tab.flush_pending_edits()
    # Kept as a blocker of this week, the earlier one still open beside it.
    (now,) = repos.blockers.raised_in(week.id)
    assert (now.person_id, now.what, now.resolved_on) == (
        marcus.id,
        "billing refund approvals again",
        None,
    )
    assert [b.what for b in repos.blockers.open(marcus.id)] == [
        "Refund approvals stuck with billing",
        "billing refund approvals again",
    ]


def test_stakeholder_update_draft_and_copy(
    qtbot: QtBot, tab: WeeklyPlanTab, repos: Repositories
) -> None:
    week = tab.planner.start_week(MONDAY)
    repos.weeks.update(week.id, outcome="Report sent by Thursday")
    tab.planner.add_priority(week, "Quarterly report")
    tab.reload()
    tab.show_step(5)
    tab.align.draft_update()
    assert "Goal this week: Report sent by Thursday" in tab.align.update_text.toPlainText()
    copied = tab.align.copy_update(markdown=False)
    assert QGuiApplication.clipboard().text() == copied
    assert "## " not in copied and "Risks:" in copied
    tab.align.copy_update(markdown=True)
    assert "## Risks" in QGuiApplication.clipboard().text()
    tab.flush_pending_edits()
    assert "Quarterly report" in repos.weeks.get(MONDAY).stakeholder_update  # type: ignore[union-attr]


def test_decision_log_is_shared_across_weeks(
    qtbot: QtBot, tab: WeeklyPlanTab, repos: Repositories
) -> None:
    tab.planner.start_week(MONDAY)
    tab.reload()
    tab.show_step(5)
    qtbot.keyClicks(tab.align.decision, "Billing tickets answered by renewal date")
    qtbot.keyClicks(tab.align.reason, "Renewing customers decide now")
    qtbot.keyClick(tab.align.decision, Qt.Key.Key_Return)
    tab.next_week()
    tab.planner.start_week(MONDAY + dt.timedelta(days=7))
    tab.reload()
    assert tab.align.table.rowCount() == 1
    assert tab.align.table.item(0, 2).text() == "Billing tickets answered by renewal date"  # type: ignore[union-attr]
    qtbot.keyClicks(tab.align.filter, "nothing like this")
    assert tab.align.table.rowCount() == 0


def review_with_a_slipped_task(tab: WeeklyPlanTab) -> tuple[WeekPlan, int]:
    """This week planned with one task not done, and the Friday review shown."""
    week = tab.planner.start_week(MONDAY)
    slipped = tab.planner.add_task(week, "Escalation checklist")
    tab.reload()
    tab.show_step(6)
    return week, slipped


def test_friday_review_saves_slip_lesson_and_recognition(
    qtbot: QtBot, tab: WeeklyPlanTab, repos: Repositories
) -> None:
    priya = repos.people.add("Priya")
    week, slipped = review_with_a_slipped_task(tab)
    page = tab.review
    reason, choice = page.slip_editors[slipped]
    qtbot.keyClicks(reason, "The backlog sweep took Wednesday")
    choice.setCurrentIndex(choice.findData("carry_over"))
    page.decide(slipped)
    qtbot.keyClicks(page.lesson_fields["title"], "Split the backlog first")
    qtbot.keyClicks(page.lesson_fields["tags"], "Delegation, Backlog")
    page.recognised.setCurrentIndex(page.recognised.findData(priya.id))
    qtbot.keyClicks(page.recognised_impact, "great job")
    assert page.recognition_hint.isVisible()
    qtbot.keyClicks(page.recognised_impact, " so Tomas closed cases without waiting")
    assert not page.recognition_hint.isVisible()
    page.pulse_score.setCurrentIndex(page.pulse_score.findData(4))
    page._save_score()
    tab.flush_pending_edits()

    task = repos.weeks.get_task(slipped)
    assert task is not None
    assert (task.slip_reason, task.slip_decision) == (
        "The backlog sweep took Wednesday",
        "carry_over",
    )
    lesson = repos.weeks.review_lesson(week.id)
    assert lesson is not None
    assert (lesson.title, lesson.tags) == ("Split the backlog first", "delegation, backlog")
    recognition = repos.weeks.review_recognition(week.id)
    assert recognition is not None and recognition.person_id == priya.id
    assert tab.header.health_label.text() == "Team health: 4/5"
    next_week = tab.planner.start_week(MONDAY + dt.timedelta(days=7))
    assert [t.title for t in next_week.tasks] == ["Escalation checklist"]


def test_weekly_numbers_show_reliability(qtbot: QtBot, tab: WeeklyPlanTab) -> None:
    week = tab.planner.start_week(MONDAY)
    ids = [tab.planner.add_task(week, f"Task {n}") for n in range(4)]
    tab.planner.move_task(ids[0], "done")
    tab.reload()
    # Until the plan is confirmed the week is not counted, and says so (not "0%").
    assert tab.header.reliability_label.text() == "Delivery: plan not confirmed"
    assert tab.header.sparkline.values()[-1] is None
    tab.planner.repos.weeks.update(week.id, outcome="Refunds in a day")
    tab.planner.confirm_plan(tab.planner.week(MONDAY), dt.datetime.combine(MONDAY, dt.time(9)))  # type: ignore[arg-type]
    tab.reload()
    assert tab.header.reliability_label.text().startswith("Delivery: 25% (1 of 4)")
    assert tab.header.sparkline.values()[-1] == 0.25


def test_tab_leads_from_the_step_list_into_a_page_built_later(
    qtbot: QtBot, repos: Repositories
) -> None:
    """A step's page is built the first time it is shown; the Tab key still goes from
    the step list into it, not to what the window gained in the meantime."""
    WeekPlanner(repos).start_week(MONDAY)
    window = QWidget()
    layout = QVBoxLayout(window)
    tab = WeeklyPlanTab(repos, today=lambda: THURSDAY)
    layout.addWidget(tab)
    layout.addWidget(QPushButton("Added later"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tab.show_step(1)  # Monday · Plan the work: not built until now
    tab.step_list.setFocus()
    for _ in range(2):  # the page's scroll area, then its first field
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is not None and tab.execution.isAncestorOf(focused)


def test_tab_reaches_what_slipped_right_after_what_shipped(
    qtbot: QtBot, tab: WeeklyPlanTab
) -> None:
    """The slipped rows are made when the review is filled; Tab still meets them where
    they are on screen, between the shipped list and the lesson."""
    _week, slipped = review_with_a_slipped_task(tab)
    page = tab.review
    reason, choice = page.slip_editors[slipped]
    page.shipped.setFocus()
    qtbot.keyClick(page.shipped, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is reason
    qtbot.keyClick(reason, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is choice
    qtbot.keyClick(choice, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.slip_causes[slipped]  # the reason's kind
    qtbot.keyClick(page.slip_causes[slipped], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.lesson_fields["title"]


def test_the_plan_is_confirmed_after_the_tasks_and_asks_for_an_outcome_first(
    qtbot: QtBot, tab: WeeklyPlanTab, repos: Repositories
) -> None:
    qtbot.mouseClick(tab.plan_button, Qt.MouseButton.LeftButton)
    tab.show_step(1)
    page = tab.execution
    page.add_task("Publish the rota")
    assert page.confirm_button.isVisible()
    assert "All the tasks in?" in page.plan_state.text()
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    assert tab.told == ["Write the week's outcome first: the plan is set around one clear result."]  # type: ignore[attr-defined]
    assert tab.current_step() == 0 and tab.direction.outcome.hasFocus()
    qtbot.keyClicks(tab.direction.outcome, "Rota published by Wednesday")
    assert "you confirm the plan there" in tab.direction.plan_state.text()
    tab.show_step(1)
    qtbot.mouseClick(tab.execution.confirm_button, Qt.MouseButton.LeftButton)
    assert repos.weeks.get(MONDAY).confirmed_at is not None  # type: ignore[union-attr]
    assert not tab.execution.confirm_button.isVisible()
    assert tab.execution.plan_state.text().startswith("✓ This week's plan is confirmed")
    assert tab.step_list.item(1).text() == "Monday · Plan the work ✓"
    tab.show_step(0)
    assert tab.direction.plan_state.text().startswith("✓ This week's plan is confirmed")
