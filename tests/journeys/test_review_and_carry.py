"""Friday's review as a person closes it, and what Monday and Thursday make of it.

A refused close says which task is still undecided and shows it; a closed week can't be
changed until reopened; carried and re-scoped tasks keep their priority and effort;
a dropped task keeps the reason in the person's words; an empty plan can't be confirmed;
Thursday's update names the decisions made and is signed.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from leadjournal.ui.main_window import MainWindow
from leadjournal.ui.tabs.weekly_plan.tab import WeeklyPlanTab
from tests.journeys.conftest import Journey, open_step, welcome_answers
from tests.journeys.test_friday_review import (
    LONG_TITLE,
    TASKS,
    at_the_desk,
    click,
    fill_dialog,
    in_view,
    pick,
    plan_monday,
    slipped_row,
    type_into,
)
from tests.lookup import child_item, stored_week

PRIORITY = "Onboarding ready for January"  # the one priority plan_monday sets


def friday(journey: Journey) -> tuple[MainWindow, WeeklyPlanTab]:
    """Monday planned, then Friday morning, the review open; nothing marked done."""
    plan_monday(journey)
    window = at_the_desk(journey, journey.next_morning(days=4))
    weekly = window.weekly_plan
    assert weekly.current_step() == 6
    return window, weekly


def rescope(journey: Journey, title: str, hours: str) -> list[str]:
    """Answer the re-scope dialog: the smaller task's title and its effort in hours."""

    def respond(dialog: QWidget) -> None:
        field = dialog.findChild(QLineEdit, "smaller_title")
        assert field is not None
        type_into(journey, field, title)
        spin = dialog.findChild(QWidget, "smaller_hours")
        assert spin is not None
        spin_line = spin.findChild(QLineEdit)
        assert spin_line is not None
        type_into(journey, spin_line, hours)
        journey.qtbot.keyClick(field, Qt.Key.Key_Return)

    return journey.answer(respond)


def decide_all(journey: Journey, weekly: WeeklyPlanTab) -> None:
    """Carry the macros, re-scope the handbook (3 h), drop the two others."""
    _reason, choice, _went = slipped_row(weekly, "Migrate the old macros")
    pick(journey, choice, "Carry over")
    _reason, choice, _went = slipped_row(weekly, "escalation handbook")
    seen = rescope(journey, "Draft the handbook's first two sections", "3")
    pick(journey, choice, "Re-scope")
    journey.qtbot.waitUntil(lambda: bool(seen))
    for title in ("shared inbox rules", "onboarding guide"):
        reason, choice, _went = slipped_row(weekly, title)
        type_into(journey, reason, "Depends on the rota, which changes in January")
        pick(journey, choice, "Drop")


def test_a_refused_close_names_the_open_task_and_shows_it(journey: Journey) -> None:
    window, weekly = friday(journey)
    review = weekly.review
    for title in ("Migrate the old macros", "escalation handbook", "shared inbox rules"):
        reason, choice, _went = slipped_row(weekly, title)
        type_into(journey, reason, "Depends on the rota")
        pick(journey, choice, "Drop")
    # A dropped reason keeps the person's own words, capital and all.
    assert slipped_row(weekly, "shared inbox rules")[2] == "→ Dropped: Depends on the rota"

    told: list[str] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        told.append(dialog.text())
        journey.shot(f"review-refused-dialog-{window.width()}")
        journey.qtbot.keyClick(dialog, Qt.Key.Key_Return)

    for size in ((1280, 800), (1024, 700)):
        window.resize(*size)
        told.clear()
        journey.answer(read)
        click(journey, review.close_button)  # scrolled down to it, as a person does
        journey.qtbot.waitUntil(lambda: bool(told))
        journey.qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
        # The message names the one task still open …
        assert f"“{LONG_TITLE}” is still open" in told[0]
        assert "Migrate the old macros" not in told[0]
        # … and the page shows its row, marked, with the keyboard on its decision.
        _reason, choice, went = slipped_row(weekly, "onboarding guide")
        assert went.startswith("⚠ Still to decide")
        assert in_view(choice)
        at_the_desk(journey, window)  # back in the window (no window manager here)
        journey.qtbot.waitUntil(choice.hasFocus)
        assert review.close_button.text() == "Close the week"
        journey.shot(f"review-refused-{size[0]}")
    window.resize(1280, 800)


