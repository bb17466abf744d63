"""Running the real app as a child process and watching its log."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import subprocess_env


def log_file(home: Path) -> Path:
    return home / "xdg_state_home" / "LeadJournal" / "log" / "leadjournal.log"


def start_app(home: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "leadjournal", *args],
        env=subprocess_env(home),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for_log(
    home: Path, pattern: str, process: subprocess.Popen[str], timeout: float = 30.0
) -> re.Match[str]:
    """Wait until the app's log has a line matching ``pattern``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        path = log_file(home)
        if path.exists():
            found = re.search(pattern, path.read_text(encoding="utf-8"))
            if found:
                return found
        if process.poll() is not None:
            _out, err = process.communicate()
            raise AssertionError(f"the app exited early ({process.returncode}): {err}")
        time.sleep(0.05)
    process.kill()
    raise AssertionError(f"no log line matching {pattern!r} within {timeout}s")


def finish(process: subprocess.Popen[str], timeout: float = 30.0) -> tuple[int, str, str]:
    """Wait for the process and close its pipes; return (exit code, stdout, stderr)."""
    out, err = process.communicate(timeout=timeout)
    return process.returncode, out, err
