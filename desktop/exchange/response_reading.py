"""Reading a response table back from the force: a Word document or a CSV file.

The file has been opened, edited and saved by someone else, so it is judged before it
is parsed: its size is capped, a Word document's zip directory is read with `zipfile`
and refused if its parts would unpack to too much (a zip bomb) or it is not a Word
document at all, and only then is it handed to python-docx. Everything wrong with the
file as a whole raises `ResponseFileRefused`; the rows are returned as written, and
judging them against the round's observations is the services' job.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.table import Table

from desktop.core.force_response_format import (
    CSV_COLUMNS,
    FORMAT_VERSION,
    find_reference,
    find_uid,
)
from desktop.core.spreadsheet_cells import restored
from desktop.exchange.response_refusals import FileRefusal, ResponseFileRefused

MB = 1024 * 1024
MAX_FILE_BYTES = 20 * MB
MAX_UNPACKED_BYTES = 20 * MB
MAX_PARTS = 500
MAX_ROWS = 1000


@dataclass(frozen=True)
class ReturnedRow:
    """One row as the force left it; `place` is its row under the heading (Word) or line (CSV)."""

    place: int
    uid: str | None
    text: str
    response: str
    date_text: str

    @property
    def blank(self) -> bool:
        return not (self.uid or self.text.strip() or self.response.strip() or self.date_text.strip())


@dataclass(frozen=True)
class ReturnedTable:
    """What came back. `round_uid` is None for a CSV (its rows' uids say which round)."""

    kind: str  # "docx" | "csv"
    round_uid: str | None
    round_title: str
    rows: tuple[ReturnedRow, ...]


def read_returned_table(path: Path) -> ReturnedTable:
    """The rows of a returned Word or CSV table; raises `ResponseFileRefused` for a bad file."""
    data = _read_capped(path)
    if data.startswith(b"PK"):
        return _read_docx(data)
    if data.startswith(b"%PDF"):
        raise ResponseFileRefused(FileRefusal.PDF)
    if path.suffix.lower() in (".csv", ".txt"):
        return _read_csv(data)
    raise ResponseFileRefused(FileRefusal.NOT_A_TABLE_FILE)


def _read_capped(path: Path) -> bytes:
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_FILE_BYTES + 1)
    except (OSError, ValueError) as exc:
        raise ResponseFileRefused(FileRefusal.UNREADABLE) from exc
    if len(data) > MAX_FILE_BYTES:
        raise ResponseFileRefused(FileRefusal.TOO_BIG, limit=MAX_FILE_BYTES // MB)
    if not data.strip():
        raise ResponseFileRefused(FileRefusal.EMPTY)
    return data


def _check_zip(data: bytes) -> None:
    """Refuse a zip that is damaged, is not a Word document, or would unpack too large.

    Sizes come from the zip's directory, which can lie; `zipfile` stops decompressing a
    part at its declared size and then fails its checksum, so the declared sum bounds
    what python-docx can ever unpack.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = archive.infolist()
            if len(parts) > MAX_PARTS or sum(p.file_size for p in parts) > MAX_UNPACKED_BYTES:
                raise ResponseFileRefused(FileRefusal.UNPACKS_TOO_BIG, limit=MAX_UNPACKED_BYTES // MB)
            names = {p.filename for p in parts}
            if "word/document.xml" not in names or "[Content_Types].xml" not in names:
                raise ResponseFileRefused(FileRefusal.NOT_A_TABLE_FILE)
            if archive.testzip() is not None:
                raise ResponseFileRefused(FileRefusal.DAMAGED)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError, OSError) as exc:
        raise ResponseFileRefused(FileRefusal.DAMAGED) from exc


def _read_docx(data: bytes) -> ReturnedTable:
    _check_zip(data)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds for a malformed part
        raise ResponseFileRefused(FileRefusal.DAMAGED) from exc
    reference = None
    for paragraph in document.paragraphs:
        reference = reference or find_reference(paragraph.text)
    if reference is None:
        reference = find_reference(document.core_properties.identifier or "")
    if reference is not None and reference[0] > FORMAT_VERSION:
        raise ResponseFileRefused(FileRefusal.NEWER_FORMAT)
    table = _response_table(document.tables)
    rows = tuple(_docx_row(place, table.rows[place].cells) for place in range(1, len(table.rows)))
    if len(rows) > MAX_ROWS:
        raise ResponseFileRefused(FileRefusal.TOO_MANY_ROWS, limit=MAX_ROWS)
    title = document.core_properties.title or ""
    return ReturnedTable("docx", reference[1] if reference else None, title, rows)


def _response_table(tables: list[Table]) -> Table:
    """The first table with a heading row and rows under it; refused if its columns changed."""
    candidates = [t for t in tables if len(t.rows) >= 1]
    if not candidates:
        raise ResponseFileRefused(FileRefusal.NO_TABLE)
    for table in candidates:
        if len(table.columns) == 5 and all(len(row.cells) == 5 for row in table.rows):
            return table
    raise ResponseFileRefused(FileRefusal.COLUMNS_CHANGED)


def _cell_text(cell: object) -> str:
    paragraphs = getattr(cell, "paragraphs", [])
    return "\n".join(p.text for p in paragraphs).strip()


def _docx_row(place: int, cells: tuple[object, ...] | list[object]) -> ReturnedRow:
    first = _cell_text(cells[0])
    return ReturnedRow(
        place=place, uid=find_uid(first), text=_cell_text(cells[1]),
        response=_cell_text(cells[3]), date_text=_cell_text(cells[4]),
    )  # fmt: skip


def _decode(data: bytes) -> str:
    """UTF-8 (with or without the byte-order mark we write), or UTF-16 with its mark.

    Anything else is refused rather than guessed: a wrong guess turns ŵ and ŷ into
    nonsense that would then be published as the force's words.
    """
    try:
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return data.decode("utf-16")
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ResponseFileRefused(FileRefusal.CSV_ENCODING) from exc


def _read_csv(data: bytes) -> ReturnedTable:
    text = _decode(data)
    if "\x00" in text:
        raise ResponseFileRefused(FileRefusal.NOT_A_TABLE_FILE)
    first_line = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[tuple[int, list[str]]] = []
    ended = 0
    try:
        for record in reader:  # each record with the line it starts on (a cell may hold line breaks)
            records.append((ended + 1, record))
            ended = reader.line_num
    except csv.Error as exc:
        raise ResponseFileRefused(FileRefusal.CSV_BROKEN, line=reader.line_num) from exc
    if len(records) > MAX_ROWS + 1:
        raise ResponseFileRefused(FileRefusal.TOO_MANY_ROWS, limit=MAX_ROWS)
    header = [c.strip().lstrip("\ufeff").casefold() for c in records[0][1]] if records else []
    if sorted(header) != sorted(CSV_COLUMNS):
        raise ResponseFileRefused(
            FileRefusal.CSV_COLUMNS, expected=", ".join(CSV_COLUMNS), found=", ".join(header) or "—"
        )
    at = {name: header.index(name) for name in CSV_COLUMNS}
    rows = []
    for line, record in records[1:]:
        # The apostrophe our writer put before a cell that could run as a formula is
        # removed, so "=1+1" typed by the panel comes back as "=1+1".
        cells = [*map(restored, record), *[""] * (len(header) - len(record))]
        rows.append(ReturnedRow(
            place=line, uid=find_uid(cells[at["observation_uid"]]), text=cells[at["observation"]].strip(),
            response=cells[at["response"]].strip(), date_text=cells[at["response_date"]].strip(),
        ))  # fmt: skip
    return ReturnedTable("csv", None, "", tuple(rows))
