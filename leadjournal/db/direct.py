"""Plain DB-API access for the paths that must not wait for the storage layer.

SQLAlchemy, Alembic and the mapped models take longer to load than the command line's
quick capture takes to do its work, so ``leadjournal capture`` writes its lesson here,
with one statement on a plain connection. Only an up-to-date journal is written this
way, inside the same checks and pragmas the storage layer uses; anything else (an older
schema that needs migrating, an overlong text, a write the disk refuses) returns None and
the caller goes the usual way, which migrates or explains.

The statements name their columns: ``tests/db/test_direct.py`` proves a lesson written
here is the very row the storage layer writes, so a column added or renamed in the
models without a change here fails that test.

The JSON export and import (``leadjournal.services.transfer``) read and write whole
tables here too, described by ``leadjournal.db.schema`` from the file itself: on a plain
connection for the command line (:func:`open_for_transfer`), and on the storage layer's
own connection in the window (``leadjournal.db.repositories.transfer``), so both write
the same rows the same way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any, Protocol

from leadjournal.db import schema
from leadjournal.db.files import connect_file, database_errors, inspect_journal
from leadjournal.db.migrations import HEAD_REVISION
from leadjournal.db.schema import TableInfo
from leadjournal.errors import JournalWriteError

# leadjournal.db.engine.MAX_TEXT (a test keeps them equal): a longer text goes the usual
# way, whose refusal the user already knows.
MAX_TEXT = 200_000
BUSY_TIMEOUT_MS = 5000  # leadjournal.db.engine.BUSY_TIMEOUT_MS

# SQLite's words for a write the disk or the folder refused, and ours for the user
# (``leadjournal.db.engine`` says the same for the storage layer's writes).
WRITE_PROBLEMS = (
    ("disk is full", "the disk is full"),
    ("readonly database", "the journal's folder is read-only"),
    ("disk i/o error", "the disk reported an error"),
    ("unable to open database file", "the journal file can't be reached"),
    ("database is locked", "another program is holding the journal"),
)

_INSERT_LESSON = (
    "INSERT INTO lesson (learned_on, title, what_happened, what_i_learned, do_differently, "
    "tags, week_id, person_id, from_review) VALUES (?, ?, ?, '', '', ?, NULL, NULL, 0)"
)


def add_lesson(
    journal_file: Path,
    key: str | None,
    learned_on: dt.date,
    *,
    title: str,
    what_happened: str,
    tags: str,
) -> int | None:
    """Keep a lesson in the up-to-date journal at ``journal_file``; its id, or None when
    this path can't be taken and nothing was written.

    Raises what :func:`inspect_journal` raises for a damaged or locked file, as opening
    it the usual way would.
    """
    if any(len(text) > MAX_TEXT for text in (title, what_happened, tags)):
        return None
    state = inspect_journal(journal_file, key)
    if not state.exists or state.revision != HEAD_REVISION:
        return None
    try:
        with closing(_connect(journal_file, key if state.encrypted else None)) as db:
            db.execute("BEGIN IMMEDIATE")
            try:
                cursor = db.execute(
                    _INSERT_LESSON, (learned_on.isoformat(), title, what_happened, tags)
                )
                lesson_id = cursor.lastrowid
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
    except database_errors():
        return None  # nothing was written: the usual way says what the disk refused
    return int(lesson_id) if lesson_id is not None else None


def _connect(journal_file: Path, key: str | None) -> Any:
    """A plain connection with the storage layer's pragmas; transactions are the caller's."""
    db = connect_file(journal_file, key=key)
    try:
        db.isolation_level = None  # the transactions are ours
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA journal_mode = WAL")  # as the storage layer keeps it
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA synchronous = NORMAL")
    except BaseException:
        db.close()
        raise
    return db


# --- whole tables, for the JSON export and import -------------------------------------------


class RowBreaksRuleError(Exception):
    """A written row broke a rule of the journal (a unique or foreign key, a check);
    everything written in the transaction was undone. ``detail``: SQLite's words."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class Statements(Protocol):
    """Runs SQL on the journal: a plain connection's, or the storage layer's."""

    def query(self, sql: str) -> Sequence[Sequence[Any]]: ...

    def execute(self, sql: str) -> None: ...

    def execute_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None: ...


