"""Findings: the round's reviews merged, case by case and question by question.

The grid shows each cell's finding and, in words, how it was reached ("Yes (majority)",
"◆ Unable to agree"); colour repeats it. Arrow keys move between cells and Enter (or a
double-click) opens one: every member's answer, and on a split the panel's decision.
Beside the grid the selected case's drafted findings and the coordinator's notes on it;
under it, how far members agreed on each question across the round.

The findings and every case's notes are read together off the GUI thread
(`desktop.ui.ops.findings`); the services keep the round's merge until a package, a
case or a decision changes, so a refresh after a decision takes milliseconds, and moving
through the grid reads nothing. The page refreshes when something the grid shows
changes (`Changes.affects_findings`), or notes change from elsewhere; a note saved here
is already shown and reloads nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.findings import RoundFindings
from desktop.reports.content import CaseNotes
from desktop.services.findings import FindingsAndNotes
from desktop.services.operations import Changes
from desktop.services.session import ProfileSession
from desktop.ui.announce import announce
from desktop.ui.choice_buttons import WrappingCheckBox
from desktop.ui.coordinator.case_panel import CasePanel
from desktop.ui.coordinator.cell_dialog import CellDialog
from desktop.ui.coordinator.findings_model import (
    AgreementModel,
    DisagreementFilter,
    FindingsModel,
    agreement_rows,
)
from desktop.ui.coordinator.page import CoordinatorPage, RoundChooser, button_row, label_button
from desktop.ui.coordinator.trends_view import TrendsDialog
from desktop.ui.dialogs import DialogService
from desktop.ui.i18n import tr
from desktop.ui.item_models import row_table
from desktop.ui.ops import findings as findings_ops
from desktop.ui.ops import translations as translation_ops
from desktop.ui.scoped_actions import scoped_action
from desktop.ui.style import make_heading

HEADER_CHARACTERS = 16  # a column's header is elided beyond about this many characters
STACK_LINES = 55  # a page narrower than this many lines of text stacks the grid above the notes
STACKED_LINES = 40  # and is then this many lines tall, scrolling in its tab


class FindingsView(QTableView):
    """The grid: one Tab stop, arrows between cells, Enter opens the current cell."""

    def __init__(self, page: FindingsPage) -> None:
        super().__init__()
        self.page = page
        self.setObjectName("findings_grid")
        self.setTabKeyNavigation(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)

    def changeEvent(self, event: QEvent) -> None:
        """A larger text size: the columns are measured again, or findings were elided."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and getattr(self.page, "view", None) is self:
            self.page.fit_columns()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.page.open_cell(self.currentIndex())
            return
        super().keyPressEvent(event)


