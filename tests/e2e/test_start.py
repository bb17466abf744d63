"""Starting the real app as a user would, offscreen, in a child process."""

from __future__ import annotations

import signal
from pathlib import Path

from leadjournal.db.engine import open_journal
from leadjournal.db.repositories import Repositories
from tests.e2e.helpers import finish, start_app, wait_for_log


def test_demo_writes_a_sample_journal_into_an_empty_folder(
    isolated_home: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "kept-sample"
    app = start_app(isolated_home, "--demo", "--data-dir", str(folder))
    wait_for_log(isolated_home, r"Journal opened: .*kept-sample", app)
    app.send_signal(signal.SIGTERM)
    assert finish(app)[0] == 0
    engine = open_journal(folder / "journal.sqlite", folder / "backups")
    repos = Repositories(engine)
    assert len(repos.people.list()) == 5
    assert repos.weeks.count() == 7
    engine.dispose()


def test_plain_demo_uses_a_temporary_folder_and_removes_it(
    isolated_home: Path,
) -> None:
    app = start_app(isolated_home, "--demo")
    match = wait_for_log(isolated_home, r"Journal opened: (\S+)", app)
    sample_file = Path(match.group(1))
    assert "leadjournal-sample-" in str(sample_file)
    assert sample_file.exists()
    app.send_signal(signal.SIGTERM)
    assert finish(app)[0] == 0
    assert not sample_file.parent.exists()
    # The user's own journal was never created.
    assert not (isolated_home / "xdg_data_home" / "LeadJournal" / "journal.sqlite").exists()


def test_default_start_creates_the_journal_in_the_user_data_folder(isolated_home: Path) -> None:
    app = start_app(isolated_home)
    wait_for_log(isolated_home, r"Journal opened", app)
    app.send_signal(signal.SIGTERM)
    assert finish(app)[0] == 0
    assert (isolated_home / "xdg_data_home" / "LeadJournal" / "journal.sqlite").exists()
