"""`panel-review`: the command line dispatches before anything can import Qt.

`desktop.ui` adjusts the interpreter when it is imported (`ui/qt_runtime.py`) and
loads Qt, which a coordinator's script, a server without a screen or `inspect` on a
suspicious file must never need. So the first word decides: a command of the command
line (`desktop.cli`) runs without Qt; anything else starts the app.

`--selftest` never starts the app: it checks this build without a window
(`desktop/cli/selftest.py`), adding the one check that needs Qt, the Welsh translation,
from the interface layer. Its window check starts this program again as
`--window-probe` in a child process, which loads Qt's platform plugin and nothing more,
so a plugin that aborts takes down only the child (`desktop/services/window_system.py`).
"""

from __future__ import annotations

import sys

OPTIONS_WITH_VALUE = ("--profile", "--language")


def first_word(args: list[str]) -> str | None:
    """The first argument that is neither an option nor an option's value."""
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg in OPTIONS_WITH_VALUE:
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["--version"]:  # which build: for support, and for checking an install
        from desktop.services.about import identity_line

        print(identity_line())
        return 0
    if args[:1] == ["--window-probe"]:  # the self-test's child: only the window system
        from desktop.ui.window_probe import probe

        return probe()
    if "--selftest" in args:
        return selftest(args)
    from desktop.cli import COMMANDS

    command = first_word(args)
    if command in COMMANDS:
        from desktop.cli import run

        return run(args)
    if command is None and ("-h" in args or "--help" in args):
        return full_help()
    from desktop import installation

    installation.watch()  # before the interface loads: an upgrade while open is then noticed
    from desktop.ui.app import main as app_main

    return app_main(args)


def full_help() -> int:
    """`panel-review --help`: the window's options, then every command of the command line."""
    import argparse

    from desktop.cli import command_summary
    from desktop.window_options import argument_parser

    parser = argument_parser()
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = (
        f"{command_summary()}\n  {'--selftest':<22}check this installation without a window"
        f"\n  {'--selftest window':<22}check only that the window system starts"
        f"\n  {'--version':<22}which version and build this is"
    )
    parser.print_help()
    return 0


def selftest(args: list[str]) -> int:
    """Run the self-test; Qt is imported only when the translation check runs, last."""
    from pathlib import Path

    try:
        from desktop.cli.selftest import main as selftest_main
    except ImportError as exc:  # a system library missing (libsqlite3): say which, not a traceback
        return selftest_cannot_start(args, exc)

    def translations(work: Path) -> None:
        from desktop.ui.selftest_translations import check_translations

        check_translations(work)

    return selftest_main(args, [("translations", translations)])


def selftest_cannot_start(args: list[str], exc: ImportError) -> int:
    """The self-test's own modules need a library this computer lacks (a minimal system
    without SQLite, say). The checks that need none of them still run, the libraries
    check naming what is missing and the package to install; then the cause, and exit 1."""
    from desktop.services.selftest import CheckResult, describe, language_of, run_checks

    language = language_of(args)
    try:
        from desktop.services.about import identity_line

        print(identity_line(language), flush=True)
    except ImportError:
        pass  # the lines below say why
    for result in run_checks(only=("libraries", "window")):
        print(describe(result, language), flush=True)
    print(describe(CheckResult("start", False, f"{type(exc).__name__}: {exc}"), language), flush=True)
    return 1


if __name__ == "__main__":
    sys.exit(main())
