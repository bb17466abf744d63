"""The Start/Stop/Continue tab used as a user would, and the anonymity guarantee on screen."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from leadjournal.db.repositories import Repositories
from leadjournal.services.feedback import DEFAULT_QUESTION
from leadjournal.services.sample_journal import write_sample_journal
from leadjournal.ui.tabs.coaching.prep import PrepareOneOnOneDialog
from leadjournal.ui.tabs.coaching.tab import CoachingLogTab
from leadjournal.ui.tabs.feedback.dialogs import RequestDialog
from leadjournal.ui.tabs.feedback.tab import FeedbackTab
from tests.lookup import cell
from tests.ui.helpers import show_tab

FRIDAY = dt.date(2026, 11, 27)


def make_tab(qtbot: QtBot, repos: Repositories) -> FeedbackTab:
    return show_tab(qtbot, FeedbackTab(repos, today=lambda: FRIDAY))


def all_visible_text(widget: QWidget) -> str:
    """Every string a user could read in the widget: labels, lists, tables, combos."""
    parts: list[str] = []
    for label in widget.findChildren(QLabel):
        parts.append(label.text())
    for listing in widget.findChildren(QListWidget):
        parts += [listing.item(r).text() for r in range(listing.count())]
    for table in widget.findChildren(QTableWidget):
        for row in range(table.rowCount()):
            for column in range(table.columnCount()):
                cell = table.item(row, column)
                parts.append(cell.text() if cell is not None else "")
    return "\n".join(parts)


def test_asking_for_feedback_waits_for_answers_until_closed(
    qtbot: QtBot, repos: Repositories
) -> None:
    lena = repos.people.add("Lena Fischer").id
    tab = make_tab(qtbot, repos)
    assert tab.waiting.waiting_stack.currentIndex() == 0  # "Nothing waiting…"
    tab.ask_request_details = lambda _request: {
        "asked_on": FRIDAY,
        "asked_team": False,
        "person_ids": [lena],
        "asked_whom": "",
        "channel": "one_on_one",
        "question": DEFAULT_QUESTION,
    }
    tab.waiting.ask_for_feedback()
    assert tab.waiting.waiting.count() == 1
    assert "Lena Fischer — 0 answers so far" in tab.waiting.waiting.item(0).text()

    tab.ask_answer_details = lambda request_id: {
        "received_on": FRIDAY,
        "source": "person",
        "person_id": lena,
        "request_id": request_id,
    }
    response_id = tab.add_response(tab.waiting.waiting_request())
    assert tab.pages.currentIndex() == 1
    [response] = repos.feedback.responses()
    assert (response.id, response.source, response.person_id) == (response_id, "person", lena)
    tab.answers.add_item("start")
    cell(tab.answers.items, 0, 1).setText("Share the week's priorities on Monday")
    cell(tab.answers.items, 0, 2).setText("priorities")
    tab.flush_pending_edits()
    [response] = repos.feedback.responses()
    assert [(i.kind, i.text, i.themes) for i in response.items] == [
        ("start", "Share the week's priorities on Monday", "priorities")
    ]
    tab.refresh()
    assert "1 answer so far" in tab.waiting.waiting.item(0).text()
    tab.waiting.close_request()
    assert tab.waiting.waiting_stack.currentIndex() == 0


def test_request_dialog_warns_when_anonymity_is_impossible(qtbot: QtBot) -> None:
    dialog = RequestDialog([(1, "Lena Fischer"), (2, "Aiko Tanaka")], FRIDAY)
    qtbot.addWidget(dialog)
    assert dialog.question.toPlainText() == DEFAULT_QUESTION
    dialog.team.setChecked(False)
    dialog.channel.setCurrentIndex(dialog.channel.findData("anonymous_form"))
    dialog.channel.activated.emit(dialog.channel.currentIndex())
    dialog.people.item(0).setCheckState(dialog.people.item(0).checkState().Checked)
    assert dialog.hint.isVisibleTo(dialog)
    dialog.people.item(1).setCheckState(dialog.people.item(1).checkState().Checked)
    assert not dialog.hint.isVisibleTo(dialog)
    assert dialog.details()["person_ids"] == [1, 2]


def test_anonymous_answers_show_no_name_anywhere(qtbot: QtBot, repos: Repositories) -> None:
    write_sample_journal(repos, FRIDAY)
    marcus = repos.people.find_by_name("Marcus Oyelaran")
    assert marcus is not None
    # A named answer from Marcus is turned anonymous in the tab: his name must vanish.
    tab = make_tab(qtbot, repos)
    response_id = repos.feedback.add_response(
        received_on=FRIDAY,
        source="person",
        person_id=marcus.id,
        items=[("stop", "Quokka-marked remark about stand-ups", "meetings")],
    )
    tab.refresh(select_response=response_id)
    tab.pages.setCurrentIndex(1)  # the Answers page
    assert tab.answers.person.isVisibleTo(tab)
    tab.answers.source.setCurrentIndex(tab.answers.source.findData("anonymous"))
    tab.answers.source.activated.emit(tab.answers.source.currentIndex())
    assert not tab.answers.person.isVisibleTo(tab)
    assert tab.answers.anonymity_note.isVisibleTo(tab)
    tab.refresh(select_response=response_id)

    anonymous_texts = {
        item.text for r in repos.feedback.responses() if r.source == "anonymous" for item in r.items
    }
    assert "Quokka-marked remark about stand-ups" in anonymous_texts
    # Lists of answers: the anonymous ones are labelled "Anonymous" and nothing else.
    for row in range(tab.answers.response_list.count()):
        text = tab.answers.response_list.item(row).text()
        if "Anonymous" in text:
            assert not any(p.name in text for p in repos.people.list())
    # The theme view, for every theme: no name stands next to an anonymous item.
    for row in range(tab.themes.theme_table.rowCount()):
        tab.themes.theme_table.selectRow(row)
        for item_row in range(tab.themes.theme_items.rowCount()):
            said = cell(tab.themes.theme_items, item_row, 1).text()
            source = cell(tab.themes.theme_items, item_row, 2).text()
            if said in anonymous_texts:
                assert source.startswith("Anonymous, ")
                assert not any(p.name in source for p in repos.people.list())

    # One-on-one preparation for Marcus never brings the anonymous items along.
    log = CoachingLogTab(repos, today=lambda: FRIDAY)
    qtbot.addWidget(log)
    log.select_person(marcus.id)
    dialog = PrepareOneOnOneDialog(log, marcus, dt.date(2026, 12, 1))
    qtbot.addWidget(dialog)
    agenda = " ".join(line.text for line in dialog.agenda())
    assert not any(text in agenda for text in anonymous_texts)
    assert "Tell us on Monday morning" in agenda  # his named feedback does come along
    assert QApplication.instance() is not None


def test_acting_on_a_theme_then_closing_it_into_a_lesson(qtbot: QtBot, repos: Repositories) -> None:
    repos.feedback.add_response(
        received_on=FRIDAY,
        source="anonymous",
        person_id=None,
        items=[("start", "Share priorities", "priorities"), ("stop", "Long calls", "meetings")],
    )
    tab = make_tab(qtbot, repos)
    assert tab.themes.start_button.isVisibleTo(tab)
    tab.themes.select_theme("priorities")
    assert tab.themes.action_theme.text() == "priorities"
    assert tab.themes.start_acting() is None  # nothing written yet: asked what they will do
    assert tab.told == ["Write the one change you will make before starting."]  # type: ignore[attr-defined]
    tab.themes.action_text.setPlainText("Post priorities by 10:00 every Monday")
    assert tab.themes.start_acting() is not None
    statuses = {
        cell(tab.themes.theme_table, r, 0).text(): cell(tab.themes.theme_table, r, 5).text()
        for r in range(tab.themes.theme_table.rowCount())
    }
    assert statuses == {"priorities": "Acting on it", "meetings": ""}
    assert tab.themes.done_button.isVisibleTo(tab) and not tab.themes.start_button.isVisibleTo(tab)

    tab.themes.mark_done()
    assert not tab.themes.done_button.isVisibleTo(tab)
    tab.ask_what_changed = lambda _theme: ("Nobody asked me on Wednesday any more", True)
    lesson_id = tab.themes.close_action()
    assert lesson_id is not None
    lesson = repos.lessons.get(lesson_id)
    assert lesson is not None
    assert lesson.title == "What changed when I acted on “priorities”"
    assert lesson.what_i_learned == "Nobody asked me on Wednesday any more"
    assert "Nobody asked me on Wednesday any more" in tab.themes.history.item(0).text()
    assert tab.themes.start_button.isVisibleTo(tab)  # free to choose the next theme
    shown = [
        cell(tab.themes.theme_table, r, 0).text() for r in range(tab.themes.theme_table.rowCount())
    ]
    assert shown == ["meetings"]  # closed items leave the view…
    tab.themes.show_closed.setChecked(True)
    shown = [
        cell(tab.themes.theme_table, r, 0).text() for r in range(tab.themes.theme_table.rowCount())
    ]
    assert "priorities" in shown  # …unless asked for
    assert "Anonymous" in all_visible_text(tab)
