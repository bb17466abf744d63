"""Export the whole journal as JSON, and import such a file all-or-nothing.

The format is documented in ``docs/export-format.md``. Every table is a list of rows
keyed by column, rows in primary-key order, tables parents-first; ids are the journal's
own, so importing the same file twice updates rather than duplicates.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from leadjournal.db.direct import Defaults, RowBreaksRuleError, TableReader
from leadjournal.db.schema import TableInfo
from leadjournal.errors import JournalError
from leadjournal.services.settings import NOT_TRANSFERRED, imported_setting
from leadjournal.services.transfer_values import ImportRefusedError as ImportRefusedError
from leadjournal.services.transfer_values import (
    ValueCheck,
    checked_by_column,
    refuse,
    value_checker,
)
from leadjournal.services.transfer_versions import FORMAT_VERSION, READABLE_VERSIONS, upgraded

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from leadjournal.db.changes import JournalChange

# Working state, not the user's journal: not exported, left alone by an import.
NOT_EXPORTED_TABLES = {"reminder_log"}
NOT_EXPORTED_SETTINGS = NOT_TRANSFERRED
# MAX_TEXT (characters in one field) is the journal's own limit on every write, so
# whatever the app kept, its export imports back.
MAX_FILE = 100 * 1024 * 1024


class NeedsStorageLayerError(Exception):
    """The file leaves a column out (an older format, or written by hand), and only the
    models know what such a column gets: import it through the storage layer
    (``Repositories``). Raised before anything is written."""


class TransferStore(Protocol):
    """Whole tables in and out: ``repos.transfer``, or ``leadjournal.db.direct``'s
    plain-connection one that the command line uses."""

    @property
    def knows_defaults(self) -> bool: ...

    def tables(self) -> list[TableInfo]: ...

    def defaults(self, table: TableInfo) -> Defaults: ...

    def reading(self) -> AbstractContextManager[TableReader]: ...

    def upsert(
        self,
        rows_of: Sequence[tuple[TableInfo, Sequence[Mapping[str, Any]]]],
        before_table: Callable[[int, int], None],
    ) -> None: ...


class _Announcer(Protocol):
    def announce(self, change: JournalChange) -> None: ...


class TransferJournal(Protocol):
    """What export and import use of a journal: ``Repositories``, or
    ``leadjournal.db.direct.PlainJournal`` (which has no one in this process to tell)."""

    @property
    def transfer(self) -> TransferStore: ...

    @property
    def changes(self) -> _Announcer | None: ...


def exported_tables(repos: TransferJournal) -> list[TableInfo]:
    """The journal's tables that travel, parents first."""
    return [t for t in repos.transfer.tables() if t.name not in NOT_EXPORTED_TABLES]


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
    repos: TransferJournal, should_stop: ShouldStop = _never, progress: Progress | None = None
) -> dict[str, Any]:
    """The whole journal as plain data (the same journal always gives the same data)."""
    tables: dict[str, list[dict[str, Any]]] = {}
    to_export = exported_tables(repos)
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
    repos: TransferJournal, should_stop: ShouldStop = _never, progress: Progress | None = None
) -> str:
    data = export_data(repos, should_stop, progress)
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


# --- import ------------------------------------------------------------------------------------


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
        raise refuse("the top level", "expected an object with format_version and tables")
    return document


def validate(
    document: dict[str, Any], repos: TransferJournal, notes: list[str] | None = None
) -> dict[str, list[dict[str, Any]]]:
    """Check the whole document before anything is written; return rows ready to write.

    Settings are checked one by one: one of the wrong shape or unknown is left out (and
    said so in ``notes``) rather than refusing the file, and the parts that belong to
    this computer (the second backup folder) are never taken from it.

    Raises :class:`NeedsStorageLayerError` when a row leaves out a column whose default
    ``repos`` does not know (a plain connection's), so the caller imports it the usual way.
    """
    version = document.get("format_version")
    if type(version) is not int or version not in READABLE_VERSIONS:  # true and 1.0 equal 1
        raise refuse(
            "format_version",
            f"this is version {json.dumps(version)}; this "
            f"LeadJournal reads versions 1 to {FORMAT_VERSION}",
        )
    tables = document.get("tables")
    if not isinstance(tables, dict):
        raise refuse("tables", "expected an object with one list of rows per table")
    tables = upgraded(version, tables)
    store = repos.transfer
    to_import = exported_tables(repos)
    known = {t.name: t for t in to_import}
    for name in tables:
        if name not in known:
            raise refuse(f"tables.{name}", "there is no such table in a LeadJournal journal")
    ready: dict[str, list[dict[str, Any]]] = {}
    keys: dict[str, set[Any]] = {}
    for table in to_import:
        rows = tables.get(table.name, [])
        if not isinstance(rows, list):
            raise refuse(f"tables.{table.name}", "expected a list of rows")
        columns = {c.name: c for c in table.columns}
        defaults = store.defaults(table)
        column_names = set(columns)
        checks = [(name, value_checker(column, table.name)) for name, column in columns.items()]
        seen: set[Any] = set()
        quick = checked_by_column(rows, table, checks)
        converted = quick if quick is not None else []
        for index, row in enumerate(rows if quick is None else ()):
            if not isinstance(row, dict):
                raise refuse(f"tables.{table.name}[{index}]", "expected an object")
            if len(row) == len(column_names) and column_names.issuperset(row):
                # Every column (as an export writes them): the quick way.
                values = {name: check(row[name], index, name) for name, check in checks}
            else:
                values = _values_of_partial_row(row, index, table, store, defaults, checks)
            key = tuple(values.get(name) for name in table.primary_key)
            if key in seen:
                raise refuse(
                    f"tables.{table.name}[{index}]",
                    f"the id {key[0] if len(key) == 1 else key} appears twice",
                )
            seen.add(key)
            converted.append(values)
        if table.name == "setting":
            with repos.transfer.reading() as reader:
                current = {row["key"]: json.loads(row["value"]) for row in reader.rows(table)}
            converted = _imported_settings(converted, current, notes if notes is not None else [])
        ready[table.name] = converted
        if len(table.primary_key) == 1:
            keys[table.name] = {row[table.primary_key[0]] for row in converted}
    with repos.transfer.reading() as reader:
        _check_references(to_import, ready, keys, reader)
    return ready


