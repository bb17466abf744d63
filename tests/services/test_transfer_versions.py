"""A file exported by an earlier LeadJournal still imports, with nothing lost."""

from __future__ import annotations

import json
from pathlib import Path

from leadjournal.db.repositories import Repositories
from leadjournal.services.transfer import export_data, import_data

# The sample journal as LeadJournal wrote it in format 1 (before the week's structure).
VERSION_1 = Path(__file__).parent.parent / "fixtures" / "export-format-1.json"


def test_a_version_1_file_imports_and_exports_again_as_version_2(repos: Repositories) -> None:
    old = json.loads(VERSION_1.read_text(encoding="utf-8"))
    assert old["format_version"] == 1
    import_data(repos, VERSION_1.read_bytes())
    again = export_data(repos)
    assert again["format_version"] == 3
    assert sorted(p["name"] for p in again["tables"]["person"]) == sorted(
        p["name"] for p in old["tables"]["person"]
    )
    assert [lesson["title"] for lesson in again["tables"]["lesson"]] == [
        lesson["title"] for lesson in old["tables"]["lesson"]
    ]
    assert [w["outcome"] for w in again["tables"]["week_plan"]] == [
        w["outcome"] for w in old["tables"]["week_plan"]
    ]
