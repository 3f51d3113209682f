"""Comments on the detailed findings: one editable line per merged question, printed in
the "Comments" column of the report's criteria-count table (as in the published panel
reports). The table is one Tab stop; arrow keys move, F2 or typing edits a comment."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from desktop.core.template import Template
from desktop.ui.i18n import Retranslatable, current_language, tr


class CriteriaComments(Retranslatable, QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.setObjectName("criteria_comments")
        self.setTabKeyNavigation(False)  # Tab leaves the table, as on every other page
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setWordWrap(True)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().hide()
        self.template: Template | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([tr("Question"), tr("Comment in the report")])
        self.setAccessibleName(tr("Comments on the detailed findings"))
        if self.template is not None:
            self._show_questions()

    def show_comments(self, template: Template, comments: dict[str, str]) -> None:
        self.template = template
        questions = [q for q in template.questions if q.kind != "text"]
        self.setRowCount(len(questions))
        for row, question in enumerate(questions):
            comment = QTableWidgetItem(comments.get(question.id, ""))
            comment.setData(Qt.ItemDataRole.UserRole, question.id)
            self.setItem(row, 1, comment)
        self._show_questions()
        self.resizeColumnToContents(0)
        self.setColumnWidth(0, min(self.columnWidth(0), self.fontMetrics().horizontalAdvance("M" * 30)))

    def _show_questions(self) -> None:
        assert self.template is not None
        numbered = [(n, q) for n, q in enumerate(self.template.questions, start=1) if q.kind != "text"]
        blocked = self.blockSignals(True)  # re-wording a question is no edit of the comments
        for row, (number, question) in enumerate(numbered):
            text = f"{number}. {question.text.get(current_language())}"
            item = QTableWidgetItem(text)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setToolTip(text)
            self.setItem(row, 0, item)
        self.blockSignals(blocked)

    def comments(self) -> dict[str, str]:
        out = {}
        for row in range(self.rowCount()):
            item = self.item(row, 1)
            if item is not None:
                out[str(item.data(Qt.ItemDataRole.UserRole))] = item.text()
        return out
