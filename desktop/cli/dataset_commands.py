"""`panel-review export dataset`: every round of the profile as a tidy dataset.

A member's profile, or no force named, is one line on stderr with exit 2 and nothing
written (`desktop.cli.run` words every `Explained` refusal); so is a folder that cannot be
written or a full disk. Parquet asked for without pyarrow installed is said in one line,
and the CSV written instead: the command still succeeds (exit 0).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from desktop.core.words import say


def export_dataset(db: Any, args: argparse.Namespace) -> int:
    from desktop.services.dataset import export_dataset as export

    written = export(db, args.folder, args.format, opcc=args.opcc, force=args.force)
    if written.parquet_missing:
        print(say("cli.dataset.parquet_missing", args.language), file=sys.stderr)
    print(
        say("cli.dataset.written", args.language, folder=written.folder, rounds=written.rows["rounds"],
            findings=written.rows["findings"], answers=written.rows["answers"], files=len(written.files))
    )  # fmt: skip
    return 0
