"""The quarter in review on one's own journal: three weeks lived from an empty start, then
File → Quarter in Review… writes the Markdown and the PDF with its charts; asking again
for the same file asks before replacing; a place that can't be written is one sentence,
and an empty quarter still makes a kind document."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSize, Qt, QTimer, QTranslator
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton, QWidget

from leadjournal.db.enums import TickState
from leadjournal.db.repositories import Repositories
from leadjournal.i18n import install_translations
from leadjournal.ui.quarter_review import QuarterReviewDialog
from tests.journeys.conftest import Journey, welcome_answers


def live_a_week(repos: Repositories, monday: dt.date, done: int, score: int, said: str) -> None:
    """What the person wrote in the other screens during one week (set up directly: this
    journey is about the review)."""
    week = repos.weeks.create(
        monday,
        outcome=f"Every ticket of week {monday:%d %b} has an owner",
        confirmed_at=dt.datetime.combine(monday, dt.time(9)),
        pulse_score=score,
        pulse_text=said,
        review_done=True,
    )
    for number in range(4):
        repos.weeks.add_task(
            week,
            title=f"Task {number + 1}",
            planned=True,
            status="done" if number < done else "in_progress",
        )


def live_three_weeks(journey: Journey) -> None:
    repos = journey.repositories
    people = {person.name: person.id for person in repos.people.list()}
    cycle = repos.practice.start_cycle(
        dt.date(2026, 11, 30), ("ask", "Ask before you tell"), ("owner", "One owner per task")
    )
    repos.practice.set_tick(cycle, "lead", dt.date(2026, 11, 30), TickState.DONE)
    live_a_week(repos, dt.date(2026, 11, 30), 3, 3, "Too many interruptions")
    repos.coaching.add(
        "recognition",
        person_id=people["Priya Nair"],
        given_on=dt.date(2026, 12, 3),
        what_they_did="Took the late escalation and wrote up every step",
        impact="The customer stayed",
    )
    journey.next_morning(days=7)
    repos = journey.repositories
    live_a_week(repos, dt.date(2026, 12, 7), 4, 4, "")
    repos.coaching.add(
        "coaching",
        person_id=people["Jonas Weber"],
        held_on=dt.date(2026, 12, 9),
        skill="Saying no to ad-hoc requests",
        next_step="Use the short script twice this week",
    )
    repos.coaching.add(
        "one_on_one",
        person_id=people["Jonas Weber"],
        scheduled_at=dt.datetime(2026, 12, 9, 10, 0),
    )
    repos.lessons.add(
        dt.date(2026, 12, 11),
        title="Name the decider before the meeting",
        what_i_learned="Without a decider a meeting is a discussion",
        do_differently="Write who decides in the invite",
    )
    repos.practice.finish_cycle(cycle, dt.date(2026, 12, 13))
    repos.practice.update_reflection(cycle, what_i_will_change="Ask first in every one-on-one")
    journey.next_morning(days=7)
    repos = journey.repositories
    live_a_week(repos, dt.date(2026, 12, 14), 2, 4, "The release slipped twice")
    repos.feedback.start_action(
        "priorities", "Post Monday's priorities by 10:00", dt.date(2026, 12, 15), None, None
    )
    journey.next_morning(days=7)  # Monday 21 December: time to look back


def when_a_box_appears(respond: Callable[[QMessageBox], None]) -> None:
    """Answer the next question box, opened from inside the dialog, as a person does."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            respond(box)
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(20, look)


def button(box: QMessageBox, text: str) -> QPushButton:
    [found] = [b for b in box.findChildren(QPushButton) if b.text().replace("&", "") == text]
    return found


def write_to(journey: Journey, dialog: QuarterReviewDialog, path: Path) -> None:
    """Type the file's name and press Write the Review."""
    dialog.file.selectAll()
    journey.qtbot.keyClicks(dialog.file, str(path))
    journey.qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)


def render(pdf: Path, page: int) -> Path:
    document = QPdfDocument()
    document.load(str(pdf))
    shot = pdf.with_name(f"{pdf.stem}-page-{page + 1}.png")
    document.render(page, QSize(900, 1273)).save(str(shot))
    document.close()
    return shot


