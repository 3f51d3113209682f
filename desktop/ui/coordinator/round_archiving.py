"""Under the round list: "Archive round…" and "Purge case material…" for the chosen round.

Both come after the round's report is published; purging also needs an archive of the
round written first (`desktop.services.round_archive`). A line says where the round
stands, so a button that is greyed says why in words. The archive and the purge run off
the GUI thread (`desktop.ui.ops.round_archive`); a refusal or a full disk is said in a
plain sentence and nothing is changed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.words.dates import long_date
from desktop.services.round_archive import ARCHIVE_SUFFIX, ArchiveState, ArchiveWritten, Purged
from desktop.services.session import ProfileSession
from desktop.services.user_faults import describe
from desktop.ui.announce import announce
from desktop.ui.coordinator.archive_dialog import ArchivePassphraseDialog
from desktop.ui.coordinator.latest_read import LatestRead
from desktop.ui.coordinator.page import label_button, plain_reason
from desktop.ui.dialogs import DialogService
from desktop.ui.i18n import Retranslatable, current_language, tr
from desktop.ui.ops import Op
from desktop.ui.ops import round_archive as archive_ops


def _why(exc: Exception) -> str:
    return describe(exc, current_language()) or plain_reason(exc)


def _day(when: object) -> str:
    return long_date(str(when)[:10], current_language())


class RoundArchiving(Retranslatable, QWidget):
    purged = Signal()  # the round list takes the keyboard back: both buttons are greyed now

    def __init__(
        self, session: ProfileSession, dialogs: DialogService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("round_archiving")
        self.session, self.dialogs = session, dialogs
        self.round_id: int | None = None
        self.state: ArchiveState | None = None
        self.status = QLabel()
        self.status.setObjectName("archive_status")
        self.status.setWordWrap(True)
        self.archive_button = QPushButton()
        self.archive_button.setObjectName("archive_round")
        self.archive_button.clicked.connect(self.archive)
        self.purge_button = QPushButton()
        self.purge_button.setObjectName("purge_round")
        self.purge_button.clicked.connect(self.purge)
        buttons = QHBoxLayout()
        buttons.addWidget(self.archive_button)
        buttons.addWidget(self.purge_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.dialog: ArchivePassphraseDialog | None = None
        self.reader: LatestRead[ArchiveState] = LatestRead(self._read, self._show)
        self._show(None)
        self.retranslate()

    def retranslate(self) -> None:
        label_button(self.archive_button, tr("&Archive round…"), tr(
            "Write the published round as an encrypted file for the office's records"))  # fmt: skip
        label_button(self.purge_button, tr("P&urge case material…"), tr(
            "Remove the archived round's case documents, case summaries and members' notes from this "
            "computer, keeping the report, findings and recommendations"))  # fmt: skip
        self._say_state()

    def show_round(self, round_id: int | None) -> None:
        self.round_id = round_id
        self.reader.request()

    def _read(self) -> Op[ArchiveState] | None:
        return None if self.round_id is None else archive_ops.archive_state(self.session, self.round_id)

    def _show(self, state: ArchiveState | None) -> None:
        self.state = state
        self.archive_button.setEnabled(state is not None and state.may_archive)
        self.purge_button.setEnabled(state is not None and state.may_purge)
        self._say_state()

    def _say_state(self) -> None:
        state = self.state
        if state is None:
            text = ""
        elif state.purged_at is not None:
            text = tr(
                "Case material purged on {date}. The report, findings and recommendations are kept."
            ).format(date=_day(state.purged_at))
        elif not state.published:
            text = tr("Archive and purge come after the report is published.")
        elif state.archived_at is None:
            text = tr("Published. Archive the round before its case material can be purged.")
        else:
            text = tr("Archived on {date}. The archive's SHA-256: {sha256}").format(
                date=_day(state.archived_at), sha256=state.archive_sha256
            )
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.status.setVisible(bool(text))

    # Archive ----------------------------------------------------------------------
    def archive(self) -> None:
        if self.round_id is None or self.state is None or not self.state.may_archive:
            return
        self.dialog = ArchivePassphraseDialog(self)
        self.dialog.accepted.connect(self._passphrase_given)
        self.dialog.finished.connect(self._dialog_closed)
        self.dialog.open()

    def _passphrase_given(self) -> None:
        dialog, round_id = self.dialog, self.round_id
        if dialog is None or round_id is None:
            return
        passphrase, repeat = dialog.passphrase(), dialog.repeat()
        dialog.clear()
        suggested = tr("round-archive") + ARCHIVE_SUFFIX
        filters = tr("Round archives (*.tar.age)")
        path = self.dialogs.save_file(self, tr("Save the round archive"), suggested, filters, "round_archive")
        if not path:
            return
        op = archive_ops.write_archive(self.session, round_id, Path(path), passphrase, repeat)
        op.with_progress(tr("Writing the archive"), self.window())
        op.success(self._archived).failure(self._archive_failed).run(origin=self)

    def _dialog_closed(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.clear()
            dialog.deleteLater()

    def _archived(self, written: ArchiveWritten) -> None:
        message = tr(
            "The archive was written to {path}. Keep it, and its passphrase, with the office's records."
        )
        self.dialogs.info(self, tr("Archive round"), message.format(path=written.path))
        announce(self, message.format(path=written.path))
        self.reader.request(then=self._to_next_step)

    def _to_next_step(self) -> None:
        """The keyboard goes on to the next step, Purge, now that it may be taken."""
        target = self.purge_button if self.purge_button.isEnabled() else self.archive_button
        target.setFocus()

    def _archive_failed(self, exc: Exception) -> None:
        message = tr("The archive was not written: {reason}").format(reason=_why(exc))
        self.dialogs.error(self, tr("Archive round"), message)
        self.archive_button.setFocus()  # where the keyboard was, to try again

    # Purge ------------------------------------------------------------------------
    def purge(self) -> None:
        if self.round_id is None or self.state is None or not self.state.may_purge:
            return
        question = tr(
            "Remove this round's case documents, case summaries and members' notes from this computer "
            "and from its backups? It cannot be undone. The archive written on {date} keeps them; the "
            "report, findings and recommendations stay here."
        ).format(date=_day(self.state.archived_at))
        if not self.dialogs.confirm(self, tr("Purge case material"), question, default_no=True):
            self.purge_button.setFocus()
            return
        op = archive_ops.purge(self.session, self.round_id)
        op.with_progress(tr("Purging case material"), self.window())
        op.success(self._purged).failure(self._purge_failed).run(origin=self)

    def _purged(self, done: Purged) -> None:
        message = tr(
            "Case material purged. Documents: {documents}. Case summaries: {summaries}. "
            "Members' notes: {notes}."
        ).format(documents=done.documents, summaries=done.summaries, notes=done.notes)
        self.dialogs.info(self, tr("Purge case material"), message)
        announce(self, message)
        self.reader.request()
        self.purged.emit()

    def _purge_failed(self, exc: Exception) -> None:
        message = tr("Nothing was purged: {reason}").format(reason=_why(exc))
        self.dialogs.error(self, tr("Purge case material"), message)
        self.reader.request()
        self.purge_button.setFocus()
