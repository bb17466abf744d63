"""File → Export, Import and Back Up Now as a person uses them: asked before a file is
replaced, told what an import adds and replaces before it writes, and the copies made
by hand or before an import are kept."""

from __future__ import annotations

import datetime as dt
import json
import stat
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from leadjournal.db.engine import open_journal
from leadjournal.db.repositories import Repositories
from leadjournal.services.transfer import export_json
from leadjournal.ui.recovery import RestoreDialog
from tests.journeys.conftest import Journey, welcome_answers


def answer_question(journey: Journey, button: str, seen: list[str], shot: str = "") -> None:
    """Wait for the next question box (not the progress dialog), note its text, look at
    it, and press ``button``, as a person reads and then clicks."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, look)
            return
        seen.extend([box.text(), box.informativeText()])
        if shot:
            for size in ((1280, 800), (1024, 700)):
                journey.window.resize(*size)
                journey.shot(f"{shot}-{size[0]}", box)
        pressed = next(
            b for b in box.findChildren(QPushButton) if b.text().replace("&", "") == button
        )
        pressed.click()

    QTimer.singleShot(20, look)


def their_export(tmp_path: Path, titles: list[str]) -> Path:
    """Another journal's JSON export (a colleague's, or an old one of one's own)."""
    folder = tmp_path / "theirs"
    engine = open_journal(folder / "journal.sqlite", folder / "backups")
    repos = Repositories(engine)
    for title in titles:
        repos.lessons.add(dt.date(2026, 11, 20), title=title)
    path = tmp_path / "theirs.json"
    path.write_text(export_json(repos), encoding="utf-8")
    engine.dispose()
    return path


def lesson_titles(journey: Journey) -> list[str]:
    return sorted(lesson.title for lesson in journey.repositories.lessons.find())


def test_export_asks_before_replacing_a_file(journey: Journey, tmp_path: Path) -> None:
    window = journey.open(welcome_answers())
    target = tmp_path / "exports" / "journal.json"
    target.parent.mkdir()
    target.write_text("last month's export, kept on purpose")
    target.chmod(0o644)
    window.file_actions.choose_export_path = lambda *_: (
        str(target),
        window.file_actions.EXPORT_FILTERS[0][0],
    )
    questions: list[str] = []

    answer_question(journey, "Cancel", questions, shot="replace-export")
    window.export_action.trigger()  # File → Export…
    assert questions == [
        "Replace journal.json?",
        f"A file with this name is already in {target.parent}. Replace it with this export?",
    ]
    assert target.read_text() == "last month's export, kept on purpose"

    answer_question(journey, "Replace", questions)
    window.export_action.trigger()
    assert json.loads(target.read_text(encoding="utf-8"))["format_version"] == 3
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert window.statusBar().currentMessage() == f"Exported to {target}"
    assert sorted(p.name for p in target.parent.iterdir()) == ["journal.json"]


def test_import_says_what_it_adds_and_replaces_before_writing(
    journey: Journey, tmp_path: Path
) -> None:
    window = journey.open(welcome_answers())
    journey.repositories.lessons.add(dt.date(2026, 11, 30), title="My own first lesson")
    theirs = their_export(tmp_path, ["Their lesson", "Their second lesson"])
    window.file_actions.choose_import_path = lambda *_: (str(theirs), "")
    questions: list[str] = []

    answer_question(journey, "Cancel", questions, shot="import-question")
    window.import_action.trigger()  # File → Import…
    assert questions == [
        "Import theirs.json?",
        "It adds 1 new record and replaces 1 record "
        "that is different in your journal with the file's version. Your "
        "journal is backed up first, and that copy is always kept.",
    ]
    assert lesson_titles(journey) == ["My own first lesson"]  # nothing written
    assert not list(journey.paths.backups_dir.glob("before-import-*"))

    answer_question(journey, "Import", questions)
    window.import_action.trigger()
    assert lesson_titles(journey) == ["Their lesson", "Their second lesson"]
    assert window.statusBar().currentMessage().startswith("Imported ")
    kept = list(journey.paths.backups_dir.glob("before-import-*.sqlite"))
    assert len(kept) == 1  # the journal as it was, under a name rotation never removes


