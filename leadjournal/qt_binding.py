"""Loading Qt for Python without its import hook.

Importing PySide6 replaces Python's ``__import__`` with a hook that serves
``from __feature__ import snake_case, true_property``. After every later import the
hook reads the new module's whole source (``inspect.getsource``) to see whether it
mentions PySide6, and the lines stay cached. LeadJournal uses neither feature, so the
hook only costs time and memory: about 100 ms and several MiB for SQLAlchemy alone,
and more for every module the window imports afterwards. The app loads Qt once here
and puts Python's own import function back.
"""

from __future__ import annotations

import builtins
import sys


def load_qt() -> None:
    """Import QtCore and restore the standard ``__import__`` it replaced.

    Only the first load can restore it; when something else imported PySide6 first
    (a test runner, for instance), the hook stays and everything still works.
    """
    if "PySide6.QtCore" in sys.modules:
        return
    standard_import = builtins.__import__
    import PySide6.QtCore  # noqa: F401  (installs the hook)

    builtins.__import__ = standard_import
