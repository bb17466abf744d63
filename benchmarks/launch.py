"""Start the real app and quit it at a chosen moment, to time a start from outside.

The app knows nothing about benchmarks: the child runs ``LAUNCH`` with ``python -c``,
which starts the ordinary ``leadjournal`` entry point and, the moment the module that
defines ``JournalSession`` has been imported (no earlier, so the start-up order is the
app's own), wraps ``JournalSession.start`` to connect a report-and-quit:

* ``shown``: the window's first paint (``MainWindow.first_painted``);
* ``data``: the journal is open and the first view painted with it.

The child prints ``bench: <stage> <CPU seconds so far> qt-namespace=<built yet?>`` and
quits; ``startup.run_once`` times that line (the CPU time is steadier than the wall time
on a busy machine).
Two tests use it too, to run the real window until its first view is filled
(``tests/test_cli.py``'s sample journal, ``tests/e2e/test_no_network.py``).
"""

from __future__ import annotations

import sys
from pathlib import Path

LAUNCH = r"""
import importlib.machinery
import sys
import time

STAGE = sys.argv[1]
SESSION_MODULE = "leadjournal.session"


def instrument(module):
    from PySide6.QtCore import QTimer

    from leadjournal.ui.main_window import request_quit

    original_start = module.JournalSession.start

    def start(session):
        def report(what):
            # Whether PySide6 had built its Qt namespace's enums by then (a costly moment
            # that start-up keeps after the first paint).
            built = "Qt" in vars(sys.modules["PySide6.QtCore"])
            print(f"bench: {what} {time.process_time():.4f} qt-namespace={built}", flush=True)
            request_quit()

        if STAGE == "shown":
            session.window.first_painted.connect(lambda: report("shown"))
        else:
            def painted_with_data():
                session.window.repaint()  # paints at once, as the next frame would
                report("data")

            session.journal_opened.connect(lambda: QTimer.singleShot(0, painted_with_data))
        original_start(session)

    module.JournalSession.start = start


class WatchForSession:
    # A meta-path finder that lets the session module load normally, then instruments it.
    def find_spec(self, name, path, target=None):
        if name != SESSION_MODULE:
            return None
        sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        load = spec.loader.exec_module

        def exec_module(module):
            load(module)
            instrument(module)

        spec.loader.exec_module = exec_module
        return spec


sys.meta_path.insert(0, WatchForSession())
from leadjournal.cli import main

sys.exit(main(sys.argv[2:]))
"""


def leadjournal_command(stage: str, *arguments: str, checkout: Path | None = None) -> list[str]:
    """The command that starts LeadJournal with ``arguments`` and quits at ``stage``;
    the ``leadjournal`` package of another ``checkout`` when given (an A/B comparison)."""
    if stage not in ("shown", "data"):
        raise ValueError(f"unknown stage {stage!r}: shown or data")
    code = LAUNCH
    if checkout is not None:
        code = f"import sys\nsys.path.insert(0, {str(checkout)!r})\n" + LAUNCH
    return [sys.executable, "-c", code, stage, *arguments]
