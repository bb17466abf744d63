"""Ctrl+K from any tab, live results grouped by kind, Enter opens the entry; File → Export
and Import through the same code as the command line."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from leadjournal.ui.search import SearchDialog, snippet_html
from tests.ui.helpers import open_demo_session


def test_search_opens_the_entry_in_its_tab(qtbot: QtBot, tmp_path: Path) -> None:
    session = open_demo_session(qtbot, tmp_path, dt.datetime(2026, 11, 27, 8))
    window = session.window
    assert window.find_action.isEnabled()
    assert {s.toString() for s in window.find_action.shortcuts()} == {"Ctrl+K", "Ctrl+F"}
    dialog = SearchDialog(session.repositories, window.open_link, window)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.box, "Halden")
    dialog.run()
    headers = [
        dialog.results.item(i).text()
        for i in range(dialog.results.count())
        if not dialog.results.item(i).data(Qt.ItemDataRole.UserRole)
    ]
    assert "Coaching" in headers
    assert dialog.status.text().endswith("results")
    # Move to the coaching hit and press Enter in the box.
    links = [
        str(dialog.results.item(i).data(Qt.ItemDataRole.UserRole))
        for i in range(dialog.results.count())
    ]
    row = next(i for i, link in enumerate(links) if "section=coaching" in link)
    dialog.results.setCurrentRow(row)
    qtbot.keyClick(dialog.box, Qt.Key.Key_Return)
    assert window.tabs.currentWidget() is window.coaching_log
    assert window.coaching_log.name_label.text() == "Tomás Reyes"
    assert window.coaching_log.sections.currentWidget() is window.coaching_log.coaching
    session.close()


def test_snippets_are_escaped_and_highlighted() -> None:
    assert snippet_html("a <b> \x02match\x03 & more") == "a &lt;b&gt; <b>match</b> &amp; more"


def test_file_menu_export_and_import(qtbot: QtBot, tmp_path: Path) -> None:
    session = open_demo_session(qtbot, tmp_path, dt.datetime(2026, 11, 27, 8))
    window = session.window
    target = tmp_path / "out.json"
    window.file_actions.choose_export_path = lambda *_: (
        str(target),
        window.file_actions.EXPORT_FILTERS[0][0],
    )
    assert window.file_actions.export_journal() == target
    assert json.loads(target.read_text(encoding="utf-8"))["format_version"] == 3
    told: list[str] = []
    window.tell = lambda _title, text: told.append(text)
    broken = tmp_path / "broken.json"
    broken.write_text('{"format_version": 7, "tables": {}}', encoding="utf-8")
    window.file_actions.choose_import_path = lambda *_: (str(broken), "")
    assert not window.file_actions.import_journal()
    assert told == [
        "The import was refused at format_version: this is version 7; this "
        "LeadJournal reads versions 1 to 3. Nothing was changed."
    ]
    window.file_actions.choose_import_path = lambda *_: (str(target), "")
    assert window.file_actions.import_journal()
    session.close()


def test_long_work_runs_behind_a_cancellable_progress_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    import threading

    from leadjournal.services.transfer import TransferCancelledError, export_json

    session = open_demo_session(qtbot, tmp_path, dt.datetime(2026, 11, 27, 8))
    window = session.window
    repos = session.repositories
    exported = export_json(repos)  # type: ignore[arg-type]
    started = threading.Event()
    ticks: list[int] = []

    def slow_work(should_stop, progress):  # type: ignore[no-untyped-def]
        started.set()
        for step in range(200):  # a long import, checking for Cancel between steps
            if should_stop():
                raise TransferCancelledError("The import was cancelled; nothing was changed.")
            progress(step, 200)
            threading.Event().wait(0.01)
        return "finished"

    def press_cancel() -> None:
        task = window.file_actions.background_task
        if task is None or not started.is_set():
            QTimer.singleShot(20, press_cancel)
            return
        ticks.append(task.dialog.value())
        task.dialog.cancel()

    QTimer.singleShot(400, press_cancel)
    with pytest.raises(TransferCancelledError):
        window.file_actions.run_in_background("Importing…", slow_work)
    assert ticks and 0 < ticks[0] < 100  # the dialog moved while the work ran
    assert export_json(repos) == exported  # type: ignore[arg-type]
    assert window.file_actions.run_in_background("Quick", lambda stop, progress: 42) == 42
    session.close()
