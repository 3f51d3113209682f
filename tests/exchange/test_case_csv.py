"""The round's case list: what a coordinator's spreadsheet may look like, and every way
it can be wrong, each reported with its line and column and all of them at once."""

from __future__ import annotations

import codecs
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.exchange import case_csv, case_documents, case_list_file
from desktop.exchange.case_csv import CaseListError, read_case_list

ROOT = Path(__file__).resolve().parents[2]
HEADER = "reference,case_type,strands,summary,documents"
PDF = b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    docs = tmp_path / "documents"
    docs.mkdir()
    (docs / "a.pdf").write_bytes(PDF)
    (docs / "b.txt").write_text("Officer note\nNothing further.\n", encoding="utf-8")
    return docs


def write(tmp_path: Path, content: str | bytes, name: str = "cases.csv") -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def problems_of(csv_path: Path, folder: Path) -> list[tuple[int, str | None, str]]:
    with pytest.raises(CaseListError) as caught:
        read_case_list(csv_path, folder)
    return [(p.line, p.column, p.key) for p in caught.value.problems]


def lines(*rows: str) -> str:
    return "\n".join(rows) + "\n"


# --- What a good list gives ------------------------------------------------------------


def test_the_example_in_the_docs_reads() -> None:
    examples = ROOT / "docs" / "examples"
    cases = read_case_list(examples / "cases.csv", examples / "documents").cases
    assert [c.reference for c in cases] == ["EX-01", "EX-02", "EX-03"]
    assert cases[1].summary.count("\n") == 1  # a quoted line break in a CRLF file
    assert cases[2].strands == ("sexual_orientation", "disability")
    assert [d.media_type for d in cases[2].documents] == ["application/pdf", "text/plain"]
    assert [c.conflicted for c in cases] == [(), (), ()]  # works on a profile with no members yet
    assert [c.line for c in cases] == [2, 3, 5]


def test_a_case_carries_what_the_row_says(tmp_path: Path, folder: Path) -> None:
    uid = "3F2B6C1E-9D4A-4E8B-A1C2-5D6E7F809A1B"
    text = lines(
        HEADER + ",uid,conflicted_members",
        f"HC-1,Hate crime,Race; Religion or belief,Shouted abuse.,a.pdf; b.txt,{uid},"
        "Jane Example; 04127552908173400961 3740266518; jane example",
    )
    (case,) = read_case_list(write(tmp_path, text), folder).cases
    assert case.reference == "HC-1"
    assert case.case_type == "hate_crime"
    assert case.strands == ("race", "religion")
    assert case.summary == "Shouted abuse."
    assert [(d.title, d.media_type) for d in case.documents] == [
        ("a", "application/pdf"),
        ("b", "text/plain"),
    ]
    assert case.documents[0].path == folder.resolve() / "a.pdf"
    assert case.uid == uid.lower()
    assert case.conflicted == ("Jane Example", "04127 55290 81734 00961 37402 66518")


def test_utf8_with_a_byte_order_mark(tmp_path: Path, folder: Path) -> None:
    text = lines(HEADER, "HC-1,nchi,disability,Café owner abused.,a.pdf")
    (case,) = read_case_list(write(tmp_path, codecs.BOM_UTF8 + text.encode()), folder).cases
    assert case.reference == "HC-1" and case.summary == "Café owner abused."


def test_semicolons_between_cells_as_excel_writes_in_much_of_europe(tmp_path: Path, folder: Path) -> None:
    text = lines(
        "reference;case_type;strands;summary;documents",
        'HC-1;hate_crime;"race;religion";Abuse, threats, and damage.;"a.pdf;b.txt"',
    )
    (case,) = read_case_list(write(tmp_path, text), folder).cases
    assert case.strands == ("race", "religion")
    assert case.summary == "Abuse, threats, and damage."
    assert len(case.documents) == 2


def test_excel_unicode_text_is_utf16_with_tabs(tmp_path: Path, folder: Path) -> None:
    text = "\r\n".join([HEADER.replace(",", "\t"), "HC-1\thate_crime\trace\tŴyr abused.\ta.pdf", ""])
    (case,) = read_case_list(write(tmp_path, text.encode("utf-16")), folder).cases
    assert case.summary == "Ŵyr abused."


