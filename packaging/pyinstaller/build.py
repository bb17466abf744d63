"""Build the one-folder bundle: icons and translations first, then PyInstaller with the spec.

    python packaging/pyinstaller/build.py [--check]

--check runs the built bundle's --version and --smoke-test (offscreen) afterwards.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    icons = ROOT / "build" / "icons"
    # The .qm files the bundle carries in leadjournal/resources/translations.
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_translations.py")], check=True)
    subprocess.run([sys.executable, str(ROOT / "scripts" / "make_icons.py"),
                    "--ico", str(icons / "leadjournal.ico"),
                    "--icns", str(icons / "leadjournal.icns")], check=True, env=env)  # fmt: skip
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--distpath", str(ROOT / "dist"), "--workpath", str(ROOT / "build" / "pyi"),
                    str(ROOT / "packaging" / "pyinstaller" / "leadjournal.spec")],
                   check=True, cwd=ROOT)  # fmt: skip
    if not args.check:
        return 0
    exe = ROOT / "dist" / "leadjournal" / ("leadjournal.exe" if os.name == "nt" else "leadjournal")
    version = subprocess.run([str(exe), "--version"], capture_output=True, text=True, check=True)
    print(version.stdout.strip())
    smoke = subprocess.run([str(exe), "--smoke-test"], capture_output=True, text=True,
                           env={**env, "HOME": str(ROOT / "build" / "smoke-home")},
                           timeout=120, check=False)  # fmt: skip
    print(smoke.stdout.strip())
    if smoke.returncode != 0:
        print(smoke.stderr, file=sys.stderr)
    return smoke.returncode


if __name__ == "__main__":
    sys.exit(main())
