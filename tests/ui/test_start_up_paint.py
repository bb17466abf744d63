"""The first paint comes before the costly moments start-up can put after it."""

from __future__ import annotations

import subprocess
from pathlib import Path

from benchmarks.launch import leadjournal_command
from leadjournal.db.engine import open_journal
from tests.conftest import subprocess_env


def test_the_themed_window_is_painted_before_pyside_builds_its_qt_namespace(
    isolated_home: Path, tmp_path: Path
) -> None:
    """The theme, the tab icons and the notice's tone are all in the first paint, yet
    none of them may make PySide6 build every enum of its ``Qt`` namespace first (a
    ``Qt`` enum, or an overloaded call such as ``QStyle.polish`` or ``QPainter.setPen``,
    does): that alone was most of what the look added to the time to a shown window."""
    folder = tmp_path / "journal"
    open_journal(folder / "journal.sqlite", folder / "backups").dispose()
    result = subprocess.run(
        leadjournal_command("shown", "--data-dir", str(folder)),
        capture_output=True,
        text=True,
        env=subprocess_env(isolated_home),
        timeout=120,
        check=False,
    )
    line = next(line for line in result.stdout.splitlines() if line.startswith("bench: shown"))
    assert line.endswith("qt-namespace=False"), line
