"""Search index kept by rowid: each indexed row has a fixed place in the FTS table
(``table code × 2^32 + row id``), so the triggers update one entry directly instead of
scanning the whole index, and an update only touches the index when an indexed column
changed. The index is rebuilt from the rows.

Revision ID: 0008_search_by_rowid
Revises: 0007_search
"""

import importlib.util
from pathlib import Path

from alembic import op

revision = "0008_search_by_rowid"
down_revision = "0007_search"
branch_labels = None
depends_on = None


def _indexed() -> dict[str, tuple[str, tuple[str, ...]]]:
    """The tables and columns of 0007 (read from it, so both migrations agree)."""
    spec = importlib.util.spec_from_file_location(
        "search_0007", Path(__file__).with_name("0007_search.py")
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return dict(module.INDEXED)


STEP = 2**32  # row ids of any one table stay far below this


def _body(prefix: str, columns: tuple[str, ...]) -> str:
    return " || ' ' || ".join(f"coalesce({prefix}.{column}, '')" for column in columns)


def upgrade() -> None:
    indexed = _indexed()
    for table in indexed:
        for event in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS search_{table}_{event}")
    op.execute("DROP TABLE IF EXISTS search_index")
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "kind UNINDEXED, record_id UNINDEXED, body, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    for code, (table, (kind, columns)) in enumerate(indexed.items(), start=1):
        base = code * STEP
        insert = (
            f"INSERT INTO search_index (rowid, kind, record_id, body) "
            f"VALUES ({base} + new.rowid, '{kind}', new.rowid, {_body('new', columns)});"
        )
        delete = f"DELETE FROM search_index WHERE rowid = {base} + old.rowid;"
        watched = ", ".join(columns)
        op.execute(
            f"CREATE TRIGGER search_{table}_insert AFTER INSERT ON {table} BEGIN {insert} END"
        )
        op.execute(
            f"CREATE TRIGGER search_{table}_delete AFTER DELETE ON {table} BEGIN {delete} END"
        )
        op.execute(
            f"CREATE TRIGGER search_{table}_update AFTER UPDATE OF {watched} ON {table} BEGIN "
            f"{delete} {insert} END"
        )
        op.execute(
            f"INSERT INTO search_index (rowid, kind, record_id, body) "
            f"SELECT {base} + rowid, '{kind}', rowid, {_body(table, columns)} FROM {table}"
        )


def downgrade() -> None:
    for table in _indexed():
        for event in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS search_{table}_{event}")
    op.execute("DROP TABLE IF EXISTS search_index")
