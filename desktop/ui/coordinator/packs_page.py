"""Send packs: one encrypted pack per member for the chosen round, then say where they are."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QWidget

from desktop.services.assignment_packs import PacksExported
from desktop.services.session import ProfileSession
from desktop.ui.announce import announce
from desktop.ui.coordinator.page import CoordinatorPage, RoundChooser, label_button, plain_reason
from desktop.ui.coordinator.row_models import PackListModel
from desktop.ui.dialogs import DialogService
from desktop.ui.i18n import tr
from desktop.ui.item_models import row_table
from desktop.ui.ops import rounds as rounds_ops


class PacksPage(CoordinatorPage):
    def __init__(
        self, session: ProfileSession, dialogs: DialogService, parent: QWidget | None = None
    ) -> None:
        super().__init__("packs_page", session, dialogs, parent)
        self.round_id: int | None = None
        self.folder: Path | None = None
        self.result: PacksExported | None = None
        self.chooser = RoundChooser()
        self.export_button = QPushButton()
        self.export_button.setObjectName("export_packs")
        self.export_button.clicked.connect(self.choose_folder)
        self.model = PackListModel(self)
        self.table = row_table("pack_table", self.model)
        for column in range(self.model.columnCount()):  # whom each file is for is never cut short
            mode = QHeaderView.ResizeMode.Stretch if column == 1 else QHeaderView.ResizeMode.ResizeToContents
            self.table.horizontalHeader().setSectionResizeMode(column, mode)
        self.done_label = QLabel()
        self.done_label.setObjectName("packs_written")
        self.done_label.setWordWrap(True)
        self.show_button = QPushButton()
        self.show_button.setObjectName("show_folder")
        self.show_button.clicked.connect(self.show_folder)
        top = QHBoxLayout()
        top.addWidget(self.export_button)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.show_button)
        bottom.addStretch(1)
        self.layout_.addWidget(self.chooser)
        self.layout_.addLayout(top)
        self.layout_.addWidget(self.done_label)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addLayout(bottom)
        self.layout_.addStretch(0)  # takes the spare room while there is no table to fill it
        self._show_result()
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(tr("Send packs"))
        self.intro.setText(tr(
            "Each member gets one pack with only their cases, encrypted so that only they can open "
            "it. Export the packs into a folder, then email each file to its member."
        ))  # fmt: skip
        label_button(self.export_button, tr("&Export packs…"), tr("Export the round's packs into a folder"))
        self.table.setAccessibleName(tr("Packs written"))
        label_button(self.show_button, tr("&Show folder"), tr("Show the folder with the packs"))
        self._describe()
        self.model.retranslate()

    def show_round(self, round_id: int | None) -> None:
        if round_id != self.round_id:
            self.result = None
            self._show_result()
        self.round_id = round_id
        self.chooser.show_round(round_id)
        self.export_button.setEnabled(round_id is not None)

    def choose_folder(self) -> None:
        if self.round_id is None:
            return
        folder = self.dialogs.choose_folder(self, tr("Export packs into"), "", kind="packs")
        if folder:
            self.export(Path(folder))

    def export(self, folder: Path) -> None:
        if self.round_id is None:
            return
        self.folder = folder
        op = rounds_ops.export_packs(self.session, self.round_id, folder)
        self.long_op(op, tr("Exporting packs")).success(self._exported).failure(self._failed).run(origin=self)

    def _exported(self, result: PacksExported) -> None:
        self.result = result
        self._show_result()
        if result.packs:
            announce(self.export_button, self.done_label.text())
        if not result.packs:
            self.dialogs.info(self, tr("Export packs"), tr(
                "No pack was written: no confirmed member has a case in this round. Assign cases first."
            ))  # fmt: skip

    def _failed(self, exc: Exception) -> None:
        self.dialogs.error(self, tr("Export packs"), tr(
            "The packs could not be written, and none were kept: {reason}"
        ).format(reason=plain_reason(exc)))  # fmt: skip

    def _show_result(self) -> None:
        packs = list(self.result.packs) if self.result else []
        self.model.set_rows(packs)
        for widget in (self.table, self.show_button, self.done_label):
            widget.setVisible(bool(packs))
        self.layout_.setStretch(self.layout_.count() - 1, 0 if packs else 1)
        self._describe()

    def _describe(self) -> None:
        if self.result is None or not self.result.packs:
            return
        text = tr(
            "{count} packs written (revision {revision}) into {folder}. Email each file to the member "
            "the table gives for it, and to nobody else: its name carries only a number, and only "
            "that member can open it."
        )
        packs, revision = len(self.result.packs), self.result.revision
        self.done_label.setText(text.format(count=packs, revision=revision, folder=self.folder))
        self.done_label.setAccessibleName(self.done_label.text())

    def show_folder(self) -> None:
        if self.folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))
