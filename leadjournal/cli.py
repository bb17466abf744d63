"""Command line: the GUI by default, subcommands for work without a window.

This module must stay light: it imports no Qt widgets and no SQLAlchemy at module level,
so ``--help``, ``--version`` and the first paint of the window stay fast.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from leadjournal import APP_NAME, __version__
from leadjournal.errors import JournalError

DATA_DIR_HELP = (
    "keep the journal in DIR instead of your user data folder (env: LEADJOURNAL_DATA_DIR)"
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="leadjournal",
        description=f"{APP_NAME}: a private journal for leading and managing your team.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help=DATA_DIR_HELP)
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open a freshly written sample journal (in a temporary folder unless --data-dir "
        "names an empty one)",
    )
    parser.add_argument(
        "--minimized",
        action="store_true",
        help="start in the system tray without showing the window (where a tray exists)",
    )
    # Subcommands repeat --data-dir so it works before or after the subcommand; SUPPRESS
    # keeps an absent one from overwriting a value given earlier.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help=DATA_DIR_HELP)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    check = commands.add_parser(
        "check",
        parents=[common],
        help="check that the journal opens and is healthy, without changing it",
        description="Check the journal file without changing it: its health, its schema "
        "version and how much it holds.",
    )
    check.set_defaults(handler=_run_check)
    return parser


def _run_check(args: argparse.Namespace) -> int:
    from leadjournal.paths import JournalPaths, resolve_data_dir
    from leadjournal.services.journal_check import check_journal

    paths = JournalPaths(resolve_data_dir(args.data_dir))
    for line in check_journal(paths):
        print(line)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``leadjournal`` and ``python -m leadjournal``; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            from leadjournal.app import run_gui

            return run_gui(args.data_dir, demo=args.demo, minimized=args.minimized)
        if args.demo:
            parser.error("--demo only applies to the window, not to subcommands")
        handler = args.handler
        return int(handler(args))
    except JournalError as error:
        print(f"leadjournal: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
