"""Checking a file's values a whole column at a time gives what checking them row by row
gives, and leaves every refusal to the row-by-row checks' words."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from leadjournal.db import schema
from leadjournal.db.schema import ColumnInfo, TableInfo
from leadjournal.services.transfer_values import (
    ImportRefusedError,
    checked_by_column,
    value_checker,
)

TABLE = TableInfo(
    "lesson",
    (
        ColumnInfo("id", schema.INTEGER, False, True),
        ColumnInfo("learned_on", schema.DATE, False, False),
        ColumnInfo("title", schema.TEXT, False, False),
        ColumnInfo("week_id", schema.INTEGER, True, False, ("week_plan", "id")),
        ColumnInfo("done", schema.BOOLEAN, False, False),
        ColumnInfo("hours", schema.FLOAT, True, False),
        ColumnInfo("at", schema.DATE_TIME, True, False),
    ),
    ("id",),
)
CHECKS = [(column.name, value_checker(column, TABLE.name)) for column in TABLE.columns]


def row_by_row(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {name: check(row[name], i, name) for name, check in CHECKS} for i, row in enumerate(rows)
    ]


def rows_of(count: int) -> list[dict[str, Any]]:
    return [
        {
            "id": n,
            "learned_on": f"2026-11-{n % 28 + 1:02d}",
            "title": "Grüße an Zoë 🎉" if n % 3 else "Ask first",
            "week_id": None if n % 2 else n,
            "done": n % 2 == 0,
            "hours": n if n % 5 else 1.5,  # a whole number in a float column
            "at": None if n % 4 else "2026-11-30T08:30:00",
        }
        for n in range(1, count + 1)
    ]


def test_a_well_formed_table_checks_the_same_by_column_as_row_by_row() -> None:
    rows = rows_of(300)
    quick = checked_by_column(rows, TABLE, CHECKS)
    assert quick == row_by_row(rows)
    assert quick is not None and quick[0]["learned_on"] == dt.date(2026, 11, 2)
    assert quick[4]["hours"] == 1.5 and type(quick[0]["hours"]) is float


@pytest.mark.parametrize(
    ("column", "bad"),
    [
        ("learned_on", "2026-02-30"),
        ("learned_on", "Friday"),
        ("title", "\ud800"),
        ("title", "x" * 200_001),
        ("id", 2**63),
        ("id", True),
        ("done", 1),
        ("hours", "two"),
        ("title", None),
    ],
)
def test_a_bad_value_anywhere_leaves_the_wording_to_the_row_by_row_checks(
    column: str, bad: object
) -> None:
    rows = rows_of(300)
    rows[250][column] = bad
    assert checked_by_column(rows, TABLE, CHECKS) is None
    with pytest.raises(ImportRefusedError, match=rf"tables\.lesson\[250\]\.{column}"):
        row_by_row(rows)


def test_a_twice_used_id_or_a_row_of_another_shape_is_left_to_the_row_checks() -> None:
    rows = rows_of(10)
    rows[7]["id"] = 3
    assert checked_by_column(rows, TABLE, CHECKS) is None
    rows = rows_of(10)
    del rows[2]["hours"]
    assert checked_by_column(rows, TABLE, CHECKS) is None
    assert checked_by_column([], TABLE, CHECKS) == []