def _values_of_partial_row(
    row: dict[str, Any],
    index: int,
    table: TableInfo,
    store: TransferStore,
    defaults: Defaults,
    checks: list[tuple[str, ValueCheck]],
) -> dict[str, Any]:
    """The checked values of a row that names other columns than the table's or leaves
    some out: an unknown one is refused; one left out gets its default when it has one
    (written then), and is refused when it must be given."""
    where = f"tables.{table.name}[{index}]"
    known = {column.name: column for column in table.columns}
    if not set(known).issuperset(row):
        unknown = set(row) - set(known)
        raise refuse(f"{where}.{sorted(unknown)[0]}", "no such column")
    values = {}
    for name, check in checks:
        if name not in row:
            if not store.knows_defaults:
                raise NeedsStorageLayerError(f"{where}.{name}")
            if known[name].nullable or name in defaults:
                continue
            raise refuse(f"{where}.{name}", "this column is missing")
        values[name] = check(row[name], index, name)
    return values


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
    tables: list[TableInfo],
    ready: dict[str, list[dict[str, Any]]],
    keys: dict[str, set[Any]],
    reader: TableReader,
) -> None:
    """Refuse a row pointing to a record that is neither in the file nor in the journal
    (one read of the journal per table pointed to)."""
    existing: dict[str, set[Any]] = {}
    described = {table.name: table for table in tables}
    for table in tables:
        for column in table.columns:
            if column.references is not None:
                target, target_column = column.references
                if target not in existing:
                    kind = (
                        described[target].column(target_column).kind
                        if target in described
                        else column.kind
                    )
                    existing[target] = reader.values(target, target_column, kind)
                for index, row in enumerate(ready.get(table.name, [])):
                    value = row.get(column.name)
                    if (
                        value is not None
                        and value not in keys.get(target, set())
                        and value not in existing[target]
                    ):
                        raise refuse(
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


def plan_import(repos: TransferJournal, raw: bytes) -> ImportPlan:
    """Check the whole file and compare it with the journal, writing nothing.

    Raises :class:`ImportRefusedError` with one plain sentence when the file can't be
    imported.
    """
    document = parse_document(raw)
    notes: list[str] = []
    ready = validate(document, repos, notes)
    plan = ImportPlan(ready, notes=notes)
    with repos.transfer.reading() as reader:
        for table in exported_tables(repos):
            rows = ready.get(table.name, [])
            if not rows:
                continue
            keys = table.primary_key
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


def plan_plain_import(
    journal_file: Path, key: str | None, raw: bytes
) -> tuple[TransferJournal, ImportPlan] | None:
    """:func:`plan_import` on the up-to-date journal at ``journal_file`` opened on a plain
    connection (``leadjournal.db.direct``), with that journal to apply it to; None when
    it must go through the storage layer: the journal does not exist yet or needs
    migrating, or the file leaves a column out (only the models know its default).

    A file that can't be imported is refused here as :func:`plan_import` refuses it.
    """
    from leadjournal.db.direct import open_for_transfer

    plain = open_for_transfer(journal_file, key)
    if plain is None:
        return None
    try:
        return plain, plan_import(plain, raw)
    except NeedsStorageLayerError:
        plain.close()
        return None
    except BaseException:
        plain.close()
        raise


def apply_import(
    repos: TransferJournal,
    plan: ImportPlan,
    should_stop: ShouldStop = _never,
    progress: Progress | None = None,
) -> dict[str, int]:
    """Write a planned import in one transaction (or nothing); how many rows each table
    received. Take a safety backup first (:func:`leadjournal.services.backups.back_up_before`).
    """
    rows_of = [(table, plan.ready.get(table.name, [])) for table in exported_tables(repos)]

    def before_table(step: int, steps: int) -> None:
        if should_stop():  # raised inside the transaction: it rolls back
            raise TransferCancelledError("The import was cancelled; nothing was changed.")
        if progress is not None:
            progress(step, steps)

    try:
        repos.transfer.upsert(rows_of, before_table)
    except RowBreaksRuleError as error:
        raise ImportRefusedError(
            f"The import was refused: a row breaks a rule of the journal ({error.detail}). "
            "Nothing was changed."
        ) from error
    counts = {table.name: len(rows) for table, rows in rows_of}
    if repos.changes is not None:
        from leadjournal.db.changes import JournalChange

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
    repos: TransferJournal,
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
