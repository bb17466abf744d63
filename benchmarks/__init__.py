"""LeadJournal's benchmarks: kept outside the ``leadjournal`` package, so the app that
ships (the wheel, the PyInstaller bundle) carries none of this.

Run them from the top of the repository (see docs/performance.md):

    python -m benchmarks generate --years 10 --data-dir DIR   # a ten-year journal
    python -m benchmarks crash --runs 20                       # SIGKILL, count losses
    python -m benchmarks.all [--runs 5]                        # the whole table
    python -m benchmarks.startup | .search | .person | .weeks  # one figure each
"""
