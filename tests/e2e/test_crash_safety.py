"""SIGKILL the real app: what was typed a second before is in the journal, the file is
healthy, and a killed ``leadjournal capture`` leaves all of its lesson or none of it."""

from __future__ import annotations

from pathlib import Path

from benchmarks.crash import integrity, kill_capture, kill_window_after_typing, prepare


def test_typing_survives_a_kill_of_the_window(tmp_path: Path) -> None:
    data_dir, home = tmp_path / "journal", tmp_path / "home"
    prepare(data_dir, home)
    for number in range(2):
        text = f"Kill {number}: write down who covers Friday's on-call"
        assert kill_window_after_typing(data_dir, home, text), f"lost after kill {number}"
        assert integrity(data_dir / "journal.sqlite") == "ok"


def test_a_killed_capture_is_all_or_nothing(tmp_path: Path) -> None:
    data_dir, home = tmp_path / "journal", tmp_path / "home"
    prepare(data_dir, home)
    verdicts = {
        kill_capture(data_dir, home, f"Captured {n}", delay)
        for n, delay in enumerate((0.05, 0.4, 3.0))
    }
    assert "partial" not in verdicts
    assert "kept" in verdicts  # the slowest kill came after the command had finished
    assert integrity(data_dir / "journal.sqlite") == "ok"