def test_crlf_and_quoted_line_breaks_keep_line_numbers_right(tmp_path: Path, folder: Path) -> None:
    text = "\r\n".join(
        [
            HEADER,
            'HC-1,hate_crime,race,"First line\r\nsecond line\r\nthird",a.pdf',
            "HC-2,nchi,race,x,gone.pdf",
            "",
        ]
    )
    assert problems_of(write(tmp_path, text), folder) == [(5, "documents", "document_missing")]
    text = text.replace("gone.pdf", "b.txt")
    first, second = read_case_list(write(tmp_path, text), folder).cases
    assert first.summary == "First line\nsecond line\nthird"
    assert (first.line, second.line) == (2, 5)


def test_header_names_ignore_case_and_spaces_and_blank_lines_are_skipped(
    tmp_path: Path, folder: Path
) -> None:
    text = lines(
        "",
        " Reference , Case Type ,STRANDS, summary ,Documents, Conflicted-Members ",
        ",,,,,",
        "HC-1,hate_crime,race,x,a.pdf,",
        "",
        "   ,  ,,,,",
        "HC-2,hate_crime,race,x,missing.pdf,",
    )
    assert problems_of(write(tmp_path, text), folder) == [(7, "documents", "document_missing")]


def test_a_panel_without_strands_may_leave_them_empty(tmp_path: Path, folder: Path) -> None:
    text = lines(HEADER, "SS-1,stop_and_search,,Search on the high street.,a.pdf")
    (case,) = read_case_list(write(tmp_path, text), folder).cases
    assert case.case_type == "stop_and_search" and case.strands == ()


def test_a_link_that_stays_inside_the_folder_is_fine(tmp_path: Path, folder: Path) -> None:
    (folder / "link.pdf").symlink_to(folder / "a.pdf")  # the suite runs where links can be made
    (case,) = read_case_list(write(tmp_path, lines(HEADER, "HC-1,nchi,race,x,link.pdf")), folder).cases
    assert case.documents[0].path == (folder / "a.pdf").resolve()
    assert case.documents[0].title == "link"


def test_documents_may_sit_in_subfolders(tmp_path: Path, folder: Path) -> None:
    (folder / "HC-1").mkdir()
    shutil.copy(folder / "a.pdf", folder / "HC-1" / "log.pdf")
    text = lines(HEADER, "HC-1,nchi,race,x,HC-1/log.pdf;HC-1\\log.pdf;./b.txt")
    problems = problems_of(write(tmp_path, text), folder)
    assert problems == [(2, "documents", "document_twice")]  # both spellings name one file


# --- Every problem, with its line and column -------------------------------------------


def test_every_problem_in_the_file_is_reported_at_once(tmp_path: Path, folder: Path) -> None:
    text = lines(
        HEADER + ",uid",
        "HC-1,hate_crime,race,Fine.,a.pdf,",
        ",,,,,",
        "HC-2,hate_crme,race,Typo in the type.,a.pdf,",
        "hc-1,hate_crime,colour,Duplicate reference.,case7.pdf,not-a-uid",
        ",hate_crime,,,,",
        "HC-5,nchi,race,Fine too.,b.txt,",
    )
    assert problems_of(write(tmp_path, text), folder) == [
        (4, "case_type", "case_type_typo"),
        (5, "strands", "strand_unknown"),
        (5, "documents", "document_missing"),
        (5, "uid", "uid_bad"),
        (5, "reference", "duplicate_reference"),
        (6, "reference", "empty_cell"),
        (6, "strands", "strand_needed"),
        (6, "summary", "empty_cell"),
        (6, "documents", "empty_cell"),
    ]


def test_the_message_names_line_column_and_file(tmp_path: Path, folder: Path) -> None:
    text = lines(HEADER, "HC-1,nchi,race,x,a.pdf", "HC-2,nchi,race,x,case7.pdf")
    with pytest.raises(CaseListError) as caught:
        read_case_list(write(tmp_path, text), folder)
    (found,) = caught.value.problems
    assert found.message == "Line 3, column documents: the file “case7.pdf” is not in the folder."
    assert found.text("cy") == "Llinell 3, colofn documents: nid yw'r ffeil “case7.pdf” yn y ffolder."
    assert str(caught.value) == found.message


def test_missing_unknown_and_repeated_columns(tmp_path: Path, folder: Path) -> None:
    text = lines("Reference,strands,documents,conflicted member,notes,Strands", "HC-1,race,a.pdf,,x,race")
    with pytest.raises(CaseListError) as caught:
        read_case_list(write(tmp_path, text), folder)
    found = [(p.line, p.column, p.key) for p in caught.value.problems]
    assert found == [
        (1, "conflicted member", "unknown_column_suggest"),
        (1, "notes", "unknown_column"),
        (1, "strands", "duplicate_column"),
        (1, "case_type", "missing_column"),
        (1, "summary", "missing_column"),
    ]
    assert "Did you mean “conflicted_members”?" in caught.value.problems[0].message


