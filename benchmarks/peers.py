"""LeadJournal beside the apps people would use instead, measured side by side in one run.

    python -m benchmarks.peers [--runs 5] [--sizes 1000 20000] [--no-start-up]
                               (from the top of the repository)

* jrnl (PyPI ``jrnl``, in a virtual environment of its own so the project's packages are
  untouched: ``python3 -m venv /work/peers-venv && /work/peers-venv/bin/pip install jrnl``,
  or ``--jrnl PATH``): the same entries imported, searched and exported as JSON, against
  LeadJournal's ``import``, ``search`` and ``export --format json`` of them as lessons,
  and one entry added against ``capture lesson``.
* Zim (Debian package ``zim``): started on a notebook holding the same entries as
  journal pages, under Xvfb, beside LeadJournal started on its journal and a bare
  PySide6 window. "Mapped" is the X server's MapNotify of the first top-level window;
  "settled" is the moment the process last used CPU before 300 ms without any.

Every figure is a median of ``--runs`` runs, each variant once per round in a shuffled
order; the table gives LeadJournal / peer (below 1.00x LeadJournal is faster). A peer
that is not installed is named and skipped. Nothing here is needed by the tests or CI.
"""

from __future__ import annotations

import argparse
import compileall
import ctypes
import ctypes.util
import datetime as dt
import json
import os
import platform
import random
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from benchmarks.startup import BARE_WINDOW

REPOSITORY = Path(__file__).parents[1]
JRNL_VENV = Path("/work/peers-venv/bin/jrnl")
SEARCH_WORD = "retrospective"  # in every 97th entry
QUIET_S = 0.3  # "settled": no CPU used for this long
START_TIMEOUT_S = 30.0

WORDS = (
    "team rota release review plan budget hiring deadline customer meeting feedback "
    "priority handover incident roadmap estimate blocker standup demo coaching goal "
    "quarter ticket support escalation migration onboarding mentor workload sprint "
    "morale conflict decision delegation recognition training process quality risk "
    "schedule vendor contract outage backlog pairing testing deploy launch metric"
).split()
TAGS = ("people", "delivery", "hiring", "process", "quality", "growth")


@dataclass(frozen=True)
class Entry:
    day: dt.date
    title: str
    body: str
    tags: tuple[str, ...]


def corpus(size: int, seed: int = 2026) -> list[Entry]:
    """``size`` journal entries, one a day going back from 2026-11-27 (fixed seed)."""
    chooser = random.Random(seed)
    entries = []
    for n in range(size):
        day = dt.date(2026, 11, 27) - dt.timedelta(days=size - 1 - n)
        title = " ".join(chooser.choice(WORDS) for _ in range(5)).capitalize()
        sentences = [
            " ".join(chooser.choice(WORDS) for _ in range(chooser.randint(8, 16))).capitalize()
            + "."
            for _ in range(chooser.randint(2, 5))
        ]
        if n % 97 == 0:
            sentences.append(f"We held a {SEARCH_WORD} about it.")
        tags = tuple(sorted(set(chooser.sample(TAGS, chooser.randint(1, 2)))))
        entries.append(Entry(day, title, " ".join(sentences), tags))
    return entries


# --- the three ways of writing the same entries --------------------------------------------------


def leadjournal_export_file(entries: list[Entry], skeleton: dict[str, object], path: Path) -> None:
    """A LeadJournal JSON export holding ``entries`` as lessons, on an empty journal's
    export (``skeleton``), so it is whatever format this checkout writes."""
    from leadjournal.db import schema
    from leadjournal.db.models import Base

    lesson = next(t for t in schema.from_metadata(Base.metadata) if t.name == "lesson")
    blank: dict[str, object] = {}
    for column in lesson.columns:
        blank[column.name] = (
            "" if column.kind == schema.TEXT else (False if column.kind == schema.BOOLEAN else None)
        )
    rows = [
        {
            **blank,
            "id": n,
            "learned_on": entry.day.isoformat(),
            "title": entry.title,
            "what_happened": entry.body,
            "tags": ", ".join(entry.tags),
        }
        for n, entry in enumerate(entries, start=1)
    ]
    document = json.loads(json.dumps(skeleton))
    document["tables"]["lesson"] = rows
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")


