"""Turning a case list file into rows of cells, each knowing the line it started on.

Coordinators keep case lists in Excel or LibreOffice, so this accepts what those save:
UTF-8 with or without a byte-order mark, Excel's "Unicode text" (UTF-16, tab-separated),
commas, semicolons (Excel in much of Europe) or tabs between cells, Windows or Unix line
ends, and quoted cells that hold line breaks. The CSV itself is read by Python's `csv`
module; this module only decides the encoding and the separator and keeps line numbers,
so every later message can say where to look.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop.exchange.case_list_problems import Problem, problem

MAX_CSV_BYTES = 5 * 1024 * 1024
MAX_NOT_UTF8_LINES = 20
DELIMITERS = (",", ";", "\t")
# The sniffer's patterns are slow on long text; the first lines are enough to judge.
SNIFF_CHARS = 4096


@dataclass(frozen=True)
class Row:
    """One record of the file: the line it starts on, the line it ends on, its cells."""

    line: int
    last_line: int
    cells: tuple[str, ...]

    @property
    def blank(self) -> bool:
        return all(not c.strip() for c in self.cells)


def read_text(path: Path, problems: list[Problem]) -> str | None:
    """The file's text, or None after adding the reasons it cannot be had to `problems`."""
    name = path.name or str(path)
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            problems.append(problem(0, None, "file_unreadable", file=name, reason="it is not a file"))
            return None
        with open(path, "rb") as f:
            data = f.read(MAX_CSV_BYTES + 1)
    except FileNotFoundError:
        problems.append(problem(0, None, "file_missing", file=name))
        return None
    except OSError as exc:
        problems.append(problem(0, None, "file_unreadable", file=name, reason=exc.strerror or exc))
        return None
    except ValueError:  # a NUL in the path
        problems.append(problem(0, None, "file_missing", file=name))
        return None
    if len(data) > MAX_CSV_BYTES:
        problems.append(problem(0, None, "file_too_big", limit_mb=MAX_CSV_BYTES // (1024 * 1024)))
        return None
    text = decode(data, problems)
    if text is not None and not text.strip():
        problems.append(problem(0, None, "file_empty"))
        return None
    return text


def decode(data: bytes, problems: list[Problem]) -> str | None:
    """Decode UTF-16 (when it says so with a byte-order mark) or UTF-8.

    Anything else is refused rather than guessed: a wrong guess would silently turn
    names into nonsense. Each line that is not UTF-8 is named, because Excel's plain
    "CSV" export writes the local code page and the coordinator needs to know that is why.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            problems.append(problem(0, None, "file_not_utf16"))
            return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    bad = []
    for number, raw in enumerate(data.split(b"\n"), start=1):
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            bad.append(number)
    for number in bad[:MAX_NOT_UTF8_LINES]:
        problems.append(problem(number, None, "not_utf8"))
    if len(bad) > MAX_NOT_UTF8_LINES:
        rest = bad[MAX_NOT_UTF8_LINES:]
        problems.append(problem(rest[0], None, "not_utf8_more", count=len(rest) - 1))
    return None


def normalise_name(header: str) -> str:
    """A column name as compared: any case, surrounding spaces ignored, and inner spaces or
    hyphens read as "_" ("Case type" and "case-type" are both `case_type`)."""
    words = header.strip().casefold().replace("-", " ").split()
    return "_".join(words)


def read_rows(
    text: str, known_columns: frozenset[str], max_rows: int, problems: list[Problem]
) -> tuple[Row, ...]:
    """Every non-blank record, the header first, at most `max_rows` after the header.

    A record the `csv` module cannot read stops the reading there: after a broken quote
    every later line would be misread, so guessing on would only bury the real problem.
    """
    delimiter = choose_delimiter(text, known_columns)
    rows: list[Row] = []
    for row in _records(text, delimiter, problems):
        if row.blank:
            continue
        if len(rows) > max_rows:
            problems.append(problem(row.line, None, "too_many_cases", limit=max_rows))
            break
        rows.append(row)
    return tuple(rows)


def choose_delimiter(text: str, known_columns: frozenset[str]) -> str:
    """The separator that makes the most sense of the header line.

    `csv.Sniffer` (told to consider only comma, semicolon and tab) proposes one; the
    header then decides, because a sniffer can be misled by punctuation in a summary,
    while a header that yields known column names cannot.
    """
    try:
        sniffed = csv.Sniffer().sniff(text[:SNIFF_CHARS], delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        sniffed = ","
    candidates = [sniffed, *(d for d in DELIMITERS if d != sniffed)]
    return max(candidates, key=_scorer(text, known_columns))


def _scorer(text: str, known_columns: frozenset[str]) -> Callable[[str], int]:
    def score(delimiter: str) -> int:
        for row in _records(text, delimiter, []):
            if not row.blank:
                return len({normalise_name(c) for c in row.cells} & known_columns)
        return 0

    return score


def _records(text: str, delimiter: str, problems: list[Problem]) -> Iterator[Row]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"', strict=True)
    last = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error:
            problems.append(problem(last + 1, None, "csv_unreadable"))
            return
        yield Row(last + 1, reader.line_num, tuple(cells))
        last = reader.line_num
