"""Export the whole journal as JSON, and import such a file all-or-nothing.

The format is documented in ``docs/export-format.md``. Every table is a list of rows
keyed by column, rows in primary-key order, tables parents-first; ids are the journal's
own, so importing the same file twice updates rather than duplicates.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, String, Table, Text
from sqlalchemy.exc import IntegrityError

from leadjournal.db.changes import JournalChange
from leadjournal.db.engine import MAX_TEXT
from leadjournal.db.repositories.transfer import TableReader, all_tables
from leadjournal.errors import JournalError
from leadjournal.services.settings import NOT_TRANSFERRED, imported_setting
from leadjournal.services.transfer_versions import FORMAT_VERSION, READABLE_VERSIONS, upgraded

if TYPE_CHECKING:
    from leadjournal.db.repositories import Repositories

# Working state, not the user's journal: not exported, left alone by an import.
NOT_EXPORTED_TABLES = {"reminder_log"}
NOT_EXPORTED_SETTINGS = NOT_TRANSFERRED
# MAX_TEXT (characters in one field) is the journal's own limit on every write, so
# whatever the app kept, its export imports back.
MAX_FILE = 100 * 1024 * 1024


class ImportRefusedError(JournalError):
    """The file was not imported; the journal is unchanged. The message says why."""


def exported_tables() -> list[Table]:
    return [t for t in all_tables() if t.name not in NOT_EXPORTED_TABLES]


def _to_json(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


Progress = Callable[[int, int], None]  # steps done, steps in all
ShouldStop = Callable[[], bool]


class TransferCancelledError(JournalError):
    """The user cancelled an export or import; nothing was written."""


def _never() -> bool:
    return False


def export_data(
    repos: Repositories, should_stop: ShouldStop = _never, progress: Progress | None = None
) -> dict[str, Any]:
    """The whole journal as plain data (the same journal always gives the same data)."""
    tables: dict[str, list[dict[str, Any]]] = {}
    to_export = exported_tables()
    with repos.transfer.reading() as reader:
        for step, table in enumerate(to_export):
            if should_stop():
                raise TransferCancelledError("The export was cancelled; no file was written.")
            if progress is not None:
                progress(step, len(to_export))
            rows = reader.rows(table)
            kept = [{name: _to_json(value) for name, value in row.items()} for row in rows]
            if table.name == "setting":
                kept = [row for row in kept if row["key"] not in NOT_EXPORTED_SETTINGS]
            tables[table.name] = kept
    return {"format_version": FORMAT_VERSION, "application": "LeadJournal", "tables": tables}


def export_json(
    repos: Repositories, should_stop: ShouldStop = _never, progress: Progress | None = None
) -> str:
    data = export_data(repos, should_stop, progress)
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


# --- import ------------------------------------------------------------------------------------


def _refuse(where: str, why: str) -> ImportRefusedError:
    return ImportRefusedError(f"The import was refused at {where}: {why}. Nothing was changed.")


def read_import_file(path: Path) -> bytes:
    """The bytes of an export file, read only after its size is checked, and never more
    than an export can hold (a huge file or a device is refused, not read)."""
    import os
    import stat

    try:
        with path.open("rb") as stream:
            status = os.fstat(stream.fileno())
            if not stat.S_ISREG(status.st_mode):
                raise ImportRefusedError(
                    f"{path.name} is not an ordinary file; nothing was changed."
                )
            if status.st_size > MAX_FILE:
                raise _too_large()
            raw = stream.read(MAX_FILE + 1)
    except OSError as error:
        raise ImportRefusedError(f"{path} could not be read: {error.strerror or error}.") from None
    if len(raw) > MAX_FILE:  # it grew while being read
        raise _too_large()
    return raw


def _too_large() -> ImportRefusedError:
    return ImportRefusedError(
        f"The file is over {MAX_FILE // 2**20} MB, more than LeadJournal imports at once; "
        "nothing was changed."
    )


def parse_document(raw: bytes) -> dict[str, Any]:
    """Bytes of a file to a document, or one plain sentence about the first problem."""
    if len(raw) > MAX_FILE:
        raise _too_large()
    try:
        text = raw.decode("utf-8-sig")  # a byte-order mark, as some editors save, is fine
    except UnicodeDecodeError as error:
        raise ImportRefusedError(
            f"The file is not UTF-8 text (a bad byte at position {error.start}); nothing was "
            "changed."
        ) from error
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportRefusedError(
            f"The file is not valid JSON (line {error.lineno}, column {error.colno}: "
            f"{error.msg.lower()}); nothing was changed."
        ) from error
    except RecursionError:
        raise ImportRefusedError(
            "The file nests its data far deeper than a LeadJournal "
            "export does; nothing was changed."
        ) from None
    if not isinstance(document, dict):
        raise _refuse("the top level", "expected an object with format_version and tables")
    return document


def _check_value(column: Any, value: Any, where: str) -> Any:
    """The value converted for the database, or a refusal naming the column."""
    if value is None:
        if not column.nullable and not column.primary_key:
            raise _refuse(where, "a value is required here")
        return None
    kind = column.type
    if isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise _refuse(where, f"expected true or false, got {json.dumps(value)[:40]}")
        return value
    if isinstance(kind, Integer):
        if isinstance(value, bool) or not isinstance(value, int):
            raise _refuse(where, f"expected a whole number, got {json.dumps(value)[:40]}")
        if not -(2**63) <= value < 2**63:  # what SQLite can store
            raise _refuse(where, f"the number {str(value)[:40]} is too large")
        return value
    if isinstance(kind, Float):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise _refuse(where, f"expected a number, got {json.dumps(value)[:40]}")
        return float(value)
    if isinstance(kind, DateTime):
        try:
            shaped = isinstance(value, str) and _DATE_TIME.fullmatch(value)
            return dt.datetime.fromisoformat(value) if shaped else _bad()
        except ValueError:
            raise _refuse(
                where,
                f"expected a date and time like 2026-11-23T09:30:00, got {json.dumps(value)[:40]}",
            ) from None
    if isinstance(kind, Date):
        try:
            shaped = isinstance(value, str) and _DATE.fullmatch(value)
            return dt.date.fromisoformat(value) if shaped else _bad()
        except ValueError:
            raise _refuse(
                where, f"expected a date like 2026-11-23, got {json.dumps(value)[:40]}"
            ) from None
    if isinstance(kind, String | Text):
        if not isinstance(value, str):
            raise _refuse(where, f"expected text, got {json.dumps(value)[:40]}")
        if not _is_unicode(value):
            raise _refuse(where, "the text holds a broken character (a lone surrogate)")
        if len(value) > MAX_TEXT:
            raise _refuse(
                where, f"the text is {len(value):,} characters long; the limit is {MAX_TEXT:,}"
            )
        return value
    return value


def _bad() -> Any:
    raise ValueError


# A column's check: (value, the row's place, the column's name) -> the value to store.
ValueCheck = Callable[[Any, str, str], Any]


def _value_checker(column: Any) -> ValueCheck:
    """``_check_value`` for one column, with a quick path for the usual well-formed value
    (an export of 20,000 entries has 200,000 of them); anything else takes the full check,
    which words the refusal."""
    kind = column.type

    def full(value: Any, where: str, name: str) -> Any:
        return _check_value(column, value, f"{where}.{name}")

    if isinstance(kind, Boolean):
        return lambda value, where, name: value if type(value) is bool else full(value, where, name)
    if isinstance(kind, Integer):
        return lambda value, where, name: (
            value if type(value) is int and -(2**63) <= value < 2**63 else full(value, where, name)
        )
    if isinstance(kind, String | Text):
        # ASCII text has no lone surrogates to look for.
        return lambda value, where, name: (
            value
            if type(value) is str and len(value) <= MAX_TEXT and value.isascii()
            else full(value, where, name)
        )
    return full


# The documented shapes (what export writes): YYYY-MM-DD, and that with a time after a T.
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_DATE_TIME = re.compile(
    r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?([+-]\d{2}:\d{2}|Z)?", re.ASCII
)


def _is_unicode(text: str) -> bool:
    """False for a string SQLite can't store: JSON's \\ud800 escapes give lone halves of
    a surrogate pair, which are not characters."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def validate(
    document: dict[str, Any], repos: Repositories, notes: list[str] | None = None
) -> dict[str, list[dict[str, Any]]]:
    """Check the whole document before anything is written; return rows ready to write.

    Settings are checked one by one: one of the wrong shape or unknown is left out (and
    said so in ``notes``) rather than refusing the file, and the parts that belong to
    this computer (the second backup folder) are never taken from it.
    """
    version = document.get("format_version")
    if type(version) is not int or version not in READABLE_VERSIONS:  # true and 1.0 equal 1
        raise _refuse(
            "format_version",
            f"this is version {json.dumps(version)}; this "
            f"LeadJournal reads versions 1 to {FORMAT_VERSION}",
        )
    tables = document.get("tables")
    if not isinstance(tables, dict):
        raise _refuse("tables", "expected an object with one list of rows per table")
    tables = upgraded(version, tables)
    known = {t.name: t for t in exported_tables()}
    for name in tables:
        if name not in known:
            raise _refuse(f"tables.{name}", "there is no such table in a LeadJournal journal")
    ready: dict[str, list[dict[str, Any]]] = {}
    keys: dict[str, set[Any]] = {}
    for table in exported_tables():
        rows = tables.get(table.name, [])
        if not isinstance(rows, list):
            raise _refuse(f"tables.{table.name}", "expected a list of rows")
        columns = {c.name: c for c in table.columns}
        column_names = set(columns)
        checkers = {name: _value_checker(column) for name, column in columns.items()}
        seen: set[Any] = set()
        converted = []
        for index, row in enumerate(rows):
            where = f"tables.{table.name}[{index}]"
            if not isinstance(row, dict):
                raise _refuse(where, "expected an object")
            if not column_names.issuperset(row):
                unknown = set(row) - column_names
                raise _refuse(f"{where}.{sorted(unknown)[0]}", "no such column")
            values = {}
            for name, column in columns.items():
                if name not in row and (column.nullable or column.default is not None):
                    continue
                if name not in row:
                    raise _refuse(f"{where}.{name}", "this column is missing")
                values[name] = checkers[name](row[name], where, name)
            key = tuple(values.get(c.name) for c in table.primary_key.columns)
            if key in seen:
                raise _refuse(where, f"the id {key[0] if len(key) == 1 else key} appears twice")
            seen.add(key)
            converted.append(values)
        if table.name == "setting":
            with repos.transfer.reading() as reader:
                current = {row["key"]: json.loads(row["value"]) for row in reader.rows(table)}
            converted = _imported_settings(converted, current, notes if notes is not None else [])
        ready[table.name] = converted
        if len(table.primary_key.columns) == 1:
            keys[table.name] = {row[table.primary_key.columns[0].name] for row in converted}
    with repos.transfer.reading() as reader:
        _check_references(ready, keys, reader)
    return ready


