"""``python -m leadjournal`` does what the ``leadjournal`` command does."""

import sys

from leadjournal.cli import main

sys.exit(main())