def test_a_header_with_no_known_column_is_not_checked_row_by_row(tmp_path: Path, folder: Path) -> None:
    text = lines("HC-1,hate_crime,race,x,a.pdf", "HC-2,hate_crime,race,x,a.pdf")
    found = problems_of(write(tmp_path, text), folder)
    assert {(line, key) for line, _, key in found} == {(1, "unknown_column"), (1, "missing_column")}
    assert len(found) == 10


def test_a_value_beyond_the_named_columns(tmp_path: Path, folder: Path) -> None:
    text = lines(HEADER, "HC-1,nchi,race,Abuse, then threats,a.pdf", "HC-2,nchi,race,x,a.pdf,,")
    found = problems_of(write(tmp_path, text), folder)
    assert found == [(2, None, "unnamed_cell"), (2, "documents", "document_extension")]


def test_empty_required_cells_each_named(tmp_path: Path, folder: Path) -> None:
    found = problems_of(write(tmp_path, lines(HEADER, " , ,race, , ", "HC-2,nchi,race,x,;;")), folder)
    assert found == [
        (2, "reference", "empty_cell"),
        (2, "case_type", "empty_cell"),
        (2, "summary", "empty_cell"),
        (2, "documents", "empty_cell"),
        (3, "documents", "documents_none"),
    ]


def test_duplicate_references_and_uids_name_the_first_line(tmp_path: Path, folder: Path) -> None:
    uid = "3f2b6c1e-9d4a-4e8b-a1c2-5d6e7f809a1b"
    text = lines(
        HEADER + ",uid",
        f"HC-1,nchi,race,x,a.pdf,{uid}",
        "HC-2,nchi,race,x,a.pdf,",
        f"hc-1 ,nchi,race,x,a.pdf,{{{uid.upper()}}}",
    )
    with pytest.raises(CaseListError) as caught:
        read_case_list(write(tmp_path, text), folder)
    found = [(p.line, p.column, p.key, dict(p.params).get("other_line")) for p in caught.value.problems]
    assert found == [(4, "reference", "duplicate_reference", "2"), (4, "uid", "duplicate_uid", "2")]


def test_case_types(tmp_path: Path, folder: Path) -> None:
    text = lines(
        HEADER,
        "A,Non-crime hate incident,race,x,a.pdf",
        "B,hate crimes,race,x,a.pdf",
        "C,hate crime!,race,x,a.pdf",
        f"D,{'x' * 40},race,x,a.pdf",
    )
    assert problems_of(write(tmp_path, text), folder) == [
        (3, "case_type", "case_type_typo"),
        (4, "case_type", "case_type_bad"),
        (5, "case_type", "case_type_bad"),
    ]


def test_one_line_cells_refuse_line_breaks_and_control_characters(tmp_path: Path, folder: Path) -> None:
    text = lines(
        HEADER, '"HC\n1",nchi,race,x,a.pdf', "HC\x072,nchi,race,x,a.pdf", "HC-3,nchi,race,x\x00y,a.pdf"
    )
    assert problems_of(write(tmp_path, text), folder) == [
        (2, "reference", "multiline"),
        (4, "reference", "control_character"),
        (5, "summary", "control_character"),
    ]


def test_lengths(tmp_path: Path, folder: Path) -> None:
    text = lines(
        HEADER + ",conflicted_members",
        f"{'R' * 101},nchi,race,x,a.pdf,",
        f"HC-2,nchi,race,{'s' * 10_001},a.pdf,{'m' * 201}",
    )
    assert problems_of(write(tmp_path, text), folder) == [
        (2, "reference", "too_long"),
        (3, "summary", "too_long"),
        (3, "conflicted_members", "member_too_long"),
    ]


@pytest.mark.parametrize(
    "name", ["../a.pdf", "/etc/passwd.pdf", "\\\\server\\a.pdf", "C:\\a.pdf", "x//a.pdf"]
)
def test_document_names_that_leave_the_folder(tmp_path: Path, folder: Path, name: str) -> None:
    text = lines(HEADER, "HC-1,nchi,race,x,a.pdf", f'HC-2,nchi,race,x,"b.txt;{name}"')
    assert problems_of(write(tmp_path, text), folder) == [(3, "documents", "document_bad_name")]


