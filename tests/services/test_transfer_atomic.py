"""An import writes every table in one transaction: a failure half-way leaves the journal
as it was, and an import inside a unit of work is part of it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from leadjournal.db.engine import open_journal
from leadjournal.db.repositories import Repositories
from leadjournal.services.transfer import (
    ImportRefusedError,
    apply_import,
    export_json,
    import_data,
    plan_import,
)
from tests.services.sized_journal import statements_run, write_journal_of


class HalfwayError(Exception):
    """Stands for anything that goes wrong after the import in the same operation."""


def journal(folder: Path, size: int) -> Repositories:
    repos = Repositories(open_journal(folder / "journal.sqlite", folder / "backups"))
    write_journal_of(repos, size)
    return repos


def test_a_row_breaking_a_rule_late_in_the_file_undoes_the_tables_before_it(
    tmp_path: Path,
) -> None:
    source, target = journal(tmp_path / "source", 3), journal(tmp_path / "target", 1)
    document = json.loads(export_json(source))
    # A second check-in for the same person and week, under a new id: only the journal's
    # own rule (one check-in per person and week) refuses it, when the row is written.
    twin = dict(document["tables"]["checkin"][0], id=99)
    document["tables"]["checkin"].append(twin)
    before = export_json(target)
    with pytest.raises(ImportRefusedError, match="Nothing was changed"):
        import_data(target, json.dumps(document).encode(), replace=True)
    assert export_json(target) == before
    assert len(target.people.list()) == 1  # the people, written first, are gone again


def test_an_import_inside_a_unit_of_work_is_undone_with_it(tmp_path: Path) -> None:
    source, target = journal(tmp_path / "source", 3), journal(tmp_path / "target", 0)
    plan = plan_import(target, export_json(source).encode())
    assert plan.added > 0
    with pytest.raises(HalfwayError), target.unit_of_work():
        apply_import(target, plan)
        assert len(target.people.list()) == 3  # written, not yet committed
        raise HalfwayError
    assert target.people.list() == []
    apply_import(target, plan)
    assert export_json(target) == export_json(source)


def test_planning_and_writing_an_import_take_no_more_statements_for_more_rows(
    tmp_path: Path,
) -> None:
    counted = []
    for size in (1, 20):
        source = journal(tmp_path / f"source-{size}", size)
        target = journal(tmp_path / f"target-{size}", 0)
        raw = export_json(source).encode()
        with statements_run(target) as planning:
            plan = plan_import(target, raw)
        with statements_run(target) as writing:
            apply_import(target, plan)
        counted.append((len(planning), len(writing)))
    assert counted[0] == counted[1]
