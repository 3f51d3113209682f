"""A round's case list: a CSV of case details and a folder of the case documents.

The coordinator prepares the list in a spreadsheet (docs/formats.md, "Round case list
(CSV)"). `read_case_list` checks all of it, the documents included, and either returns
the cases or raises `CaseListError` with every problem found, each with its line and
column, so the coordinator can fix the whole list in one go rather than one error per
attempt. Nothing is created or changed here: storing the round is a service's job.
"""

from __future__ import annotations

import difflib
import os
import re
import uuid
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from desktop.core.case_codes import (
    HATE_CASE_TYPES,
    MAX_REFERENCE_CHARS,
    MAX_SUMMARY_CHARS,
    STRANDS,
    CaseType,
    Strand,
    in_strand_order,
    is_case_type,
)
from desktop.core.display_names import NameProblem, name_problem
from desktop.exchange.case_documents import DocumentRecord, check_document
from desktop.exchange.case_list_file import Row, normalise_name, read_rows, read_text
from desktop.exchange.case_list_problems import CaseListError, Problem, problem

__all__ = ["CaseList", "CaseListError", "CaseRecord", "DocumentRecord", "Problem", "read_case_list"]

REQUIRED_COLUMNS = ("reference", "case_type", "strands", "summary", "documents")
OPTIONAL_COLUMNS = ("uid", "conflicted_members")
KNOWN_COLUMNS = frozenset(REQUIRED_COLUMNS + OPTIONAL_COLUMNS)

MAX_CASES = 2000
MAX_MEMBER_CHARS = 200

CASE_TYPE_ALIASES: dict[str, str] = {
    "hate-crime": CaseType.HATE_CRIME,
    "non_crime_hate_incident": CaseType.NCHI,
    "non-crime_hate_incident": CaseType.NCHI,
}
STRAND_ALIASES: dict[str, str] = {
    **{s: s for s in STRANDS},
    "race_or_ethnicity": Strand.RACE,
    "ethnicity": Strand.RACE,
    "religion_or_belief": Strand.RELIGION,
    "transgender_identity": Strand.TRANSGENDER,
}

_FINGERPRINT = re.compile(r"\d{30}")


@dataclass(frozen=True)
class CaseRecord:
    """One checked case. `conflicted` names members (by name, or fingerprint written as
    six groups of five digits) who must never be given this case."""

    reference: str
    case_type: str
    strands: tuple[str, ...]
    summary: str
    documents: tuple[DocumentRecord, ...]
    uid: str | None
    conflicted: tuple[str, ...]
    line: int


@dataclass(frozen=True)
class CaseList:
    cases: tuple[CaseRecord, ...]


def read_case_list(csv_path: Path, documents_folder: Path) -> CaseList:
    """Check the case list and its documents; raise `CaseListError` naming every problem."""
    problems: list[Problem] = []
    folder = _folder(documents_folder, problems)
    text = read_text(csv_path, problems)
    if text is None:
        raise CaseListError(tuple(problems))
    rows = read_rows(text, KNOWN_COLUMNS, MAX_CASES, problems)
    if not rows:
        raise CaseListError((*problems, problem(0, None, "no_cases")))
    header, body = rows[0], rows[1:]
    columns = _columns(header.cells, header.line, problems)
    named = frozenset(i for i, cell in enumerate(header.cells) if cell.strip())
    cases: list[CaseRecord] = []
    if columns:
        cases = [_case(_Cells(row, columns, named, problems), folder) for row in body]
        _check_unique(cases, problems)
        if not body:
            problems.append(problem(0, None, "no_cases"))
    if problems:
        raise CaseListError(tuple(problems))
    return CaseList(tuple(cases))


def _folder(path: Path, problems: list[Problem]) -> Path | None:
    """The documents folder with every link resolved, so "inside it" can be checked."""
    try:
        found = path.is_dir()
    except (OSError, ValueError):
        found = False
    if not found:
        problems.append(problem(0, None, "folder_missing", folder=path.name or str(path)))
        return None
    return Path(os.path.realpath(path))


