"""Privacy choices: whether the journal is protected with a passphrase, and hiding it
when the computer is left alone. The passphrase itself is never stored anywhere."""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from typing import TYPE_CHECKING

from leadjournal.db.files import looks_encrypted
from leadjournal.paths import JournalPaths
from leadjournal.services.setting_values import as_dict, flag, whole_number

if TYPE_CHECKING:
    from leadjournal.db.repositories import Repositories

PRIVACY_KEY = "privacy"
MIN_PASSPHRASE_LENGTH = 8
FORGOTTEN_WARNING = (
    "A forgotten passphrase cannot be recovered — not by you, not by anyone at LeadJournal. "
    "Without it, the journal and its backups stay unreadable for good."
)


@dataclass(frozen=True)
class IdleLock:
    enabled: bool = False
    minutes: int = 10


def is_protected(paths: JournalPaths) -> bool:
    return looks_encrypted(paths.journal_file)


def load_idle_lock(repos: Repositories) -> IdleLock:
    raw = as_dict(repos.settings.get(PRIVACY_KEY))
    return IdleLock(
        flag(raw.get("lock_when_idle"), False),
        whole_number(raw.get("idle_minutes"), 10, 1, 24 * 60),
    )


def save_idle_lock(repos: Repositories, lock: IdleLock) -> None:
    repos.settings.set(
        PRIVACY_KEY, {"lock_when_idle": lock.enabled, "idle_minutes": max(1, lock.minutes)}
    )


def new_passphrase_problem(passphrase: str, repeated: str) -> str | None:
    """Why a new passphrase can't be used, in one sentence; None when it can."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return f"Use at least {MIN_PASSPHRASE_LENGTH} characters; a short sentence works well."
    if passphrase != repeated:
        return "The two passphrases are not the same."
    return None


def same_passphrase(given: str, known: str | None) -> bool:
    """Compare without leaking how much matched through timing."""
    return known is not None and hmac.compare_digest(given.encode(), known.encode())
