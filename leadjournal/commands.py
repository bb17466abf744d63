"""The command line's subcommands: each opens the journal, does one thing, says what it
did in one line (or writes what was asked for), and leaves errors to ``cli``'s edge.

Like ``cli``, this module imports no Qt and no SQLAlchemy at module level. A command
loads only what it uses: ``capture`` writes to an up-to-date journal with a plain
connection (``leadjournal.db.direct``) and ``search`` reads one the same way, so neither
waits for SQLAlchemy, Alembic or Qt (``tests/test_cli_speed.py`` keeps it so).
"""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from leadjournal import clock
from leadjournal.errors import JournalError

if TYPE_CHECKING:
    from leadjournal.db.repositories import Repositories
    from leadjournal.paths import JournalPaths


# single_instance.CHANGED_NOTICE (that module loads Qt; a test keeps them equal).
CHANGED_NOTICE = b"changed\n"


def _existing_journal(args: argparse.Namespace) -> tuple[JournalPaths, Repositories]:
    """Open the journal for a command; it must exist already (commands never create one)."""
    paths = _existing_paths(args)
    return paths, _open_storage(paths, passphrase_for(paths, args))


def _existing_paths(args: argparse.Namespace) -> JournalPaths:
    """The journal's paths; the journal must exist already (commands never create one)."""
    from leadjournal.paths import JournalPaths, resolve_data_dir

    paths = JournalPaths(resolve_data_dir(args.data_dir))
    if not paths.holds_journal():
        raise JournalError(
            f"There is no journal in {paths.data_dir} yet; open LeadJournal once first."
        )
    return paths


def _open_storage(paths: JournalPaths, key: str | None) -> Repositories:
    """The storage layer on the journal (checked, migrated if due)."""
    from leadjournal.db.engine import open_journal
    from leadjournal.db.repositories import Repositories

    repositories = Repositories(open_journal(paths.journal_file, paths.backups_dir, key))
    _keep_exports_out_of_journal(paths)
    return repositories


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


def run_export(args: argparse.Namespace) -> int:
    _check_export_request(args)
    if args.format == "json":
        from leadjournal.db.direct import open_for_transfer
        from leadjournal.services.transfer import export_json

        # The whole journal, table by table: an up-to-date one on a plain connection,
        # without the storage layer; any other the usual way (which migrates it).
        gc.disable()  # as for an import: many objects, no cycles, a short life
        paths = _existing_paths(args)
        key = passphrase_for(paths, args)
        plain = open_for_transfer(paths.journal_file, key)
        if plain is None:
            data = export_json(_open_storage(paths, key))
        else:
            _keep_exports_out_of_journal(paths)
            try:
                data = export_json(plain)
            finally:
                plain.close()
        _write_output(args.output, data, replace=args.force)
        return 0
    if args.review is not None:
        return _export_review(args)
    from leadjournal.services import exports

    _paths, repos = _existing_journal(args)
    week = exports.parse_iso_week(args.week) if args.week is not None else None
    person = exports.find_person(repos, args.person) if args.person is not None else None
    content: str | bytes
    if args.format == "markdown":
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


def _export_review(args: argparse.Namespace) -> int:
    """The quarter in review of ``--review`` as Markdown or as a PDF with its charts."""
    from leadjournal.services import quarter_review

    period = quarter_review.parse_period(args.review, clock.today())  # before any opening
    _paths, repos = _existing_journal(args)
    if args.format == "markdown":
        _write_output(
            args.output, quarter_review.review_text(repos, period, clock.now()), args.force
        )
        return 0
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(["leadjournal", "-platform", "offscreen"])
    content = quarter_review.review_pdf(repos, period, clock.now())
    del app
    _write_output(args.output, content, replace=args.force)
    return 0


def _check_export_request(args: argparse.Namespace) -> None:
    """Refuse, before any work, a filter that is empty or that the format can't honour:
    a filtered export must never quietly hold everyone."""
    for option, value in (
        ("--week", args.week),
        ("--person", args.person),
        ("--review", args.review),
    ):
        if value is not None and not value.strip():
            raise JournalError(f"{option} is empty; give it a value or leave it out.")
    if args.review is not None and (args.week is not None or args.person is not None):
        raise JournalError(
            "Give --review on its own: the review covers a period, not one week or one person."
        )
    if args.review is not None and args.format not in ("markdown", "pdf"):
        raise JournalError(
            "The quarter in review is Markdown or PDF: use --format markdown or pdf."
        )
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


