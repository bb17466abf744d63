"""Shared fixtures: every test gets its own data, config, log and home folders."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow

from leadjournal.app import LeadJournalApp
from leadjournal.db.engine import open_journal
from leadjournal.db.repositories import Repositories
from leadjournal.paths import JournalPaths


@pytest.fixture(scope="session")
def qapp_cls() -> type[LeadJournalApp]:
    return LeadJournalApp


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test may touch the real user's folders."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))
    monkeypatch.delenv("LEADJOURNAL_DATA_DIR", raising=False)
    return home


@pytest.fixture(autouse=True)
def system_clock_again() -> Iterator[None]:
    """A test that puts a fake clock in place for the whole app leaves the real one."""
    yield
    from leadjournal import clock

    clock.use(None)


@pytest.fixture(autouse=True)
def earlier_windows_deleted() -> None:
    """Windows left over from earlier tests are really gone before this one starts.

    Closed windows linger until an event loop deletes them, and a test has no such loop
    between its steps; hundreds of them made every later style change re-polish them all.
    """
    if QApplication.instance() is None:
        return
    for widget in QApplication.topLevelWidgets():
        # Only windows nobody owns. A popup, menu or dialog goes with its owner (a
        # completer's list, a date field's calendar): deleting it on its own would leave
        # the owner pointing at nothing.
        if isinstance(widget, QMainWindow | QDialog) and widget.parentWidget() is None:
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def journal_paths(tmp_path: Path) -> JournalPaths:
    return JournalPaths(tmp_path / "journal")


@pytest.fixture
def repos(journal_paths: JournalPaths) -> Iterator[Repositories]:
    engine = open_journal(journal_paths.journal_file, journal_paths.backups_dir)
    yield Repositories(engine)
    engine.dispose()


def subprocess_env(home: Path, **extra: str) -> dict[str, str]:
    """Environment for running the real app in a child process, offscreen."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("LEADJOURNAL_")}
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "xdg_data_home"),
        XDG_STATE_HOME=str(home / "xdg_state_home"),
        XDG_CONFIG_HOME=str(home / "xdg_config_home"),
        QT_QPA_PLATFORM="offscreen",
        # The first-run welcome is a modal window; tests of it drive it in-process.
        LEADJOURNAL_SKIP_WELCOME="1",
    )
    env.update(extra)
    return env


@pytest.fixture
def berlin() -> Iterator[None]:
    """Local time in Europe/Berlin, which changes clocks (29 March, 25 October 2026)."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Berlin"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()
