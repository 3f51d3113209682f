"""Is every control of a page on show? The check behind the large-text tests.

A control counts as cut off when it is narrower than Qt needs to draw it, or when any
part of it lies outside a visible ancestor: sideways always (nobody can scroll there),
up or down only outside a scroll area (inside one, the member scrolls to it).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QLineEdit,
    QWidget,
)

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView)


def _rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def _scrolls(ancestor: QWidget) -> bool:
    return isinstance(ancestor, QAbstractScrollArea)


def _is_viewport(widget: QWidget) -> bool:
    """The part of a scroll area its content is seen through (it scrolls up and down)."""
    parent = widget.parentWidget()
    return isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget


def cut_off(widget: QWidget, root: QWidget) -> str | None:
    """Why `widget` is not wholly on show inside `root`, or None if it is."""
    name = widget.objectName() or type(widget).__name__
    if isinstance(widget, QAbstractButton | QComboBox) and widget.width() < widget.minimumSizeHint().width():
        return f"{name}: {widget.width()} px wide, needs {widget.minimumSizeHint().width()}"
    in_scroll_area = False
    ancestor = widget.parentWidget()
    while ancestor is not None:
        if _scrolls(ancestor):  # its viewport, checked just before, is what shows the child
            ancestor = None if ancestor is root else ancestor.parentWidget()
            continue
        in_scroll_area = in_scroll_area or _is_viewport(ancestor)
        rect = _rect_in(widget, ancestor)
        bounds = ancestor.rect()
        where = ancestor.objectName() or type(ancestor).__name__
        if rect.left() < bounds.left() or rect.right() > bounds.right():
            return f"{name}: x {rect.left()}..{rect.right()} outside {where} 0..{bounds.right()}"
        if not in_scroll_area and (rect.top() < bounds.top() or rect.bottom() > bounds.bottom()):
            return f"{name}: y {rect.top()}..{rect.bottom()} outside {where} 0..{bounds.bottom()}"
        ancestor = None if ancestor is root else ancestor.parentWidget()
    return None


def cut_off_controls(root: QWidget) -> list[str]:
    """Every visible button, field, drop-down and list of `root` that is not wholly on show."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root):
            continue
        if (
            isinstance(widget.parentWidget(), QAbstractScrollArea)
            and widget is not widget.parentWidget().viewport()
        ):
            continue  # a scroll area's own scroll bars and corner
        if (
            widget.parentWidget() is not None
            and widget.parentWidget().objectName() == "qt_scrollarea_hcontainer"
        ):
            continue
        problem = cut_off(widget, root)
        if problem:
            found.append(problem)
    return found
