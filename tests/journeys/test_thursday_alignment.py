"""Thursday, alignment outside the team, on a journal started empty: a touchpoint, a
decision needed, a decision with a team member consulted (edited, deleted and put back),
the update's recipients, "Mark as sent", and a draft that reads right, signed with the
name given in the welcome."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QPushButton, QTableWidget, QToolButton

from leadjournal.services.exports import person_markdown, week_markdown
from leadjournal.ui.tabs.weekly_plan.align import AlignPage
from tests.journeys.conftest import Journey, welcome_answers
from tests.journeys.test_friday_review import at_the_desk, click, pick, type_into

MONDAY = dt.date(2026, 11, 30)


def choose_in_menu(journey: Journey, button: QToolButton, text: str) -> None:
    """Open a button's drop-down menu and click one of its entries, as a person does."""
    chosen: list[str] = []

    def choose() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, choose)
            return
        action = next(a for a in menu.actions() if a.text() == text)
        chosen.append(action.text())
        journey.qtbot.mouseClick(
            menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center()
        )

    QTimer.singleShot(20, choose)
    journey.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    journey.qtbot.waitUntil(lambda: bool(chosen))


def choose_row(journey: Journey, table: QTableWidget, row: int) -> None:
    item = table.item(row, 2) or table.item(row, 0)
    assert item is not None
    journey.qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualItemRect(item).center()
    )


def cells(table: QTableWidget, row: int) -> list[str]:
    return [
        item.text() if (item := table.item(row, column)) else ""
        for column in range(table.columnCount())
    ]


def button(page: AlignPage, text: str) -> QPushButton:
    return next(b for b in page.findChildren(QPushButton) if b.text() == text and b.isVisible())