def jrnl_import_file(entries: list[Entry], path: Path) -> None:
    """The same entries in jrnl's plain-text format (its tags are @words in the text)."""
    with path.open("w", encoding="utf-8") as stream:
        for entry in entries:
            tags = " ".join(f"@{tag}" for tag in entry.tags)
            stream.write(f"[{entry.day.isoformat()} 09:00] {entry.title}.\n{entry.body} {tags}\n\n")


def zim_notebook(entries: list[Entry], folder: Path) -> None:
    """A Zim notebook whose journal pages (one a day) hold the same entries."""
    folder.mkdir(parents=True)
    (folder / "notebook.zim").write_text(
        "[Notebook]\nversion=0.4\nname=Bench\ninterwiki=\nhome=Home\nicon=\n"
        "document_root=\nshared=True\nendofline=unix\ndisable_trash=False\nprofile=\n",
        encoding="utf-8",
    )
    header = "Content-Type: text/x-zim-wiki\nWiki-Format: zim 0.6\n"
    (folder / "Home.txt").write_text(header + "\n====== Home ======\n", encoding="utf-8")
    for entry in entries:
        page = folder / "Journal" / f"{entry.day:%Y}" / f"{entry.day:%m}" / f"{entry.day:%d}.txt"
        page.parent.mkdir(parents=True, exist_ok=True)
        tags = " ".join(f"@{tag}" for tag in entry.tags)
        page.write_text(
            f"{header}Creation-Date: {entry.day.isoformat()}T09:00:00+00:00\n\n"
            f"====== {entry.title} ======\n{entry.body}\n{tags}\n",
            encoding="utf-8",
        )


def jrnl_config(journal: Path, path: Path, version: str) -> None:
    path.write_text(
        "colors: {body: none, date: none, tags: none, title: none}\n"
        "default_hour: 9\ndefault_minute: 0\neditor: ''\nencrypt: false\nhighlight: false\n"
        "indent_character: '|'\n"
        f"journals:\n  default:\n    journal: {journal}\n"
        "linewrap: 79\ntagsymbols: '#@'\ntemplate: false\ntimeformat: '%Y-%m-%d %H:%M'\n"
        f"version: {version}\n",
        encoding="utf-8",
    )


# --- timing commands ------------------------------------------------------------------------------


def timed(command: list[str], env: dict[str, str], stdin: str | None = None) -> float:
    """Wall seconds of one command, which must succeed."""
    started = time.perf_counter()
    result = subprocess.run(
        command,
        env=env,
        input=stdin,
        stdin=subprocess.DEVNULL if stdin is None else None,
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"{command[:4]} failed: {result.stderr.strip()[-400:]}")
    return elapsed


Prepare = Callable[[], None]


def interleaved(
    variants: dict[str, tuple[Prepare, list[str]]], runs: int, env: dict[str, str]
) -> dict[str, float]:
    """The median wall time of each variant; each runs once per round, shuffled."""
    shuffler = random.Random(2026)
    samples: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(runs):
        names = list(variants)
        shuffler.shuffle(names)
        for name in names:
            prepare, command = variants[name]
            prepare()
            samples[name].append(timed(command, env))
    return {name: statistics.median(values) for name, values in samples.items()}


def leadjournal(*args: str) -> list[str]:
    return [sys.executable, "-m", "leadjournal", *args]


