"""The retention report for the data-protection officer, and the member's and the
coordinator's command lines for erasure: real profiles, real receipts, the PDF read back
with pypdf and the CSV with the csv module."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from pypdf import PdfReader

from desktop.core.spreadsheet_cells import needs_mark
from desktop.services import erasure_receipts, retention_reports, review_packages
from desktop.services.user_faults import describe
from tests.fs_faults import fill
from tests.services.hostile_world import dump
from tests.services.receipt_world import answer_and_send, member_of, receipt_world
from tests.services.test_cli import cli
from tests.services.test_retention import DOCUMENT, ERASE_ON, NOTE, STEM, SUMMARY, _check

TODAY = date(2026, 3, 20)
CASE_TEXT = (STEM, SUMMARY, DOCUMENT, NOTE, "HC-001", "HC-002", "log.txt", "form.pdf")


@pytest.fixture
def world(tmp_path):
    w = receipt_world(tmp_path)
    yield w
    w.close()


def _erase_and_import(world) -> None:
    answer_and_send(world)
    db, round_id = member_of(world)
    _check(db, ERASE_ON)
    path = erasure_receipts.save_receipt(db, round_id, world.root / "receipts")
    assert review_packages.import_packages(world.coordinator, [path]).fates[0].fate.value == "accepted"


def _today_long() -> str:
    from desktop.core.clock import utc_now
    from desktop.core.words.dates import long_date

    return long_date(utc_now().date().isoformat(), "en")


def _pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_pdf_names_each_member_with_their_receipt_or_not_yet_in_both_languages(world) -> None:
    _erase_and_import(world)
    out = world.root / "report" / "retention.pdf"
    retention_reports.write_retention_report(
        world.coordinator, world.round_id, out, "pdf", ("cy", "en"), TODAY
    )
    text = " ".join(_pdf_text(out).split())
    assert "Retention report: Spring scrutiny" in text and "Adroddiad cadw data: Spring scrutiny" in text
    assert text.index("Adroddiad cadw data") < text.index("Retention report")  # Welsh first
    assert "erased on 14 March 2026" in text and "dileu ar 14 Mawrth 2026" in text
    assert "Aled Jones" in text and "Bethan Evans" in text
    assert "Not yet" in text and "Ddim eto" in text
    assert "Members who have sent a receipt: 1 of 2." in text
    assert "Cases: 1; documents: 2; answers: 1; notes: 1." in text
    for phrase in CASE_TEXT:
        assert phrase not in text, phrase


def test_the_csv_reads_back_with_a_row_per_member_and_safe_cells(world) -> None:
    _erase_and_import(world)
    out = world.root / "retention.csv"
    retention_reports.write_retention_report(world.coordinator, world.round_id, out, "csv", ("en",), TODAY)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    by_member = {r["member"]: r for r in rows}
    assert set(by_member) == {"Aled Jones", "Bethan Evans"}
    aled, bethan = by_member["Aled Jones"], by_member["Bethan Evans"]
    assert (aled["erased"], aled["erase_on"], aled["cases"], aled["notes"]) == ("yes", "2026-03-14", "1", "1")
    assert aled["erased_at_utc"].startswith("2026-03-14") and aled["status_cy"].startswith("14 Mawrth 2026")
    assert (bethan["erased"], bethan["cases"], bethan["status_en"], bethan["status_cy"]) == (
        "no", "", "Not yet", "Ddim eto",
    )  # fmt: skip
    for row in rows:
        assert not any(needs_mark(cell) for cell in row.values())
    text = data.decode("utf-8-sig")
    for phrase in CASE_TEXT:
        assert phrase not in text, phrase


def test_a_formula_in_a_round_title_or_name_is_written_as_text(world) -> None:
    with world.coordinator.session() as session:  # a title typed as a formula
        from desktop.storage.models import Round

        session.get_one(Round, world.round_id).title = '=HYPERLINK("http://x","y")'
    out = world.root / "retention.csv"
    retention_reports.write_retention_report(world.coordinator, world.round_id, out, "csv", ("en",), TODAY)
    (row, _other) = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))[1:]
    assert row[2] == '\'=HYPERLINK("http://x","y")'


@pytest.mark.slow
def test_erase_save_receipt_and_report_from_the_command_line(world) -> None:
    member_db, round_id = member_of(world)
    member_folder = member_db.path.parent
    for db in (world.coordinator, *world.members.values()):
        db.close()
    refused = cli("--profile", member_folder, "round", "erase", str(round_id), language="cy")
    assert (
        refused.returncode == 1
        and "heb ei anfon" not in refused.stdout
        and "Ni thynnwyd dim" in refused.stdout
    )
    assert len(list(member_db.path.parent.glob("*.db"))) >= 1  # the profile is untouched by the refusal
    erased = cli("--profile", member_folder, "round", "erase", str(round_id), "--unsent-understood")
    assert erased.returncode == 0, erased.stderr + erased.stdout
    assert "removed from this laptop" in erased.stdout
    again = cli("--profile", member_folder, "round", "erase", str(round_id), "--unsent-understood")
    assert again.returncode == 1 and "already been removed" in again.stdout
    saved = cli("--profile", member_folder, "round", "save-receipt", str(round_id), "--to", world.root / "r")
    assert saved.returncode == 0, saved.stderr + saved.stdout
    (receipt,) = (world.root / "r").iterdir()
    coordinator = world.coordinator.path.parent
    taken = cli("--profile", coordinator, "inbox", "import", receipt)
    assert taken.returncode == 0, taken.stderr + taken.stdout
    status = cli("--profile", coordinator, "round", "status", "Spring scrutiny")
    assert status.returncode == 0, status.stderr
    lines = {line.split("  ")[0]: line for line in status.stdout.splitlines()}
    assert lines["Aled Jones"].endswith("case material erased on " + _today_long())
    assert lines["Bethan Evans"].endswith("case material not yet erased")
    out = world.root / "retention.csv"
    written = cli(
        "--profile", coordinator, "report", "retention", "--round", "Spring scrutiny",
        "--format", "csv", "-o", out,
    )  # fmt: skip
    assert written.returncode == 0, written.stderr + written.stdout
    rows = {r["member"]: r["erased"] for r in csv.DictReader(io.StringIO(out.read_text("utf-8-sig")))}
    assert rows == {"Aled Jones": "yes", "Bethan Evans": "no"}
    pdf = world.root / "retention.pdf"
    both = cli(
        "--profile", coordinator, "report", "retention", "--round", "Spring scrutiny",
        "--language", "both", "-o", pdf,
    )  # fmt: skip
    assert both.returncode == 0 and "Adroddiad cadw data" in _pdf_text(pdf)


def test_a_report_onto_a_full_disk_leaves_no_file_and_changes_nothing(world, small_disk) -> None:
    _erase_and_import(world)
    before = dump(world.coordinator)
    fill(small_disk, leave=512)
    for kind in ("pdf", "csv"):
        target = small_disk / f"retention.{kind}"
        with pytest.raises(OSError) as failed:
            retention_reports.write_retention_report(
                world.coordinator, world.round_id, target, kind, ("cy", "en"), TODAY
            )
        message = describe(failed.value, "en")
        assert message is not None and "disk is full" in message and str(target) in message
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler.bin"]
    assert dump(world.coordinator) == before  # no "report written" audit entry either
