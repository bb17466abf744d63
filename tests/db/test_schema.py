"""The journal's tables as ``leadjournal.db.schema`` reads them from the file (for the
command line's export and import without SQLAlchemy) are exactly what the models say."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from leadjournal.db import schema
from leadjournal.db.engine import open_journal
from leadjournal.db.models import Base
from leadjournal.db.schema import ColumnInfo, TableInfo


def read_file(journal_file: Path) -> list[TableInfo]:
    with closing(sqlite3.connect(journal_file)) as db:
        return schema.read_schema(lambda sql: db.execute(sql).fetchall())


def by_column(table: TableInfo) -> dict[str, ColumnInfo]:
    return {column.name: column for column in table.columns}


def fresh_journal(folder: Path) -> Path:
    open_journal(folder / "journal.sqlite", folder / "backups").dispose()
    return folder / "journal.sqlite"


def test_a_migrated_journal_reads_as_the_models_describe_it(tmp_path: Path) -> None:
    from_file = read_file(fresh_journal(tmp_path))
    from_models = schema.from_metadata(Base.metadata)
    # Every table of the models, in the same order (parents first, ties by name): a new
    # table can't be missed by the export, nor written before the table it points to.
    assert [t.name for t in from_file] == [t.name for t in Base.metadata.sorted_tables]
    assert [t.name for t in from_file] == [t.name for t in from_models]
    for in_file, in_models in zip(from_file, from_models, strict=True):
        # Name, kind, nullability, key and reference of every column (a migration may
        # append a column at the end, so the order of columns is the file's own).
        assert by_column(in_file) == by_column(in_models), in_file.name
        assert in_file.primary_key == in_models.primary_key, in_file.name
    kinds = {column.kind for table in from_file for column in table.columns}
    assert schema.OTHER not in kinds  # every column's type is one the import checks


def test_a_renamed_column_or_a_changed_type_does_not_read_as_the_models(tmp_path: Path) -> None:
    journal_file = fresh_journal(tmp_path)
    with closing(sqlite3.connect(journal_file)) as db:
        db.execute("ALTER TABLE lesson RENAME COLUMN tags TO labels")
        db.commit()
    lesson = next(t for t in read_file(journal_file) if t.name == "lesson")
    in_models = next(t for t in schema.from_metadata(Base.metadata) if t.name == "lesson")
    assert "labels" in by_column(lesson) and "tags" not in by_column(lesson)
    assert by_column(lesson) != by_column(in_models)


def test_the_search_index_and_alembic_s_table_are_not_records(tmp_path: Path) -> None:
    names = {table.name for table in read_file(fresh_journal(tmp_path))}
    assert "alembic_version" not in names
    assert not {name for name in names if name.startswith("search_index")}


def test_parents_come_first_in_layers_sorted_by_name() -> None:
    def table(name: str, *points_to: str) -> TableInfo:
        columns = tuple(
            ColumnInfo(f"{target}_id", schema.INTEGER, True, False, (target, "id"))
            for target in points_to
        )
        return TableInfo(name, (ColumnInfo("id", schema.INTEGER, False, True), *columns), ("id",))

    tables = [table("b", "a"), table("c"), table("a", "a"), table("d", "b", "c")]
    assert [t.name for t in schema.parents_first(tables)] == ["a", "c", "b", "d"]


def test_values_are_stored_and_loaded_as_the_storage_layer_does() -> None:
    import datetime as dt

    moment = dt.datetime(2026, 11, 30, 8, 30)
    assert schema.stored(moment) == "2026-11-30 08:30:00.000000"
    assert schema.stored(dt.date(2026, 11, 30)) == "2026-11-30"
    assert schema.stored(True) == 1
    load_moment, load_day = schema.loader(schema.DATE_TIME), schema.loader(schema.DATE)
    assert load_moment is not None and load_moment("2026-11-30 08:30:00.000000") == moment
    assert load_day is not None and load_day("2026-11-30") == dt.date(2026, 11, 30)
    assert schema.loader(schema.TEXT) is None
