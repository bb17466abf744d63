"""Quick capture is read in one place, for the tray's dialog and for the command line."""

from __future__ import annotations

import datetime as dt

from leadjournal.db.repositories import Repositories
from leadjournal.services.capture import keep_capture, parse_capture


def test_the_first_visible_line_is_the_title_and_the_rest_what_happened() -> None:
    capture = parse_capture("\u200b\n  Rota first  \nThen the budget.\n\n")
    assert capture is not None
    assert capture.title == "Rota first"
    assert capture.what_happened == "Then the budget."
    assert capture.tags == ("capture",)


def test_nothing_visible_is_no_capture() -> None:
    assert parse_capture(" \n\u200b\u2800 ") is None
    assert parse_capture("") is None


def test_tags_are_split_at_commas_with_note_first_and_capture_last() -> None:
    capture = parse_capture("Idea", [" meetings, ,people ", "", "budget"], note=True)
    assert capture is not None
    assert capture.tags == ("note", "meetings", "people", "budget", "capture")
    assert capture.tag_text == "note, meetings, people, budget, capture"


def test_a_kept_capture_is_a_lesson_of_that_day(repos: Repositories) -> None:
    capture = parse_capture("Ask first\nIt saved an hour.", ["habits"])
    assert capture is not None
    lesson_id = keep_capture(repos, capture, dt.date(2026, 11, 30))
    lesson = repos.lessons.get(lesson_id)
    assert lesson is not None
    assert (lesson.title, lesson.what_happened, lesson.tags, lesson.learned_on) == (
        "Ask first",
        "It saved an hour.",
        "habits, capture",
        dt.date(2026, 11, 30),
    )
