"""The coordinator's home: Members, Rounds, Assignment, Send packs, Inbox, Findings,
Observations, Recommendations, Report and Translation, one tab each.

F6 and Ctrl+Page Down go to the next tab, Shift+F6 and Ctrl+Page Up to the previous one.
One round is "the round being worked on": choosing it on any page chooses it on all.
Pages refresh only when an operation reports a change they show (the changes hub),
never by polling: the home hands each change, with the screen that made it, to every
page's `on_changes`, which reads again only what it shows. The round list, which every
page shows, is read here, off the GUI thread. The home holds the session only through
its pages; the main window deletes it on lock, so nothing here outlives the unlocked
profile.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.services.operations import Changes
from desktop.services.rows import RoundRow
from desktop.services.session import ProfileSession
from desktop.ui.coordinator.assignment_page import AssignmentPage
from desktop.ui.coordinator.findings_page import FindingsPage
from desktop.ui.coordinator.inbox_page import InboxPage
from desktop.ui.coordinator.latest_read import LatestRead
from desktop.ui.coordinator.observations_page import ObservationsPage
from desktop.ui.coordinator.packs_page import PacksPage
from desktop.ui.coordinator.page import CoordinatorPage
from desktop.ui.coordinator.page_tabs import PageTabs
from desktop.ui.coordinator.recommendations_page import RecommendationsPage
from desktop.ui.coordinator.report_page import ReportPage
from desktop.ui.coordinator.roster_page import RosterPage
from desktop.ui.coordinator.round_list_page import RoundListPage
from desktop.ui.coordinator.translation_page import TranslationPage
from desktop.ui.dialogs import DialogService
from desktop.ui.i18n import Retranslatable, tr
from desktop.ui.operations import changes_hub
from desktop.ui.ops import Op
from desktop.ui.ops import rounds as rounds_ops


class CoordinatorHome(Retranslatable, QWidget):
    def __init__(
        self, session: ProfileSession, dialogs: DialogService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("coordinator_home")
        self.session = session
        self.round_id: int | None = None
        self.tabs = PageTabs()
        self.tabs.setObjectName("coordinator_tabs")
        self.roster_page = RosterPage(session, dialogs)
        self.rounds_page = RoundListPage(session, dialogs)
        self.assignment_page = AssignmentPage(session, dialogs)
        self.packs_page = PacksPage(session, dialogs)
        self.inbox_page = InboxPage(session, dialogs)
        self.findings_page = FindingsPage(session, dialogs)
        self.observations_page = ObservationsPage(session, dialogs)
        self.recommendations_page = RecommendationsPage(session, dialogs)
        self.report_page = ReportPage(session, dialogs)
        self.translation_page = TranslationPage(session, dialogs)
        for page in self.pages():
            self.tabs.add_page(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._shortcuts()
        self.tabs.currentChanged.connect(self._land)
        self.rounds_page.roundSelected.connect(self.choose_round)
        self.report_page.translateWanted.connect(self.go_to_translation)
        self.findings_page.translateWanted.connect(self.go_to_translation)
        self.findings_page.shownWanted.connect(lambda: self.tabs.setCurrentWidget(self.findings_page))
        self.report_page.sendForTranslation.connect(self.send_for_translation)
        for page in self.round_pages():
            page.chooser.roundChosen.connect(self.choose_round)
        self.rounds: LatestRead[list[RoundRow]] = LatestRead(self._read_rounds, self._show_rounds)
        changes_hub().changed.connect(self._changed)
        self.retranslate()
        self._reload_rounds()

    def pages(self) -> list[CoordinatorPage]:
        return [
            self.roster_page,
            self.rounds_page,
            self.assignment_page,
            self.packs_page,
            self.inbox_page,
            self.findings_page,
            self.observations_page,
            self.recommendations_page,
            self.report_page,
            self.translation_page,
        ]

    def round_pages(
        self,
    ) -> list[
        AssignmentPage
        | PacksPage
        | InboxPage
        | FindingsPage
        | ObservationsPage
        | ReportPage
        | TranslationPage
    ]:
        """The pages that work on one round and show a round chooser (the tracker spans every round)."""
        return [
            self.assignment_page,
            self.packs_page,
            self.inbox_page,
            self.findings_page,
            self.observations_page,
            self.report_page,
            self.translation_page,
        ]

    def _shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, step in (("F6", 1), ("Ctrl+PgDown", 1), ("Shift+F6", -1), ("Ctrl+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(keys), self, context=context)
            shortcut.activated.connect(lambda step=step: self.move_tab(step))

    def move_tab(self, step: int) -> None:
        """Next or previous page, wrapping round; focus goes to the control the page names
        (`CoordinatorPage.landing`), else to its first control."""
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())
        page = self.tabs.currentWidget()
        target = page.landing() if isinstance(page, CoordinatorPage) else None
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)
            return
        page.setFocus(Qt.FocusReason.TabFocusReason)
        page.focusNextChild()

    def _land(self, _index: int) -> None:
        """Coming to a page by its tab (Alt+letter or a click) puts the keyboard on the
        control the page names, instead of wherever Qt's focus chain left it; arrowing
        along the tab bar itself keeps the keyboard there."""
        page = self.tabs.currentWidget()
        target = page.landing() if isinstance(page, CoordinatorPage) else None
        if target is not None and self.isVisible() and not self.tabs.tabBar().hasFocus():
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def retranslate(self) -> None:
        titles = [
            tr("&Members"),
            tr("R&ounds"),
            tr("Assi&gnment"),
            tr("Send &packs"),
            tr("Inbo&x"),
            tr("F&indings"),
            tr("O&bservations"),
            tr("Recommendations"),
            tr("Report"),
            tr("Translation"),
        ]
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
        self.tabs.setAccessibleName(tr("Coordinator's pages"))

    def go_to_translation(self, key: str = "") -> None:
        """The Translation page, the cursor on the text at `key` (or on the first text not
        yet translated): where a field's "Not yet in Welsh" and the Report page lead."""
        self.tabs.setCurrentWidget(self.translation_page)
        if key:
            self.translation_page.go_to(key)
        else:
            self.translation_page.go_to_first_missing()

    def send_for_translation(self) -> None:
        """The Translation page, its export asked for (from the Report page's question)."""
        self.tabs.setCurrentWidget(self.translation_page)
        self.translation_page.files.export()

    def choose_round(self, round_id: int) -> None:
        """The round worked on, on every page that shows one round."""
        if round_id == self.round_id:
            return
        self.round_id = round_id
        for page in self.round_pages():
            page.show_round(round_id)
        self.recommendations_page.show_round(round_id)

    def _reload_rounds(self) -> None:
        self.rounds.request()

    def _read_rounds(self) -> Op[list[RoundRow]]:
        return rounds_ops.list_rounds(self.session)

    def _show_rounds(self, read: list[RoundRow] | None) -> None:
        rows = read or []
        if self.round_id not in {r.id for r in rows}:
            self.round_id = None
        self.rounds_page.set_rounds(rows, self.round_id)
        for page in self.round_pages():
            page.chooser.set_rounds(rows, self.round_id)
        self.recommendations_page.set_rounds(rows, self.round_id)
        if self.round_id is None and rows:
            self.choose_round(rows[-1].id)  # the newest round is the one most likely worked on
            self.rounds_page.set_rounds(rows, self.round_id)
            return
        for page in self.round_pages():
            page.show_round(self.round_id)

    def _changed(self, changes: Changes, origin: object | None) -> None:
        if not self.session.is_open:
            return
        if changes.rounds:
            self._reload_rounds()
        for page in self.pages():  # each decides what the change means to it (`on_changes`)
            page.on_changes(changes, origin)
