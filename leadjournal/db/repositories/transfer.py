"""Whole tables in and out, for the JSON export and import (``services/transfer.py``).

Rows are plain dictionaries keyed by column name; what they mean, and which tables and
settings travel, is the service's business.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Column, Connection, Table, select
from sqlalchemy.dialects.sqlite import insert

from leadjournal.db.models import Base
from leadjournal.db.unit_of_work import SessionSource

Row = dict[str, Any]


def all_tables() -> list[Table]:
    """Every table of the journal, parents before the tables that point to them."""
    return list(Base.metadata.sorted_tables)


class TableReader:
    """Reads of whole tables on one connection: one statement per call."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def rows(self, table: Table) -> list[Row]:
        """Every row of ``table`` in primary-key order, values as Python types."""
        order = list(table.primary_key.columns)
        result = self._connection.execute(select(table).order_by(*order)).mappings()
        return [dict(row) for row in result]

    def values(self, column: Column[Any]) -> set[Any]:
        """Every value ``column`` holds."""
        return set(self._connection.execute(select(column)).scalars())


class TransferRepository:
    def __init__(self, sessions: SessionSource) -> None:
        self._sessions = sessions

    @contextmanager
    def reading(self) -> Iterator[TableReader]:
        """Whole tables read on one session."""
        with self._sessions() as session:
            yield TableReader(session.connection())

    def upsert(
        self,
        rows_of: Sequence[tuple[Table, Sequence[Mapping[str, Any]]]],
        before_table: Callable[[int, int], None],
    ) -> None:
        """Write every table's rows in one transaction, table by table in the order given:
        a row whose key exists replaces that row's columns it names, others are added.

        ``before_table(step, steps)`` runs before each table; whatever it raises (a
        cancel) rolls the whole write back, as does a row that breaks a rule
        (:class:`sqlalchemy.exc.IntegrityError`).
        """
        with self._sessions.begin() as session:
            connection = session.connection()
            for step, (table, rows) in enumerate(rows_of):
                before_table(step, len(rows_of))
                keys = [c.name for c in table.primary_key.columns]
                # One statement per shape of row, run for all such rows at once.
                shapes: dict[tuple[str, ...], list[Mapping[str, Any]]] = {}
                for row in rows:
                    shapes.setdefault(tuple(row), []).append(row)
                for columns, batch in shapes.items():
                    statement = insert(table)
                    updates = {
                        name: statement.excluded[name] for name in columns if name not in keys
                    }
                    connection.execute(
                        statement.on_conflict_do_update(index_elements=keys, set_=updates)
                        if updates
                        else statement.on_conflict_do_nothing(index_elements=keys),
                        batch,
                    )
