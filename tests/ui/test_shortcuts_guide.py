"""Help → Keyboard shortcuts tells each role its own keys, in both languages."""

from __future__ import annotations

from desktop.ui import i18n
from desktop.ui.shell.guide import shortcuts_text


def test_a_coordinator_is_told_the_coordinator_s_keys(qtbot) -> None:
    coordinator, member = shortcuts_text(coordinator=True), shortcuts_text()
    assert "F8 / Shift+F8: next / previous split" in coordinator
    assert "Ctrl+M" not in coordinator  # marking a case complete is a member's key
    assert "Ctrl+M" in member and "split" not in member
    try:
        i18n.set_language("cy")
        welsh = shortcuts_text(coordinator=True)
        assert "yr anghytundeb nesaf" in welsh and "Ctrl+Tudalen i Lawr" in welsh
        assert "split" not in welsh
    finally:
        i18n.set_language("en")
