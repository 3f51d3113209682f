"""atomic_write: the new content appears whole under the real name, or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.atomic_files import PARTIAL, atomic_write


def test_the_file_appears_only_when_the_block_finishes(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    with atomic_write(target) as out:
        out.write(b"hello")
        assert not target.exists()
        assert [p.name.startswith("out.bin" + PARTIAL) for p in tmp_path.iterdir()] == [True]
    assert target.read_bytes() == b"hello"
    assert [p.name for p in tmp_path.iterdir()] == ["out.bin"]


def test_a_failure_keeps_the_old_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_write(target) as out:
        out.write(b"new and half")
        raise RuntimeError("stopped")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.bin"]
