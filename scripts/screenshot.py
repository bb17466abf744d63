"""Save a screenshot of the real window on a sample journal.

QT_QPA_PLATFORM=offscreen python scripts/screenshot.py OUT.png [--size 1280x800] [--tab N]
    [--step N] [--person NAME] [--section N] [--prepare]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer

from leadjournal.app import JournalSession, LeadJournalApp
from leadjournal.paths import JournalPaths
from leadjournal.ui.main_window import request_quit


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("output")
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--tab", type=int, default=0)
    parser.add_argument("--step", type=int, default=-1, help="Weekly Plan step to show")
    parser.add_argument("--person", default="", help="Coaching Log: the person to open")
    parser.add_argument("--section", type=int, default=-1, help="Coaching Log section")
    parser.add_argument("--prepare", action="store_true", help="Open Prepare one-on-one")
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
        if args.person and hasattr(page, "select_person"):
            person = window.repositories.people.find_by_name(args.person)
            page.select_person(person.id)
        if args.section >= 0 and hasattr(page, "sections"):
            page.show_section(page.sections.widget(args.section))
        target = window
        if args.prepare:
            from leadjournal.ui.tabs.one_on_one_prep import PrepareOneOnOneDialog

            target = PrepareOneOnOneDialog(page, page.person, page.default_prep_day(), window)
            target.show()
        QTimer.singleShot(300, lambda: (target.grab().save(args.output), request_quit()))

    session.journal_opened.connect(lambda: QTimer.singleShot(100, shoot))
    session.start()
    app.exec()
    session.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
