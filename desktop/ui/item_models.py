"""Table models for the round list and the case list.

They hold frozen rows from the services (never ORM objects) and replace a single row
when a save brings a case's new row (`CaseSaved`), so saving an answer never reloads
the list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QTableView

from desktop.core.words.dates import long_date
from desktop.services.rows import CaseRow, RoundRow
from desktop.ui.i18n import current_language, tr
from desktop.ui.labels import case_description, progress_label, status_label

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """A read-only table over a list of frozen rows, one column per callable."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def headers(self) -> list[str]:
        """Column titles, translated when asked; subclasses name their columns."""
        return []

    def cells(self) -> list[Callable[[Row], str]]:
        """One function per column turning a row into its cell text."""
        return []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rows(self) -> list[Row]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.cells()[index.column()](row)
        if role == ROW_ROLE:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def retranslate(self) -> None:
        """Labels are made on demand; tell views everything may read differently."""
        if self._rows:
            last = self.index(len(self._rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)


class RoundListModel(RowTableModel[RoundRow]):
    def headers(self) -> list[str]:
        return [
            tr("Review round"),
            tr("Due"),
            tr("Cases done"),
            tr("Case material"),
        ]

    def cells(self) -> list[Callable[[RoundRow], str]]:
        return [
            lambda r: r.title,
            lambda r: long_date(r.due_date, current_language()) if r.due_date else "—",  # as read
            # an erased round has no cases left to count: "0 of 0" read as work lost
            lambda r: "—" if r.erased_on is not None else progress_label(r.cases_done, r.cases_total),
            material_label,
        ]


def material_label(row: RoundRow) -> str:
    """Whether the round's case material is still on this laptop, and until when."""
    if row.erased_on is not None:
        return tr("Removed on {date}").format(date=long_date(row.erased_on, current_language()))
    if row.erase_on is not None:
        return tr("Kept until {date}").format(date=long_date(row.erase_on, current_language()))
    return tr("No date set")  # words, not a dash: read aloud, a dash says nothing


def material_sentence(row: RoundRow) -> str:
    """The same, as the sentence shown under the list for the chosen round ("" if none)."""
    if row.erased_on is not None:
        return tr("Case material removed from this laptop on {date}.").format(
            date=long_date(row.erased_on, current_language())
        )
    if row.erase_on is not None:
        return tr("Case material will be removed from this laptop on {date}.").format(
            date=long_date(row.erase_on, current_language())
        )
    return ""


class CaseListModel(RowTableModel[CaseRow]):
    def headers(self) -> list[str]:
        return [tr("Case"), tr("Status"), tr("Answered"), tr("Type and strand")]

    def cells(self) -> list[Callable[[CaseRow], str]]:
        return [
            lambda c: c.reference,
            lambda c: tr("Withdrawn") if c.withdrawn else status_label(c.status),
            lambda c: progress_label(c.answered, c.required),
            lambda c: case_description(c.case_type, c.strands),
        ]

    def row_of_case(self, case_id: int) -> int:
        return next((i for i, c in enumerate(self._rows) if c.id == case_id), -1)

    def update_case(self, case: CaseRow) -> None:
        """Replace one case's row after a change, leaving the others alone."""
        row = self.row_of_case(case.id)
        if row < 0:
            return
        self._rows[row] = case
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))


def row_table(name: str, model: RowTableModel[Any]) -> QTableView:
    """A table view over one of these models: whole rows, one at a time, no row numbers.

    The table is one stop for Tab: arrow keys move inside it, Tab leaves it (Qt's
    default walks every cell, so a long table held the keyboard user in it).
    """
    view = QTableView()
    view.setTabKeyNavigation(False)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    return view
