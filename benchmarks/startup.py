"""Start-up benchmark: LeadJournal against a bare PySide6 window, in the same run.

    python -m benchmarks.startup [--runs 5] [--compare DIR]   (from the top of the repository)

Prints, for each variant, the median and p95 wall time from process start until the
window is shown (and, for LeadJournal, until the first view is filled with data), and
the peak RSS of the process. Uses whatever QT_QPA_PLATFORM is set (offscreen or xcb).
``--compare DIR`` starts another checkout's LeadJournal (e.g. a ``git worktree`` of the
last commit) in the same rounds: an A/B of a change, measured side by side. Each
checkout starts on a sample journal it wrote itself: one written by a newer checkout
would stop an older one at its "written by a newer version" message. A start that
reports nothing within ``--timeout`` seconds is ended and named (nothing hangs), and a
line on stderr says how far the rounds have got.
"""

from __future__ import annotations

import argparse
import compileall
import os
import random
import select
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.launch import leadjournal_command

BARE_WINDOW = """
import sys
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget

class Page(QWidget):
    painted = False

    def paintEvent(self, event):
        super().paintEvent(event)
        if not Page.painted:  # the window is really on screen: report and quit
            Page.painted = True
            print("bench: shown", time.process_time(), flush=True)
            QTimer.singleShot(0, app.quit)

app = QApplication(sys.argv)
window = QMainWindow()
tabs = QTabWidget()
for name in ("One", "Two", "Three", "Four", "Five", "Six"):
    tabs.addTab(Page(), name)
window.setCentralWidget(tabs)
window.resize(1200, 780)
window.show()
app.exec()
"""

# The same window, with SQLAlchemy's ORM imported and one query run before it paints.
BARE_WITH_ORM = BARE_WINDOW.replace(
    "window.show()",
    "window.show()\nimport sqlalchemy.orm, sqlalchemy\n"
    "engine = sqlalchemy.create_engine('sqlite://')\n"
    "engine.connect().execute(sqlalchemy.text('select 1'))",
)

# The floor under LeadJournal's first view: the bare window, then LeadJournal's own
# storage layer (Qt loaded and collection held back as the app does) opening the journal
# given as the first argument and reading this week's plan, with no other UI.
BARE_WITH_STORAGE = """
import datetime as dt
import sys
from pathlib import Path

from benchmarks.launch import leadjournal_command

from leadjournal.qt_binding import load_qt
from leadjournal.start_up import pause_garbage_collection

pause_garbage_collection()
load_qt()
""" + BARE_WINDOW.replace("app.quit)", "read_this_week)").replace(
    "app = QApplication(sys.argv)",
    """def read_this_week():
    from leadjournal.db.engine import open_journal
    from leadjournal.db.repositories import Repositories
    from leadjournal.services.weeks import week_start_of

    folder = Path(sys.argv[1])
    repositories = Repositories(open_journal(folder / "journal.sqlite", folder / "backups"))
    repositories.weeks.get(week_start_of(dt.date.today()))
    print("bench: read", time.process_time(), flush=True)
    app.quit()

app = QApplication(sys.argv)""",
).replace('print("bench: shown", time.process_time(), flush=True)', "pass  # reported later")


TIMEOUT_S = 120.0


def run_once(
    command: list[str], env: dict[str, str], timeout: float = TIMEOUT_S
) -> tuple[float, float, float]:
    """Seconds until the child printed its line, its peak RSS in MiB, and the CPU seconds
    it had used by then (steadier than the wall time when other work shares the cores).

    A child that prints nothing within ``timeout`` seconds (a dialog waiting for an
    answer, say) is killed and the run stops, saying so."""
    started = time.perf_counter()
    child = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    ready, _, _ = select.select([child.stdout], [], [], timeout)
    if not ready:
        child.kill()
        child.wait()
        child.stdout.close()
        raise SystemExit(
            f"{command[-3:]} reported nothing within {timeout:.0f} s and was stopped: is it "
            "waiting in a dialog (e.g. a journal written by a newer checkout)?"
        )
    line = child.stdout.readline()
    elapsed = time.perf_counter() - started
    child.stdout.read()
    child.stdout.close()
    _pid, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if not line.startswith("bench:"):
        raise SystemExit(f"{command} did not report: {line!r}")
    words = line.split()
    cpu = float(words[2]) if len(words) > 2 else usage.ru_utime + usage.ru_stime
    return elapsed, usage.ru_maxrss / 1024, cpu


