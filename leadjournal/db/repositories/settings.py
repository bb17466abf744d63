"""Journal-wide preferences stored as JSON values.

Only :mod:`leadjournal.services.settings` calls this: it knows the keys and checks the
shape of what comes back.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import TypeAlias

from leadjournal.db.models import Setting
from leadjournal.db.unit_of_work import SessionSource

# What a setting can hold: anything JSON can write.
JsonValue: TypeAlias = (
    "bool | int | float | str | Sequence[JsonValue] | Mapping[str, JsonValue] | None"
)


class SettingsRepository:
    def __init__(self, sessions: SessionSource) -> None:
        self._sessions = sessions

    def get(self, key: str, default: object = None) -> object:
        """The stored value (any JSON value: the caller checks its shape), or ``default``."""
        with self._sessions() as session:
            row = session.get(Setting, key)
            return default if row is None else json.loads(row.value)

    def set(self, key: str, value: JsonValue) -> None:
        with self._sessions.begin() as session:
            session.merge(Setting(key=key, value=json.dumps(value)))
