"""The Lessons Learned tab and the "From your lessons" panel, used as a user would."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from leadjournal.db.repositories import Repositories
from leadjournal.services.sample_journal import write_sample_journal
from leadjournal.ui.saving import AUTOSAVE_DELAY_MS
from leadjournal.ui.tabs.lessons import LessonsTab
from leadjournal.ui.tabs.weekly_plan.tab import WeeklyPlanTab
from tests.ui.helpers import show_tab

FRIDAY = dt.date(2026, 11, 27)


def make_tab(qtbot: QtBot, repos: Repositories) -> LessonsTab:
    return show_tab(qtbot, LessonsTab(repos, today=lambda: FRIDAY))


def shown_titles(tab: LessonsTab) -> list[str]:
    return [lesson.title for lesson in tab.model.lessons()]


def test_empty_tab_explains_lessons_and_writes_the_first(qtbot: QtBot, repos: Repositories) -> None:
    tab = make_tab(qtbot, repos)
    assert tab.right.currentIndex() == 0
    assert "what you will do differently" in tab.empty_label.text()
    assert not tab.no_match.isVisibleTo(tab)  # nothing to match yet is not "no match"
    tab.new_lesson()
    qtbot.keyClicks(tab.title, "Say who decides before the meeting")
    qtbot.keyClicks(tab.do_differently, "Put the decider in the invite")
    qtbot.wait(AUTOSAVE_DELAY_MS + 200)
    [lesson] = repos.lessons.find()
    assert lesson.learned_on == FRIDAY
    assert lesson.title == "Say who decides before the meeting"
    assert lesson.do_differently == "Put the decider in the invite"
    assert shown_titles(tab) == ["Say who decides before the meeting"]


def test_live_search_and_filters_narrow_the_list(qtbot: QtBot, repos: Repositories) -> None:
    write_sample_journal(repos, FRIDAY)
    tab = make_tab(qtbot, repos)
    total = repos.lessons.count()
    assert len(shown_titles(tab)) == total
    qtbot.keyClicks(tab.search, "rota")
    qtbot.waitUntil(lambda: len(shown_titles(tab)) < total)
    assert shown_titles(tab) == ["Publish the rota before asking for swaps"]
    assert tab.count_label.text() == f"1 of {total} lessons"

    tab.clear_filters()
    tab.tag_filter.setCurrentIndex(tab.tag_filter.findData("meetings"))
    tab.tag_filter.activated.emit(tab.tag_filter.currentIndex())
    assert set(shown_titles(tab)) == {
        "Say who decides before the meeting starts",
        "Cancel the stand-up when there is nothing to stand up for",
    }
    tab.clear_filters()
    tomas = repos.people.find_by_name("Tomás Reyes")
    assert tomas is not None
    tab.person_filter.setCurrentIndex(tab.person_filter.findData(tomas.id))
    tab.person_filter.activated.emit(tab.person_filter.currentIndex())
    assert shown_titles(tab) == ["Tomás learns by doing, then reading"]
    tab.from_filter.set_value(FRIDAY)
    tab.from_filter.dateChanged.emit(tab.from_filter.date())
    assert shown_titles(tab) == []
    assert tab.no_match.isVisibleTo(tab)


def test_tags_complete_from_those_already_used(qtbot: QtBot, repos: Repositories) -> None:
    repos.lessons.add(FRIDAY, title="Earlier", tags="delegation, meetings")
    tab = make_tab(qtbot, repos)
    tab.new_lesson()
    tab.tags.setFocus()
    qtbot.keyClicks(tab.tags, "meetings, del")
    assert tab.tags.current_prefix() == "del"
    assert tab.tags.tag_completer.currentCompletion() == "delegation"
    tab.tags.insert_tag("delegation")
    assert tab.tags.text() == "meetings, delegation, "
    tab.flush_pending_edits()
    lesson = repos.lessons.get(tab.current.id)  # type: ignore[union-attr]
    assert lesson is not None and lesson.tags == "meetings, delegation, "


def test_week_and_person_links_are_saved(qtbot: QtBot, repos: Repositories) -> None:
    write_sample_journal(repos, FRIDAY)
    tab = make_tab(qtbot, repos)
    tab.new_lesson()
    priya = repos.people.find_by_name("Priya Natarajan")
    assert priya is not None
    tab.person.setCurrentIndex(tab.person.findData(priya.id))
    tab.person.activated.emit(tab.person.currentIndex())
    tab.week.setCurrentIndex(1)  # the newest week
    tab.week.activated.emit(1)
    tab.flush_pending_edits()
    lesson = repos.lessons.get(tab.current.id)  # type: ignore[union-attr]
    assert lesson is not None and lesson.person_id == priya.id
    assert repos.weeks.week_ids()[lesson.week_id] == dt.date(2026, 11, 23)  # type: ignore[index]


def test_export_writes_the_shown_or_selected_lessons(
    qtbot: QtBot, repos: Repositories, tmp_path: Path
) -> None:
    write_sample_journal(repos, FRIDAY)
    tab = make_tab(qtbot, repos)
    tab.choose_save_path = lambda _caption, name: tmp_path / name
    qtbot.keyClicks(tab.search, "meeting")
    tab.apply_filters()
    path = tab.export_markdown()
    assert path == tmp_path / "lessons.md"
    text = path.read_text(encoding="utf-8")
    assert text.count("\n## ") == len(shown_titles(tab)) == 2
    assert "Say who decides before the meeting starts" in text

    tab.clear_filters()
    tab.view.selectRow(0)
    tab.view.selectionModel().select(
        tab.model.index(2, 0),
        tab.view.selectionModel().SelectionFlag.Select
        | tab.view.selectionModel().SelectionFlag.Rows,
    )
    text = tab.export_markdown().read_text(encoding="utf-8")  # type: ignore[union-attr]
    assert text.count("\n## ") == 2

    tab.choose_save_path = lambda *_: tmp_path / "missing" / "lessons.md"
    assert tab.export_markdown() is None
    assert tab.told == ["lessons.md could not be saved: No such file or directory."]  # type: ignore[attr-defined]


def test_deleting_a_lesson_asks_first(qtbot: QtBot, repos: Repositories) -> None:
    repos.lessons.add(FRIDAY, title="Keep me")
    tab = make_tab(qtbot, repos)
    tab.confirm = lambda _title, _text: False
    tab.delete_lesson()
    assert repos.lessons.count() == 1
    tab.confirm = lambda _title, _text: True
    tab.delete_lesson()
    assert repos.lessons.count() == 0
    assert tab.right.currentIndex() == 0


def test_weekly_plan_shows_matching_lessons_and_hides_dismissed_ones(
    qtbot: QtBot, repos: Repositories, qtmodeltester: Any
) -> None:
    write_sample_journal(repos, FRIDAY)
    weekly = WeeklyPlanTab(repos, today=lambda: FRIDAY)
    qtbot.addWidget(weekly)
    weekly.show()
    panel = weekly.lessons_panel
    assert panel.isVisibleTo(weekly)
    assert 1 <= len(panel.shown) <= 3
    titles = [repos.lessons.get(i).title for i in panel.shown]  # type: ignore[union-attr]
    assert "Publish the rota before asking for swaps" in titles  # "rota" is in this week
    opened: list[int] = []
    weekly.lesson_requested.connect(opened.append)
    panel.lesson_opened.emit(panel.shown[0])
    assert opened == [panel.shown[0]]

    first = panel.shown[0]
    panel.dismiss(first)
    assert first not in panel.shown
    weekly.previous_week()
    weekly.next_week()
    assert first not in weekly.lessons_panel.shown  # still put away this week

    tab = make_tab(qtbot, repos)
    qtmodeltester.check(tab.model)
    tab.open_lesson(first)
    assert tab.current is not None and tab.current.id == first
    assert tab.view.currentIndex().row() == tab.model.row_of(first)
    assert tab.model.data(tab.model.index(0, 0), Qt.ItemDataRole.DisplayRole)
