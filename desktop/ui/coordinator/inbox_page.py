"""Inbox: reviews members send back, judged file by file, and where the round stands."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QWidget

from desktop.services import review_packages
from desktop.services.review_packages import Fate, InboxImported
from desktop.services.session import ProfileSession
from desktop.ui.announce import announce
from desktop.ui.coordinator.page import CoordinatorPage, FileDrop, RoundChooser, label_button, plain_reason
from desktop.ui.coordinator.row_models import FateListModel, ProgressModel
from desktop.ui.coordinator.words import fate_label
from desktop.ui.dialogs import DialogService
from desktop.ui.i18n import current_language, tr
from desktop.ui.item_models import row_table
from desktop.ui.style import make_heading

REVIEW_SUFFIX = ".prreview"


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
        self.progress = ProgressModel(self)
        self.progress_table = row_table("progress_table", self.progress)
        _fit_columns(self.progress_table, stretch=0)
        top = QHBoxLayout()
        top.addWidget(self.import_button)
        top.addStretch(1)
        self.layout_.addLayout(top)
        self.layout_.addWidget(self.summary)
        self.layout_.addWidget(self.fate_table, 1)
        self.layout_.addWidget(self.progress_heading)
        self.layout_.addWidget(self.chooser)
        self.layout_.addWidget(self.progress_table, 1)
        self.last: InboxImported | None = None
        self.file_drop = FileDrop(self, (REVIEW_SUFFIX,), self.import_files)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(tr("Inbox"))
        self.intro.setText(tr(
            "Save the review files members email you, then import them here (or drop them on this "
            "page). Each file is checked: who signed it, that it is for this office and round, and "
            "that nothing was changed. A rejected file changes nothing."
        ))  # fmt: skip
        label_button(self.import_button, tr("Import revie&ws…"), tr("Import review files from members"))
        self.fate_table.setAccessibleName(tr("Imported files and what happened to each"))
        self.progress_heading.setText(tr("Round progress"))
        self.progress_table.setAccessibleName(tr("Round progress by member"))
        self._summarise()
        self.fates.retranslate()
        self.progress.retranslate()

    def show_round(self, round_id: int | None) -> None:
        self.round_id = round_id
        self.chooser.show_round(round_id)
        self.refresh()

    def refresh(self) -> None:
        rows = [] if self.round_id is None else self.session.run(review_packages.round_status, self.round_id)
        self.progress.set_rows(rows)

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, tr("Import reviews"), "", tr("Review files (*.prreview)")
        )
        if paths:
            self.import_files([Path(p) for p in paths])

    def import_files(self, paths: list[Path]) -> None:
        session, language = self.session, current_language()

        def work(progress, cancel) -> InboxImported:  # type: ignore[no-untyped-def]
            return session.run(
                review_packages.import_packages, paths, language=language, progress=progress, cancel=cancel
            )

        self.run_long(tr("Importing reviews"), work, self._imported, self._failed)

    def _imported(self, result: InboxImported) -> None:
        self.last = result
        self.fates.set_rows(list(result.fates))
        self.fate_table.resizeRowsToContents()
        self._summarise()
        self.refresh()
        announce(self.fate_table, self.summary.text())  # the results arrive while focus stays put

    def _failed(self, exc: Exception) -> None:
        message = tr("The reviews could not be imported: {reason}")
        self.dialogs.error(self, tr("Import reviews"), message.format(reason=plain_reason(exc)))

    def _summarise(self) -> None:
        if self.last is None:
            self.summary.setText(tr("No files imported yet in this session."))
        else:
            counts = ", ".join(
                f"{fate_label(fate)}: {self.last.count(fate)}" for fate in Fate if self.last.count(fate)
            )
            self.summary.setText(tr("{count} files checked. {counts}").format(
                count=len(self.last.fates), counts=counts))  # fmt: skip
        self.summary.setAccessibleName(self.summary.text())
