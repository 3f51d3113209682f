"""A coordinator's window over a real encrypted profile, with members who have real profiles too."""

from __future__ import annotations

import warnings
from pathlib import Path

from desktop.services import identity
from desktop.ui.operations import active_jobs
from tests.services.exchange_world import make_profile
from tests.ui.fakes import FakeDialogs
from tests.ui.harness import open_window


def member_card(root: Path, name: str):
    """A member's own profile and the card they would email to the office."""
    key = name.split()[0].lower()
    db = make_profile(root / key, name, "member")
    card = root / f"{key}.prcard"
    identity.export_card(db, card)
    return db, card


def coordinator_window(qtbot, root: Path, dialogs: FakeDialogs | None = None):
    """The coordinator's window, unlocked on a fresh coordinator profile."""
    db = make_profile(root / "office", "Olwen Price (OPCC)", "coordinator")
    window = open_window(qtbot, root / "office", dialogs or FakeDialogs(), db=db)
    assert window.coordinator_home is not None
    wait_operations(qtbot)  # the pages' rows are read off the GUI thread
    return window, db


def wait_operations(qtbot) -> None:
    qtbot.waitUntil(lambda: active_jobs() == 0, timeout=20_000)


def table_texts(view) -> list[list[str]]:
    model = view.model()
    return [
        [str(model.data(model.index(r, c))) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def drop_files(page, paths: list[Path]) -> None:
    """Drag files over `page` and drop them, as from a file manager.

    The drag-enter goes through Qt's event delivery; offscreen Qt delivers a drop only
    during a real drag, so the drop is handed to the page's drop handler directly.
    """
    from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    action, none, plain = Qt.DropAction.CopyAction, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    with warnings.catch_warnings():  # Qt marks the only QPoint constructor deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(QPoint(10, 10), action, data, none, plain)
    QApplication.sendEvent(page, enter)
    assert enter.isAccepted(), "the page must accept these files"
    page.file_drop.eventFilter(page, QDropEvent(QPointF(10, 10), action, data, none, plain))
