"""`panel-review audit verify`: run as a real process, in English and Welsh, on a log
whose row was rewritten with SQLCipher and the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services import profile, rounds
from tests.audit_tampering import audit_rows, rewrite_audit_row
from tests.conftest import PASSPHRASE, make_cases, small_template_body
from tests.services.test_audit_chain import _review_a_case
from tests.services.test_cli import cli


@pytest.mark.parametrize(
    ("language", "whole", "broken"),
    [
        ("en", "The audit log is whole", "The audit log has been changed: entry {number} ("),
        ("cy", "Mae'r log archwilio'n gyfan", "Mae'r log archwilio wedi'i newid: nid yw cofnod {number} ("),
    ],
)
def test_audit_verify_on_the_command_line_names_the_rewritten_entry(
    tmp_path: Path, language: str, whole: str, broken: str
) -> None:
    folder = tmp_path / "member"
    db = profile.create_profile(folder, "Test Member", PASSPHRASE, "en")
    round_id = rounds.add_round(db, "Test round", small_template_body(), make_cases(), due_date="2026-12-31")
    _review_a_case(db, round_id)
    db.close()
    fine = cli("--profile", folder, "audit", "verify", language=language)
    assert fine.returncode == 0, fine.stderr
    count = len(audit_rows(folder))
    assert fine.stdout.startswith(whole) and fine.stdout.strip().endswith(f": {count}"), fine.stdout

    target = next(r for r in audit_rows(folder) if r[1] == "note_saved")
    rewrite_audit_row(folder, target[0], detail='{"length": 0, "language": "en"}')
    found = cli("--profile", folder, "audit", "verify", language=language)
    assert found.returncode == 1, found.stderr
    assert found.stderr == ""
    assert found.stdout.startswith(broken.format(number=target[0])), found.stdout
    assert "note_saved" in found.stdout and "UTC" in found.stdout
    assert "Traceback" not in found.stdout + found.stderr
