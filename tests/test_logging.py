"""The log file: written owner-only, rotated at start once it is full."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from leadjournal.logging_setup import LOG_FILENAME, MAX_LOG_BYTES, configure_logging


@pytest.fixture
def fresh_logger() -> Iterator[logging.Logger]:
    logger = logging.getLogger("leadjournal")
    kept = list(logger.handlers)
    for handler in kept:
        logger.removeHandler(handler)
    yield logger
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()
    for handler in kept:
        logger.addHandler(handler)


def test_a_full_log_is_moved_aside_at_start_and_only_three_are_kept(
    tmp_path: Path, fresh_logger: logging.Logger
) -> None:
    log = tmp_path / LOG_FILENAME
    log.write_text("x" * MAX_LOG_BYTES)
    for number, text in ((1, "first old"), (2, "second old"), (3, "oldest")):
        (tmp_path / f"{LOG_FILENAME}.{number}").write_text(text)

    assert configure_logging(tmp_path) == log
    fresh_logger.warning("Journal opened after a long week")
    for handler in fresh_logger.handlers:
        handler.flush()

    assert "Journal opened after a long week" in log.read_text()
    assert (tmp_path / f"{LOG_FILENAME}.1").stat().st_size == MAX_LOG_BYTES
    assert (tmp_path / f"{LOG_FILENAME}.2").read_text() == "first old"
    assert (tmp_path / f"{LOG_FILENAME}.3").read_text() == "second old"
    assert not (tmp_path / f"{LOG_FILENAME}.4").exists()  # the oldest is gone
    assert log.stat().st_mode & 0o077 == 0


def test_a_log_with_room_left_is_appended_to(tmp_path: Path, fresh_logger: logging.Logger) -> None:
    log = tmp_path / LOG_FILENAME
    log.write_text("yesterday's line\n")
    configure_logging(tmp_path)
    fresh_logger.warning("today's line")
    for handler in fresh_logger.handlers:
        handler.flush()
    assert log.read_text().splitlines()[0] == "yesterday's line"
    assert "today's line" in log.read_text()
    assert not (tmp_path / f"{LOG_FILENAME}.1").exists()


def test_an_unwritable_log_folder_leaves_logging_on_stderr(
    tmp_path: Path, fresh_logger: logging.Logger
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the log folder should be")
    assert configure_logging(blocked) is None
    assert not fresh_logger.handlers
