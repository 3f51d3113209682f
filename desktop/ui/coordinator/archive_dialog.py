"""The passphrase an archive is encrypted to, typed twice, with what it is for."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.ui.i18n import Retranslatable, tr
from desktop.ui.shell.passphrase_fields import PassphraseField, ShowPassphraseBox


class ArchivePassphraseDialog(Retranslatable, QDialog):
    """OK gives `passphrase()` and `repeat()`; the service judges them (strength, sameness)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("archive_passphrase_dialog")
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.first = PassphraseField("archive_passphrase")
        self.second = PassphraseField("archive_passphrase_again")
        self.first_label, self.second_label = QLabel(), QLabel()
        self.first_label.setBuddy(self.first)
        self.second_label.setBuddy(self.second)
        self.show_box = ShowPassphraseBox([self.first, self.second], "show_archive_passphrase")
        form = QFormLayout()
        form.addRow(self.first_label, self.first)
        form.addRow(self.second_label, self.second)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(form)
        layout.addWidget(self.show_box)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Archive round"))
        self.explain.setText(tr(
            "The archive is encrypted with a passphrase you choose now. Keep it with the office's "
            "records: without it nobody can open the archive, and it cannot be recovered. Use four or "
            "more unrelated words."
        ))  # fmt: skip
        self.first_label.setText(tr("Archive &passphrase:"))
        self.second_label.setText(tr("&Type it again:"))
        self.first.setAccessibleName(tr("Archive passphrase"))
        self.second.setAccessibleName(tr("Archive passphrase again"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("&Choose where to save…"))
        ok.setAccessibleName(tr("Choose where to save"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(tr("Cancel"))
        cancel.setAccessibleName(tr("Cancel"))

    def passphrase(self) -> str:
        return self.first.text()

    def repeat(self) -> str:
        return self.second.text()

    def clear(self) -> None:
        """No copy of the passphrase stays in a widget."""
        self.first.clear()
        self.second.clear()
        self.show_box.setChecked(False)
