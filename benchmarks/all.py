"""The performance benchmark on a ten-year journal: one table, every figure with its target.

    python -m benchmarks.all [--runs 5] [--no-start-up]     (from the top of the repository)

Generates the journal with ``python -m benchmarks generate`` (fixed seed), then
measures start-up against bare-PySide6 baselines (offscreen, and under Xvfb when
``Xvfb`` is installed), peak memory, search, week and tab switches, a person's timeline,
Insights for "all", export and import, and one autosave write. Medians and p95 of
repeated runs; these machines are noisy, so run it on a quiet one.
"""

from __future__ import annotations

import argparse
import compileall
import datetime as dt
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.launch import leadjournal_command
from benchmarks.startup import BARE_WINDOW, BARE_WITH_ORM, BARE_WITH_STORAGE, measure_interleaved

ROWS: list[tuple[str, str, str, str]] = []


def summary(values: list[float]) -> tuple[float, float]:
    values = sorted(values)
    return statistics.median(values), values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]


def record(name: str, values: list[float], target: str = "", unit: str = "ms") -> None:
    median, p95 = summary(values)
    ROWS.append((name, f"{median:.1f} {unit}", f"{p95:.1f} {unit}", target))


def timed(runs: int, action: Callable[[], object]) -> list[float]:
    values = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        values.append((time.perf_counter() - started) * 1000)
    return values


def start_up(journal: Path, runs: int, platform: str, env: dict[str, str]) -> None:
    env = {**env, "QT_QPA_PLATFORM": platform, "LEADJOURNAL_SKIP_WELCOME": "1"}
    variants = {
        "bare": ([sys.executable, "-c", BARE_WINDOW], {}),
        "orm": ([sys.executable, "-c", BARE_WITH_ORM], {}),
        "storage": ([sys.executable, "-c", BARE_WITH_STORAGE, str(journal)], {}),
        "shown": (leadjournal_command("shown", "--data-dir", str(journal)), {}),
        "data": (leadjournal_command("data", "--data-dir", str(journal)), {}),
    }
    samples = measure_interleaved(variants, runs, env)
    ms = {name: summary([s[0] * 1000 for s in values]) for name, values in samples.items()}
    rss = {name: max(s[1] for s in values) for name, values in samples.items()}
    ROWS.append(
        (
            f"[{platform}] bare window, 6 tabs",
            f"{ms['bare'][0]:.0f} ms",
            f"{ms['bare'][1]:.0f} ms",
            f"RSS {rss['bare']:.0f} MiB",
        )
    )
    ROWS.append(
        (
            f"[{platform}] bare + sqlalchemy.orm + query",
            f"{ms['orm'][0]:.0f} ms",
            f"{ms['orm'][1]:.0f} ms",
            f"RSS {rss['orm']:.0f} MiB",
        )
    )
    ROWS.append(
        (
            f"[{platform}] bare + LeadJournal storage + week",
            f"{ms['storage'][0]:.0f} ms",
            f"{ms['storage'][1]:.0f} ms",
            f"{ms['storage'][0] / ms['orm'][0]:.2f}x bare+ORM (the floor)",
        )
    )
    ROWS.append(
        (
            f"[{platform}] LeadJournal window shown",
            f"{ms['shown'][0]:.0f} ms",
            f"{ms['shown'][1]:.0f} ms",
            f"{ms['shown'][0] / ms['bare'][0]:.2f}x bare (≤ 1.30x)",
        )
    )
    ROWS.append(
        (
            f"[{platform}] LeadJournal first view filled",
            f"{ms['data'][0]:.0f} ms",
            f"{ms['data'][1]:.0f} ms",
            f"{ms['data'][0] / ms['orm'][0]:.2f}x bare+ORM (≤ 1.15x)",
        )
    )
    ROWS.append(
        (
            f"[{platform}] LeadJournal peak RSS",
            f"{rss['data']:.0f} MiB",
            "",
            f"{rss['data'] / rss['orm']:.2f}x bare+ORM (≤ 1.15x)",
        )
    )


