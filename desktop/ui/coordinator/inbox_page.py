"""Inbox: reviews members send back, judged file by file, and where the round stands.

The import is the plain state machine `services.inbox_flow`: this page forwards the
clicks, drops and the operation's outcome to it and shows each state it enters. The
round's progress is read off the GUI thread: once when the round is chosen, once after
an import that accepted a package (the flow says when), and after a change made
elsewhere that it shows (assignments); the announcement of its own import is skipped,
since the page has read the progress already.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QWidget

from desktop.services.inbox_flow import INBOX_SUFFIXES, InboxImport, InboxState, Step
from desktop.services.operations import Changes
from desktop.services.review_packages import InboxImported, MemberProgress
from desktop.services.session import ProfileSession
from desktop.ui.announce import announce
from desktop.ui.coordinator.latest_read import LatestRead, weakly
from desktop.ui.coordinator.page import (
    CoordinatorPage,
    FileDrop,
    RoundChooser,
    button_row,
    label_button,
    plain_reason,
)
from desktop.ui.coordinator.pending_changes import PendingChanges
from desktop.ui.coordinator.row_models import FateListModel, ProgressModel
from desktop.ui.coordinator.words import fate_label
from desktop.ui.dialogs import DialogService
from desktop.ui.i18n import current_language, tr
from desktop.ui.item_models import row_table
from desktop.ui.ops import Op
from desktop.ui.ops import inbox as inbox_ops
from desktop.ui.style import make_heading


def _fit_columns(table: QTableView, stretch: int) -> None:
    """Every column as wide as its words (headers included), one taking the room that is left."""
    header = table.horizontalHeader()
    for column in range(table.model().columnCount()):
        modes = QHeaderView.ResizeMode
        mode = modes.Stretch if column == stretch else modes.ResizeToContents
        header.setSectionResizeMode(column, mode)


class InboxPage(CoordinatorPage):
    def __init__(
        self, session: ProfileSession, dialogs: DialogService, parent: QWidget | None = None
    ) -> None:
        super().__init__("inbox_page", session, dialogs, parent)
        self.round_id: int | None = None
        self.import_button = QPushButton()
        self.import_button.setObjectName("import_reviews")
        self.import_button.clicked.connect(self.choose_files)
        self.summary = QLabel()
        self.summary.setObjectName("inbox_summary")
        self.summary.setWordWrap(True)
        self.fates = FateListModel(self)
        self.fate_table = row_table("fate_table", self.fates)
        self.fate_table.setWordWrap(True)  # the reason is a sentence; file names stay on one line
        _fit_columns(self.fate_table, stretch=4)
        self.progress_heading = QLabel()
        self.progress_heading.setObjectName("section_heading")
        make_heading(self.progress_heading, 1.15)
        self.chooser = RoundChooser()
        self.retention_button = QPushButton()
        self.retention_button.setObjectName("retention_report")
        self.retention_button.clicked.connect(self.write_retention_report)
        self.progress = ProgressModel(self)
        self.progress_table = row_table("progress_table", self.progress)
        # the last column takes the room left: a member's name is never cut to "Aled J…"
        _fit_columns(self.progress_table, stretch=self.progress.columnCount() - 1)
        top = QHBoxLayout()
        top.addWidget(self.import_button)
        top.addStretch(1)
        self.layout_.addLayout(top)
        self.layout_.addWidget(self.summary)
        self.layout_.addWidget(self.fate_table, 1)
        self.pending = PendingChanges(session, self)
        self.pending.allDecided.connect(self._to_progress)
        self.layout_.addWidget(self.pending, 1)
        self.layout_.addWidget(self.progress_heading)
        self.layout_.addWidget(self.chooser)
        self.layout_.addWidget(self.progress_table, 1)
        self.layout_.addLayout(button_row(self.retention_button))
        self._importing: tuple[Path, ...] | None = None  # the files the running op judges
        self.flow = InboxImport(weakly(self._entered))
        self.status: LatestRead[list[MemberProgress]] = LatestRead(self._read, self._show_status)
        self.file_drop = FileDrop(self, INBOX_SUFFIXES, self.import_files)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(tr("Inbox"))
        self.intro.setText(tr(
            "Save the review files and erasure receipts members email you, then import them here (or "
            "drop them on this page). Each file is checked: who signed it, that it is for this office "
            "and round, and that nothing was changed. A rejected file changes nothing."
        ))  # fmt: skip
        label_button(self.import_button, tr("Import revie&ws…"), tr("Import review files from members"))
        self.fate_table.setAccessibleName(tr("Imported files and what happened to each"))
        self.progress_heading.setText(tr("Round progress"))
        self.progress_table.setAccessibleName(tr("Round progress by member"))
        label_button(
            self.retention_button, tr("Re&tention report…"),
            tr("When each member's copy of this round's case material was erased, for data protection"),
        )  # fmt: skip
        self._summarise()
        self.pending.retranslate()
        self.fates.retranslate()
        self.progress.retranslate()

    def show_round(self, round_id: int | None) -> None:
        self.chooser.show_round(round_id)
        if round_id != self.round_id:
            self.round_id = round_id
            self.refresh()
            self.pending.show_round(round_id)

    def refresh(self) -> None:
        self.status.request()

    def on_changes(self, changes: Changes, origin: object | None) -> None:
        if (changes.packages or changes.assignments) and origin is not self:
            self.refresh()
        self.pending.on_changes(changes, origin)

    def _read(self) -> Op[list[MemberProgress]] | None:
        return None if self.round_id is None else inbox_ops.round_status(self.session, self.round_id)

    def _show_status(self, rows: list[MemberProgress] | None) -> None:
        self.progress.set_rows(rows or [])

    def _to_progress(self) -> None:
        """The last waiting revision decided: the round's progress shows what was taken."""
        self.progress_table.setFocus(Qt.FocusReason.OtherFocusReason)

    def write_retention_report(self) -> None:
        from desktop.ui.coordinator.retention_report import write_retention_report

        if self.round_id is not None:
            write_retention_report(self, self.session, self.dialogs, self.round_id)

    # the import: events go to the flow -----------------------------------------
    def choose_files(self) -> None:
        if not self.flow.choose():
            return
        paths = self.dialogs.open_files(
            self,
            tr("Import reviews"),
            tr("Review files and erasure receipts (*.prreview *.prreceipt)"),
            "review_package",
        )
        self.flow.chosen([Path(p) for p in paths])

    def import_files(self, paths: list[Path]) -> None:
        """Files dropped on the page or opened from the desktop (judged after any import running)."""
        self.flow.chosen(paths)

    # ...and its states are shown ------------------------------------------------
    def _entered(self, state: InboxState) -> None:
        if state.step is Step.IMPORTING and self._importing is None:
            self._start(state)
        elif state.step is Step.DONE:
            self._show_fates(state)
        elif state.step is Step.FAILED and state.error is not None:
            message = tr("The reviews could not be imported: {reason}")
            self.dialogs.error(self, tr("Import reviews"), message.format(reason=plain_reason(state.error)))
        elif state.step is Step.CANCELLED:
            self.dialogs.info(self, tr("Importing reviews"), tr("Cancelled: nothing was kept."))

    def _start(self, state: InboxState) -> None:
        self._importing = state.importing
        op = inbox_ops.import_reviews(self.session, state.importing, current_language())
        op.with_progress(tr("Importing reviews"), self.window()).success(self._judged).failure(
            self._stopped
        ).cancelled(self._cancelled).run(origin=self)

    def _judged(self, result: InboxImported) -> None:
        self._importing = None
        self.flow.finished(result)

    def _stopped(self, exc: Exception) -> None:
        self._importing = None
        self.flow.failed(exc)

    def _cancelled(self) -> None:
        self._importing = None
        self.flow.cancelled()

    def _show_fates(self, state: InboxState) -> None:
        self.fates.set_rows(list(state.shown.fates) if state.shown else [])
        self.fate_table.resizeRowsToContents()
        self._summarise()
        if state.reread_progress:
            self.refresh()
        self.pending.refresh()  # a revision that differs waits there
        announce(self.fate_table, self.summary.text())  # the results arrive while focus stays put

    def _summarise(self) -> None:
        state = self.flow.state
        if state.shown is None:
            self.summary.setText(tr("No files imported yet in this session."))
        else:
            counts = ", ".join(f"{fate_label(fate)}: {count}" for fate, count in state.counts())
            self.summary.setText(tr("{count} files checked. {counts}").format(
                count=len(state.shown.fates), counts=counts))  # fmt: skip
        self.summary.setAccessibleName(self.summary.text())