def test_the_import_question_names_what_is_added_and_replaced(
    journey: Journey, tmp_path: Path
) -> None:
    window = journey.open(welcome_answers())
    journey.repositories.lessons.add(dt.date(2026, 11, 30), title="My own first lesson")
    window.file_actions.choose_import_path = lambda *_: (
        str(their_export(tmp_path, ["A", "B", "C"])),
        "",
    )
    questions: list[str] = []
    answer_question(journey, "Cancel", questions)
    window.import_action.trigger()
    assert questions[1].startswith(
        "It adds 2 new records and replaces 1 record that is different in your journal with "
        "the file's version."
    )
    assert lesson_titles(journey) == ["My own first lesson"]


def test_importing_the_journal_into_itself_changes_nothing(
    journey: Journey, tmp_path: Path
) -> None:
    window = journey.open(welcome_answers())
    mine = tmp_path / "mine.json"
    window.file_actions.choose_export_path = lambda *_: (
        str(mine),
        window.file_actions.EXPORT_FILTERS[0][0],
    )
    window.export_action.trigger()
    window.file_actions.choose_import_path = lambda *_: (str(mine), "")
    window.import_action.trigger()  # no question: there is nothing to add or replace
    assert window.statusBar().currentMessage() == (
        "Your journal already holds everything in mine.json; nothing was changed."
    )
    assert not list(journey.paths.backups_dir.glob("before-import-*"))


def test_back_up_now_is_kept_by_the_backups_that_follow(journey: Journey) -> None:
    window = journey.open(welcome_answers())
    session = journey.session
    assert session is not None
    if session.backup_thread is not None:
        session.backup_thread.join()  # the start-up backup

    def done() -> bool:
        return "Backed up at" in window.statusBar().currentMessage()

    window.backup_action.trigger()  # File → Back Up Now
    journey.qtbot.waitUntil(
        lambda: bool(list(journey.paths.backups_dir.glob("*-manual.sqlite"))), timeout=10000
    )
    journey.qtbot.waitUntil(done, timeout=10000)
    by_hand = list(journey.paths.backups_dir.glob("*-manual.sqlite"))
    assert len(by_hand) == 1
    for _day in range(9):  # more than a week of mornings, each with its automatic backup
        journey.next_morning()
    assert by_hand[0].exists()

    rows: list[str] = []

    def read_the_list(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreDialog)
        rows.extend(dialog.list.item(i).text() for i in range(dialog.list.count()))
        journey.shot("restore-list", dialog)
        dialog.reject()

    journey.answer(read_the_list)
    journey.window.restore_action.trigger()  # File → Restore from Backup…
    assert rows[-1].startswith("Mon 30 Nov 2026, 08:3") and rows[-1].endswith(" · taken by hand")
    assert sum(row.endswith(" · taken by hand") for row in rows) == 1


def test_a_broken_backup_setting_never_stops_the_quit_backup(journey: Journey) -> None:
    journey.open(welcome_answers())
    session = journey.session
    assert session is not None and session.repositories is not None
    if session.backup_thread is not None:
        session.backup_thread.join()  # the start-up backup
    before = set(journey.paths.backups_dir.glob("journal-*.sqlite"))
    # What a crafted import or a hand-edited file used to leave behind.
    session.repositories.settings.set("backups", {"keep_daily": "abc", "keep_weekly": []})
    journey.later_today(dt.time(18, 0))
    journey.close()  # quitting backs up, whatever the setting holds
    after = set(journey.paths.backups_dir.glob("journal-*.sqlite"))
    assert [p.name for p in after - before] == ["journal-20261130-180000.sqlite"]


def test_export_refuses_the_journal_file_without_asking_to_replace_it(
    journey: Journey,
) -> None:
    window = journey.open(welcome_answers())
    journal = journey.paths.journal_file
    before = journal.stat().st_size
    window.file_actions.choose_export_path = lambda *_: (
        str(journal),
        window.file_actions.EXPORT_FILTERS[0][0],
    )
    told: list[str] = []

    answer_question(journey, "OK", told)
    window.export_action.trigger()  # File → Export…, the journal itself chosen by mistake
    assert "LeadJournal's own folder" in " ".join(told)
    assert not any(text.startswith("Replace") for text in told)  # refused, never offered
    assert journal.stat().st_size >= before
    assert journal.read_bytes().startswith(b"SQLite format 3")  # still the journal, not JSON
