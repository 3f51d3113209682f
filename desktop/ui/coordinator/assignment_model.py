"""The assignment grid as a table: cases down, members across.

A cell says in words whether that member reviews that case ("✓ Assigned"), does not
("—"), or must not ("Conflict"), and is coloured too, never by colour alone. Members
who cannot review (not confirmed, or access withdrawn) are greyed, with the reason as
the column's tooltip and accessible description.
"""

from __future__ import annotations

from dataclasses import replace
from enum import Enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.services.coordinator_rounds import AssignmentGrid
from desktop.services.roster import RosterRow
from desktop.ui.coordinator.words import assigned_text, cannot_review_reason, conflict_text, member_heading
from desktop.ui.i18n import tr
from desktop.ui.item_models import Index

ASSIGNED_COLOUR = QColor("#d7f0dc")  # pale green; the text says it too
CONFLICT_COLOUR = QColor("#f8d7d3")  # pale red
GREY = QColor("#6b6b6b")


class Cell(Enum):
    NOT_ASSIGNED = "not_assigned"
    ASSIGNED = "assigned"
    CONFLICT = "conflict"


def spoken(case: str, member: str, cell: Cell) -> str:
    """A cell in words, in the current language: "HC-001, Aled Jones: assigned"."""
    state = {Cell.ASSIGNED: tr("assigned"), Cell.CONFLICT: tr("conflict of interest")}.get(
        cell, tr("not assigned")
    )
    return tr("{case}, {member}: {state}").format(case=case, member=member, state=state)


class AssignmentModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.grid = AssignmentGrid((), (), frozenset(), frozenset())
        self._roster: dict[int, RosterRow] = {}
        self.reads = 0  # grids set whole: a cell saved before one was set is not patched into it

    def set_grid(self, grid: AssignmentGrid, roster: list[RosterRow]) -> None:
        self.reads += 1
        self.beginResetModel()
        self.grid = grid
        self._roster = {m.id: m for m in roster}
        self.endResetModel()

    def set_cell(self, row: int, column: int, cell: Cell) -> None:
        """One cell changed (by this page): only it is repainted, the grid is not read again."""
        pair = (self.case_at(row)[0], self.member_at(column)[0])
        assigned, conflicted = set(self.grid.assigned), set(self.grid.conflicted)
        assigned.discard(pair)
        conflicted.discard(pair)
        {Cell.ASSIGNED: assigned, Cell.CONFLICT: conflicted}.get(cell, set()).add(pair)
        self.grid = replace(self.grid, assigned=frozenset(assigned), conflicted=frozenset(conflicted))
        index = self.index(row, column)
        self.dataChanged.emit(index, index)

    def case_at(self, row: int) -> tuple[int, str]:
        return self.grid.cases[row]

    def member_at(self, column: int) -> tuple[int, str, bool]:
        return self.grid.members[column]

    def reason(self, column: int) -> str:
        """Why this member cannot review, in the current language; empty when they can."""
        return cannot_review_reason(self.roster_row(column))

    def cell(self, row: int, column: int) -> Cell:
        pair = (self.case_at(row)[0], self.member_at(column)[0])
        if pair in self.grid.conflicted:
            return Cell.CONFLICT
        return Cell.ASSIGNED if pair in self.grid.assigned else Cell.NOT_ASSIGNED

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.grid.cases)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.grid.members)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = self.cell(index.row(), index.column())
        roles = Qt.ItemDataRole
        if role == roles.DisplayRole:
            return {Cell.ASSIGNED: assigned_text(), Cell.CONFLICT: conflict_text()}.get(cell, "—")
        if role == roles.AccessibleTextRole:
            return self._spoken(index.row(), index.column(), cell)
        if role == roles.BackgroundRole:
            colour = {Cell.ASSIGNED: ASSIGNED_COLOUR, Cell.CONFLICT: CONFLICT_COLOUR}.get(cell)
            return QBrush(colour) if colour is not None else None
        if role == roles.ForegroundRole:
            return QBrush(GREY if self.reason(index.column()) else QColor("#000000"))
        if role == roles.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def _spoken(self, row: int, column: int, cell: Cell) -> str:
        return spoken(self.case_at(row)[1], self.member_at(column)[1], cell)

    def roster_row(self, column: int) -> RosterRow | None:
        return self._roster.get(self.member_at(column)[0])

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        roles = Qt.ItemDataRole
        if orientation == Qt.Orientation.Vertical:
            return self.case_at(section)[1] if role == roles.DisplayRole else None
        if role == roles.DisplayRole:
            return member_heading(self.member_at(section)[1], self._roster.get(self.member_at(section)[0]))
        if role in (roles.ToolTipRole, roles.AccessibleDescriptionRole):
            return self.reason(section) or None
        if role == roles.ForegroundRole and self.reason(section):
            return QBrush(GREY)
        return None

    def retranslate(self) -> None:
        if self.grid.cases and self.grid.members:
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
        if self.grid.members:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
