"""Writing export files safely: owner-only, never through a planted file or link, never
over a device or a folder, and over an existing file only when asked."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from leadjournal.services.documents import (
    DocumentWriteError,
    ExportExistsError,
    write_bytes,
    write_text,
)


def test_an_export_is_owner_only_even_with_a_loose_umask(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        target = tmp_path / "journal.json"
        write_text(target, "{}\n")
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        # A file someone had made readable by all becomes owner-only when replaced.
        target.chmod(0o644)
        write_text(target, "{}\n", replace=True)
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    finally:
        os.umask(previous)
    assert not list(tmp_path.glob(".*partial"))  # no temporary file left


def test_an_existing_file_is_replaced_only_when_asked(tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    target.write_text("the person's own notes")
    with pytest.raises(ExportExistsError, match=r"notes\.md already exists and was left"):
        write_text(target, "# LeadJournal\n")
    assert target.read_text() == "the person's own notes"
    write_text(target, "# LeadJournal\n", replace=True)
    assert target.read_text() == "# LeadJournal\n"


def test_a_planted_partial_file_or_link_is_never_written_through(tmp_path: Path) -> None:
    victim = tmp_path / "someone-elses-file"
    victim.write_text("theirs")
    # The old fixed temporary name, planted as a link and as a file: both left alone.
    (tmp_path / ".journal.json.partial").symlink_to(victim)
    (tmp_path / ".report.csv.partial").write_text("planted")
    write_text(tmp_path / "journal.json", "{}\n")
    write_bytes(tmp_path / "report.csv", b"week\n")
    assert victim.read_text() == "theirs"
    assert (tmp_path / ".report.csv.partial").read_text() == "planted"
    assert (tmp_path / "journal.json").read_text() == "{}\n"
    assert not (tmp_path / "journal.json").is_symlink()


@pytest.mark.parametrize("kind", ["folder", "fifo", "link", "device"])
def test_a_target_that_is_not_a_regular_file_is_refused(tmp_path: Path, kind: str) -> None:
    target = tmp_path / "target"
    if kind == "folder":
        target.mkdir()
        expected = "is a folder; give a file name inside it"
    elif kind == "fifo":
        os.mkfifo(target)
        expected = "is not a regular file"
    elif kind == "link":
        (tmp_path / "real.json").write_text("kept")
        target.symlink_to(tmp_path / "real.json")
        expected = "is a link to another file"
    else:
        try:  # like /dev/null, made here so a faulty write could never replace the real one
            os.mknod(target, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        except OSError:
            os.mkfifo(target)
        expected = "is not a regular file"
    before = os.lstat(target)
    for replace in (False, True):
        with pytest.raises(DocumentWriteError, match=expected):
            write_text(target, "{}\n", replace=replace)
    after = os.lstat(target)
    assert (after.st_mode, after.st_ino) == (before.st_mode, before.st_ino)
    assert not list(tmp_path.glob(".*partial"))
