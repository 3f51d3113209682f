"""Send packs: one encrypted pack per member for the chosen round, then say where they are."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QWidget

from desktop.core.words.dates import long_date
from desktop.services.assignment_packs import PacksExported
from desktop.services.retention import RetentionSetting
from desktop.services.session import ProfileSession
from desktop.ui.announce import announce
from desktop.ui.coordinator.page import CoordinatorPage, RoundChooser, label_button, plain_reason
from desktop.ui.coordinator.row_models import PackListModel
from desktop.ui.dialogs import DialogService
from desktop.ui.i18n import current_language, tr
from desktop.ui.item_models import row_table
from desktop.ui.ops import retention as retention_ops
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
        # When members' copies of the round are erased: carried by the next packs written.
        self.retention_label = QLabel()
        self.retention_label.setObjectName("round_retention")
        self.retention_label.setWordWrap(True)
        self.retention_button = QPushButton()
        self.retention_button.setObjectName("set_retention")
        self.retention_button.clicked.connect(self.ask_retention)
        self.setting: RetentionSetting | None = None
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
        top.addWidget(self.retention_button)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.show_button)
        bottom.addStretch(1)
        self.layout_.addWidget(self.chooser)
        self.layout_.addWidget(self.retention_label)
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
        label_button(self.retention_button, tr("Erasure da&te…"),
                     tr("Set when members' copies of the round's case material are erased"))  # fmt: skip
        self._describe_retention()
        self._describe()
        self.model.retranslate()

    def show_round(self, round_id: int | None) -> None:
        if round_id != self.round_id:
            self.result = None
            self._show_result()
        self.round_id = round_id
        self.chooser.show_round(round_id)
        self.export_button.setEnabled(round_id is not None)
        self.retention_button.setEnabled(round_id is not None)
        self._read_retention()

    # retention ------------------------------------------------------------------
    def _read_retention(self) -> None:
        self.setting = None
        self._describe_retention()
        round_id = self.round_id
        if round_id is None:
            return

        def arrived(setting: RetentionSetting) -> None:
            if round_id == self.round_id:
                self.setting = setting
                self._describe_retention()

        retention_ops.retention_setting(self.session, round_id).success(arrived).run(origin=self)

    def _describe_retention(self) -> None:
        setting, language = self.setting, current_language()
        if setting is None:
            text = ""
        elif setting.erase_on is None:
            text = tr("No erasure date is set: members keep this round's case material until you set one.")
        elif setting.days_after_meeting is not None:
            text = tr(
                "Members' copies of the case material are erased on {date} (days after the panel "
                "meeting: {days}). Export the packs again for members to learn a changed date."
            ).format(date=long_date(setting.erase_on, language), days=setting.days_after_meeting)
        else:
            text = tr(
                "Members' copies of the case material are erased on {date}. Export the packs again for "
                "members to learn a changed date."
            ).format(date=long_date(setting.erase_on, language))
        self.retention_label.setText(text)
        self.retention_label.setVisible(bool(text))

    def ask_retention(self) -> None:
        """A date, or a number of days after the panel meeting, or nothing for no date."""
        if self.round_id is None:
            return
        setting = self.setting
        now = "" if setting is None else str(setting.days_after_meeting or setting.erase_on or "")
        typed = self.dialogs.ask_text(self, tr("Erasure date"), tr(
            "When must members' copies of this round's case material be erased from their laptops? "
            "Type a date (2026-03-14), or a number of days after the panel meeting (30), or leave it "
            "empty for no date."
        ), now)  # fmt: skip
        if typed is None:
            return
        typed = typed.strip()
        days = int(typed) if typed.isdigit() else None
        op = retention_ops.set_retention(
            self.session, self.round_id, erase_on=None if days is not None else typed or None,
            days_after_meeting=days,
        )  # fmt: skip
        op.success(lambda _changes: self._read_retention()).failure(self._retention_refused).run(origin=self)

    def _retention_refused(self, exc: Exception) -> None:
        self.dialogs.error(self, tr("Erasure date"), tr("The erasure date was not changed: {reason}").format(
            reason=plain_reason(exc)
        ))  # fmt: skip

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