def test_thursday_alignment_from_an_empty_journal(journey: Journey) -> None:
    window = at_the_desk(journey, journey.open(welcome_answers()))
    weekly = window.weekly_plan
    click(journey, weekly.plan_button)
    type_into(journey, weekly.direction.outcome, "Every January starter has a guide by Friday")
    window = at_the_desk(journey, journey.next_morning(days=3))  # Thursday 3 December
    weekly = window.weekly_plan
    assert weekly.current_step() == 5
    align = weekly.align

    # An expectation checked with someone outside the team.
    touchpoints = align.touchpoints
    assert not touchpoints.table.isVisible()  # nothing listed yet
    type_into(journey, touchpoints.with_whom, "Dana from Product")
    type_into(journey, touchpoints.expectation, "The guide covers the new ticket tool")
    pick(journey, touchpoints.confirmed, "Changed")
    click(journey, touchpoints.add_button)
    assert cells(touchpoints.table, 0) == [
        "Thu 3 Dec 2026",
        "Dana from Product",
        "The guide covers the new ticket tool",
        "Changed",
    ]
    assert touchpoints.with_whom.text() == ""  # the form is ready for the next one
    # Dana calls back and confirms after all: the touchpoint is edited, not added twice.
    choose_row(journey, touchpoints.table, 0)
    click(journey, touchpoints.edit_button)
    assert touchpoints.with_whom.text() == "Dana from Product"
    pick(journey, touchpoints.confirmed, "Yes")
    click(journey, touchpoints.add_button)
    assert touchpoints.table.rowCount() == 1
    assert cells(touchpoints.table, 0)[3] == "Yes"
    # One logged by mistake is deleted.
    type_into(journey, touchpoints.with_whom, "Wrong person", enter=False)
    type_into(journey, touchpoints.expectation, "Nothing", enter=True)
    assert touchpoints.table.rowCount() == 2
    choose_row(journey, touchpoints.table, 1)
    click(journey, touchpoints.delete_button)
    assert touchpoints.table.rowCount() == 1
    assert touchpoints.status.text() == "Touchpoint deleted."
    assert not touchpoints.undo_button.isVisible()

    # A decision the team needs, by Friday unless said otherwise.
    needed = align.needed
    type_into(journey, needed.what, "Budget for two January hires")
    type_into(journey, needed.from_whom, "Finance")
    click(journey, needed.add_button)
    assert cells(needed.table, 0) == ["Fri 4 Dec 2026", "Budget for two January hires", "Finance"]

    # A decision logged, with someone of the team picked as consulted and a free name.
    log = align.log
    type_into(journey, log.decision, "Pause the chat channel on Fridays")
    type_into(journey, log.reason, "Two people cover the phones instead")
    choose_in_menu(journey, log.pick_person, "Amara Okafor")
    log.consulted.setFocus()
    log.consulted.end(False)
    journey.qtbot.keyClicks(log.consulted, ", the support lead")
    pick(journey, log.kind, "Direction")
    click(journey, log.add_button)
    assert log.table.rowCount() == 1
    assert cells(log.table, 0) == [
        "Thu 3 Dec 2026",
        "Direction",
        "Pause the chat channel on Fridays",
        "Two people cover the phones instead",
        "Amara Okafor, the support lead",
    ]
    stored = journey.repositories.alignment.decision_log()[0]
    amara = journey.repositories.people.find_by_name("Amara Okafor")
    assert amara is not None
    assert [link.person_id for link in stored.consulted_links] == [amara.id]
    assert stored.consulted == "the support lead"  # a free name stays as written

    # Edit it: the form takes the entry, "Save changes" keeps the consulted person.
    assert not log.edit_button.isEnabled()
    choose_row(journey, log.table, 0)
    click(journey, log.edit_button)
    assert log.decision.text() == "Pause the chat channel on Fridays"
    assert log.add_button.text() == "Save changes"
    type_into(journey, log.decision, "Pause the chat channel on Friday afternoons")
    click(journey, log.add_button)
    assert log.table.rowCount() == 1
    assert cells(log.table, 0)[2] == "Pause the chat channel on Friday afternoons"
    assert cells(log.table, 0)[4] == "Amara Okafor, the support lead"
    assert log.add_button.text() == "Log decision"

    # Delete it, then put it back with Undo: the same entry, its consulted person too.
    choose_row(journey, log.table, 0)
    click(journey, log.delete_button)
    assert log.table.rowCount() == 0
    assert log.status.text() == "Deleted “Pause the chat channel on Friday afternoons”."
    click(journey, log.undo_button)
    assert log.table.rowCount() == 1
    assert cells(log.table, 0)[1:] == [
        "Direction",
        "Pause the chat channel on Friday afternoons",
        "Two people cover the phones instead",
        "Amara Okafor, the support lead",
    ]
    assert log.status.text() == "Put back."
    assert not log.undo_button.isVisible()
    assert journey.repositories.alignment.decision_log()[0].id == stored.id

    # Wednesday's change to the confirmed plan (made on the plan's page; set up here).
    week = weekly.planner.week(MONDAY)
    assert week is not None
    weekly.planner.changes.add_task_with_trade_off(
        week,
        "Outage report for the customer",
        priority_id=None,
        moved_task_id=None,
        moved_to="nothing",
        why="The customer escalated",
        now=dt.datetime(2026, 12, 2, 15, 0),
    )
    weekly.reload()

    # Who the update goes to, and the draft.
    type_into(journey, align.recipients, "Dana, Head of Support", enter=True)
    click(journey, button(align, "Draft from this week"))
    shown = align.update_view.toPlainText()
    assert "Expectations checked this week" in shown
    assert (
        "Dana from Product (Thu 3 Dec): The guide covers the new ticket tool — confirmed" in shown
    )
    assert "Decisions made this week" in shown
    assert (
        "Pause the chat channel on Friday afternoons (direction) — Two people cover the phones "
        "instead (consulted: Amara Okafor, the support lead)"
    ) in shown
    assert "Changes since the plan was confirmed" in shown
    assert "Added “Outage report for the customer” on 2 Dec" in shown
    assert "Decisions needed" in shown
    assert "Budget for two January hires, from Finance, by Fri 4 Dec" in shown
    assert shown.rstrip().endswith("— Sam Lee")
    assert "Me" not in shown.split()

    # Mark as sent: the day is shown and kept.
    assert not align.sent_label.isVisible()
    click(journey, align.sent_button)
    assert align.sent_label.isVisible()
    assert align.sent_label.text() == "Sent on Thu 3 Dec 2026"
    assert align.sent_button.text() == "Not sent after all"
    journey.shot("thursday-alignment-1280")
    journey.shot("thursday-page-1280", align)
    window.resize(1024, 700)
    journey.shot("thursday-alignment-1024")
    journey.shot("thursday-page-1024", align)

    # The week's Markdown says who was consulted; Amara's says what she was consulted on.
    markdown = week_markdown(journey.repositories, MONDAY)
    assert (
        "Pause the chat channel on Friday afternoons — because Two people cover the phones "
        "instead Consulted: Amara Okafor, the support lead."
    ) in markdown
    assert "## Expectations checked\n\n- Dana from Product (Thu 3 Dec)" in markdown
    assert "Sent to Dana, Head of Support on Thu 3 Dec 2026." in markdown
    assert "Consulted on decisions" in person_markdown(journey.repositories, amara)

    # Next Thursday the recipients are offered again; nothing is marked sent yet.
    window = at_the_desk(journey, journey.next_morning(days=7))
    weekly = window.weekly_plan
    click(journey, weekly.plan_button)
    weekly.show_step(5)
    align = weekly.align
    assert align.recipients.text() == "Dana, Head of Support"
    assert align.sent_button.text() == "Mark as sent" and not align.sent_label.isVisible()
    assert align.touchpoints.table.rowCount() == 0  # touchpoints belong to their week
    assert align.log.table.rowCount() == 1  # the log spans every week
