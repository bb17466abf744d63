"""Creating the data folder owner-only; kept free of SQLAlchemy so start-up stays light."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from leadjournal.errors import DataFolderError


@contextlib.contextmanager
def owner_only_umask() -> Iterator[None]:
    """Anything created inside is readable by its owner only (no chmod race after)."""
    previous = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(previous)


def ensure_data_folder(folder: Path) -> None:
    """Create the data folder (0700) if needed and make sure we can write in it."""
    try:
        with owner_only_umask():
            folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DataFolderError(
            f"The data folder {folder} could not be created ({error.strerror or error})."
        ) from None
    if not folder.is_dir():
        raise DataFolderError(f"{folder} is not a folder, so the journal can't be kept there.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise DataFolderError(f"The data folder {folder} can't be written to.")
