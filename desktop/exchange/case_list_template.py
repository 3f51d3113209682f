"""A blank case list to start from: the header `read_case_list` reads, and one example row.

A new coordinator does not know which columns a case list needs; the New round dialog
names them and offers this file. The columns come from `case_csv` itself, so the
template cannot drift from what the reader accepts. The example row shows the format of
each cell; its document does not exist in anyone's documents folder, so a list saved
with the example still in it is refused by name rather than creating a made-up case.
The text is written by `core.spreadsheet_cells.csv_text`, like every CSV the app writes.
"""

from __future__ import annotations

from pathlib import Path

from desktop.core.spreadsheet_cells import csv_text
from desktop.core.words import say
from desktop.exchange.case_csv import REQUIRED_COLUMNS

COLUMNS = (*REQUIRED_COLUMNS, "conflicted_members")
EXAMPLE_REFERENCE = "EXAMPLE-1"
EXAMPLE_DOCUMENT = "EXAMPLE-1 incident log.pdf"


def example_row(language: str = "en") -> tuple[str, ...]:
    """One case in the template's columns; the summary in `language` ("cy" or English)."""
    values = {
        "reference": EXAMPLE_REFERENCE,
        "case_type": "hate_crime",
        "strands": "race; religion",
        "summary": say("case_list.template_summary", language),
        "documents": EXAMPLE_DOCUMENT,
        "conflicted_members": "",
    }
    return tuple(values[c] for c in COLUMNS)


def hint_row() -> str:
    """The example row as the New round dialog shows it, its summary cut to "…"."""
    row = example_row()
    return ",".join("…" if column == "summary" else value for column, value in zip(COLUMNS, row, strict=True))


def template_text(language: str = "en") -> str:
    """The whole file: header and example row, UTF-8 with a byte-order mark so Excel
    opens accented names correctly."""
    return "\ufeff" + csv_text(COLUMNS, [example_row(language)])


def write_template(path: Path, language: str = "en") -> None:
    """Write the blank case list to `path` (OSError as the system gives it)."""
    path.write_text(template_text(language), encoding="utf-8", newline="")
