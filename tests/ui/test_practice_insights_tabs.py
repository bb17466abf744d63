"""The Practice and Insights tabs used as a user would."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCharts import QChart
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from leadjournal.db.repositories import Repositories
from leadjournal.services.sample_journal import write_sample_journal
from leadjournal.ui.tabs.insights import InsightsTab
from leadjournal.ui.tabs.practice.tab import PracticeTab
from tests.lookup import cell
from tests.ui.helpers import scroll_to_chart, show_tab

MONDAY = dt.date(2026, 11, 23)
WEDNESDAY = dt.date(2026, 11, 25)


def practice_tab(qtbot: QtBot, repos: Repositories, today: dt.date = WEDNESDAY) -> PracticeTab:
    tab = show_tab(qtbot, PracticeTab(repos, today=lambda: today))
    answers: list[str | None] = []
    tab.answers = answers  # type: ignore[attr-defined]
    tab.ask_text = lambda _title, _label, _current: answers.pop(0)
    return tab


def test_start_a_cycle_and_tick_days_from_the_keyboard(qtbot: QtBot, repos: Repositories) -> None:
    tab = practice_tab(qtbot, repos)
    assert tab.pages.currentIndex() == 0  # nothing running: the start page
    assert tab.no_cycle.isVisible() and not tab.start_button.isVisible()
    qtbot.mouseClick(tab.no_cycle.button, Qt.MouseButton.LeftButton)  # "Choose two behaviours"
    assert tab.start_button.isVisible()
    tab.choosers["lead"].setCurrentIndex(tab.choosers["lead"].findData("lead.explain-why"))
    assert "Done today:" in tab.chooser_help["lead"].text()
    tab.choosers["manage"].setCurrentIndex(tab.choosers["manage"].findData("manage.one-owner"))
    tab.start_today.setChecked(True)
    tab.working_days.setChecked(True)
    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    cycle = repos.practice.active_cycle()
    assert cycle is not None
    assert (cycle.started_on, cycle.lead_title, cycle.manage_title) == (
        WEDNESDAY,
        "Explain the why",
        "One owner for every task",
    )
    assert tab.pages.currentIndex() == 1
    assert tab.cycle_title.text().endswith("day 1 of 14")
    assert (tab.grid.currentRow(), tab.grid.currentColumn()) == (0, 0)  # today is selected

    tab.grid.setFocus()
    qtbot.keyClick(tab.grid, Qt.Key.Key_Space)
    tab.grid.setCurrentCell(1, 0)
    tab.answers.append("Stuck in the outage review all day")  # type: ignore[attr-defined]
    qtbot.keyClick(tab.grid, Qt.Key.Key_S)
    ticks = {(t.behaviour, t.state, t.note) for t in repos.practice.active_cycle().ticks}  # type: ignore[union-attr]
    assert ticks == {
        ("lead", "done", ""),
        ("manage", "skipped", "Stuck in the outage review all day"),
    }
    assert cell(tab.grid, 0, 0).text() == "✓"
    assert cell(tab.grid, 1, 0).text().startswith("–")
    assert "Adherence 100% (1 of 1 days) · streak 1" in tab.cards["lead"].text()
    assert "Adherence 0% (0 of 1 days) · streak 0" in tab.cards["manage"].text()
    # Saturday is off in a working-days cycle; tomorrow cannot be ticked yet.
    assert cell(tab.grid, 0, 3).text() == "off"
    tab.grid.setCurrentCell(0, 1)
    qtbot.keyClick(tab.grid, Qt.Key.Key_Space)
    assert tab.notice.text() == (
        "Thu 26 Nov 2026 hasn't come yet — you can tick it on the day or after."
    )
    assert tab.told == []  # type: ignore[attr-defined]  # a line under the grid, not a box
    # Space again on a done day clears it; Delete clears a skip.
    tab.grid.setCurrentCell(0, 0)
    qtbot.keyClick(tab.grid, Qt.Key.Key_Space)
    tab.grid.setCurrentCell(1, 0)
    qtbot.keyClick(tab.grid, Qt.Key.Key_Delete)
    assert repos.practice.active_cycle().ticks == []  # type: ignore[union-attr]


def test_a_skip_needs_a_reason(qtbot: QtBot, repos: Repositories) -> None:
    repos.practice.start_cycle(
        MONDAY, ("lead.explain-why", "Explain the why"), ("manage.one-owner", "One owner")
    )
    tab = practice_tab(qtbot, repos)
    tab.answers += ["  ", None]  # type: ignore[attr-defined]
    tab.grid.skip_day(0, 1)
    assert tab.told == ["A skipped day needs a short reason."]  # type: ignore[attr-defined]
    tab.grid.skip_day(0, 1)  # cancelled
    assert repos.practice.active_cycle().ticks == []  # type: ignore[union-attr]
    assert cell(tab.grid, 0, 0).text() == "✗"  # Monday passed without a tick: missed


def test_starting_another_cycle_asks_to_end_the_current_one(
    qtbot: QtBot, repos: Repositories
) -> None:
    first = repos.practice.start_cycle(
        MONDAY, ("lead.explain-why", "Explain the why"), ("manage.one-owner", "One owner")
    )
    tab = practice_tab(qtbot, repos)
    tab.confirm = lambda _title, _text: False
    assert tab.start_cycle("lead.listen-fully", "manage.checklist") is None
    assert repos.practice.active_cycle().id == first  # type: ignore[union-attr]
    tab.confirm = lambda _title, _text: True
    second = tab.start_cycle("lead.listen-fully", "manage.checklist")
    assert second is not None and repos.practice.active_cycle().id == second  # type: ignore[union-attr]
    [ended] = [c for c in repos.practice.cycles() if c.id == first]
    assert (ended.status, ended.ended_on) == ("ended", WEDNESDAY)
    assert tab.history.table.rowCount() == 1
    assert cell(tab.history.table, 0, 4).text() == "Ended early"


def test_day_fourteen_reflection_self_feedback_and_repeat(
    qtbot: QtBot, repos: Repositories
) -> None:
    start = WEDNESDAY - dt.timedelta(days=13)
    repos.practice.start_cycle(
        start,
        ("lead.explain-why", "Explain the why"),
        ("manage.one-owner", "One owner for every task"),
    )
    tab = practice_tab(qtbot, repos)
    assert tab.reflection_box.isVisibleTo(tab)
    tab.reflection["what_worked"].setPlainText("Fewer follow-up questions")
    tab.keep.setCurrentIndex(tab.keep.findData("yes"))
    tab.keep.activated.emit(tab.keep.currentIndex())
    tab.self_feedback["start"].setText("Write the why on the board")
    new_cycle = tab.finish_cycle(repeat=True)
    assert new_cycle is not None
    cycles = repos.practice.cycles()
    done = next(c for c in cycles if c.status == "finished")
    assert (done.what_worked, done.keep_practising) == ("Fewer follow-up questions", "yes")
    [self_feedback] = [r for r in repos.feedback.responses() if r.id == done.self_feedback_id]
    assert self_feedback.source == "self"
    assert [(i.kind, i.text) for i in self_feedback.items] == [
        ("start", "Write the why on the board")
    ]
    running = repos.practice.active_cycle()
    assert running is not None and running.id == new_cycle
    assert (running.lead_key, running.manage_key) == ("lead.explain-why", "manage.one-owner")
    assert tab.history.bars(0) == ["Leading 0%", "Managing 0%"]


def test_own_behaviour_can_be_chosen(qtbot: QtBot, repos: Repositories) -> None:
    tab = practice_tab(qtbot, repos)
    tab.ask_behaviour = lambda: {
        "kind": "manage",
        "title": "Close the day's chat threads",
        "description": "No thread without an owner",
        "done_today": "Every thread had a name",
        "schedule": "times:3",
    }
    behaviour_id = tab.add_own_behaviour()
    assert tab.choosers["manage"].currentData() == f"custom:{behaviour_id}"
    assert tab.choosers["manage"].currentText() == "Close the day's chat threads"
    assert tab.schedule_choosers["manage"].currentText() == "3 times a week"


def test_sample_history_shows_adherence_bars(qtbot: QtBot, repos: Repositories) -> None:
    write_sample_journal(repos, dt.date(2026, 11, 27))
    tab = practice_tab(qtbot, repos, today=dt.date(2026, 11, 27))
    assert tab.history.table.rowCount() == 2
    assert tab.history.bars(0) == ["Leading 80%", "Managing 100%"]
    assert cell(tab.history.table, 0, 3).data(Qt.ItemDataRole.AccessibleTextRole) == (
        "Leading 80% · Managing 100%"
    )
    assert tab.cycle_title.text().endswith("day 12 of 14")


# --- Insights ---------------------------------------------------------------------------------


def insights_tab(qtbot: QtBot, repos: Repositories) -> InsightsTab:
    write_sample_journal(repos, dt.date(2026, 11, 27))
    return show_tab(
        qtbot,
        InsightsTab(
            repos, today=lambda: dt.date(2026, 11, 27), now=lambda: dt.datetime(2026, 11, 27, 12)
        ),
    )


def test_self_check_is_saved_and_suggests_moves(qtbot: QtBot, repos: Repositories) -> None:
    tab = insights_tab(qtbot, repos)
    assert tab.signals["inconsistent"].isChecked()  # the sample's answer for this week
    assert tab.advice.text().startswith("Lean into managing")
    tab.signals["inconsistent"].setChecked(False)
    tab.signals["confused"].setChecked(True)
    tab.signals["low_energy"].setChecked(True)
    check = repos.practice.check(dt.date(2026, 11, 23))
    assert check is not None and (check.confused, check.low_energy, check.inconsistent) == (
        True,
        True,
        False,
    )
    assert tab.advice.text().startswith("Lean into leading")
    assert tab.moves.text().count("•") == 2
    data = tab.panels["balance"].data
    assert data is not None and data.rows[-1][1] == 2


def test_charts_have_titles_axes_and_legends(qtbot: QtBot, repos: Repositories) -> None:
    tab = insights_tab(qtbot, repos)
    for key, panel in tab.panels.items():
        chart = panel.view.chart()
        assert isinstance(chart, QChart), key
        assert panel.stack.currentIndex() == 0, key
        assert chart.title(), key
        assert not chart.legend().isVisible(), key  # the panel's own, wrapping legend
        titles = [axis.titleText() for axis in chart.axes()]
        assert len(titles) == 2 and all(titles), key
    assert tab.pulses.item(0).text().startswith("16 Nov: ")
    tab.range.setCurrentIndex(tab.range.findData("year"))
    tab.range.activated.emit(tab.range.currentIndex())
    assert tab.panels["reliability"].data is not None


def test_in_the_window_charts_are_drawn_one_turn_at_a_time(
    qtbot: QtBot, repos: Repositories
) -> None:
    """Opening Insights never holds the window still for all its charts at once: the
    charts in view are drawn one per turn, those below the fold only once scrolled to;
    a newer range replaces a drawing still under way, and the charts end on that range."""
    write_sample_journal(repos, dt.date(2026, 11, 27))
    tab = show_tab(
        qtbot, InsightsTab(repos, today=lambda: dt.date(2026, 11, 27), charts_in_turns=True)
    )
    waiting = [key for key, panel in tab.panels.items() if panel.data is None]
    assert tab.drawing_charts and waiting  # some still to come, the window free meanwhile
    assert tab.panels[waiting[0]].empty.text() == "Drawing the chart…"
    with qtbot.waitSignal(tab.charts_drawn, timeout=5000):
        tab.range.setCurrentIndex(tab.range.findData("all"))
        tab.range.activated.emit(tab.range.currentIndex())  # while the first drawing runs
    assert not tab.drawing_charts
    first_week = repos.weeks.week_starts()[0]
    reliability = tab.panels["reliability"]
    assert reliability.stack.currentIndex() == 0 and reliability.data is not None
    assert reliability.data.rows[0][0] == first_week
    # Below the fold nothing was read yet: the last chart waits until it is seen.
    below = tab.panels["slip_causes"]
    assert below.visibleRegion().isEmpty() and below.data is None
    assert below.empty.text() == "Drawing the chart…"
    for key, panel in tab.panels.items():  # scrolling down, each chart as it comes
        scroll_to_chart(qtbot, tab, panel)
        assert panel.stack.currentIndex() == 0, key
        assert panel.data is not None, key
    # A new range while scrolled down: what is in view now is drawn again, the top waits.
    drawn = {key: panel.data for key, panel in tab.panels.items()}
    tab.range.setCurrentIndex(tab.range.findData("8w"))
    tab.range.activated.emit(tab.range.currentIndex())
    qtbot.waitUntil(lambda: not tab.drawing_charts)
    assert below.data is not drawn["slip_causes"]
    assert reliability.data is drawn["reliability"]  # still all time, until seen again
    scroll_to_chart(qtbot, tab, reliability)
    assert reliability.data is not drawn["reliability"]


def test_empty_journal_explains_each_chart(qtbot: QtBot, repos: Repositories) -> None:
    tab = show_tab(qtbot, InsightsTab(repos, today=lambda: dt.date(2026, 11, 27)))
    for panel in tab.panels.values():
        assert panel.stack.currentIndex() == 1
        assert panel.empty.text()
        assert not panel.save_button.isEnabled()


def test_chart_and_data_export(qtbot: QtBot, repos: Repositories, tmp_path: Path) -> None:
    tab = insights_tab(qtbot, repos)
    tab.choose_save_path = lambda _caption, name, _filter: tmp_path / name
    panel = tab.panels["recognition"]
    png = panel.save_png()
    assert png == tmp_path / "recognition.png"
    assert png.read_bytes().startswith(b"\x89PNG")
    csv_path = panel.save_csv()
    assert csv_path is not None
    lines = csv_path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "Person,Recognitions"
    assert lines[1] == "Tomás Reyes,0"
    tab.choose_save_path = lambda *_: tmp_path / "gone" / "x.csv"
    assert panel.save_csv() is None
    assert tab.told == ["x.csv could not be saved: No such file or directory."]  # type: ignore[attr-defined]
