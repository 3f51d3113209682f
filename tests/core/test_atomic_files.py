"""atomic_write: the new content appears whole under the real name, or not at all."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from desktop.core.atomic_files import PARTIAL, atomic_write
from tests.fs_faults import fill


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


def test_a_full_disk_is_told_as_the_file_asked_for(small_disk: Path) -> None:
    """A write that fails carries no file name; the error names the file the user chose,
    never our temporary one, so the message they read says which file was not written."""
    fill(small_disk, leave=512)
    target = small_disk / "report.pdf"
    with pytest.raises(OSError) as failed, atomic_write(target) as out:
        out.write(bytes(64 * 1024))
    assert failed.value.errno == errno.ENOSPC and failed.value.filename == str(target)
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler.bin"]


def test_a_missing_folder_is_told_as_the_file_asked_for(tmp_path: Path) -> None:
    target = tmp_path / "missing-folder" / "report.pdf"
    with pytest.raises(FileNotFoundError) as failed, atomic_write(target) as out:
        out.write(b"x")
    assert failed.value.filename == str(target)  # the temporary name is never shown
