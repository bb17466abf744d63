"""The checks of an imported file's values, column by column (``services/transfer.py``).

Every value is checked against its column's kind before anything is written, and a
refusal names the first bad value in one plain sentence. An export of 20,000 entries
holds 200,000 values, so the usual well-formed file takes quick paths: whole columns
checked at once (:func:`checked_by_column`), then one value at a time only when a column
holds something unusual, which the full check (:func:`_check_value`) words.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import Any

from leadjournal.db import schema
from leadjournal.db.direct import MAX_TEXT
from leadjournal.db.schema import ColumnInfo, TableInfo
from leadjournal.errors import JournalError


class ImportRefusedError(JournalError):
    """The file was not imported; the journal is unchanged. The message says why."""


def refuse(where: str, why: str) -> ImportRefusedError:
    return ImportRefusedError(f"The import was refused at {where}: {why}. Nothing was changed.")


def _check_value(column: ColumnInfo, value: Any, where: str) -> Any:
    """The value converted for the database, or a refusal naming the column."""
    if value is None:
        if not column.nullable and not column.primary_key:
            raise refuse(where, "a value is required here")
        return None
    kind = column.kind
    if kind == schema.BOOLEAN:
        if not isinstance(value, bool):
            raise refuse(where, f"expected true or false, got {json.dumps(value)[:40]}")
        return value
    if kind == schema.INTEGER:
        if isinstance(value, bool) or not isinstance(value, int):
            raise refuse(where, f"expected a whole number, got {json.dumps(value)[:40]}")
        if not -(2**63) <= value < 2**63:  # what SQLite can store
            raise refuse(where, f"the number {str(value)[:40]} is too large")
        return value
    if kind == schema.FLOAT:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise refuse(where, f"expected a number, got {json.dumps(value)[:40]}")
        return float(value)
    if kind == schema.DATE_TIME:
        try:
            shaped = isinstance(value, str) and _DATE_TIME.fullmatch(value)
            return dt.datetime.fromisoformat(value) if shaped else _bad()
        except ValueError:
            raise refuse(
                where,
                f"expected a date and time like 2026-11-23T09:30:00, got {json.dumps(value)[:40]}",
            ) from None
    if kind == schema.DATE:
        try:
            shaped = isinstance(value, str) and _DATE.fullmatch(value)
            return dt.date.fromisoformat(value) if shaped else _bad()
        except ValueError:
            raise refuse(
                where, f"expected a date like 2026-11-23, got {json.dumps(value)[:40]}"
            ) from None
    if kind == schema.TEXT:
        if not isinstance(value, str):
            raise refuse(where, f"expected text, got {json.dumps(value)[:40]}")
        if not _is_unicode(value):
            raise refuse(where, "the text holds a broken character (a lone surrogate)")
        if len(value) > MAX_TEXT:
            raise refuse(
                where, f"the text is {len(value):,} characters long; the limit is {MAX_TEXT:,}"
            )
        return value
    return value


def _bad() -> Any:
    raise ValueError


# A column's check: (value, the row's index, the column's name) -> the value to store.
ValueCheck = Callable[[Any, int, str], Any]


def value_checker(column: ColumnInfo, table: str) -> ValueCheck:
    """``_check_value`` for one column, with a quick path for the usual well-formed value
    (an export of 20,000 entries has 200,000 of them); anything else takes the full check,
    which words the refusal."""
    kind = column.kind
    optional = column.nullable or column.primary_key  # None is fine here

    def full(value: Any, index: int, name: str) -> Any:
        # The row's place is worded only here, for a refusal: not for every value.
        return _check_value(column, value, f"tables.{table}[{index}].{name}")

    if kind == schema.BOOLEAN:
        return lambda value, where, name: (
            value
            if type(value) is bool or (value is None and optional)
            else full(value, where, name)
        )
    if kind == schema.INTEGER:
        return lambda value, where, name: (
            value
            if (type(value) is int and -(2**63) <= value < 2**63) or (value is None and optional)
            else full(value, where, name)
        )
    if kind == schema.TEXT:
        # ASCII text has no lone surrogates to look for.
        return lambda value, where, name: (
            value
            if (type(value) is str and len(value) <= MAX_TEXT and value.isascii())
            or (value is None and optional)
            else full(value, where, name)
        )
    if kind == schema.DATE:

        def day(value: Any, where: int, name: str) -> Any:
            if value is None and optional:
                return None
            if type(value) is str and _DATE.fullmatch(value):
                try:
                    return dt.date.fromisoformat(value)
                except ValueError:
                    pass  # not a day of the calendar: the full check says so
            return full(value, where, name)

        return day
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


_QUICK_TYPES: dict[str, set[type]] = {
    schema.BOOLEAN: {bool},
    schema.INTEGER: {int},
    schema.TEXT: {str},
    schema.DATE: {str},
}


def _column_at_once(
    column: ColumnInfo, values: Sequence[Any], check: ValueCheck
) -> list[Any] | None:
    """Every value of one column checked and converted at once, as ``check`` would give
    them one by one; None when one of them would be refused (the caller then checks row
    by row, which words the refusal of the first)."""
    types = set(map(type, values))
    if column.nullable or column.primary_key:
        types.discard(type(None))
    present = [value for value in values if value is not None] if None in values else values
    if not types <= _QUICK_TYPES.get(column.kind, set[type]()):
        try:  # other kinds (floats, date-times) or unusual values: one by one
            return [check(value, 0, column.name) for value in values]
        except ImportRefusedError:
            return None
    if column.kind == schema.INTEGER:
        if present and (min(present) < -(2**63) or max(present) >= 2**63):
            return None
    elif column.kind == schema.TEXT:
        if max(map(len, present), default=0) > MAX_TEXT:
            return None
        if not all(map(str.isascii, present)) and not all(map(_is_unicode, present)):
            return None
    elif column.kind == schema.DATE:
        if not all(map(_DATE.fullmatch, present)):
            return None
        try:
            return [None if value is None else dt.date.fromisoformat(value) for value in values]
        except ValueError:
            return None
    return list(values)


def checked_by_column(
    rows: list[Any], table: TableInfo, checks: list[tuple[str, ValueCheck]]
) -> list[dict[str, Any]] | None:
    """``rows`` of ``table`` checked column by column, as row-by-row checking would give
    them; None unless every row is an object naming every column once, every value is
    well-formed and no key appears twice (the row-by-row checks then say what is wrong)."""
    names = [column.name for column in table.columns]
    wanted = set(names)
    if not all(
        type(row) is dict and len(row) == len(names) and wanted.issuperset(row) for row in rows
    ):
        return None
    if not rows:
        return []
    pick = itemgetter(*names)
    picked = [pick(row) for row in rows] if len(names) > 1 else [(row[names[0]],) for row in rows]
    columns = []
    for column, values, (_name, check) in zip(
        table.columns, zip(*picked, strict=True), checks, strict=True
    ):
        checked = _column_at_once(column, values, check)
        if checked is None:
            return None
        columns.append(checked)
    place = {name: index for index, name in enumerate(names)}
    keys = list(zip(*(columns[place[name]] for name in table.primary_key), strict=True))
    if len(set(keys)) != len(keys):
        return None
    return [dict(zip(names, row, strict=True)) for row in zip(*columns, strict=True)]
