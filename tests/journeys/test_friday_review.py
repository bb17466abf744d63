"""A first week, planned on Monday and reviewed on Friday, then the next Monday.

The person plans a week in their own empty journal, confirms the plan where planning
ends (after the tasks), and on Friday decides what happens to each task that slipped —
carried, re-scoped into a smaller task for someone, dropped for a reason — sees where
each went, and closes the week. The next Monday starts from what Friday decided.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QWidget,
)

from leadjournal.ui.forms import scroll_area_of
from leadjournal.ui.main_window import MainWindow
from leadjournal.ui.tabs.weekly_plan.tab import WeeklyPlanTab
from tests.journeys.conftest import Journey, open_step, welcome_answers
from tests.lookup import child_item, stored_week

LONG_TITLE = (
    "Write the onboarding guide for the three support agents who join in January, "
    "with a checklist for their first week and who to ask about what"
)
TASKS = (  # title, owner
    (LONG_TITLE, "Amara Okafor"),
    ("Migrate the old macros to the new help desk", "Jonas Weber"),
    ("Write the escalation handbook", "Me"),
    ("Tidy the shared inbox rules", "Priya Nair"),
)


# --- a person's hands on the Weekly Plan ------------------------------------------------


def at_the_desk(journey: Journey, window: MainWindow) -> MainWindow:
    """The window in front, taking the keyboard, as after a person clicks into it."""
    window.show()
    window.activateWindow()
    journey.qtbot.waitUntil(window.isActiveWindow)
    return window


def click(journey: Journey, button: QPushButton) -> None:
    """Scroll to a button, as a person does, and click it."""
    assert button.isVisible() and button.isEnabled(), button.text()
    scroll = scroll_area_of(button)
    if scroll is not None:
        scroll.ensureWidgetVisible(button)
    journey.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def in_view(widget: QWidget) -> bool:
    """Whether the widget is inside the visible part of its scrolling page."""
    scroll = scroll_area_of(widget)
    assert scroll is not None
    viewport = scroll.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return top_left.y() >= 0 and top_left.y() + widget.height() <= viewport.height()


def pick(journey: Journey, combo: QComboBox, text: str) -> None:
    """Open a drop-down and click one of its entries."""
    combo.showPopup()
    view = combo.view()
    journey.qtbot.waitUntil(view.isVisible)
    row = combo.findText(text)
    assert row >= 0, text
    rect = view.visualRect(view.model().index(row, 0))
    journey.qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def type_into(journey: Journey, field: QLineEdit, text: str, enter: bool = False) -> None:
    field.setFocus()
    field.selectAll()
    journey.qtbot.keyClicks(field, text)
    if enter:
        journey.qtbot.keyClick(field, Qt.Key.Key_Return)


def fill_dialog(journey: Journey, **fields: str) -> list[str]:
    """Answer the next dialog: type into its fields (by object name, or the only line
    edit as ``text``), pick from its drop-downs, then press Enter."""

    def respond(dialog: QWidget) -> None:
        last: QLineEdit | None = None
        for name, value in fields.items():
            combo = dialog.findChild(QComboBox, name)
            if combo is not None:
                combo.setFocus()
                journey.qtbot.keyClicks(combo, value)  # a closed drop-down finds by typing
                continue
            edits = dialog.findChildren(QLineEdit)
            edit = dialog.findChild(QLineEdit, name) if name != "text" else edits[0]
            assert edit is not None, name
            type_into(journey, edit, value)
            last = edit
        journey.qtbot.keyClick(last or dialog, Qt.Key.Key_Return)

    return journey.answer(respond)


def plan_monday(journey: Journey) -> MainWindow:
    window = at_the_desk(journey, journey.open(welcome_answers()))
    weekly = window.weekly_plan
    click(journey, weekly.plan_button)
    direction = weekly.direction
    type_into(journey, direction.outcome, "Every January starter has a guide by Friday")
    asked = fill_dialog(journey, text="Onboarding ready for January")
    click(journey, direction.add_priority_button)
    journey.qtbot.waitUntil(lambda: bool(asked))
    journey.qtbot.waitUntil(lambda: direction.priorities_box.count() == 1)
    # Confirming is not on this page any more: it comes after the tasks.
    assert not [b for b in direction.findChildren(QPushButton) if "onfirm" in b.text()]

    journey.shot("monday-direction")
    open_step(journey, weekly, 1)
    execution = weekly.execution
    assert "confirm the plan here" in execution.plan_state.text()
    for title, owner in TASKS:
        group = execution.tree.topLevelItem(0)
        assert group is not None
        execution.tree.setCurrentItem(group)  # the priority, clicked in the tree
        type_into(journey, execution.new_task, title, enter=True)
        owner_field = execution.owner.lineEdit()
        assert owner_field is not None
        type_into(journey, owner_field, owner, enter=True)
    tree_group = execution.tree.topLevelItem(0)
    assert tree_group is not None
    shown = [
        (child_item(tree_group, i).text(0), child_item(tree_group, i).text(1))
        for i in range(tree_group.childCount())
    ]
    assert shown == list(TASKS)
    # The confirm button sits below the task tree, in plain words.
    confirm = execution.confirm_button
    assert confirm.text() == "I'm done planning — confirm this week's plan"
    assert (
        confirm.mapTo(execution, QPoint(0, 0)).y()
        > execution.tree.mapTo(execution, QPoint(0, execution.tree.height())).y()
    )
    for size in ((1280, 800), (1024, 700)):
        window.resize(*size)
        journey.shot(f"monday-before-confirm-{size[0]}")
    window.resize(1280, 800)
    click(journey, confirm)
    execution = weekly.execution
    assert "plan is confirmed (Monday, 08:30)" in execution.plan_state.text()
    assert not execution.confirm_button.isVisible()
    assert weekly.step_list.item(1).text().endswith("✓")
    assert weekly.header.reliability_label.text().startswith("Delivery: 0% (0 of 4)")
    for size in ((1280, 800), (1024, 700)):
        window.resize(*size)
        journey.shot(f"monday-execution-{size[0]}")
    window.resize(1280, 800)
    return window


def slipped_row(weekly: WeeklyPlanTab, title: str) -> tuple[QLineEdit, QComboBox, str]:
    review = weekly.review
    for task_id, (reason, choice) in review.slip_editors.items():
        if title in reason.accessibleName():
            return reason, choice, review.slip_destinations[task_id].text()
    raise AssertionError(f"{title} is not among the slipped tasks")


def test_a_week_reviewed_and_closed_carries_into_the_next_monday(journey: Journey) -> None:
    plan_monday(journey)

    # Friday: the review opens; one task was done, three slipped.
    window = at_the_desk(journey, journey.next_morning(days=4))
    weekly = window.weekly_plan
    assert weekly.current_step() == 6
    open_step(journey, weekly, 2)
    tracker = weekly.tracker
    column = tracker.columns["not_started"]
    card = column.item(0)
    assert card is not None and card.text().startswith(LONG_TITLE)
    journey.qtbot.mouseClick(
        column.viewport(), Qt.MouseButton.LeftButton, pos=column.visualItemRect(card).center()
    )
    for _ in range(2):  # Not started → In progress → Done; the card keeps the focus
        journey.qtbot.keyClick(
            QApplication.focusWidget(), Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier
        )
    assert tracker.card_ids("done") and not tracker.card_ids("in_progress")

    open_step(journey, weekly, 6)
    review = weekly.review
    assert review.close_button.text() == "Close the week"
    assert "close the week" in review.close_state.text()
    assert "step is done" not in weekly.today_panel.step_label.text()

    # Carry one over.
    _reason, choice, _went = slipped_row(weekly, "Migrate the old macros")
    type_into(journey, _reason, "The vendor's export tool broke on Wednesday")
    pick(journey, choice, "Carry over")
    assert slipped_row(weekly, "Migrate the old macros")[2] == "→ Carried to next week"

    # Re-scope one: the dialog asks for the smaller task and its owner.
    reason, choice, _went = slipped_row(weekly, "escalation handbook")
    type_into(journey, reason, "Two escalations took Tuesday and Wednesday")
    seen = fill_dialog(
        journey, smaller_title="Draft the handbook's first two sections", smaller_owner="Jonas"
    )
    pick(journey, choice, "Re-scope")
    journey.qtbot.waitUntil(lambda: bool(seen))
    assert seen == ["RescopeDialog"]
    went = slipped_row(weekly, "escalation handbook")[2]
    assert (
        went == "→ Re-scoped as “Draft the handbook's first two sections” (Jonas Weber), next week"
    )

    # Drop one, with the reason already written.
    reason, choice, _went = slipped_row(weekly, "shared inbox rules")
    type_into(journey, reason, "The new help desk replaces the inbox in January")
    pick(journey, choice, "Drop")
    went = slipped_row(weekly, "shared inbox rules")[2]
    assert went == "→ Dropped: The new help desk replaces the inbox in January"

    type_into(journey, review.next_focus, "Macros migrated and the handbook drafted")

    # What shipped fits the list: the long title wraps, no sideways scrolling.
    shipped: QListWidget = review.shipped
    assert shipped.count() == 1 and LONG_TITLE in shipped.item(0).text()
    for size in ((1280, 800), (1024, 700)):
        window.resize(*size)
        journey.qtbot.wait(50)
        assert not shipped.horizontalScrollBar().isVisible(), size
        # Each "Why, specifically?" box is wide enough to read a sentence.
        reason_box = slipped_row(weekly, "shared inbox rules")[0]
        assert reason_box.width() >= 300, (size, reason_box.width())
        journey.shot(f"friday-review-{size[0]}")
    window.resize(1280, 800)

    click(journey, review.close_button)
    review = weekly.review
    assert review.close_button.text() == "Reopen the week"
    assert in_view(review.close_button)  # the page did not jump away from it
    assert review.close_state.text().startswith("✓ This week is closed")
    assert weekly.step_list.item(6).text() == "Friday · Review ✓"
    assert "today's step is done" in weekly.today_panel.step_label.text()
    assert not [t for t in weekly.today_panel.overdue_texts if "review" in t]
    journey.shot("friday-closed")

    # The next Monday starts from Friday: the focus, the carried and re-scoped tasks.
    window = at_the_desk(journey, journey.next_morning(days=3))
    weekly = window.weekly_plan
    assert weekly.week_start == dt.date(2026, 12, 7)
    assert weekly.body.currentIndex() == 1  # the plan, not the empty page
    assert weekly.direction.outcome.text() == "Macros migrated and the handbook drafted"
    assert not [t for t in weekly.today_panel.overdue_texts if "review" in t]
    open_step(journey, weekly, 1)
    tree = weekly.execution.tree
    rows = []
    for g in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(g)
        assert group is not None
        rows += [
            (child_item(group, i).text(0), child_item(group, i).text(1))
            for i in range(group.childCount())
        ]
    assert sorted(rows) == [
        ("Draft the handbook's first two sections", "Jonas Weber"),
        ("Migrate the old macros to the new help desk", "Jonas Weber"),
    ]

    # Last week can be reopened; then it is asked for again.
    journey.qtbot.mouseClick(weekly.header.previous_button, Qt.MouseButton.LeftButton)
    open_step(journey, weekly, 6)
    click(journey, weekly.review.close_button)
    assert weekly.review.close_button.text() == "Close the week"
    assert weekly.step_list.item(6).text() == "Friday · Review"
    journey.qtbot.mouseClick(weekly.header.this_week_button, Qt.MouseButton.LeftButton)
    assert [t for t in weekly.today_panel.overdue_texts if "Friday review" in t]


def test_a_changed_decision_moves_the_task_without_doubling_it(journey: Journey) -> None:
    plan_monday(journey)
    window = at_the_desk(journey, journey.next_morning(days=4))
    weekly = window.weekly_plan
    _reason, choice, _went = slipped_row(weekly, "escalation handbook")
    seen = fill_dialog(journey, smaller_title="Outline the handbook", smaller_owner="Priya")
    pick(journey, choice, "Re-scope")
    journey.qtbot.waitUntil(lambda: bool(seen))
    assert slipped_row(weekly, "escalation handbook")[2] == (
        "→ Re-scoped as “Outline the handbook” (Priya Nair), next week"
    )
    # Changed to carrying it whole, then back to a re-scope, then dropped: next week
    # holds at most one version of it at any time.
    _reason, choice, _went = slipped_row(weekly, "escalation handbook")
    pick(journey, choice, "Carry over")
    _reason, choice, _went = slipped_row(weekly, "escalation handbook")
    seen = fill_dialog(journey, smaller_title="Outline the first section")
    pick(journey, choice, "Re-scope")
    journey.qtbot.waitUntil(lambda: bool(seen))
    next_week = weekly.planner.week(dt.date(2026, 12, 7))
    assert next_week is not None
    assert [(t.title, t.owner_person_id is not None) for t in next_week.tasks] == [
        ("Outline the first section", False)  # the dialog started from the task: mine
    ]

    # Dropping without a reason asks why, in the dialog's own words.
    _reason, choice, _went = slipped_row(weekly, "escalation handbook")
    answered: list[str] = []

    def why(dialog: QWidget) -> None:
        answered.append(" ".join(w.text() for w in dialog.findChildren(QLabel)))
        field = dialog.findChild(QLineEdit, "drop_reason")
        assert field is not None
        journey.qtbot.keyClicks(field, "Nobody escalates since the new rota")
        journey.qtbot.keyClick(field, Qt.Key.Key_Return)

    journey.answer(why)
    pick(journey, choice, "Drop")
    journey.qtbot.waitUntil(lambda: bool(answered))
    assert "Why is “Write the escalation handbook” dropped?" in answered[0]
    assert slipped_row(weekly, "escalation handbook")[2] == (
        "→ Dropped: Nobody escalates since the new rota"
    )
    assert stored_week(weekly.planner, dt.date(2026, 12, 7)).tasks == []

    # A re-scope left with Escape keeps the earlier decision.
    _reason, choice, _went = slipped_row(weekly, "escalation handbook")
    journey.answer(lambda dialog: journey.qtbot.keyClick(dialog, Qt.Key.Key_Escape))
    pick(journey, choice, "Re-scope")
    journey.qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert choice.currentText() == "Drop"

    # Closing with a slipped task undecided is refused, saying why.
    told: list[str] = []
    weekly.inform = lambda _title, text: told.append(text)
    click(journey, weekly.review.close_button)
    assert told and "Decide what happens to each task that slipped" in told[0]
    assert weekly.review.close_button.text() == "Close the week"


def test_thursday_update_reads_formatted_and_copies_as_text_or_markdown(
    journey: Journey,
) -> None:
    plan_monday(journey)
    window = at_the_desk(journey, journey.next_morning(days=3))  # Thursday: align
    weekly = window.weekly_plan
    assert weekly.current_step() == 5
    align = weekly.align
    journey.qtbot.mouseClick(
        next(b for b in align.findChildren(QPushButton) if b.text() == "Draft from this week"),
        Qt.MouseButton.LeftButton,
    )
    shown = align.update_view
    assert shown.isVisible() and not align.update_text.isVisible()
    rendered = shown.toPlainText()
    assert "Progress" in rendered and "## " not in rendered and "- Onboarding" not in rendered
    # The headings are real headings, not lines starting with "##".
    block = shown.document().begin()
    assert block.blockFormat().headingLevel() == 2
    for size in ((1280, 800), (1024, 700)):
        window.resize(*size)
        journey.shot(f"thursday-align-{size[0]}")

    copy_text = next(b for b in align.findChildren(QPushButton) if b.text() == "Copy as text")
    journey.qtbot.mouseClick(copy_text, Qt.MouseButton.LeftButton)
    assert "Progress:" in QGuiApplication.clipboard().text()
    copy_md = next(b for b in align.findChildren(QPushButton) if b.text() == "Copy as Markdown")
    journey.qtbot.mouseClick(copy_md, Qt.MouseButton.LeftButton)
    assert "## Progress" in QGuiApplication.clipboard().text()

    # "Edit the text" shows what is kept, to change it; the formatted view follows.
    click(journey, align.edit_button)
    assert align.update_text.isVisible() and align.update_text.hasFocus()
    journey.qtbot.keyClick(align.update_text, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    journey.qtbot.keyClick(align.update_text, Qt.Key.Key_Return)
    journey.qtbot.keyClicks(align.update_text, "Thanks for the patience this week.")
    click(journey, align.edit_button)
    assert "Thanks for the patience this week." in align.update_view.toPlainText()
