"""Command line: the GUI by default, subcommands for work without a window.

This module must stay light: it imports no Qt widgets and no SQLAlchemy at module level,
so ``--help``, ``--version`` and the first paint of the window stay fast.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from leadjournal import APP_NAME, __version__, clock
from leadjournal.errors import DataFolderError, JournalError, JournalWriteError

if TYPE_CHECKING:
    from leadjournal.db.repositories import Repositories
    from leadjournal.paths import JournalPaths

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
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    check = commands.add_parser(
        "check",
        parents=[common],
        help="check that the journal opens and is healthy, without changing it",
        description="Check the journal file without changing it: its health, its schema "
        "version and how much it holds.",
    )
    check.set_defaults(handler=_run_check)

    export = commands.add_parser(
        "export",
        parents=[common],
        help="export the journal (JSON, Markdown, PDF or CSV)",
        description="Export the journal. JSON is complete and can be imported again; "
        "Markdown is the whole journal, one week or one person; PDF is a week's summary "
        "(--week) or a person's next one-on-one agenda (--person); CSV is the weekly numbers "
        "or, with --practice, the practice ticks.",
    )
    export.add_argument("--format", required=True, choices=("json", "markdown", "pdf", "csv"))
    export.add_argument("--week", metavar="YYYY-Www", help="one ISO week, e.g. 2026-W48")
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
    export.set_defaults(handler=_run_export)

    import_ = commands.add_parser(
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
    import_.set_defaults(handler=_run_import)

    search = commands.add_parser(
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
    search.set_defaults(handler=_run_search)

    capture = commands.add_parser(
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
    capture.set_defaults(handler=_run_capture)

    backup = commands.add_parser(
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
    backup.set_defaults(handler=_run_backup)

    restore = commands.add_parser(
        "restore",
        parents=[common],
        help="replace the journal with a backup",
        description="Replace the journal with a backup. The backup is checked first and the "
        "journal as it is now is backed up (or, if it can't be read, moved aside), then the "
        "backup is swapped in with one rename; if that copy can't be made, nothing is "
        "restored. LeadJournal must not be open on the journal.",
    )
    restore.add_argument("path", metavar="PATH", help="the backup file")
    restore.set_defaults(handler=_run_restore)
    return parser


def _existing_journal(args: argparse.Namespace) -> tuple[JournalPaths, Repositories]:
    """Open the journal for a command; it must exist already (commands never create one)."""
    from leadjournal.db.engine import open_journal
    from leadjournal.db.repositories import Repositories
    from leadjournal.paths import JournalPaths, resolve_data_dir

    paths = JournalPaths(resolve_data_dir(args.data_dir))
    if not paths.holds_journal():
        raise JournalError(
            f"There is no journal in {paths.data_dir} yet; open LeadJournal once first."
        )
    key = passphrase_for(paths, args)
    repositories = Repositories(open_journal(paths.journal_file, paths.backups_dir, key))
    _keep_exports_out_of_journal(paths)
    return paths, repositories


def _keep_exports_out_of_journal(paths: JournalPaths) -> None:
    from leadjournal.services.documents import keep_exports_out_of

    # The second backup folder may be a shared one (a synced drive): there, only files
    # that look like journals are refused (check_target).
    keep_exports_out_of(paths.data_dir, paths.backups_dir)


def passphrase_for(
    paths: JournalPaths, args: argparse.Namespace, backup: Path | None = None
) -> str | None:
    """The passphrase of an encrypted journal (or backup): from --passphrase-file, else
    asked on a terminal; None when plain. It is never echoed, logged or kept.

    With it, a command finishes protecting the journal's copies if that was interrupted
    (``check`` only looks) and warns on stderr about plain copies beside the journal."""
    key = _read_passphrase(paths, args, backup)
    if key is not None and getattr(args, "command", None) is not None:
        from leadjournal.db.cipher import finish_protection

        plain = finish_protection(
            paths.journal_file, paths.backups_dir, key, seal=args.command != "check"
        )
        if plain:
            print(
                f"leadjournal: {len(plain)} plain copies of your journal are still in "
                f"{plain[0].parent}, not protected by your passphrase: delete them if you "
                "don't need them."
                if len(plain) > 1
                else f"leadjournal: A plain copy of your journal, not protected by your "
                f"passphrase, is still at {plain[0]}: delete it if you don't need it.",
                file=sys.stderr,
            )
    return key


def _read_passphrase(
    paths: JournalPaths, args: argparse.Namespace, backup: Path | None
) -> str | None:
    from leadjournal.db.files import looks_encrypted

    if not (looks_encrypted(paths.journal_file) or (backup and looks_encrypted(backup))):
        return None
    source = getattr(args, "passphrase_file", None)
    if source:
        try:
            text = Path(source).expanduser().read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            reason = getattr(error, "strerror", None) or error
            message = f"The passphrase file {source} could not be read ({reason})."
            raise JournalError(message) from None
        return text.splitlines()[0] if text else ""
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass(f"Passphrase for {paths.journal_file}: ")
    raise JournalError(
        "This journal is protected with a passphrase: give --passphrase-file "
        "PATH, or run the command in a terminal to be asked for it."
    )


def _write_output(target: str, content: str | bytes, replace: bool = False) -> None:
    from pathlib import Path

    from leadjournal.services.documents import ExportExistsError, write_bytes, write_text

    if target == "-":
        if isinstance(content, bytes):
            raise JournalError("PDF cannot go to standard output; give --output a file name.")
        sys.stdout.write(content)
        sys.stdout.flush()
    else:
        try:
            if isinstance(content, bytes):
                write_bytes(Path(target), content, replace=replace)
            else:
                write_text(Path(target), content, replace=replace)
        except ExportExistsError:
            raise JournalError(
                f"{target} already exists, so nothing was written; add --force to replace it."
            ) from None


def _run_export(args: argparse.Namespace) -> int:

    from leadjournal.services import exports
    from leadjournal.services.transfer import export_json

    _check_export_request(args)
    _paths, repos = _existing_journal(args)
    week = exports.parse_iso_week(args.week) if args.week is not None else None
    person = exports.find_person(repos, args.person) if args.person is not None else None
    content: str | bytes
    if args.format == "json":
        content = export_json(repos)
    elif args.format == "markdown":
        if week is not None:
            content = exports.week_markdown(repos, week)
        elif person is not None:
            content = exports.person_markdown(repos, person)
        else:
            content = exports.journal_markdown(repos)
    elif args.format == "csv":
        content = (
            exports.practice_ticks_csv(repos)
            if args.practice
            else exports.weekly_numbers_csv(repos)
        )
    else:
        if week is None and person is None:
            raise JournalError(
                "A PDF is a week's summary or a one-on-one agenda: give --week or --person."
            )
        if week is not None:
            document = exports.week_markdown(repos, week)
        else:
            assert person is not None  # one of the two was checked just above
            document = exports.agenda_document(repos, person, clock.today())
        content = _pdf(document)
    _write_output(args.output, content, replace=args.force)
    return 0


def _check_export_request(args: argparse.Namespace) -> None:
    """Refuse, before any work, a filter that is empty or that the format can't honour:
    a filtered export must never quietly hold everyone."""
    for option, value in (("--week", args.week), ("--person", args.person)):
        if value is not None and not value.strip():
            raise JournalError(f"{option} is empty; give it a value or leave it out.")
    if args.week is not None and args.person is not None:
        raise JournalError(
            "Give --week or --person, not both: an export is one week or one person."
        )
    if args.format in ("json", "csv") and (args.week is not None or args.person is not None):
        raise JournalError(
            f"A {args.format.upper()} export always holds the whole journal, "
            "so it can't be limited to one week or one person; use --format "
            "markdown or pdf for that."
        )
    if args.practice and args.format != "csv":
        raise JournalError("--practice only applies to --format csv.")
    if not args.output.strip():
        raise JournalError("--output is empty; give it a file name, or - for standard output.")
    if args.output != "-" and Path(args.output).expanduser().is_dir():
        raise JournalError(f"{args.output} is a folder; give --output a file name.")


def _result_limit(text: str) -> int:
    """--limit: a whole number of results from 1 to MAX_RESULTS (0 would show nothing)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a whole number") from None
    if not 1 <= value <= MAX_RESULTS:
        raise argparse.ArgumentTypeError(f"give a number from 1 to {MAX_RESULTS}")
    return value


