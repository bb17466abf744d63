"""Where LeadJournal keeps things, resolved once.

Nothing else in the package calls platformdirs. ``--data-dir`` or the
``LEADJOURNAL_DATA_DIR`` environment variable moves the journal elsewhere (tests use
this so each one has its own folder).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from leadjournal import APP_NAME

DATA_DIR_ENV = "LEADJOURNAL_DATA_DIR"
JOURNAL_FILENAME = "journal.sqlite"


@dataclass(frozen=True)
class JournalPaths:
    """Every file that belongs to one journal lives under ``data_dir``."""

    data_dir: Path

    @property
    def journal_file(self) -> Path:
        return self.data_dir / JOURNAL_FILENAME

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def lock_file(self) -> Path:
        return self.data_dir / ".leadjournal.lock"

    @property
    def window_state_file(self) -> Path:
        # Window geometry lives with the journal so each journal (and each test) is
        # independent of every other.
        return self.data_dir / "window.ini"

    @property
    def instance_key(self) -> str:
        """A name for the single-instance socket that is unique per user and folder."""
        import hashlib  # only once the window is up (hashlib loads OpenSSL)

        digest = hashlib.sha256(str(self.data_dir.resolve()).encode()).hexdigest()[:20]
        return f"leadjournal-{os.getuid() if hasattr(os, 'getuid') else 0}-{digest}"

    def holds_journal(self) -> bool:
        return self.journal_file.exists() and self.journal_file.stat().st_size > 0


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve_data_dir(cli_value: str | None, environ: Mapping[str, str] | None = None) -> Path:
    """The data folder: ``--data-dir`` wins, then the environment, then platformdirs."""
    env = os.environ if environ is None else environ
    chosen, given_as = (
        (cli_value, "--data-dir")
        if cli_value is not None
        else (env.get(DATA_DIR_ENV), DATA_DIR_ENV)
    )
    if chosen is None:
        return default_data_dir()
    if not chosen.strip():
        # An empty value must not quietly fall back to the real journal.
        from leadjournal.errors import DataFolderError

        raise DataFolderError(f"{given_as} is empty; give it the folder to keep the journal in.")
    return Path(chosen).expanduser().absolute()


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def resources_dir() -> Path:
    """Icons, the practice catalogue and packaging files.

    An installed wheel carries them inside the package; a source checkout (editable
    install) keeps them at the top of the repository.
    """
    packaged = Path(__file__).parent / "resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "resources"


def app_icon_file() -> Path:
    return resources_dir() / "icons" / "leadjournal.svg"


def tray_icon_file() -> Path:
    return resources_dir() / "icons" / "leadjournal-tray.svg"