def _columns(cells: tuple[str, ...], line: int, problems: list[Problem]) -> dict[str, int]:
    """Column name -> cell position. Unknown columns are errors: a misspelt optional
    column (say "conflicted member") would otherwise be ignored, and a conflict of
    interest silently lost. Empty if the header names no known column at all, in which
    case checking the rows would only repeat that."""
    columns: dict[str, int] = {}
    for position, cell in enumerate(cells):
        name = normalise_name(cell)
        if not name:
            continue
        if name in columns:
            problems.append(problem(line, name, "duplicate_column"))
        elif name in KNOWN_COLUMNS:
            columns[name] = position
        else:
            close = difflib.get_close_matches(name, sorted(KNOWN_COLUMNS), n=1, cutoff=0.75)
            if close:
                problems.append(problem(line, cell.strip(), "unknown_column_suggest", suggestion=close[0]))
            else:
                problems.append(problem(line, cell.strip(), "unknown_column", known=_listed(KNOWN_COLUMNS)))
    for name in REQUIRED_COLUMNS:
        if name not in columns:
            problems.append(problem(line, name, "missing_column", required=_listed(REQUIRED_COLUMNS)))
    return columns


def _listed(names: Collection[str]) -> str:
    ordered = [n for n in (*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS, *STRANDS) if n in names]
    return ", ".join(ordered)


def _case(cells: _Cells, folder: Path | None) -> CaseRecord:
    cells.unnamed()
    reference = cells.shown_line("reference", MAX_REFERENCE_CHARS) or ""
    case_type = _case_type(cells)
    strands = _strands(cells, case_type)
    summary = cells.text("summary", MAX_SUMMARY_CHARS)
    documents = _documents(cells, folder)
    uid = _uid(cells)
    conflicted = _conflicted(cells)
    return CaseRecord(reference, case_type, strands, summary, documents, uid, conflicted, cells.row.line)


class _Cells:
    """The cells of one row by column name, adding each problem found to the list."""

    def __init__(
        self, row: Row, columns: dict[str, int], named: frozenset[int], problems: list[Problem]
    ) -> None:
        self.row = row
        self.columns = columns
        self.named = named
        self.problems = problems

    def add(self, column: str | None, key: str, **params: object) -> None:
        self.problems.append(problem(self.row.line, column, key, **params))

    def raw(self, column: str) -> str:
        position = self.columns.get(column)
        if position is None or position >= len(self.row.cells):
            return ""
        return self.row.cells[position]

    def unnamed(self) -> None:
        """A value in a cell without a column name is a cell shifted by a stray separator."""
        for position, cell in enumerate(self.row.cells):
            if position not in self.named and cell.strip():
                self.add(None, "unnamed_cell", position=position + 1, value=_clip(cell.strip()))

    def single_line(self, column: str, limit: int) -> str | None:
        """A required one-line value, or None (with its problem added) when unusable."""
        value = self.raw(column).strip()
        if not value:
            if column in self.columns:
                self.add(column, "empty_cell")
        elif "\n" in value or "\r" in value:
            self.add(column, "multiline")
        elif _has_control(value):
            self.add(column, "control_character")
        elif len(value) > limit:
            self.add(column, "too_long", limit=limit)
        else:
            return value
        return None

    def shown_line(self, column: str, limit: int) -> str | None:
        """A one-line value people read in lists (a reference): nothing hidden in it either."""
        value = self.single_line(column, limit)
        problem = None if value is None else name_problem(value)
        if problem is None:
            return value
        self.add(column, _HIDDEN[problem])
        return None

    def text(self, column: str, limit: int) -> str:
        """Free text: line breaks and tabs are fine, other control characters are not."""
        value = self.raw(column).strip().replace("\r\n", "\n").replace("\r", "\n")
        if not value:
            if column in self.columns:
                self.add(column, "empty_cell")
        elif _has_control(value.replace("\n", "").replace("\t", "")):
            self.add(column, "control_character")
        elif len(value) > limit:
            self.add(column, "too_long", limit=limit)
        return value

    def items(self, column: str, separators: str = ";") -> list[str]:
        """The non-empty entries of a cell that lists several things."""
        return [item.strip() for item in re.split(f"[{separators}]", self.raw(column)) if item.strip()]