def measure_interleaved(
    variants: dict[str, tuple[list[str], dict[str, str]]],
    runs: int,
    env: dict[str, str],
    timeout: float = TIMEOUT_S,
) -> dict[str, list[tuple[float, float, float]]]:
    """Each variant once per round, the order shuffled every round (fixed seed): drift,
    and whatever one start leaves behind for the next, then fall on every variant alike.
    Says on stderr when each round is done."""
    shuffler = random.Random(2026)
    results: dict[str, list[tuple[float, float, float]]] = {name: [] for name in variants}
    started = time.perf_counter()
    for round_number in range(1, runs + 1):
        names = list(variants)
        shuffler.shuffle(names)
        for name in names:
            command, extra = variants[name]
            results[name].append(run_once(command, {**env, **extra}, timeout))
        print(
            f"round {round_number}/{runs} done ({time.perf_counter() - started:.0f} s)",
            file=sys.stderr,
            flush=True,
        )
    return results


def summarise(name: str, samples: list[tuple[float, float, float]]) -> str:
    times = sorted(s[0] * 1000 for s in samples)
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    rss = max(s[1] for s in samples)
    cpu = statistics.median(s[2] * 1000 for s in samples)
    return f"{name:<44} {statistics.median(times):8.0f} {p95:8.0f} {cpu:8.0f} {rss:9.0f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--compare",
        metavar="DIR",
        type=Path,
        help="another checkout whose LeadJournal starts in the same rounds (A/B)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=TIMEOUT_S,
        metavar="S",
        help=f"stop a start that reports nothing within S seconds (default {TIMEOUT_S:.0f})",
    )
    args = parser.parse_args()
    # As installed by pip: bytecode compiled once, not at every start.
    for checkout in (Path(__file__).parents[1], args.compare):
        if checkout is not None:
            compileall.compile_dir(str(checkout / "leadjournal"), quiet=1)
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = Path(tempfile.mkdtemp(prefix="leadjournal-bench-"))
    env.update(HOME=str(home), XDG_STATE_HOME=str(home / "state"))
    journal = home / "sample"
    # Write the sample journal once, so every timed start opens an existing journal.
    print("writing the sample journal…", file=sys.stderr, flush=True)
    subprocess.run(
        leadjournal_command("data", "--demo", "--data-dir", str(journal)),
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
        timeout=args.timeout,
    )
    variants = {
        "bare PySide6 window, 6 empty tabs": ([sys.executable, "-c", BARE_WINDOW], {}),
        "bare window + sqlalchemy.orm + one query": ([sys.executable, "-c", BARE_WITH_ORM], {}),
        "LeadJournal: window shown": (leadjournal_command("shown", "--data-dir", str(journal)), {}),
        "LeadJournal: first view filled with data": (
            leadjournal_command("data", "--data-dir", str(journal)),
            {},
        ),
    }
    if args.compare is not None:
        other = args.compare.resolve()
        # Its own sample journal, written by itself: an older checkout can't open (and
        # would wait in a dialog on) a journal a newer one wrote, and a newer one would
        # migrate an older journal on its first start, inside the timed runs.
        theirs = home / "sample-compared"
        print(f"writing the sample journal with {other}…", file=sys.stderr, flush=True)
        subprocess.run(
            leadjournal_command("data", "--demo", "--data-dir", str(theirs), checkout=other),
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
            timeout=args.timeout,
        )
        for stage, what in (("shown", "window shown"), ("data", "first view filled")):
            command = leadjournal_command(stage, "--data-dir", str(theirs), checkout=other)
            variants[f"{other.name}: {what}"] = (command, {})
    print(f"{args.runs} rounds of {len(variants)} starts each…", file=sys.stderr, flush=True)
    results = measure_interleaved(variants, args.runs, env, args.timeout)
    print(f"platform: {env['QT_QPA_PLATFORM']}, runs: {args.runs}")
    print(f"{'variant':<44} {'median':>8} {'p95':>8} {'CPU':>8} {'peak RSS':>9}")
    print(f"{'':<44} {'ms':>8} {'ms':>8} {'ms':>8} {'MiB':>9}")
    for name, samples in results.items():
        print(summarise(name, samples))
    for column, what in ((0, "wall"), (2, "CPU")):

        def median(name: str, column: int = column) -> float:
            return statistics.median(s[column] for s in results[name])

        bare = median("bare PySide6 window, 6 empty tabs")
        shown = median("LeadJournal: window shown")
        print(f"window shown / bare window ({what}): {shown / bare:.2f}x (target ≤ 1.3x)")
        if args.compare is not None:
            for stage, mine in (
                ("window shown", "LeadJournal: window shown"),
                ("first view filled", "LeadJournal: first view filled with data"),
            ):
                theirs = median(f"{args.compare.resolve().name}: {stage}")
                print(
                    f"  {stage}, this checkout / {args.compare.name} ({what}): "
                    f"{median(mine) / theirs:.2f}x"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
