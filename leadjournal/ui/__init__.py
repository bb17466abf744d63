"""Widgets: the main window, one module per tab, dialogs and small widgets."""