def test_a_link_out_of_the_folder_is_refused(tmp_path: Path, folder: Path) -> None:
    secret = tmp_path / "secret.pdf"
    secret.write_bytes(PDF)
    (tmp_path / "elsewhere").mkdir()
    (folder / "leak.pdf").symlink_to(secret)
    (folder / "sub").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    shutil.copy(secret, tmp_path / "elsewhere" / "x.pdf")
    text = lines(HEADER, "HC-1,nchi,race,x,a.pdf;leak.pdf", "HC-2,nchi,race,x,sub/x.pdf")
    assert problems_of(write(tmp_path, text), folder) == [
        (2, "documents", "document_outside"),
        (3, "documents", "document_outside"),
    ]


def test_document_contents_are_checked(tmp_path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (folder / "fake.pdf").write_bytes(b"<html>not a pdf</html>")
    (folder / "latin1.txt").write_bytes(b"line one\nCaf\xe9\n")
    (folder / "binary.txt").write_bytes(b"ok\n\x00\x01")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "big.pdf").write_bytes(PDF + b"0" * 100)
    (folder / "a folder.pdf").mkdir()
    (folder / "image.png").write_bytes(b"\x89PNG")
    monkeypatch.setattr(case_documents, "MAX_DOCUMENT_BYTES", len(PDF) + 50)
    text = lines(
        HEADER,
        "A,nchi,race,x,fake.pdf",
        "B,nchi,race,x,a.pdf;latin1.txt",
        "C,nchi,race,x,binary.txt",
        "D,nchi,race,x,empty.txt;big.pdf",
        "E,nchi,race,x,a folder.pdf;image.png;A.PDF;a.pdf",
    )
    found = problems_of(write(tmp_path, text), folder)
    assert found[:6] == [
        (2, "documents", "document_not_pdf"),
        (3, "documents", "document_not_utf8"),
        (4, "documents", "document_not_utf8"),
        (5, "documents", "document_empty"),
        (5, "documents", "document_too_big"),
        (6, "documents", "document_not_file"),
    ]
    assert found[6] == (6, "documents", "document_extension")
    # A.PDF is the same file as a.pdf on a case-insensitive disk, another file elsewhere.
    assert found[7:] in ([(6, "documents", "document_missing")], [(6, "documents", "document_twice")])
    with pytest.raises(CaseListError) as caught:
        read_case_list(write(tmp_path, text), folder)
    assert "(line 2 of the file)" in caught.value.problems[1].message


def test_text_that_is_not_utf8_names_each_line(tmp_path: Path, folder: Path) -> None:
    text = lines(HEADER, "HC-1,nchi,race,Café,a.pdf", "HC-2,nchi,race,ok,a.pdf", "HC-3,nchi,race,Ŵ,a.pdf")
    data = text.encode("utf-8").replace("é".encode(), b"\xe9").replace("Ŵ".encode(), b"\xd5")
    found = problems_of(write(tmp_path, data), folder)
    assert found == [(2, None, "not_utf8"), (4, None, "not_utf8")]


def test_many_lines_not_utf8_are_summed_up(tmp_path: Path, folder: Path) -> None:
    data = (HEADER + "\n").encode() + b"".join(b"HC-%d,nchi,race,Caf\xe9,a.pdf\n" % i for i in range(30))
    found = problems_of(write(tmp_path, data), folder)
    assert found[:20] == [(n, None, "not_utf8") for n in range(2, 22)]
    assert found[20:] == [(22, None, "not_utf8_more")]


def test_a_broken_quote_stops_reading_but_keeps_what_came_before(tmp_path: Path, folder: Path) -> None:
    text = lines(HEADER, "HC-1,nchi,race,x,gone.pdf", 'HC-2,nchi,race,"x"y,a.pdf', "HC-3,nchi,race,x,a.pdf")
    assert problems_of(write(tmp_path, text), folder) == [
        (2, "documents", "document_missing"),
        (3, None, "csv_unreadable"),
    ]


