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
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication(['x', '-platform', 'offscreen'])\n"
        "import leadjournal.app\n"
        "from pathlib import Path\n"
        "from leadjournal.paths import JournalPaths\n"
        "window = leadjournal.app.MainWindow(JournalPaths(Path('unused')))\n"
        "window.show()\n"
        "print(sorted(m for m in sys.modules if m.startswith(('sqlalchemy', 'alembic'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, timeout=60)  # fmt: skip
    assert result.stdout.strip() == "[]"
