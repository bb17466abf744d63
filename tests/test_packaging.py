"""Packaging files agree with each other and with the app (the validators run in CI)."""

from __future__ import annotations

import struct
from pathlib import Path

from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).parent.parent
APP_ID = "io.github.leadjournal.LeadJournal"


def test_one_application_id_everywhere(qapp: QApplication) -> None:
    assert qapp.desktopFileName() == APP_ID  # Wayland finds the icon through it
    desktop = ROOT / "packaging" / "linux" / f"{APP_ID}.desktop"
    metainfo = (ROOT / "packaging" / "linux" / f"{APP_ID}.metainfo.xml").read_text("utf-8")
    assert f"Icon={APP_ID}\n" in desktop.read_text("utf-8")
    assert f"<id>{APP_ID}</id>" in metainfo
    assert f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>' in metainfo
    manifest = (ROOT / "packaging" / "flatpak" / f"{APP_ID}.yml").read_text("utf-8")
    assert f"id: {APP_ID}" in manifest
    permissions = manifest.split("finish-args:")[1].split("modules:")[0]
    granted = [
        line.strip()[2:] for line in permissions.splitlines() if line.strip().startswith("- ")
    ]
    assert "--talk-name=org.freedesktop.Notifications" in granted
    assert "--talk-name=org.kde.StatusNotifierWatcher" in granted
    assert not [p for p in granted if "network" in p or p.startswith("--filesystem")]
    for image in ("weekly-plan.png", "coaching-log.png"):  # the metainfo's screenshots
        assert (ROOT / "docs" / "images" / image).exists()
        assert image in metainfo


def test_hicolor_icons_have_their_sizes() -> None:
    base = ROOT / "resources" / "icons" / "hicolor"
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = (base / f"{size}x{size}" / "apps" / f"{APP_ID}.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = struct.unpack(">II", png[16:24])
        assert (width, height) == (size, size)
    assert (base / "scalable" / "apps" / f"{APP_ID}.svg").exists()
