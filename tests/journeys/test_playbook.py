"""The playbook on a journal started empty: the ten differences opened from Help and from
Insights' self-check, each scenario template writing real entries into this week, a
rollout ticked off over two weeks on Thursday's page, and "Need words?" where one writes
recognition, delegation, a hard conversation and a "no"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from leadjournal.services.settings import JournalSettings
from leadjournal.services.weekly_loop import Step
from leadjournal.ui.main_window import MainWindow
from leadjournal.ui.playbook import PlaybookWindow
from leadjournal.ui.playbook_forms import (
    MoraleResetDialog,
    RolloutDialog,
    ScopeResetDialog,
    TemplateDialog,
)
from leadjournal.ui.tab_builder import Tab
from leadjournal.ui.tabs.weekly_plan.change_dialogs import TradeOffDialog
from leadjournal.ui.tabs.weekly_plan.tab import WeeklyPlanTab
from tests.journeys.conftest import Journey, open_step, welcome_answers
from tests.journeys.test_friday_review import at_the_desk, click, fill_dialog, type_into
from tests.journeys.test_thursday_alignment import cells

MONDAY = dt.date(2026, 11, 30)


def open_playbook(journey: Journey, window: MainWindow) -> PlaybookWindow:
    window.playbook_action.trigger()  # Help → The Playbook
    shown = window.playbook_window
    journey.qtbot.waitUntil(shown.isVisible)
    return shown


def tick(journey: Journey, box: QCheckBox) -> None:
    """Click a check box on its box (a wide row is not clickable past its words)."""
    click_at = QPoint(box.height() // 2, box.height() // 2)
    journey.qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=click_at)


def ticked(weekly: WeeklyPlanTab, step_id: int) -> bool:
    """Whether Thursday's rollout card shows the step ticked (after it is drawn again)."""
    box = weekly.align.rollouts.steps.get(step_id)
    return box is not None and box.isVisible() and box.isChecked()


def priorities_shown(window: MainWindow) -> list[str]:
    direction = window.weekly_plan.direction
    return [
        edit.text()
        for edit in direction.findChildren(QLineEdit)
        if edit.accessibleName().endswith(" title")
        and edit.accessibleName().startswith("Priority")
        and edit.isVisible()
    ]


def use(
    journey: Journey, playbook: PlaybookWindow, key: str, fill: Callable[[object], None]
) -> None:
    """Click "Use this…" on a scenario and fill in its form as a person does."""

    def respond(dialog: QWidget) -> None:
        assert isinstance(dialog, TemplateDialog)
        fill(dialog)
        ok = dialog.buttons.buttons()[0]
        journey.qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    playbook.show_templates()
    seen = journey.answer(respond)
    click(journey, playbook.use_buttons[key])
    journey.qtbot.waitUntil(lambda: bool(seen))


def test_the_ten_differences_from_help_and_from_the_self_check(journey: Journey) -> None:
    window = at_the_desk(journey, journey.open(welcome_answers()))
    playbook = open_playbook(journey, window)
    assert playbook.windowTitle() == "The Playbook"
    assert playbook.differences.count() == 10
    assert playbook.title.text() == "Where we go, and how we get there"
    row = playbook.differences.item(4)
    journey.qtbot.mouseClick(
        playbook.differences.viewport(),
        Qt.MouseButton.LeftButton,
        pos=playbook.differences.visualItemRect(row).center(),
    )
    assert playbook.title.text() == "Energy, and progress"
    assert "how people feel" in playbook.leading.text()
    journey.shot("playbook-reference", playbook)
    playbook.close()

    # Insights' self-check: "Which side is this?" opens at what the ticks point to.
    window.tab_actions[Tab.INSIGHTS].trigger()
    insights = window.insights
    click_box = insights.signals["firefighting"]
    tick(journey, click_box)
    assert click_box.isChecked()
    click(journey, insights.which_side)
    reference = window.playbook_window
    journey.qtbot.waitUntil(reference.isVisible)
    assert reference is not playbook
    assert reference.tabs.currentIndex() == 0
    assert reference.title.text() == "The long view, and this week"
    assert reference.differences.currentItem().text() == "3. The long view, and this week"


