"""The controls above a document (pages, zoom, page text, find), folded in a short panel.

At 200% text, or at display scaling 2 on a 768-pixel screen, the controls wrapped onto
five rows and took most of the panel: the page itself showed a few lines high. Where the
controls would take more than a third of the panel they fold behind one button, "Page
tools", which shows them again; the keys (Page Up and Down, Ctrl+= and Ctrl+-,
Ctrl+F) work either way, and Ctrl+F unfolds them to show the search field. Unfolded in
a panel too short for them all, the controls scroll down rather than being squeezed.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from desktop.ui.i18n import Retranslatable, tr
from desktop.ui.viewer.controls import ControlRow, FindBar, toggle_button

FOLD_SHARE = 1 / 3  # of the document panel's height, the most the controls may take unfolded
LEAST_LINES = 3  # of text: the least height of the unfolded controls, about one button


class _ControlsArea(QScrollArea):
    """The rows of controls, as tall as their lines need at the panel's width, or shorter
    with a scroll bar. Unfolded at display scaling 2 they needed more than the panel had:
    a plain layout squeezed the rows and left the last buttons past their foot."""

    def __init__(self, parts: Sequence[QWidget]) -> None:
        super().__init__()
        self.setObjectName("document_controls_scroll")
        content = self.content = QWidget()  # kept: widget() may be None to the type checker
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        for part in parts:
            layout.addWidget(part)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its controls take focus, not the frame
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # they wrap instead
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._hinted_width = -1

    def _needed(self, width: int) -> int:
        """The height of all the lines at `width` (the width is not known before layout)."""
        content = self.content
        return content.heightForWidth(width) if width > 0 else content.sizeHint().height()

    def sizeHint(self) -> QSize:
        """All the lines at the current width: no scroll bar when the panel has the room."""
        return QSize(self.content.sizeHint().width(), self._needed(self.width()))

    def minimumSizeHint(self) -> QSize:
        """As wide as the widest control (nothing cut at the side), about one button high."""
        width = self.content.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
        height = min(self._needed(self.width()), LEAST_LINES * self.fontMetrics().height())
        return QSize(width, height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A new width wraps the lines anew: ask again for the height they need."""
        super().resizeEvent(event)
        if event.size().width() != self._hinted_width:
            self._hinted_width = event.size().width()
            self.updateGeometry()


class ControlBlock(Retranslatable, QWidget):
    """The rows of controls, and the button that folds them in a short panel."""

    def __init__(self, top: Sequence[QWidget], find_bar: FindBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("document_controls")
        self.rows = ControlRow(top)
        self.find_bar = find_bar
        self.tools_button = toggle_button("document_tools")
        self.tools_button.toggled.connect(lambda _on: self._show_rows())
        self.folded = False
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.tools_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        self.area = _ControlsArea([self.rows, self.find_bar])
        layout.addWidget(self.area)
        self.tools_button.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.tools_button.setText(tr("Page tools"))
        self.tools_button.setAccessibleName(tr("Show the page, zoom and find controls"))
        self.tools_button.setToolTip(
            tr("Page Up and Page Down turn the pages, Ctrl+= and Ctrl+- zoom, Ctrl+F finds a word")
        )

    def needed_height(self, width: int) -> int:
        """How tall the rows are, unfolded, at `width`."""
        layout = self.layout()
        spacing = layout.spacing() if layout is not None else 0
        return self.rows.heightForWidth(width) + spacing + self.find_bar.heightForWidth(width)

    def fit(self, panel_height: int) -> None:
        """Fold when the rows would take more than `FOLD_SHARE` of the panel, else unfold."""
        folded = self.needed_height(self.width()) > panel_height * FOLD_SHARE
        if folded != self.folded:
            self.folded = folded
            self.tools_button.setVisible(folded)
            self._show_rows()

    def unfold(self) -> None:
        """Show the rows (Ctrl+F: the search field must be on screen to type in)."""
        if self.folded:
            self.tools_button.setChecked(True)
        # once laid out: in a short panel the find bar may be below the area's foot
        QTimer.singleShot(0, self, lambda: self.area.ensureWidgetVisible(self.find_bar.search_edit))

    def _show_rows(self) -> None:
        self.area.setVisible(not self.folded or self.tools_button.isChecked())


class _PanelWatch(QObject):
    """Tells the block the panel's height whenever the panel is resized."""

    def __init__(self, block: ControlBlock, panel: QWidget) -> None:
        super().__init__(block)
        self.block = block
        panel.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.block.fit(watched.height())
        return False


def control_rows(
    top: Sequence[QWidget], find_bar: FindBar, body: QWidget, panel: QWidget
) -> tuple[QVBoxLayout, ControlBlock]:
    """Same arrangement on every tab: pages and zoom, then find, then the document; the
    controls fold when `panel` (the tab) is short."""
    block = ControlBlock(top, find_bar)
    _PanelWatch(block, panel)
    layout = QVBoxLayout()
    layout.setContentsMargins(6, 6, 6, 0)
    layout.addWidget(block)
    layout.addWidget(body, 1)
    # Unfolded in a short panel, the page gives way to the controls, not the other way round.
    body.setMinimumHeight(body.fontMetrics().height() * 2)
    return layout, block