def test_too_many_cases(tmp_path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(case_csv, "MAX_CASES", 3)
    rows = [f"HC-{i},nchi,race,x,a.pdf" for i in range(5)]
    assert problems_of(write(tmp_path, lines(HEADER, *rows)), folder) == [(5, None, "too_many_cases")]


def test_file_level_problems_are_collected_together(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    missing_folder = tmp_path / "nowhere"
    assert problems_of(tmp_path / "absent.csv", missing_folder) == [
        (0, None, "folder_missing"),
        (0, None, "file_missing"),
    ]
    assert problems_of(write(tmp_path, " \r\n\n"), tmp_path) == [(0, None, "file_empty")]
    assert problems_of(write(tmp_path, HEADER + "\n\n"), tmp_path) == [(0, None, "no_cases")]
    assert problems_of(tmp_path, tmp_path) == [(0, None, "file_unreadable")]
    monkeypatch.setattr(case_list_file, "MAX_CSV_BYTES", 100)
    assert problems_of(write(tmp_path, HEADER + "\n" + "x" * 100), tmp_path) == [(0, None, "file_too_big")]
    bad16 = codecs.BOM_UTF16_LE + b"r\x00\x00\xd8"
    monkeypatch.undo()
    assert problems_of(write(tmp_path, bad16), tmp_path) == [(0, None, "file_not_utf16")]


# --- Fuzzing: whatever the file holds, the only failure is CaseListError ---------------

_FUZZ_DIR = Path(tempfile.mkdtemp(prefix="case-csv-fuzz-"))
(_FUZZ_DIR / "docs").mkdir()
(_FUZZ_DIR / "docs" / "a.pdf").write_bytes(PDF)
(_FUZZ_DIR / "docs" / "b.txt").write_bytes(b"text\n")

_TOKENS = st.sampled_from(
    ["reference", "case_type", "strands", "summary", "documents", "uid", "conflicted_members",
     "hate_crime", "nchi", "race", "other", "a.pdf", "b.txt", "../a.pdf", "/etc", "C:", "x",
     ",", ";", "\t", '"', "\n", "\r\n", "\r", " ", "", "\x00", "é", "\ufeff", "{",
     "3f2b6c1e-9d4a-4e8b-a1c2-5d6e7f809a1b"]
)  # fmt: skip


def _read_fuzzed(data: bytes) -> None:
    path = _FUZZ_DIR / "cases.csv"
    path.write_bytes(data)
    try:
        read_case_list(path, _FUZZ_DIR / "docs")
    except CaseListError as exc:
        assert exc.problems
        for p in exc.problems:
            assert p.text("en") and p.text("cy")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_arbitrary_bytes_only_ever_raise_case_list_error(data: bytes) -> None:
    _read_fuzzed(data)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(_TOKENS | st.text(max_size=5), max_size=60), st.sampled_from(["utf-8", "utf-8-sig", "utf-16"])
)
def test_csv_like_text_only_ever_raises_case_list_error(tokens: list[str], encoding: str) -> None:
    _read_fuzzed("".join(tokens).encode(encoding, errors="surrogatepass"))


_CELL = st.lists(_TOKENS, max_size=4).map("".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.permutations(sorted(case_csv.KNOWN_COLUMNS)).flatmap(
        lambda c: st.integers(3, len(c)).map(lambda n: c[:n])
    ),
    st.lists(st.lists(_CELL, max_size=8), max_size=6),
    st.sampled_from([",", ";", "\t"]),
    st.booleans(),
)
def test_lists_with_a_header_only_ever_raise_case_list_error(
    header: list[str], rows: list[list[str]], delimiter: str, quote: bool
) -> None:
    def line(cells: list[str]) -> str:
        if quote:
            cells = ['"' + c.replace('"', '""') + '"' for c in cells]
        return delimiter.join(cells)

    _read_fuzzed(
        "\r\n".join([line(header), *(line(r) for r in rows)]).encode("utf-8", errors="surrogatepass")
    )


def teardown_module() -> None:
    shutil.rmtree(_FUZZ_DIR, ignore_errors=True)
    assert not os.path.exists(_FUZZ_DIR)


def test_references_people_read_refuse_hidden_characters(tmp_path: Path, folder: Path) -> None:
    """A reference is shown in lists: nothing in it may reorder it or hide in it."""
    text = lines(
        HEADER,
        "HC-\u202e10,nchi,race,x,a.pdf",
        "HC-\u200b11,nchi,race,x,a.pdf",
        "\u200b\u2060,nchi,race,x,a.pdf",
        "HC-\u206612\u2069,nchi,race,x,a.pdf",
        "HC-13,nchi,race,x,a.pdf",
    )
    path = write(tmp_path, text)
    assert problems_of(path, folder) == [
        (2, "reference", "direction_character"),
        (3, "reference", "invisible_character"),
        (4, "reference", "no_visible_text"),
        (5, "reference", "direction_character"),
    ]
    with pytest.raises(CaseListError) as caught:
        read_case_list(path, folder)
    welsh = [p.text("cy") for p in caught.value.problems]
    assert "nod cudd" in welsh[0] and "nod anweledig" in welsh[1] and "y gellir ei weld" in welsh[2]
