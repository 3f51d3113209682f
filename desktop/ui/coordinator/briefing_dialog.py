"""The commissioner's briefing, from the Report page: which rounds it draws on, its
language, who it goes to, then where to save it.

Each round is a tick box (Tab reaches it, Space ticks it), the round in view ticked to
begin with. Every read and the writing run off the GUI thread. Before a Welsh
or bilingual briefing would print texts not yet translated it asks, Enter answering No;
a round whose texts are not confirmed for publication is refused in a message naming
it, and nothing is written. The recipient typed stays as typed whatever happens.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.words.dates import long_date
from desktop.reports.content import ReportOptions
from desktop.services.report import ReportWritten
from desktop.services.rows import RoundRow
from desktop.services.session import ProfileSession
from desktop.ui.announce import announce
from desktop.ui.choice_buttons import WrappingCheckBox
from desktop.ui.coordinator.letterhead_dialog import LetterheadDialog
from desktop.ui.coordinator.page import button_row, label_button, narrowable, plain_reason, refill
from desktop.ui.dialogs import DialogService
from desktop.ui.i18n import Retranslatable, current_language, tr
from desktop.ui.ops import briefing as briefing_ops
from desktop.ui.ops import rounds as round_ops
from desktop.ui.wrapped_dialog import ScrollingBody, WrappedTextDialog

CHOICES = (("both", "sequential"), ("both", "side_by_side"), ("en", "sequential"), ("cy", "sequential"))


class BriefingDialog(Retranslatable, WrappedTextDialog):
    def __init__(
        self,
        session: ProfileSession,
        dialogs: DialogService,
        round_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("briefing_dialog")
        self.session, self.dialogs, self.round_id = session, dialogs, round_id
        self.written: ReportWritten | None = None
        self.letterhead_dialog: LetterheadDialog | None = None
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.rounds_label = QLabel()
        self.rounds_label.setWordWrap(True)
        self.round_boxes: list[tuple[int, WrappingCheckBox]] = []  # (round id, its tick box)
        self.rounds = QVBoxLayout()
        self.language = narrowable(QComboBox())
        self.language.setObjectName("briefing_language")
        self.recipient = QPlainTextEdit()
        self.recipient.setObjectName("briefing_recipient")
        self.recipient.setTabChangesFocus(True)
        self.recipient.setFixedHeight(self.recipient.fontMetrics().lineSpacing() * 3 + 14)
        self.labels = [QLabel() for _ in range(2)]
        form = QVBoxLayout()  # each label above its field: wrapped labels beside fields were cut
        form.addWidget(self.rounds_label)
        form.addLayout(self.rounds)
        for label, field in zip(self.labels, (self.language, self.recipient), strict=True):
            label.setBuddy(field)
            label.setWordWrap(True)
            form.addWidget(label)
            form.addWidget(field)
        self.letterhead_button = QPushButton()
        self.letterhead_button.setObjectName("letterhead_button")
        self.letterhead_button.clicked.connect(lambda _checked=False: self.edit_letterhead())
        self.done_label = QLabel()
        self.done_label.setObjectName("briefing_written")
        self.done_label.setWordWrap(True)
        self.open_button = QPushButton()
        self.open_button.setObjectName("open_briefing")
        self.open_button.clicked.connect(lambda _checked=False: self.open_written())
        self.open_button.setVisible(False)
        self.write_button = QPushButton()
        self.write_button.setObjectName("write_briefing")
        self.write_button.setDefault(True)
        self.write_button.clicked.connect(lambda _checked=False: self.write())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.write_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        body = ScrollingBody("briefing_body", self.explain, form, button_row(self.letterhead_button),
                             self.done_label, button_row(self.open_button))  # fmt: skip
        layout = QVBoxLayout(self)
        layout.addWidget(body, 1)
        layout.addWidget(self.buttons)
        self.retranslate()
        round_ops.list_rounds(session).success(self.show_rounds).failure(self._failed).run(origin=self)

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Briefing for the Commissioner"))
        self.explain.setText(tr(
            "A Word letter drafted from the rounds you tick, for the commissioner's office to edit "
            "and sign: what the panel reviewed, the areas of concern with their counts, the good "
            "practice, what changed since the last review, and each recommendation's status. Only "
            "rounds whose texts you have confirmed for publication can be used."
        ))  # fmt: skip
        self.rounds_label.setText(tr("Rounds to draw on (Space ticks the one in focus):"))
        for label, text in zip(
            self.labels, (tr("&Language:"), tr("&To (name and address, optional):")), strict=True
        ):
            label.setText(text)
            label.buddy().setAccessibleName(text.replace("&", "").rstrip(":"))
        for _round_id, box in self.round_boxes:
            box.setAccessibleDescription(tr("A round the briefing draws on"))
        refill(self.language, [tr("Welsh and English (Welsh first)"), tr("Welsh and English, side by side"),
                               tr("English"), tr("Welsh")])  # fmt: skip
        label_button(self.letterhead_button, tr("Letter&head and Welsh Language statement…"),
                     tr("The office's address, who signs, and the statement, set once"))  # fmt: skip
        label_button(self.write_button, tr("&Write the briefing…"), tr("Choose where to save the briefing"))
        label_button(self.open_button, tr("&Open it"), tr("Open the briefing just written"))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(tr("Close"))
        close.setAccessibleName(tr("Close"))
        if self.written is not None:
            self._show_written(self.written)

    def show_rounds(self, rows: list[RoundRow]) -> None:
        """A tick box per round, oldest due first; the first takes the focus."""
        for row in rows:
            due = f" ({long_date(row.due_date, current_language())})" if row.due_date else ""
            box = WrappingCheckBox()
            box.setObjectName(f"briefing_round_{row.id}")
            box.setText(row.title + due)
            box.setChecked(row.id == self.round_id)
            self.rounds.addWidget(box)
            self.round_boxes.append((row.id, box))
        self.retranslate()
        if self.round_boxes:
            self.round_boxes[0][1].setFocus()

    def chosen(self) -> list[int]:
        """The ticked rounds' ids, in the list's order."""
        return [round_id for round_id, box in self.round_boxes if box.isChecked()]

    def options(self) -> ReportOptions:
        language, layout = CHOICES[max(self.language.currentIndex(), 0)]
        return ReportOptions(language, "publication", layout=layout)

    def edit_letterhead(self) -> None:
        self.letterhead_dialog = LetterheadDialog(self.session, self.dialogs, self)
        self.letterhead_dialog.open()

    def write(self) -> None:
        """Count what would print untranslated, ask if any, then ask where, then write."""
        ids, options = self.chosen(), self.options()
        self.write_button.setEnabled(False)
        if not ids or options.language == "en":
            self._ask_where(ids, options, 0)
            return
        briefing_ops.untranslated_count(self.session, ids, options.language).success(
            lambda count: self._ask_where(ids, options, count)
        ).failure(self._failed).run(origin=self)

    def _ask_where(self, ids: list[int], options: ReportOptions, untranslated: int) -> None:
        if untranslated and not self.dialogs.confirm(
            self, tr("Texts not yet translated"),
            tr("Texts not yet translated: {count}. The briefing would print them as they were written. "
               "Write it anyway?").format(count=untranslated),
            default_no=True,
        ):  # fmt: skip
            self.write_button.setEnabled(True)
            return
        path = self.dialogs.save_file(
            self, tr("Save the briefing as"), "briefing.docx", "Word (*.docx)", "report"
        )
        if not path:
            self.write_button.setEnabled(True)
            return
        recipient = self.recipient.toPlainText()
        briefing_ops.write_briefing(self.session, ids, Path(path), options, recipient).success(
            self._written
        ).failure(self._failed).run(origin=self)

    def _written(self, written: ReportWritten) -> None:
        self.written = written
        self.write_button.setEnabled(True)
        self._show_written(written)
        announce(self.write_button, self.done_label.text())
        self.open_button.setFocus()

    def _show_written(self, written: ReportWritten) -> None:
        self.done_label.setText(tr("The briefing was written: {file}").format(file=written.paths[0]))
        self.done_label.setAccessibleName(self.done_label.text())
        self.open_button.setVisible(True)

    def open_written(self) -> None:
        if self.written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written.paths[0])))

    def _failed(self, exc: Exception) -> None:
        self.write_button.setEnabled(True)
        self.dialogs.error(self, tr("Briefing for the Commissioner"), plain_reason(exc))