Row = dict[str, Any]
# The defaults of a table's columns that a row may leave out: name -> a maker of the value.
Defaults = Mapping[str, Callable[[], Any]]


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class TableReader:
    """Reads of whole tables: one statement per call, values as the storage layer loads
    them (dates, date-times, booleans and floats as Python's types)."""

    def __init__(self, statements: Statements) -> None:
        self._statements = statements

    def rows(self, table: TableInfo) -> list[Row]:
        """Every row of ``table`` in primary-key order."""
        names = [column.name for column in table.columns]
        rows = self._statements.query(
            f"SELECT {', '.join(map(_quoted, names))} FROM {_quoted(table.name)} "
            f"ORDER BY {', '.join(map(_quoted, table.primary_key))}"
        )
        loaders = [
            (index, load)
            for index, column in enumerate(table.columns)
            if (load := schema.loader(column.kind)) is not None
        ]
        if not loaders:
            return [dict(zip(names, row, strict=True)) for row in rows]
        loaded = []
        for row in rows:
            values = list(row)
            for index, load in loaders:
                if values[index] is not None:
                    values[index] = load(values[index])
            loaded.append(dict(zip(names, values, strict=True)))
        return loaded

    def values(self, table: str, column: str, kind: str) -> set[Any]:
        """Every value ``column`` of ``table`` holds."""
        load = schema.loader(kind)
        found = self._statements.query(f"SELECT DISTINCT {_quoted(column)} FROM {_quoted(table)}")
        return {
            load(value) if load is not None and value is not None else value for (value,) in found
        }


_STAGE = "temp.leadjournal_import"


def write_rows(
    statements: Statements,
    rows_of: Sequence[tuple[TableInfo, Sequence[Mapping[str, Any]]]],
    before_table: Callable[[int, int], None],
    defaults: Callable[[TableInfo], Defaults] = lambda _table: {},
) -> None:
    """Write every table's rows, table by table in the order given, inside the caller's
    transaction: a row whose key exists replaces that row's columns it names, others are
    added (a column a row leaves out gets its default from ``defaults``).

    ``before_table(step, steps)`` runs before each table. The rows of one shape are put
    in a temporary table first and written from it with one statement: the search
    index's triggers then run inside that one statement, and SQLite's full-text index
    writes its words out once, not once per row (20,000 rows: 1.5 s instead of 6)."""
    for step, (table, rows) in enumerate(rows_of):
        before_table(step, len(rows_of))
        shapes: dict[tuple[str, ...], list[Mapping[str, Any]]] = {}
        for row in rows:
            shapes.setdefault(tuple(row), []).append(row)
        kinds = {column.name: column.kind for column in table.columns}
        for named, batch in shapes.items():
            filled = [(name, make) for name, make in defaults(table).items() if name not in named]
            columns = [*named, *(name for name, _make in filled)]
            updates = [name for name in named if name not in table.primary_key]
            keys = ", ".join(map(_quoted, table.primary_key))
            listed = ", ".join(map(_quoted, columns))
            write = (
                f"INSERT INTO {_quoted(table.name)} ({listed}) SELECT {listed} FROM {_STAGE} "
                # WHERE true: SQLite's grammar needs it before ON CONFLICT after a SELECT.
                f"WHERE true ORDER BY rowid ON CONFLICT ({keys}) DO "
                + (
                    "UPDATE SET "
                    + ", ".join(f"{_quoted(n)} = excluded.{_quoted(n)}" for n in updates)
                    if updates
                    else "NOTHING"
                )
            )
            converted = [
                index
                for index, name in enumerate(named)
                if kinds.get(name) in (schema.DATE, schema.DATE_TIME)
            ]
            values = []
            for row in batch:
                value = [row[name] for name in named]
                for index in converted:
                    if value[index] is not None:
                        value[index] = schema.stored(value[index])
                values.append(value + [schema.stored(make()) for _name, make in filled])
            statements.execute(f"CREATE TEMP TABLE {_STAGE} ({listed})")
            try:
                statements.execute_many(
                    f"INSERT INTO {_STAGE} VALUES ({', '.join('?' * len(columns))})", values
                )
                statements.execute(write)
            finally:
                statements.execute(f"DROP TABLE {_STAGE}")