def test_three_weeks_become_a_review_with_charts_to_bring_to_my_manager(
    journey: Journey, tmp_path: Path
) -> None:
    window = journey.open(welcome_answers())
    live_three_weeks(journey)
    window = journey.window
    target = tmp_path / "my-review"
    seen: dict[str, object] = {}

    def respond(dialog: QWidget) -> None:
        assert isinstance(dialog, QuarterReviewDialog)
        # Three weeks into December, this quarter so far is what there is to review.
        seen["preset"] = dialog.preset.currentText()
        seen["dates"] = (dialog.first.value(), dialog.last.value())
        seen["dates enabled"] = dialog.first.isEnabled()
        seen["hint"] = dialog.files_hint.text()
        journey.shot("quarter-review-dialog", dialog)
        write_to(journey, dialog, target)
        seen["hint after"] = dialog.files_hint.text()

    journey.answer(respond)
    window.quarter_review_action.trigger()  # File → Quarter in Review…
    assert seen["preset"] == "This quarter so far"
    assert seen["dates"] == (dt.date(2026, 10, 1), dt.date(2026, 12, 21))
    assert seen["dates enabled"] is False  # a preset's dates are shown, not edited
    assert "quarter-in-review-2026-Q4.md and quarter-in-review-2026-Q4.pdf" in str(seen["hint"])
    assert f"my-review.md and my-review.pdf in {tmp_path}" in str(seen["hint after"])
    assert "Your review is saved" in window.statusBar().currentMessage()

    markdown = (tmp_path / "my-review.md").read_text()
    assert markdown.startswith("# My quarter in review — Q4 2026 so far")
    assert "- 3 weeks planned; 75% of the planned tasks were done." in markdown
    assert "| 2026-W49 (30 Nov) | 4 | 3 | 75% | 0 | 3/5 |" in markdown
    assert "- 30 Nov: Too many interruptions" in markdown
    assert "9 Dec, Jonas Weber — Saying no to ad-hoc requests." in markdown
    assert "| Amara Okafor | 0 | 0 |" in markdown  # a zero worth a look
    assert "- 3 Dec, Priya Nair: Took the late escalation and wrote up every step" in markdown
    assert "Not recognised in this period: Amara Okafor, Jonas Weber." in markdown
    assert "**Name the decider before the meeting** (11 Dec)" in markdown
    assert "- What I will change: Ask first in every one-on-one" in markdown
    assert "**priorities** (acting on it): Post Monday's priorities by 10:00" in markdown
    assert "No goals yet." in markdown and "No team metrics recorded" in markdown

    pdf = tmp_path / "my-review.pdf"
    assert pdf.read_bytes().count(b"/Subtype /Image") == 2  # delivery and team health
    first_pages = [render(pdf, 0), render(pdf, 1)]  # looked at: the charts are drawn
    assert all(shot.exists() for shot in first_pages)


def test_the_same_file_asks_first_and_a_bad_place_is_one_sentence(
    journey: Journey, tmp_path: Path
) -> None:
    window = journey.open(welcome_answers())
    target = tmp_path / "review.md"
    target.write_text("last quarter's notes")
    notes = tmp_path / "notes.txt"
    notes.write_text("mine")
    seen: dict[str, object] = {}

    def respond(dialog: QWidget) -> None:
        assert isinstance(dialog, QuarterReviewDialog)

        # Keep what is there: the question's Cancel leaves the dialog open, nothing written.
        def keep_what_is_there(box: QMessageBox) -> None:
            seen["question"] = box.text()
            box.reject()

        when_a_box_appears(keep_what_is_there)
        write_to(journey, dialog, target)
        seen["open after cancel"] = dialog.isVisible()
        # A name inside a file is refused in one sentence, in the dialog.
        write_to(journey, dialog, notes / "review.md")
        seen["problem"] = dialog.problem.text() if dialog.problem.isVisible() else ""
        journey.shot("quarter-review-problem", dialog)
        # The last full quarter (Q3, before the journal began) still makes a document.
        dialog.preset.setCurrentIndex(0)
        seen["q3 hint"] = dialog.files_hint.text()
        when_a_box_appears(lambda box: button(box, "Replace").click())
        write_to(journey, dialog, target)

    journey.answer(respond)
    window.quarter_review_action.trigger()
    assert seen["question"] == "Replace the review?"
    assert seen["open after cancel"] is True
    assert seen["problem"] == f"{notes}/review.md can't be used: Not a directory."
    assert notes.read_text() == "mine"
    markdown = target.read_text()
    assert markdown.startswith("# My quarter in review — Q3 2026")
    assert "This period has little in my journal yet." in markdown
    assert (tmp_path / "review.pdf").read_bytes().startswith(b"%PDF")


@pytest.fixture
def journey_de(qapp: QApplication, journey: Journey) -> Iterator[Journey]:
    """The empty journal on a German desktop (the translations installed as at start)."""
    before = set(qapp.findChildren(QTranslator))
    assert install_translations(qapp, QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        yield journey
    finally:
        for translator in set(qapp.findChildren(QTranslator)) - before:
            qapp.removeTranslator(translator)
            translator.deleteLater()


def test_a_german_desktop_gets_the_dialog_in_german_and_whole(journey_de: Journey) -> None:
    window = journey_de.open(welcome_answers(), size=(1024, 700))
    assert window.quarter_review_action.text() == "&Quartal im Rückblick …"
    seen: dict[str, object] = {}

    def respond(dialog: QWidget) -> None:
        assert isinstance(dialog, QuarterReviewDialog)
        journey_de.qtbot.wait(50)
        seen["title"] = dialog.windowTitle()
        seen["write"] = dialog.write_button.text()
        seen["preset"] = dialog.preset.currentText()
        # Every label shows its whole text inside a window narrower than the screen.
        seen["fits"] = dialog.width() <= 1024 and all(
            label.width() >= min(label.sizeHint().width(), label.maximumWidth()) or label.wordWrap()
            for label in dialog.findChildren(QLabel)
            if label.isVisible()
        )
        journey_de.shot("quarter-review-dialog-de", dialog)
        dialog.reject()

    journey_de.answer(respond)
    window.quarter_review_action.trigger()
    assert seen["title"] == "Quartal im Rückblick"
    assert seen["write"] == "Rückblick schreiben"
    assert seen["preset"] == "Dieses Quartal bis heute"
    assert seen["fits"] is True