def commands_side_by_side(
    size: int, jrnl: Path | None, runs: int, work: Path, env: dict[str, str]
) -> list[tuple[str, float, float | None]]:
    """(what, LeadJournal seconds, jrnl seconds or None) for ``size`` entries."""
    from leadjournal.db.engine import open_journal

    entries = corpus(size)
    empty = work / f"empty-{size}"
    open_journal(empty / "journal.sqlite", empty / "backups").dispose()
    skeleton_file = work / f"skeleton-{size}.json"
    timed(
        leadjournal(
            "export", "--format", "json", "--output", str(skeleton_file), "--data-dir", str(empty)
        ),
        env,
    )
    export_file = work / f"lessons-{size}.json"
    leadjournal_export_file(entries, json.loads(skeleton_file.read_text()), export_file)
    target = work / f"lj-{size}"

    def fresh_leadjournal() -> None:
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(empty, target)

    # One journal that holds the entries, for search, export and capture.
    full = work / f"lj-full-{size}"
    shutil.copytree(empty, full)
    timed(leadjournal("import", str(export_file), "--data-dir", str(full)), env)
    lj_out = work / f"lj-out-{size}.json"
    variants: dict[str, tuple[Prepare, list[str]]] = {
        "lj import": (
            fresh_leadjournal,
            leadjournal("import", str(export_file), "--data-dir", str(target)),
        ),
        "lj search": (lambda: None, leadjournal("search", SEARCH_WORD, "--data-dir", str(full))),
        "lj export": (
            lambda: None,
            leadjournal(
                "export",
                "--format",
                "json",
                "--force",
                "--output",
                str(lj_out),
                "--data-dir",
                str(full),
            ),
        ),
        "lj add": (
            lambda: None,
            leadjournal(
                "capture", "lesson", "One more thing learned today", "--data-dir", str(full)
            ),
        ),
    }
    if jrnl is not None:
        version = subprocess.run([str(jrnl), "--version"], capture_output=True, text=True, env=env)
        first_line = (version.stdout.strip().splitlines() or ["jrnl v4.0"])[0]
        number = first_line.split()[-1]
        text_file = work / f"entries-{size}.txt"
        jrnl_import_file(entries, text_file)
        scratch, whole = work / f"jrnl-{size}.txt", work / f"jrnl-full-{size}.txt"
        scratch_config, whole_config = work / f"jrnl-{size}.yaml", work / f"jrnl-full-{size}.yaml"
        jrnl_config(scratch, scratch_config, f"v{number.lstrip('v')}")
        jrnl_config(whole, whole_config, f"v{number.lstrip('v')}")
        whole.write_text("", encoding="utf-8")
        timed(
            [str(jrnl), "--config-file", str(whole_config), "--import", "--file", str(text_file)],
            env,
        )
        jrnl_out = work / f"jrnl-out-{size}.json"
        scratch.write_text("", encoding="utf-8")  # jrnl brings its configuration up to date
        timed([str(jrnl), "--config-file", str(scratch_config), "-n", "1"], env)

        def fresh_jrnl() -> None:
            scratch.write_text("", encoding="utf-8")

        variants.update(
            {
                "jrnl import": (
                    fresh_jrnl,
                    [
                        str(jrnl),
                        "--config-file",
                        str(scratch_config),
                        "--import",
                        "--file",
                        str(text_file),
                    ],
                ),
                "jrnl search": (
                    lambda: None,
                    [
                        str(jrnl),
                        "--config-file",
                        str(whole_config),
                        "-contains",
                        SEARCH_WORD,
                        "-n",
                        "20",
                    ],
                ),
                "jrnl export": (
                    lambda: None,
                    [
                        str(jrnl),
                        "--config-file",
                        str(whole_config),
                        "--format",
                        "json",
                        "--file",
                        str(jrnl_out),
                    ],
                ),
                "jrnl add": (
                    lambda: None,
                    [
                        str(jrnl),
                        "--config-file",
                        str(whole_config),
                        "One more thing learned today.",
                    ],
                ),
            }
        )
    medians = interleaved(variants, runs, env)
    rows = []
    for what, key in (
        ("import", "import"),
        ("search (20 hits)", "search"),
        ("export, JSON", "export"),
        ("add one entry (capture lesson)", "add"),
    ):
        rows.append((f"{what}, {size:,} entries", medians[f"lj {key}"], medians.get(f"jrnl {key}")))
    return rows


# --- start-up under Xvfb, timed from X events ----------------------------------------------------

_MAP_NOTIFY = 19
_SUBSTRUCTURE_NOTIFY = 1 << 19


class _MapEvent(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("event", ctypes.c_ulong),
        ("window", ctypes.c_ulong),
        ("override_redirect", ctypes.c_int),
    ]


class _Event(ctypes.Union):
    _fields_ = [("type", ctypes.c_int), ("map", _MapEvent), ("pad", ctypes.c_long * 24)]


