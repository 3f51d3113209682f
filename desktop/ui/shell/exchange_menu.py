"""The File-menu entries for packs, reviews and cards, and files dropped or named at start.

The flows themselves are in member/exchange_flow.py; this object only offers them at
the right moments and hands them the open profile.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QMenu

from desktop.ui import i18n
from desktop.ui.i18n import tr

if TYPE_CHECKING:
    from desktop.services.assignment_packs import PackImported
    from desktop.ui.member.round_erasure import RoundErasure
    from desktop.ui.member.rounds_page import RoundsPage
    from desktop.ui.shell.main_window import MainWindow


class ExchangeMenu:
    """Import cases, send my review, export my member card; a .prpack dropped on the window imports too."""

    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        self.window = window
        self.import_action = window.menu_action(
            "import_pack", QKeySequence("Ctrl+O"), lambda: self.import_cases()
        )
        self.send_action = window.menu_action("send_review", None, self.send_review)
        self.card_action = window.menu_action("export_card", None, self.export_member_card)
        for action in (self.import_action, self.send_action, self.card_action):
            menu.addAction(action)
        menu.addSeparator()
        self._offered: list[Path] = []  # in the order they came; none is dropped while locked
        window.setAcceptDrops(True)

    def actions(self) -> tuple[QAction, QAction, QAction]:
        return self.import_action, self.send_action, self.card_action

    def retranslate(self) -> None:
        self.import_action.setText(tr("Imp&ort cases from coordinator…"))
        self.send_action.setText(tr("&Send my review…"))
        self.card_action.setText(tr("&Export my member card…"))

    def update(self) -> None:
        """Offered to members only: a coordinator sends packs and takes in reviews on
        their own pages, and adds cards rather than exporting one from here."""
        member = self.window.coordinator_home is None
        unlocked = self.window.session is not None and member
        for action in self.actions():
            action.setVisible(member)
        self.import_action.setEnabled(unlocked)
        self.card_action.setEnabled(unlocked)
        self.send_action.setEnabled(unlocked and self._round_to_send() is not None)

    def _round_to_send(self) -> int | None:
        """The round open in the workspace, or else the one selected in the list."""
        window = self.window
        current = window.stack.currentWidget()
        if window.workspace is not None and current is window.workspace:
            return window.workspace.round_id
        rounds_page = window.rounds_page_if_built
        if rounds_page is not None and current is rounds_page:
            return rounds_page.current_round_id()
        return None

    def import_cases(self, path: Path | None = None) -> None:
        """Take in a coordinator's pack: `path`, or one the member chooses."""
        from desktop.ui.member.exchange_flow import ImportFlow, choose_pack

        window = self.window
        if window.session is None:
            return
        path = path or choose_pack(window, window.dialogs)
        if path is None:
            return
        flow = ImportFlow(window, window.session, window.dialogs)
        flow.imported.connect(self._after_import)
        flow.start(path)

    def _after_import(self, result: PackImported) -> None:
        """Show the round list with the round just taken in selected."""
        window = self.window
        if result.unchanged or window.session is None:
            return
        if window.workspace is not None:
            window.workspace.flush()
        window.show_rounds(select=result.round_id)

    def send_review(self) -> None:
        from desktop.ui.member.exchange_flow import SendFlow

        window = self.window
        round_id = self._round_to_send()
        if window.session is None or round_id is None:
            return
        if window.workspace is not None:
            window.workspace.flush()  # a note still waiting for its timer travels too
        SendFlow(window, window.session, window.dialogs).start(round_id)

    def offer_erasure(self, page: RoundsPage) -> None:
        """The round list's "Remove case material now…" and "Save erasure receipt…"."""
        page.eraseWanted.connect(lambda round_id: self._erasure(lambda e: e.erase(round_id)))
        page.receiptWanted.connect(lambda round_id: self._erasure(lambda e: e.save_receipt(round_id)))

    def _erasure(self, action: Callable[[RoundErasure], None]) -> None:
        from desktop.ui.member.round_erasure import RoundErasure

        window = self.window
        if window.session is not None:
            action(RoundErasure(window, window.session, window.dialogs))

    def export_member_card(self) -> None:
        from desktop.ui.member.exchange_flow import export_card

        if self.window.session is not None:
            export_card(self.window, self.window.session, self.window.dialogs)

    def offer_file(self, path: Path) -> None:
        """A file named on the command line, or handed over by a later copy: offered once
        the profile is unlocked (at once if it is)."""
        self._offered.append(path)
        if self.window.is_open():
            QTimer.singleShot(0, self.open_offered)

    def open_offered(self) -> None:
        """Open the files the app was started with or handed, one at a time, as the role allows."""
        window = self.window
        if not self._offered or window.session is None:
            return
        self._open_one(self._offered.pop(0))
        if self._offered:  # the next once this one's question has been answered
            QTimer.singleShot(0, self.open_offered)

    def _open_one(self, path: Path) -> None:
        window = self.window
        home = window.coordinator_home
        suffix = path.suffix.lower()
        if home is not None and suffix in (".prcard", ".prreview", ".prreceipt"):
            page = home.roster_page if suffix == ".prcard" else home.inbox_page
            home.tabs.setCurrentWidget(page)
            if suffix == ".prcard":
                home.roster_page.add_card(path)
            else:
                home.inbox_page.import_files([path])
            return
        if home is not None or suffix != ".prpack":
            from desktop.services.refusals import Refusal, Refused, why_not

            window.dialogs.error(window, tr("Open file"), tr("{file}: {reason}").format(
                file=path.name, reason=why_not(Refused(Refusal.WRONG_ROLE), i18n.current_language())
            ))  # fmt: skip
            return
        if window.dialogs.confirm(window, tr("Import cases from coordinator"), tr(
            "Panel Review was opened with the file {file}. Import the cases in it now?"
        ).format(file=path.name)):  # fmt: skip
            self.import_cases(path)

    @staticmethod
    def _dropped_pack(event: QDragEnterEvent | QDropEvent) -> Path | None:
        from desktop.services.assignment_packs import EXTENSION

        for url in event.mimeData().urls():
            if url.isLocalFile() and url.toLocalFile().lower().endswith(EXTENSION):
                return Path(url.toLocalFile())
        return None

    def drag_entered(self, event: QDragEnterEvent) -> None:
        if self.window.session is not None and self._dropped_pack(event) is not None:
            event.acceptProposedAction()

    def dropped(self, event: QDropEvent) -> None:
        path = self._dropped_pack(event)
        if self.window.session is not None and path is not None:
            event.acceptProposedAction()
            self.import_cases(path)
