"""The files and folders a command names, checked before the profile is opened.

A card that is not there, a folder given where a file is wanted, a report to be
written into a folder that does not exist: each is found here, before the passphrase
is asked for and before anything is read or written, so the command stops with one
line (`desktop.cli.run`) and the profile is exactly as it was. Folders a command
writes into (`--to`) are made if missing, as they always were; only a file in the way
of one is a mistake.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from desktop.services.user_faults import Fault, Mistake

READ_FILE, READ_FOLDER, WRITE_FILE, WRITE_FOLDER = "read-file", "read-folder", "write-file", "write-folder"

# (command, action) -> the arguments that name paths, and what each must be.
PATHS: dict[tuple[str, str | None], tuple[tuple[str, str], ...]] = {
    ("card", "export"): (("file", WRITE_FILE),),
    ("roster", "add"): (("cards", READ_FILE),),
    ("round", "create"): (("csv", READ_FILE), ("documents", READ_FOLDER)),
    ("round", "export-packs"): (("folder", WRITE_FOLDER),),
    ("round", "archive"): (("output", WRITE_FILE),),
    ("inbox", "import"): (("files", READ_FILE),),
    ("pack", "import"): (("file", READ_FILE),),
    ("review", "send"): (("folder", WRITE_FOLDER),),
    ("export", "dataset"): (("folder", WRITE_FOLDER),),
    ("inspect", None): (("file", READ_FILE),),
    ("report", "write"): (("output", WRITE_FILE),),
    ("briefing", "write"): (("output", WRITE_FILE),),
    ("translations", "export"): (("output", WRITE_FILE),),
    ("translations", "import"): (("file", READ_FILE),),
}


def check_paths(args: argparse.Namespace) -> None:
    """Raise the `Mistake` of the first path argument that cannot be what the command needs."""
    for name, kind in PATHS.get((args.command, getattr(args, "action", None)), ()):
        value = getattr(args, name)
        for path in value if isinstance(value, list) else [value]:
            CHECKS[kind](Path(path))


def _read_file(path: Path) -> None:
    if path.is_dir():
        raise Mistake(Fault.IS_A_FOLDER, path)
    if not path.exists():
        raise Mistake(Fault.NO_SUCH_FILE, path)
    if not os.access(path, os.R_OK):
        raise Mistake(Fault.NOT_ALLOWED, path)


def _read_folder(path: Path) -> None:
    if not path.exists():
        raise Mistake(Fault.NO_SUCH_FOLDER, path)
    if not path.is_dir():
        raise Mistake(Fault.NOT_A_FOLDER, path)


def _write_file(path: Path) -> None:
    if path.is_dir():
        raise Mistake(Fault.IS_A_FOLDER, path)
    folder = path.parent
    if not folder.exists():
        raise Mistake(Fault.NO_OUTPUT_FOLDER, folder)
    if not folder.is_dir():
        raise Mistake(Fault.NOT_A_FOLDER, folder)


def _write_folder(path: Path) -> None:
    """A folder to write into: made later if missing, but no file may stand in its way."""
    for part in (path, *path.parents):
        if part.exists():
            if not part.is_dir():
                raise Mistake(Fault.NOT_A_FOLDER, part)
            return


CHECKS = {
    READ_FILE: _read_file,
    READ_FOLDER: _read_folder,
    WRITE_FILE: _write_file,
    WRITE_FOLDER: _write_folder,
}
