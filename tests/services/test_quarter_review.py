"""The quarter in review: its period, what it says, its charts, its files and its reads."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from leadjournal.db.engine import open_journal
from leadjournal.db.enums import TickState
from leadjournal.db.repositories import Repositories
from leadjournal.errors import JournalError
from leadjournal.services import quarter_review
from leadjournal.services.documents import DocumentWriteError, ExportExistsError
from leadjournal.services.goals import Goals, GoalWording
from leadjournal.services.metrics import MetricKind, TeamMetrics
from leadjournal.services.playbook import Department, PlaybookService
from leadjournal.services.quarter_review import Period, parse_period, preset_period
from leadjournal.ui.theme import LIGHT
from tests.services.sized_journal import statements_run, write_journal_of

TODAY = dt.date(2026, 11, 27)  # a Friday in Q4
NOW = dt.datetime(2026, 11, 27, 17, 0)
Q4_SO_FAR = Period(dt.date(2026, 10, 1), TODAY)


@pytest.fixture
def repos(tmp_path: Path) -> Iterator[Repositories]:
    repositories = Repositories(open_journal(tmp_path / "journal.sqlite", tmp_path / "backups"))
    yield repositories
    repositories.engine.dispose()


def a_quarter_lived(repos: Repositories) -> None:
    """Three planned weeks in October, a team of two, and a bit of everything."""
    amara = repos.people.add(name="Amara Okafor").id
    repos.people.add(name="Jonas Weber")  # on the team, never recognised: the review says so
    goals = Goals(repos, today=lambda: dt.date(2026, 10, 1))
    goal = goals.set_goal(GoalWording("Answer every customer within a day", why="Trust"))
    for number, (done, score) in enumerate(((3, 4), (2, 2), (4, 5))):
        monday = dt.date(2026, 10, 5) + dt.timedelta(weeks=number)
        week = repos.weeks.create(
            monday,
            outcome=f"Outcome of week {number + 1}",
            confirmed_at=dt.datetime.combine(monday, dt.time(9)),
            pulse_score=score,
            pulse_text="Too many meetings" if number == 1 else "",
        )
        for task in range(4):
            repos.weeks.add_task(
                week,
                title=f"Task {task}",
                planned=True,
                status="done" if task < done else "not_started",
            )
        goals.link_week(week, goal.id)
    repos.coaching.add(
        "coaching",
        person_id=amara,
        held_on=dt.date(2026, 10, 14),
        skill="Running a stand-up",
        next_step="Lead Friday's stand-up",
    )
    repos.coaching.add("one_on_one", person_id=amara, scheduled_at=dt.datetime(2026, 10, 13, 10, 0))
    repos.coaching.add(
        "recognition",
        person_id=amara,
        given_on=dt.date(2026, 10, 16),
        what_they_did="Fixed the refund queue over lunch",
        impact="No customer waited over the weekend",
    )
    repos.lessons.add(
        dt.date(2026, 10, 20),
        title="Say who decides first",
        what_i_learned="A meeting without a decider is a discussion",
    )
    cycle = repos.practice.start_cycle(
        dt.date(2026, 10, 5), ("ask", "Ask before you tell"), ("date", "A date, not ASAP")
    )
    repos.practice.set_tick(cycle, "lead", dt.date(2026, 10, 5), TickState.DONE)
    repos.practice.finish_cycle(cycle, dt.date(2026, 10, 18))
    repos.practice.update_reflection(cycle, what_i_will_change="Ask first in every one-on-one")
    repos.feedback.start_action(
        "priorities",
        "Post the week's priorities by 10:00 on Monday",
        dt.date(2026, 10, 6),
        None,
        None,
    )
    metric = TeamMetrics(repos).define(
        "Tickets answered within a day", "%", MetricKind.OUTCOME, target=95
    )
    TeamMetrics(repos).record(metric, dt.date(2026, 10, 5), "88")
    TeamMetrics(repos).record(metric, dt.date(2026, 10, 12), "97")
    playbook = PlaybookService(repos)
    rollout = playbook.start_rollout(
        dt.date(2026, 10, 19),
        "One ticket form",
        "Fewer lost requests",
        [Department("Sales", "Ines")],
    )
    playbook.tick_step(playbook.all_rollouts()[0].steps[0].id, dt.date(2026, 10, 19), True)
    playbook.save_feedback(rollout, dt.date(2026, 10, 19), "Sales like the shorter form")


# --- the period ----------------------------------------------------------------------------


def test_presets_and_typed_periods_name_the_days_they_cover() -> None:
    assert preset_period("last_quarter", TODAY) == Period(dt.date(2026, 7, 1), dt.date(2026, 9, 30))
    assert preset_period("this_quarter", TODAY) == Q4_SO_FAR
    assert preset_period("last_quarter", TODAY).label == "Q3 2026"
    assert Q4_SO_FAR.label == "Q4 2026 so far"
    assert Q4_SO_FAR.file_stem == "quarter-in-review-2026-Q4"
    assert quarter_review.default_preset(dt.date(2026, 10, 6)) == "last_quarter"
    assert quarter_review.default_preset(TODAY) == "this_quarter"
    assert parse_period("2026-Q3", TODAY).label == "Q3 2026"
    assert parse_period("last-quarter", TODAY).label == "Q3 2026"
    assert parse_period("2026-08-03..2026-08-30", TODAY) == Period(
        dt.date(2026, 8, 3), dt.date(2026, 8, 30)
    )
    # A week belongs where its Thursday falls: 28 Sep's Thursday is 1 Oct, so it is Q4's,
    # and 28 Dec's is 31 Dec; a review of November leaves out 30 Nov (Thursday 3 Dec).
    assert Period(dt.date(2026, 10, 1), dt.date(2026, 12, 31)).weeks() == (
        dt.date(2026, 9, 28),
        dt.date(2026, 12, 28),
    )
    assert Period(dt.date(2026, 11, 1), dt.date(2026, 11, 30)).weeks() == (
        dt.date(2026, 11, 2),
        dt.date(2026, 11, 23),
    )


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("soon", "“soon” is not a period: give a quarter like 2026-Q3"),
        ("2026-09-30..2026-07-01", "The period ends before it starts"),
        ("2027-Q1", "The period starts after today, so there is nothing to look back on."),
    ],
)
def test_a_period_that_cannot_be_reviewed_is_one_plain_sentence(text: str, sentence: str) -> None:
    with pytest.raises(JournalError) as refused:
        parse_period(text, TODAY)
    assert sentence in str(refused.value)
    assert "\n" not in str(refused.value)


# --- what it says ----------------------------------------------------------------------------


def test_the_review_tells_the_quarter_with_real_names_and_words(repos: Repositories) -> None:
    a_quarter_lived(repos)
    text = quarter_review.review_text(repos, Q4_SO_FAR, NOW)
    assert text.startswith("# My quarter in review — Q4 2026 so far")
    sections = [line for line in text.splitlines() if line.startswith("## ")]
    assert sections == [
        "## At a glance",
        "## Goals and what moved them",
        "## How we delivered, and how the team felt",
        "## Team metrics",
        "## Coaching: who I spent time with",
        "## Recognition I gave",
        "## Practising how I lead",
        "## What I learned",
        "## Feedback I acted on",
        "## Changes I led across teams",
        "## To talk about",
    ]
    assert "- 3 weeks planned; 75% of the planned tasks were done." in text
    assert "### Answer every customer within a day" in text
    assert "  - 2026-W42: Outcome of week 2" in text
    assert "| 2026-W42 (12 Oct) | 4 | 2 | 50% | 0 | 2/5 |" in text
    assert "- 12 Oct: Too many meetings" in text
    assert "### Tickets answered within a day" in text and "From 88% to 97%" in text
    assert "| Amara Okafor | 1 | 1 |" in text and "| Jonas Weber | 0 | 0 |" in text
    assert "14 Oct, Amara Okafor — Running a stand-up. Next step: Lead Friday's stand-up" in text
    assert "- 16 Oct, Amara Okafor: Fixed the refund queue over lunch — No customer" in text
    assert "Not recognised in this period: Jonas Weber." in text
    assert "- Leading: Ask before you tell" in text
    assert "- What I will change: Ask first in every one-on-one" in text
    assert "**Say who decides first** (20 Oct)" in text
    assert "**priorities** (acting on it): Post the week's priorities" in text
    assert "### One ticket form" in text and "- Why: Fewer lost requests" in text
    assert "still running; 1 of 6 steps done." in text
    assert "- Done: Ines owns the rollout in Sales" in text
    assert "- Heard 19 Oct: Sales like the shorter form" in text
    assert "![" not in text  # the Markdown file tells the trend in tables, no missing images


def test_an_empty_period_still_makes_a_kind_document(
    repos: Repositories, qapp: QApplication
) -> None:
    text = quarter_review.review_text(repos, Q4_SO_FAR, NOW)
    assert "This period has little in my journal yet." in text
    assert "No goals yet." in text
    assert "No weeks were planned in this period yet." in text
    assert "No recognition written down in this period." in text
    assert "## At a glance" not in text and " 0 " not in text  # no row of zeros
    pdf = quarter_review.review_pdf(repos, Q4_SO_FAR, NOW)
    assert pdf.startswith(b"%PDF") and b"/Subtype /Image" not in pdf


# --- the PDF and its charts ----------------------------------------------------------------------


def render_page(pdf: bytes, folder: Path, page: int) -> QImage:
    from PySide6.QtPdf import QPdfDocument

    path = folder / "review.pdf"
    path.write_bytes(pdf)
    document = QPdfDocument()
    document.load(str(path))
    image = document.render(page, QSize(900, 1273))
    image.save(str(folder / f"page-{page + 1}.png"))  # to look at
    document.close()
    return image


def colour_share(image: QImage, colour: str) -> float:
    """The share of sampled pixels close to ``colour``."""
    wanted = QColor(colour)
    hits = total = 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            pixel = image.pixelColor(x, y)
            total += 1
            if (
                abs(pixel.red() - wanted.red())
                + abs(pixel.green() - wanted.green())
                + abs(pixel.blue() - wanted.blue())
                < 40
            ):
                hits += 1
    return hits / total


def test_the_pdf_shows_the_delivery_health_and_metric_charts(
    repos: Repositories, tmp_path: Path, qapp: QApplication
) -> None:
    a_quarter_lived(repos)
    pdf = quarter_review.review_pdf(repos, Q4_SO_FAR, NOW)
    assert pdf.count(b"/Subtype /Image") == 3  # reliability, health, one team metric
    pages = [render_page(pdf, tmp_path, number) for number in range(2)]
    # The reliability bars are painted in the first series colour, the health line in the
    # third: opening the PDF shows them, not just a table.
    assert max(colour_share(page, LIGHT.series[0]) for page in pages) > 0.005
    assert max(colour_share(page, LIGHT.series[2]) for page in pages) > 0.0002


# --- the files -------------------------------------------------------------------------------


def test_the_review_is_written_as_markdown_and_pdf_side_by_side(
    repos: Repositories, tmp_path: Path, qapp: QApplication
) -> None:
    a_quarter_lived(repos)
    markdown, pdf = quarter_review.write_review(repos, Q4_SO_FAR, tmp_path / "q4.md", NOW)
    assert (markdown.name, pdf.name) == ("q4.md", "q4.pdf")
    assert markdown.read_text().startswith("# My quarter in review")
    assert pdf.read_bytes().startswith(b"%PDF")
    with pytest.raises(ExportExistsError, match=r"q4.md already exists and was left as it is\."):
        quarter_review.write_review(repos, Q4_SO_FAR, tmp_path / "q4", NOW)
    quarter_review.write_review(repos, Q4_SO_FAR, tmp_path / "q4", NOW, replace=True)
    assert quarter_review.existing_files(tmp_path / "q4.md") == [markdown, pdf]


def test_a_place_that_cannot_be_written_is_one_sentence_and_leaves_nothing(
    repos: Repositories, tmp_path: Path, qapp: QApplication
) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("mine")
    with pytest.raises(DocumentWriteError) as refused:
        quarter_review.write_review(repos, Q4_SO_FAR, not_a_folder / "review.md", NOW)
    assert str(refused.value) == f"{not_a_folder}/review.md can't be used: Not a directory."
    # The PDF can't be written where the Markdown could: the new Markdown is taken away.
    (tmp_path / "review.pdf").mkdir()
    with pytest.raises(DocumentWriteError, match=r"review.pdf is a folder"):
        quarter_review.write_review(repos, Q4_SO_FAR, tmp_path / "review.md", NOW)
    assert not (tmp_path / "review.md").exists()
    assert not_a_folder.read_text() == "mine"


# --- the reads -------------------------------------------------------------------------------


def test_a_long_period_reads_the_journal_with_the_same_statements(tmp_path: Path) -> None:
    counts = []
    for size in (1, 20):
        folder = tmp_path / str(size)
        repositories = Repositories(open_journal(folder / "journal.sqlite", folder / "backups"))
        write_journal_of(repositories, size)
        period = Period(dt.date(2026, 1, 1), dt.date(2026, 6, 30))
        with statements_run(repositories) as statements:
            text = quarter_review.review_text(repositories, period, NOW)
        assert f"Person {size:02}" in text
        counts.append(len(statements))
        repositories.engine.dispose()
    assert counts[0] == counts[1] > 0
