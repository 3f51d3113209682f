"""The workspace's three panes from the keyboard: F6 between them, Ctrl+F into the documents,
and layouts that share the window between them (a splitter handle needs a mouse)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui.scoped_actions import scoped_action

if TYPE_CHECKING:
    from desktop.ui.member.workspace import Workspace

# Pane widths a keyboard user can choose (a splitter handle needs a mouse): the key, and
# the shares of the window for the case list, the documents and the checklist.
LAYOUTS: dict[str, tuple[str, tuple[int, int, int]]] = {
    "balanced": ("Ctrl+Alt+0", (2, 4, 4)),
    "documents": ("Ctrl+Alt+Left", (2, 6, 3)),
    "checklist": ("Ctrl+Alt+Right", (2, 3, 6)),
}
# A workspace narrower than this many lines of text (a 1366 px laptop at 150% text or
# 125% display scaling and above) cannot show the three panes with a readable document:
# the case list keeps only the case references and the documents get the room.
NARROW_LINES = 85
NARROW_SHARES = (1, 6, 5)


class Panes(QObject):
    """F6 and Shift+F6 between the workspace's panes, and the pane layouts."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        self.ws = workspace
        self.left_checklist_at: tuple[str, str] | None = None  # question and field F6 left
        self.narrow = False  # the case list shows only references (see fit_width)
        self.chosen_sizes = False  # the member moved a pane's edge or picked a layout
        workspace.splitter.splitterMoved.connect(self._sized_by_hand)
        workspace.splitter.installEventFilter(self)
        self.layout_actions = {
            name: scoped_action(
                workspace,
                f"layout_{name}",
                [QKeySequence(keys)],
                lambda _checked=False, n=name: self.set_layout(n),
            )
            for name, (keys, _shares) in LAYOUTS.items()
        }

    def step(self, step: int) -> None:
        """F6 / Shift+F6: case list, documents, checklist, round and round."""
        ws = self.ws
        focus = QApplication.focusWidget()
        panes = [ws.left_pane, ws.viewer, ws.right_pane]
        current = next(
            (
                i
                for i, pane in enumerate(panes)
                if focus is not None and (focus is pane or pane.isAncestorOf(focus))
            ),
            -1,
        )
        if current == 2 and focus is not None and (question := ws.checklist.current_question()):
            self.left_checklist_at = (question, focus.objectName())
        target = (current + step) % len(panes) if current >= 0 else 0
        if target == 0:
            ws.case_table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif target == 1:
            ws.viewer.focus_documents()
        else:
            ws.checklist.when_shown(self._focus_checklist)

    def _focus_checklist(self) -> None:
        """Back to the field the member left with F6, else where work is left on the case."""
        at = self.left_checklist_at
        if at is not None and self.focus_field(*at):
            return
        if self.ws.checklist.visible_ids():
            self.ws.checklist.focus_first_unanswered()
        else:
            self.ws.complete_button.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_field(self, question_id: str | None, field: str | None) -> bool:
        """Focus a shown question, and the named field in it when there is one."""
        question = self.ws.checklist.questions.get(question_id or "")
        if question is None or question.isHidden():
            return False
        self.ws.checklist.focus_question(question.question.id)
        widget = question.findChild(QWidget, field) if field else None
        if widget is not None and widget.isVisibleTo(question):
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def set_layout(self, name: str) -> None:
        """Share the window between the panes as the chosen layout says (remembered with the splitter)."""
        self.chosen_sizes = True
        self._share(LAYOUTS[name][1])

    def size_case_list(self) -> None:
        """Fit the columns to their words, and never let the case list be narrower than
        its first two (reference and status), or in a narrow window its only one: at
        large text the splitter would otherwise squeeze the list until only the start of
        each reference showed."""
        table = self.ws.case_table
        table.resizeColumnsToContents()
        header = table.horizontalHeader()
        first = 1 if self.narrow else 2
        for column in range(1, header.count()):
            table.setColumnHidden(column, self.narrow)
        # Measured from the words, not the sections: the last column shown is stretched.
        columns = range(min(first, header.count()))
        shown = sum(max(table.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in columns)
        chrome = 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()
        table.setMinimumWidth(shown + chrome)

    def fit_width(self) -> None:
        """After a resize or a new text size: three full panes, or the narrow arrangement.

        Narrow, the case list shows only references (the case's status is in the heading
        beside the questions) and the documents get the largest share, so a page can be
        shown at a readable size. The shares follow the window until the member moves a
        pane's edge or picks a layout.
        """
        narrow = self.ws.width() < NARROW_LINES * self.ws.fontMetrics().height()
        if narrow != self.narrow:
            self.narrow = narrow
            self.chosen_sizes = False
            self.size_case_list()
        if not self.chosen_sizes:
            self._share(NARROW_SHARES if narrow else LAYOUTS["balanced"][1])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The splitter resized: share it once it has laid its panes out (it would share anew)."""
        if event.type() == QEvent.Type.Resize:  # not once the workspace is gone (a lock)
            QTimer.singleShot(0, self, self.fit_width)
        return False

    def _share(self, shares: tuple[int, int, int]) -> None:
        splitter = self.ws.splitter
        total = sum(splitter.sizes()) or self.ws.width()
        splitter.blockSignals(True)  # not the member's choice
        splitter.setSizes([total * share // sum(shares) for share in shares])
        splitter.blockSignals(False)

    def _sized_by_hand(self, _pos: int, _index: int) -> None:
        self.chosen_sizes = True

    def layout_menu_actions(self) -> list[QAction]:
        return list(self.layout_actions.values())
