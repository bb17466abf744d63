"""Crash safety, measured: kill the real app with SIGKILL and count what was lost.

``python -m benchmarks crash --runs 20`` runs two experiments and prints a table:

* **window**: start the GUI as a child process on a journal, type a lesson title into the
  Lessons tab (a small driver inside the child, on a ``QTimer``, types with ``QTest``),
  wait past the autosave pause, SIGKILL it, and check the title is in the journal and
  the file passes ``integrity_check``;
* **capture**: start ``leadjournal capture lesson`` and SIGKILL it after a random delay;
  the lesson must be either fully there or absent, never half-written, and the file
  healthy.

Used by ``tests/e2e/test_crash_safety.py`` (a few runs) and by hand (many runs).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

# The driver runs inside the child: the real ``leadjournal`` entry point with a QTimer
# that types into the Lessons tab once the journal is open, then says so on stdout.
DRIVER = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from leadjournal import cli
from leadjournal.app import LeadJournalApp

app = LeadJournalApp(sys.argv[:1])
text = sys.argv[1]

def drive():
    windows = [w for w in app.topLevelWidgets() if w.objectName() == "MainWindow"]
    if not windows or windows[0].repositories is None:
        QTimer.singleShot(50, drive)
        return
    window = windows[0]
    window.tabs.setCurrentIndex(2)
    tab = window.lessons
    tab.new_lesson()
    QTest.keyClicks(tab.title, text)
    print("typed", flush=True)

QTimer.singleShot(0, drive)
sys.exit(cli.main(sys.argv[2:]))
"""

AUTOSAVE_MARGIN_S = 1.5  # the autosave pause is 0.8 s; "about a second" with room to spare


@dataclass
class Outcome:
    kills: int = 0
    losses: int = 0
    damaged: int = 0
    partial: int = 0
    kept: int = 0  # capture: runs that finished writing before the kill


def child_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LEADJOURNAL_")}
    env.update(
        HOME=str(home),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        LEADJOURNAL_SKIP_WELCOME="1",
    )
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def integrity(journal: Path) -> str:
    with closing(sqlite3.connect(journal)) as connection:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])


def lesson_rows(journal: Path, title: str) -> list[tuple[str, str]]:
    with closing(sqlite3.connect(journal)) as connection:
        return connection.execute(
            "SELECT title, what_happened FROM lesson WHERE title = ?", (title,)
        ).fetchall()


def kill_window_after_typing(data_dir: Path, home: Path, text: str, timeout: float = 60.0) -> bool:
    """One run: type ``text`` in the real window, wait, SIGKILL. True if it survived."""
    process = subprocess.Popen(
        [sys.executable, "-c", DRIVER, text, "--data-dir", str(data_dir)],
        env=child_env(home),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        deadline = time.monotonic() + timeout
        while process.stdout.readline().strip() != "typed":
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the window did not start: {process.stderr.read()}")  # type: ignore[union-attr]
        time.sleep(AUTOSAVE_MARGIN_S)
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()
    return bool(lesson_rows(data_dir / "journal.sqlite", text))


def kill_capture(data_dir: Path, home: Path, title: str, delay: float) -> str:
    """One run: ``leadjournal capture`` SIGKILLed after ``delay`` seconds.

    Returns "kept", "absent" or "partial" (a lesson without its full text).
    """
    body = "Ask the team what slowed them down before planning the next sprint."
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "leadjournal",
            "capture",
            "lesson",
            f"{title}\n{body}",
            "--data-dir",
            str(data_dir),
        ],
        env=child_env(home),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(delay)
    if process.poll() is None:
        os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    rows = lesson_rows(data_dir / "journal.sqlite", title)
    if not rows:
        return "absent"
    return "kept" if rows == [(title, body)] else "partial"


def prepare(data_dir: Path, home: Path) -> None:
    """A journal that exists already (the first start writes it)."""
    from leadjournal.db.engine import open_journal

    open_journal(data_dir / "journal.sqlite", data_dir / "backups").dispose()
    home.mkdir(parents=True, exist_ok=True)


def run(runs: int, seed: int = 7) -> tuple[Outcome, Outcome]:
    chance = random.Random(seed)
    window, capture = Outcome(), Outcome()
    with tempfile.TemporaryDirectory(prefix="leadjournal-crash-") as folder:
        data_dir, home = Path(folder) / "journal", Path(folder) / "home"
        prepare(data_dir, home)
        journal = data_dir / "journal.sqlite"
        for number in range(runs):
            text = f"Crash test {number}: agree the on-call swap in writing"
            survived = kill_window_after_typing(data_dir, home, text)
            window.kills += 1
            window.losses += not survived
            window.damaged += integrity(journal) != "ok"
        for number in range(runs):
            verdict = kill_capture(data_dir, home, f"Captured {number}", chance.uniform(0.1, 1.2))
            capture.kills += 1
            capture.partial += verdict == "partial"
            capture.kept += verdict == "kept"
            capture.damaged += integrity(journal) != "ok"
    return window, capture


def main(runs: int) -> int:
    started = time.perf_counter()
    window, capture = run(runs)
    print(f"{'experiment':<34}{'kills':>7}{'lost':>7}{'half-written':>14}{'damaged':>9}")
    print(
        f"{'window, 1.5 s after typing':<34}{window.kills:>7}{window.losses:>7}"
        f"{'–':>14}{window.damaged:>9}"
    )
    print(
        f"{'capture, killed at 0.1–1.2 s':<34}{capture.kills:>7}{'–':>7}"
        f"{capture.partial:>14}{capture.damaged:>9}"
    )
    print(
        f"Capture runs that had already written their lesson: {capture.kept} of "
        f"{capture.kills}; the rest left nothing behind. "
        f"({time.perf_counter() - started:.0f} s)"
    )
    failed = window.losses + window.damaged + capture.partial + capture.damaged
    return 1 if failed else 0
