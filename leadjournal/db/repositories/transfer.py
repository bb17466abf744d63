"""Whole tables in and out, for the JSON export and import (``services/transfer.py``).

Rows are plain dictionaries keyed by column name; what they mean, and which tables and
settings travel, is the service's business. The statements are the plain ones of
``leadjournal.db.direct`` (which the command line runs without the storage layer), run
here on the session's connection, so an import joins a unit of work and both ways write
the same rows; the models add what only they know, the columns' defaults.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import partial
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import IntegrityError

from leadjournal.db.direct import (
    Defaults,
    RowBreaksRuleError,
    TableReader,
    write_rows,
)
from leadjournal.db.models import Base
from leadjournal.db.schema import TableInfo, read_schema
from leadjournal.db.unit_of_work import SessionSource


class _SessionStatements:
    """SQL on the session's connection (its events, e.g. the refusal of overlong text
    and the wording of a refused write, apply)."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def query(self, sql: str) -> Sequence[Sequence[Any]]:
        return self._connection.exec_driver_sql(sql).fetchall()

    def execute(self, sql: str) -> None:
        self._connection.exec_driver_sql(sql)

    def execute_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self._connection.exec_driver_sql(sql, [tuple(row) for row in rows])


def _column_defaults() -> dict[str, dict[str, Callable[[], Any]]]:
    """The models' Python-side defaults (the value, or ``utc_now`` and the like called
    for each row), by table and column."""
    found: dict[str, dict[str, Callable[[], Any]]] = {}
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            default = column.default
            if default is None or not hasattr(default, "arg"):
                continue
            if getattr(default, "is_callable", False):
                found.setdefault(table.name, {})[column.name] = partial(default.arg, None)
            elif getattr(default, "is_scalar", False):
                found.setdefault(table.name, {})[column.name] = partial(_same, default.arg)
    return found


def _same(value: Any) -> Any:
    return value


class TransferRepository:
    knows_defaults = True

    def __init__(self, sessions: SessionSource) -> None:
        self._sessions = sessions
        self._defaults = _column_defaults()

    def tables(self) -> list[TableInfo]:
        """Every table of records in the journal, parents before the tables pointing to
        them (read from the file, as the command line reads it; a restored backup may be
        older, so it is read each time)."""
        with self._sessions() as session:
            return read_schema(_SessionStatements(session.connection()).query)

    def defaults(self, table: TableInfo) -> Defaults:
        """What a column of ``table`` that a row leaves out gets, by column."""
        return self._defaults.get(table.name, {})

    @contextmanager
    def reading(self) -> Iterator[TableReader]:
        """Whole tables read on one session."""
        with self._sessions() as session:
            yield TableReader(_SessionStatements(session.connection()))

    def upsert(
        self,
        rows_of: Sequence[tuple[TableInfo, Sequence[Mapping[str, Any]]]],
        before_table: Callable[[int, int], None],
    ) -> None:
        """Write every table's rows in one transaction, table by table in the order given:
        a row whose key exists replaces that row's columns it names, others are added.

        ``before_table(step, steps)`` runs before each table; whatever it raises (a
        cancel) rolls the whole write back, as does a row that breaks a rule
        (:class:`RowBreaksRuleError`).
        """
        try:
            with self._sessions.begin() as session:
                write_rows(
                    _SessionStatements(session.connection()), rows_of, before_table, self.defaults
                )
        except IntegrityError as error:
            raise RowBreaksRuleError(str(error.orig).split("\n", 1)[0]) from error
