"""What a published report lets out, read back from the files themselves.

The demo round (16 cases, four members, real packages), with personal data and members'
names planted where members and the coordinator write: members' notes, the panel's
comment on a case, the reason for a decision, an observation and its response. It is
confirmed in the publication review as a coordinator would (each marked word blanked),
published in every format the app writes, and each file is read back as a reader would
(PDF text and metadata with pypdf, Word paragraphs, tables, headers, footers and
properties with python-docx and every part of the package, CSV with `csv`). No file may
hold a force case reference of the round, a member's name, a case uid, or any planted
datum; and the CSV has no column from which a reference could be recomputed.
"""

from __future__ import annotations

import csv
import re
import zipfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from xml.etree import ElementTree

import docx
import pytest
from docx.table import Table
from pypdf import PdfReader

from desktop.core.answers import Answer
from desktop.core.citations import Citation
from desktop.core.identity import case_uid
from desktop.reports.content import ReportOptions
from desktop.reports.redaction import MARK
from desktop.services import briefing, findings, observations, publication, report, rounds
from desktop.services.demo_coordinator import MEMBERS, answers_for, create_demo_coordinator
from desktop.services.findings import CaseNotes
from desktop.services.publication import Block
from desktop.storage.database import Database
from tests.services.publication_world import confirm_every_text

# What members write into their notes, keyed by case number: each sentence holds personal
# data the publication check finds, and the name of another member of the panel.
MEMBER_NOTES = {
    2: "Mrs Angharad Pritchard of CF10 3NQ rang twice; Ms Bethan Evans saw the log.",
    5: "The victim rang from 07700 900123 and wrote from angharad.p@example.com.",
    7: "Mr Dafydd Owen said DEMO-HC-05 is the same family.",
    9: "Ffoniodd Mrs Siân Prydderch o 01248 382000; mae hi’n byw ger LL57 2DG.",
}
# What the coordinator writes, as (case number or part, text).
COMMENT = (4, "Ms Ceri Hughes noted that the victim, Mr Huw Bevan, lives near SA1 1NE.")
GOOD_PRACTICE = "Ms Carys Lloyd of SA2 8PP was kept informed throughout."  # tagged on the same case
RATIONALE = (3, "Mr Aled Jones read DEMO-HC-12 alongside it; call Mrs Pritchard on 029 2018 3456.")
OBSERVATION = "Contact Miss Eleri Puw (eleri.puw@example.org) about DEMO-HC-16."
RESPONSE = "Mr Aled Jones will be told; see DEMO-HC-01, or ring 01656 655555."
# Each planted datum, as the scan finds it.
PLANTED = (
    "Mrs Angharad Pritchard", "CF10 3NQ", "Ms Bethan Evans", "07700 900123", "angharad.p@example.com",
    "Mr Dafydd Owen", "Mrs Siân Prydderch", "01248 382000", "LL57 2DG", "Ms Ceri Hughes",
    "Mr Huw Bevan", "SA1 1NE", "Mr Aled Jones", "Mrs Pritchard", "029 2018 3456", "Miss Eleri Puw",
    "eleri.puw@example.org", "01656 655555", "Ms Carys Lloyd", "SA2 8PP",
)  # fmt: skip
FORMATS = ("pdf", "docx", "csv", "accessible-pdf")
# Words a member selected in a case document and cited for the split on case 3: the
# internal report's evidence prints them; a published file never may.
CITED = "Quillfeather wrote the crime report at the scene"


def _planting_plan(name: str, reference: str) -> dict[str, Answer]:
    """The demo's answers, with a note of `MEMBER_NOTES` on the victim contract question."""
    answers = answers_for(name, reference)
    note = MEMBER_NOTES.get(int(reference.rsplit("-", 1)[1]))
    if note:
        answers["victim_contract"] = replace(answers["victim_contract"], note=note)
    if int(reference.rsplit("-", 1)[1]) == RATIONALE[0] and "classification_correct" in answers:
        cited = (Citation(1, 1, f"{name.split()[0]}: {CITED}"),)
        answers["classification_correct"] = replace(answers["classification_correct"], citations=cited)
    return answers


