"""Save a screenshot of the real window on a sample journal.

QT_QPA_PLATFORM=offscreen python scripts/screenshot.py OUT.png [--size 1280x800] [--tab N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer

from leadjournal.app import JournalSession, LeadJournalApp
from leadjournal.paths import JournalPaths


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("output")
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--tab", type=int, default=0)
    parser.add_argument("--step", type=int, default=-1, help="Weekly Plan step to show")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    app = LeadJournalApp(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="leadjournal-shot-"))
    session = JournalSession(JournalPaths(folder), demo=True, temporary=True)
    session.guard.acquire()

    def shoot() -> None:
        window = session.window
        window.resize(width, height)
        window.tabs.setCurrentIndex(args.tab)
        page = window.tabs.currentWidget()
        if args.step >= 0 and hasattr(page, "show_step"):
            page.show_step(args.step)
        QTimer.singleShot(300, lambda: (window.grab().save(args.output), app.quit()))

    session.journal_opened.connect(lambda: QTimer.singleShot(100, shoot))
    session.start()
    app.exec()
    session.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