class FindingsPage(CoordinatorPage):
    translateWanted = Signal(str)  # a case comment's "Not yet in Welsh": its key on the Translation page
    shownWanted = Signal()  # Review → Next split chosen while another page is in front

    def __init__(
        self, session: ProfileSession, dialogs: DialogService, parent: QWidget | None = None
    ) -> None:
        super().__init__("findings_page", session, dialogs, parent)
        self.round_id: int | None = None
        self.findings: RoundFindings | None = None
        self.notes: dict[int, CaseNotes] = {}
        self._asked = 0  # the latest read asked for; an older one arriving late is dropped
        self.cell_dialog: CellDialog | None = None
        self._closing: CellDialog | None = None  # its decision is stored; closed once shown
        self._undecided = 0  # splits not yet decided, as read
        self.chooser = RoundChooser()
        self.only_splits = WrappingCheckBox()  # a long Welsh sentence: it wraps when narrow
        self.only_splits.setObjectName("only_disagreements")
        self.only_splits.toggled.connect(self._filter)
        # F8 / Shift+F8, as on the Translation page and in the publication review: from
        # split to split without walking the grid (22 Right presses to the next one)
        self.previous_split_button = QPushButton()
        self.previous_split_button.setObjectName("previous_split")
        self.previous_split_button.clicked.connect(lambda _checked=False: self.go_to_split(-1))
        self.next_split_button = QPushButton()
        self.next_split_button.setObjectName("next_split")
        self.next_split_button.clicked.connect(lambda _checked=False: self.go_to_split(1))
        self.next_split_action = self._split_action("next_split_action", QKeySequence(Qt.Key.Key_F8), 1)
        self.previous_split_action = self._split_action("previous_split_action", QKeySequence("Shift+F8"), -1)
        self.model = FindingsModel(self)
        self.proxy = DisagreementFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = FindingsView(self)
        self.view.setModel(self.proxy)
        self.view.doubleClicked.connect(self.open_cell)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.status = QLabel()
        self.status.setObjectName("findings_status")
        self.status.setWordWrap(True)
        self.agreement_heading = QLabel()
        self.agreement_heading.setObjectName("section_heading")
        make_heading(self.agreement_heading, 1.15)
        self.agreement = AgreementModel(self)
        self.agreement_table = row_table("agreement_table", self.agreement)
        header = self.agreement_table.horizontalHeader()
        modes = QHeaderView.ResizeMode
        for column in range(self.agreement.columnCount()):  # the question takes the room left
            header.setSectionResizeMode(column, modes.Stretch if column == 0 else modes.ResizeToContents)
        self.trends_dialog = TrendsDialog(self)
        self.trends = self.trends_dialog.section
        self.trends_button = QPushButton()
        self.trends_button.setObjectName("trends_button")
        self.trends_button.clicked.connect(lambda _checked=False: self.open_trends())
        self.case_panel = CasePanel(session)
        self.case_panel.comment_language.translateWanted.connect(self.translateWanted)
        self.case_panel.notesSaved.connect(self.notes.__setitem__)
        self._watching_window = False
        self._lay_out()
        self.retranslate()

    def _lay_out(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.chooser, 1)
        top.addWidget(self.only_splits)
        column.addLayout(top)
        column.addWidget(self.view, 3)
        column.addWidget(self.status)
        # under the count of splits left: beside it, at large text the count was squeezed
        column.addLayout(button_row(self.previous_split_button, self.next_split_button, self.trends_button))
        column.addWidget(self.agreement_heading)
        column.addWidget(self.agreement_table, 2)
        splitter = self.splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("findings_splitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.case_panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.layout_.addWidget(splitter, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._stack_if_narrow()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._watching_window:  # a page held at its least width is not resized: its window is
            self._watching_window = True
            self.window().installEventFilter(self)
        self._stack_if_narrow()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.window():
            QTimer.singleShot(0, self, self._stack_if_narrow)  # not after the page is gone
        return False

    def _room(self) -> int:
        """The width the page is seen through (its scroll area's, when it has one)."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        return parent.viewport().width() if isinstance(parent, QScrollArea) else self.width()

    def _stack_if_narrow(self) -> None:
        """The grid above the case's notes when the page is too narrow for both side by
        side (display scaling 2, or large text, on a laptop): beside it, the notes' buttons
        went past the edge and the page scrolled sideways. Stacked, the page scrolls down."""
        splitter = self.splitter
        beside = splitter.handleWidth() + sum(
            pane.minimumSizeHint().width() for i in range(2) if (pane := splitter.widget(i)) is not None
        )
        narrow = self._room() < max(beside, STACK_LINES * self.fontMetrics().height())
        wanted = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        if splitter.orientation() != wanted:
            splitter.setOrientation(wanted)
        # Stacked, each part gets about twenty lines and the page scrolls; a fixed height,
        # not the parts' own, so a longer status line does not lay the window out again.
        tall = STACKED_LINES * self.fontMetrics().height() if narrow else 0
        if splitter.minimumHeight() != tall:
            splitter.setMinimumHeight(tall)

    def retranslate(self) -> None:
        self.heading.setText(tr("Findings"))
        self.intro.setText(tr(
            "Cases down, questions across. Each cell gives the panel's finding and how it was "
            "reached; ◆ marks members who were unable to agree. Press Enter on a cell (or "
            "double-click it) to see every member's answer and record the panel's decision."
        ))  # fmt: skip
        self.only_splits.setText(tr("Sho&w only disagreements"))
        self.only_splits.setAccessibleName(tr("Show only disagreements"))
        self.only_splits.setAccessibleDescription(
            tr("Show only the cases where members were unable to agree")
        )
        label_button(self.previous_split_button, tr("Previous split (Shift+F8)"),
                     tr("Go to the previous split the panel has not decided yet"))  # fmt: skip
        label_button(self.next_split_button, tr("Next split (F8)"),
                     tr("Go to the next split the panel has not decided yet"))  # fmt: skip
        self.next_split_action.setText(tr("&Next split"))
        self.previous_split_action.setText(tr("&Previous split"))
        self.view.setAccessibleName(tr("Findings grid: cases down, questions across"))
        self.agreement_heading.setText(tr("Agreement between members, question by question"))
        self.agreement_table.setAccessibleName(tr("Agreement between members for each question"))
        self.model.retranslate()
        self.fit_columns()  # "Yes (majority)" is longer in Welsh
        self.agreement.retranslate()
        label_button(
            self.trends_button,
            tr("T&rends across rounds…"),
            tr("Compare this round with the panel's earlier rounds of the same checklist"),
        )
        self._summarise()

    def show_round(self, round_id: int | None) -> None:
        self.round_id = round_id
        self.chooser.show_round(round_id)
        self.refresh()
        self.case_panel.show_translations(None)
        self._read_translations()

    def _read_translations(self) -> None:
        """Which case comments still miss a language, for the line under the comment."""
        round_id = self.round_id
        if round_id is None:
            return
        translation_ops.round_translations(self.session, round_id).success(
            lambda state: self.case_panel.show_translations(state) if round_id == self.round_id else None
        ).failure(self._not_read).run(origin=self)

    def refresh(self) -> None:
        """Read the round again; the grid keeps showing what it had until the new one arrives."""
        self._asked += 1
        asked, round_id = self._asked, self.round_id
        if round_id is None:
            self._show(asked, None)
            self.trends.show_trend(None)
            return
        findings_ops.findings_and_notes(self.session, round_id).success(
            lambda read: self._show(asked, read)
        ).failure(self._not_read).run(origin=self)
        if self.trends_dialog.isVisible():
            self._read_trend()

    def open_trends(self) -> None:
        """The trend window, filled with the round in view (read off the GUI thread)."""
        self.trends_dialog.show()
        self.trends_dialog.activateWindow()
        self._read_trend()

    def _read_trend(self) -> None:
        round_id = self.round_id
        if round_id is None:
            self.trends.show_trend(None)
            return
        findings_ops.round_trend(self.session, round_id).success(
            lambda trend: self.trends.show_trend(trend) if round_id == self.round_id else None
        ).failure(self._not_read).run(origin=self)

    def on_changes(self, changes: Changes, origin: object | None) -> None:
        """Refresh if what the grid shows changed, or notes changed somewhere else."""
        if origin is not None and origin is self.cell_dialog:
            self._closing = self.cell_dialog  # closed once the grid shows its decision
        if changes.affects_findings() or (changes.case_notes and origin is not self.case_panel):
            self.refresh()
        own_notes = origin is self.case_panel  # the panel updates its own line (`_comment_saved`)
        if changes.affects_findings() or changes.translations or (changes.case_notes and not own_notes):
            self._read_translations()

    def _not_read(self, exc: Exception) -> None:
        """The grid could not be read again: the decision was stored all the same, so its
        window closes, and what went wrong is reported as any fault is."""
        self._close_decided()
        raise exc

    def _close_decided(self) -> None:
        dialog, self._closing = self._closing, None
        if dialog is not None and dialog is self.cell_dialog:
            dialog.accept()

    def _show(self, asked: int, read: FindingsAndNotes | None) -> None:
        """Show what was read, keeping the cell the coordinator was on."""
        if asked != self._asked:
            return
        current = self.view.currentIndex()
        case_id = self._case_id(current)
        column = max(current.column(), 0)
        self.findings = None if read is None else read.findings
        self._undecided = 0 if read is None else read.undecided
        self.notes.clear()
        self.notes.update({} if read is None else read.notes)
        changed = None if self.findings is None else self.model.update_findings(self.findings)
        if changed is None:  # another round, or new cases or packages: the grid anew
            self.model.set_findings(self.findings)
            self.fit_columns()
            self.agreement.set_rows(agreement_rows(self.findings))
            self._go_to(case_id, column)
        else:  # decisions only: they change no member's answer, so no agreement figure
            self._widen(changed)  # and the grid keeps its place: the rows are where they were
        self._summarise()
        self._show_case()
        # The decided cell is painted first; the window closes on the next turn of the
        # event loop, and the grid, which gets the keyboard back, repaints then.
        QTimer.singleShot(0, self._close_decided)

    def fit_columns(self) -> None:
        """Each column as wide as its header and its widest findings, measured from the
        words: asking the view to size every cell made thousands of calls from Qt into
        Python (4,800 cells at 200 cases), which froze the window for seconds while a
        report was written beside it."""
        header = self.view.horizontalHeader()
        # A header names its question ("4. Hate flag applied correctly"): at most this wide,
        # elided beyond, with the whole question in its tooltip and accessible text
        widest = header.fontMetrics().averageCharWidth() * HEADER_CHARACTERS
        if self.model.rowCount() == 0:
            for column in range(self.model.columnCount()):
                self.view.setColumnWidth(column, min(header.sectionSizeFromContents(column).width(), widest))
            return
        for column in range(self.model.columnCount()):
            rows: dict[str, int] = {}
            for row, text in enumerate(self.model.column_texts(column)):
                rows.setdefault(text, row)
            longest = sorted(rows, key=len, reverse=True)[:5]  # measured as the view draws them
            hint = self.view.sizeHintForIndex
            widths = [hint(self._view_index(rows[text], column)).width() for text in longest]
            named = min(header.sectionSizeFromContents(column).width(), widest)
            # a character to spare: the current cell is drawn a few pixels narrower than the
            # view's size hint says, and "◆ Unable to agree" was elided on the cell in use
            spare = self.view.fontMetrics().averageCharWidth()
            self.view.setColumnWidth(column, max([named, *(width + spare for width in widths)]))

    def _split_action(self, name: str, key: QKeySequence, step: int) -> QAction:
        """F8 or Shift+F8 while the keyboard is on this page, and in the Review menu."""
        return scoped_action(self, name, [key], lambda _checked=False: self.go_to_split(step))

    def actions_for_menu(self) -> list[QAction]:
        return [self.next_split_action, self.previous_split_action]

    def go_to_split(self, step: int) -> None:
        """F8 (`step` 1) and Shift+F8 (-1): the grid's cell moves to the next or previous
        split not yet decided, wrapping round at either end, and a screen reader is told
        where it is ("Split 2 of 5: HC-003, question 4: ◆ Unable to agree")."""
        shown = [
            self.proxy.mapFromSource(self.model.index(row, column))
            for row, column in self.model.undecided_splits()
        ]
        splits = sorted((i for i in shown if i.isValid()), key=lambda i: (i.row(), i.column()))
        if not self.isVisible():
            self.shownWanted.emit()  # from the menu, on another page: the grid comes to the front
        if not splits:  # said on screen too: a sighted coordinator saw nothing happen
            said = tr("No splits are left to decide.")
            self._summarise()
            self.status.setText(f"{self.status.text()} {said}")
            announce(self.view, said)
            return
        current = self.view.currentIndex()
        at = (current.row(), current.column()) if current.isValid() else (-1, -1)
        if step > 0:
            target = next((i for i in splits if (i.row(), i.column()) > at), splits[0])
        else:
            target = next((i for i in reversed(splits) if (i.row(), i.column()) < at), splits[-1])
        self.view.setCurrentIndex(target)
        self.view.scrollTo(target)
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        where = self.proxy.data(target, Qt.ItemDataRole.AccessibleTextRole)
        announce(self.view, tr("Split {position} of {count}: {cell}").format(
            position=splits.index(target) + 1, count=len(splits), cell=where
        ))  # fmt: skip

    def _view_index(self, row: int, column: int) -> QModelIndex:
        """The grid's index of a cell of the model, shown or filtered out."""
        index = self.proxy.mapFromSource(self.model.index(row, column))
        return index if index.isValid() else self.model.index(row, column)

    def _widen(self, cells: list[tuple[int, int]]) -> None:
        """Widen a column whose changed cell no longer fits ("Partly — decided"), measuring
        only those cells: measuring every column again froze the window."""
        for row, column in cells:
            index = self.proxy.mapFromSource(self.model.index(row, column))
            if index.isValid():
                wanted = (
                    self.view.sizeHintForIndex(index).width() + self.view.fontMetrics().averageCharWidth()
                )
                if wanted > self.view.columnWidth(index.column()):
                    self.view.setColumnWidth(index.column(), wanted)

    def _case_id(self, index: QModelIndex) -> int | None:
        if not index.isValid():
            return None
        return self.model.case_at(self.proxy.mapToSource(index).row()).case.case_id

    def _go_to(self, case_id: int | None, column: int) -> None:
        row = self.model.row_of_case(case_id) if case_id is not None else -1
        source = self.model.index(max(row, 0), column)
        index = self.proxy.mapFromSource(source) if source.isValid() else QModelIndex()
        if not index.isValid():
            index = self.proxy.index(0, min(column, max(self.proxy.columnCount() - 1, 0)))
        if index.isValid():
            self.view.setCurrentIndex(index)

    def landing(self) -> QWidget | None:
        """The grid, at a cell, once it has rows: after Alt+I the keyboard was left in the
        round list, where the arrows would have chosen another round."""
        if self.proxy.rowCount() == 0:
            return None
        if not self.view.currentIndex().isValid():
            self._go_to(None, 0)
        return self.view

    def _filter(self, on: bool) -> None:
        case_id = self._case_id(self.view.currentIndex())
        self.proxy.show_only_disagreements(on)
        self._go_to(case_id, max(self.view.currentIndex().column(), 0))
        self._summarise()
        self._show_case()

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex | QItemSelection) -> None:
        self._show_case()

    def _show_case(self) -> None:
        index = self.view.currentIndex()
        case = self.model.case_at(self.proxy.mapToSource(index).row()) if index.isValid() else None
        saved = self.notes.get(case.case.case_id, CaseNotes()) if case is not None else CaseNotes()
        self.case_panel.show_case(self.findings, case, saved)

    def _summarise(self) -> None:
        if self.findings is None or not self.findings.cases:
            text = tr("No reviews have been imported for this round yet.")
        else:
            text = tr("{shown} of {cases} cases shown. Splits not yet decided: {splits}.").format(
                shown=self.proxy.rowCount(), cases=len(self.findings.cases), splits=self._undecided
            )
        self.status.setText(text)
        self.status.setAccessibleName(text)

    def open_cell(self, index: QModelIndex) -> None:
        """Every member's answer to the question, and on a split the panel's decision."""
        if not index.isValid() or self.findings is None:
            return
        source = self.proxy.mapToSource(index)
        question = self.model.question_at(source.column())
        self.cell_dialog = CellDialog(
            self.model.case_at(source.row()), question, self.model.number(question),
            self.findings.reviewers, self.session, self.window(),
        )  # fmt: skip
        self.cell_dialog.closes_when_stored = False  # `_close_decided`, once the grid shows it
        self.cell_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.cell_dialog.finished.connect(self._cell_closed)
        self.cell_dialog.open()

    def _cell_closed(self, _result: int) -> None:
        """Back to the grid, on the cell that was opened, so the arrow keys carry on from it."""
        self.cell_dialog = None
        self.window().activateWindow()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