class _PlainStatements:
    def __init__(self, connection: Any) -> None:
        self._connection = connection

    def query(self, sql: str) -> Sequence[Sequence[Any]]:
        result: list[Sequence[Any]] = self._connection.execute(sql).fetchall()
        return result

    def execute(self, sql: str) -> None:
        self._connection.execute(sql)

    def execute_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self._connection.executemany(sql, rows)


class PlainTransfer:
    """Whole tables in and out on a plain connection: what ``repos.transfer`` offers,
    without the storage layer. It knows no column defaults (those are the models'), so
    the import's check asks for the storage layer when a row leaves a column out."""

    knows_defaults = False

    def __init__(self, connection: Any) -> None:
        self._connection = connection
        self._statements = _PlainStatements(connection)
        self._tables: list[TableInfo] | None = None

    def tables(self) -> list[TableInfo]:
        if self._tables is None:
            self._tables = schema.read_schema(self._statements.query)
        return self._tables

    def defaults(self, _table: TableInfo) -> Defaults:
        return {}

    @contextmanager
    def reading(self) -> Iterator[TableReader]:
        yield TableReader(self._statements)

    def upsert(
        self,
        rows_of: Sequence[tuple[TableInfo, Sequence[Mapping[str, Any]]]],
        before_table: Callable[[int, int], None],
    ) -> None:
        """:func:`write_rows` in one transaction; anything raised rolls it all back."""
        errors = database_errors()
        self._connection.execute("BEGIN IMMEDIATE")
        try:
            write_rows(self._statements, rows_of, before_table)
            self._connection.execute("COMMIT")
        except BaseException as error:
            self._connection.execute("ROLLBACK")
            if isinstance(error, errors) and type(error).__name__ == "IntegrityError":
                raise RowBreaksRuleError(str(error).split("\n", 1)[0]) from error
            if isinstance(error, errors):
                raise _write_error(error) from error
            raise


def _write_error(error: Exception) -> Exception:
    """A refused write in the words the storage layer uses (JournalWriteError)."""
    message = str(error).lower()
    for words, reason in WRITE_PROBLEMS:
        if words in message:
            return JournalWriteError(
                f"Your latest changes could not be saved because {reason}.", reason=reason
            )
    return error


class PlainJournal:
    """An up-to-date journal open on a plain connection for a whole-journal export or
    import (``transfer``); the window learns of an import from the command line's own
    notice, so there is nothing to announce in this process (``changes``)."""

    changes = None

    def __init__(self, connection: Any) -> None:
        self._connection = connection
        self.transfer = PlainTransfer(connection)

    def close(self) -> None:
        self._connection.close()


def open_for_transfer(journal_file: Path, key: str | None) -> PlainJournal | None:
    """The up-to-date journal at ``journal_file`` on a plain connection; None when it
    does not exist yet or needs migrating (the storage layer does that).

    Raises what :func:`inspect_journal` raises for a damaged or locked file, or a wrong
    passphrase, as opening it the usual way would.
    """
    state = inspect_journal(journal_file, key)
    if not state.exists or state.revision != HEAD_REVISION:
        return None
    try:
        connection = _connect(journal_file, key if state.encrypted else None)
        # For this connection only: a whole journal's import stages its rows in memory
        # and keeps its pages in a larger cache (up to 64 MB) rather than spilling them.
        connection.execute("PRAGMA temp_store = MEMORY")
        connection.execute("PRAGMA cache_size = -65536")
        return PlainJournal(connection)
    except database_errors():
        return None  # the usual way opens it, or says what is wrong
