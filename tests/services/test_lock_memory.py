"""After lock, the process's memory no longer holds the passphrase (read from /proc/<pid>/mem)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import PASSPHRASE

NAME = "Test Member"  # the display name tests/conftest.py's profile is made with
CASE_TEXT = "Fictional test case 1."  # a summary in the round tests/conftest.py adds


def _readable_regions(pid: int) -> list[tuple[int, int]]:
    regions = []
    for line in Path(f"/proc/{pid}/maps").read_text().splitlines():
        match = re.match(r"([0-9a-f]+)-([0-9a-f]+) r", line)
        if match and "[vvar]" not in line and "[vsyscall]" not in line:
            regions.append((int(match[1], 16), int(match[2], 16)))
    return regions


def _count(pid: int, needles: list[bytes]) -> int:
    found = 0
    with open(f"/proc/{pid}/mem", "rb", buffering=0) as mem:
        for start, end in _readable_regions(pid):
            try:
                mem.seek(start)
                chunk = mem.read(end - start)
            except OSError:
                continue
            found += sum(chunk.count(needle) for needle in needles)
    return found


def _forms(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-32-le")]


def test_after_lock_the_passphrase_is_not_in_memory(db, round_id: int, profile_dir: Path) -> None:
    db.close()
    script = Path(__file__).with_name("lock_memory_child.py")
    child = subprocess.Popen(
        [sys.executable, str(script), str(profile_dir), str(round_id)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=Path(__file__).parents[2],
    )  # fmt: skip
    assert child.stdin is not None and child.stdout is not None
    try:
        child.stdin.write(PASSPHRASE.encode("utf-8"))
        child.stdin.flush()
        assert child.stdout.readline().strip() == b"locked"
        passphrase_copies = _count(child.pid, _forms(PASSPHRASE))
        name_copies = _count(child.pid, _forms(NAME))
        case_copies = _count(child.pid, _forms(CASE_TEXT))
    finally:
        child.stdin.close()
        child.wait(timeout=30)
    print(
        f"after lock: {passphrase_copies} copies of the passphrase, {name_copies} of the profile's name, "
        f"{case_copies} of a case's summary"
    )
    assert passphrase_copies == 0