def _blank_what_was_marked(block: Block) -> tuple[str, str]:
    """What a coordinator reading each text in the publication review does here: every
    word the scan marked blanked in an edit, the words around it kept; a text with no
    mark kept as written."""
    if not block.hits:
        return "kept", ""
    text = block.text
    for hit in sorted(block.hits, key=lambda h: h.start, reverse=True):
        text = text[: hit.start] + MARK + text[hit.end :]
    return "edited", text


@dataclass(frozen=True)
class Round:
    db: Database
    round_id: int
    references: tuple[str, ...]
    case_uids: tuple[str, ...]


@pytest.fixture(scope="module")
def demo_round(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Round]:
    db = create_demo_coordinator(tmp_path_factory.mktemp("published") / "office", plan=_planting_plan)
    (round_row,) = rounds.list_rounds(db)
    cases = rounds.list_cases(db, round_row.id)
    by_number = {int(c.reference.rsplit("-", 1)[1]): c.id for c in cases}
    findings.save_case_notes(db, by_number[COMMENT[0]], CaseNotes(COMMENT[1], (GOOD_PRACTICE,), ()))
    findings.adjudicate(db, by_number[RATIONALE[0]], "classification_correct", "unclear", RATIONALE[1])
    saved = observations.add_observation(db, round_row.id, OBSERVATION, [by_number[16]])
    observations.set_response(db, saved.observation_id, RESPONSE, "2026-04-02")
    confirm_every_text(db, round_row.id, _blank_what_was_marked)
    gathered = report.gather(db, round_row.id)
    uids = tuple(c.case.uid for c in gathered.findings.cases)
    yield Round(db, round_row.id, tuple(c.reference for c in cases), uids)
    db.close()


# --- reading the files back -------------------------------------------------------------------


def _pdf_text(path: Path) -> str:
    reader = PdfReader(path)
    pages = [page.extract_text() for page in reader.pages]
    metadata = [str(v) for v in (reader.metadata or {}).values()]
    return "\n".join([*pages, *metadata])


def _table_text(table: Table) -> Iterator[str]:
    for row in table.rows:
        for cell in row.cells:
            yield from (p.text for p in cell.paragraphs)
            for inner in cell.tables:
                yield from _table_text(inner)


def _docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts.extend(_table_text(table))
    for section in document.sections:
        for margin in (section.header, section.footer, section.first_page_header, section.first_page_footer):
            parts.extend(p.text for p in margin.paragraphs)
            for table in margin.tables:
                parts.extend(_table_text(table))
    props = document.core_properties
    parts += [
        props.author,
        props.title,
        props.subject,
        props.keywords,
        props.comments,
        props.last_modified_by,
    ]
    # Every part of the package as well: comments, custom properties, anything python-docx
    # does not show, as the text of each XML part (its attributes too, where a name could
    # hide in a property).
    with zipfile.ZipFile(path) as package:
        for name in package.namelist():
            if name.endswith((".xml", ".rels")):
                root = ElementTree.fromstring(package.read(name))
                for element in root.iter():
                    parts.extend([element.text or "", *element.attrib.values()])
    return "\n".join(p or "" for p in parts)


def _csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def _csv_text(path: Path) -> str:
    return path.read_text(encoding="utf-8-sig")


READERS = {"pdf": _pdf_text, "accessible-pdf": _pdf_text, "docx": _docx_text, "csv": _csv_text}


def _publish(world: Round, folder: Path, fmt: str, mode: str = "publication") -> Mapping[Path, str]:
    suffix = "pdf" if fmt == "accessible-pdf" else fmt
    written = report.write_report(
        world.db, world.round_id, folder / f"{mode}.{suffix}", ReportOptions("both", mode), fmt
    )
    return {path: READERS[fmt](path) for path in written.paths}


def _flat(text: str) -> str:
    """Text with every run of white space taken out, so a line break inside a reference
    or a name cannot hide it."""
    return re.sub(r"\s+", "", text).casefold()


def _leaks(world: Round, text: str) -> list[str]:
    flat = _flat(text)
    secrets = [*world.references, *MEMBERS, *world.case_uids, *PLANTED]
    secrets += [uid.replace("-", "") for uid in world.case_uids]
    return [s for s in secrets if _flat(s) in flat]


