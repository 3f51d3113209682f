"""Actions whose keys work while the keyboard is anywhere inside one part of a window.

A page's or the workspace's keys (F8, Ctrl+M, the layout keys) must not fire from
another page, yet the same actions are listed in a menu so they can be found: an action
added to the part, with the "widget with children" context, does both.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def scoped_action(
    owner: QWidget, name: str, shortcuts: list[QKeySequence], slot: Callable[..., object]
) -> QAction:
    """A named action on `owner`, its `shortcuts` working only while focus is inside it."""
    action = QAction(owner)
    action.setObjectName(name)
    action.setShortcuts(shortcuts)
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    owner.addAction(action)
    return action
