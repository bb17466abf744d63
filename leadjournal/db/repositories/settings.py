"""Journal-wide preferences stored as JSON values."""

from __future__ import annotations

import json
from typing import Any

from leadjournal.db.models import Setting
from leadjournal.db.unit_of_work import SessionSource


class SettingsRepository:
    def __init__(self, sessions: SessionSource) -> None:
        self._sessions = sessions

    def get(self, key: str, default: Any = None) -> Any:
        with self._sessions() as session:
            row = session.get(Setting, key)
            return default if row is None else json.loads(row.value)

    def set(self, key: str, value: Any) -> None:
        with self._sessions.begin() as session:
            session.merge(Setting(key=key, value=json.dumps(value)))