def _case_type(cells: _Cells) -> str:
    written = cells.single_line("case_type", 64)
    if written is None:
        return ""
    value = "_".join(written.casefold().split())
    value = CASE_TYPE_ALIASES.get(value, value)
    if not is_case_type(value):
        cells.add("case_type", "case_type_bad", value=_clip(written))
    elif value not in HATE_CASE_TYPES:
        close = difflib.get_close_matches(value, HATE_CASE_TYPES, n=1, cutoff=0.8)
        if close:
            cells.add("case_type", "case_type_typo", value=_clip(written), suggestion=close[0])
    return value


def _strands(cells: _Cells, case_type: str) -> tuple[str, ...]:
    """Strands by id or English name, separated by ";" (or ","), in the standard order.

    An empty cell is fine for a panel whose cases have no strands (stop and search), but
    a hate crime or incident always has at least one.
    """
    items = cells.items("strands", ";,")
    found: set[str] = set()
    for item in items:
        strand = STRAND_ALIASES.get(normalise_name(item))
        if strand is None:
            cells.add("strands", "strand_unknown", value=_clip(item), known=_listed(STRANDS))
        else:
            found.add(strand)
    if not items and case_type in HATE_CASE_TYPES and "strands" in cells.columns:
        cells.add("strands", "strand_needed", case_type=case_type)
    return in_strand_order(found)


def _documents(cells: _Cells, folder: Path | None) -> tuple[DocumentRecord, ...]:
    names = cells.items("documents")
    if "documents" not in cells.columns:
        return ()
    if not names:
        key = "empty_cell" if not cells.raw("documents").strip() else "documents_none"
        cells.add("documents", key)
        return ()
    if folder is None:
        return ()
    documents: list[DocumentRecord] = []
    for name in names:
        checked = check_document(folder, name, cells.row.line)
        if isinstance(checked, Problem):
            cells.problems.append(checked)
        elif any(d.path == checked.path for d in documents):
            cells.add("documents", "document_twice", name=_clip(name))
        else:
            documents.append(checked)
    return tuple(documents)


def _uid(cells: _Cells) -> str | None:
    """A uid the coordinator chose, written the standard way (lowercase, with hyphens)."""
    written = cells.raw("uid").strip()
    if not written:
        return None
    try:
        return str(uuid.UUID(written))
    except ValueError:
        cells.add("uid", "uid_bad", value=_clip(written))
        return None


def _conflicted(cells: _Cells) -> tuple[str, ...]:
    """Members named as conflicted. A fingerprint is recognised however its digits are
    spaced and written in groups of five; a name keeps its spelling, with spaces tidied."""
    members: list[str] = []
    for item in cells.items("conflicted_members"):
        value = " ".join(item.split())
        digits = value.replace(" ", "")
        if _FINGERPRINT.fullmatch(digits):
            value = " ".join(digits[i : i + 5] for i in range(0, 30, 5))
        if _has_control(value):
            cells.add("conflicted_members", "control_character")
        elif len(value) > MAX_MEMBER_CHARS:
            cells.add("conflicted_members", "member_too_long", value=_clip(value), limit=MAX_MEMBER_CHARS)
        elif value.casefold() not in {m.casefold() for m in members}:
            members.append(value)
    return tuple(members)


def _check_unique(cases: list[CaseRecord], problems: list[Problem]) -> None:
    """References are compared ignoring case ("hc-01" and "HC-01" are one case to a person)."""
    references: dict[str, int] = {}
    uids: dict[str, int] = {}
    for case in cases:
        key = case.reference.casefold()
        if key and key in references:
            problems.append(
                problem(case.line, "reference", "duplicate_reference",
                        reference=_clip(case.reference), other_line=references[key])
            )  # fmt: skip
        references.setdefault(key, case.line)
        if case.uid is not None:
            if case.uid in uids:
                problems.append(problem(case.line, "uid", "duplicate_uid", other_line=uids[case.uid]))
            uids.setdefault(case.uid, case.line)


# What the case list calls each kind of name that cannot be shown as typed.
_HIDDEN = {
    NameProblem.EMPTY: "no_visible_text",
    NameProblem.CONTROL: "control_character",
    NameProblem.DIRECTION: "direction_character",
    NameProblem.INVISIBLE: "invisible_character",
}


def _has_control(value: str) -> bool:
    return any(ord(c) < 32 or 127 <= ord(c) < 160 for c in value)


def _clip(value: str, limit: int = 60) -> str:
    """Enough of a long value to recognise it in a message."""
    return value if len(value) <= limit else value[: limit - 1] + "…"
