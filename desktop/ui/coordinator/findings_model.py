"""The findings grid as a table (cases down, merged questions across), its filter to the
cases with a split, and the agreement statistics per question.

The models hold the frozen `RoundFindings` the service returned and make words on
demand, so a language switch re-labels every cell without asking the database again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.core.agreement import QuestionAgreement
from desktop.core.consensus import Agreement
from desktop.core.findings import CaseFindings, Cell, RoundFindings
from desktop.core.template import Question
from desktop.ui.coordinator.findings_words import (
    cell_text,
    low_text,
    question_numbers,
    statistic_reason,
    statistic_text,
)
from desktop.ui.i18n import current_language, tr
from desktop.ui.item_models import Index, RowTableModel

# Pale backgrounds that repeat what the words say; black text stays readable on each.
COLOURS = {
    Agreement.MAJORITY: QColor("#fff3c4"),  # pale amber
    Agreement.UNABLE_TO_AGREE: QColor("#f8d7d3"),  # pale red
    Agreement.ONE_REVIEW: QColor("#e4e4e4"),  # pale grey
}
DECIDED_COLOUR = QColor("#d6e6f7")  # pale blue: a split the panel has decided


BLACK = QBrush(QColor("#000000"))  # the text, on the pale backgrounds, whatever the theme


def colour_of(cell: Cell) -> QColor | None:
    if cell.split and cell.decision is not None:
        return DECIDED_COLOUR
    return COLOURS.get(cell.consensus.agreement)


SHOWN_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
    }
)


class FindingsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.findings: RoundFindings | None = None
        self._questions: list[Question] = []
        self._numbers: dict[str, int] = {}
        # (row, column) -> the words and background a cell is painted with: a repaint asks
        # for them hundreds of times, each a call from Qt into Python
        self._shown: dict[tuple[int, int], tuple[str, QBrush | None]] = {}

    def set_findings(self, findings: RoundFindings | None) -> None:
        self.beginResetModel()
        self._shown.clear()
        self.findings = findings
        self._questions = findings.merged_questions() if findings else []
        self._numbers = question_numbers(findings.template) if findings else {}
        self.endResetModel()

    def update_findings(self, findings: RoundFindings) -> list[tuple[int, int]] | None:
        """Take `findings` in place when only decisions changed (recorded or withdrawn:
        the same merge, cases and questions) and repaint just their cells; the cells
        changed (row, column), or None when the round was merged anew and `set_findings`
        is needed.

        Resetting a 200-case grid and measuring its columns took most of a second on
        the GUI thread after every decision."""
        old = self.findings
        if old is None or findings.agreement is not old.agreement:
            return None  # merged anew (`core.findings.redecided` keeps the agreement it had)
        if [c.case.case_id for c in old.cases] != [c.case.case_id for c in findings.cases]:
            return None
        if findings.merged_questions() != self._questions:
            return None
        changed = [
            (row, column)
            for row, (was, now) in enumerate(zip(old.cases, findings.cases, strict=True))
            if was is not now
            for column, question in enumerate(self._questions)
            if was.cells.get(question.id) is not now.cells.get(question.id)
        ]
        self.findings = findings
        for row, column in changed:
            self._shown.pop((row, column), None)
            self.dataChanged.emit(self.index(row, column), self.index(row, column))
        return changed

    def column_texts(self, column: int) -> list[str]:
        """Every finding the column shows, as the grid words it."""
        question = self.question_at(column)
        cases = self.findings.cases if self.findings else ()
        return [cell_text(question, cell) for case in cases if (cell := case.cell(question.id)) is not None]

    def case_at(self, row: int) -> CaseFindings:
        assert self.findings is not None
        return self.findings.cases[row]

    def question_at(self, column: int) -> Question:
        return self._questions[column]

    def number(self, question: Question) -> int:
        return self._numbers[question.id]

    def cell_at(self, row: int, column: int) -> Cell:
        cell = self.case_at(row).cell(self.question_at(column).id)
        assert cell is not None
        return cell

    def row_of_case(self, case_id: int) -> int:
        cases = self.findings.cases if self.findings else ()
        return next((i for i, c in enumerate(cases) if c.case.case_id == case_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.findings is None else len(self.findings.cases)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._questions)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in SHOWN_ROLES or not index.isValid():
            return None  # the view asks for a dozen roles a cell: answer the rest at once
        roles = Qt.ItemDataRole
        if role == roles.DisplayRole or role == roles.BackgroundRole:
            text, brush = self._painted(index.row(), index.column())
            return text if role == roles.DisplayRole else brush
        if role == roles.ForegroundRole:
            return BLACK
        question, cell = self.question_at(index.column()), self.cell_at(index.row(), index.column())
        if role == roles.AccessibleTextRole:
            return tr("{case}, question {number}: {finding}").format(
                case=self.case_at(index.row()).case.reference,
                number=self.number(question),
                finding=cell_text(question, cell),
            )
        return f"{self.number(question)}. {question.text.get(current_language())}"  # the tooltip

    def _painted(self, row: int, column: int) -> tuple[str, QBrush | None]:
        shown = self._shown.get((row, column))
        if shown is None:
            question, cell = self.question_at(column), self.cell_at(row, column)
            colour = colour_of(cell)
            shown = cell_text(question, cell), QBrush(colour) if colour is not None else None
            self._shown[(row, column)] = shown
        return shown

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        roles = Qt.ItemDataRole
        if orientation == Qt.Orientation.Vertical:
            if role in (roles.DisplayRole, roles.AccessibleTextRole) and 0 <= section < self.rowCount():
                return self.case_at(section).case.reference
            return None
        if not 0 <= section < len(self._questions):
            return None
        question, language = self.question_at(section), current_language()
        if role == roles.DisplayRole:  # a number alone said nothing: the short label, elided
            return f"{self.number(question)}. {question.criterion_label(language)}"
        if role == roles.AccessibleTextRole:
            return tr("Question {number}: {question}").format(
                number=self.number(question), question=question.text.get(language)
            )
        if role == roles.ToolTipRole:
            return f"{self.number(question)}. {question.text.get(language)}"
        if role == roles.AccessibleDescriptionRole:
            return question.text.get(language)
        return None

    def undecided_splits(self) -> list[tuple[int, int]]:
        """(row, column) of every split the panel has not decided yet, row by row."""
        cases = self.findings.cases if self.findings else ()
        return [
            (row, column)
            for row, case in enumerate(cases)
            for column, question in enumerate(self._questions)
            if (cell := case.cell(question.id)) is not None and cell.split and cell.decision is None
        ]

    def retranslate(self) -> None:
        self._shown.clear()
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)


class DisagreementFilter(QSortFilterProxyModel):
    """Only the cases where members split on at least one question, when asked."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.only_disagreements = False

    def show_only_disagreements(self, on: bool) -> None:
        self.beginFilterChange()
        self.only_disagreements = on
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self.only_disagreements:
            return True
        model = self.sourceModel()
        assert isinstance(model, FindingsModel)
        return any(cell.split for cell in model.case_at(source_row).cells.values())


