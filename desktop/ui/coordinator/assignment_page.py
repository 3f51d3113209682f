"""Assignment: who reviews which case of the chosen round, and who must not (conflicts).

Space, Enter or a double-click toggles "assigned"; the context menu and the Conflict
button toggle a conflict of interest. Auto-assign tops every case up to k reviewers.

A toggle is saved off the GUI thread and, once saved, repaints its one cell: the grid is
not read again, so the cursor stays where it is and a long round does not stall each
click. A cell being saved takes no second toggle until the first is done. The grid is
read again for a change made elsewhere (the roster, a new round) or by auto-assign.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QWidget,
)

from desktop.services import coordinator_rounds
from desktop.services.coordinator_rounds import AutoAssigned
from desktop.services.operations import Changes
from desktop.services.session import ProfileSession
from desktop.ui.coordinator.assignment_model import AssignmentModel, Cell, spoken
from desktop.ui.coordinator.latest_read import LatestRead
from desktop.ui.coordinator.page import CoordinatorPage, RoundChooser, button_row, label_button
from desktop.ui.coordinator.words import assigned_text, cannot_review_reason, conflict_text
from desktop.ui.dialogs import DialogService
from desktop.ui.i18n import tr
from desktop.ui.ops import Op
from desktop.ui.ops import rounds as rounds_ops
from desktop.ui.ops.rounds import EMPTY_GRID, GridRead


class AssignmentView(QTableView):
    """The grid: Space and Enter toggle the current cell (a table would otherwise ignore them).

    Each member's column is as wide as their name and as the widest word a cell can say
    ("✓ Assigned", "Conflict") in the current language and text size, so a toggle never
    cuts its cell to "✓ …" and no column has to be measured again."""

    def __init__(self, page: AssignmentPage) -> None:
        super().__init__()
        self.page = page
        self.setTabKeyNavigation(False)  # one Tab stop: arrows move between cells, Tab leaves
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def sizeHintForColumn(self, column: int) -> int:
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(text) for text in (assigned_text(), conflict_text(), "—"))
        return max(super().sizeHintForColumn(column), widest + 2 * metrics.averageCharWidth())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.page.toggle_assigned(self.currentIndex())
            return
        super().keyPressEvent(event)


class AssignmentPage(CoordinatorPage):
    def __init__(
        self, session: ProfileSession, dialogs: DialogService, parent: QWidget | None = None
    ) -> None:
        super().__init__("assignment_page", session, dialogs, parent)
        self.round_id: int | None = None
        self.chooser = RoundChooser()
        self.model = AssignmentModel(self)
        self.view = AssignmentView(self)
        self.view.setObjectName("assignment_grid")
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.doubleClicked.connect(self.toggle_assigned)
        self.status = QLabel()
        self.status.setObjectName("assignment_status")
        self.status.setWordWrap(True)
        self.toggle_button = self._button(
            "toggle_assigned", lambda: self.toggle_assigned(self.view.currentIndex())
        )
        self.conflict_button = self._button(
            "toggle_conflict", lambda: self.toggle_conflict(self.view.currentIndex())
        )
        self.auto_button = self._button("auto_assign", self.auto_assign)
        buttons = button_row(self.toggle_button, self.conflict_button, self.auto_button)
        self.layout_.addWidget(self.chooser)
        self.layout_.addWidget(self.view, 1)
        self.layout_.addWidget(self.status)
        self.layout_.addLayout(buttons)
        self.saving: set[tuple[int, int]] = set()  # (row, column) of the cells being saved
        self.said: Callable[[], str] | None = None  # the line under the grid, in the current language
        self.grid: LatestRead[GridRead] = LatestRead(self._read, self._show_grid)
        self.retranslate()
        self._enable()

    def retranslate(self) -> None:
        self.heading.setText(tr("Assignment"))
        self.intro.setText(tr(
            "Cases down, members across. Press Space (or double-click) to assign or unassign a "
            "case; mark a conflict of interest from the right-click menu or the Conflict button. "
            "Greyed members cannot review yet: the column's tooltip says why."
        ))  # fmt: skip
        self.view.setAccessibleName(tr("Assignment grid: cases down, members across"))
        label_button(self.toggle_button, tr("A&ssign / unassign"),
                     tr("Assign or unassign the selected case to the selected member"))  # fmt: skip
        label_button(self.conflict_button, tr("Conflict of in&terest"),
                     tr("Mark or clear a conflict of interest for the selected cell"))  # fmt: skip
        label_button(self.auto_button, tr("A&uto-assign…"),
                     tr("Give every case the same number of reviewers automatically"))  # fmt: skip
        self.model.retranslate()
        if self.said is not None:
            self.status.setText(self.said())

    def landing(self) -> QWidget | None:
        """The grid, at a cell, once it has one: after Alt+G the keyboard was left in the
        round list, where Space opened the list of rounds and the arrows chose another."""
        if self.model.rowCount() == 0 or self.model.columnCount() == 0:
            return None
        if not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, 0))
        return self.view

    def show_round(self, round_id: int | None) -> None:
        self.chooser.show_round(round_id)
        if round_id != self.round_id:
            self.round_id = round_id
            self.refresh()

    def refresh(self) -> None:
        self.grid.request()

    def on_changes(self, changes: Changes, origin: object | None) -> None:
        if (changes.roster or changes.assignments or changes.rounds) and origin is not self:
            self.refresh()

    def _read(self) -> Op[GridRead] | None:
        return None if self.round_id is None else rounds_ops.assignment_grid(self.session, self.round_id)

    def _show_grid(self, read: GridRead | None) -> None:
        """The grid read, with the cursor on the same cell (or as near as the new grid has)."""
        current = self.view.currentIndex()
        self.model.set_grid(read.grid if read else EMPTY_GRID, read.roster if read else [])
        index = self.model.index(max(current.row(), 0), max(current.column(), 0))
        if index.isValid():
            self.view.setCurrentIndex(index)
        self._enable()

    def _enable(self) -> None:
        for button in (self.toggle_button, self.conflict_button, self.auto_button):
            button.setEnabled(self.model.rowCount() > 0 and self.model.columnCount() > 0)

    # changes ------------------------------------------------------------------
    def toggle_assigned(self, index: QModelIndex) -> None:
        if not index.isValid() or (index.row(), index.column()) in self.saving:
            return
        case_id, reference = self.model.case_at(index.row())
        member_id, name, can_review = self.model.member_at(index.column())
        cell = self.model.cell(index.row(), index.column())
        if cell is Cell.CONFLICT:
            self._say(lambda: tr(
                "{name} has a conflict of interest in {case}: clear the conflict first."
            ).format(name=name, case=reference))  # fmt: skip
            return
        if cell is Cell.NOT_ASSIGNED and not can_review:
            member = self.model.roster_row(index.column())
            self._say(lambda: cannot_review_reason(member))
            return
        assign = cell is Cell.NOT_ASSIGNED
        op = rounds_ops.set_assigned(self.session, case_id, member_id, assign)
        self._save_cell(op, index.row(), index.column(), Cell.ASSIGNED if assign else Cell.NOT_ASSIGNED)

    def toggle_conflict(self, index: QModelIndex) -> None:
        if not index.isValid() or (index.row(), index.column()) in self.saving:
            return
        case_id, _reference = self.model.case_at(index.row())
        member_id, _name, _ok = self.model.member_at(index.column())
        conflicted = self.model.cell(index.row(), index.column()) is not Cell.CONFLICT
        op = rounds_ops.set_conflict(self.session, case_id, member_id, conflicted)
        self._save_cell(op, index.row(), index.column(), Cell.CONFLICT if conflicted else Cell.NOT_ASSIGNED)

    def _save_cell(self, op: Op[Changes], row: int, column: int, becomes: Cell) -> None:
        """Save one cell; once saved, repaint it and say what it is now."""
        cell, reads = (row, column), self.model.reads
        self.saving.add(cell)

        def saved(_changes: Changes) -> None:
            self.saving.discard(cell)
            if self.model.reads != reads:  # the grid was read meanwhile, maybe before this was saved
                self.refresh()
                return
            self.model.set_cell(row, column, becomes)
            case, member = self.model.case_at(row)[1], self.model.member_at(column)[1]
            self._say(lambda: spoken(case, member, becomes))

        def refused(exc: Exception) -> None:
            self.saving.discard(cell)
            raise exc

        op.success(saved).failure(refused).run(origin=self)

    def _say(self, words: Callable[[], str]) -> None:
        """Show and announce what `words` says; it is asked again when the language changes,
        so the line under the grid never stays in the language it was first said in."""
        from desktop.ui.announce import announce

        self.said = words
        text = words()
        self.status.setText(text)
        announce(self.view, text)

    def _context_menu(self, point: QPoint) -> None:
        index = self.view.indexAt(point)
        if not index.isValid():
            return
        menu = QMenu(self)
        menu.setObjectName("assignment_menu")
        menu.addAction(tr("Assign / unassign"), lambda: self.toggle_assigned(index))
        menu.addAction(tr("Conflict of interest"), lambda: self.toggle_conflict(index))
        menu.exec(self.view.viewport().mapToGlobal(point))
        menu.deleteLater()

    def auto_assign(self) -> None:
        if self.round_id is None:
            return
        k = self.dialogs.ask_number(
            self, tr("Auto-assign"), tr("How many members should review each case?"),
            coordinator_rounds.DEFAULT_REVIEWERS, 1, 20,
        )  # fmt: skip
        if k is None:
            return
        rounds_ops.auto_assign(self.session, self.round_id, k).success(
            lambda done: self._auto_assigned(done, k)
        ).run(origin=self)

    def _auto_assigned(self, done: AutoAssigned, k: int) -> None:
        self.refresh()  # many cells changed: read the grid again

        def message() -> str:
            if done.short:
                return tr(
                    "{added} assignments were added. These cases could not get {k} members (too few "
                    "confirmed members without a conflict): {cases}"
                ).format(added=done.added, k=k, cases=", ".join(done.short))
            return tr("{added} assignments were added. Every case has {k} members.").format(
                added=done.added, k=k
            )

        self._say(message)
        self.dialogs.info(self, tr("Auto-assign"), message())
