"""A ring round the drop-down that has the keyboard, drawn by the style under the app's.

The system style draws no focus mark on a closed drop-down, and the style sheet's
`*:focus` outline has no effect on one: walking a dialog by keyboard, the Decision box
looked the same with the keyboard in it as without. Re-styling the box in the style sheet
loses its arrow, so the ring is drawn here, over what the system style drew, in the
palette's highlight colour (a high-contrast theme's too).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOptionComplex, QWidget

RING_WIDTH = 2
FOCUS_RINGS = "focus_rings"  # application property: the style below is in use


class FocusRingStyle(QProxyStyle):
    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        if control == QStyle.ComplexControl.CC_ComboBox and focused:
            painter.save()
            pen = QPen(option.palette.highlight().color(), RING_WIDTH)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            half = RING_WIDTH / 2
            painter.drawRoundedRect(option.rect.toRectF().adjusted(half, half, -half, -half), 3, 3)
            painter.restore()
