"""The command line: a coordinator's whole round, run as a real process, without Qt.

Every command is the installed `panel-review` entry point run in a subprocess with the
passphrase in the environment, the way a coordinator's script would run it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from desktop.services import assignment_packs, identity, profile, review, review_packages, rounds
from tests.conftest import PASSPHRASE
from tests.services.exchange_world import make_profile, write_case_list
from tests.services.publication_world import confirm_every_text

ENTRY = Path(sys.executable).parent / "panel-review"


def cli(*args: str | Path, language: str = "en") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PANEL_REVIEW_PASSPHRASE": PASSPHRASE, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [str(ENTRY), "--language", language, *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_the_command_line_never_loads_qt() -> None:
    code = (
        "import sys; from desktop.cli import run; "
        "run(['inspect', sys.argv[1]]); "
        "qt = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'desktop.ui'))]; "
        "assert not qt, qt"
    )
    card = Path(__file__).resolve().parent.parent / "hostile" / "files" / "card-member1.prcard"
    result = subprocess.run(
        [sys.executable, "-c", code, str(card)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "Aled Jones" in result.stdout


@pytest.mark.slow
def test_a_coordinator_runs_a_round_from_the_command_line(tmp_path: Path) -> None:
    coord = tmp_path / "coordinator"
    created = cli("--profile", coord, "profile", "create", "--name", "OPCC Test", "--role", "coordinator")
    assert created.returncode == 0, created.stderr
    member = make_profile(tmp_path / "member", "Aled Jones", "member")
    identity.export_card(member, tmp_path / "aled.prcard")

    added = cli("--profile", coord, "roster", "add", tmp_path / "aled.prcard", "--confirmed")
    assert added.returncode == 0 and "Aled Jones" in added.stdout, added.stdout + added.stderr
    csv_path, docs = write_case_list(tmp_path / "input", 2)
    made = cli(
        "--profile", coord, "round", "create", "--csv", csv_path, "--documents", docs, "--title", "Q4 round"
    )
    assert made.returncode == 0, made.stdout + made.stderr
    assert made.stdout.strip().endswith(": 2 cases"), made.stdout
    listed = cli("--profile", coord, "round", "list", language="cy")
    assert "(2 achos)" in listed.stdout, listed.stdout  # the singular after a numeral, never "2 achosion"
    assert cli("--profile", coord, "round", "assign", "1", "--auto", "-k", "1").returncode == 0
    exported = cli("--profile", coord, "round", "export-packs", "1", "--to", tmp_path / "packs")
    assert exported.returncode == 0, exported.stderr
    (pack,) = (tmp_path / "packs").glob("*.prpack")

    inspected = cli("inspect", pack, language="cy")  # without the member's profile: only what is outside
    assert "wedi'i hamgryptio" in inspected.stdout, inspected.stdout + inspected.stderr
    card = cli("inspect", tmp_path / "aled.prcard", language="cy")
    assert card.returncode == 0 and "cerdyn aelod" in card.stdout and "Aled Jones" in card.stdout

    preview = assignment_packs.preview_pack(member, pack)
    assignment_packs.import_pack(member, pack, confirmed_fingerprint=preview.fingerprint)
    (round_row,) = rounds.list_rounds(member)
    case = rounds.list_cases(member, round_row.id)[0]
    review.save_answer(member, case.id, "hostility_recorded", "yes")
    sent = review_packages.export_review(member, round_row.id, tmp_path / "out")
    member.close()

    taken = cli("--profile", coord, "inbox", "import", sent.path)
    assert taken.returncode == 0 and "accepted" in taken.stdout, taken.stdout + taken.stderr
    status = cli("--profile", coord, "round", "status", "1")
    assert "Aled Jones" in status.stdout and "returned revision 1" in status.stdout

    tampered = tmp_path / "tampered.prreview"
    data = bytearray(sent.path.read_bytes())
    data[-40] ^= 1
    tampered.write_bytes(bytes(data))
    refused = cli("--profile", coord, "inbox", "import", tampered, language="cy")
    assert refused.returncode == 1 and "gwrthodwyd" in refused.stdout

    unread = cli("--profile", coord, "report", "--round", "1", "--format", "pdf", "--mode", "publication",
                 "--include-unfinished", "--allow-untranslated", "-o", tmp_path / "report.pdf",
                 language="cy")  # fmt: skip
    assert unread.returncode == 2 and len(unread.stderr.strip().splitlines()) == 1, unread.stderr
    assert "heb ei gyhoeddi" in unread.stderr.lower() and not (tmp_path / "report.pdf").exists()
    opened = profile.unlock(coord, PASSPHRASE)
    confirm_every_text(opened, 1)
    profile.close_profile(opened)
    # Aled's one case is still in progress: publishing it must be asked for by name
    unfinished = cli("--profile", coord, "report", "--round", "1", "--format", "pdf", "--mode", "publication",
                     "-o", tmp_path / "report.pdf")  # fmt: skip
    assert unfinished.returncode == 2 and len(unfinished.stderr.strip().splitlines()) == 1, unfinished.stderr
    assert "not marked complete by their members: 1 of 1" in unfinished.stderr
    assert "--include-unfinished" in unfinished.stderr and not (tmp_path / "report.pdf").exists()
    published = cli("--profile", coord, "report", "--round", "1", "--format", "pdf", "--mode", "publication",
                    "--include-unfinished", "--allow-untranslated", "--language", "both",
                    "-o", tmp_path / "report.pdf")  # fmt: skip
    assert published.returncode == 0, published.stdout + published.stderr
    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "report.pdf").pages)
    assert "Cefndir" in text and "Background" in text and "Aled Jones" not in text
    assert "Of the 1 review used, 0 were marked complete; 1 was still in progress." in " ".join(text.split())
    tables = cli("--profile", coord, "report", "--round", "Q4 round", "--format", "csv", "--mode", "internal",
                 "-o", tmp_path / "q4.csv")  # fmt: skip
    assert tables.returncode == 0 and "q4-answers.csv" in tables.stdout, tables.stdout + tables.stderr
    assert "Aled Jones" in (tmp_path / "q4-answers.csv").read_text(encoding="utf-8-sig")
    every = cli("--profile", coord, "report", "--round", "1", "--format", "docx", "--mode", "internal",
                "--every-answer", "-o", tmp_path / "every.docx")  # fmt: skip
    assert every.returncode == 0, every.stdout + every.stderr
    (counts,) = [
        t for t in docx.Document(str(tmp_path / "every.docx")).tables if t.cell(0, 0).text == "Criteria"
    ]
    rows = {row.cells[0].text: row.cells[1].text for row in counts.rows[1:]}
    assert (
        rows["Hostility or prejudice recorded: Yes"] == "1"
        and rows["Hostility or prejudice recorded: No"] == "0"
    )
    side = cli("--profile", coord, "report", "--round", "1", "--format", "docx", "--mode", "internal",
               "--language", "both", "--layout", "side-by-side", "--allow-untranslated",
               "-o", tmp_path / "side.docx")  # fmt: skip
    assert side.returncode == 0, side.stdout + side.stderr
    pairs = {
        tuple(cell.text for cell in row.cells)
        for table in docx.Document(str(tmp_path / "side.docx")).tables
        for row in table.rows
        if len(row.cells) == 2
    }
    assert ("Cefndir", "Background") in pairs and ("Crynodeb", "Summary") in pairs


def test_a_case_list_with_errors_creates_nothing(tmp_path: Path) -> None:
    coord = tmp_path / "coordinator"
    assert (
        cli("--profile", coord, "profile", "create", "--name", "OPCC", "--role", "coordinator").returncode
        == 0
    )
    csv_path, docs = write_case_list(tmp_path / "input", 2)
    (docs / "case2-form.pdf").unlink()
    made = cli("--profile", coord, "round", "create", "--csv", csv_path, "--documents", docs, "--title", "Q4")
    assert made.returncode == 1
    assert "Line 3" in made.stdout and "case2-form.pdf" in made.stdout
    assert cli("--profile", coord, "round", "list").stdout.strip() == ""


def test_without_profile_the_only_one_is_used_and_several_need_choosing(tmp_path, monkeypatch, capsys):
    from desktop.cli import PASSPHRASE_VARIABLE, run
    from desktop.services import profiles

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setenv(PASSPHRASE_VARIABLE, PASSPHRASE)
    user_data = tmp_path / "PanelReview"
    assert run(["profile", "create", "--name", "OPCC Test", "--role", "coordinator"]) == 0
    assert profiles.read_card(user_data / "profiles" / "profile-1") == ("coordinator", "Panel coordinator")
    assert run(["profile", "show"]) == 0
    assert "coordinator: OPCC Test" in capsys.readouterr().out
    assert run(["--language", "cy", "profile", "create", "--name", "Aled", "--label", "Fy adolygiadau"]) == 0
    assert profiles.read_card(user_data / "profiles" / "profile-2") == ("member", "Fy adolygiadau")
    capsys.readouterr()
    assert run(["profile", "show"]) == 1
    said = capsys.readouterr().err
    assert "Choose one with --profile" in said and "profile-2" in said


def test_roster_add_holds_a_look_alike_name_until_told_and_refuses_hidden_characters(tmp_path: Path) -> None:
    from desktop.exchange.card import write_card
    from desktop.exchange.keys import generate_keys

    coord = tmp_path / "coordinator"
    make_profile(coord, "OPCC Test", "coordinator").close()
    ann, other, hidden = (tmp_path / f"{n}.prcard" for n in ("ann", "other", "hidden"))
    write_card(ann, generate_keys(), "Ann Jones", "member")
    second = write_card(other, generate_keys(), "\u0410NN JONES", "member")
    write_card(hidden, generate_keys(), "\u200b\u200b", "member")
    first = cli("--profile", coord, "roster", "add", ann)
    assert first.returncode == 0, first.stdout + first.stderr
    first_fingerprint = first.stdout.split("Ann Jones")[1].strip()

    held = cli("--profile", coord, "roster", "add", other, hidden, language="cy")
    assert held.returncode != 0
    assert "edrych yr un fath" in held.stdout and first_fingerprint in held.stdout
    assert "y gellir ei weld" in held.stdout
    listed = cli("--profile", coord, "roster", "list")
    assert second.fingerprint not in listed.stdout and listed.stdout.count("\n") == 1

    told = cli("--profile", coord, "roster", "add", other, "--same-name")
    assert told.returncode == 0 and second.fingerprint in told.stdout, told.stdout + told.stderr


def test_the_erasure_date_is_set_at_creation_and_after_by_date_or_days_after_the_meeting(
    tmp_path: Path,
) -> None:
    from desktop.services import background, retention

    coord = tmp_path / "coordinator"
    make_profile(coord, "OPCC Test", "coordinator").close()
    csv_path, docs = write_case_list(tmp_path / "input", 2)
    bad = cli("--profile", coord, "round", "create", "--csv", csv_path, "--documents", docs, "--title", "Q4",
              "--erase-on", "31/03/2027")  # fmt: skip
    assert bad.returncode == 1 and "2026-03-14" in bad.stdout
    made = cli("--profile", coord, "round", "create", "--csv", csv_path, "--documents", docs, "--title", "Q4",
               "--erase-on", "2027-03-31")  # fmt: skip
    assert made.returncode == 0, made.stdout + made.stderr
    days = cli(
        "--profile", coord, "round", "set-retention", "Q4", "--days-after-meeting", "30", language="cy"
    )
    assert days.returncode == 1 and "dyddiad cyfarfod" in days.stdout
    db = profile.unlock(coord, PASSPHRASE)
    try:
        (row,) = rounds.list_rounds(db)
        assert row.erase_on == "2027-03-31"
        background.save_background(db, row.id, background.Background(meeting_date="2027-04-01"))
    finally:
        db.close()
    days = cli(
        "--profile", coord, "round", "set-retention", "Q4", "--days-after-meeting", "30", language="cy"
    )
    assert days.returncode == 0 and days.stdout.strip() == "copïau'r aelodau'n cael eu dileu ar: 1 Mai 2027"
    none = cli("--profile", coord, "round", "set-retention", "Q4", "--none")
    assert none.stdout.strip() == "no erasure date set"
    db = profile.unlock(coord, PASSPHRASE)
    try:
        assert retention.retention_setting(db, rounds.list_rounds(db)[0].id).erase_on is None
    finally:
        db.close()