@dataclass(frozen=True)
class AgreementRow:
    number: int
    question: Question
    agreement: QuestionAgreement


def agreement_rows(findings: RoundFindings | None) -> list[AgreementRow]:
    if findings is None:
        return []
    numbers = question_numbers(findings.template)
    return [
        AgreementRow(numbers[q.id], q, findings.agreement[q.id])
        for q in findings.merged_questions()
        if q.id in findings.agreement
    ]


class AgreementModel(RowTableModel[AgreementRow]):
    def headers(self) -> list[str]:
        return [tr("Question"), tr("Cases compared"), tr("Fleiss' kappa"), tr("Krippendorff's alpha"),
                tr("Gwet's AC1"), tr("Low agreement")]  # fmt: skip

    def cells(self) -> list[Callable[[AgreementRow], str]]:
        return [
            lambda r: f"{r.number}. {r.question.text.get(current_language())}",
            lambda r: str(r.agreement.cases),
            lambda r: statistic_text(r.agreement.kappa),
            lambda r: statistic_text(r.agreement.alpha),
            lambda r: statistic_text(r.agreement.ac1),
            lambda r: low_text(r.agreement.low),
        ]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """A statistic that is not defined says why in its tooltip and to a screen reader."""
        statistics = {2: "kappa", 3: "alpha", 4: "ac1"}
        describes = (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole)
        if role in describes and index.isValid() and index.column() in statistics:
            row = self.row_at(index.row())
            return statistic_reason(getattr(row.agreement, statistics[index.column()]))
        return super().data(index, role)
