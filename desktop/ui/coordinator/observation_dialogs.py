"""The observation editor, and the preview of a response table before it is imported.

The preview is the coordinator's last look before the force's words go into the
report: it lists every response that would change (old and new), and flags what a
person must notice — rows the force moved, observations it reworded (the panel's
wording is kept), rows missing — and any problem that stops the import. Import is
offered only when the file can be taken, and Cancel is the default.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.words.dates import long_date
from desktop.core.words.nouns import counted
from desktop.services.finding_links import LinkableQuestion
from desktop.services.force_responses import ResponsePreview
from desktop.services.observation_rows import ObservationRow
from desktop.services.rows import CaseRow
from desktop.ui.coordinator.entry_dialog import EntryDialog, date_field, date_problem, text_box
from desktop.ui.coordinator.finding_ticks import FindingTicks
from desktop.ui.coordinator.page import label_button
from desktop.ui.coordinator.report_models import one_line
from desktop.ui.i18n import Retranslatable, current_language, tr
from desktop.ui.wrapped_dialog import WrappedTextDialog

CASE_ROLE = Qt.ItemDataRole.UserRole + 1


class ObservationDialog(EntryDialog):
    """Text, the cases it comes from, and the force's response with its date."""

    def __init__(
        self,
        cases: list[CaseRow],
        row: ObservationRow | None = None,
        parent: QWidget | None = None,
        questions: Sequence[LinkableQuestion] = (),
        linked: Sequence[str] = (),
    ) -> None:
        super().__init__("observation_dialog", parent)
        self.row = row
        self.text_edit = text_box("observation_text")
        self.case_list = QListWidget()
        self.case_list.setObjectName("observation_cases")
        chosen = set(row.case_ids) if row else set()
        for case in cases:
            item = QListWidgetItem(case.reference)
            item.setData(CASE_ROLE, case.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if case.id in chosen else Qt.CheckState.Unchecked)
            self.case_list.addItem(item)
        if cases:
            self.case_list.setCurrentRow(0)
        self.case_list.setMaximumHeight(160)
        self.findings_list = FindingTicks("observation_findings", questions, linked)
        self.response_edit = text_box("observation_response")
        self.date_edit = date_field("observation_response_date", row.response_date if row else None)
        if row is not None:
            self.text_edit.setPlainText(row.text)
            self.response_edit.setPlainText(row.response)
        for field in (self.text_edit, self.case_list, self.findings_list, self.response_edit, self.date_edit):
            self.add_field(field)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        number = self.row.number if self.row else None
        self.setWindowTitle(
            tr("Observation {number}").format(number=number) if number else tr("New observation")
        )
        self.word_fields([
            (self.text_edit, tr("&Observation:"), tr("Observation text")),
            (self.case_list, tr("&Cases it comes from:"), tr("Cases this observation comes from")),
            (self.findings_list, tr("&Findings it answers:"), tr("Findings this observation answers")),
            (self.response_edit, tr("Force &response:"), tr("The force's response")),
            (self.date_edit, tr("Response &date:"), tr("Date of the force's response")),
        ])  # fmt: skip
        self.case_list.setAccessibleDescription(tr("Space ticks or unticks the case"))
        self.findings_list.retranslate()
        self.date_edit.setAccessibleDescription(tr("Write the date as 2026-03-31, or leave it empty"))

    def text(self) -> str:
        return self.text_edit.toPlainText()

    def case_ids(self) -> list[int]:
        items = (self.case_list.item(i) for i in range(self.case_list.count()))
        return [int(i.data(CASE_ROLE)) for i in items if i.checkState() == Qt.CheckState.Checked]

    def changed_question_ids(self) -> list[str] | None:
        return self.findings_list.changed_question_ids()

    def response(self) -> str:
        return self.response_edit.toPlainText()

    def response_date(self) -> str | None:
        return self.date_edit.text().strip() or None

    def date_problem(self) -> str | None:
        return date_problem(self.date_edit.text())


class ResponsePreviewDialog(Retranslatable, WrappedTextDialog):
    """What importing the file would change; Import only if it can be taken."""

    def __init__(self, preview: ResponsePreview, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("response_preview")
        self.preview, self.file_name = preview, file_name
        self.summary = QLabel()
        self.summary.setObjectName("preview_summary")
        self.summary.setWordWrap(True)
        self.lines = QListWidget()
        self.lines.setObjectName("preview_lines")
        self.lines.setWordWrap(True)
        self.import_button = QPushButton()
        self.import_button.setObjectName("preview_import")
        self.import_button.clicked.connect(self.accept)
        self.import_button.setEnabled(preview.can_import)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("preview_cancel")
        self.cancel_button.clicked.connect(self.reject)
        self.cancel_button.setDefault(True)  # a careless Enter must not import
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.lines, 1)
        layout.addLayout(buttons)
        self.setMinimumSize(640, 420)
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.lines.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Import the force's responses"))
        self.summary.setText(self._summary())
        self.summary.setAccessibleName(self.summary.text())
        self.lines.setAccessibleName(tr("What the import would change"))
        self.lines.clear()
        self.lines.addItems(self.line_texts())
        if self.lines.count():
            self.lines.setCurrentRow(0)
        label_button(self.import_button, tr("&Import these responses"), tr("Import the responses listed"))
        label_button(self.cancel_button, tr("Cancel"), tr("Close and change nothing"))
        self.setAccessibleDescription(self.summary.text())

    def _summary(self) -> str:
        p = self.preview
        if not p.can_import:
            refused = tr("{file} cannot be imported, and nothing was changed. Problems:")
            return refused.format(file=self.file_name)
        if not p.changes:
            return tr("{file} changes no response: every response in it is already recorded.").format(
                file=self.file_name
            )
        return tr("Importing {file} would change {responses}. Check them, then import.").format(
            file=self.file_name, responses=counted(len(p.changes), "response", current_language())
        )

    def line_texts(self) -> list[str]:
        """Problems first (they stop the import), then the flags (reordered, reworded, missing),
        then each response that would change."""
        lines = self.preview.explain(current_language())
        for change in self.preview.changes:
            lines.append(tr("Observation {number}: “{old}” becomes “{new}” ({date}).").format(
                number=change.number, old=one_line(change.old_response, 80),
                new=one_line(change.new_response, 200),
                date=long_date(change.new_date, current_language()) if change.new_date else tr("no date"),
            ))  # fmt: skip
        return lines
