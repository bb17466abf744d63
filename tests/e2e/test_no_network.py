"""No network, ever: the window and every command are traced with ``strace`` and may not
open a single AF_INET/AF_INET6 connection (local sockets for X11, D-Bus and the
single-instance channel are fine)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.launch import leadjournal_command
from tests.conftest import subprocess_env

INTERNET = re.compile(r"connect\(.*sa_family=AF_INET6?\b")


def traced_connects(home: Path, trace: Path, *command: str, **env: str) -> list[str]:
    """Run ``command`` under strace; the network connections it attempted."""
    strace = shutil.which("strace")
    if strace is None:
        pytest.fail("strace is needed for this test (apt install strace)")
    result = subprocess.run(
        [strace, "-f", "-qq", "-e", "trace=connect", "-o", str(trace), *command],
        env=subprocess_env(home, **env),
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, (command, result.stderr[-2000:])
    return [line for line in trace.read_text().splitlines() if INTERNET.search(line)]


def test_the_tracer_does_see_a_network_connection(isolated_home: Path, tmp_path: Path) -> None:
    code = (
        "import socket\ns = socket.socket()\ntry:\n    s.connect(('127.0.0.1', 9))\n"
        "except OSError:\n    pass\n"
    )
    found = traced_connects(isolated_home, tmp_path / "trace", sys.executable, "-c", code)
    assert found and "127.0.0.1" in found[0]


def test_the_window_and_every_command_stay_offline(isolated_home: Path, tmp_path: Path) -> None:
    app = [sys.executable, "-m", "leadjournal"]
    folder = str(tmp_path / "journal")
    exported = tmp_path / "journal.json"
    runs = [
        [*app, "--smoke-test"],  # the window on the sample journal: every tab, reminders
        [*app, "--version"],
        [*app, "check", "--data-dir", folder],
        [*app, "search", "rota", "--data-dir", folder],
        [*app, "capture", "lesson", "Offline by design", "--data-dir", folder],
        [*app, "export", "--format", "json", "--output", str(exported), "--data-dir", folder],
        [*app, "import", str(exported), "--data-dir", folder],
        [*app, "export", "--format", "markdown", "--output", "-", "--data-dir", folder],
        [
            *app,
            "export",
            "--format",
            "pdf",
            "--week",
            "2026-W48",
            "--output",
            str(tmp_path / "week.pdf"),
            "--data-dir",
            folder,
        ],
        [*app, "export", "--format", "csv", "--output", "-", "--data-dir", folder],
        [*app, "backup", "--output", str(tmp_path / "copy.sqlite"), "--data-dir", folder],
        [*app, "restore", str(tmp_path / "copy.sqlite"), "--data-dir", folder],
    ]
    # The window on a journal of its own (with its first backup), closed once it is filled
    # (benchmarks/launch.py starts the real entry point and quits it then).
    window = leadjournal_command("data", "--demo", "--data-dir", folder)
    found = traced_connects(isolated_home, tmp_path / "trace-window", *window)
    assert found == []
    for number, command in enumerate(runs):
        found = traced_connects(isolated_home, tmp_path / f"trace-{number}", *command)
        assert found == [], (command[3:], found)
