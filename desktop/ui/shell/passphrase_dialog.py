"""Changing the passphrase: the current one, then the new one twice."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from desktop.services.profile import PassphraseProblem, ProfileInfo, WrongPassphrase
from desktop.services.session import ProfileSession
from desktop.ui.dialogs import DialogService
from desktop.ui.i18n import tr
from desktop.ui.ops import profile as ops
from desktop.ui.shell.passphrase_fields import PassphraseField, ShowPassphraseBox
from desktop.ui.shell.passphrase_meter import StrengthMeter, refusal_lines
from desktop.ui.wrapped_dialog import WrappedTextDialog


class ChangePassphraseDialog(WrappedTextDialog):
    """The current passphrase, then the new one twice; re-keying runs off the GUI thread.

    `display_name` (the profile's, known since it was unlocked) is weighed against the
    new passphrase; None reads it first.
    """

    def __init__(
        self,
        session: ProfileSession,
        dialogs: DialogService,
        parent: QWidget | None = None,
        display_name: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("change_passphrase_dialog")
        self.session = session
        self.dialogs = dialogs
        self.setWindowTitle(tr("Change passphrase"))
        form = QFormLayout(self)
        self.fields: dict[str, QLineEdit] = {}
        self.display_name = display_name or ""
        if display_name is None:
            ops.profile_info(session).success(self._named).run(origin=self)
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
                self.strength_meter = StrengthMeter(field, lambda: self.display_name)
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
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _named(self, info: ProfileInfo) -> None:
        self.display_name = info.display_name

    def submit(self) -> None:
        """Re-key off the GUI thread (it rewrites the database and every backup); OK waits meanwhile."""
        if not self.ok_button.isEnabled():
            return  # already changing (Enter pressed twice)
        current, new, repeat = (self.fields[n].text() for n in ("current", "new", "repeat"))
        self.ok_button.setEnabled(False)
        ops.change_passphrase(self.session, current, new, repeat).success(self._judged).failure(
            self._refused
        ).run(origin=self)

    def _refused(self, exc: Exception) -> None:
        self.ok_button.setEnabled(True)
        if not isinstance(exc, WrongPassphrase):
            raise exc
        self.message.setText(tr("The current passphrase is not right."))
        self.fields["current"].setFocus()

    def _judged(self, problems: list[PassphraseProblem]) -> None:
        self.ok_button.setEnabled(True)
        if problems:
            lines = refusal_lines(problems, self.strength_meter.judge())
            self.message.setText("\n".join(f"• {line}" for line in lines))
            self.message.setAccessibleName(self.message.text())
            self.fields["new"].setFocus()
            return
        self.dialogs.info(self, tr("Change passphrase"), tr("Your passphrase has been changed."))
        self.accept()


def change_passphrase(
    session: ProfileSession, dialogs: DialogService, parent: QWidget, display_name: str | None = None
) -> None:
    """Ask for the current and new passphrase and change it; the dialog goes at once after,
    with the passphrases typed in it."""
    dialog = ChangePassphraseDialog(session, dialogs, parent, display_name)
    dialog.exec()
    dialog.deleteLater()
