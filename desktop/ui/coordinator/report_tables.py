"""What the Observations and Recommendations pages share: their tables and their refusals."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QHeaderView, QTableView

from desktop.ui.coordinator.page import plain_reason
from desktop.ui.i18n import current_language
from desktop.ui.item_models import RowTableModel, row_table


def entry_table(
    name: str, model: RowTableModel[Any], stretch: tuple[int, ...], opens: Callable[[], None]
) -> QTableView:
    """A table of entries: one Tab stop, arrow keys inside; Enter (or a double click) opens
    the chosen entry in its editor. The text columns share the room left by the others."""
    view = row_table(name, model)
    header = view.horizontalHeader()
    for column in range(model.columnCount()):
        modes = QHeaderView.ResizeMode
        header.setSectionResizeMode(column, modes.Stretch if column in stretch else modes.ResizeToContents)
    view.activated.connect(lambda _index: opens())
    return view


def refusal_text(exc: Exception) -> str:
    """The plain sentence for a refused entry or file, in the interface language.

    The services' refusals (an entry, a response file, rows of one) each explain
    themselves in both languages; anything else is worded as the other pages word it.
    """
    explain = getattr(exc, "explain", None)
    if callable(explain):
        text = explain(current_language())
        return "\n".join(text) if isinstance(text, list) else str(text)
    return plain_reason(exc)
