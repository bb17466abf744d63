"""Compile every translation into the .qm file the app loads.

    python scripts/build_translations.py [--check]

Runs pyside6-lrelease (installed with PySide6) on each
resources/translations/leadjournal_<lang>.ts and writes leadjournal_<lang>.qm beside it.
Packaging runs it before building (packaging/ci-package.sh, the PyInstaller build), and
the .qm files are committed too, so a checkout started from source (``pip install -e .``)
speaks the user's language without a build step. The app never compiles anything itself.

--check compiles into a scratch folder instead and fails if a committed .qm is missing or
differs from its .ts (a test runs this, so the two never drift apart).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"


def qt_tool(name: str) -> str:
    """A PySide6 tool beside this Python, else on PATH."""
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else shutil.which(name) or name


def compile_catalogue(source: Path, target: Path) -> None:
    subprocess.run(
        [qt_tool("pyside6-lrelease"), "-silent", "-nounfinished", str(source), "-qm", str(target)],
        check=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="compare, don't write")
    args = parser.parse_args()
    sources = sorted(FOLDER.glob("leadjournal_*.ts"))
    stale = []
    with tempfile.TemporaryDirectory(prefix="leadjournal-lrelease-") as scratch:
        for source in sources:
            target = FOLDER / source.with_suffix(".qm").name
            if not args.check:
                compile_catalogue(source, target)
                print(f"built {target.relative_to(ROOT)}")
                continue
            fresh = Path(scratch) / target.name
            compile_catalogue(source, fresh)
            if not target.exists() or target.read_bytes() != fresh.read_bytes():
                stale.append(target.name)
    if stale:
        print(
            f"Out of date: {', '.join(stale)}. Run: python scripts/build_translations.py",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