def test_a_closed_week_is_read_only_until_reopened(journey: Journey) -> None:
    window, weekly = friday(journey)
    decide_all(journey, weekly)
    review = weekly.review
    type_into(journey, review.next_focus, "Macros migrated and the handbook drafted")
    for size in ((1280, 800), (1024, 700)):
        window.resize(*size)
        journey.shot(f"review-open-{size[0]}")
    window.resize(1280, 800)
    click(journey, review.close_button)
    assert review.close_state.text().startswith("✓ This week is closed")

    # Nothing on the page takes a change now; typing leaves the focus as it was.
    fields = [
        review.next_focus,
        review.pulse,
        review.recognised_what,
        *review.lesson_fields.values(),
    ]
    assert all(field.isReadOnly() for field in fields)
    assert not review.recognised.isEnabled() and not review.pulse_score.isEnabled()
    for reason, choice in review.slip_editors.values():
        assert reason.isReadOnly() and not choice.isEnabled()
    review.next_focus.setFocus()
    journey.qtbot.keyClicks(review.next_focus, " and more")
    assert review.next_focus.text() == "Macros migrated and the handbook drafted"
    weekly.flush_pending_edits()
    following = weekly.planner.week(dt.date(2026, 12, 7))
    assert following is not None
    assert following.outcome == "Macros migrated and the handbook drafted"
    for size in ((1280, 800), (1024, 700)):
        window.resize(*size)
        journey.shot(f"review-closed-{size[0]}")
    window.resize(1280, 800)

    click(journey, review.close_button)  # "Reopen the week"
    assert review.close_button.text() == "Close the week"
    assert not review.next_focus.isReadOnly()
    reason, choice, _went = slipped_row(weekly, "shared inbox rules")
    assert not reason.isReadOnly() and choice.isEnabled()


def test_next_monday_keeps_the_priority_and_effort_of_what_friday_carried(
    journey: Journey,
) -> None:
    window, weekly = friday(journey)
    decide_all(journey, weekly)
    assert slipped_row(weekly, "Migrate the old macros")[2] == "→ Carried to next week"
    type_into(journey, weekly.review.next_focus, "Macros migrated and the handbook drafted")
    click(journey, weekly.review.close_button)

    window = at_the_desk(journey, journey.next_morning(days=3))
    weekly = window.weekly_plan
    direction = weekly.direction
    assert weekly.current_step() == 0 and direction.outcome.isVisible()
    assert direction.outcome.text() == "Macros migrated and the handbook drafted"
    # Friday's words are not second-guessed on the first view …
    assert not direction.outcome_hint.isVisible()
    journey.shot("monday-after-carry-direction")
    # … the tip comes once the person edits the outcome.
    direction.outcome.setFocus()
    journey.qtbot.keyClick(direction.outcome, Qt.Key.Key_End)
    journey.qtbot.keyClicks(direction.outcome, " soon")
    assert direction.outcome_hint.isVisible()
    assert direction.priorities_box.count() == 1  # the priority came along

    open_step(journey, weekly, 1)
    tree = weekly.execution.tree
    groups = {}
    for g in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(g)
        assert group is not None
        groups[group.text(0)] = [
            (child_item(group, i).text(0), child_item(group, i).text(2))
            for i in range(group.childCount())
        ]
    assert list(groups) == [PRIORITY]  # no "No priority yet"
    assert sorted(groups[PRIORITY]) == [
        ("Draft the handbook's first two sections", "3 h"),
        ("Migrate the old macros to the new help desk", ""),
    ]


def test_a_full_next_week_takes_a_carried_task_without_its_priority_and_says_so(
    journey: Journey,
) -> None:
    _window, weekly = friday(journey)
    # Next week was planned ahead already, with its three priorities.
    following = weekly.planner.start_week(dt.date(2026, 12, 7))
    for title in ("Backlog", "Chat rota", "Quarterly report"):
        weekly.planner.add_priority(following, title)
        following = stored_week(weekly.planner, following.week_start)
    _reason, choice, _went = slipped_row(weekly, "Migrate the old macros")
    pick(journey, choice, "Carry over")
    went = slipped_row(weekly, "Migrate the old macros")[2]
    assert went == (
        f"→ Carried to next week — without its priority “{PRIORITY}”: next week has three already"
    )


