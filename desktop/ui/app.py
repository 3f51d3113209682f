"""Starting the app: `panel-review` (your profiles) or `panel-review --demo [coordinator]`
(a throwaway one).

With several profiles on the computer the first screen is the chooser; with one, its
unlock screen; with none, the set-up of the first. `--profile DIR` opens that folder only.

`panel-review cases.prpack` (as when a pack is double-clicked) opens the profile as
usual and, once it is unlocked, offers to import the pack; a `.prcard`, or a `.prreview`
or `.prreceipt`, goes to a coordinator's member check or inbox.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess  # loaded now: after an upgrade nothing more can be (start_again)
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop import paths
from desktop.services.profile_lock import ProfileFolderUnusable, ProfileInUse, lock_profile
from desktop.ui import i18n, settings, updated
from desktop.ui.dialogs import DialogService
from desktop.ui.focus_style import FOCUS_RINGS, FocusRingStyle
from desktop.ui.ops import gui_thread
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.profile_home import ProfileHome, unusable_folder_message, unusable_folder_title
from desktop.ui.text_size import apply_text_size, remembered_text_size
from desktop.ui.worker import wait_for_jobs
from desktop.window_options import argument_parser

PROFILE_IN_USE_EXIT = 3  # another copy has the profile open; nothing was opened here
PROFILE_UNUSABLE_EXIT = 4  # the profile folder cannot be made or written; said in a message
LISTEN_AFTER_MS = 200  # QtNetwork (about 5 ms) loads after the first screen is painted, not before
UNATTENDED_VARIABLES = ("PANEL_REVIEW_UNATTENDED", "PANEL_REVIEW_QUIT_WHEN_READY")
# How long a Python thread may hold the interpreter before another that waits gets it
# (Python's default is 5 ms). Every paint and event that Qt hands to Python code waits
# for it while a worker merges a round or lays out a report, so at 5 ms those waits
# added up to 100-400 ms without a frame; at 1 ms the window keeps painting and the
# work beside it takes a few per cent longer (docs/performance.md).
GUI_SWITCH_INTERVAL_S = 0.001


def unattended() -> bool:
    """True when nobody is at the screen (tests, benchmarks; see docs/decisions.md).

    Set PANEL_REVIEW_UNATTENDED (or PANEL_REVIEW_QUIT_WHEN_READY) and messages that would
    wait for a click on a modal box are printed to stderr instead, and the copy that
    holds a profile prints a line on stdout when it starts listening for later copies
    and each time one asks it to come forward.
    """
    return any(os.environ.get(name) for name in UNATTENDED_VARIABLES)


class PrintedMessages(DialogService):
    """Messages for an unattended run: printed, so no modal box waits for a click."""

    def error(self, parent: object, title: str, message: str) -> None:
        print(f"{title}: {message}", file=sys.stderr, flush=True)

    def info(self, parent: object, title: str, message: str) -> None:
        print(f"{title}: {message}", file=sys.stderr, flush=True)

    def confirm(self, parent: object, title: str, message: str, *, default_no: bool = False) -> bool:
        """Printed, and answered No: nobody is there to agree to anything."""
        print(f"{title}: {message}", file=sys.stderr, flush=True)
        return False


def parse_args(argv: list[str]) -> argparse.Namespace:
    return argument_parser().parse_args(argv)


def make_application(argv: list[str]) -> QApplication:
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    # Qt's own file dialogs everywhere, not the system's: they follow the interface
    # language (Welsh through qtbase_cy), which a system dialog would not.
    app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    if not app.property(FOCUS_RINGS):  # once: drop-downs show where the keyboard is
        app.setStyle(FocusRingStyle(app.style().name()))
        app.setProperty(FOCUS_RINGS, True)
    app.setApplicationName("Panel Review")
    app.setOrganizationName("PanelReview")
    apply_text_size(remembered_text_size())  # the member's text size, before the first screen
    gui_thread.watch()  # a service call that makes the window wait is logged by name
    return app


def refuse_profile_in_use(profile_dir: Path, file: Path | None = None) -> int:
    """A second copy on an open profile: hand over its file, or bring the first forward and say so; stop.

    A file the first copy took is the person's request met (exit 0, nothing said).
    """
    from desktop.ui.shell.single_instance import refuse_second_copy  # QtNetwork: only needed here

    dialogs = PrintedMessages() if unattended() else DialogService()
    if refuse_second_copy(profile_dir, dialogs, file.resolve() if file is not None else None):
        return 0
    return PROFILE_IN_USE_EXIT


def refuse_unusable_folder(folder: str, dialogs: DialogService) -> int:
    """A profile folder that cannot be written: a message window, instead of no window at all."""
    dialogs.error(None, unusable_folder_title(), unusable_folder_message(folder))
    return PROFILE_UNUSABLE_EXIT


def user_data() -> Path:
    """The folder of this person's profiles; one that cannot be made is an unusable folder."""
    try:
        return paths.user_data_dir()
    except OSError as exc:
        raise ProfileFolderUnusable(str(exc.filename or ""), exc.errno) from exc


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = make_application(sys.argv[:1])
    language = args.language or settings.read(settings.LANGUAGE)
    i18n.set_language(language if language in i18n.LANGUAGES else "en")
    dialogs = PrintedMessages() if unattended() else DialogService()
    demo_folder: Path | None = None
    profile_dir: Path | None = args.profile
    if args.demo:
        demo_folder = profile_dir = Path(tempfile.mkdtemp(prefix="panel-review-demo-"))
    # Before any screen: two copies on one profile must never both reach its unlock screen.
    # On the chooser nothing is held yet; the profile is taken when it is picked.
    try:
        if profile_dir is not None:
            home = ProfileHome(None, dialogs, lock=lock_profile(profile_dir), announce=unattended())
        else:
            home = ProfileHome(user_data(), dialogs, announce=unattended())
            profile_dir = home.start()
    except ProfileInUse as exc:
        return refuse_profile_in_use(Path(exc.args[0]), args.file)
    except ProfileFolderUnusable as exc:
        return refuse_unusable_folder(exc.profile_dir, dialogs)
    home.pending_file = args.file.resolve() if args.file is not None else None
    try:
        return run_window(app, home, profile_dir, demo=args.demo, file=args.file)
    finally:
        wait_for_jobs()
        held = home.held
        home.release()
        if demo_folder is not None:
            shutil.rmtree(demo_folder, ignore_errors=True)
        if updated.restart_wanted():  # the new version, now that this one let go of the profile
            start_again(args, None if demo_folder is not None else held)


