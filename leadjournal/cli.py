"""Command line: the GUI by default, subcommands for work without a window.

This module must stay light: it imports no Qt widgets and no SQLAlchemy at module level,
so ``--help``, ``--version`` and the first paint of the window stay fast.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from leadjournal import APP_NAME, __version__, commands
from leadjournal.errors import DataFolderError, JournalError, JournalWriteError

DATA_DIR_HELP = (
    "keep the journal in DIR instead of your user data folder (env: LEADJOURNAL_DATA_DIR)"
)
MAX_RESULTS = 1000
# What a command that failed to write says it did (the window's sentence promises a retry
# that a command never makes).
NOTHING_DONE = {"capture": "Nothing was saved.", "import": "Nothing was changed."}
PASSPHRASE_HELP = (
    "for a journal protected with a passphrase: read it from the first line of PATH "
    "(otherwise you are asked for it in a terminal)"
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="leadjournal",
        description=f"{APP_NAME}: a private journal for leading and managing your team.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help=DATA_DIR_HELP)
    parser.add_argument("--passphrase-file", metavar="PATH", help=PASSPHRASE_HELP)
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open a freshly written sample journal (in a temporary folder unless --data-dir "
        "names an empty one)",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the window on a throwaway sample journal, run briefly and exit 0 if all "
        "went well (used to check an installed bundle)",
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
    common.add_argument(
        "--passphrase-file", metavar="PATH", default=argparse.SUPPRESS, help=PASSPHRASE_HELP
    )
    subcommands = parser.add_subparsers(dest="command", metavar="COMMAND")
    check = subcommands.add_parser(
        "check",
        parents=[common],
        help="check that the journal opens and is healthy, without changing it",
        description="Check the journal file without changing it: its health, its schema "
        "version and how much it holds.",
    )
    check.set_defaults(handler=commands.run_check)

    export = subcommands.add_parser(
        "export",
        parents=[common],
        help="export the journal (JSON, Markdown, PDF or CSV)",
        description="Export the journal. JSON is complete and can be imported again; "
        "Markdown is the whole journal, one week or one person; PDF is a week's summary "
        "(--week) or a person's next one-on-one agenda (--person); CSV is the weekly numbers "
        "or, with --practice, the practice ticks. With --review, Markdown or PDF is the "
        "quarter in review: a private look back over a period (the PDF with charts).",
    )
    export.add_argument("--format", required=True, choices=("json", "markdown", "pdf", "csv"))
    export.add_argument("--week", metavar="YYYY-Www", help="one ISO week, e.g. 2026-W48")
    export.add_argument(
        "--review",
        metavar="PERIOD",
        help="the quarter in review of PERIOD: 2026-Q3, last-quarter, this-quarter, "
        "or 2026-07-01..2026-09-30",
    )
    export.add_argument("--person", metavar="NAME", help="one person, by name")
    export.add_argument("--practice", action="store_true", help="CSV: the practice ticks")
    export.add_argument(
        "--output",
        required=True,
        metavar="PATH",
        help="the file to write (owner-only); - writes text formats to standard output",
    )
    export.add_argument(
        "--force", action="store_true", help="replace the --output file if it already exists"
    )
    export.set_defaults(handler=commands.run_export)

    import_ = subcommands.add_parser(
        "import",
        parents=[common],
        help="import a JSON export, all or nothing",
        description="Import a JSON export. The whole file is checked first and what it "
        "adds and replaces is printed; the journal is backed up (a copy that is always "
        "kept), then either all of it is written in one go or nothing is. Importing the same "
        "file twice changes nothing the second time.",
    )
    import_.add_argument("path", metavar="PATH", help="the JSON file")
    import_.add_argument(
        "--replace",
        action="store_true",
        help="let rows of the file replace different ones with the same id (refused otherwise)",
    )
    import_.set_defaults(handler=commands.run_import)

    search = subcommands.add_parser(
        "search",
        parents=[common],
        help="search everything in the journal",
        description='Full-text search. Plain words match as prefixes; "a phrase", '
        "word*, AND, OR and NOT work too.",
    )
    search.add_argument("query", metavar="QUERY")
    search.add_argument(
        "--limit",
        type=_result_limit,
        default=20,
        metavar="N",
        help=f"at most N results, 1 to {MAX_RESULTS} (default 20)",
    )
    search.add_argument("--json", action="store_true", help="print the results as JSON")
    search.set_defaults(handler=commands.run_search)

    capture = subcommands.add_parser(
        "capture",
        parents=[common],
        help="quick capture of a lesson from a terminal",
        description="Keep a lesson (the first line is its title). Works while the window is "
        "open on the same journal; the window shows it straight away.",
    )
    capture.add_argument("kind", choices=("lesson",))
    capture.add_argument("text", metavar="TEXT")
    capture.add_argument(
        "--tag", action="append", default=[], metavar="TAG", help="a tag (repeat for more)"
    )
    capture.set_defaults(handler=commands.run_capture)

    backup = subcommands.add_parser(
        "backup",
        parents=[common],
        help="back up the journal now (verified)",
        description="Back up the journal with SQLite's online backup API (safe while the "
        "window is open) and check the copy opens and passes its integrity check. Without "
        "--output the backup goes to backups/ beside the journal, where it is kept until you "
        "delete it (only the daily automatic backups are rotated). A backup never replaces "
        "another.",
    )
    backup.add_argument(
        "--output", metavar="PATH", help="a folder to put the backup in, or a new file name"
    )
    backup.set_defaults(handler=commands.run_backup)

    restore = subcommands.add_parser(
        "restore",
        parents=[common],
        help="replace the journal with a backup",
        description="Replace the journal with a backup. The backup is checked first and the "
        "journal as it is now is backed up (or, if it can't be read, moved aside), then the "
        "backup is swapped in with one rename; if that copy can't be made, nothing is "
        "restored. LeadJournal must not be open on the journal.",
    )
    restore.add_argument("path", metavar="PATH", help="the backup file")
    restore.set_defaults(handler=commands.run_restore)
    return parser


def _result_limit(text: str) -> int:
    """--limit: a whole number of results from 1 to MAX_RESULTS (0 would show nothing)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a whole number") from None
    if not 1 <= value <= MAX_RESULTS:
        raise argparse.ArgumentTypeError(f"give a number from 1 to {MAX_RESULTS}")
    return value


