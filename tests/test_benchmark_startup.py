"""The start-up benchmark never hangs: a start that reports nothing is stopped and named."""

from __future__ import annotations

import os
import sys
import time

import pytest

from benchmarks import startup


def test_a_start_that_reports_nothing_is_stopped_and_named() -> None:
    began = time.perf_counter()
    with pytest.raises(SystemExit, match="reported nothing within 1 s and was stopped"):
        startup.run_once(
            [sys.executable, "-c", "import time; time.sleep(60)"], dict(os.environ), timeout=1
        )
    assert time.perf_counter() - began < 30


def test_a_start_that_reports_is_timed() -> None:
    elapsed, rss, cpu = startup.run_once(
        [sys.executable, "-c", "print('bench: shown 0.25', flush=True)"], dict(os.environ)
    )
    assert 0 < elapsed < 30 and rss > 0 and cpu == 0.25