def run_import(args: argparse.Namespace) -> int:
    from leadjournal.paths import JournalPaths, resolve_data_dir
    from leadjournal.services.backups import back_up_before_import
    from leadjournal.services.transfer import (
        TransferJournal,
        apply_import,
        plan_import,
        plan_plain_import,
        read_import_file,
        refuse_replacing,
    )

    # A short-lived command building a few hundred thousand objects without cycles:
    # the garbage collector's passes over them would only cost time (a tenth of it).
    gc.disable()
    raw = read_import_file(_regular_file(args.path, "export"))
    paths = JournalPaths(resolve_data_dir(args.data_dir))
    key = passphrase_for(paths, args)
    # An up-to-date journal and a current file go on a plain connection; anything else
    # (a new journal, one to migrate, a file leaving columns out) the usual way.
    repos: TransferJournal
    planned = plan_plain_import(paths.journal_file, key, raw)
    if planned is None:
        from leadjournal.db.engine import open_journal
        from leadjournal.db.repositories import Repositories

        repos = Repositories(open_journal(paths.journal_file, paths.backups_dir, key))
        plan = plan_import(repos, raw)
    else:
        repos, plan = planned
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


def run_search(args: argparse.Namespace) -> int:
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


def run_capture(args: argparse.Namespace) -> int:

    from leadjournal.services.capture import keep_capture, parse_capture

    for text in (args.text, *args.tag):
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:  # undecodable bytes in the argument (surrogateescape)
            raise JournalError(
                "The text is not valid UTF-8, so nothing was saved; check your terminal's encoding."
            ) from None
    capture = parse_capture(args.text, args.tag)
    if capture is None:
        raise JournalError(
            "There is nothing to capture: the text is empty or holds only "
            "invisible characters. Nothing was saved."
        )
    paths = _existing_paths(args)
    key = passphrase_for(paths, args)
    day = clock.today()
    from leadjournal.db.direct import add_lesson

    # Straight into an up-to-date journal; the storage layer for anything else.
    kept = add_lesson(
        paths.journal_file,
        key,
        day,
        title=capture.title,
        what_happened=capture.what_happened,
        tags=capture.tag_text,
    )
    if kept is None:
        keep_capture(_open_storage(paths, key), capture, day)
    print(f"Kept the lesson “{capture.title}”.")
    _tell_window(paths)
    return 0


def _tell_window(paths: JournalPaths) -> None:
    """Let an open window on this journal show what the command just wrote."""
    if not paths.lock_file.exists():
        return  # no window holds the journal (its lock file goes when it closes)
    if sys.platform != "win32":
        _tell_window_by_socket(paths)
        return
    from leadjournal.single_instance import tell_running_instance

    tell_running_instance(paths)  # a named pipe: QtNetwork speaks it


def _tell_window_by_socket(paths: JournalPaths) -> None:
    """What ``tell_running_instance`` does, without loading Qt for it: where the window
    listens, QLocalServer is a Unix socket named ``instance_key`` in Qt's temporary
    folder ($TMPDIR, else /tmp)."""
    import os
    import socket

    folder = Path(os.path.normpath(os.environ.get("TMPDIR") or "/tmp"))
    address = str(folder / paths.instance_key)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as window:
        window.settimeout(1.0)
        try:
            window.connect(address)
            window.sendall(CHANGED_NOTICE)
        except OSError:
            return  # no window is open on this journal (or it is gone): nothing to tell


def run_backup(args: argparse.Namespace) -> int:
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


def run_restore(args: argparse.Namespace) -> int:
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


def run_check(args: argparse.Namespace) -> int:
    from leadjournal.paths import JournalPaths, resolve_data_dir
    from leadjournal.services.journal_check import check_journal

    paths = JournalPaths(resolve_data_dir(args.data_dir))
    for line in check_journal(paths, passphrase_for(paths, args)):
        print(line)
    return 0
