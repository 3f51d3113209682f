"""What every coordinator page shares: a heading, the session, what changed, long operations,
files dropped on the page, and the round being worked on.

Every read and change a page makes is an op (`desktop.ui.ops.<area>`), run off the GUI
thread; what a change changed is announced on the changes hub, and the home hands it
to each page's `on_changes` with the screen that made it, so a page reads again only
the rows that concern it, and not at all after its own change when it shows it already.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.operations import Changes
from desktop.services.rows import RoundRow
from desktop.services.session import ProfileSession
from desktop.ui.dialogs import DialogService
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.i18n import Retranslatable, current_language, tr
from desktop.ui.labels import plain_label
from desktop.ui.operations import OperationRunner
from desktop.ui.ops import Op
from desktop.ui.style import make_heading

T = TypeVar("T")
COMBO_LETTERS = 16  # the least a drop-down shows of its choice before eliding it


def plain_reason(exc: Exception) -> str:
    """The bilingual sentence for anything refused, or the error itself for anything else."""
    from desktop.services.refusals import reason_for

    return reason_for(exc, current_language()) or str(exc)


def refill(combo: QComboBox, texts: Sequence[str]) -> None:
    """New words for a drop-down's items (a change of language) without losing the choice
    or telling anyone it changed."""
    index = max(combo.currentIndex(), 0)
    blocked = combo.blockSignals(True)
    combo.clear()
    combo.addItems(list(texts))
    combo.setCurrentIndex(min(index, combo.count() - 1))
    combo.blockSignals(blocked)


def label_button(button: QAbstractButton, text: str, description: str) -> None:
    """The words on a button are its accessible name too; what it does is its description.

    A name that differs from the visible words ("Give every case the same number of
    reviewers" on a button showing "Auto-assign…") leaves a screen-reader user and the
    colleague on the phone talking about two different buttons, and voice control
    cannot find it.
    """
    button.setText(text)
    button.setAccessibleName(plain_label(text))
    button.setAccessibleDescription(description)


def button_row(*buttons: QWidget) -> FlowLayout:
    """A page's buttons side by side, wrapping onto more lines when the page is narrow
    (large text, display scaling): in a row they made the page wider than the screen."""
    row = FlowLayout(spacing=6)
    for button in buttons:
        row.addWidget(button)
    return row


def narrowable(combo: QComboBox, letters: int = COMBO_LETTERS) -> QComboBox:
    """A drop-down as wide as about `letters` letters at least, not as its longest item:
    a long round title or a long Welsh choice made the whole page wider than the screen.
    Longer items are elided in the box and shown whole in the open list."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(letters)
    return combo


class CoordinatorPage(Retranslatable, QWidget):
    def __init__(
        self, name: str, session: ProfileSession, dialogs: DialogService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.session = session
        self.dialogs = dialogs
        self.runner: OperationRunner | None = None
        self.layout_ = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("page_heading")
        make_heading(self.heading, 1.4)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.intro)

    def landing(self) -> QWidget | None:
        """Where the keyboard goes when the coordinator comes to this page by its tab
        (Alt+letter, a click): the control they act on. None leaves Qt's choice (the
        page's first control)."""
        return None

    def on_changes(self, changes: Changes, origin: object | None) -> None:
        """What another screen (or this one, `origin is self`) changed: a page reads again
        only what its rows show, and skips its own change when it already shows it."""

    def long_op(self, op: Op[T], title: str) -> Op[T]:
        """`op` with the progress window and Cancel; a cancel is said, since nothing was kept."""
        return op.with_progress(title, self.window()).cancelled(
            lambda: self.dialogs.info(self, title, tr("Cancelled: nothing was kept."))
        )

    def _button(self, name: str, slot: Callable[[], Any]) -> QPushButton:
        """A push button named for tests and styling, wired to `slot`; words come in retranslate."""
        button = QPushButton()
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button


class FileDrop(QObject):
    """Accepts files with one of `suffixes` dropped on `widget`, and hands over their paths."""

    def __init__(
        self, widget: QWidget, suffixes: tuple[str, ...], dropped: Callable[[list[Path]], None]
    ) -> None:
        super().__init__(widget)
        self.suffixes = suffixes
        self.dropped = dropped
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def paths(self, event: QDragEnterEvent | QDropEvent) -> list[Path]:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        found = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
        return [p for p in found if p.suffix.lower() in self.suffixes]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if self.paths(event):  # type: ignore[arg-type]
                event.acceptProposedAction()  # type: ignore[attr-defined]
                return True
        elif event.type() == QEvent.Type.Drop:
            paths = self.paths(event)  # type: ignore[arg-type]
            if paths:
                event.acceptProposedAction()  # type: ignore[attr-defined]
                self.dropped(paths)
                return True
        return False


class RoundChooser(Retranslatable, QWidget):
    """ "Round:" and a list of the rounds; every page that works on one round has one."""

    roundChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.combo = QComboBox()
        self.combo.setObjectName("round_combo")
        narrowable(self.combo)
        self.label.setBuddy(self.combo)
        row.addWidget(self.label)
        row.addWidget(self.combo, 1)
        self.combo.currentIndexChanged.connect(self._chosen)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(tr("Roun&d:"))
        self.combo.setAccessibleName(tr("Review round"))

    def set_rounds(self, rows: list[RoundRow], current: int | None) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        for r in rows:
            self.combo.addItem(r.title, r.id)
        index = self.combo.findData(current) if current is not None else -1
        self.combo.setCurrentIndex(index if index >= 0 else 0 if rows else -1)
        self.combo.blockSignals(False)

    def round_id(self) -> int | None:
        data = self.combo.currentData()
        return int(data) if data is not None else None

    def show_round(self, round_id: int | None) -> None:
        index = self.combo.findData(round_id)
        if index >= 0 and index != self.combo.currentIndex():
            self.combo.blockSignals(True)
            self.combo.setCurrentIndex(index)
            self.combo.blockSignals(False)

    def _chosen(self, _index: int) -> None:
        round_id = self.round_id()
        if round_id is not None:
            self.roundChosen.emit(round_id)
