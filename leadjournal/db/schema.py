"""What the journal's tables look like, read without SQLAlchemy: for the JSON export and
import on a plain connection (``leadjournal.db.direct``), which must not wait for the
storage layer to load.

The description is read from the journal file itself (``sqlite_master`` and SQLite's
table pragmas), so a table or column a migration adds travels without a change here.
:func:`from_metadata` describes the models the same way; ``tests/db/test_schema.py``
proves that a migrated journal reads as exactly what the models say (tables in the same
order, every column's name, kind, nullability, key and reference), so a column renamed
in the models without its migration fails there.

Values cross this line as SQLAlchemy's SQLite types store and load them: dates as
``YYYY-MM-DD``, date-times as ``YYYY-MM-DD HH:MM:SS.ffffff``, booleans as 0 and 1.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

# Kinds of column, as the checks of an import and the conversions below know them.
BOOLEAN, INTEGER, FLOAT, DATE_TIME, DATE, TEXT, OTHER = (
    "boolean",
    "integer",
    "float",
    "datetime",
    "date",
    "text",
    "other",
)
# Tables of a journal file that are not the user's records: Alembic's bookkeeping.
# (The search index is a virtual table, recognised as one with its shadow tables.)
NOT_RECORDS = frozenset({"alembic_version"})


@dataclass(frozen=True)
class ColumnInfo:
    name: str
    kind: str
    nullable: bool
    primary_key: bool
    references: tuple[str, str] | None = None  # (table, column) it points to


@dataclass(frozen=True)
class TableInfo:
    name: str
    columns: tuple[ColumnInfo, ...]
    primary_key: tuple[str, ...]  # in the key's own order

    def column(self, name: str) -> ColumnInfo:
        return next(column for column in self.columns if column.name == name)


def _kind_of_declared(declared: str) -> str:
    """The kind of a column from the type SQLAlchemy declared it with in the DDL."""
    word = declared.split("(", 1)[0].strip().upper()
    return {
        "BOOLEAN": BOOLEAN,
        "INTEGER": INTEGER,
        "FLOAT": FLOAT,
        "REAL": FLOAT,
        "DATETIME": DATE_TIME,
        "DATE": DATE,
        "VARCHAR": TEXT,
        "TEXT": TEXT,
        "CHAR": TEXT,
    }.get(word, OTHER)


def parents_first(tables: Iterable[TableInfo]) -> list[TableInfo]:
    """``tables`` with every table after the ones it points to, ties in name order: the
    order of SQLAlchemy's ``MetaData.sorted_tables`` (layer by layer, each layer sorted
    by name), which the export has always used."""
    todo = sorted(tables, key=lambda table: table.name)
    parents = {
        table.name: {
            column.references[0]
            for column in table.columns
            if column.references is not None and column.references[0] != table.name
        }
        for table in todo
    }
    left = {table.name for table in todo}
    ordered: list[TableInfo] = []
    while todo:
        layer = [table for table in todo if left.isdisjoint(parents[table.name])]
        if not layer:  # a cycle: keep the rest in name order rather than loop
            layer = todo
        ordered += layer
        left.difference_update(table.name for table in layer)
        todo = [table for table in todo if table.name in left]
    return ordered


def read_schema(query: Callable[[str], Iterable[Sequence[Any]]]) -> list[TableInfo]:
    """The journal's tables of records, parents first; ``query(sql)`` gives the rows of
    a statement on the journal (a plain connection's or the storage layer's).

    Columns come in the file's order: a column a migration added comes last."""
    rows = list(
        query(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"
        )
    )
    virtual = {name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL")}
    tables = []
    for name, _sql in rows:
        if name in NOT_RECORDS or name in virtual:
            continue
        if any(name.startswith(f"{parent}_") for parent in virtual):
            continue  # a virtual table's own storage (the search index's)
        # The name comes from sqlite_master, so it is safe inside the statement.
        references = {
            row[3]: (row[2], row[4]) for row in query(f'PRAGMA foreign_key_list("{name}")')
        }
        info = list(query(f'PRAGMA table_info("{name}")'))
        columns = tuple(
            ColumnInfo(
                name=column,
                kind=_kind_of_declared(declared or ""),
                nullable=not not_null and not key_place,
                primary_key=bool(key_place),
                references=references.get(column),
            )
            for _cid, column, declared, not_null, _default, key_place in info
        )
        key = tuple(row[1] for row in sorted(info, key=lambda row: row[5]) if row[5])
        tables.append(TableInfo(name, columns, key))
    return parents_first(tables)


def from_metadata(metadata: Any) -> list[TableInfo]:
    """The same description of SQLAlchemy ``metadata`` (the models), in its own order."""
    from sqlalchemy import Boolean, Date, DateTime, Float, Integer, String, Text

    def kind(column: Any) -> str:
        for sql_type, name in (
            (Boolean, BOOLEAN),
            (Integer, INTEGER),
            (Float, FLOAT),
            (DateTime, DATE_TIME),
            (Date, DATE),
            (String, TEXT),
            (Text, TEXT),
        ):
            if isinstance(column.type, sql_type):
                return name
        return OTHER

    described = []
    for table in metadata.sorted_tables:
        columns = []
        for column in table.columns:
            foreign = next(iter(column.foreign_keys), None)
            columns.append(
                ColumnInfo(
                    name=column.name,
                    kind=kind(column),
                    nullable=bool(column.nullable) and not column.primary_key,
                    primary_key=bool(column.primary_key),
                    references=(
                        (foreign.column.table.name, foreign.column.name)
                        if foreign is not None
                        else None
                    ),
                )
            )
        key = tuple(column.name for column in table.primary_key.columns)
        described.append(TableInfo(table.name, tuple(columns), key))
    return described


# --- values as stored ---------------------------------------------------------------------------

_STORED_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)


def _date_of(stored: Any) -> Any:
    if isinstance(stored, str):
        if _STORED_DATE.fullmatch(stored):
            return dt.date(int(stored[:4]), int(stored[5:7]), int(stored[8:10]))
        return dt.date.fromisoformat(stored[:10])
    return stored


def _date_time_of(stored: Any) -> Any:
    return dt.datetime.fromisoformat(stored) if isinstance(stored, str) else stored


def _bool_of(stored: Any) -> Any:
    return bool(stored) if isinstance(stored, int) else stored


def _float_of(stored: Any) -> Any:
    return float(stored) if isinstance(stored, int) else stored


def loader(kind: str) -> Callable[[Any], Any] | None:
    """Turns a stored value of ``kind`` (not None) into what SQLAlchemy would load, or
    None when the stored value is that already."""
    return {BOOLEAN: _bool_of, FLOAT: _float_of, DATE: _date_of, DATE_TIME: _date_time_of}.get(kind)


def stored_date_time(value: dt.datetime) -> str:
    """How SQLAlchemy's SQLite ``DateTime`` stores a date-time (any time zone dropped)."""
    return (
        f"{value.year:04d}-{value.month:02d}-{value.day:02d} "
        f"{value.hour:02d}:{value.minute:02d}:{value.second:02d}.{value.microsecond:06d}"
    )


def stored(value: Any) -> Any:
    """A Python value (of a checked import row) as SQLAlchemy would store it."""
    if isinstance(value, dt.datetime):
        return stored_date_time(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value
