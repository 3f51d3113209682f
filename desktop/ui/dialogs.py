"""Every prompt the app shows goes through one injectable service.

Widgets ask `DialogService` to confirm, warn, pick a file or ask for a line of text;
tests hand the window a scripted fake instead of patching QMessageBox everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from desktop.ui.file_places import remember, start_in
from desktop.ui.i18n import tr

QT_OWN = QFileDialog.Option.DontUseNativeDialog


def _stack_buttons_if_too_wide(box: QMessageBox) -> None:
    """Put a message box's buttons one under another when side by side they would be
    wider than Qt lets a message box grow (the screen's width less 480 pixels): Qt then
    squashes them, and long Welsh choices at 200% text showed a few letters each. The
    box's own margins count too: a row a few pixels under the cap lost them from a button."""
    row = box.findChild(QDialogButtonBox)
    screen = box.screen().availableGeometry().width()
    limit = screen if screen <= 1024 else min(screen - 480, 1000)  # as QMessageBox's own cap
    layout = box.layout()
    margins = layout.contentsMargins() if layout is not None else None
    sides = margins.left() + margins.right() if margins is not None else 0
    if row is not None and row.sizeHint().width() + sides > limit:
        row.setOrientation(Qt.Orientation.Vertical)


class DialogService:
    """The real dialogs, modal over `parent`.

    When the app locks while a dialog is open, `open_text` hands over what was typed in
    it (so it can be kept as a draft) and `close_all` closes every dialog, which then
    returns as if cancelled.
    """

    def __init__(self) -> None:
        self._text_dialog: QInputDialog | None = None

    def error(self, parent: QWidget | None, title: str, message: str) -> None:
        self._tell(parent, QMessageBox.Icon.Warning, title, message)

    def info(self, parent: QWidget | None, title: str, message: str) -> None:
        self._tell(parent, QMessageBox.Icon.Information, title, message)

    @staticmethod
    def _tell(parent: QWidget | None, icon: QMessageBox.Icon, title: str, message: str) -> None:
        """A message with one button; its text is ours, as Qt has no Welsh for "OK"."""
        box = QMessageBox(icon, title, message, QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("message_box")
        box.button(QMessageBox.StandardButton.Ok).setText(tr("OK"))
        box.exec()
        box.deleteLater()

    def confirm(self, parent: QWidget | None, title: str, message: str, *, default_no: bool = False) -> bool:
        """Yes or No; the buttons' words are ours (Qt's own stay English in Welsh).

        `default_no` makes Enter answer No, for questions where going on is the risk."""
        buttons = QMessageBox.StandardButton
        box = QMessageBox(QMessageBox.Icon.Question, title, message, buttons.Yes | buttons.No, parent)
        box.setObjectName("question_box")
        box.button(buttons.Yes).setText(tr("&Yes"))
        box.button(buttons.No).setText(tr("&No"))
        if default_no:
            box.setDefaultButton(buttons.No)
        answer = box.exec()
        box.deleteLater()
        return answer == buttons.Yes

    def choose(self, parent: QWidget | None, title: str, message: str, choices: list[str]) -> int | None:
        """One of `choices` (their words on the buttons, the first the default), or None
        for Cancel or Escape."""
        box = QMessageBox(
            QMessageBox.Icon.Question, title, message, QMessageBox.StandardButton.NoButton, parent
        )
        box.setObjectName("choice_box")
        buttons = [box.addButton(text, QMessageBox.ButtonRole.AcceptRole) for text in choices]
        cancel = box.addButton(tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(buttons[0])
        box.setEscapeButton(cancel)
        _stack_buttons_if_too_wide(box)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        return buttons.index(clicked) if clicked in buttons else None

    def ask_number(
        self, parent: QWidget | None, title: str, label: str, value: int, lowest: int, highest: int
    ) -> int | None:
        """A whole number, with our own OK and Cancel (Qt's own stay English in Welsh)."""
        dialog = QInputDialog(parent)
        dialog.setObjectName("number_dialog")
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setInputMode(QInputDialog.InputMode.IntInput)
        dialog.setIntRange(lowest, highest)
        dialog.setIntValue(value)
        dialog.setOkButtonText(tr("OK"))
        dialog.setCancelButtonText(tr("Cancel"))
        try:
            return dialog.intValue() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def ask_text(self, parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
        dialog = QInputDialog(parent)
        dialog.setObjectName("text_dialog")
        dialog.setOkButtonText(tr("OK"))
        dialog.setCancelButtonText(tr("Cancel"))
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        dialog.setTextValue(text)
        for box in dialog.findChildren(QPlainTextEdit):  # a screen reader names the box by the question
            box.setAccessibleName(label)
        self._text_dialog = dialog
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.textValue() if accepted else None
        finally:
            self._text_dialog = None
            dialog.deleteLater()

    def open_text(self) -> str | None:
        """What is typed in the text dialog now open, if one is."""
        return self._text_dialog.textValue() if self._text_dialog is not None else None

    def close_all(self) -> None:
        """Close every open dialog as if cancelled (the app is locking)."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()

    def ask_secret(self, parent: QWidget | None, title: str, label: str) -> str | None:
        dialog = QInputDialog(parent)
        dialog.setObjectName("secret_dialog")
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.setOkButtonText(tr("OK"))
        dialog.setCancelButtonText(tr("Cancel"))
        try:
            return dialog.textValue() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.setTextValue("")  # no copy of the secret stays in a widget
            dialog.deleteLater()

    # Files and folders: always Qt's own dialog, not the system's, so it is in the
    # interface language (Welsh from qtbase_cy) on every system. Each opens in the folder
    # last used for its `kind` of file, else Documents (file_places).
    def save_file(
        self, parent: QWidget | None, title: str, suggested: str, filters: str, kind: str = ""
    ) -> str | None:
        path, _ = QFileDialog.getSaveFileName(
            parent, title, start_in(kind, suggested), filters, options=QT_OWN
        )
        remember(kind, path)
        return path or None

    def open_file(
        self, parent: QWidget | None, title: str, folder: str, filters: str, kind: str = ""
    ) -> str | None:
        path, _ = QFileDialog.getOpenFileName(parent, title, start_in(kind, folder), filters, options=QT_OWN)
        remember(kind, path)
        return path or None

    def open_files(self, parent: QWidget | None, title: str, filters: str, kind: str) -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(parent, title, start_in(kind), filters, options=QT_OWN)
        if paths:
            remember(kind, paths[0])
        return list(paths)

    def choose_folder(self, parent: QWidget | None, title: str, folder: str, kind: str = "") -> str | None:
        options = QT_OWN | QFileDialog.Option.ShowDirsOnly
        path = QFileDialog.getExistingDirectory(parent, title, start_in(kind, folder), options=options)
        remember(kind, path, is_folder=True)
        return path or None