class MapWatcher:
    """Hears every top-level window the X server maps (libX11 through ctypes)."""

    def __init__(self, display: str) -> None:
        name = ctypes.util.find_library("X11")
        if name is None:
            raise OSError("libX11 is not installed")
        self._x = x = ctypes.cdll.LoadLibrary(name)
        x.XOpenDisplay.restype = ctypes.c_void_p
        x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x.XDefaultRootWindow.restype = ctypes.c_ulong
        x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
        x.XPending.argtypes = [ctypes.c_void_p]
        x.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.POINTER(_Event)]
        x.XConnectionNumber.argtypes = [ctypes.c_void_p]
        x.XFlush.argtypes = [ctypes.c_void_p]
        self._display = x.XOpenDisplay(display.encode())
        if not self._display:
            raise OSError(f"cannot open X display {display}")
        x.XSelectInput(self._display, x.XDefaultRootWindow(self._display), _SUBSTRUCTURE_NOTIFY)
        x.XFlush(self._display)
        self._fd = x.XConnectionNumber(self._display)

    def drain(self) -> None:
        while self.next_map(0.0) is not None:
            pass

    def next_map(self, timeout_s: float) -> float | None:
        """perf_counter() at the next map of a top-level window; None after ``timeout_s``."""
        deadline = time.perf_counter() + timeout_s
        event = _Event()
        while True:
            while self._x.XPending(self._display):
                self._x.XNextEvent(self._display, ctypes.byref(event))
                if event.type == _MAP_NOTIFY and not event.map.override_redirect:
                    return time.perf_counter()
            left = deadline - time.perf_counter()
            if left <= 0:
                return None
            select.select([self._fd], [], [], left)