def in_process(journal: Path, runs: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Loaded as the app loads them: Qt without its import hook, garbage collection held
    # back until the journal is open (then what start-up built is frozen).
    from leadjournal.qt_binding import load_qt
    from leadjournal.start_up import pause_garbage_collection, resume_garbage_collection

    pause_garbage_collection()
    load_qt()
    from PySide6.QtWidgets import QApplication

    from benchmarks.event_loop import settle
    from leadjournal.app import LeadJournalApp
    from leadjournal.db.engine import open_journal
    from leadjournal.db.repositories import Repositories
    from leadjournal.paths import JournalPaths
    from leadjournal.services.exports import journal_markdown
    from leadjournal.services.search import search
    from leadjournal.services.transfer import export_json, import_data
    from leadjournal.ui.main_window import MainWindow

    app = QApplication.instance() or LeadJournalApp(sys.argv[:1])
    paths = JournalPaths(journal)
    repos = Repositories(open_journal(paths.journal_file, paths.backups_dir))
    queries = ["refund", "escal", '"billing queue"', "holiday cover", "rota NOT outage"]
    record(
        "in-app search",
        timed(runs * 4, lambda: search(repos, queries[len(ROWS) % 5])),
        "median ≤ 15, p95 ≤ 50 ms",
    )
    command = [sys.executable, "-m", "leadjournal", "search", "refund", "--data-dir", str(journal)]
    record(
        "leadjournal search (wall)",
        timed(runs, lambda: subprocess.run(command, capture_output=True, check=True)),
        "≤ 400 ms",
    )

    window = MainWindow(paths)
    window.resize(1280, 800)
    window.show()
    window.attach_journal(repos)
    resume_garbage_collection()
    settle(app)
    weekly = window.weekly_plan

    def previous_week() -> None:
        weekly.previous_week()
        settle(app)

    record("Weekly Plan: previous week", timed(runs * 4, previous_week), "≤ 50 ms")

    def next_week() -> None:  # back towards this week, one week at a time
        weekly.next_week()
        settle(app)

    record("Weekly Plan: next week", timed(runs * 4, next_week), "≤ 50 ms")

    def finish_drawing(page: object) -> float:
        """Let a tab draw what it draws in later turns (Insights' charts); the longest
        turn in ms, which is how long the window stood still."""
        longest = 0.0
        while getattr(page, "drawing_charts", False):
            turn = time.perf_counter()
            settle(app)
            longest = max(longest, (time.perf_counter() - turn) * 1000)
        return longest

    for index in range(1, window.tabs.count()):
        started = time.perf_counter()
        window.tabs.setCurrentIndex(index)
        settle(app)
        first_turn = (time.perf_counter() - started) * 1000
        longest = max(first_turn, finish_drawing(window.tabs.widget(index)))
        total = (time.perf_counter() - started) * 1000
        ROWS.append(
            (
                f"{window.tabs.tabText(index)} opened the first time",
                f"{longest:.1f} ms",
                "",
                f"longest freeze (all drawn after {total:.0f} ms); ≤ 100 ms",
            )
        )

    def switch() -> None:
        window.tabs.setCurrentIndex((window.tabs.currentIndex() + 1) % window.tabs.count())
        settle(app)

    # Nothing was written meanwhile, so no tab reads the journal again (changes are pushed).
    record("tab switch", timed(runs * 6, switch), "≤ 50 ms")
    log = window.coaching_log
    window.tabs.setCurrentWidget(log)
    people = [p.id for p in repos.people.list(include_archived=True)][:2]

    def open_person() -> None:
        log.show_person(people[len(ROWS) % 2])
        people.reverse()
        settle(app)

    record("person's timeline", timed(runs * 4, open_person), "≤ 50 ms")
    insights = window.insights
    window.tabs.setCurrentWidget(insights)  # its charts are drawn as they are seen
    settle(app)
    finish_drawing(insights)
    insights.range.setCurrentIndex(insights.range.findData("all"))

    def charts() -> None:
        insights.refresh_charts()
        settle(app)
        finish_drawing(insights)

    record("Insights, all time", timed(runs, charts), "≤ 200 ms")
    # Below the fold a chart is drawn when it is scrolled into view: read the page to its
    # end a page at a time; a page's longest turn is how long the scroll stood still.
    bar = insights.scroll_area.verticalScrollBar()
    waits: list[float] = []

    def scroll_through() -> None:
        bar.setValue(0)
        charts()
        while bar.value() < bar.maximum():
            started = time.perf_counter()
            bar.setValue(bar.value() + bar.pageStep())  # draws the first chart it shows
            settle(app)
            first_turn = (time.perf_counter() - started) * 1000
            waits.append(max(first_turn, finish_drawing(insights)))

    record("Insights, all time, read to the end", timed(runs, scroll_through))
    record("Insights, a page scrolled down, longest freeze", waits, "≤ 100 ms")
    exported: list[str] = []
    record("JSON export", timed(runs, lambda: exported.append(export_json(repos))), "≤ 1.5 s")
    print(f"  export size {len(exported[-1]) / 1e6:.1f} MB", file=sys.stderr)
    target = Path(tempfile.mkdtemp(prefix="leadjournal-bench-import-"))

    def import_once() -> None:
        folder = JournalPaths(target / str(time.monotonic_ns()))
        fresh = Repositories(open_journal(folder.journal_file, folder.backups_dir))
        import_data(fresh, exported[-1].encode())
        fresh.engine.dispose()

    record("JSON import into an empty journal", timed(max(1, runs // 2), import_once), "≤ 10 s")
    markdown = timed(max(1, runs // 2), lambda: journal_markdown(repos))
    record("Markdown export, whole journal", markdown, "")
    week = repos.weeks.get(repos.weeks.week_starts()[-1])
    assert week is not None
    record(
        "one autosave write",
        timed(
            runs * 10, lambda: repos.weeks.update(week.id, outcome=f"Outcome {time.perf_counter()}")
        ),
        "≤ 10 ms",
    )
    window.closing_for_good = True
    window.close()
    repos.engine.dispose()
    shutil.rmtree(target, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--no-start-up",
        action="store_true",
        help="skip the start-up rows (the in-process figures only: search, weeks, tabs, "
        "Insights, export and import)",
    )
    parser.add_argument(
        "--journal",
        metavar="DIR",
        type=Path,
        help="measure this journal (a copy of it) instead of generating the ten-year one",
    )
    args = parser.parse_args()
    # An installed LeadJournal has its bytecode compiled by pip; a source checkout run
    # with PYTHONDONTWRITEBYTECODE would compile every module at each start instead.
    compileall.compile_dir(str(Path(__file__).parents[1] / "leadjournal"), quiet=1)
    home = Path(tempfile.mkdtemp(prefix="leadjournal-bench-"))
    journal = home / "ten-years"
    env = {**os.environ, "HOME": str(home), "XDG_STATE_HOME": str(home / "state")}
    os.environ.update(HOME=str(home), XDG_STATE_HOME=str(home / "state"))
    if args.journal is not None:
        shutil.copytree(args.journal, journal)
    else:
        subprocess.run(
            [sys.executable, "-m", "benchmarks", "generate", "--data-dir", str(journal)],
            check=True,
            env=env,
            cwd=Path(__file__).parents[1],
        )
    if not args.no_start_up:
        start_up(journal, args.runs, "offscreen", env)
    if shutil.which("Xvfb") and not args.no_start_up:
        display = ":97"
        xvfb = ["Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"]
        server = subprocess.Popen(xvfb, stderr=subprocess.DEVNULL)
        time.sleep(1)
        try:
            start_up(journal, args.runs, "xcb", {**env, "DISPLAY": display})
        finally:
            server.terminate()
            server.wait(timeout=10)
    in_process(journal, args.runs)
    width = max(len(row[0]) for row in ROWS) + 2
    print(f"\n{'':<{width}}{'median':>12}{'p95':>12}   target / note")
    for name, median, p95, target in ROWS:
        print(f"{name:<{width}}{median:>12}{p95:>12}   {target}")
    print(
        json.dumps({"generated": dt.datetime.now().isoformat(timespec="seconds")}), file=sys.stderr
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