def _imported_settings(
    rows: list[dict[str, Any]], current: dict[str, Any], notes: list[str]
) -> list[dict[str, Any]]:
    """The settings to store from the file's ``rows``; ``current``: what the journal
    holds now, by key."""
    kept = []
    for row in rows:
        try:
            value = json.loads(row.get("value") or "null")
        except ValueError:
            notes.append(f"the setting “{row['key']}” is not valid JSON, so it was skipped")
            continue
        stored, note = imported_setting(row["key"], value, current.get(row["key"]))
        if note is not None:
            notes.append(note)
        if stored is not None:
            kept.append({"key": row["key"], "value": json.dumps(stored)})
    return kept


def _check_references(
    ready: dict[str, list[dict[str, Any]]], keys: dict[str, set[Any]], reader: TableReader
) -> None:
    """Refuse a row pointing to a record that is neither in the file nor in the journal
    (one read of the journal per table pointed to)."""
    existing: dict[str, set[Any]] = {}
    for table in exported_tables():
        for column in table.columns:
            for foreign in column.foreign_keys:
                target = foreign.column.table.name
                if target not in existing:
                    existing[target] = reader.values(foreign.column)
                for index, row in enumerate(ready.get(table.name, [])):
                    value = row.get(column.name)
                    if (
                        value is not None
                        and value not in keys.get(target, set())
                        and value not in existing[target]
                    ):
                        raise _refuse(
                            f"tables.{table.name}[{index}].{column.name}",
                            f"it points to {target} {value}, which is neither in "
                            "the file nor in the journal",
                        )


