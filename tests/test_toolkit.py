"""The Qt binding itself must survive a long session of ordinary use."""

from __future__ import annotations

import sys

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLabel
from pytestqt.qtbot import QtBot


def test_calling_widgets_does_not_use_up_references_to_none(qtbot: QtBot) -> None:
    # PySide6 6.12.0 on Python 3.11 lost one reference to None per void call; the app
    # aborted ("deallocating None") after a few thousand edits. pyproject caps the version.
    label, date_edit = QLabel(), QDateEdit()
    qtbot.addWidget(label)
    qtbot.addWidget(date_edit)
    before = sys.getrefcount(None)
    for day in range(1, 2001):
        label.setText(f"Edit {day}")
        date_edit.setDate(QDate(2026, 1, 1).addDays(day))
    assert sys.getrefcount(None) - before > -100


def test_the_window_appears_before_the_storage_layer_loads() -> None:
    """Importing SQLAlchemy costs more than Qt here: nothing on the way to the first
    paint may import it (a banner's import once tripled the start-up time)."""
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication(['x', '-platform', 'offscreen'])\n"
        "import leadjournal.app\n"  # the start-up path: the app, its session, the window
        "from pathlib import Path\n"
        "from leadjournal.paths import JournalPaths\n"
        "from leadjournal.ui.main_window import MainWindow\n"
        "window = MainWindow(JournalPaths(Path('unused')))\n"
        "window.show()\n"
        "print(sorted(m for m in sys.modules if m.startswith(('sqlalchemy', 'alembic'))))\n"
    )
    assert _printed_by_fresh_python(code).strip() == "[]"


def test_modules_loaded_after_qt_are_not_read_as_source() -> None:
    """PySide6's import hook reads the whole source of every later module (for
    ``__feature__``, unused here); the app loads Qt without it, which saves about 100 ms
    and several MiB at each start, and Qt keeps working."""
    code = (
        "import builtins, linecache, sys\n"
        "standard = builtins.__import__\n"
        "from leadjournal.qt_binding import load_qt\n"
        "load_qt()\n"
        "from PySide6.QtWidgets import QApplication, QLabel\n"
        "import PySide6.QtCharts\n"
        "import json.decoder, email.parser\n"
        "app = QApplication(['x', '-platform', 'offscreen'])\n"
        "label = QLabel('Week 48')\n"
        "print(builtins.__import__ is standard, label.text(),\n"
        "      any(name.endswith(('json/decoder.py', 'email/parser.py'))\n"
        "          for name in linecache.cache))\n"
    )
    assert _printed_by_fresh_python(code).split() == ["True", "Week", "48", "False"]


def _printed_by_fresh_python(code: str) -> str:
    """What ``code`` prints in a new interpreter (start-up behaviour needs a clean one)."""
    import subprocess

    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    return result.stdout
