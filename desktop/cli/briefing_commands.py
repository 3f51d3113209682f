"""`panel-review briefing write|settings`: the commissioner's briefing from the command line.

`write` drafts the briefing from one or more rounds (`--round` once for each) as a Word
document; like a published report it refuses, in one line and writing nothing, while a
round's texts are unconfirmed, and while a Welsh or bilingual briefing would print texts
not yet translated unless `--allow-untranslated` is given. `settings` stores the
letterhead given and prints the letterhead as it now stands.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict, fields, replace
from pathlib import Path
from typing import Any

from desktop.core.words import say

SETTINGS = ("office_en", "office_cy", "signatory", "role_en", "role_cy", "statement_en", "statement_cy")


def add_briefing_commands(sub: Any) -> None:
    briefing = sub.add_parser("briefing", help="the commissioner's bilingual briefing (coordinator)")
    actions = briefing.add_subparsers(dest="action", required=True)
    write = actions.add_parser("write", help="draft the briefing from one or more rounds, as Word")
    write.add_argument(
        "--round", action="append", required=True, dest="rounds", help="round id or title; repeat"
    )
    write.add_argument("-o", "--output", type=Path, required=True, help="the .docx file to write")
    write.add_argument(
        "--language", dest="report_language", choices=("en", "cy", "both"), default="both",
        help="language of the briefing (both: Welsh first)",
    )  # fmt: skip
    write.add_argument("--layout", choices=("sequential", "side-by-side"), default="sequential")
    write.add_argument("--to", default="", help="the recipient's name and address (lines as typed)")
    write.add_argument(
        "--allow-untranslated", action="store_true",
        help="write a Welsh or bilingual briefing with texts not yet translated (printed as written)",
    )  # fmt: skip
    settings = actions.add_parser("settings", help="the briefing's letterhead, set once; shown after")
    for name in SETTINGS:
        settings.add_argument(f"--{name.replace('_', '-')}", dest=name, default=None)


def briefing_write(db: Any, args: argparse.Namespace) -> int:
    from desktop.cli.commands import _round_id, _untranslated, label
    from desktop.reports.content import ReportOptions
    from desktop.services import briefing

    ids = [_round_id(db, text) for text in args.rounds]
    options = ReportOptions(args.report_language, "publication", layout=args.layout.replace("-", "_"))
    if not args.allow_untranslated and any(_untranslated(db, rid, options.language, args) for rid in ids):
        return 2
    written = briefing.write_briefing(db, ids, args.output, options, args.to)
    print(f"{label('written', args.language)}: {written.paths[0]}")
    return 0


def briefing_settings(db: Any, args: argparse.Namespace) -> int:
    from desktop.services import briefing_settings as stored

    head = stored.letterhead(db)
    given = {name: getattr(args, name) for name in SETTINGS if getattr(args, name) is not None}
    if given:
        head = replace(head, **given)
        stored.save_letterhead(db, head)
    values = asdict(head)
    for f in fields(head):
        shown = values[f.name].replace("\n", " / ") or "—"
        print(f"{say(f'briefing.setting.{f.name}', args.language)}: {shown}")
    return 0