def test_an_empty_plan_cannot_be_confirmed_and_the_task_box_says_where(
    journey: Journey,
) -> None:
    window = at_the_desk(journey, journey.open(welcome_answers()))
    weekly = window.weekly_plan
    click(journey, weekly.plan_button)
    type_into(journey, weekly.direction.outcome, "Every January starter has a guide by Friday")
    open_step(journey, weekly, 1)
    execution = weekly.execution
    confirm = execution.confirm_button
    assert confirm.isVisible() and not confirm.isEnabled()
    assert confirm.toolTip() == "Add at least one task first."
    assert execution.plan_state.text().startswith("Add at least one task first")
    assert execution.new_task.placeholderText() == "New task, with no priority yet — press Enter"
    journey.shot("monday-empty-plan")

    open_step(journey, weekly, 0)
    asked = fill_dialog(journey, text="Onboarding ready for January")
    click(journey, weekly.direction.add_priority_button)
    journey.qtbot.waitUntil(lambda: bool(asked))
    open_step(journey, weekly, 1)
    assert execution.new_task.placeholderText() == f"New task under “{PRIORITY}” — press Enter"
    type_into(journey, execution.new_task, TASKS[0][0], enter=True)
    assert confirm.isEnabled()
    click(journey, confirm)
    assert "plan is confirmed" in execution.plan_state.text()


def test_thursday_update_names_the_decisions_made_and_is_signed(journey: Journey) -> None:
    plan_monday(journey)
    window = at_the_desk(journey, journey.next_morning(days=3))  # Thursday: align
    weekly = window.weekly_plan
    assert weekly.current_step() == 5
    align = weekly.align
    type_into(journey, align.decision, "Pause the chat channel on Fridays")
    type_into(journey, align.reason, "Two people cover the phones instead")
    click(journey, next(b for b in align.findChildren(QPushButton) if b.text() == "Log decision"))
    assert align.table.rowCount() == 1

    click(
        journey,
        next(b for b in align.findChildren(QPushButton) if b.text() == "Draft from this week"),
    )
    shown = align.update_view.toPlainText()
    assert "Decisions made this week" in shown
    assert "Pause the chat channel on Fridays — Two people cover the phones instead" in shown
    assert "Decisions needed" not in shown and "(add any decision" not in shown
    assert shown.rstrip().endswith("— Sam Lee")
    for size in ((1280, 800), (1024, 700)):
        window.resize(*size)
        journey.qtbot.wait(50)
        # The update is as tall as its text: nothing hides behind a scroll bar.
        assert not align.update_view.verticalScrollBar().isVisible(), size
        journey.shot(f"thursday-align-signed-{size[0]}")
    window.resize(1280, 800)

    click(journey, next(b for b in align.findChildren(QPushButton) if b.text() == "Copy as text"))
    copied = QGuiApplication.clipboard().text()
    assert "Decisions made this week:\n• Pause the chat channel on Fridays" in copied
    assert "Decisions needed" not in copied and copied.rstrip().endswith("— Sam Lee")

    # "Decisions needed" lists what was asked for on Thursday (issue 22: no empty heading
    # to fill in); the edited text is what is copied.
    click(journey, align.edit_button)
    assert "Decisions needed" not in align.update_text.toPlainText()
    journey.qtbot.keyClick(align.update_text, Qt.Key.Key_End)
    for line in ("", "## Decisions needed", "- A budget for the January hires"):
        journey.qtbot.keyClick(align.update_text, Qt.Key.Key_Return)
        journey.qtbot.keyClicks(align.update_text, line)
    click(journey, align.edit_button)
    copy_md = next(b for b in align.findChildren(QPushButton) if b.text() == "Copy as Markdown")
    click(journey, copy_md)
    assert "## Decisions needed\n- A budget for the January hires" in (
        QGuiApplication.clipboard().text()
    )
