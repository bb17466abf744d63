"""A first week's priorities and Tuesday's check-in, on a journal started empty.

Monday: three priorities, then one replaced at the limit through "Set aside…" — the
trade-off is named on the plan, in the stakeholder update and in Friday's review.
Tuesday: everyone on the team can be checked in, typing moves nothing above the field,
and a person who is blocked shows as blocked on the Tracker.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QToolButton,
    QTreeWidgetItem,
    QWidget,
)

from leadjournal.ui.saving import AUTOSAVE_DELAY_MS
from leadjournal.ui.tabs.weekly_plan.checkin import CheckInPage
from leadjournal.ui.tabs.weekly_plan.tab import WeeklyPlanTab
from tests.journeys.conftest import Journey, open_step, welcome_answers
from tests.lookup import child, top_item

DIRECTION, EXECUTION, TRACKER, CHECKIN, ALIGN, REVIEW = 0, 1, 2, 3, 5, 6


def click(journey: Journey, widget: QWidget) -> None:
    journey.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def button(parent: QWidget, text: str) -> QPushButton:
    [found] = [b for b in parent.findChildren(QPushButton) if b.text() == text]
    return found


def type_into_dialog(journey: Journey, text: str) -> None:
    """Answer the next input dialog: type ``text`` and press Enter."""

    def respond(dialog: QWidget) -> None:
        editor = dialog.findChild(QLineEdit)
        assert editor is not None
        journey.qtbot.keyClicks(editor, text)
        journey.qtbot.keyClick(editor, Qt.Key.Key_Return)

    journey.answer(respond)


def add_priority(journey: Journey, weekly: WeeklyPlanTab, title: str) -> None:
    type_into_dialog(journey, title)
    click(journey, weekly.direction.add_priority_button)
    journey.qtbot.waitUntil(lambda: title in priority_titles(weekly))


def priority_titles(weekly: WeeklyPlanTab) -> list[str]:
    boxes = [
        b
        for b in weekly.direction.findChildren(QGroupBox)
        if b.title().startswith("Priority ") and b.isVisibleTo(weekly)
    ]
    boxes.sort(key=lambda b: b.title())
    return [child(b, QLineEdit).text() for b in boxes]


def add_task(journey: Journey, weekly: WeeklyPlanTab, under: str, title: str, owner: str) -> None:
    """Select the priority in the tree, type the task, then type its owner."""
    page = weekly.execution
    tree = page.tree
    [group] = [
        top_item(tree, i)
        for i in range(tree.topLevelItemCount())
        if top_item(tree, i).text(0) == under
    ]
    journey.qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(group).center()
    )
    click(journey, page.new_task)
    journey.qtbot.keyClicks(page.new_task, title)
    journey.qtbot.keyClick(page.new_task, Qt.Key.Key_Return)
    owner_line = page.owner.lineEdit()
    assert owner_line is not None
    click(journey, owner_line)
    owner_line.selectAll()
    journey.qtbot.keyClicks(owner_line, owner)
    journey.qtbot.keyClick(owner_line, Qt.Key.Key_Return)


def tasks_under(weekly: WeeklyPlanTab) -> dict[str, list[str]]:
    tree = weekly.execution.tree
    groups: dict[str, list[str]] = {}
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        assert group is not None
        children: list[QTreeWidgetItem | None] = [group.child(j) for j in range(group.childCount())]
        groups[group.text(0)] = [c.text(0) for c in children if c is not None]
    return groups


def set_aside_button(weekly: WeeklyPlanTab, number: int) -> QToolButton:
    name = f"Set aside priority {number}"
    buttons = weekly.direction.findChildren(QToolButton)
    [found] = [b for b in buttons if b.accessibleName() == name and b.isVisibleTo(weekly)]
    return found


def test_a_priority_replaced_at_the_limit_and_a_calm_tuesday_check_in(journey: Journey) -> None:
    window = journey.open(welcome_answers())
    weekly = window.weekly_plan
    qtbot = journey.qtbot
    click(journey, weekly.plan_button)
    qtbot.keyClicks(weekly.direction.outcome, "Quarterly report sent by Thursday 17:00")

    # --- three priorities: "Add priority" stops there and says why ----------------------
    for title in ("Clear the refund backlog", "Hiring", "Chat rota"):
        add_priority(journey, weekly, title)
    assert priority_titles(weekly) == ["Clear the refund backlog", "Hiring", "Chat rota"]
    direction = weekly.direction
    assert not direction.add_priority_button.isEnabled()
    assert direction.limit_reason.isVisible()
    assert "Three is the limit" in direction.limit_reason.text()
    assert "Set aside" in direction.limit_reason.text()

    open_step(journey, weekly, EXECUTION)
    add_task(journey, weekly, "Hiring", "Book interviews", "Jonas Weber")
    add_task(journey, weekly, "Hiring", "Write the job ad", "Me")
    add_task(journey, weekly, "Clear the refund backlog", "Answer refund tickets", "Amara Okafor")
    add_task(journey, weekly, "Chat rota", "Draft the chat rota", "Me")
    assert tasks_under(weekly)["Hiring"] == ["Book interviews", "Write the job ad"]

    # --- "Set aside…" on Hiring: Enter alone keeps the tasks (moves them) --------------
    open_step(journey, weekly, DIRECTION)
    seen: dict[str, object] = {}

    def replace_hiring(dialog: QWidget) -> None:
        assert isinstance(dialog, QDialog)
        seen["title"] = dialog.windowTitle()
        radios = {r.text(): r for r in dialog.findChildren(QRadioButton)}
        seen["checked"] = [text for text, r in radios.items() if r.isChecked()]
        default = [b for b in dialog.findChildren(QPushButton) if b.isDefault()]
        seen["default"] = [b.text() for b in default]
        editors = {e.accessibleName(): e for e in dialog.findChildren(QLineEdit)}
        qtbot.keyClicks(editors["New priority"], "Quarterly report")
        qtbot.keyClicks(editors["Why it is set aside"], "Finance needs it by Thursday")
        qtbot.keyClick(editors["Why it is set aside"], Qt.Key.Key_Return)

    journey.answer(replace_hiring)
    click(journey, set_aside_button(weekly, 2))
    qtbot.waitUntil(lambda: "Quarterly report" in priority_titles(weekly))
    assert seen["title"] == "Set aside “Hiring”"
    assert seen["checked"] == ["Move them to the new priority"]
    assert seen["default"] == ["Set aside and replace"]
    # Replaced in its place, not renamed: the tasks went to the new priority.
    assert priority_titles(weekly) == ["Clear the refund backlog", "Quarterly report", "Chat rota"]
    listed = direction.set_aside_list
    assert listed.isVisible()
    assert "Hiring" in listed.text() and "Finance needs it by Thursday" in listed.text()
    assert "replaced by “Quarterly report”" in listed.text()
    assert "Its 2 tasks moved to the new priority." in listed.text()

    # --- "Chat rota" set aside by clicks, its task carried to next week -----------------
    def carry_chat_rota(dialog: QWidget) -> None:
        editors = {e.accessibleName(): e for e in dialog.findChildren(QLineEdit)}
        qtbot.keyClicks(editors["New priority"], "Onboard Priya")
        qtbot.keyClicks(editors["Why it is set aside"], "Priya starts Wednesday")
        [carry] = [r for r in dialog.findChildren(QRadioButton) if "Carry" in r.text()]
        click(journey, carry)
        click(journey, button(dialog, "Set aside and replace"))

    journey.answer(carry_chat_rota)
    click(journey, set_aside_button(weekly, 3))
    qtbot.waitUntil(lambda: "Onboard Priya" in priority_titles(weekly))
    assert "Its 1 task carried to next week." in direction.set_aside_list.text()
    open_step(journey, weekly, EXECUTION)
    groups = tasks_under(weekly)
    assert groups["Quarterly report"] == ["Book interviews", "Write the job ad"]
    assert "Hiring" not in groups and "Chat rota" not in groups
    click(journey, weekly.header.next_button)  # next week, not planned yet, says what comes with it
    assert "carried over" in weekly.empty_hint.text()
    click(journey, weekly.header.this_week_button)

    journey.shot("direction-1280x800")
    open_step(journey, weekly, DIRECTION)
    journey.shot("direction-set-aside-1280x800")
    window.resize(1024, 700)
    qtbot.wait(50)
    scroll_to(direction.set_aside_list)
    journey.shot("direction-set-aside-1024x700")
    window.resize(1280, 800)

    # --- the stakeholder draft and Friday's review name the trade-off -------------------
    open_step(journey, weekly, ALIGN)
    click(journey, button(weekly.align, "Draft from this week"))
    click(journey, button(weekly.align, "Copy as text"))
    copied = QGuiApplication.clipboard().text()
    assert "Set aside this week:" in copied
    assert (
        "Hiring — set aside 30 Nov for “Quarterly report”: Finance needs it by Thursday" in copied
    )
    open_step(journey, weekly, REVIEW)
    review_list = weekly.review.set_aside_list
    assert review_list.isVisible()
    assert "Hiring" in review_list.text() and "Chat rota" in review_list.text()

    # --- Tuesday: everyone can be checked in; typing moves nothing above ---------------
    # Opened at 10:30, after the check-in's 10:00 reminder (Monday's, done before it was
    # due, is not shown again).
    window = journey.next_morning(at=dt.time(10, 30))
    qtbot.wait(300)  # a person looks at the screen a moment; start-up's own writes land
    weekly = window.weekly_plan
    assert weekly.current_step() == CHECKIN
    page = weekly.checkin
    priya, amara, jonas = (
        person_in(page, name) for name in ("Priya Nair", "Amara Okafor", "Jonas Weber")
    )
    assert page.task_lines[priya].text() == "No tasks this week."
    assert page.task_lines[amara].text() == "This week: Answer refund tickets (Not started)"
    assert "Write the job ad (Not started)" in page.task_lines[None].text()
    assert weekly.today_panel.isVisible()  # Tuesday's step is still to do

    field = page.editors[(priya, "next_action")]
    scroll_to(field)
    above = [
        w
        for w in (weekly.today_panel, *page.editors.values(), *page.task_lines.values())
        if y_of(w, window) <= y_of(field, window)
    ]
    before = {id(w): y_of(w, window) for w in above}
    click(journey, field)
    for key in "Ask":
        qtbot.keyClick(field, key)
        qtbot.wait(AUTOSAVE_DELAY_MS + 150)  # saved: today's step is now done
        assert {id(w): y_of(w, window) for w in above} == before, f"moved after “{key}”"
    assert window.focusWidget() is field and field.text() == "Ask"
    # The reminders missed overnight sit below the page: dismissing them moves nothing.
    assert window.banner.isVisible()
    click(journey, button(window.banner, "Dismiss"))
    assert not window.banner.isVisible()
    assert {id(w): y_of(w, window) for w in above} == before
    journey.shot("checkin-1280x800")

    blocked = page.editors[(jonas, "blocked")]
    click(journey, blocked)
    qtbot.keyClicks(blocked, "Waiting for HR to approve the budget")
    window.resize(1024, 700)
    journey.shot("checkin-1024x700")

    # --- the Tracker shows Jonas's task as blocked, with what blocks it ----------------
    open_step(journey, weekly, TRACKER)
    board = weekly.tracker.columns["not_started"]
    cards = {board.item(i).text().split("\n")[0]: board.item(i) for i in range(board.count())}
    interviews = cards["Book interviews"]
    assert "⚠ Blocked" in interviews.text()
    assert "Waiting for HR to approve the budget" in interviews.toolTip()
    assert "Blocked" not in cards["Answer refund tickets"].text()
    assert "→ Carried to next week" in cards["Draft the chat rota"].text()
    journey.shot("tracker-1024x700")
    window.resize(1280, 800)
    journey.shot("tracker-1280x800")


def person_in(page: CheckInPage, name: str) -> int | None:
    """The person whose row on the check-in page is labelled ``name``."""
    [found] = {
        pid
        for (pid, _field), editor in page.editors.items()
        if editor.accessibleName().startswith(f"{name}: ")
    }
    return found


def y_of(widget: QWidget, window: QWidget) -> int:
    return widget.mapTo(window, QPoint(0, 0)).y()


def scroll_to(widget: QWidget) -> None:
    from PySide6.QtWidgets import QScrollArea

    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        parent.ensureWidgetVisible(widget)
