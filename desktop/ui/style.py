"""The app's look: readable sizes, clear focus and a visible mark on unfinished questions.

Colours are few and always paired with text (a "note needed" line, an outline), so
nothing depends on colour alone; the palette follows the system, high-contrast
themes included.

Sizes in the style sheet (padding, borders, margins) are written at 100% and scaled
with the member's text size (View → Text size), so a larger text keeps its spacing.
"""

import re
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

W = TypeVar("W", bound=QWidget)

HEADING_SCALE = "heading_scale"  # widget property: the heading's size relative to the interface text


def make_heading(widget: W, scale: float) -> W:
    """Bold and `scale` times the interface text size, so headings grow with it.

    The scale is kept on the widget, so a later change of text size resizes the heading too.
    """
    widget.setProperty(HEADING_SCALE, scale)
    font = QApplication.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    widget.setFont(font)
    return widget


STYLE_SHEET = """
QLabel#page_heading { margin-bottom: 6px; }
QLabel#section_heading { margin-top: 12px; }
QLabel#question_title { font-weight: bold; }
QFrame[gap="true"] { border: 3px solid #b00020; border-radius: 4px; }
QFrame[unsaved="true"] { border: 3px dashed #b00020; border-radius: 4px; }
QLabel#unsaved_mark, QLabel#text_limit { color: #b00020; font-weight: bold; }
QFrame#save_banner { border: 2px solid #b00020; border-radius: 4px; background: #fdecea; }
QFrame#save_banner QLabel { color: #5f0010; }
QLabel#withdrawn_banner {
    border: 2px solid palette(mid); border-radius: 4px; padding: 6px; font-weight: bold;
}
QLabel#note_hint[required="true"] { color: #b00020; font-weight: bold; }
QLabel#problems, QLabel#unlock_message { color: #b00020; font-weight: bold; }
QPushButton { padding: 6px 14px; }
QRadioButton, QCheckBox {
    padding: 4px 6px; border: 2px solid transparent; border-radius: 4px;
}
QCheckBox::indicator, QRadioButton::indicator, QAbstractItemView::indicator { width: 14px; height: 14px; }
/* A rule for list items makes the list lay its items out by this sheet, so a tick box grown
   with the text keeps its words beside it: without one, at 200% text the box covered them. */
QListView::item { padding-left: 0px; }
QTabBar::scroller { width: 48px; }  /* both arrows: each as wide as a finger's tip */
*:focus { outline: 2px solid palette(highlight); }
QRadioButton:focus, QCheckBox:focus { background: palette(alternate-base); border-color: palette(highlight); }
"""


def style_sheet(percent: int = 100) -> str:
    """The style sheet with every pixel size scaled to `percent` of normal text size."""
    if percent == 100:
        return STYLE_SHEET
    return re.sub(r"(\d+)px", lambda m: f"{round(int(m.group(1)) * percent / 100)}px", STYLE_SHEET)


def plain_text_label(name: str) -> QLabel:
    """A wrapping label that shows its text as typed (no rich text from a case's words)."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
