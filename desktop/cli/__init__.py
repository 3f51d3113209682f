"""Every coordinator step from the command line, and `inspect` for any exchange file.

    panel-review [--profile DIR] [--language cy] COMMAND ...

The passphrase is read from PANEL_REVIEW_PASSPHRASE, or asked for without echo. No Qt
is imported here (a contract holds it), so these commands run on a machine without
a screen. Messages come from the services' bilingual catalogues, the same sentences
the app shows. Exit codes: 0 done, 1 refused or invalid input (nothing changed),
2 wrong use of the command.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

COMMANDS = ("card", "roster", "round", "inbox", "pack", "review", "inspect", "profile", "report")
PASSPHRASE_VARIABLE = "PANEL_REVIEW_PASSPHRASE"


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="panel-review", description="Panel Review from the command line")
    p.add_argument(
        "--profile", type=Path, help="the profile folder (default: the only profile on this computer)"
    )
    p.add_argument("--language", choices=("en", "cy"), default="en", help="language of messages")
    sub = p.add_subparsers(dest="command", required=True)
    _profile_commands(sub)
    _report_command(sub)
    card = sub.add_parser("card", help="member cards").add_subparsers(dest="action", required=True)
    card.add_parser("export", help="write your member card").add_argument("file", type=Path)
    roster = sub.add_parser("roster", help="the coordinator's roster").add_subparsers(
        dest="action", required=True
    )
    add = roster.add_parser("add", help="enrol members from their cards")
    add.add_argument("cards", type=Path, nargs="+")
    add.add_argument("--confirmed", action="store_true", help="the fingerprints were read with the members")
    roster.add_parser("list", help="list the roster")
    for action in ("confirm", "revoke", "reinstate"):
        roster.add_parser(action).add_argument("member", help="member id, name or fingerprint")
    _round_commands(sub)
    inbox = sub.add_parser("inbox", help="review packages").add_subparsers(dest="action", required=True)
    inbox.add_parser("import", help="take in review packages").add_argument("files", type=Path, nargs="+")
    pack = sub.add_parser("pack", help="assignment packs (member)").add_subparsers(
        dest="action", required=True
    )
    take = pack.add_parser("import", help="take in an assignment pack")
    take.add_argument("file", type=Path)
    take.add_argument(
        "--confirm", metavar="FINGERPRINT", help="the coordinator's fingerprint, as read with them"
    )
    review = sub.add_parser("review", help="your review (member)").add_subparsers(
        dest="action", required=True
    )
    send = review.add_parser("send", help="write your review package for a round")
    send.add_argument("round")
    send.add_argument("--to", type=Path, required=True, dest="folder")
    sub.add_parser("inspect", help="what a file is, who signed it, whether it is intact").add_argument(
        "file", type=Path
    )
    return p


def _profile_commands(sub: Any) -> None:
    profile = sub.add_parser("profile", help="profiles").add_subparsers(dest="action", required=True)
    create = profile.add_parser("create", help="create a profile (passphrase from the environment)")
    create.add_argument("--name", required=True)
    create.add_argument("--role", choices=("member", "coordinator"), default="member")
    create.add_argument(
        "--label", help="names the profile on the start screen; readable without the passphrase"
    )
    profile.add_parser("show", help="name, role and fingerprint")


def _report_command(sub: Any) -> None:
    report = sub.add_parser("report", help="the panel report for a round (coordinator)")
    report.set_defaults(action="write")
    report.add_argument("--round", required=True, help="round id or title")
    report.add_argument(
        "--format", choices=("pdf", "docx", "csv", "accessible-pdf"), default="pdf",
        help="accessible-pdf: a tagged PDF for screen readers, laid out by LibreOffice (if installed)",
    )  # fmt: skip
    report.add_argument("--mode", choices=("internal", "publication"), default="publication")
    report.add_argument(
        "--language", dest="report_language", choices=("en", "cy", "both"), default=None,
        help="language of the report (both: Welsh first); default: the language of messages",
    )  # fmt: skip
    report.add_argument("-o", "--output", type=Path, required=True, help="the file to write")


def _round_commands(sub: Any) -> None:
    rounds = sub.add_parser("round", help="review rounds").add_subparsers(dest="action", required=True)
    create = rounds.add_parser("create", help="create a round from a case list and a folder")
    create.add_argument("--csv", type=Path, required=True)
    create.add_argument("--documents", type=Path, required=True)
    create.add_argument("--title", required=True)
    create.add_argument("--template", default="hate-crime")
    create.add_argument("--panel", default="")
    create.add_argument("--due", default=None, help="YYYY-MM-DD")
    rounds.add_parser("list", help="list rounds")
    assign = rounds.add_parser("assign", help="give cases to members")
    assign.add_argument("round")
    assign.add_argument("--auto", action="store_true", required=True)
    assign.add_argument("-k", type=int, default=3, help="members per case (default 3)")
    export = rounds.add_parser("export-packs", help="one pack per member")
    export.add_argument("round")
    export.add_argument("--to", type=Path, required=True, dest="folder")
    rounds.add_parser("status", help="who has returned what").add_argument("round")


def run(argv: Sequence[str]) -> int:
    args = _parser().parse_args(list(argv))
    from desktop.services.refusals import Refused

    try:
        return _dispatch(args)
    except Refused as exc:
        return _fail(args, exc)
    except Exception as exc:
        from desktop.exchange.errors import ExchangeError

        if isinstance(exc, ExchangeError):
            return _fail(args, exc)
        raise


def _fail(args: argparse.Namespace, exc: Exception) -> int:
    from desktop.services.refusals import why_not

    print(why_not(exc, args.language), file=sys.stderr)
    return 1


SEVERAL = (
    "There are several profiles on this computer. Choose one with --profile:",
    "Mae sawl proffil ar y cyfrifiadur hwn. Dewiswch un gyda --profile:",
)


def _profile_dir(args: argparse.Namespace) -> Path | None:
    """`--profile`, else the one profile on this computer; None (said why) if there are several.

    With none yet, the user data folder: the command then says there is no profile.
    """
    from desktop import paths
    from desktop.services import profiles

    if args.profile is not None:
        return Path(args.profile)
    user_data = paths.user_data_dir()
    entries = profiles.list_profiles(user_data)
    if len(entries) <= 1:
        return entries[0].folder if entries else user_data
    print(SEVERAL[1] if args.language == "cy" else SEVERAL[0], file=sys.stderr)
    for entry in entries:
        print(f"  {entry.folder}  ({entry.role or '?'}: {entry.label or entry.folder.name})", file=sys.stderr)
    return None


def _passphrase() -> str:
    return os.environ.get(PASSPHRASE_VARIABLE) or getpass.getpass("Passphrase: ")


IN_USE = (
    "Panel Review has this profile open. Close it, then run the command again.",
    "Mae Panel Review ar agor ar y proffil hwn. Caewch ef, yna rhedwch y gorchymyn eto.",
)


def _with_db(args: argparse.Namespace, work: Callable[[Any], int]) -> int:
    """Unlock the profile for one command, holding it as the app does (one user at a time)."""
    from desktop.services import profile
    from desktop.services.profile_lock import ProfileInUse, lock_profile

    folder = _profile_dir(args)
    if folder is None:
        return 1
    try:
        lock = lock_profile(folder)
    except ProfileInUse:
        print(IN_USE[1] if args.language == "cy" else IN_USE[0], file=sys.stderr)
        return 1
    try:
        db = profile.unlock(folder, _passphrase())
        try:
            return work(db)
        finally:
            profile.close_profile(db)
    finally:
        lock.release()


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "inspect":
        return _inspect(args)
    if args.command == "profile" and args.action == "create":
        return _create_profile(args)
    from desktop.cli.commands import HANDLERS

    handler = HANDLERS[(args.command, args.action)]
    return _with_db(args, lambda db: handler(db, args))


def _create_profile(args: argparse.Namespace) -> int:
    """In `--profile`, or else in a new folder beside the other profiles, held while it is made."""
    from desktop import paths
    from desktop.services import profile, profiles
    from desktop.services.profile_lock import ProfileInUse, lock_profile

    try:
        if args.profile is not None:
            folder, lock = Path(args.profile), lock_profile(Path(args.profile))
        else:
            folder, lock = profiles.claim_new_profile(paths.user_data_dir())
    except ProfileInUse:
        print(IN_USE[1] if args.language == "cy" else IN_USE[0], file=sys.stderr)
        return 1
    try:
        db = profile.create_profile(folder, args.name, _passphrase(), args.language, role=args.role)
        label = args.label or profiles.default_label(args.role, args.language)
        profiles.write_card(folder, args.role, label)
        info = profile.profile_info(db)
        profile.close_profile(db)
    finally:
        lock.release()
    print(f"{info.role}: {info.display_name}\n{info.fingerprint}\n{folder}")
    return 0


def _inspect(args: argparse.Namespace) -> int:
    """Without a profile the file's signature and contents can be shown only for a card."""
    from desktop.exchange.inspection import inspect_file

    identity = None
    if args.profile is not None:  # to see inside a pack or package addressed to that profile
        from desktop.services import identity as ids

        keys: list[Any] = []

        def read_keys(db: Any) -> int:
            keys.append(ids.me(db).keys)
            return 0

        code = _with_db(args, read_keys)
        if code:
            return code
        identity = keys[0]
    from desktop.cli.commands import describe_inspection

    report = inspect_file(args.file, identity)
    print(describe_inspection(report, args.language))
    return 0 if report.intact else 1


def main() -> int:
    return run(sys.argv[1:])
