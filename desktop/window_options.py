"""The window's command-line options, without Qt: `panel-review --help` prints them
(desktop/launcher.py) where PySide6 cannot even be imported, and the app parses them
(desktop/ui/app.py)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.core.template import LANGUAGES


def argument_parser() -> argparse.ArgumentParser:
    """The window's options (`panel-review --help` adds the commands: desktop/launcher.py)."""
    parser = argparse.ArgumentParser(prog="panel-review", description="Panel Review")
    parser.add_argument(
        "--demo", nargs="?", const="member", choices=("member", "coordinator"),
        help="open a throwaway demo profile: a member's (the default) or a coordinator's",
    )  # fmt: skip
    parser.add_argument("--profile", type=Path, help="folder of the profile to open")
    parser.add_argument("--language", choices=sorted(LANGUAGES), help="interface language")
    parser.add_argument(
        "file", nargs="?", type=Path, help="a pack, member card or review package to open after unlocking"
    )
    return parser
