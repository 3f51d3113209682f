"""The frozen build's entry point: exactly what the `panel-review` console script runs."""

from __future__ import annotations

import sys

from desktop.launcher import main

if __name__ == "__main__":
    sys.exit(main())