def _regular_file(name: str, what: str) -> Path:
    """``name`` if it is an ordinary file; a pipe, a device or a folder is refused at once
    (reading one could hang or never end)."""
    import stat

    path = Path(name).expanduser().absolute()
    try:
        mode = path.stat().st_mode
    except OSError as error:
        raise JournalError(f"{name} could not be read: {error.strerror}.") from None
    if not stat.S_ISREG(mode):
        kind = "a folder" if stat.S_ISDIR(mode) else "not an ordinary file"
        raise JournalError(f"{name} is {kind}; give the {what} file itself.")
    return path


def _pdf(markdown: str) -> bytes:
    """PDF needs Qt's text layout: an offscreen QGuiApplication, no widgets, no display."""
    from PySide6.QtGui import QGuiApplication

    from leadjournal.services.documents import pdf_bytes

    if QGuiApplication.instance() is None:
        _app = QGuiApplication(["leadjournal", "-platform", "offscreen"])
        return pdf_bytes(markdown, "LeadJournal")
    return pdf_bytes(markdown, "LeadJournal")


def _run_import(args: argparse.Namespace) -> int:
    from leadjournal.db.engine import open_journal
    from leadjournal.db.repositories import Repositories
    from leadjournal.paths import JournalPaths, resolve_data_dir
    from leadjournal.services.backups import back_up_before_import
    from leadjournal.services.transfer import (
        apply_import,
        plan_import,
        read_import_file,
        refuse_replacing,
    )

    raw = read_import_file(_regular_file(args.path, "export"))
    paths = JournalPaths(resolve_data_dir(args.data_dir))
    key = passphrase_for(paths, args)
    repos = Repositories(open_journal(paths.journal_file, paths.backups_dir, key))
    plan = plan_import(repos, raw)
    if not args.replace:
        refuse_replacing(plan, "add --replace to import it anyway")
    print(plan.summary())  # what it adds and replaces, before anything is written
    if not plan.changes_anything:
        return 0
    safety = back_up_before_import(paths, key)
    counts = apply_import(repos, plan)
    print(
        f"Imported {sum(counts.values())} records into {paths.journal_file}; the journal "
        f"as it was is kept at {safety}."
    )
    _tell_window(paths)
    return 0


