"""Regenerate the translation template from every tr("…") in the code.

    python scripts/update_translations.py

Writes resources/translations/leadjournal.ts with pyside6-lupdate (installed with
PySide6). Translators copy it to leadjournal_<lang>.ts, translate it in Qt Linguist, and
release it to leadjournal_<lang>.qm beside it with pyside6-lrelease; the app loads the
file matching the user's language at start.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "resources" / "translations" / "leadjournal.ts"


def main() -> int:
    lupdate = shutil.which("pyside6-lupdate") or str(
        Path(sys.executable).with_name("pyside6-lupdate")
    )
    sources = sorted(str(path.relative_to(ROOT)) for path in (ROOT / "leadjournal").rglob("*.py"))
    TEMPLATE.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [lupdate, "-no-obsolete", "-locations", "none", *sources, "-ts", str(TEMPLATE)],
        cwd=ROOT,
        check=False,
    )
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
