"""Privacy choices: whether the journal is protected with a passphrase, and hiding it
when the computer is left alone. The passphrase itself is never stored anywhere."""

from __future__ import annotations

import hmac
from typing import TYPE_CHECKING

from leadjournal.db.files import looks_encrypted
from leadjournal.i18n import QT_TRANSLATE_NOOP, tr
from leadjournal.paths import JournalPaths
from leadjournal.services.settings import IdleLock, JournalSettings

if TYPE_CHECKING:
    from leadjournal.db.repositories import Repositories

__all__ = [
    "FORGOTTEN_WARNING",
    "MIN_PASSPHRASE_LENGTH",
    "IdleLock",
    "is_protected",
    "load_idle_lock",
    "new_passphrase_problem",
    "same_passphrase",
    "save_idle_lock",
]

MIN_PASSPHRASE_LENGTH = 8
# Marked for the translation catalogue; translated with ``tr`` where shown.
FORGOTTEN_WARNING = QT_TRANSLATE_NOOP(
    "",
    "A forgotten passphrase cannot be recovered — not by you, not by anyone at LeadJournal. "
    "Without it, the journal and its backups stay unreadable for good.",
)


def is_protected(paths: JournalPaths) -> bool:
    return looks_encrypted(paths.journal_file)


def load_idle_lock(repos: Repositories) -> IdleLock:
    return JournalSettings.of(repos).privacy


def save_idle_lock(repos: Repositories, lock: IdleLock) -> None:
    JournalSettings.of(repos).privacy = lock


def new_passphrase_problem(passphrase: str, repeated: str) -> str | None:
    """Why a new passphrase can't be used, in one sentence (translated); None when it can."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return tr("Use at least {0} characters; a short sentence works well.").format(
            MIN_PASSPHRASE_LENGTH
        )
    if passphrase != repeated:
        return tr("The two passphrases are not the same.")
    return None


def same_passphrase(given: str, known: str | None) -> bool:
    """Compare without leaking how much matched through timing."""
    return known is not None and hmac.compare_digest(given.encode(), known.encode())
