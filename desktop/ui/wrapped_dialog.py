"""A dialog base for paragraphs of wrapped text (messages that must never be cut off)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QMoveEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QLayout,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)


class ScrollingBody(QScrollArea):
    """A dialog's contents (all but its closing buttons), scrolling up and down when the
    screen is too short for them: at 200% text on a 768-pixel screen, or with display
    scaling, the fields were squeezed into one another instead. It asks for the height
    its contents need at its width, so it scrolls only when the screen is short."""

    def __init__(self, name: str, *parts: QWidget | QLayout | None) -> None:
        super().__init__()
        self.setObjectName(name)
        self.content = QWidget()
        column = QVBoxLayout(self.content)
        column.setContentsMargins(0, 0, 0, 0)
        for part in parts:
            if isinstance(part, QLayout):
                column.addLayout(part)
            elif part is not None:
                column.addWidget(part)
        self.setWidget(self.content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take focus, not the frame
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def needed_height(self, width: int = 0) -> int:
        """The contents' height at `width` (or the width they have), nothing scrolled away."""
        width = width or self.viewport().width()
        layout = self.content.layout()
        wanted = layout.totalHeightForWidth(width) if layout is not None and layout.hasHeightForWidth() else 0
        return max(wanted, self.content.minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(self.content.sizeHint().width(), self.needed_height())

    def minimumSizeHint(self) -> QSize:
        """As wide as the contents' least width (nothing cut at the side), a few lines high."""
        width = self.content.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
        return QSize(width, min(self.needed_height(), 6 * self.fontMetrics().height()))


class WrappedTextDialog(QDialog):
    """A dialog whose wrapped paragraphs and buttons always show whole.

    Qt sizes a new window from its layout's size hint, which ignores how many lines a
    wrapped label needs at the width it gets: long Welsh text at 200% size was cut off.
    A minimum width set on the dialog also overrides its layout's, so long Welsh buttons
    were squashed. On showing, and whenever its contents change (a strength sentence, a
    list of problems), the window grows to the width and height its layout needs.
    """

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_contents()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A window manager may narrow the window as it maps it: the paragraphs then wrap
        onto more lines, with no layout request to say so, and the buttons below were cut
        off (the card dialog in Welsh at display scaling 1.5, now and then). Fit again."""
        super().resizeEvent(event)
        if self.isVisible() and event.size().width() != event.oldSize().width():
            QTimer.singleShot(0, self, self.fit_contents)

    def moveEvent(self, event: QMoveEvent) -> None:
        """The window manager places the window after it is shown, and has been seen to put
        a dialog's title bar above the screen (the reason dialog, framed at (-1, -20) at
        200% text): once it has, bring the window back inside (nothing moves otherwise)."""
        super().moveEvent(event)
        if self.isVisible():
            QTimer.singleShot(0, self, self._back_inside)

    def _back_inside(self) -> None:
        screen = self.screen() or QApplication.primaryScreen()
        self._keep_on_screen(screen.availableGeometry(), self.width())

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest and self.isVisible():
            self.fit_contents()
        return handled

    def fit_contents(self) -> None:
        """Grow (never shrink) to what the layout needs; the member's own resizing is kept."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        width = layout.totalMinimumSize().width()
        if width > self.minimumWidth():
            self.setMinimumWidth(width)
        width = max(width, self.width())
        height = max(self.contents_height(width), self.height())
        free = (self.screen() or QApplication.primaryScreen()).availableGeometry()
        frame = max(self.frameGeometry().height() - self.geometry().height(), self.fontMetrics().height() * 2)
        width, height = min(width, free.width()), min(height, free.height() - frame)  # never past the screen
        self._keep_on_screen(free, width, height)
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)

    def contents_height(self, width: int) -> int:
        """The height the layout needs at `width`, a scrolling body's contents whole."""
        layout = self.layout()
        if layout is None:
            return 0
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else 0
        body = self.findChild(ScrollingBody)
        if body is not None:  # its contents, whole, at the width they will have, plus what is around it
            margins = layout.contentsMargins()
            inner = width - margins.left() - margins.right()
            around = layout.totalMinimumSize().height() - body.minimumSizeHint().height()
            height = max(height, around + body.needed_height(inner))
        return height

    def _keep_on_screen(self, free: QRect, width: int, height: int = 0) -> None:
        """Grown wider after the window manager placed it, the window can stick out past the
        screen's right edge (the card dialog in Welsh at display scaling 1.5, 200% text, now
        and then under load: 22 px, its buttons out of reach): move it left, back in. Never
        down from within the screen: the height is already capped to the screen, and moving
        a window the window manager has not framed yet misjudges its title bar."""
        frame = self.frameGeometry()
        outer_w = width + frame.width() - self.width()
        right_edge = free.x() + free.width()
        x = max(free.x(), min(frame.x(), right_edge - outer_w))
        # Above the top or left edge (its title bar out of reach: the reason dialog at
        # display scaling 1.5, 200% text, under load) it comes down, but only once the
        # window manager has framed it, so the frame it is measured by is the real one.
        framed = frame != self.geometry()
        y = max(free.y(), frame.y()) if framed else frame.y()
        if not framed:  # the frame still to come goes around it: at the very edge, leave it room
            left, top = unframed_margins()
            x, y = max(x, free.x() + left), max(y, free.y() + top)
        # Grown taller after it was placed (contents that arrive from a read off the GUI
        # thread: the briefing's rounds at display scaling 2), its foot can pass the
        # screen's bottom edge with its buttons: once framed, it moves up, back in.
        outer_h = (height or self.height()) + frame.height() - self.geometry().height()
        if framed and y + outer_h > free.y() + free.height():
            y = max(free.y(), free.y() + free.height() - outer_h)
        if (x, y) != (frame.x(), frame.y()):
            self.move(x, y)


def unframed_margins() -> tuple[int, int]:
    """What a window manager's frame will add left of and above a window Qt has not yet
    seen framed: a border, and a title bar as tall as the style draws one. A window whose
    inside Qt places at the screen's very top had its title bar above the screen (the
    reason dialog and the question's window at display scaling 1.5, now and then)."""
    style = QApplication.style()
    return style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth), style.pixelMetric(
        QStyle.PixelMetric.PM_TitleBarHeight
    )


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """`width` x `height`, or less where the screen's free area, less a title bar and
    borders, is smaller: a window sized in pixels once (900x700) was 1800x1400 at display
    scaling 2 on a 1366x768 screen, and one sized in lines was taller than the screen at
    200% text, their Close buttons off the edge either way."""
    free = (window.screen() or QApplication.primaryScreen()).availableGeometry()
    frame = 2 * window.fontMetrics().height()  # the window manager's title bar and borders
    window.resize(min(width, free.width() - frame), min(height, free.height() - frame))
