"""Render the app icon (resources/icons/leadjournal.svg) into every format packaging needs.

    QT_QPA_PLATFORM=offscreen python scripts/make_icons.py [--hicolor] [--ico PATH] [--icns PATH]

--hicolor writes PNGs into resources/icons/hicolor/<size>x<size>/apps/ (plus the SVG as
scalable) for Linux desktops and Flatpak; --ico writes a Windows icon and --icns a macOS
icon, both holding PNG images, which every current Windows and macOS accepts.
"""

from __future__ import annotations

import argparse
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "leadjournal.svg"
APP_ID = "io.github.leadjournal.LeadJournal"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# ICNS entry types holding PNG data, by pixel size.
ICNS_TYPES = {
    16: b"icp4",
    32: b"icp5",
    64: b"icp6",
    128: b"ic07",
    256: b"ic08",
    512: b"ic09",
    1024: b"ic10",
}


def render_png(size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SOURCE)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def write_hicolor() -> None:
    base = ROOT / "resources" / "icons" / "hicolor"
    for size in HICOLOR_SIZES:
        folder = base / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{APP_ID}.png").write_bytes(render_png(size))
    scalable = base / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    (scalable / f"{APP_ID}.svg").write_bytes(SOURCE.read_bytes())


def write_ico(path: Path) -> None:
    """A .ico with PNG entries (16 to 256 px)."""
    sizes = (16, 24, 32, 48, 64, 128, 256)
    images = [render_png(size) for size in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries = b""
    for size, png in zip(sizes, images, strict=True):
        side = 0 if size == 256 else size  # 0 means 256 in an ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(header + entries + b"".join(images))


def write_icns(path: Path) -> None:
    """A .icns with PNG entries (16 to 1024 px)."""
    body = b""
    for size, kind in ICNS_TYPES.items():
        png = render_png(size)
        body += kind + struct.pack(">I", len(png) + 8) + png
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"icns" + struct.pack(">I", len(body) + 8) + body)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--hicolor", action="store_true")
    parser.add_argument("--ico", type=Path)
    parser.add_argument("--icns", type=Path)
    args = parser.parse_args()
    _app = QGuiApplication(sys.argv[:1])
    if args.hicolor:
        write_hicolor()
    if args.ico:
        write_ico(args.ico)
    if args.icns:
        write_icns(args.icns)
    return 0


if __name__ == "__main__":
    sys.exit(main())