def _no_log_on_stderr() -> None:
    """A command says what went wrong in its own sentence; the storage layer's log lines
    (meant for the window's log file) must not reach the terminal as well."""
    import logging

    logging.getLogger("leadjournal").addHandler(logging.NullHandler())


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``leadjournal`` and ``python -m leadjournal``; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            from leadjournal.qt_binding import load_qt
            from leadjournal.start_up import pause_garbage_collection

            pause_garbage_collection()
            load_qt()
            from leadjournal.app import run_gui

            if args.smoke_test:
                return run_gui(None, demo=True, smoke_test=True)
            from leadjournal.paths import JournalPaths, resolve_data_dir

            key = None
            if args.passphrase_file:  # otherwise the window asks
                key = commands.passphrase_for(JournalPaths(resolve_data_dir(args.data_dir)), args)
            return run_gui(args.data_dir, demo=args.demo, minimized=args.minimized, key=key)
        if args.demo:
            parser.error("--demo only applies to the window, not to subcommands")
        return _run_command(args)
    except JournalError as error:
        print(f"leadjournal: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def _run_command(args: argparse.Namespace) -> int:
    """Run a subcommand. This is the command line's edge: whatever goes wrong below comes
    out as one sentence on stderr and a non-zero exit, never a traceback."""
    import logging

    if sys.stdout is None:  # started with standard output closed
        raise JournalError(
            "Standard output is closed, so nothing could be shown; nothing was done."
        )
    output = _GuardedOutput(sys.stdout)
    sys.stdout = output
    _no_log_on_stderr()
    try:
        _tidy_journal_folder(args)
        code = int(args.handler(args))
        output.flush()
        return code
    except BrokenPipeError:
        # The reader went away (`… | head -1`): stop quietly, as Unix tools do.
        output.discard()
        return 141
    except JournalWriteError as error:
        because = f" because {error.reason}" if error.reason else ""
        done = NOTHING_DONE.get(args.command, "Nothing was changed.")
        raise JournalError(f"The journal could not be written{because}. {done}") from None
    except DataFolderError as error:  # a folder that can't be written: say what wasn't done
        not_done = NOTHING_DONE.get(args.command)
        raise (DataFolderError(f"{error} {not_done}") if not_done else error) from None
    except JournalError:
        raise
    except MemoryError:
        raise JournalError("There was not enough memory to finish; nothing was changed.") from None
    except RecursionError:
        raise JournalError("The input is nested too deeply to read; nothing was changed.") from None
    except UnicodeError:
        raise JournalError(
            "The text holds characters that are not valid Unicode; nothing was changed."
        ) from None
    except OverflowError:
        raise JournalError("A number is too large for LeadJournal; nothing was changed.") from None
    except OSError as error:
        where = f"{error.filename}" if error.filename else "A file"
        raise JournalError(f"{where} could not be used: {error.strerror or error}.") from None
    except Exception as error:
        logging.getLogger(__name__).error("Command failed", exc_info=True)
        raise JournalError(
            f"Something unexpected went wrong ({type(error).__name__}); please report it."
        ) from None
    finally:
        sys.stdout = output.stream


class _GuardedOutput:
    """Standard output that turns a failed write (a full disk, /dev/full) into one
    sentence, and stays quiet once it has failed (Python flushes it again at exit)."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        try:
            return self.stream.write(text)
        except BrokenPipeError:
            raise
        except OSError as error:
            self.discard()
            raise StandardOutputError(error) from None

    def flush(self) -> None:
        try:
            self.stream.flush()
        except BrokenPipeError:
            raise
        except OSError as error:
            self.discard()
            raise StandardOutputError(error) from None

    def discard(self) -> None:
        """Point standard output at /dev/null, so what is still buffered goes nowhere."""
        import os

        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, self.stream.fileno())
            os.close(devnull)
        except (OSError, ValueError):
            pass

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


class StandardOutputError(JournalError):
    def __init__(self, error: OSError) -> None:
        super().__init__(f"Standard output could not be written ({error.strerror or error}).")


def _tidy_journal_folder(args: argparse.Namespace) -> None:
    """What the window does when it opens a journal: files that were opened up to others
    are made owner-only again, and leftovers of killed backups are removed (``check``
    changes nothing, so it only looks)."""
    if args.command == "check":
        return
    from leadjournal.db.files import tighten_permissions
    from leadjournal.paths import JournalPaths, resolve_data_dir

    paths = JournalPaths(resolve_data_dir(args.data_dir))
    tightened = tighten_permissions(paths.data_dir)
    if tightened:
        print(
            "leadjournal: Only you can read your journal now: some of its files were open "
            "to others and have been made private.",
            file=sys.stderr,
        )
    if _may_hold_partial_backups(paths.backups_dir):
        from leadjournal.db.backups import tidy_interrupted_backups

        tidy_interrupted_backups(paths.backups_dir)


def _may_hold_partial_backups(folder: Path) -> bool:
    """Whether ``folder`` holds a hidden ``.partial`` file that an interrupted backup may
    have left: only then is the backup module (and what it loads) worth importing."""
    try:
        return any(
            entry.name.startswith(".") and ".partial" in entry.name for entry in folder.iterdir()
        )
    except OSError:
        return False