def _run_search(args: argparse.Namespace) -> int:
    import json

    from leadjournal.db.files import inspect_journal
    from leadjournal.db.migrations import HEAD_REVISION
    from leadjournal.paths import JournalPaths, resolve_data_dir
    from leadjournal.services.search import HIGHLIGHT, search, search_file

    paths = JournalPaths(resolve_data_dir(args.data_dir))
    key = passphrase_for(paths, args)
    state = inspect_journal(paths.journal_file, key)
    limit = args.limit
    if state.exists and state.revision == HEAD_REVISION:
        # Up to date: read it directly, read-only, without loading the storage layer.
        hits = search_file(paths.journal_file, args.query, limit, key)
    else:
        if not state.exists:
            raise JournalError(
                f"There is no journal in {paths.data_dir} yet; open LeadJournal once first."
            )
        from leadjournal.db.engine import open_journal
        from leadjournal.db.repositories import Repositories

        repos = Repositories(open_journal(paths.journal_file, paths.backups_dir, key))
        hits = search(repos, args.query, limit=limit)

    def plain(snippet: str) -> str:
        return snippet.replace(HIGHLIGHT[0], "[").replace(HIGHLIGHT[1], "]")

    if args.json:
        print(
            json.dumps(
                [
                    {
                        "kind": h.kind,
                        "group": h.group,
                        "where": h.where,
                        "snippet": plain(h.snippet),
                        "link": h.link,
                    }
                    for h in hits
                ],
                ensure_ascii=False,
                indent=1,
            )
        )
    else:
        for hit in hits:
            where = f" ({hit.where})" if hit.where else ""
            print(f"{hit.group}{where}: {plain(hit.snippet)}")
        if not hits:
            print("Nothing found.", file=sys.stderr)
    return 0


