"""A drop-down shows when it has the keyboard: the system style drew nothing, and a
keyboard walk of the split dialog could not tell the Decision box had focus."""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyle, QStyleFactory, QVBoxLayout, QWidget

from desktop.ui.focus_style import FocusRingStyle


def _pixels_changed_by_focus(qtbot, style: QStyle | None) -> int:
    holder = QWidget()
    qtbot.addWidget(holder)
    column = QVBoxLayout(holder)
    combo, field = QComboBox(), QLineEdit()
    combo.addItems(["Leave unresolved", "Yes", "No"])
    if style is not None:  # else the application's
        combo.setStyle(style)
        holder.style_kept = style  # type: ignore[attr-defined]  # alive as long as the combo
    column.addWidget(combo)
    column.addWidget(field)
    holder.show()
    qtbot.waitExposed(holder)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    before = combo.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    after = combo.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    return sum(
        before.pixel(x, y) != after.pixel(x, y) for y in range(before.height()) for x in range(before.width())
    )


def test_a_focused_drop_down_wears_a_ring_the_system_style_did_not_draw(qtbot) -> None:
    assert _pixels_changed_by_focus(qtbot, QStyleFactory.create("Fusion")) < 50  # what the walk saw
    assert (
        _pixels_changed_by_focus(qtbot, FocusRingStyle("Fusion")) > 400
    )  # a ring two pixels wide, all round


def test_the_app_draws_its_drop_downs_with_the_ring(qtbot) -> None:
    from desktop.ui.app import make_application

    make_application(["panel-review"])  # as the app starts: every drop-down, no style of its own
    assert _pixels_changed_by_focus(qtbot, None) > 400
