"""Answer buttons whose words wrap onto more lines, like a paragraph.

A stock QRadioButton or QCheckBox is as wide as its whole label on one line. At a large
text size a label such as "Should have been a non-crime hate incident" is wider than the
checklist, and the button would stick out of the pane where nobody can scroll to it. These
buttons instead report a height for any width (the flow layout gives them the width of
the pane when they need it) and paint their label wrapped, so a question reflows at any
text size and in any language.

The box, indicator, focus frame and hit area still come from the style (and the app's
style sheet); only the label is drawn here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

# Mnemonics as on a stock button: "Sho&w only disagreements" underlines its w, not "&w".
_WRAP = (
    Qt.TextFlag.TextWordWrap
    | Qt.TextFlag.TextShowMnemonic
    | Qt.AlignmentFlag.AlignLeft
    | Qt.AlignmentFlag.AlignVCenter
)
_NARROWEST_EMS = 8  # a button is never squeezed below this many "M"s of label


def _may_wrap(button: QWidget) -> None:
    """Let layouts narrow the button below its one-line width (it grows taller instead)."""
    policy = button.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
    policy.setVerticalPolicy(QSizePolicy.Policy.Preferred)  # Fixed would pin it to one line
    policy.setHeightForWidth(True)
    button.setSizePolicy(policy)


if TYPE_CHECKING:  # what the mixin is mixed into, for the type checker
    _Button = QRadioButton  # QCheckBox offers the same methods
else:
    _Button = object


class _Wrapping(_Button):
    """Shared by both kinds of answer button; `_control`/`_contents` name the style parts."""

    _control: QStyle.ControlElement
    _contents: QStyle.SubElement

    # sizes ------------------------------------------------------------------
    def _one_line(self) -> QSize:
        """The stock size: the whole label on one line."""
        return super().sizeHint()

    def _overhead(self) -> QSize:
        """Everything around the label: box, padding, indicator and spacing."""
        metrics = self.fontMetrics()
        one_line = self._one_line()
        return QSize(
            one_line.width() - metrics.horizontalAdvance(self.text()),
            one_line.height() - metrics.height(),
        )

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        overhead = self._overhead()
        room = max(1, width - overhead.width())
        text = self.fontMetrics().boundingRect(QRect(0, 0, room, 0), _WRAP, self.text())
        return max(self._one_line().height(), text.height() + overhead.height())

    def sizeHint(self) -> QSize:
        return self._one_line()

    def minimumSizeHint(self) -> QSize:
        narrowest = self._overhead().width() + self.fontMetrics().horizontalAdvance("M" * _NARROWEST_EMS)
        one_line = self._one_line()
        return QSize(min(one_line.width(), narrowest), one_line.height())

    # drawing and clicking ---------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        text, option.text = option.text, ""
        painter = QPainter(self)
        style = self.style()
        style.drawControl(self._control, option, painter, self)
        label = style.subElementRect(self._contents, option, self)
        style.drawItemText(painter, label, int(_WRAP), option.palette, self.isEnabled(), text)
        painter.end()

    def hitButton(self, pos: QPoint) -> bool:
        """Anywhere on the button, wrapped lines included, as a label would be."""
        return self.rect().contains(pos)


class WrappingRadioButton(_Wrapping, QRadioButton):
    _control = QStyle.ControlElement.CE_RadioButton
    _contents = QStyle.SubElement.SE_RadioButtonContents

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _may_wrap(self)


class WrappingCheckBox(_Wrapping, QCheckBox):
    _control = QStyle.ControlElement.CE_CheckBox
    _contents = QStyle.SubElement.SE_CheckBoxContents

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _may_wrap(self)
