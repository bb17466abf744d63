"""Entry point of the PyInstaller bundle: the same as ``python -m leadjournal``."""

import sys

from leadjournal.cli import main

if __name__ == "__main__":
    sys.exit(main())
