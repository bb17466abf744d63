"""A rotating log file in the user's log folder; falls back to stderr if it can't."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from leadjournal.paths import log_dir

LOG_FILENAME = "leadjournal.log"


def configure_logging() -> Path | None:
    """Send log records to ``leadjournal.log``; return its path, or None if unwritable."""
    root = logging.getLogger("leadjournal")
    root.setLevel(logging.INFO)
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return Path(root.handlers[0].baseFilename)  # type: ignore[attr-defined]
    folder = log_dir()
    try:
        old_umask = os.umask(0o077)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            handler = logging.handlers.RotatingFileHandler(
                folder / LOG_FILENAME, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
            )
        finally:
            os.umask(old_umask)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return Path(handler.baseFilename)
