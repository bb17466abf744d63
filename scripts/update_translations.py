"""Regenerate the translation catalogues from every marked string in the code.

    python scripts/update_translations.py

Updates the template resources/translations/leadjournal.ts and every translation beside
it (leadjournal_<lang>.ts, its finished messages kept) with pyside6-lupdate, installed
with PySide6. lupdate finds ``tr("…")`` and ``QT_TRANSLATE_NOOP("", "…")``; it does not
know ``tr_n``, so each ``tr_n("%n items", count, "%n item")`` is handed to it as the
numerus form it stands for, the English singular as a note for the translator.

A new language: copy the template to leadjournal_<lang>.ts, set ``language="<lang>"`` on
its ``<TS>`` element, translate it (Qt Linguist, or any editor), then run
``scripts/build_translations.py``. See docs/developing.md.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "leadjournal"
FOLDER = ROOT / "resources" / "translations"
TEMPLATE = FOLDER / "leadjournal.ts"


def qt_tool(name: str) -> str:
    """A PySide6 tool (pyside6-lupdate, pyside6-lrelease) beside this Python, else on PATH."""
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else shutil.which(name) or name


def counted_phrases(sources: list[Path]) -> Iterator[tuple[str, str]]:
    """(many, one) for every ``tr_n(many, count, one)`` written with literals."""
    for source in sources:
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "tr_n"
                and len(node.args) == 3
            ):
                continue
            many, one = node.args[0], node.args[2]
            if isinstance(many, ast.Constant) and isinstance(one, ast.Constant):
                yield str(many.value), str(one.value)


def numerus_stand_ins(sources: list[Path]) -> str:
    """Python that lupdate reads as numerus messages: ``tr(many, None, n)`` per phrase."""
    lines = []
    for many, one in sorted(set(counted_phrases(sources))):
        singular = one.replace("\n", "\\n")  # the note is one comment line
        lines.append(f"#: English for exactly one: {singular}")
        lines.append(f"tr({many!r}, None, n)")
    return "\n".join(lines) + "\n"


def package_sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def run_lupdate(catalogues: list[Path], sources: list[Path] | None = None) -> int:
    """Bring every catalogue in ``catalogues`` up to date with the code (``sources``, by
    default every module of the package)."""
    sources = package_sources() if sources is None else sources
    with tempfile.TemporaryDirectory(prefix="leadjournal-lupdate-") as scratch:
        stand_ins = Path(scratch) / "counted_phrases.py"
        stand_ins.write_text(numerus_stand_ins(sources), encoding="utf-8")
        command = [qt_tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none"]
        command += [str(path) for path in sources] + [str(stand_ins), "-ts"]
        command += [str(path) for path in catalogues]
        return subprocess.run(command, cwd=ROOT, check=False).returncode


def main() -> int:
    FOLDER.mkdir(parents=True, exist_ok=True)
    translations = sorted(FOLDER.glob("leadjournal_*.ts"))
    code = run_lupdate([TEMPLATE, *translations])
    if code == 0:
        for path in [TEMPLATE, *translations]:
            print(f"updated {path.relative_to(ROOT)}")
    return code


if __name__ == "__main__":
    sys.exit(main())
