"""Table models for the coordinator's lists: roster, rounds, packs written, files imported, progress.

Each holds frozen rows from the services and turns them into words on demand, like the
member's models in `desktop.ui.item_models`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from desktop.core.words.dates import long_date
from desktop.services.assignment_packs import ExportedPack
from desktop.services.review_packages import FileFate, MemberProgress
from desktop.services.roster import RosterRow
from desktop.services.rows import RoundRow
from desktop.ui.coordinator.words import (
    audit_flag_label,
    audit_flag_spoken,
    erased_label,
    fate_label,
    member_status,
    received_label,
)
from desktop.ui.i18n import current_language, tr
from desktop.ui.item_models import Index, RowTableModel
from desktop.ui.labels import spoken_fingerprint


class RosterModel(RowTableModel[RosterRow]):
    FINGERPRINT_COLUMN = 1

    def headers(self) -> list[str]:
        return [tr("Name"), tr("Fingerprint"), tr("Status")]

    def cells(self) -> list[Callable[[RosterRow], str]]:
        return [lambda m: m.name, lambda m: m.fingerprint, member_status]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Fingerprints in a fixed-width font, so the groups line up, and spoken digit by digit."""
        if index.isValid() and index.column() == self.FINGERPRINT_COLUMN:
            if role == Qt.ItemDataRole.FontRole:  # at the text size the coordinator chose
                font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
                font.setPointSizeF(QApplication.font().pointSizeF())
                return font
            if role == Qt.ItemDataRole.AccessibleTextRole and index.row() < len(self._rows):
                return spoken_fingerprint(self._rows[index.row()].fingerprint)
        return super().data(index, role)


class CoordinatorRoundModel(RowTableModel[RoundRow]):
    def headers(self) -> list[str]:
        return [tr("Review round"), tr("Panel"), tr("Due"), tr("Cases"), tr("Case material")]

    def cells(self) -> list[Callable[[RoundRow], str]]:
        return [
            lambda r: r.title,
            lambda r: r.panel or "—",
            lambda r: long_date(r.due_date, current_language()) if r.due_date else "—",  # as read
            lambda r: str(r.cases_total),
            _material,
        ]


def _material(row: RoundRow) -> str:
    """Whether the round's case material is still in this profile, or when it was purged."""
    if row.purged_on is None:
        return tr("Kept")
    return tr("Case material purged on {date}").format(date=long_date(row.purged_on, current_language()))


class PackListModel(RowTableModel[ExportedPack]):
    def headers(self) -> list[str]:
        return [tr("Member"), tr("File"), tr("Cases")]

    def cells(self) -> list[Callable[[ExportedPack], str]]:
        return [lambda p: p.member, lambda p: p.path.name, lambda p: str(p.cases)]


class FateListModel(RowTableModel[FileFate]):
    def headers(self) -> list[str]:
        return [tr("File"), tr("Result"), tr("Member"), tr("Revision"), tr("Reason")]

    def cells(self) -> list[Callable[[FileFate], str]]:
        return [
            lambda f: f.path.name,
            lambda f: fate_label(f.fate),
            lambda f: f.member or "—",
            lambda f: tr("Erasure receipt") if f.receipt else str(f.revision) if f.revision else "—",
            lambda f: f.why or "—",  # an empty cell says nothing to a screen reader
        ]


class ProgressModel(RowTableModel[MemberProgress]):
    AUDIT_COLUMN = 6

    def headers(self) -> list[str]:
        return [tr("Member"), tr("Cases assigned"), tr("Revision returned"), tr("Complete"),
                tr("Deferred"), tr("Received"), tr("Audit log"), tr("Case material")]  # fmt: skip

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The audit column read out as a sentence, with the member's name, by a screen reader."""
        if (
            role == Qt.ItemDataRole.AccessibleTextRole
            and index.isValid()
            and index.column() == self.AUDIT_COLUMN
            and index.row() < len(self._rows)
        ):
            row = self._rows[index.row()]
            return f"{row.member}: {audit_flag_spoken(row.audit_flag)}"
        return super().data(index, role)

    def cells(self) -> list[Callable[[MemberProgress], str]]:
        return [
            lambda m: m.member,
            lambda m: str(m.assigned),
            lambda m: str(m.revision) if m.revision else "—",
            lambda m: str(m.complete) if m.revision else "—",
            lambda m: str(m.deferred) if m.revision else "—",
            lambda m: received_label(m.received_at),
            lambda m: audit_flag_label(m.audit_flag),
            lambda m: erased_label(m.erased_at),
        ]
