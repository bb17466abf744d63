"""``leadjournal export --review``: the quarter in review from the command line, as a
real process; bad input is one plain line and a non-zero exit."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from leadjournal.db.engine import open_journal
from leadjournal.db.repositories import Repositories
from leadjournal.services.sample_journal import write_sample_journal
from tests.test_cli import run_cli


@pytest.fixture
def journal(tmp_path: Path) -> list[str]:
    """The sample team's weeks, ending this week (the command reads the real clock)."""
    folder = tmp_path / "journal"
    engine = open_journal(folder / "journal.sqlite", folder / "backups")
    write_sample_journal(Repositories(engine), dt.date.today())
    engine.dispose()
    return ["--data-dir", str(folder)]


def test_the_review_as_markdown_and_as_a_pdf_with_charts(
    isolated_home: Path, journal: list[str], tmp_path: Path
) -> None:
    markdown = run_cli(
        isolated_home, "export", "--format", "markdown", "--review", "last-quarter",
        "--output", "-", *journal,
    )  # fmt: skip
    assert markdown.returncode == 0, markdown.stderr
    assert markdown.stdout.startswith("# My quarter in review — Q")
    assert "## Recognition I gave" in markdown.stdout
    pdf = tmp_path / "review.pdf"
    made = run_cli(
        isolated_home, "export", "--format", "pdf", "--review", "this-quarter",
        "--output", str(pdf), *journal,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    assert pdf.read_bytes().count(b"/Subtype /Image") >= 1  # the charts are in it
    again = run_cli(
        isolated_home, "export", "--format", "pdf", "--review", "this-quarter",
        "--output", str(pdf), *journal,
    )  # fmt: skip
    assert again.returncode == 1
    assert again.stderr == (
        f"leadjournal: {pdf} already exists, so nothing was written; add --force to replace it.\n"
    )


@pytest.mark.parametrize(
    ("args", "sentence"),
    [
        (["--format", "markdown", "--review", "soon"], "“soon” is not a period"),
        (["--format", "markdown", "--review", "2999-Q1"], "The period starts after today"),
        (["--format", "csv", "--review", "2026-Q3"], "The quarter in review is Markdown or PDF"),
        (
            ["--format", "pdf", "--review", "2026-Q3", "--week", "2026-W30"],
            "Give --review on its own",
        ),
        (["--format", "markdown", "--review", " "], "--review is empty"),
    ],
)
def test_a_review_that_cannot_be_made_is_one_plain_line(
    isolated_home: Path, journal: list[str], args: list[str], sentence: str
) -> None:
    failed = run_cli(isolated_home, "export", *args, "--output", "-", *journal)
    assert failed.returncode == 1
    assert failed.stderr.startswith("leadjournal: ") and sentence in failed.stderr
    assert "Traceback" not in failed.stderr and len(failed.stderr.splitlines()) == 1
