"""``python -m benchmarks generate --years 10 --data-dir DIR``: write a realistic
ten-year journal (fixed seed) into an empty or new folder, through the JSON import.

``python -m benchmarks crash --runs 20``: kill the real app with SIGKILL again and
again and print how many kills lost anything (see ``benchmarks/crash.py``). Run both from
the top of the repository."""

from __future__ import annotations

import argparse
import json
import sys
import time

from leadjournal.errors import JournalError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    commands = parser.add_subparsers(dest="command", required=True)
    generate = commands.add_parser("generate", help="write a long journal for benchmarks")
    generate.add_argument("--years", type=int, default=10)
    generate.add_argument("--seed", type=int, default=2026)
    generate.add_argument("--data-dir", required=True, metavar="DIR")
    crash = commands.add_parser("crash", help="SIGKILL the app repeatedly; count what is lost")
    crash.add_argument("--runs", type=int, default=20)
    args = parser.parse_args(argv)
    if args.command == "crash":
        from benchmarks.crash import main as crash_main

        return crash_main(args.runs)
    from benchmarks.journal import journal_document
    from leadjournal.db.engine import open_journal
    from leadjournal.db.repositories import Repositories
    from leadjournal.paths import JournalPaths, resolve_data_dir
    from leadjournal.services.transfer import import_data

    paths = JournalPaths(resolve_data_dir(args.data_dir))
    try:
        if paths.holds_journal():
            raise JournalError(f"{paths.data_dir} already holds a journal; use an empty folder.")
        started = time.perf_counter()
        document = journal_document(args.years, args.seed)
        repos = Repositories(open_journal(paths.journal_file, paths.backups_dir))
        counts = import_data(repos, json.dumps(document).encode())
        repos.engine.dispose()
    except JournalError as error:
        print(f"benchmarks: {error}", file=sys.stderr)
        return 1
    shown = ", ".join(
        f"{counts[name]} {name}"
        for name in (
            "week_plan",
            "task",
            "person",
            "one_on_one",
            "coaching",
            "improvement_plan",
            "lesson",
            "feedback_response",
            "practice_cycle",
            "practice_tick",
            "goal",
            "metric",
            "metric_value",
            "reflection",
        )
    )
    print(f"Wrote {paths.journal_file} in {time.perf_counter() - started:.1f} s: {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
