"""Members: the roster of panel members, enrolled from their cards and confirmed by phone.

The roster is read off the GUI thread: the old rows (and the member chosen) stay until
the new ones arrive. After its own change the page reads the roster again itself, so it
ignores the announcement of that change; a change from elsewhere reads it again too.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHeaderView, QWidget

from desktop.services.operations import Changes
from desktop.services.roster import Enrolled, RosterRow
from desktop.services.session import ProfileSession
from desktop.ui.coordinator.card_dialog import CardChoice, CardDialog
from desktop.ui.coordinator.latest_read import LatestRead
from desktop.ui.coordinator.page import CoordinatorPage, FileDrop, button_row, label_button, plain_reason
from desktop.ui.coordinator.row_models import RosterModel
from desktop.ui.dialogs import DialogService
from desktop.ui.i18n import tr
from desktop.ui.item_models import row_table
from desktop.ui.ops import Op
from desktop.ui.ops import roster as roster_ops
from desktop.ui.ops.roster import CardRead

CARD_SUFFIX = ".prcard"


class RosterPage(CoordinatorPage):
    def __init__(
        self, session: ProfileSession, dialogs: DialogService, parent: QWidget | None = None
    ) -> None:
        super().__init__("roster_page", session, dialogs, parent)
        self.model = RosterModel(self)
        self.table = row_table("roster_table", self.model)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = self._button("add_card", self.choose_card)
        self.confirm_button = self._button("confirm_member", self.confirm_selected)
        self.withdraw_button = self._button("withdraw_member", self.withdraw_selected)
        self.restore_button = self._button("restore_member", self.restore_selected)
        buttons = button_row(self.add_button, self.confirm_button, self.withdraw_button, self.restore_button)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addLayout(buttons)
        self.card_dialog: CardDialog | None = None
        self.file_drop = FileDrop(self, (CARD_SUFFIX,), lambda paths: self.add_card(paths[0]))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.rows: LatestRead[list[RosterRow]] = LatestRead(self._read, self._show_rows)
        self.retranslate()
        self._update_buttons()
        self.refresh()

    def retranslate(self) -> None:
        self.heading.setText(tr("Panel members"))
        self.intro.setText(tr(
            "Add each member from the card file they send you (or drop the card here), then read "
            "the fingerprint with them by phone. Packs are made only for confirmed members."
        ))  # fmt: skip
        self.table.setAccessibleName(tr("Panel members"))
        label_button(self.add_button, tr("&Add member card…"), tr("Add a member from their card file"))
        label_button(self.confirm_button, tr("&Confirm fingerprint…"),
                     tr("Confirm the selected member's fingerprint"))  # fmt: skip
        label_button(self.withdraw_button, tr("&Withdraw access…"),
                     tr("Withdraw the selected member's access"))  # fmt: skip
        label_button(self.restore_button, tr("R&estore access"), tr("Restore the selected member's access"))
        self.model.retranslate()

    def refresh(self) -> None:
        self.rows.request()

    def on_changes(self, changes: Changes, origin: object | None) -> None:
        if changes.roster and origin is not self:
            self.refresh()

    def _read(self) -> Op[list[RosterRow]]:
        return roster_ops.list_roster(self.session)

    def _show_rows(self, rows: list[RosterRow] | None) -> None:
        selected = self.selected()
        self.model.set_rows(rows or [])
        rows = self.model.rows()
        keep = next((i for i, m in enumerate(rows) if selected and m.id == selected.id), 0)
        if rows:
            self.table.selectRow(keep)
        self._update_buttons()

    def selected(self) -> RosterRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        member = self.selected()
        self.confirm_button.setEnabled(member is not None and not member.confirmed and not member.revoked)
        self.withdraw_button.setEnabled(member is not None and not member.revoked)
        self.restore_button.setEnabled(member is not None and member.revoked)

    # adding ---------------------------------------------------------------
    def choose_card(self) -> None:
        path = self.dialogs.open_file(
            self, tr("Add member card"), "", tr("Member cards (*.prcard)"), kind="card"
        )
        if path:
            self.add_card(Path(path))

    def add_card(self, path: Path) -> None:
        """Read the card, then ask the coordinator to check its fingerprint with the member."""
        roster_ops.read_card(self.session, path).success(lambda read: self._card_read(path, read)).failure(
            self._card_refused
        ).run()

    def _card_refused(self, exc: Exception) -> None:
        """A damaged, foreign or coordinator's card: say why."""
        self.dialogs.error(self, tr("Add member card"), tr(
            "This card cannot be added: {reason}"
        ).format(reason=plain_reason(exc)))  # fmt: skip

    def _card_read(self, path: Path, read: CardRead) -> None:
        card, same = read.card, read.lookalikes
        if same and not self.dialogs.confirm(self, tr("Add member card"), tr(
            "A member whose name looks the same is already on the roster:\n\n{enrolled}\n\n"
            "This card:\n\n{name}\n{fingerprint}\n\n"
            "Add this card as a different member? Check both fingerprints with the members first."
        ).format(
            enrolled="\n".join(f"{m.name}\n{m.fingerprint}" for m in same),
            name=card.name, fingerprint=card.fingerprint,
        ), default_no=True):  # fmt: skip
            return
        self.card_dialog = CardDialog(card.name, card.fingerprint, self)
        self.card_dialog.finished.connect(lambda _r, path=path: self._card_answered(path, bool(same)))
        self.card_dialog.open()

    def _card_answered(self, path: Path, same_name_ok: bool = False) -> None:
        dialog, self.card_dialog = self.card_dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        if dialog.choice is CardChoice.CANCEL:
            return
        confirmed = dialog.choice is CardChoice.CONFIRMED
        roster_ops.enrol(self.session, path, confirmed=confirmed, same_name_ok=same_name_ok).success(
            self._enrolled
        ).failure(self._card_refused).run(origin=self)

    def _enrolled(self, enrolled: Enrolled) -> None:
        if enrolled.new:
            self.refresh()
            return
        self.dialogs.info(self, tr("Add member card"), tr(
            "{name} is already on the roster; nothing was changed."
        ).format(name=enrolled.member.name))  # fmt: skip

    # standing -------------------------------------------------------------
    def confirm_selected(self) -> None:
        member = self.selected()
        if member is None:
            return
        if self.dialogs.confirm(self, tr("Confirm fingerprint"), tr(
            "Read this fingerprint with {name} by phone or in person:\n\n{fingerprint}\n\n"
            "Does every digit match what {name} reads out?"
        ).format(name=member.name, fingerprint=member.fingerprint)):  # fmt: skip
            roster_ops.confirm(self.session, member.id).success(self._changed).run(origin=self)

    def withdraw_selected(self) -> None:
        member = self.selected()
        if member is None:
            return
        if self.dialogs.confirm(self, tr("Withdraw access"), tr(
            "Withdraw {name}'s access? Reviews from {name} that arrive from now on will be refused, "
            "and no new packs will be made for them. Reviews already accepted stay in the round."
        ).format(name=member.name)):  # fmt: skip
            roster_ops.revoke(self.session, member.id).success(self._changed).run(origin=self)

    def restore_selected(self) -> None:
        member = self.selected()
        if member is not None:
            roster_ops.reinstate(self.session, member.id).success(self._changed).run(origin=self)

    def _changed(self, _changes: Changes) -> None:
        self.refresh()
