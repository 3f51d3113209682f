"""The main window fits the screen it starts on, whatever geometry was saved before."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect
from PySide6.QtGui import QGuiApplication

from desktop.ui import settings
from desktop.ui.shell.main_window import MainWindow
from tests.ui.fakes import FakeDialogs
from tests.ui.harness import open_window


def _window_with_saved_geometry(qtbot, tmp_path, rect: QRect) -> MainWindow:
    """A window saved at `rect` (as on another screen or scale), started again."""
    first = MainWindow(tmp_path / "new", FakeDialogs())
    first.setGeometry(rect)
    settings.write(settings.GEOMETRY, bytes(first.saveGeometry().data()))
    first.deleteLater()
    return open_window(qtbot, tmp_path / "new", FakeDialogs())


def _free() -> QRect:
    return QGuiApplication.primaryScreen().availableGeometry()


def test_a_window_larger_than_the_screen_is_fitted_to_it(qtbot, tmp_path) -> None:
    free = _free()
    window = _window_with_saved_geometry(qtbot, tmp_path, QRect(0, 0, free.width() * 2, free.height() * 2))
    assert free.contains(window.frameGeometry())
    settings.write(settings.GEOMETRY, b"")
    fresh = open_window(qtbot, tmp_path / "other", FakeDialogs())  # no saved geometry: 1400x900 asked
    assert free.contains(fresh.frameGeometry())


def test_a_tiny_or_off_screen_window_gets_a_sensible_size(qtbot, tmp_path) -> None:
    free = _free()
    window = _window_with_saved_geometry(
        qtbot, tmp_path, QRect(10, 10, free.width() // 4, free.height() // 4)
    )
    assert window.width() >= free.width() // 2 and window.height() >= free.height() // 2
    assert free.contains(window.frameGeometry())
    window.close()
    away = _window_with_saved_geometry(qtbot, tmp_path, QRect(free.right() + 500, 40, 600, 500))
    assert free.contains(away.frameGeometry())
    settings.write(settings.GEOMETRY, QByteArray())
