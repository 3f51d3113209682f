"""The main window's File-menu entries for packs, reviews and cards, and files dropped or named at start."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence

from desktop.ui import i18n
from desktop.ui.i18n import tr

if TYPE_CHECKING:
    pass


class ExchangeMenu:
    """Part of `MainWindow` (desktop/ui/shell/main_window.py); uses its attributes."""

    # the exchange with the coordinator (the flows are in member/exchange_flow.py) ----
    def _build_exchange_actions(self) -> None:
        """File menu entries for packs, reviews and cards; a .prpack dropped on the window imports too."""
        self.import_action = self._menu_action("import_pack", QKeySequence("Ctrl+O"), self.import_cases)
        self.send_action = self._menu_action("send_review", None, self.send_review)
        self.card_action = self._menu_action("export_card", None, self.export_member_card)
        for action in (self.import_action, self.send_action, self.card_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self._offered: Path | None = None
        self.setAcceptDrops(True)

    def _update_exchange_actions(self) -> None:
        unlocked = self.session is not None
        self.import_action.setEnabled(unlocked)
        self.card_action.setEnabled(unlocked)
        self.send_action.setEnabled(unlocked and self._round_to_send() is not None)

    def _round_to_send(self) -> int | None:
        """The round open in the workspace, or else the one selected in the list."""
        if self.workspace is not None and self.stack.currentWidget() is self.workspace:
            return self.workspace.round_id
        if self._rounds_page is not None and self.stack.currentWidget() is self._rounds_page:
            return self._rounds_page.current_round_id()
        return None

    def import_cases(self, path: Path | None = None) -> None:
        """Take in a coordinator's pack: `path`, or one the member chooses."""
        from desktop.ui.member.exchange_flow import ImportFlow, choose_pack

        if self.session is None:
            return
        path = path or choose_pack(self, self.dialogs)
        if path is None:
            return
        flow = ImportFlow(self, self.session, self.dialogs)
        flow.imported.connect(self._after_import)
        flow.start(path)

    def _after_import(self, result: Any) -> None:
        """Show the round list with the round just taken in selected."""
        if result.unchanged or self.session is None:
            return
        if self.workspace is not None:
            self.workspace.flush()
        self.show_rounds()
        rows = self.rounds_page.model.rows()
        row = next((i for i, r in enumerate(rows) if r.id == result.round_id), -1)
        if row >= 0:
            self.rounds_page.table.selectRow(row)

    def send_review(self) -> None:
        from desktop.ui.member.exchange_flow import SendFlow

        round_id = self._round_to_send()
        if self.session is None or round_id is None:
            return
        if self.workspace is not None:
            self.workspace.flush()  # a note still waiting for its timer travels too
        SendFlow(self, self.session, self.dialogs).start(round_id)

    def export_member_card(self) -> None:
        from desktop.ui.member.exchange_flow import export_card

        if self.session is not None:
            export_card(self, self.session, self.dialogs)

    def offer_file(self, path: Path) -> None:
        """A pack named on the command line: offered for import once the profile is unlocked."""
        self._offered = path
        if self.session is not None:
            QTimer.singleShot(0, self._offer_file)

    def _offer_file(self) -> None:
        """Open the file the app was started with, as the profile's role allows."""
        path, self._offered = self._offered, None
        if path is None or self.session is None:
            return
        home = self.coordinator_home
        suffix = path.suffix.lower()
        if home is not None and suffix in (".prcard", ".prreview"):
            page = home.roster_page if suffix == ".prcard" else home.inbox_page
            home.tabs.setCurrentWidget(page)
            if suffix == ".prcard":
                home.roster_page.add_card(path)
            else:
                home.inbox_page.import_files([path])
            return
        if home is not None or suffix != ".prpack":
            from desktop.services.refusals import Refusal, Refused, why_not

            self.dialogs.error(self, tr("Open file"), tr("{file}: {reason}").format(
                file=path.name, reason=why_not(Refused(Refusal.WRONG_ROLE), i18n.current_language())
            ))  # fmt: skip
            return
        if self.dialogs.confirm(self, tr("Import cases from coordinator"), tr(
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

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.session is not None and self._dropped_pack(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_pack(event)
        if self.session is not None and path is not None:
            event.acceptProposedAction()
            self.import_cases(path)
