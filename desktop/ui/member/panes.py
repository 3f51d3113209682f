"""The workspace's three panes from the keyboard: F6 between them, Ctrl+F into the documents,
and layouts that share the window between them (a splitter handle needs a mouse)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QWidget,
)

# Pane widths a keyboard user can choose (a splitter handle needs a mouse): the key, and
# the shares of the window for the case list, the documents and the checklist.
LAYOUTS: dict[str, tuple[str, tuple[int, int, int]]] = {
    "balanced": ("Ctrl+Alt+0", (2, 4, 4)),
    "documents": ("Ctrl+Alt+Left", (2, 6, 3)),
    "checklist": ("Ctrl+Alt+Right", (2, 3, 6)),
}


class PaneKeys:
    """Part of `Workspace` (desktop/ui/member/workspace.py); uses its widgets and session."""

    # panes ------------------------------------------------------------------
    def step_pane(self, step: int) -> None:
        """F6 / Shift+F6: case list, documents, checklist, round and round."""
        focus = QApplication.focusWidget()
        panes = [self._left, self.viewer, self._right]
        current = next(
            (
                i
                for i, pane in enumerate(panes)
                if focus is not None and (focus is pane or pane.isAncestorOf(focus))
            ),
            -1,
        )
        if current == 2 and focus is not None and (question := self.checklist.current_question()):
            self._left_checklist_at = (question, focus.objectName())
        target = (current + step) % len(panes) if current >= 0 else 0
        if target == 0:
            self.case_table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif target == 1:
            self.viewer.focus_documents()
        else:
            self._focus_checklist()

    def _focus_checklist(self) -> None:
        """Back to the field the member left with F6, else where work is left on the case."""
        at = self._left_checklist_at
        if at is not None and self._focus_field(*at):
            return
        if self.checklist.visible_ids():
            self.checklist.focus_first_unanswered()
        else:
            self.complete_button.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _focus_field(self, question_id: str | None, field: str | None) -> bool:
        """Focus a shown question, and the named field in it when there is one."""
        question = self.checklist.questions.get(question_id or "")
        if question is None or question.isHidden():
            return False
        self.checklist.focus_question(question.question.id)
        widget = question.findChild(QWidget, field) if field else None
        if widget is not None and widget.isVisibleTo(question):
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def find_in_documents(self) -> None:
        """Ctrl+F from anywhere in the workspace: the find box of the document in front."""
        self.viewer.focus_search()

    def _build_layout_actions(self) -> None:
        self.layout_actions = {
            name: self._action(
                f"layout_{name}", [QKeySequence(keys)], lambda _checked=False, n=name: self.set_layout(n)
            )
            for name, (keys, _shares) in LAYOUTS.items()
        }

    def set_layout(self, name: str) -> None:
        """Share the window between the panes as the chosen layout says (remembered with the splitter)."""
        _keys, shares = LAYOUTS[name]
        total = sum(self.splitter.sizes()) or self.width()
        self.splitter.setSizes([total * share // sum(shares) for share in shares])

    def size_case_list(self) -> None:
        """Fit the columns to their words, and never let the case list be narrower than
        its first two (reference and status): at large text the splitter would otherwise
        squeeze the list until only the start of each reference showed."""
        table = self.case_table
        table.resizeColumnsToContents()
        header = table.horizontalHeader()
        shown = sum(header.sectionSize(column) for column in range(min(2, header.count())))
        chrome = 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()
        table.setMinimumWidth(shown + chrome)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # a new text size: the columns change width
            QTimer.singleShot(0, self.size_case_list)
        super().changeEvent(event)  # type: ignore[misc]

    def actions_for_layout_menu(self) -> list[QAction]:
        return list(self.layout_actions.values())
