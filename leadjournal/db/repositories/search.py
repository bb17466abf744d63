"""The search index, read through the journal's own sessions."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from leadjournal.db.search_index import SearchIndex
from leadjournal.db.unit_of_work import SessionSource


class SearchRepository:
    def __init__(self, sessions: SessionSource) -> None:
        self._sessions = sessions

    @contextmanager
    def index(self) -> Iterator[SearchIndex]:
        """The search index on one session, for the statements of one search."""
        with self._sessions() as session:
            connection = session.connection()

            def run(statement: str, parameters: Sequence[Any]) -> list[tuple[Any, ...]]:
                result = connection.exec_driver_sql(statement, tuple(parameters))
                return [tuple(row) for row in result]

            yield SearchIndex(run)
