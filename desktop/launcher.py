"""`panel-review`: the command line dispatches before anything can import Qt.

`desktop.ui` adjusts the interpreter when it is imported (`ui/qt_runtime.py`) and
loads Qt, which a coordinator's script, a server without a screen or `inspect` on a
suspicious file must never need. So the first word decides: a command of the command
line (`desktop.cli`) runs without Qt; anything else starts the app.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    from desktop.cli import COMMANDS

    if args and args[0] in COMMANDS:
        from desktop.cli import run

        return run(args)
    from desktop.ui.app import main as app_main

    return app_main(args)


if __name__ == "__main__":
    sys.exit(main())