def test_each_template_writes_real_entries_into_the_week(journey: Journey) -> None:
    window = at_the_desk(journey, journey.open(welcome_answers()))
    weekly = window.weekly_plan
    click(journey, weekly.plan_button)
    type_into(journey, weekly.direction.outcome, "The release ships on Friday")
    for title in ("Release 2.1", "Quarterly report"):
        asked = fill_dialog(journey, text=title)
        click(journey, weekly.direction.add_priority_button)
        journey.qtbot.waitUntil(partial(bool, asked))
    journey.qtbot.waitUntil(lambda: priorities_shown(window) == ["Release 2.1", "Quarterly report"])

    playbook = open_playbook(journey, window)
    journey.shot("playbook-templates", playbook)

    def scope(dialog: object) -> None:
        assert isinstance(dialog, ScopeResetDialog)
        report = next(check for _, check in dialog.keep if check.text() == "Quarterly report")
        tick(journey, report)  # not a must-have
        type_into(journey, dialog.new[0], "Fix the login outage")
        type_into(journey, dialog.parked[0], "New dashboard idea")
        dialog.day.setCurrentIndex(dialog.day.findText("Wednesday"))

    use(journey, playbook, "scope", scope)
    # The week's first step shows the must-haves and what was parked.
    journey.qtbot.waitUntil(lambda: weekly.current_step() == Step.DIRECTION)
    journey.qtbot.waitUntil(
        lambda: priorities_shown(window) == ["Release 2.1", "Fix the login outage"]
    )
    parked = weekly.direction.set_aside_list.text()
    assert "<b>Quarterly report</b>, parked" in parked
    assert "<b>New dashboard idea</b>, parked" in parked
    assert playbook.done_label.text() == "Done. The entries are in this week's plan."

    def morale(dialog: object) -> None:
        assert isinstance(dialog, MoraleResetDialog)
        dialog.wip.setValue(2)
        type_into(journey, dialog.targets[0], "Close the five oldest tickets")
        combo: QComboBox = dialog.under
        combo.setCurrentIndex(combo.findText("Under “Release 2.1”"))

    assert JournalSettings.of(journey.repositories).wip_limit is None
    use(journey, playbook, "morale", morale)
    assert JournalSettings.of(journey.repositories).wip_limit == 2
    week = journey.repositories.weeks.get(MONDAY)
    assert week is not None
    assert [c.text for c in week.priorities[0].criteria] == ["Close the five oldest tickets"]

    # Thursday's page holds the change-control day, the stand-up and the logged rule.
    open_step(journey, weekly, Step.ALIGN)
    align = weekly.align
    journey.qtbot.waitUntil(lambda: align.touchpoints.table.rowCount() == 2)
    rows = [cells(align.touchpoints.table, r) for r in range(align.touchpoints.table.rowCount())]
    assert [row[:2] for row in rows] == [
        ["Mon 30 Nov 2026", "The team: daily stand-up"],
        ["Wed 2 Dec 2026", "Everyone asking for changes"],
    ]
    assert any(
        "New requests wait for Wednesday" in " ".join(cells(align.table, r))
        for r in range(align.table.rowCount())
    )

    # The improvement plan already lives in the Coaching Log: the playbook goes there.
    playbook.show_templates()
    click(journey, playbook.use_buttons["plan"])
    assert window.tabs.currentIndex() == Tab.COACHING_LOG


