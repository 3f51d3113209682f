"""Table models for what the coordinator writes for the report: observations, recommendations
and a recommendation's history of updates.

Like the other coordinator models they hold the services' frozen rows and word them on
demand, so a language switch only has to ask the views to read them again. Long texts
are cut to one line in the table (the editor and the history show them whole); the
accessible text of a cell stays whole, so a screen reader reads all of it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from desktop.core.recommendation_status import status_label
from desktop.core.words.dates import long_date
from desktop.services.observation_rows import ObservationRow
from desktop.services.recommendations import RecommendationRow, UpdateRow
from desktop.ui.i18n import current_language, tr
from desktop.ui.item_models import Index, RowTableModel

LINE = 120  # characters of a long text shown in a table cell


def one_line(text: str, limit: int = LINE) -> str:
    """The first `limit` characters on one line, with an ellipsis when cut; "—" for nothing."""
    flat = " ".join(text.split())
    if not flat:
        return "—"  # an empty cell says nothing to a screen reader
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def shown_date(stored: str | None) -> str:
    """A stored ISO date as a person reads it in the interface's language ("14 March
    2026", "14 Mawrth 2026"); "—" for none. The editors keep ISO, as typed."""
    return long_date(stored, current_language()) if stored else "—"


class WholeTextModel(RowTableModel[Any]):
    """Cells show one line; screen readers and tooltips get the whole text."""

    def whole(self) -> list[Callable[[Any], str]]:
        return self.cells()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        whole_roles = (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole)
        if index.isValid() and index.row() < len(self._rows) and role in whole_roles:
            return self.whole()[index.column()](self._rows[index.row()]) or "—"
        return super().data(index, role)


class ObservationModel(WholeTextModel):
    def headers(self) -> list[str]:
        return [tr("No."), tr("Observation"), tr("Cases"), tr("Force response"), tr("Response date")]

    def cells(self) -> list[Callable[[ObservationRow], str]]:
        return [
            lambda o: str(o.number),
            lambda o: one_line(o.text),
            lambda o: ", ".join(o.cases) or "—",
            lambda o: one_line(o.response),
            lambda o: shown_date(o.response_date),
        ]

    def whole(self) -> list[Callable[[ObservationRow], str]]:
        return [
            lambda o: str(o.number),
            lambda o: o.text,
            lambda o: ", ".join(o.cases) or "—",
            lambda o: o.response or tr("No response yet"),
            lambda o: shown_date(o.response_date),
        ]

    def row_of(self, observation_id: int) -> int:
        return next((i for i, o in enumerate(self._rows) if o.observation_id == observation_id), -1)


def recommendation_status(row: RecommendationRow) -> str:
    return status_label(row.status, current_language(), row.merged_into)


class RecommendationModel(WholeTextModel):
    def headers(self) -> list[str]:
        return [tr("No."), tr("Recommendation"), tr("Theme"), tr("From round"), tr("Owner"),
                tr("Due"), tr("Status")]  # fmt: skip

    def cells(self) -> list[Callable[[RecommendationRow], str]]:
        return [
            lambda r: str(r.number),
            lambda r: one_line(r.text),
            lambda r: r.theme or "—",
            lambda r: r.round_title or "—",
            lambda r: r.owner or "—",
            lambda r: shown_date(r.due_date),
            recommendation_status,
        ]

    def whole(self) -> list[Callable[[RecommendationRow], str]]:
        cells = self.cells()
        cells[1] = lambda r: r.text
        return cells

    def row_of(self, recommendation_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.recommendation_id == recommendation_id), -1)


class UpdateModel(WholeTextModel):
    """One recommendation's history, oldest first, as the tracker prints it."""

    def headers(self) -> list[str]:
        return [tr("Date"), tr("Update"), tr("Assessment"), tr("Status")]

    def cells(self) -> list[Callable[[UpdateRow], str]]:
        return [
            lambda u: shown_date(u.dated),
            lambda u: one_line(u.update_text),
            lambda u: one_line(u.assessment),
            lambda u: status_label(u.status, current_language()),
        ]

    def whole(self) -> list[Callable[[UpdateRow], str]]:
        cells = self.cells()
        cells[1], cells[2] = (lambda u: u.update_text or "—"), (lambda u: u.assessment or "—")
        return cells
