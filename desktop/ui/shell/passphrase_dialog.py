"""Changing the passphrase: the current one, then the new one twice."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from desktop.services import profile
from desktop.services.profile import WrongPassphrase
from desktop.services.session import ProfileSession
from desktop.ui.dialogs import DialogService
from desktop.ui.i18n import tr
from desktop.ui.shell.passphrase_fields import PassphraseField, ShowPassphraseBox
from desktop.ui.shell.passphrase_meter import StrengthMeter, refusal_lines
from desktop.ui.wrapped_dialog import WrappedTextDialog


class ChangePassphraseDialog(WrappedTextDialog):
    def __init__(
        self, session: ProfileSession, dialogs: DialogService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("change_passphrase_dialog")
        self.session = session
        self.dialogs = dialogs
        self.setWindowTitle(tr("Change passphrase"))
        form = QFormLayout(self)
        self.fields: dict[str, QLineEdit] = {}
        display_name = session.run(profile.profile_info).display_name  # weighs against the new passphrase
        labels = {
            "current": tr("&Current passphrase:"),
            "new": tr("&New passphrase:"),
            "repeat": tr("&Type the new one again:"),
        }
        for name, text in labels.items():
            field = PassphraseField(f"passphrase_{name}")
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
            self.fields[name] = field
            if name == "new":
                self.strength_meter = StrengthMeter(field, lambda: display_name)
                form.addRow("", self.strength_meter)
        self.show_passphrase = ShowPassphraseBox(list(self.fields.values()))
        form.addRow("", self.show_passphrase)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.message = QLabel()
        self.message.setObjectName("passphrase_message")
        self.message.setWordWrap(True)
        form.addRow(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setObjectName("passphrase_buttons")
        for button in buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def submit(self) -> None:
        current, new, repeat = (self.fields[n].text() for n in ("current", "new", "repeat"))
        try:
            problems = self.session.run(profile.change_passphrase, current, new, repeat)
        except WrongPassphrase:
            self.message.setText(tr("The current passphrase is not right."))
            self.fields["current"].setFocus()
            return
        if problems:
            lines = refusal_lines(problems, self.strength_meter.judge())
            self.message.setText("\n".join(f"• {line}" for line in lines))
            self.message.setAccessibleName(self.message.text())
            self.fields["new"].setFocus()
            return
        self.dialogs.info(self, tr("Change passphrase"), tr("Your passphrase has been changed."))
        self.accept()


def change_passphrase(session: ProfileSession, dialogs: DialogService, parent: QWidget) -> None:
    """Ask for the current and new passphrase and change it; the dialog goes at once after,
    with the passphrases typed in it."""
    dialog = ChangePassphraseDialog(session, dialogs, parent)
    dialog.exec()
    dialog.deleteLater()
