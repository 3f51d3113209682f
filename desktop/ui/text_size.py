"""The member's text size (View → Text size): the whole interface, at once and at start-up.

Qt's own scaling (QT_SCALE_FACTOR) must be set before the app starts and also enlarges
the window chrome; a text size of our own changes while the app runs. It scales the
application font from the size the system gave us, the pixel sizes of the style sheet,
and every heading (which carries its own, larger font).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from desktop.ui import settings
from desktop.ui.style import HEADING_SCALE, make_heading, style_sheet

TEXT_SIZES = (100, 125, 150, 200)  # per cent of the system's text size


class _TextSize:
    """The size in force, and the system's font before we scaled it (known once the app runs)."""

    percent = 100
    base: QFont | None = None


def current_text_size() -> int:
    return _TextSize.percent


def _base_font(app: QApplication) -> QFont:
    """The system's font, as it was before we scaled it."""
    if _TextSize.base is None:
        _TextSize.base = QFont(app.font())
    return QFont(_TextSize.base)


def remembered_text_size() -> int:
    """The saved text size, or normal if the saved value is not one we offer."""
    percent = settings.read(settings.TEXT_SIZE)
    return percent if percent in TEXT_SIZES else 100


def apply_text_size(percent: int) -> None:
    """Show every window's text at `percent` of the system size now (not saved; see `set_text_size`)."""
    if percent not in TEXT_SIZES:
        raise ValueError(percent)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = _base_font(app)
    font.setPointSizeF(font.pointSizeF() * percent / 100)
    _TextSize.percent = percent
    # With a style sheet in force, Qt passes a new application font on to existing
    # widgets only when the sheet is set again; clearing it first makes that certain.
    app.setStyleSheet("")
    app.setFont(font)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)  # now, not later
    app.setStyleSheet(style_sheet(percent))
    for widget in app.allWidgets():
        scale = widget.property(HEADING_SCALE)
        if isinstance(scale, int | float):
            make_heading(widget, float(scale))


def set_text_size(percent: int) -> None:
    """Apply `percent` and remember it for the next start."""
    apply_text_size(percent)
    settings.write(settings.TEXT_SIZE, percent)
