"""Starting the app: `panel-review` (your profile) or `panel-review --demo` (a throwaway one)."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop import paths
from desktop.ui import i18n, settings
from desktop.ui.main_window import MainWindow
from desktop.ui.style import STYLE_SHEET
from desktop.ui.worker import wait_for_jobs


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="panel-review", description="Panel Review")
    parser.add_argument("--demo", action="store_true", help="open a throwaway demo profile")
    parser.add_argument("--profile", type=Path, help="folder of the profile to open")
    parser.add_argument("--language", choices=sorted(i18n.LANGUAGES), help="interface language")
    return parser.parse_args(argv)


def make_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("Panel Review")
    app.setOrganizationName("PanelReview")
    app.setStyleSheet(STYLE_SHEET)
    return app


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = make_application(sys.argv[:1])
    language = args.language or settings.read(settings.LANGUAGE)
    i18n.set_language(language if language in i18n.LANGUAGES else "en")
    demo_folder: Path | None = None
    if args.demo:
        from desktop.services.demo import DEMO_PASSPHRASE, create_demo_profile

        demo_folder = Path(tempfile.mkdtemp(prefix="panel-review-demo-"))
        db = create_demo_profile(demo_folder, i18n.current_language())
        window = MainWindow(demo_folder, demo_hint=DEMO_PASSPHRASE, db=db)
    else:
        window = MainWindow(args.profile or paths.user_data_dir())
    window.show()
    if os.environ.get("PANEL_REVIEW_QUIT_WHEN_READY"):
        # For bench/startup.py and tests: say when the first screen is shown and idle, then leave.
        QTimer.singleShot(0, lambda: (print(f"ready {time.time():.6f}", flush=True), app.quit()))
    try:
        return app.exec()
    finally:
        wait_for_jobs()
        if demo_folder is not None:
            shutil.rmtree(demo_folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
