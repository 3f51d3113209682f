"""The coordinator's tab widget: each page sits in a scroll area of its own.

Two reasons, both about a page that changes while the coordinator works on it:

- A page larger than the window (large text on a small screen) scrolls, instead of
  pushing its last buttons below the screen's edge.
- A scroll area keeps a page's size changes to itself. Without it, a label whose text
  changes ("Splits not yet decided: 3") makes Qt lay out every parent up to the tab
  widget, which then repaints the whole window: 10-20 ms on the GUI thread after every
  decision or saved note on a 200-case round, where the page itself needs one line.

The rest of the app speaks of pages: `setCurrentWidget`, `currentWidget`, `widget` and
`indexOf` take and give the page, never its scroll area.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QTabWidget, QToolButton, QWidget
from shiboken6 import isValid


class PageTabs(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # When the tabs do not fit (a small screen, large text) the bar shows arrows to
        # scroll it; the keyboard moves between tabs with the arrow keys, F6 and
        # Ctrl+Page Down, so the arrows are not one more stop for Tab.
        for arrow in self.tabBar().findChildren(QToolButton):
            arrow.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def add_page(self, page: QWidget) -> int:
        area = QScrollArea()
        area.setObjectName(f"{page.objectName()}_scroll")
        area.setWidgetResizable(True)  # the page fills the tab and scrolls only when larger
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        area.setWidget(page)
        page.installEventFilter(self)
        return self.addTab(area, "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A line that appears above the control in use (a count read after the page was
        shown) pushes it down: when that cuts the control at the viewport's edge, the
        page scrolls it back into view. A control scrolled wholly out of view by the
        mouse is left where the coordinator put it."""
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            viewport = watched.parentWidget()
            area = viewport.parentWidget() if viewport is not None else None
            focused = QApplication.focusWidget()
            if isinstance(area, QScrollArea) and focused is not None and watched.isAncestorOf(focused):
                # after the page's layout has placed its children at their new places
                QTimer.singleShot(0, area, lambda: _keep_in_view(area, focused))
        return super().eventFilter(watched, event)

    def widget(self, index: int) -> QWidget:
        area = super().widget(index)
        page = area.widget() if isinstance(area, QScrollArea) else area
        assert page is not None, "every tab holds a page"
        return page

    def currentWidget(self) -> QWidget:
        return self.widget(self.currentIndex())

    def indexOf(self, page: QWidget) -> int:
        return next((i for i in range(self.count()) if self.widget(i) is page), -1)

    def setCurrentWidget(self, page: QWidget) -> None:
        index = self.indexOf(page)
        if index < 0:
            raise ValueError("not one of the coordinator's pages")
        self.setCurrentIndex(index)


def _keep_in_view(area: QScrollArea, control: QWidget) -> None:
    if not (isValid(area) and isValid(control)):  # closed meanwhile
        return
    viewport = area.viewport()
    top = control.mapTo(viewport, control.rect().topLeft()).y()
    bottom = top + control.height()
    if 0 <= top < viewport.height() < bottom or top < 0 < bottom:  # cut at an edge
        area.ensureWidgetVisible(control, 0, 20)