# --- the tests --------------------------------------------------------------------------------


def test_the_planted_data_is_really_in_the_round(demo_round: Round, tmp_path: Path) -> None:
    """The control: an internal report prints every planted datum, every reference, and
    the members' names, so their absence from the published files means something."""
    (text,) = _publish(demo_round, tmp_path, "pdf", "internal").values()
    flat = _flat(text)
    missing = [s for s in (*PLANTED, *demo_round.references, *MEMBERS) if _flat(s) not in flat]
    assert not missing
    review = publication.publication_review(demo_round.db, demo_round.round_id)
    found = {hit.text for block in review.blocks for hit in block.hits}
    assert set(PLANTED) <= found


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_published_file_names_no_case_member_or_planted_datum(
    demo_round: Round, tmp_path: Path, fmt: str
) -> None:
    files = _publish(demo_round, tmp_path, fmt)
    assert len(files) == (3 if fmt == "csv" else 1)  # CSV: answers, findings, agreement
    for path, text in files.items():
        assert len(text) > 2000, path.name  # the file was read, not an empty shell
        assert not _leaks(demo_round, text), path.name
    every = "\n".join(files.values())
    # The planted data was blanked where it stood, and the words around it kept: a member's
    # note in every format, the panel's comment on a case where the format prints it.
    assert _flat("███ rang twice") in _flat(every)
    assert fmt == "csv" or _flat("lives near ███") in _flat(every)


def test_the_published_csv_names_cases_by_number_and_nothing_recomputes_a_reference(
    demo_round: Round, tmp_path: Path
) -> None:
    answers_path, findings_path, _agreement_path = _publish(demo_round, tmp_path, "csv")
    round_uid = report.gather(demo_round.db, demo_round.round_id).round_uid
    for path in (answers_path, findings_path):
        rows = _csv_rows(path)
        assert {r["case_number"] for r in rows} == {str(n) for n in range(1, 17)}
        assert not {"case_uid", "case_reference"} & set(rows[0])
        # No cell is a uid computed from the round and any reference of the round, in any
        # spelling, nor holds the reference itself.
        derived = {case_uid(round_uid, ref) for ref in demo_round.references}
        derived |= {d.replace("-", "") for d in derived}
        cells = {cell.casefold() for row in rows for cell in row.values()}
        assert not cells & {d.casefold() for d in derived}
        assert not [c for c in cells for ref in demo_round.references if ref.casefold() in c]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_published_file_holds_no_citation_and_the_internal_report_lists_it(
    demo_round: Round, tmp_path: Path, fmt: str
) -> None:
    """The control first: the internal report prints the cited words as evidence behind
    the split (in PDF and DOCX; its CSV has no evidence table). Then no published file,
    in any format, holds them, nor the evidence part's heading."""
    if fmt in ("pdf", "docx"):
        internal = "\n".join(_publish(demo_round, tmp_path, fmt, "internal").values())
        assert _flat(CITED) in _flat(internal)
        assert _flat("Evidence the members cited") in _flat(internal)
    published = "\n".join(_publish(demo_round, tmp_path, fmt).values())
    assert _flat("Quillfeather") not in _flat(published)
    assert _flat("Evidence the members cited") not in _flat(published)
    assert _flat("Tystiolaeth a nodwyd") not in _flat(published)


def test_the_briefing_names_no_case_member_or_planted_datum(demo_round: Round, tmp_path: Path) -> None:
    """The commissioner's briefing leaves the office as the published report does: drafted
    from the texts as confirmed, in both languages and both layouts, with the planted
    good practice blanked where it stood and nothing the members cited."""
    for layout in ("sequential", "side_by_side"):
        path = tmp_path / f"briefing-{layout}.docx"
        options = ReportOptions("both", "publication", layout=layout)
        briefing.write_briefing(demo_round.db, [demo_round.round_id], path, options, "The Home Secretary")
        text = _docx_text(path)
        assert len(text) > 2000 and "Areas of concern" in text and "Meysydd sy'n peri pryder" in text
        assert not _leaks(demo_round, text), layout
        assert _flat("███ was kept informed throughout") in _flat(text)
        assert _flat("Quillfeather") not in _flat(text)
