"""The log file in the user's log folder; falls back to stderr if it can't be written.

The file is rotated when the app starts: past 1 MB it becomes ``.1`` (and the older
ones ``.2`` and ``.3``). ``logging.handlers`` could rotate mid-session, but it brings
sockets and pickling into every start, and a day of LeadJournal writes a few lines.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from leadjournal.paths import log_dir

LOG_FILENAME = "leadjournal.log"
MAX_LOG_BYTES = 1_000_000
OLD_LOGS_KEPT = 3


def rotate_log(path: Path) -> None:
    """Move a full log aside (``.1``, ``.2``, …), dropping the oldest beyond the kept."""
    try:
        if path.stat().st_size < MAX_LOG_BYTES:
            return
    except FileNotFoundError:
        return
    for number in range(OLD_LOGS_KEPT - 1, 0, -1):
        older = path.with_name(f"{path.name}.{number}")
        if older.exists():
            older.replace(path.with_name(f"{path.name}.{number + 1}"))
    path.replace(path.with_name(f"{path.name}.1"))


def configure_logging(folder: Path | None = None) -> Path | None:
    """Send log records to ``leadjournal.log``; return its path, or None if unwritable."""
    root = logging.getLogger("leadjournal")
    root.setLevel(logging.INFO)
    for existing in root.handlers:
        if isinstance(existing, logging.FileHandler):
            return Path(existing.baseFilename)
    folder = folder or log_dir()
    path = folder / LOG_FILENAME
    try:
        old_umask = os.umask(0o077)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            rotate_log(path)
            handler = logging.FileHandler(path, encoding="utf-8")
        finally:
            os.umask(old_umask)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return Path(handler.baseFilename)
