"""Garbage collection held back while the app starts.

Start-up imports Qt and SQLAlchemy and maps the models: tens of thousands of objects
that live as long as the app, and almost no garbage. Python's collector would walk
them again and again while they are being created. It is paused until the journal has
opened; then those objects are frozen, so later collections skip them too.
"""

from __future__ import annotations

import gc


def pause_garbage_collection() -> None:
    gc.disable()


def resume_garbage_collection() -> None:
    """Collect normally again, leaving what start-up built out of later collections."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()
