"""Every visual decision lives in the theme: no widget sets its own style sheet, colour
or font size.

A widget asks for a role or a tone (``theme.set_role``, ``theme.set_tone``) and painted
things ask ``theme.colour(name)``; only ``leadjournal/ui/theme.py`` spells a colour. An
inline ``setStyleSheet`` or a hex colour stays the same when the scheme turns dark, which
is how unreadable text creeps back in.
"""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "leadjournal" / "ui"

# Files other engineers are changing this round; each keeps an inline style until its
# owner swaps it for a role or a tone. The lead empties this list (NOTES-22.md).
NOT_YET: dict[str, str] = {}
# Fonts painted, not styled: the icon font's glyph size follows the icon's size.
PAINTED_FONTS = {"icons.py"}
FONT_SIZE_NOT_YET: set[str] = set()

HEX_COLOUR = re.compile(r"#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b")
PALETTE_REFERENCE = re.compile(r"palette\(\s*[a-z-]+\s*\)")
FONT_SIZE = re.compile(r"\.set(?:PointSize|PointSizeF|PixelSize)\(")


def inline_styles(source: str) -> list[str]:
    """What in ``source`` decides a look outside the theme, one line per finding."""
    found: list[str] = []
    lines = source.splitlines()
    for number, line in enumerate(lines, start=1):
        if ".setStyleSheet(" in line:
            found.append(f"{number}: setStyleSheet")
        if "QColor(" in line and re.search(r"QColor\(\s*[\"']#", line):
            found.append(f"{number}: QColor from a hex string")
    # Colours spelled inside strings (style sheets, rich text), not in comments.
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type not in (tokenize.STRING, getattr(tokenize, "FSTRING_MIDDLE", -1)):
            continue
        for pattern, what in ((HEX_COLOUR, "a hex colour"), (PALETTE_REFERENCE, "palette()")):
            if pattern.search(token.string):
                found.append(f"{token.start[0]}: {what} in {token.string[:60]!r}")
    return found


def font_sizes(source: str) -> list[str]:
    return [
        f"{number}: a font size"
        for number, line in enumerate(source.splitlines(), start=1)
        if FONT_SIZE.search(line)
    ]


def ui_files() -> list[tuple[str, str]]:
    files = []
    for path in sorted(UI.rglob("*.py")):
        name = path.relative_to(UI).as_posix()
        if name != "theme.py":
            files.append((name, path.read_text(encoding="utf-8")))
    return files


def test_no_widget_sets_its_own_style_sheet_or_colour() -> None:
    found = {
        name: seen
        for name, source in ui_files()
        if (seen := inline_styles(source)) and name not in NOT_YET
    }
    assert found == {}, found


def test_no_widget_sets_its_own_font_size() -> None:
    found = {
        name: seen
        for name, source in ui_files()
        if (seen := font_sizes(source)) and name not in PAINTED_FONTS | FONT_SIZE_NOT_YET
    }
    assert found == {}, found


def test_the_allow_list_names_only_files_that_still_need_it() -> None:
    """Once an owner has swapped the inline style, its entry must go."""
    sources = dict(ui_files())
    stale = [name for name in NOT_YET if not inline_styles(sources.get(name, ""))]
    stale += [name for name in FONT_SIZE_NOT_YET if not font_sizes(sources.get(name, ""))]
    assert stale == []


def test_the_scan_finds_what_it_looks_for() -> None:
    """The scan itself: each kind of inline look is caught, a comment is not."""
    source = (
        'label.setStyleSheet("color: red;")\n'
        'brush = QColor("#a0341f")\n'
        "text = \"<span style='color: #777'>x</span>\"\n"
        'sheet = "color: palette(placeholder-text);"\n'
        "# a comment about #a0341f is fine\n"
        'link = "<a href=\\"#\\">open</a>"\n'
    )
    found = inline_styles(source)
    assert [line.split(":")[0] for line in found] == ["1", "2", "2", "3", "4"]
    assert font_sizes("font.setPointSizeF(12)\nfont.setBold(True)\n") == ["1: a font size"]
