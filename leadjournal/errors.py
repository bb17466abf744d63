"""Errors that carry one plain sentence meant for the person using the app.

Anything raised as a :class:`JournalError` is shown as-is in a dialog or on stderr;
everything else is a bug and goes to the log with its traceback.
"""


class JournalError(Exception):
    """A problem the user can understand and act on; ``str(error)`` is the sentence."""


class DataFolderError(JournalError):
    """The data folder cannot be created, read or written."""


class JournalDamagedError(JournalError):
    """The journal file is not a readable SQLite database or fails its check."""


class JournalTooNewError(JournalError):
    """The journal was written by a newer LeadJournal whose schema this one doesn't know."""


class JournalInUseError(JournalError):
    """Another LeadJournal has this journal open and could not be reached."""


class DemoFolderNotEmptyError(JournalError):
    """``--demo --data-dir`` was pointed at a folder that already holds a journal."""


class BackupError(JournalError):
    """A backup could not be taken, or a file offered as a backup does not verify."""


class JournalWriteError(JournalError):
    """A write to the journal failed (disk full, read-only folder); nothing was saved.

    ``reason`` is the cause alone ("the disk is full"), for a sentence of one's own (the
    command line has no screen and does not retry)."""

    def __init__(self, message: str, reason: str = "") -> None:
        super().__init__(message)
        self.reason = reason


class JournalLockedError(JournalError):
    """The journal is encrypted and no passphrase was given."""


class WrongPassphraseError(JournalError):
    """The passphrase given does not open the journal."""