def test_a_rollout_is_ticked_off_over_two_weeks(journey: Journey) -> None:
    window = at_the_desk(journey, journey.open(welcome_answers()))
    playbook = open_playbook(journey, window)

    def rollout(dialog: object) -> None:
        assert isinstance(dialog, RolloutDialog)
        type_into(journey, dialog.name, "New ticketing tool")
        type_into(journey, dialog.departments[0][0], "Support")
        type_into(journey, dialog.departments[0][1], "Lena")
        type_into(journey, dialog.departments[1][0], "Sales")
        type_into(journey, dialog.departments[1][1], "Omar")

    use(journey, playbook, "rollout", rollout)
    weekly = window.weekly_plan
    journey.qtbot.waitUntil(lambda: weekly.current_step() == Step.ALIGN)
    card = weekly.align.rollouts
    journey.qtbot.waitUntil(card.isVisible)
    (progress,) = card.progress.values()
    assert progress.text() == "Week 1 · 0 of 9 steps done"
    boxes = list(card.steps.values())
    assert boxes[0].text() == "Lena owns the rollout in Support"
    for box in boxes[:2]:
        tick(journey, box)
    journey.qtbot.waitUntil(lambda: "2 of 9" in next(iter(card.progress.values())).text())
    (heard,) = card.feedback.values()
    type_into(journey, heard, "Sales asked for a shorter form", enter=True)
    journey.shot("rollout-week-1")

    # A week later the checklist is still on Thursday's page, as it was left.
    window = at_the_desk(journey, journey.next_morning(days=10))  # Thursday 10 December
    weekly = window.weekly_plan
    if weekly.week is None:
        click(journey, weekly.plan_button)
    open_step(journey, weekly, Step.ALIGN)
    card = weekly.align.rollouts
    journey.qtbot.waitUntil(card.isVisible)
    assert next(iter(card.progress.values())).text() == "Week 2 · 2 of 9 steps done"
    checks: list[QCheckBox] = list(card.steps.values())
    assert [c.isChecked() for c in checks[:3]] == [True, True, False]
    assert next(iter(card.feedback.values())).text() == ""  # a new week's feedback
    for step_id in list(card.steps)[2:]:
        box = weekly.align.rollouts.steps[step_id]
        tick(journey, box)
        journey.qtbot.waitUntil(partial(ticked, weekly, step_id))
    journey.qtbot.waitUntil(
        lambda: "Every step is done" in next(iter(weekly.align.rollouts.progress.values())).text()
    )

    # The week after, the finished rollout leaves the page.
    window = at_the_desk(journey, journey.next_morning(days=7))
    weekly = window.weekly_plan
    if weekly.week is None:
        click(journey, weekly.plan_button)
    open_step(journey, weekly, Step.ALIGN)
    assert not weekly.align.rollouts.isVisible()


def test_need_words_where_one_writes_the_hard_things(journey: Journey) -> None:
    window = at_the_desk(journey, journey.open(welcome_answers()))
    person = journey.repositories.people.list()[0]
    for section, hint in (
        ("recognition", "Name the act and what it made possible:"),
        ("delegations", "Hand over the outcome, the limits and the decisions:"),
        ("coaching", "Be specific, kind and brief, then listen:"),
        ("plans", "Be specific, kind and brief, then listen:"),
    ):
        window.open_link(f"leadjournal:coaching?person={person.id}&section={section}")
        shown = getattr(window.coaching_log, section)
        if not shown.words.isVisible():
            click(journey, shown.new_button)
        journey.qtbot.waitUntil(shown.words.isVisible)
        assert not shown.words.words.isVisible()
        click(journey, shown.words.button)
        assert shown.words.words.isVisible()
        assert shown.words.shown_text().startswith(hint), section
        if section == "recognition":
            journey.shot("need-words-recognition")

    # Saying no: the dialog that asks what moves for a new task offers words too.
    dialog = TradeOffDialog("Urgent report", [(1, "Tidy the wiki")], window)
    dialog.show()
    journey.qtbot.waitUntil(dialog.words.isVisible)
    click(journey, dialog.words.button)
    assert dialog.words.shown_text().startswith("Say yes to the person and name the trade-off:")
    assert dialog.words.button.text() == "Hide the examples"
    dialog.close()
