"""Packaging files agree with each other and with the app (the validators run in CI)."""

from __future__ import annotations

import struct
import tomllib
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


def test_the_shipped_app_holds_no_benchmark_code() -> None:
    """Benchmarks live in benchmarks/, outside the package the wheel and the bundle carry;
    the app has no switch for them."""
    assert not (ROOT / "leadjournal" / "bench").exists()
    assert (ROOT / "benchmarks" / "__main__.py").exists()
    for module in (ROOT / "leadjournal").rglob("*.py"):
        text = module.read_text("utf-8")
        assert "LEADJOURNAL_BENCH" not in text, module
        assert "import benchmarks" not in text and "from benchmarks" not in text, module
    wheel = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["hatch"]
    assert wheel["build"]["targets"]["wheel"]["packages"] == ["leadjournal"]
    spec = (ROOT / "packaging" / "pyinstaller" / "leadjournal.spec").read_text("utf-8")
    assert "benchmarks" not in spec and 'collect_submodules("leadjournal")' in spec


def test_packaging_builds_the_translations_it_ships() -> None:
    """The German .qm is in resources/ (which both the wheel and the bundle carry), and
    both packaging paths compile it afresh before building."""
    assert (ROOT / "resources" / "translations" / "leadjournal_de.qm").is_file()
    build = (ROOT / "packaging" / "pyinstaller" / "build.py").read_text("utf-8")
    ci = (ROOT / "packaging" / "ci-package.sh").read_text("utf-8")
    assert "build_translations.py" in build
    assert ci.index("scripts/build_translations.py") < ci.index("pip wheel")
