"""The commissioner's briefing in docs/: its dialog and the letterhead dialog in both
languages, and its first page, Welsh first and side by side, as LibreOffice lays it out.

Run through `make_screenshots.py` (all screens) or `make_screenshots.py briefing` (these
alone). The coordinator's demo with both quarters, each text kept in the publication
review as a coordinator would after reading it, and the demo office's letterhead.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from desktop.reports.content import ReportOptions
from desktop.services import briefing, publication, rounds
from desktop.services.demo_coordinator import create_demo_coordinator
from desktop.services.session import ProfileSession
from desktop.storage.database import Database
from desktop.ui.shell.main_window import MainWindow

Shot = Callable[[QApplication, QWidget, str], None]


def _confirm_every_text(office: Database) -> list[int]:
    ids = [r.id for r in rounds.list_rounds(office)]
    for rid in ids:
        for block in publication.publication_review(office, rid).blocks:
            publication.confirm_block(office, rid, block.key, block.sha256, "kept", "")
    return ids


def briefing_screens(app: QApplication, root: Path, shot: Shot, settle: Callable[..., None]) -> None:
    office = create_demo_coordinator(root / "demo-briefing", earlier_quarter=True)
    ids = _confirm_every_text(office)
    window = MainWindow(root / "demo-briefing", session=ProfileSession(office))
    window.resize(1280, 800)
    window.show()
    settle(app)
    home = window.coordinator_home
    home.tabs.setCurrentWidget(home.report_page)
    settle(app)
    home.report_page.open_briefing()
    dialog = home.report_page.briefing_dialog
    assert dialog is not None
    settle(app)
    for _round_id, box in dialog.round_boxes:  # both quarters ticked
        box.setChecked(True)
    dialog.recipient.setPlainText("The Home Secretary\n2 Marsham Street\nLondon SW1P 4DF")
    shot(app, dialog, "dialog-briefing")
    dialog.edit_letterhead()
    settle(app)
    assert dialog.letterhead_dialog is not None
    shot(app, dialog.letterhead_dialog, "dialog-letterhead")
    dialog.letterhead_dialog.reject()
    dialog.reject()
    for layout in ("sequential", "side_by_side"):
        path = root / f"briefing-{layout}.docx"
        briefing.write_briefing(office, ids, path, ReportOptions("both", "publication", layout=layout),
                                "The Home Secretary\n2 Marsham Street\nLondon SW1P 4DF")  # fmt: skip
        name = "briefing-page" if layout == "sequential" else "briefing-side-by-side-page"
        _first_page(path, root, Path(__file__).resolve().parent / "samples" / name)
    window.close()


def _first_page(docx: Path, work: Path, target: Path) -> None:
    """The DOCX's first page, laid out by LibreOffice, as a PNG at `target`.png."""
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if office is None:
        raise SystemExit("LibreOffice is needed to lay the briefing out: install libreoffice-writer-nogui")
    subprocess.run([office, "--headless", f"-env:UserInstallation=file://{work / 'lo'}", "--convert-to",
                    "pdf", "--outdir", str(work), str(docx)], check=True, capture_output=True)  # fmt: skip
    pdf = work / f"{docx.stem}.pdf"
    page = ["pdftoppm", "-r", "70", "-png", "-singlefile", "-f", "1", "-l", "1"]
    subprocess.run([*page, str(pdf), str(target)], check=True)
