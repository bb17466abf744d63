from pathlib import Path

import pytest

from leadjournal.paths import DATA_DIR_ENV, JournalPaths, resolve_data_dir


def test_data_dir_option_wins_over_environment(tmp_path: Path) -> None:
    chosen = resolve_data_dir(str(tmp_path / "mine"), {DATA_DIR_ENV: str(tmp_path / "env")})
    assert chosen == tmp_path / "mine"


def test_environment_variable_moves_the_journal(tmp_path: Path) -> None:
    assert resolve_data_dir(None, {DATA_DIR_ENV: str(tmp_path / "env")}) == tmp_path / "env"


def test_default_is_the_users_data_folder(isolated_home: Path) -> None:
    default = resolve_data_dir(None, {})
    assert default == isolated_home / "xdg_data_home" / "LeadJournal"


def test_relative_data_dir_becomes_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert resolve_data_dir("rel", {}) == tmp_path / "rel"


def test_each_folder_gets_its_own_instance_key(tmp_path: Path) -> None:
    first = JournalPaths(tmp_path / "a").instance_key
    assert first == JournalPaths(tmp_path / "a").instance_key
    assert first != JournalPaths(tmp_path / "b").instance_key
