"""Driving the real window from a benchmark, which has no running event loop."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent


def settle(app: QCoreApplication) -> None:
    """What one turn of the app's event loop does: posted events, layout and paint, then
    deleting what was handed to ``deleteLater``. ``processEvents`` alone leaves those
    for a loop that never runs here, so replaced widgets would pile up and every later
    figure would grow with them."""
    app.processEvents()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