def _count(n: int, one: str, many: str) -> str:
    return f"{n:,} {one if n == 1 else many}"


@dataclass
class ImportPlan:
    """What an import will do, worked out before anything is written."""

    ready: dict[str, list[dict[str, Any]]]
    added: int = 0  # rows whose id is not in the journal yet
    replaced: int = 0  # rows that will replace a different row with the same id
    unchanged: int = 0  # rows the journal already holds exactly so
    notes: list[str] = field(default_factory=list)  # settings left out, and why

    @property
    def changes_anything(self) -> bool:
        return bool(self.added or self.replaced)

    def summary(self) -> str:
        """One sentence: 'This import adds 12 records and replaces 3 records that are
        different in your journal.'"""
        if not self.changes_anything:
            text = "Your journal already holds everything in this file; nothing would change."
        elif not self.replaced:
            text = f"This import adds {_count(self.added, 'record', 'records')}."
        else:
            verb = "is" if self.replaced == 1 else "are"
            text = (
                f"This import adds {_count(self.added, 'record', 'records')} and "
                f"replaces {_count(self.replaced, 'record', 'records')} that {verb} "
                "different in your journal."
            )
        if self.notes:
            text += " Left out: " + "; ".join(self.notes) + "."
        return text


def plan_import(repos: Repositories, raw: bytes) -> ImportPlan:
    """Check the whole file and compare it with the journal, writing nothing.

    Raises :class:`ImportRefusedError` with one plain sentence when the file can't be
    imported.
    """
    document = parse_document(raw)
    notes: list[str] = []
    ready = validate(document, repos, notes)
    plan = ImportPlan(ready, notes=notes)
    with repos.transfer.reading() as reader:
        for table in exported_tables():
            rows = ready.get(table.name, [])
            if not rows:
                continue
            keys = [c.name for c in table.primary_key.columns]
            existing = {tuple(row[k] for k in keys): row for row in reader.rows(table)}
            for row in rows:
                found = existing.get(tuple(row.get(k) for k in keys))
                if found is None:
                    plan.added += 1
                elif all(found[name] == value for name, value in row.items()):
                    plan.unchanged += 1
                else:
                    plan.replaced += 1
    return plan


