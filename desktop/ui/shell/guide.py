"""The words the main window shows about keys and unsaved work."""

from __future__ import annotations

from desktop.ui.i18n import tr


def unsaved_warning(lock: bool) -> str:
    """Why the member is asked before locking or quitting with changes not yet saved."""
    if lock:
        return tr(
            "Some of your latest changes could not be saved yet. If you lock now, Panel Review "
            "keeps them and tries again when you unlock. Lock now?"
        )
    return tr(
        "Some of your latest changes could not be saved yet. If you quit now, they will be lost. Quit anyway?"
    )


def shortcuts_text(coordinator: bool = False) -> str:
    """The keyboard guide shown from the Help menu (and in the README): a coordinator's
    keys to a coordinator, a member's to a member."""
    if coordinator:
        return "\n".join(_coordinator_lines())
    lines = [
        tr("1 – 9: choose an answer to the question you are on"),
        tr("Enter: go to the next question (Ctrl+Enter from a note)"),
        tr("Ctrl+Up / Ctrl+Down: previous / next question"),
        tr("Tab / Shift+Tab: move between answers, hours and notes"),
        tr("F1: show or hide guidance for the question"),
        tr("Alt+Page Down / Alt+Page Up: next / previous case"),
        tr("Enter in the case list: open the chosen case"),
        tr("F6 / Shift+F6: next / previous pane (cases, documents, checklist)"),
        tr("Ctrl+M: mark the case complete; Ctrl+D: defer it"),
        tr("Ctrl+Z / Ctrl+Shift+Z: undo / redo an answer or note"),
        tr("Ctrl+F: search the document; F3: next match"),
        tr("Ctrl+T: the page's text instead of its image (for screen readers)"),
        tr("Ctrl+Shift+C: cite the page in view, with any words selected on it, as evidence"),
        tr("Enter on a citation: open the document at that page; Delete: remove it"),
        tr("Ctrl+Alt+Left / Right / 0: wider documents / wider checklist / balanced panes"),
        tr("Ctrl+P: print my review; Ctrl+L: lock now"),
    ]
    return "\n".join(lines)


def _coordinator_lines() -> list[str]:
    return [
        tr("F6 / Ctrl+Page Down: next page; Shift+F6 / Ctrl+Page Up: previous page"),
        tr("Alt and a page's underlined letter: go to that page"),
        tr("Findings: F8 / Shift+F8: next / previous split not yet decided"),
        tr("Findings: Enter on a cell: every member's answer, and the panel's decision"),
        tr("Enter on a member's evidence: your copy of the document at that page"),
        tr("Translation: F8: next text not yet translated; Ctrl+Enter: save the version"),
        tr("Reading before publishing: F8: next text not yet confirmed"),
        tr("Ctrl+L: lock now"),
    ]
