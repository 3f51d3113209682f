"""The force's responses to the observations: the table sent out and the table taken back.

The coordinator exports a round's observations as a Word table (or CSV) for the force
to fill in. When it comes back, `preview_responses` says what importing it would
change, and `import_responses` does it, in one unit of work. Rows are matched by the
observation uid written in each row, never by position, so a table the force reordered
still lands every response on its own observation. The force's text is the response
only: a reworded observation is flagged and the panel's wording kept. A row that is
not one of the observations stops the whole import, naming the row: its response
belongs to some observation, and only a person can say which (docs/decisions.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.explained import Explained
from desktop.core.force_response_format import parse_date, plain_uid
from desktop.exchange.response_reading import ReturnedRow, ReturnedTable, read_returned_table
from desktop.exchange.response_refusals import FileRefusal, ResponseFileRefused
from desktop.reports.response_table import ResponseSheet, SheetRow, write_csv, write_docx
from desktop.services import audit
from desktop.services.entry_problems import MAX_TEXT_CHARS
from desktop.services.identity import require_coordinator
from desktop.services.observation_rows import observation_rows, observations_of, round_of
from desktop.services.operations import Changes
from desktop.services.response_problems import RowIssue, RowProblem
from desktop.storage.database import Database
from desktop.storage.models import Observation, Round

__all__ = [
    "FileRefusal", "ResponseChange", "ResponseFileRefused", "ResponsePreview", "ResponsesRefused",
    "TableExported", "export_response_csv", "export_response_table", "import_responses", "preview_responses",
]  # fmt: skip


@dataclass(frozen=True)
class TableExported:
    path: Path
    observations: int


@dataclass(frozen=True)
class ResponseChange:
    """An observation whose response (or its date) the import would change."""

    observation_id: int
    number: int
    old_response: str
    new_response: str
    old_date: str | None
    new_date: str | None


@dataclass(frozen=True)
class ResponsePreview:
    """What importing the file would do. With any `problems` it cannot be imported."""

    round_id: int
    changes: tuple[ResponseChange, ...]
    unchanged: tuple[int, ...]  # numbers of observations in the file whose response stays as it is
    missing: tuple[int, ...]  # numbers of observations not in the file (left untouched)
    text_changed: tuple[int, ...]  # numbers of observations the force reworded (wording kept)
    reordered: bool
    problems: tuple[RowProblem, ...]
    notes: tuple[RowProblem, ...]

    @property
    def can_import(self) -> bool:
        return not self.problems

    def explain(self, language: str) -> list[str]:
        return [p.explain(language) for p in (*self.problems, *self.notes)]


class ResponsesRefused(Explained, ValueError):
    """The file is readable but some rows cannot be taken; nothing was changed."""

    def __init__(self, preview: ResponsePreview) -> None:
        super().__init__("; ".join(p.issue.value for p in preview.problems))
        self.preview = preview

    def explain(self, language: str) -> str:
        return "\n".join(p.explain(language) for p in self.preview.problems)


def export_response_table(db: Database, round_id: int, path: Path, language: str) -> TableExported:
    """Write the Word table for the force ("en", "cy" or "both", Welsh first)."""
    sheet = _sheet(db, round_id)
    write_docx(sheet, path, language)
    return TableExported(path, len(sheet.rows))


def export_response_csv(db: Database, round_id: int, path: Path) -> TableExported:
    """Write the same table as CSV (UTF-8 with a byte-order mark, for Excel)."""
    sheet = _sheet(db, round_id)
    write_csv(sheet, path)
    return TableExported(path, len(sheet.rows))


def _sheet(db: Database, round_id: int) -> ResponseSheet:
    with db.session() as session:
        require_coordinator(session)
        round_ = round_of(session, round_id)
        rows = tuple(
            SheetRow(r.uid, r.number, r.text, r.cases, r.response, r.response_date)
            for r in observation_rows(session, round_id)
        )
        return ResponseSheet(round_.uid, round_.title, rows)


def preview_responses(db: Database, round_id: int, path: Path) -> ResponsePreview:
    """What importing `path` would change; raises `ResponseFileRefused` for an unusable file."""
    table = read_returned_table(path)
    with db.session() as session:
        require_coordinator(session)
        return _preview(session, round_id, table)


def import_responses(db: Database, round_id: int, path: Path) -> Changes:
    """Take the force's responses from `path`: all of them, or none if any row is refused."""
    table = read_returned_table(path)
    with db.session() as session:
        require_coordinator(session)
        preview = _preview(session, round_id, table)
        if preview.problems:
            raise ResponsesRefused(preview)
        for change in preview.changes:
            row = session.get_one(Observation, change.observation_id)
            row.response, row.response_date = change.new_response, change.new_date
        audit.append(
            session, "force_responses_imported", round_id=round_id,
            detail=f"round {round_id}: {len(preview.changes)} responses from {path.name}",
        )  # fmt: skip
        return Changes(observations=bool(preview.changes))