def apply_import(
    repos: Repositories,
    plan: ImportPlan,
    should_stop: ShouldStop = _never,
    progress: Progress | None = None,
) -> dict[str, int]:
    """Write a planned import in one transaction (or nothing); how many rows each table
    received. Take a safety backup first (:func:`leadjournal.services.backups.back_up_before`).
    """
    rows_of = [(table, plan.ready.get(table.name, [])) for table in exported_tables()]

    def before_table(step: int, steps: int) -> None:
        if should_stop():  # raised inside the transaction: it rolls back
            raise TransferCancelledError("The import was cancelled; nothing was changed.")
        if progress is not None:
            progress(step, steps)

    try:
        repos.transfer.upsert(rows_of, before_table)
    except IntegrityError as error:
        detail = str(error.orig).split("\n", 1)[0]
        raise ImportRefusedError(
            f"The import was refused: a row breaks a rule of the journal ({detail}). "
            "Nothing was changed."
        ) from error
    counts = {table.name: len(rows) for table, rows in rows_of}
    # Written below the sessions, so announced here: open views show what came in.
    repos.changes.announce(JournalChange(frozenset(name for name, n in counts.items() if n)))
    return counts


def refuse_replacing(plan: ImportPlan, how_to_allow: str) -> None:
    """Refuse an import that would replace rows holding something else, in one sentence
    that ends with ``how_to_allow`` (e.g. 'add --replace to import it anyway')."""
    if plan.replaced:
        raise ImportRefusedError(
            f"The file would replace {_count(plan.replaced, 'record', 'records')} in your "
            f"journal that {'holds' if plan.replaced == 1 else 'hold'} something different "
            f"under the same id, so nothing was changed; {how_to_allow}."
        )


def import_data(
    repos: Repositories,
    raw: bytes,
    should_stop: ShouldStop = _never,
    progress: Progress | None = None,
    *,
    replace: bool = False,
) -> dict[str, int]:
    """Validate everything, then write everything in one transaction (or nothing).

    Rows whose id already exists with the same content change nothing, so importing the
    same file twice changes nothing the second time. A row that would replace different
    content is refused unless ``replace``. Returns how many rows each table received.
    """
    plan = plan_import(repos, raw)
    if not replace:
        refuse_replacing(plan, "import it with replacing allowed to overwrite them")
    return apply_import(repos, plan, should_stop, progress)
