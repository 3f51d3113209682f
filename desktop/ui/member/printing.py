""" "Print my review" from the window: which cases, where, read and render off the GUI thread, then open it.

The PDF is the print: the member's PDF reader prints it on any printer, and "Open it"
hands it straight there.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from desktop.reports.review_pdf import ReviewLabels, ReviewPrintout
from desktop.services.rows import CaseRow
from desktop.services.session import ProfileSession
from desktop.ui.dialogs import DialogService
from desktop.ui.i18n import current_language, tr
from desktop.ui.labels import case_description, status_label
from desktop.ui.ops import review as review_ops

if TYPE_CHECKING:
    from desktop.ui.shell.main_window import MainWindow


def print_open_round(window: MainWindow) -> None:
    """File → Print my review: the round open in the workspace, with its last keystrokes saved."""
    workspace, session = window.workspace, window.session
    if session is not None and workspace is not None and workspace.round_id is not None:
        workspace.flush()
        print_round(window, session, workspace.round_id, window.dialogs)


def print_round(parent: QWidget, session: ProfileSession, round_id: int, dialogs: DialogService) -> None:
    """Ask how many cases were started, then which to print and where; each read off the GUI thread."""
    review_ops.started_count(session, round_id).success(
        lambda counts: _choose(parent, session, round_id, dialogs, *counts)
    ).run(origin=parent)


def _choose(
    parent: QWidget, session: ProfileSession, round_id: int, dialogs: DialogService, started: int, total: int
) -> None:
    started_only = 0 < started < total and dialogs.confirm(parent, tr("Print my review"), tr(
        "Print only the {started} cases you have started? Choose No to print all {total} cases of the round."
    ).format(started=started, total=total))  # fmt: skip
    suggested = tr("my-review") + ".pdf"
    target = dialogs.save_file(
        parent, tr("Print my review"), suggested, tr("PDF files (*.pdf)"), kind="print"
    )
    if not target or not session.is_open:
        return
    path = Path(target if target.lower().endswith(".pdf") else target + ".pdf")
    labels = translated_labels()
    title = tr("Print my review")

    def done(written: Path) -> None:
        if dialogs.confirm(parent, title, tr(
            "Your review was saved as {path}. Open it now, to read or print it?"
        ).format(path=written)):  # fmt: skip
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))

    def failed(exc: Exception) -> None:
        dialogs.error(parent, title, tr("The PDF could not be saved: {error}").format(error=exc))

    def render(printout: ReviewPrintout) -> None:
        review_ops.write_printout(printout, labels, path).success(done).failure(failed).run(origin=parent)

    review_ops.printout(session, round_id, current_language(), _describe, started_only=started_only).success(
        render
    ).failure(failed).run(origin=parent)


def _describe(case: CaseRow) -> tuple[str, str]:
    """A case's type and status in words (the printout's layer has no Qt to translate)."""
    return case_description(case.case_type, case.strands), status_label(case.status)


def translated_labels() -> ReviewLabels:
    """The PDF's fixed texts in the interface language (the report layer has no Qt)."""
    return ReviewLabels(
        title=tr("My review"), round=tr("Round"), reviewer=tr("Reviewer"), due=tr("Due"),
        printed=tr("Printed"), summary=tr("Cases in this round"), case=tr("Case"),
        description=tr("Type and strand"), status=tr("Status"), answered=tr("Answered"),
        question=tr("Question"), answer=tr("Answer"), note=tr("Note"), hours=tr("hours"),
        not_answered=tr("Not answered"), deferred_because=tr("Deferred because"),
        page=tr("Page {page} of {pages}"),
        confidential=tr("Confidential – contains case information. Do not leave unattended."),
        case_summary=tr("Case summary"), points=tr("Points I flagged for the meeting"),
        no_points=tr("Nothing flagged: no answer in this case calls for attention."),
        legend=tr("■ marks an answer that usually calls for attention (No, Partly, Unclear and the like)."),
        skipped=tr("Not shown, because earlier answers meant they did not apply: questions {numbers}."),
        note_above=tr("See the points flagged above."),
    )  # fmt: skip