def _preview(session: Session, round_id: int, table: ReturnedTable) -> ResponsePreview:
    round_ = round_of(session, round_id)
    observations = {plain_uid(o.uid): o for o in observations_of(session, round_id)}
    rows = [r for r in table.rows if not r.blank]
    _check_round(session, round_, table, rows, observations)
    problems: list[RowProblem] = []
    notes: list[RowProblem] = []
    seen: dict[str, int] = {}
    changes: list[ResponseChange] = []
    unchanged: list[int] = []
    text_changed: list[int] = []
    for row in rows:
        observation = _match(row, table.kind, observations, seen, problems)
        if observation is None:
            continue
        if _same_words(row.text, observation.text) is False:
            text_changed.append(observation.number)
            notes.append(RowProblem(RowIssue.TEXT_CHANGED, table.kind, row.place, observation.number))
        change = _change(row, table.kind, observation, problems)
        if change is None:
            unchanged.append(observation.number)
        else:
            changes.append(change)
    order = [observations[uid].number for uid in seen]
    reordered = order != sorted(order)
    if reordered:
        notes.insert(0, RowProblem(RowIssue.REORDERED, table.kind))
    missing = sorted(o.number for uid, o in observations.items() if uid not in seen)
    notes.extend(RowProblem(RowIssue.MISSING, table.kind, number=n) for n in missing)
    return ResponsePreview(
        round_id, tuple(changes), tuple(sorted(unchanged)), tuple(missing), tuple(sorted(text_changed)),
        reordered, tuple(problems), tuple(notes),
    )  # fmt: skip


def _check_round(
    session: Session,
    round_: Round,
    table: ReturnedTable,
    rows: list[ReturnedRow],
    ours: dict[str, Observation],
) -> None:
    """Refuse a table made for another round, naming both; or one that names no round at all.

    A Word table carries its round's reference; a CSV file is known by its rows' uids.
    """
    if table.round_uid is not None and table.round_uid != plain_uid(round_.uid):
        file_round = _title_of(session, table.round_uid) or table.round_title or "?"
        raise ResponseFileRefused(FileRefusal.OTHER_ROUND, file_round=file_round, round=round_.title)
    uids = [r.uid for r in rows if r.uid]
    if table.round_uid is not None or any(u in ours for u in uids):
        return
    others = session.scalars(select(Observation).where(Observation.uid.in_(uids))).all() if uids else []
    if others:
        other_round = session.get_one(Round, others[0].round_id)
        raise ResponseFileRefused(FileRefusal.OTHER_ROUND, file_round=other_round.title, round=round_.title)
    raise ResponseFileRefused(FileRefusal.NOT_OURS)


def _title_of(session: Session, round_uid: str) -> str | None:
    for uid, title in session.execute(select(Round.uid, Round.title)):
        if plain_uid(uid) == round_uid:
            return title
    return None


def _match(
    row: ReturnedRow,
    kind: str,
    observations: dict[str, Observation],
    seen: dict[str, int],
    problems: list[RowProblem],
) -> Observation | None:
    if row.uid is None:
        problems.append(RowProblem(RowIssue.ADDED_ROW, kind, row.place))
        return None
    observation = observations.get(row.uid)
    if observation is None:
        problems.append(RowProblem(RowIssue.UNKNOWN_ROW, kind, row.place))
        return None
    if row.uid in seen:
        problems.append(
            RowProblem(RowIssue.DUPLICATE_ROW, kind, row.place, observation.number, first=seen[row.uid])
        )
        return None
    seen[row.uid] = row.place
    return observation


def _same_words(file_text: str, stored: str) -> bool | None:
    """Whether the wording is the panel's, spacing aside; None when the force emptied the cell."""
    if not file_text.strip():
        return None
    return re.sub(r"\s+", " ", file_text).strip() == re.sub(r"\s+", " ", stored).strip()


def _change(
    row: ReturnedRow, kind: str, observation: Observation, problems: list[RowProblem]
) -> ResponseChange | None:
    """The change this row makes, or None. An empty response cell changes nothing.

    With no date given, a changed response has no date and an unchanged one keeps its own.
    """
    new_date = parse_date(row.date_text) if row.date_text else None
    if row.date_text and new_date is None:
        problems.append(
            RowProblem(RowIssue.BAD_DATE, kind, row.place, observation.number, value=row.date_text[:40])
        )
        return None
    if len(row.response) > MAX_TEXT_CHARS:
        problems.append(RowProblem(RowIssue.TOO_LONG, kind, row.place, observation.number))
        return None
    if not row.response:
        return None
    if row.response == observation.response and not row.date_text:
        return None
    if row.response == observation.response and new_date == observation.response_date:
        return None
    return ResponseChange(
        observation.id,
        observation.number,
        observation.response,
        row.response,
        observation.response_date,
        new_date,
    )
