"""Passphrase fields wide enough for a sentence, and a "Show passphrase" box beside them.

A passphrase is best a short sentence; a field sized for a password scrolled most of it
out of view, so the member could not check what they typed. The box shows the typed
text for a moment's check and is cleared with the fields, so the next screen never
starts with the passphrase on show.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from desktop.ui.i18n import Retranslatable, tr

SENTENCE_CHARS = 48  # the width asked for: a sentence of about eight words
LEAST_CHARS = 24  # the least width the field keeps when the window is narrow


class PassphraseField(QLineEdit):
    """A password-echo line edit whose size follows the text size, not a fixed pixel width."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setEchoMode(QLineEdit.EchoMode.Password)

    def _chars(self, count: int) -> int:
        margins = self.textMargins()
        return self.fontMetrics().averageCharWidth() * count + margins.left() + margins.right() + 12

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), self._chars(SENTENCE_CHARS)), hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), self._chars(LEAST_CHARS)), hint.height())


class ShowPassphraseBox(Retranslatable, QCheckBox):
    """Checked: the fields show what was typed; unchecked (and after `hide_text`): dots."""

    def __init__(
        self, fields: list[QLineEdit], name: str = "show_passphrase", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.fields = fields
        self.toggled.connect(self._show)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(tr("S&how passphrase"))
        self.setAccessibleName(tr("Show passphrase"))
        self.setAccessibleDescription(tr("Shows the passphrase as you type it, so you can check it"))

    def _show(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for field in self.fields:
            field.setEchoMode(mode)

    def hide_text(self) -> None:
        self.setChecked(False)
        self._show(False)
