"""Checking one case document named in a case list, before anything is stored.

A case list names its documents by file name inside one folder the coordinator chose.
A name must not reach outside that folder (an absolute path, `..`, or a link that
points elsewhere), because a case list may come from someone else and must not pull
arbitrary files from the coordinator's laptop into packs sent to members. The content is
checked as far as cheaply possible (a PDF says so in its first bytes; a text file must
be UTF-8) so a member never receives a document their viewer cannot open.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from desktop.exchange.case_list_problems import Problem, problem

MAX_DOCUMENT_BYTES = 100 * 1024 * 1024
MEDIA_TYPES = {".pdf": "application/pdf", ".txt": "text/plain"}
COLUMN = "documents"

_DRIVE = re.compile(r"[A-Za-z]:")


@dataclass(frozen=True)
class DocumentRecord:
    """A checked document. `path` is where the checked file really is (links resolved),
    so whoever reads it next reads the file that was checked, not whatever a link
    points to by then; `title` is the file name without its extension."""

    path: Path
    title: str
    media_type: str


def check_document(folder: Path, name: str, line: int) -> DocumentRecord | Problem:
    """The document `name` inside `folder` (already resolved), or the problem with it."""
    parts = _parts(name)
    if parts is None:
        return problem(line, COLUMN, "document_bad_name", name=name)
    suffix = Path(parts[-1]).suffix.lower()
    if suffix not in MEDIA_TYPES:
        return problem(line, COLUMN, "document_extension", name=name)
    candidate = folder.joinpath(*parts)
    if not os.path.lexists(candidate):
        return problem(line, COLUMN, "document_missing", name=name)
    real = Path(os.path.realpath(candidate))
    if not real.is_relative_to(folder):
        return problem(line, COLUMN, "document_outside", name=name)
    refused = _check_file(real, suffix, name, line)
    if refused is not None:
        return refused
    title = Path(parts[-1]).stem or parts[-1]
    return DocumentRecord(real, title, MEDIA_TYPES[suffix])


def _parts(name: str) -> list[str] | None:
    """The path's components, or None when it is absolute, names a drive, climbs out
    with `..` or holds a control character. Both `/` and `\\` separate folders, as a
    coordinator on Windows may type either."""
    if not name or name[0] in "/\\" or _DRIVE.match(name) or any(ord(c) < 32 or ord(c) == 127 for c in name):
        return None
    parts = [p for p in re.split(r"[/\\]", name) if p != "."]
    if not parts or any(p in ("", "..") for p in parts):
        return None
    return parts


def _check_file(path: Path, suffix: str, name: str, line: int) -> Problem | None:
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            return problem(line, COLUMN, "document_not_file", name=name)
        if info.st_size > MAX_DOCUMENT_BYTES:
            return problem(line, COLUMN, "document_too_big", name=name, limit_mb=MAX_DOCUMENT_BYTES // 2**20)
        if info.st_size == 0:
            return problem(line, COLUMN, "document_empty", name=name)
        if suffix == ".pdf":
            return _check_pdf(path, name, line)
        return _check_text(path, name, line)
    except FileNotFoundError:
        return problem(line, COLUMN, "document_missing", name=name)
    except OSError as exc:
        return problem(line, COLUMN, "document_unreadable", name=name, reason=exc.strerror or exc)


def _check_pdf(path: Path, name: str, line: int) -> Problem | None:
    with open(path, "rb") as f:
        if f.read(5) != b"%PDF-":
            return problem(line, COLUMN, "document_not_pdf", name=name)
    return None


def _check_text(path: Path, name: str, line: int) -> Problem | None:
    """UTF-8 (a byte-order mark is fine) and no NUL bytes, which only binary files hold.

    Read line by line: a line break byte never occurs inside a UTF-8 character, so each
    line decodes on its own and the first bad one can be named.
    """
    with open(path, "rb") as f:
        for number, raw in enumerate(f, start=1):
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError:
                return problem(line, COLUMN, "document_not_utf8", name=name, text_line=number)
            if b"\x00" in raw:
                return problem(line, COLUMN, "document_not_utf8", name=name, text_line=number)
    return None