def cpu_ticks(pid: int) -> int:
    """User + system CPU ticks of process ``pid`` so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def start_once(command: list[str], env: dict[str, str], watcher: MapWatcher) -> tuple[float, float]:
    """Seconds from the start of ``command`` until its window is mapped, and until it
    settled (no CPU for QUIET_S); the process is then ended."""
    watcher.drain()
    started = time.perf_counter()
    child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        mapped = watcher.next_map(START_TIMEOUT_S)
        if mapped is None:
            raise SystemExit(f"{command[:3]} mapped no window in {START_TIMEOUT_S:.0f} s")
        last_change, ticks = time.perf_counter(), cpu_ticks(child.pid)
        while time.perf_counter() - last_change < QUIET_S:
            time.sleep(0.02)
            now_ticks = cpu_ticks(child.pid)
            if now_ticks != ticks:
                last_change, ticks = time.perf_counter(), now_ticks
            if time.perf_counter() - started > START_TIMEOUT_S:
                break
        return mapped - started, last_change - started
    finally:
        child.send_signal(signal.SIGTERM)
        try:
            child.wait(10)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()


def start_up_side_by_side(
    zim: str | None, runs: int, work: Path, env: dict[str, str], size: int
) -> dict[str, tuple[float, float]] | None:
    """Median (mapped, settled) seconds per app under a private Xvfb; None without Xvfb."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        print("Xvfb is not installed: start-up side by side skipped.")
        return None
    display = ":97"
    server = subprocess.Popen(
        [xvfb, display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        watcher = None
        for _ in range(100):
            try:
                watcher = MapWatcher(display)
                break
            except OSError:
                time.sleep(0.05)
        if watcher is None:
            print("Xvfb did not start: start-up side by side skipped.")
            return None
        xenv = {
            **env,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "LEADJOURNAL_SKIP_WELCOME": "1",
        }
        journal = work / f"lj-full-{size}"
        bare = BARE_WINDOW.replace("QTimer.singleShot(0, app.quit)", "pass")
        variants: dict[str, list[str]] = {
            "bare PySide6 window": [sys.executable, "-c", bare],
            "LeadJournal": leadjournal("--data-dir", str(journal)),
        }
        if zim is not None:
            notebook = work / f"zim-{size}"
            if not notebook.exists():
                zim_notebook(corpus(size), notebook)
            variants["Zim"] = [zim, "--standalone", str(notebook)]
        for command in variants.values():  # warm: indexes, backups of the day, caches
            start_once(command, xenv, watcher)
        shuffler = random.Random(2026)
        samples: dict[str, list[tuple[float, float]]] = {name: [] for name in variants}
        for _ in range(runs):
            names = list(variants)
            shuffler.shuffle(names)
            for name in names:
                samples[name].append(start_once(variants[name], xenv, watcher))
        return {
            name: (statistics.median(s[0] for s in values), statistics.median(s[1] for s in values))
            for name, values in samples.items()
        }
    finally:
        server.terminate()
        server.wait()


# --- the table -----------------------------------------------------------------------------------


def machine() -> str:
    model = ""
    with Path("/proc/cpuinfo").open(encoding="utf-8") as info:
        for line in info:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    load = os.getloadavg()[0]
    return (
        f"{dt.date.today().isoformat()}, {os.cpu_count()} cores ({model or platform.machine()}), "
        f"{platform.system()} {platform.release()}, Python {platform.python_version()}, "
        f"load average {load:.1f} at the start"
    )


def ratio(mine: float, theirs: float | None) -> str:
    return f"{mine / theirs:.2f}x" if theirs else "—"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 20000])
    parser.add_argument("--jrnl", type=Path, default=None, help="the jrnl to compare with")
    parser.add_argument("--zim", default=None, help="the zim to compare with")
    parser.add_argument("--no-start-up", action="store_true", help="commands only")
    args = parser.parse_args()
    compileall.compile_dir(str(REPOSITORY / "leadjournal"), quiet=1)
    jrnl = args.jrnl or (JRNL_VENV if JRNL_VENV.exists() else None)
    if jrnl is None and shutil.which("jrnl"):
        jrnl = Path(str(shutil.which("jrnl")))
    if jrnl is not None and not jrnl.exists():
        jrnl = None
    zim = args.zim or shutil.which("zim")
    if zim is not None and shutil.which(zim) is None:
        zim = None
    if jrnl is None:
        print(
            "jrnl is not installed (pip install jrnl, in a virtual environment of its own): "
            "skipped."
        )
    if zim is None:
        print("Zim is not installed (apt-get install zim): skipped.")
    work = Path(tempfile.mkdtemp(prefix="leadjournal-peers-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("LEADJOURNAL_")}
    env.update(
        HOME=str(work / "home"),
        XDG_CONFIG_HOME=str(work / "home" / "config"),
        XDG_DATA_HOME=str(work / "home" / "data"),
        XDG_CACHE_HOME=str(work / "home" / "cache"),
        XDG_STATE_HOME=str(work / "home" / "state"),
        QT_QPA_PLATFORM="offscreen",
        NO_COLOR="1",
        PYTHONPATH=str(REPOSITORY),
    )
    (work / "home").mkdir()
    try:
        rows: list[tuple[str, float, float | None]] = []
        for size in args.sizes:
            rows += commands_side_by_side(size, jrnl, args.runs, work, env)
        starts = None
        if not args.no_start_up:
            starts = start_up_side_by_side(zim, args.runs, work, env, min(args.sizes))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"\nLeadJournal and its peers, {machine()}; medians of {args.runs} runs")
    print(f"{'what':<46} {'LeadJournal':>12} {'jrnl':>10} {'LJ / jrnl':>10}")
    for what, mine, theirs in rows:
        shown = f"{theirs:.2f} s" if theirs is not None else "—"
        print(f"{what:<46} {mine:10.2f} s {shown:>10} {ratio(mine, theirs):>10}")
    if starts is not None:
        bare = starts["bare PySide6 window"]
        print(f"\nStart-up under Xvfb, {min(args.sizes):,} entries (mapped / settled)")
        print(f"{'app':<22} {'mapped':>9} {'settled':>9} {'mapped / bare':>14} {'LJ / it':>9}")
        lead = starts["LeadJournal"]
        for name, (mapped, settled) in starts.items():
            print(
                f"{name:<22} {mapped * 1000:7.0f} ms {settled * 1000:7.0f} ms "
                f"{mapped / bare[0]:13.2f}x {lead[1] / settled:8.2f}x"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
