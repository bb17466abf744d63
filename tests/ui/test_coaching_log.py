"""The Coaching Log tab used as a user would, read back through the repositories."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from leadjournal.db.repositories import Repositories
from leadjournal.services.sample_journal import write_sample_journal
from leadjournal.ui.saving import AUTOSAVE_DELAY_MS
from leadjournal.ui.tabs.coaching.person_dialog import PersonDialog
from leadjournal.ui.tabs.coaching.prep import PrepareOneOnOneDialog
from leadjournal.ui.tabs.coaching.tab import CoachingLogTab
from leadjournal.ui.tabs.coaching.timeline import TimelineModel
from leadjournal.ui.tabs.weekly_plan.tab import WeeklyPlanTab
from tests.ui.helpers import show_tab

FRIDAY = dt.date(2026, 11, 27)


def make_tab(qtbot: QtBot, repos: Repositories) -> CoachingLogTab:
    return show_tab(qtbot, CoachingLogTab(repos, today=lambda: FRIDAY))


@pytest.fixture
def sample(repos: Repositories) -> Repositories:
    write_sample_journal(repos, FRIDAY)
    return repos


def person_id(repos: Repositories, name: str) -> int:
    person = repos.people.find_by_name(name)
    assert person is not None
    return person.id


def wait_for_autosave(qtbot: QtBot) -> None:
    qtbot.wait(AUTOSAVE_DELAY_MS + 200)


def test_an_empty_log_asks_who_you_look_after_and_adds_them(
    qtbot: QtBot, repos: Repositories
) -> None:
    tab = make_tab(qtbot, repos)
    assert tab.body.currentIndex() == 0  # "Who do you look after?"
    tab.ask_person_details = lambda _person: {
        "name": "Lena Fischer",
        "role": "Knowledge-base writer",
        "started_on": dt.date(2025, 1, 6),
        "notes": "Part-time",
    }
    tab.add_person()
    assert tab.body.currentIndex() == 1
    assert tab.name_label.text() == "Lena Fischer"
    assert "on the team since Mon 6 Jan 2025" in tab.role_label.text()
    assert tab.people_list.count() == 1
    # Each section says what goes there instead of showing a blank table.
    tab.show_section(tab.coaching)
    assert "No coaching conversations with Lena yet" in tab.coaching.empty_label.text()
    assert tab.coaching.right.currentIndex() == 0


def test_person_dialog_needs_a_name(qtbot: QtBot) -> None:
    dialog = PersonDialog()
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.name, "Aiko Tanaka")
    assert dialog.save_button.isEnabled()
    assert dialog.details()["name"] == "Aiko Tanaka"
    assert dialog.details()["started_on"] is None


def test_archived_people_leave_the_pickers_but_keep_their_history(
    qtbot: QtBot, sample: Repositories
) -> None:
    tab = make_tab(qtbot, sample)
    aiko = person_id(sample, "Aiko Tanaka")
    tab.select_person(aiko)
    tab.toggle_archived()
    names = [tab.people_list.item(r).text() for r in range(tab.people_list.count())]
    assert not any(n.startswith("Aiko") for n in names)
    weekly = WeeklyPlanTab(sample, today=lambda: FRIDAY)
    qtbot.addWidget(weekly)
    weekly.show_step(1)
    owners = [weekly.execution.owner.itemText(i) for i in range(weekly.execution.owner.count())]
    assert "Aiko Tanaka" not in owners and "Lena Fischer" in owners
    # Her tasks still say she owns them; showing one does not hand it to anyone else.
    [task] = [t for t in weekly.week.tasks if t.owner_person_id == aiko][:1]  # type: ignore[union-attr]
    weekly.execution.select_task(task.id)
    assert weekly.execution.owner.currentText() == "Aiko Tanaka (archived)"
    weekly.execution.set_owner_text(weekly.execution.owner.currentText())
    assert sample.weeks.get_task(task.id).owner_person_id == aiko  # type: ignore[union-attr]

    tab.show_archived.setChecked(True)
    tab.select_person(aiko)
    assert tab.name_label.text() == "Aiko Tanaka (archived)"
    assert tab.timeline.model.rowCount() > 0  # history is still there
    assert not tab.prepare_button.isEnabled()
    tab.toggle_archived()  # Restore
    assert not sample.people.get(aiko).archived  # type: ignore[union-attr]


def test_one_on_one_action_items_carry_over_until_done(qtbot: QtBot, repos: Repositories) -> None:
    tomas = repos.people.add("Tomas Reyes", "Support engineer").id
    tab = make_tab(qtbot, repos)
    tab.show_section(tab.one_on_ones)
    section = tab.one_on_ones
    first_id = section.create_record()
    assert first_id is not None
    section.when.setDateTime(section.when.dateTime().addDays(-14))
    section.add_action_item("Shadow two escalations", owner="them")
    wait_for_autosave(qtbot)
    owner = section.action_table.cellWidget(0, 1)
    assert isinstance(owner, QComboBox)
    assert owner.currentText() == "Tomas"  # the person's name, not "Them"

    qtbot.mouseClick(section.new_button, Qt.MouseButton.LeftButton)
    assert section.carried_box.isVisibleTo(tab)
    assert section.carried.rowCount() == 1
    carried = [section.carried.item(0, column) for column in (0, 1, 3)]
    assert [cell.text() if cell else None for cell in carried] == [
        "Shadow two escalations",
        "Tomas",
        "Mon 16 Nov 2026",  # where it came from
    ]
    status = section.carried.cellWidget(0, 4)
    assert isinstance(status, QComboBox)
    status.setCurrentIndex(status.findData("done"))
    status.activated.emit(status.currentIndex())

    [item] = [i for m in repos.coaching.one_on_ones(tomas) for i in m.action_items]
    assert item.status == "done" and item.closed_on == FRIDAY
    section.reload()
    assert not section.carried_box.isVisibleTo(tab)


def test_typing_in_a_coaching_conversation_is_saved_and_asked_about_next_time(
    qtbot: QtBot, repos: Repositories
) -> None:
    tomas = repos.people.add("Tomas Reyes").id
    tab = make_tab(qtbot, repos)
    tab.show_section(tab.coaching)
    tab.coaching.create_record()
    qtbot.keyClicks(tab.coaching.skill, "Escalation calls")
    qtbot.keyClicks(tab.coaching.next_step, "Open with the three-line opener")
    wait_for_autosave(qtbot)
    [talk] = repos.coaching.coaching(tomas)
    assert (talk.skill, talk.next_step) == ("Escalation calls", "Open with the three-line opener")
    assert talk.follow_up_on == FRIDAY + dt.timedelta(days=7)
    assert tab.coaching.records.item(0).text().endswith("Escalation calls")

    tab.show_section(tab.one_on_ones)
    tab.one_on_ones.create_record()  # next working day: Monday 30 Nov
    section = tab.one_on_ones
    assert section.practice_box.isVisibleTo(tab)
    assert section.practice_step.text().startswith("Open with the three-line opener")
    section.practice_outcome.setCurrentIndex(section.practice_outcome.findData("partly"))
    section.practice_outcome.activated.emit(section.practice_outcome.currentIndex())
    qtbot.keyClicks(section.practice_note, "Used it once")
    tab.flush_pending_edits()
    [talk] = repos.coaching.coaching(tomas)
    assert (talk.practice_outcome, talk.practice_note) == ("partly", "Used it once")


def test_prepared_agenda_becomes_the_meetings_agenda_and_exports(
    qtbot: QtBot, sample: Repositories, tmp_path: Path
) -> None:
    tab = make_tab(qtbot, sample)
    marcus = person_id(sample, "Marcus Oyelaran")
    tab.select_person(marcus)
    upcoming = tab.default_prep_day()
    assert upcoming == dt.date(2026, 12, 1)  # his scheduled one-on-one
    dialog = PrepareOneOnOneDialog(tab, tab.person, upcoming)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    sources = [line.source for line in dialog.agenda()]
    assert {"action", "blocker", "recognition", "feedback", "delegation", "question"} <= set(
        sources
    )
    dialog.lines.setCurrentRow(dialog.lines.count() - 1)
    dialog.remove_line()
    dialog.lines.setCurrentRow(1)
    dialog.move_line(-1)
    dialog.add_line()
    dialog.lines.item(dialog.lines.count() - 1).setText("Holiday cover in December")
    lines = [(line.text, line.source) for line in dialog.agenda()]

    meeting_id = tab.use_agenda(dialog.meeting_day(), lines)
    meeting = sample.coaching.get_one_on_one(meeting_id)
    assert meeting is not None
    assert meeting.scheduled_at == dt.datetime(2026, 12, 1, 14, 0)  # the existing one
    assert [(a.text, a.source) for a in meeting.agenda] == lines
    assert lines[-1] == ("Holiday cover in December", "own")
    assert tab.sections.currentWidget() is tab.one_on_ones
    assert tab.one_on_ones.agenda.count() == len(lines)

    tab.choose_save_path = lambda _caption, name, _filter: tmp_path / name
    saved = tab.save_agenda(
        "Marcus Oyelaran", meeting.scheduled_at, [text for text, _ in lines], "markdown"
    )
    assert saved == tmp_path / "one-on-one-marcus-oyelaran-2026-12-01.md"
    text = saved.read_text(encoding="utf-8")
    assert text.startswith("# One-on-one with Marcus Oyelaran")
    assert "Holiday cover in December" in text
    pdf = tab.save_agenda("Marcus Oyelaran", meeting.scheduled_at, ["One line"], "pdf")
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")

    tab.choose_save_path = lambda *_: tmp_path / "no-such-folder" / "agenda.md"
    assert tab.save_agenda("Marcus Oyelaran", meeting.scheduled_at, ["x"], "markdown") is None
    assert tab.told == ["agenda.md could not be saved: No such file or directory."]  # type: ignore[attr-defined]


def test_agenda_lines_can_be_added_reordered_and_removed_in_the_meeting(
    qtbot: QtBot, repos: Repositories
) -> None:
    lena = repos.people.add("Lena Fischer").id
    tab = make_tab(qtbot, repos)
    tab.show_section(tab.one_on_ones)
    section = tab.one_on_ones
    section.create_record()
    for text in ("Refund article", "Sales requests"):
        section.add_agenda_line()
        section.agenda.currentItem().setText(text)
    section.agenda.setCurrentRow(1)
    section.move_agenda_line(-1)
    tab.flush_pending_edits()
    [meeting] = repos.coaching.one_on_ones(lena)
    assert [a.text for a in meeting.agenda] == ["Sales requests", "Refund article"]
    section.agenda.setCurrentRow(0)
    section.remove_agenda_line()
    tab.flush_pending_edits()
    [meeting] = repos.coaching.one_on_ones(lena)
    assert [a.text for a in meeting.agenda] == ["Refund article"]


def test_improvement_plan_shows_overdue_checkins_on_the_person(
    qtbot: QtBot, sample: Repositories
) -> None:
    tab = make_tab(qtbot, sample)
    tab.select_person(person_id(sample, "Aiko Tanaka"))
    assert tab.overdue_label.isVisibleTo(tab)
    assert "Plan check-in was due 23 Nov" in tab.overdue_label.text()
    tab.show_section(tab.plans)
    assert tab.plans.due_label.text().startswith("Overdue since Mon 23 Nov 2026")
    tab.plans.add_checkin(progress=4, note="On time this Monday")
    assert tab.plans.due_label.text().startswith("Fri 4 Dec 2026")
    assert not tab.overdue_label.isVisibleTo(tab)
    assert tab.plans.checkins.rowCount() == 2


def test_new_plan_defaults_to_weekly_for_four_weeks(qtbot: QtBot, repos: Repositories) -> None:
    aiko = repos.people.add("Aiko Tanaka").id
    tab = make_tab(qtbot, repos)
    tab.show_section(tab.plans)
    tab.plans.create_record()
    assert (tab.plans.cadence.value(), tab.plans.length.value()) == (7, 4)
    tab.plans.length.setValue(6)
    tab.flush_pending_edits()
    [plan] = repos.coaching.plans(aiko)
    assert (plan.cadence_days, plan.length_weeks, plan.status) == (7, 6, "active")


def test_recognition_hint_asks_for_the_impact(qtbot: QtBot, repos: Repositories) -> None:
    repos.people.add("Priya Natarajan")
    tab = make_tab(qtbot, repos)
    tab.show_section(tab.recognition)
    tab.recognition.create_record()
    qtbot.keyClicks(tab.recognition.what, "Great job on the outage")
    assert tab.recognition.hint.isVisibleTo(tab)
    qtbot.keyClicks(tab.recognition.impact, "Engineering fixed it in two hours")
    assert not tab.recognition.hint.isVisibleTo(tab)


def test_high_risk_delegation_asks_for_the_reasoning(qtbot: QtBot, repos: Repositories) -> None:
    priya = repos.people.add("Priya Natarajan").id
    tab = make_tab(qtbot, repos)
    tab.show_section(tab.delegations)
    tab.delegations.create_record()
    section = tab.delegations
    assert not section.reasoning.isVisibleTo(tab)
    section.risk.setCurrentIndex(section.risk.findData("high"))
    section.risk.activated.emit(section.risk.currentIndex())
    assert section.reasoning.isVisibleTo(tab)
    section.rights.setCurrentIndex(section.rights.findData("recommend"))
    section.rights.activated.emit(section.rights.currentIndex())
    tab.flush_pending_edits()
    [delegation] = repos.coaching.delegations(priya)
    assert (delegation.risk, delegation.decision_rights) == ("high", "recommend")


def test_timeline_filters_by_kind_and_opens_entries(
    qtbot: QtBot, sample: Repositories, qtmodeltester: Any
) -> None:
    tab = make_tab(qtbot, sample)
    tab.select_person(person_id(sample, "Marcus Oyelaran"))
    model = tab.timeline.model
    qtmodeltester.check(model)
    kinds = {model.entry(r).kind for r in range(model.rowCount())}
    # Besides their records: the blockers they raised and their tasks that slipped.
    assert kinds == {
        "one_on_one",
        "coaching",
        "recognition",
        "delegation",
        "feedback",
        "blocker",
        "slipped",
    }
    dates = [model.entry(r).when for r in range(model.rowCount())]
    assert dates == sorted(dates, reverse=True)

    tab.timeline.kind_filter.setCurrentIndex(tab.timeline.kind_filter.findData("coaching"))
    assert model.rowCount() == 1
    assert model.data(model.index(0, TimelineModel.COL_TITLE)) == "Giving feedback to a peer"
    tab.timeline.view.doubleClicked.emit(model.index(0, 0))
    assert tab.sections.currentWidget() is tab.coaching
    assert tab.coaching.skill.text() == "Giving feedback to a peer"


def test_deleting_a_person_lists_what_goes_and_removes_them(
    qtbot: QtBot, sample: Repositories
) -> None:
    tab = make_tab(qtbot, sample)
    tomas = person_id(sample, "Tomás Reyes")
    tab.select_person(tomas)
    tab.delete_person()
    [question] = tab.asked  # type: ignore[attr-defined]
    assert "Delete Tomás Reyes from your journal? This cannot be undone." in question
    assert "• 4 one-on-ones" in question and "• 2 coaching conversations" in question
    assert "tasks they owned become “Unassigned”" in question
    assert sample.people.get(tomas) is None
    assert sample.coaching.one_on_ones(tomas) == []
    names = [tab.people_list.item(r).text() for r in range(tab.people_list.count())]
    assert len(names) == 4 and not any("Tomás" in n for n in names)


def test_refusing_the_delete_confirmation_keeps_everything(
    qtbot: QtBot, sample: Repositories
) -> None:
    tab = make_tab(qtbot, sample)
    tab.confirm = lambda _title, _text: False
    lena = person_id(sample, "Lena Fischer")
    tab.select_person(lena)
    tab.delete_person()
    assert sample.people.get(lena) is not None
    assert len(sample.coaching.one_on_ones(lena)) == 3


def test_new_one_on_one_is_on_the_next_working_day_at_their_usual_time(
    qtbot: QtBot, sample: Repositories
) -> None:
    tab = make_tab(qtbot, sample)
    tab.select_person(person_id(sample, "Priya Natarajan"))
    assert tab.next_meeting_time() == dt.datetime(2026, 11, 30, 10, 0)
    tab.show_section(tab.one_on_ones)
    tab.one_on_ones.create_record()
    assert tab.one_on_ones.when.date() == QDate(2026, 11, 30)


def test_closing_a_plan_saves_its_status_with_the_day_and_reopening_clears_it(
    qtbot: QtBot, repos: Repositories
) -> None:
    aiko = repos.people.add("Aiko Tanaka").id
    tab = make_tab(qtbot, repos)
    tab.show_section(tab.plans)
    tab.plans.create_record()
    status = tab.plans.status
    status.setCurrentIndex(status.findData("met"))
    status.activated.emit(status.currentIndex())
    assert tab.plans.records.item(0).text().startswith("Fri 27 Nov 2026 · Met")
    assert tab.plans.due_label.text() == "None — the plan is closed."
    tab.flush_pending_edits()
    [plan] = repos.coaching.plans(aiko)
    assert (plan.status, plan.closed_on) == ("met", FRIDAY)

    status.setCurrentIndex(status.findData("active"))
    status.activated.emit(status.currentIndex())
    tab.flush_pending_edits()
    [plan] = repos.coaching.plans(aiko)
    assert (plan.status, plan.closed_on) == ("active", None)
    assert tab.plans.records.item(0).text().startswith("Fri 27 Nov 2026 · Active")