def start_again(args: argparse.Namespace, profile_dir: Path | None) -> None:
    """Start the program now installed, as this copy was started (its file was already offered)."""
    program = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "desktop.ui.app"]
    options = [*(["--demo", args.demo] if args.demo else [])]
    options += [*(["--profile", str(profile_dir)] if profile_dir is not None else [])]
    options += [*(["--language", args.language] if args.language else [])]
    subprocess.Popen([*program, *options], start_new_session=True)


def run_window(
    app: QApplication, home: ProfileHome, profile_dir: Path | None, demo: str | None, file: Path | None = None
) -> int:
    """Show the main window on `profile_dir` (held by this process; None: the chooser) until it closes.

    `file`, a pack named on the command line, is offered for import after unlocking.
    Returns the app's exit code: PROFILE_IN_USE_EXIT if the profile picked in the chooser
    was open in another copy.
    """
    if demo:
        from desktop.services.demo import DEMO_PASSPHRASE, create_demo_profile
        from desktop.services.demo_coordinator import create_demo_coordinator
        from desktop.services.session import ProfileSession

        assert profile_dir is not None
        language = i18n.current_language()
        if demo == "coordinator":  # both quarters, so the trends have two rounds to compare
            db = create_demo_coordinator(profile_dir, language, earlier_quarter=True)
        else:
            db = create_demo_profile(profile_dir, language)
        session = ProfileSession(db)
        window = MainWindow(profile_dir, home.dialogs, demo_hint=DEMO_PASSPHRASE, session=session, home=home)
    else:
        window = MainWindow(profile_dir, home.dialogs, home=home)
    refused: list[bool] = []
    window.profileInUse.connect(lambda: refused.append(True))
    updated.start_noticing(window, window.dialogs)
    if file is not None:
        window.offer_file(file.resolve())
    window.show()
    if os.environ.get("PANEL_REVIEW_QUIT_WHEN_READY"):
        # For bench/startup.py and tests: say when the first screen is shown and idle, then leave.
        QTimer.singleShot(0, lambda: (print(f"ready {time.time():.6f}", flush=True), app.quit()))
    # QtNetwork (for the listener) loads after the first screen is painted, not before.
    QTimer.singleShot(LISTEN_AFTER_MS, lambda: home.listen(window))
    code = app.exec()
    return PROFILE_IN_USE_EXIT if refused else code


if __name__ == "__main__":
    sys.exit(main())
