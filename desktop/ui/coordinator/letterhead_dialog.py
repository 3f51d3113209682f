"""The briefing's letterhead, set once for every round: the office's name and address, who
signs and their title, and the Welsh Language statement, each in English and Welsh.

Read and saved off the GUI thread. A refused setting (too long, characters that would
not print) is said in a message and the dialog stays open with everything as typed, so
nothing typed is lost; the service saves all the fields or none.
"""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.words import say
from desktop.reports.briefing_content import Letterhead
from desktop.services.session import ProfileSession
from desktop.ui.coordinator.page import plain_reason
from desktop.ui.dialogs import DialogService
from desktop.ui.i18n import Retranslatable, current_language, tr
from desktop.ui.ops import briefing as briefing_ops
from desktop.ui.wrapped_dialog import ScrollingBody, WrappedTextDialog

LINES = {"office": 4, "role": 2, "statement": 3}  # rows shown for each many-line field


def _field(name: str) -> QLineEdit | QPlainTextEdit:
    kind = name.removesuffix("_en").removesuffix("_cy")
    if kind not in LINES:
        line = QLineEdit()
        line.setObjectName(f"letterhead_{name}")
        return line
    text = QPlainTextEdit()
    text.setObjectName(f"letterhead_{name}")
    text.setTabChangesFocus(True)  # Tab moves on, as in every other field; Enter is a new line
    text.setFixedHeight(text.fontMetrics().lineSpacing() * LINES[kind] + 14)
    return text


class LetterheadDialog(Retranslatable, WrappedTextDialog):
    def __init__(
        self, session: ProfileSession, dialogs: DialogService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("letterhead_dialog")
        self.session, self.dialogs = session, dialogs
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.names = [f.name for f in fields(Letterhead)]
        self.fields = {name: _field(name) for name in self.names}
        self.labels = {name: QLabel() for name in self.names}
        form = QVBoxLayout()  # each label above its field: wrapped labels beside fields were cut
        for name in self.names:
            self.labels[name].setBuddy(self.fields[name])
            self.labels[name].setWordWrap(True)
            form.addWidget(self.labels[name])
            form.addWidget(self.fields[name])
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(ScrollingBody("letterhead_body", self.explain, form), 1)
        layout.addWidget(self.buttons)
        self.resize(64 * self.fontMetrics().averageCharWidth(), self.height())  # addresses fit on a line
        self._enable(False)  # until the letterhead as saved has arrived
        self.retranslate()
        briefing_ops.letterhead(session).success(self.show_letterhead).failure(self._not_read).run(
            origin=self
        )

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Letterhead and Welsh Language statement"))
        self.explain.setText(tr(
            "Set once for every briefing. Each language's part of the briefing prints its own "
            "address and title. Leave a statement empty to print the usual one."
        ))  # fmt: skip
        language = current_language()
        for name in self.names:
            words = say(f"briefing.setting.{name}", language)
            self.labels[name].setText(words + ":")
            self.fields[name].setAccessibleName(words)
        for name in ("statement_en", "statement_cy"):
            field = self.fields[name]
            if isinstance(field, QPlainTextEdit):
                field.setPlaceholderText(say("briefing.statement_default", name[-2:]))
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(tr("&Save"))
        save.setAccessibleName(tr("Save"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(tr("Cancel"))
        cancel.setAccessibleName(tr("Cancel"))

    def _enable(self, on: bool) -> None:
        for field in self.fields.values():
            field.setEnabled(on)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(on)

    def show_letterhead(self, head: Letterhead) -> None:
        for name in self.names:
            field, value = self.fields[name], getattr(head, name)
            field.setText(value) if isinstance(field, QLineEdit) else field.setPlainText(value)
        self._enable(True)
        self.fields[self.names[0]].setFocus()

    def letterhead(self) -> Letterhead:
        """The letterhead as typed in the fields now."""
        typed = {
            name: field.text() if isinstance(field, QLineEdit) else field.toPlainText()
            for name, field in self.fields.items()
        }
        return Letterhead(**typed)

    def save(self) -> None:
        self._enable(False)
        briefing_ops.save_letterhead(self.session, self.letterhead()).success(
            lambda _changes: self.accept()
        ).failure(self._not_saved).run(origin=self)

    def _not_saved(self, exc: Exception) -> None:
        self._enable(True)  # everything still as typed
        self.dialogs.error(self, tr("Letterhead not saved"), plain_reason(exc))

    def _not_read(self, exc: Exception) -> None:
        self.dialogs.error(self, tr("Letterhead and Welsh Language statement"), plain_reason(exc))
        self.reject()
