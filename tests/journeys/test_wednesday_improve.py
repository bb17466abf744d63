"""Wednesday: coach one person *and* improve one system.

Coaching alone does not finish Wednesday; the step says what is still missing. An
improvement is a record that lasts: a checklist written this week is still there next
week, is put in place, and then becomes a priority's "Done when" in one click, where one
line becomes an approval with its approver and sign-off.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QPlainTextEdit, QWidget

from leadjournal.ui.main_window import MainWindow
from leadjournal.ui.tabs.weekly_plan.criteria import CriterionRow
from leadjournal.ui.tabs.weekly_plan.improve import ImprovePage
from tests.journeys.conftest import Journey, open_step, tab_title
from tests.journeys.test_friday_review import (
    at_the_desk,
    click,
    fill_dialog,
    pick,
    plan_monday,
    type_into,
)

IMPROVE = 4
CHECKLIST = "Pre-review checklist"
ITEMS = ["Numbers match the source", "Spelling checked", "Owner named on every action"]


def add_improvement(
    journey: Journey, improve: ImprovePage, kind: str, title: str, items: list[str]
) -> None:
    """Write a new improvement in its dialog: kind, what, and its items one per line."""

    def respond(dialog: QWidget) -> None:
        from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit

        combo = dialog.findChild(QComboBox, "kind")
        assert combo is not None
        combo.setCurrentIndex(combo.findText(kind))
        what = dialog.findChild(QLineEdit, "title")
        assert what is not None
        type_into(journey, what, title)
        content = dialog.findChild(QPlainTextEdit, "content")
        assert content is not None
        journey.qtbot.mouseClick(content.viewport(), Qt.MouseButton.LeftButton)
        for number, item in enumerate(items):
            if number:
                journey.qtbot.keyClick(content, Qt.Key.Key_Return)
            journey.qtbot.keyClicks(content, item)
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        journey.qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    seen = journey.answer(respond)
    click(journey, improve.new_button)
    journey.qtbot.waitUntil(lambda: bool(seen))
    journey.qtbot.waitUntil(lambda: any(r.title.text() == title for r in improve.rows.values()))


def coach_someone(journey: Journey, window: MainWindow) -> None:
    """From the Improve step to the Coaching Log: one conversation with Jonas."""
    click(journey, window.weekly_plan.improve.coach_button)
    assert tab_title(window) == "Coaching Log"
    log = window.coaching_log
    people = log.people_list
    [row] = [i for i in range(people.count()) if people.item(i).text().startswith("Jonas Weber")]
    rect = people.visualItemRect(people.item(row))
    journey.qtbot.mouseClick(people.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    click(journey, log.coaching.new_button)
    journey.qtbot.keyClicks(log.coaching.skill, "Running an escalation call")
    bar = window.tabs.tabBar()
    journey.qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(0).center())
    assert tab_title(window) == "Weekly Plan"


def choose_from_menu(journey: Journey, text: str) -> list[str]:
    """Click ``text`` in the next pop-up menu, as a person does."""
    chosen: list[str] = []

    def look() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, look)
            return
        [action] = [a for a in menu.actions() if a.text() == text]
        chosen.append(action.text())
        journey.qtbot.mouseClick(
            menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center()
        )

    QTimer.singleShot(20, look)
    return chosen


def shots(journey: Journey, name: str) -> None:
    """Screenshots at the usual and the smallest supported window size."""
    journey.shot(f"{name}-1280")
    journey.window.resize(1024, 700)
    journey.shot(f"{name}-1024")
    journey.window.resize(1280, 800)


def step_text(window: MainWindow, index: int) -> str:
    item = window.weekly_plan.step_list.item(index)
    assert item is not None
    return item.text()


def test_a_checklist_lasts_goes_in_place_and_becomes_done_when(journey: Journey) -> None:
    plan_monday(journey)

    # Wednesday: a coaching conversation alone does not finish the step.
    window = at_the_desk(journey, journey.next_morning(days=2))
    weekly = window.weekly_plan
    improve = weekly.improve
    assert weekly.current_step() == IMPROVE
    assert improve.progress.text() == (
        "Still missing: a coaching conversation and an improvement worked on this week."
    )
    assert improve.none_open.isVisible()
    coach_someone(journey, window)
    improve = window.weekly_plan.improve
    assert improve.coaching.text() == "This week:\n• Jonas Weber: Running an escalation call"
    assert improve.progress.text() == (
        "Coaching ✓ — still missing: an improvement worked on this week."
    )
    assert step_text(window, IMPROVE) == "Wednesday · Improve"

    # The improvement: a checklist with three items.
    add_improvement(journey, improve, "Checklist", CHECKLIST, ITEMS)
    [row] = improve.rows.values()
    assert row.items.text() == "\n".join(f"{n}. {item}" for n, item in enumerate(ITEMS, 1))
    assert row.status.currentText() == "Idea"
    assert row.details.text() == "Started in the week of Mon 30 Nov 2026"
    assert not improve.none_open.isVisible()
    assert improve.progress.text() == (
        "✓ Wednesday is done: someone was coached and an improvement moved on."
    )
    assert step_text(window, IMPROVE) == "Wednesday · Improve ✓"
    shots(journey, "wednesday-improve-checklist")

    # Next Monday: a new week, and the checklist is still there, not yet in place.
    window = at_the_desk(journey, journey.next_morning(days=5))
    weekly = window.weekly_plan
    click(journey, weekly.plan_button)
    open_step(journey, weekly, IMPROVE)
    improve = weekly.improve
    [row] = improve.rows.values()
    assert row.title.text() == CHECKLIST
    assert row.details.text() == "Started in the week of Mon 30 Nov 2026"
    assert not improve.library_title.isVisible()
    pick(journey, row.status, "In place")
    journey.qtbot.waitUntil(lambda: improve.library_title.isVisible())
    [row] = improve.rows.values()
    assert row.status.currentText() == "In place"
    assert row.details.text() == "In place since the week of Mon 7 Dec 2026 · 3 items"
    shots(journey, "wednesday-improve-library")

    # On the first step: a priority, then the checklist as its "Done when" in one click.
    open_step(journey, weekly, 0)
    direction = weekly.direction
    asked = fill_dialog(journey, text="Quarterly report to the board")
    click(journey, direction.add_priority_button)
    journey.qtbot.waitUntil(lambda: bool(asked))
    journey.qtbot.waitUntil(lambda: direction.priorities_box.count() == 1)
    [use] = [
        b
        for b in direction.findChildren(QWidget)
        if b.accessibleName() == "Use a checklist for priority 1"
    ]
    chosen = choose_from_menu(journey, CHECKLIST)
    journey.qtbot.mouseClick(use, Qt.MouseButton.LeftButton)
    journey.qtbot.waitUntil(lambda: bool(chosen))
    journey.qtbot.waitUntil(lambda: len(direction.findChildren(CriterionRow)) == 3)
    rows = direction.findChildren(CriterionRow)
    assert [(r.text.text(), r.kind.currentText(), r.check.isChecked()) for r in rows] == [
        (item, "Quality check", False) for item in ITEMS
    ]
    assert not any(r.approval.isVisible() for r in rows)

    # The owner line becomes an approval: who approves it, then their sign-off.
    pick(journey, rows[2].kind, "Approval")
    journey.qtbot.waitUntil(
        lambda: any(r.approval.isVisible() for r in direction.findChildren(CriterionRow))
    )
    [approval] = [r for r in direction.findChildren(CriterionRow) if r.approval.isVisible()]
    assert approval.text.text() == ITEMS[2]
    assert approval.signed_on.text() == ""
    type_into(journey, approval.approver, "Dana Fischer")
    journey.qtbot.mouseClick(approval.signed_off, Qt.MouseButton.LeftButton)

    def signed() -> list[CriterionRow]:
        rows = direction.findChildren(CriterionRow)
        return [r for r in rows if r.signed_on.isVisible() and r.signed_on.text()]

    journey.qtbot.waitUntil(lambda: len(signed()) == 1)
    [approval] = signed()
    assert approval.signed_on.text() == "on Mon 7 Dec 2026"
    assert approval.approver.text() == "Dana Fischer"
    assert approval.signed_off.isChecked() and approval.check.isChecked()
    shots(journey, "monday-done-when-from-checklist")

    # Kept: tomorrow the priority's "Done when" reads the same.
    window = at_the_desk(journey, journey.next_morning())
    weekly = window.weekly_plan
    open_step(journey, weekly, 0)
    rows = weekly.direction.findChildren(CriterionRow)
    assert [(r.text.text(), r.kind.currentText()) for r in rows] == [
        (ITEMS[0], "Quality check"),
        (ITEMS[1], "Quality check"),
        (ITEMS[2], "Approval"),
    ]
    assert (rows[2].approver.text(), rows[2].signed_on.text()) == (
        "Dana Fischer",
        "on Mon 7 Dec 2026",
    )
