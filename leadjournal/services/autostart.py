"""Start on login: an XDG autostart entry on Linux, the Run key on Windows, a LaunchAgent
on macOS. Each starts the installed command with ``--minimized`` (to the tray)."""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path

APP_ID = "io.github.leadjournal.LeadJournal"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


def launch_command() -> list[str]:
    """How to start this very installation again."""
    if getattr(sys, "frozen", False):  # a PyInstaller bundle
        return [sys.executable, "--minimized"]
    return [sys.executable, "-m", "leadjournal", "--minimized"]


def _xdg_entry() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart" / f"{APP_ID}.desktop"


def _mac_agent() -> Path:
    return Path.home() / "Library" / "LaunchAgents" / f"{APP_ID}.plist"


def is_enabled() -> bool:
    if sys.platform.startswith("win"):
        import winreg  # type: ignore[import-not-found,unused-ignore]

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                winreg.QueryValueEx(key, "LeadJournal")
            return True
        except OSError:
            return False
    return (_mac_agent() if sys.platform == "darwin" else _xdg_entry()).exists()


def enable(command: list[str] | None = None) -> Path | None:
    """Start LeadJournal at login; returns the file written (None on Windows)."""
    command = command or launch_command()
    if sys.platform.startswith("win"):
        import subprocess
        import winreg  # type: ignore[import-not-found,unused-ignore]

        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
            winreg.SetValueEx(
                key, "LeadJournal", 0, winreg.REG_SZ, subprocess.list2cmdline(command)
            )
        return None
    if sys.platform == "darwin":
        path = _mac_agent()
        arguments = "".join(f"        <string>{part}</string>\n" for part in command)
        text = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" '
            '"http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n'
            '<plist version="1.0">\n<dict>\n'
            f"    <key>Label</key>\n    <string>{APP_ID}</string>\n"
            f"    <key>ProgramArguments</key>\n    <array>\n{arguments}    </array>\n"
            "    <key>RunAtLoad</key>\n    <true/>\n</dict>\n</plist>\n"
        )
    else:
        path = _xdg_entry()
        text = (
            "[Desktop Entry]\nType=Application\nName=LeadJournal\n"
            "Comment=Your weekly leading and managing journal, with reminders\n"
            f"Exec={shlex.join(command)}\nIcon={APP_ID}\nTerminal=false\n"
            "X-GNOME-Autostart-enabled=true\n"
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def disable() -> None:
    if sys.platform.startswith("win"):
        import winreg  # type: ignore[import-not-found,unused-ignore]

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
                winreg.DeleteValue(key, "LeadJournal")
        except OSError:
            pass
        return
    (_mac_agent() if sys.platform == "darwin" else _xdg_entry()).unlink(missing_ok=True)