def _run_capture(args: argparse.Namespace) -> int:

    from leadjournal.text import split_capture

    for text in (args.text, *args.tag):
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:  # undecodable bytes in the argument (surrogateescape)
            raise JournalError(
                "The text is not valid UTF-8, so nothing was saved; check your terminal's encoding."
            ) from None
    parts = split_capture(args.text)
    if parts is None:
        raise JournalError(
            "There is nothing to capture: the text is empty or holds only "
            "invisible characters. Nothing was saved."
        )
    title, rest = parts
    paths, repos = _existing_journal(args)
    tags = [t.strip() for t in args.tag if t.strip()] + ["capture"]
    repos.lessons.add(clock.today(), title=title, what_happened=rest, tags=", ".join(tags))
    print(f"Kept the lesson “{title}”.")
    _tell_window(paths)
    return 0


def _no_log_on_stderr() -> None:
    """A command says what went wrong in its own sentence; the storage layer's log lines
    (meant for the window's log file) must not reach the terminal as well."""
    import logging

    logging.getLogger("leadjournal").addHandler(logging.NullHandler())


def _tell_window(paths: JournalPaths) -> None:
    """Let an open window on this journal show what the command just wrote."""
    from leadjournal.single_instance import tell_running_instance

    tell_running_instance(paths)


def _run_backup(args: argparse.Namespace) -> int:
    from pathlib import Path

    from leadjournal.db.engine import open_journal
    from leadjournal.db.files import inspect_journal
    from leadjournal.db.repositories import Repositories
    from leadjournal.paths import JournalPaths, resolve_data_dir
    from leadjournal.services.backups import back_up, back_up_to, describe, load_policy

    paths = JournalPaths(resolve_data_dir(args.data_dir))
    key = passphrase_for(paths, args)
    if not inspect_journal(paths.journal_file, key).exists:
        raise JournalError(f"There is no journal in {paths.data_dir} to back up.")
    if args.output:
        info = back_up_to(paths, Path(args.output).expanduser().absolute(), key)
        print(f"Backed up to {info.path} ({describe(info)}).")
        return 0
    repos = Repositories(open_journal(paths.journal_file, paths.backups_dir, key))
    report = back_up(paths, load_policy(repos), key=key, by_hand=True)  # never rotated
    repos.engine.dispose()
    for info in report.taken:
        print(f"Backed up to {info.path} ({describe(info)}).")
    if report.failures:
        raise JournalError(report.failures[0])
    return 0


def _run_restore(args: argparse.Namespace) -> int:
    from leadjournal.db.backups import restore_backup
    from leadjournal.db.files import ensure_data_folder
    from leadjournal.paths import JournalPaths, resolve_data_dir
    from leadjournal.single_instance import journal_to_myself

    paths = JournalPaths(resolve_data_dir(args.data_dir))
    backup = _regular_file(args.path, "backup")
    ensure_data_folder(paths.data_dir)
    key = passphrase_for(paths, args, backup)
    with journal_to_myself(paths):
        safety = restore_backup(backup, paths.journal_file, paths.backups_dir, key)
    print(f"Restored {paths.journal_file} from {backup.name}.")
    if safety is not None:
        print(f"The journal as it was is kept at {safety}.")
    return 0


def _run_check(args: argparse.Namespace) -> int:
    from leadjournal.paths import JournalPaths, resolve_data_dir
    from leadjournal.services.journal_check import check_journal

    paths = JournalPaths(resolve_data_dir(args.data_dir))
    for line in check_journal(paths, passphrase_for(paths, args)):
        print(line)
    return 0


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
                key = passphrase_for(JournalPaths(resolve_data_dir(args.data_dir)), args)
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
    sys.stdout = output  # type: ignore[assignment]
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
    from leadjournal.db.backups import tidy_interrupted_backups
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
    tidy_interrupted_backups(paths.backups_dir)
