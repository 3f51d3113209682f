"""Every coordinator step from the command line, and `inspect` for any exchange file.

    panel-review [--profile DIR] [--language cy] COMMAND ...

The passphrase is read from PANEL_REVIEW_PASSPHRASE, or asked for without echo. No Qt
is imported here (a contract holds it), so these commands run on a machine without
a screen. Messages come from the bilingual catalogue (`desktop.core.words`), the same
sentences the app shows. Exit codes: 0 done; 1 the command ran but refused some of its input,
each said on its own line (a card, a package, a line of a case list); 2 the command
stopped with one line on stderr saying why, and nothing was changed: a mistake in the
command or its files, a wrong passphrase, a profile in use or that cannot be opened,
a refused file, a full or read-only disk. Anything else is a fault in the program and
is still shown in full (`run`).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from desktop.cli.briefing_commands import add_briefing_commands
from desktop.cli.paths import check_paths

COMMANDS = (
    "card", "roster", "round", "inbox", "pack", "review", "inspect", "profile", "report", "translations",
    "audit", "export", "briefing",
)  # fmt: skip
PASSPHRASE_VARIABLE = "PANEL_REVIEW_PASSPHRASE"
ARCHIVE_PASSPHRASE_VARIABLE = "PANEL_REVIEW_ARCHIVE_PASSPHRASE"
ROSTER_CHANGES = {
    "confirm": "record that a member's fingerprint was read with them",
    "revoke": "withdraw a member's access",
    "reinstate": "give a withdrawn member access again",
}


class _Parser(argparse.ArgumentParser):
    """argparse, but a wrong command is one plain line (`run`), not usage and a traceback."""

    def error(self, message: str) -> NoReturn:
        from desktop.services.user_faults import Fault, Mistake

        raise Mistake(Fault.BAD_COMMAND, f"{self.prog}: {message}")


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="panel-review", description="Panel Review from the command line")
    p.add_argument(
        "--profile", type=Path, help="the profile folder (default: the only profile on this computer)"
    )
    p.add_argument("--language", choices=("en", "cy"), default="en", help="language of messages")
    sub = p.add_subparsers(dest="command", required=True)
    _profile_commands(sub)
    _report_command(sub)
    _translations_commands(sub)
    _export_commands(sub)
    add_briefing_commands(sub)
    card = sub.add_parser("card", help="member cards").add_subparsers(dest="action", required=True)
    card.add_parser("export", help="write your member card").add_argument("file", type=Path)
    roster = sub.add_parser("roster", help="the coordinator's roster").add_subparsers(
        dest="action", required=True
    )
    add = roster.add_parser("add", help="enrol members from their cards")
    add.add_argument("cards", type=Path, nargs="+")
    add.add_argument("--confirmed", action="store_true", help="the fingerprints were read with the members")
    add.add_argument(
        "--same-name", action="store_true",
        help="enrol even when an enrolled member's name looks the same (check both fingerprints first)",
    )  # fmt: skip
    roster.add_parser("list", help="list the roster")
    for action, said in ROSTER_CHANGES.items():
        roster.add_parser(action, help=said).add_argument("member", help="member id, name or fingerprint")
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
    audit = sub.add_parser("audit", help="the profile's audit log").add_subparsers(
        dest="action", required=True
    )
    audit.add_parser("verify", help="check that no entry of the audit log was changed or removed")
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
    report = sub.add_parser(
        "report", help="the panel report, or the retention report, for a round (coordinator)"
    )
    report.set_defaults(action="write")
    report.add_argument(
        "which", nargs="?", choices=("panel", "retention"), default="panel",
        help="retention: when each member's copy was erased, for the data-protection officer (PDF or CSV)",
    )  # fmt: skip
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
    report.add_argument(
        "--layout", choices=("sequential", "side-by-side"), default="sequential",
        help="with --language both: Welsh then English, or Welsh left and English right (PDF and Word)",
    )  # fmt: skip
    report.add_argument(
        "--every-answer", action="store_true",
        help="list every answer in the criteria table, those no case had as 0 (PDF and Word)",
    )  # fmt: skip
    report.add_argument("-o", "--output", type=Path, required=True, help="the file to write")
    report.add_argument(
        "--allow-untranslated", action="store_true",
        help="write a Welsh or bilingual report with texts not yet translated (printed as written)",
    )  # fmt: skip
    report.add_argument(
        "--include-unfinished", action="store_true",
        help="publish although some reviews used are not marked complete (the report says how many)",
    )  # fmt: skip


def _translations_commands(sub: Any) -> None:
    texts = sub.add_parser("translations", help="a round's texts to and from a translator (coordinator)")
    actions = texts.add_subparsers(dest="action", required=True)
    export = actions.add_parser("export", help="write the texts still to translate as XLIFF 1.2 or Word")
    export.add_argument("--round", required=True, help="round id, title or uid")
    export.add_argument("--format", choices=("xliff", "docx"), default="xliff")
    export.add_argument("--include-offered", action="store_true", help="also texts the memory can fill")
    export.add_argument("--include-members", action="store_true", help="also members' notes and answers")
    export.add_argument("output", type=Path, help="the file to write")
    take = actions.add_parser("import", help="store the translations of a filled XLIFF or Word file")
    take.add_argument("--round", required=True, help="round id, title or uid")
    take.add_argument(
        "--apply-changed", action="store_true",
        help="also store translations of texts that changed since the file was exported",
    )  # fmt: skip
    take.add_argument("file", type=Path)


def _export_commands(sub: Any) -> None:
    export = sub.add_parser("export", help="data for use outside the app (coordinator)")
    actions = export.add_subparsers(dest="action", required=True)
    dataset = actions.add_parser(
        "dataset", help="every round as a tidy dataset (CSV, Parquet) that several OPCCs can combine"
    )
    dataset.add_argument("--to", type=Path, required=True, dest="folder", help="the folder to write into")
    dataset.add_argument(
        "--format", choices=("csv", "parquet", "both"), default="both",
        help="parquet needs pyarrow (the optional 'dataset' extra); without it CSV is written",
    )  # fmt: skip
    dataset.add_argument(
        "--force", default=None, help="the police force whose cases were reviewed (default: as last exported)"
    )
    dataset.add_argument(
        "--opcc", default=None, help="the OPCC that ran the panel (default: as last exported)"
    )


def _round_commands(sub: Any) -> None:
    rounds = sub.add_parser("round", help="review rounds").add_subparsers(dest="action", required=True)
    create = rounds.add_parser("create", help="create a round from a case list and a folder")
    create.add_argument("--csv", type=Path, required=True)
    create.add_argument("--documents", type=Path, required=True)
    create.add_argument("--title", required=True)
    create.add_argument("--template", default="hate-crime")
    create.add_argument("--panel", default="")
    create.add_argument("--due", default=None, help="YYYY-MM-DD")
    create.add_argument(
        "--erase-on", default=None, help="YYYY-MM-DD: members' copies are erased on this date"
    )
    rounds.add_parser("list", help="list rounds")
    keep = rounds.add_parser("set-retention", help="when members' copies of the round are erased")
    keep.add_argument("round")
    when = keep.add_mutually_exclusive_group(required=True)
    when.add_argument("--on", dest="erase_on", default=None, help="YYYY-MM-DD")
    when.add_argument("--days-after-meeting", type=int, default=None, help="days after the panel meeting")
    when.add_argument("--none", action="store_true", help="no date: members keep their copies")
    erase = rounds.add_parser("erase", help="remove a round's case material from this laptop now (member)")
    erase.add_argument("round")
    erase.add_argument(
        "--unsent-understood", action="store_true",
        help="erase although your review has not been sent: it will be lost",
    )  # fmt: skip
    receipt = rounds.add_parser("save-receipt", help="write a round's erasure receipt for your coordinator")
    receipt.add_argument("round")
    receipt.add_argument("--to", type=Path, required=True, dest="folder")
    assign = rounds.add_parser("assign", help="give cases to members")
    assign.add_argument("round")
    assign.add_argument("--auto", action="store_true", required=True)
    assign.add_argument("-k", type=int, default=3, help="members per case (default 3)")
    export = rounds.add_parser("export-packs", help="one pack per member")
    export.add_argument("round")
    export.add_argument("--to", type=Path, required=True, dest="folder")
    rounds.add_parser("status", help="who has returned what").add_argument("round")
    archive = rounds.add_parser(
        "archive",
        help=f"a published round as an encrypted file (passphrase from {ARCHIVE_PASSPHRASE_VARIABLE})",
    )
    archive.add_argument("round")
    archive.add_argument("--to", type=Path, required=True, dest="output", help="the archive file (.tar.age)")
    purge = rounds.add_parser("purge", help="remove an archived round's case material from this profile")
    purge.add_argument("round")
    purge.add_argument("--yes", action="store_true", help="confirm: the purge cannot be undone")


def command_summary() -> str:
    """Every command with its one line, for `panel-review --help` (the window's own help)."""
    lines = [
        "commands (without a window; see panel-review COMMAND --help):",
        "  panel-review [--profile DIR] [--language cy] COMMAND ...",
    ]
    for name, said, parser in _choices(_parser()):
        actions = _choices(parser)
        if not actions:
            lines.append(f"  {name:<22}{said}")
        for action, action_said, _sub in actions:
            lines.append(f"  {name + ' ' + action:<22}{action_said}")
    return "\n".join(lines)


def _choices(parser: argparse.ArgumentParser) -> list[tuple[str, str, argparse.ArgumentParser]]:
    """The sub-commands of `parser`, in the order they were added, with their help lines."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {choice.dest: choice.help or "" for choice in action._choices_actions}
            return [(name, helps.get(name, ""), sub) for name, sub in action.choices.items()]
    return []


def run(argv: Sequence[str]) -> int:
    """Run one command; a person's mistake is one line on stderr and exit code 2.

    The one place where errors become words (`desktop.services.user_faults`): an
    exception it has no sentence for is a fault in the program and is raised as it is.
    """
    language = message_language(argv)
    try:
        args = _parser().parse_args(list(argv))
        check_paths(args)
        return _dispatch(args)
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return 130
    except Exception as exc:
        from desktop.services.user_faults import describe

        said = describe(exc, language)
        if said is None:
            raise
        print(said, file=sys.stderr)
        return 2


def message_language(argv: Sequence[str]) -> str:
    """The --language of messages, read before the arguments are parsed (a wrong one: English)."""
    args = list(argv)
    for i, arg in enumerate(args):
        if arg == "--language" and i + 1 < len(args):
            return "cy" if args[i + 1] == "cy" else "en"
        if arg.startswith("--language="):
            return "cy" if arg.partition("=")[2] == "cy" else "en"
    return "en"


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
    from desktop.core.words import say

    print(say("cli.several_profiles", args.language), file=sys.stderr)
    for entry in entries:
        print(f"  {entry.folder}  ({entry.role or '?'}: {entry.label or entry.folder.name})", file=sys.stderr)
    return None


def _passphrase() -> str:
    """From the environment, or typed without echo; without a terminal to type it on, none."""
    from desktop.services.user_faults import Fault, Mistake

    given = os.environ.get(PASSPHRASE_VARIABLE, "")
    if not given and sys.stdin is not None and sys.stdin.isatty():
        try:
            given = getpass.getpass("Passphrase: ")
        except EOFError:
            given = ""
    if not given:
        raise Mistake(Fault.NO_PASSPHRASE)
    return given


def _existing_profile(folder: Path) -> None:
    """Raise the mistake if `folder` holds no profile that can be unlocked; create nothing."""
    from desktop.paths import database_path
    from desktop.services.profile_files import ProfileState, list_backups, profile_state
    from desktop.services.user_faults import Fault, Mistake

    if folder.exists() and not folder.is_dir():
        raise Mistake(Fault.NOT_A_FOLDER, folder)
    state = profile_state(folder) if folder.is_dir() else ProfileState.MISSING
    if state is ProfileState.MISSING:
        raise Mistake(Fault.NO_PROFILE, folder)
    if state is ProfileState.EMPTY:
        empty = Fault.PROFILE_EMPTY if list_backups(folder) else Fault.PROFILE_EMPTY_NO_BACKUP
        raise Mistake(empty, database_path(folder))


def _with_db(args: argparse.Namespace, work: Callable[[Any], int]) -> int:
    """Unlock the profile for one command, holding it as the app does (one user at a time)."""
    from desktop.services import profile
    from desktop.services.profile_lock import lock_profile

    folder = _profile_dir(args)
    if folder is None:
        return 1
    _existing_profile(folder)
    lock = lock_profile(folder)  # ProfileInUse: another copy has it open (`run` says so)
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
    from desktop.services.profile_lock import lock_profile

    passphrase = _new_passphrase(args)
    if args.profile is not None:
        _free_for_profile(Path(args.profile))
        folder, lock = Path(args.profile), lock_profile(Path(args.profile))
    else:
        folder, lock = profiles.claim_new_profile(paths.user_data_dir())
    try:
        db = profile.create_profile(folder, args.name, passphrase, args.language, role=args.role)
        label = args.label or profiles.default_label(args.role, args.language)
        profiles.write_card(folder, args.role, label)
        info = profile.profile_info(db)
        profile.close_profile(db)
    finally:
        lock.release()
    print(f"{info.role}: {info.display_name}\n{info.fingerprint}\n{folder}")
    return 0


def _free_for_profile(folder: Path) -> None:
    """Raise the mistake if a new profile cannot be made in `folder`; create nothing."""
    from desktop.services import profile
    from desktop.services.user_faults import Fault, Mistake

    for part in (folder, *folder.parents):
        if part.exists():
            if not part.is_dir():
                raise Mistake(Fault.PROFILE_FOLDER_UNUSABLE, folder)
            break
    if profile.profile_exists(folder):
        raise Mistake(Fault.PROFILE_EXISTS, folder)


def _new_passphrase(args: argparse.Namespace) -> str:
    """The passphrase for a new profile, refused (with the name) before anything is made."""
    from desktop.core.passphrase import passphrase_problems
    from desktop.services.user_faults import Fault, Mistake

    if not args.name.strip():
        raise Mistake(Fault.NO_NAME)
    passphrase = _passphrase()
    if passphrase_problems(passphrase, passphrase, args.name.strip()):
        raise Mistake(Fault.WEAK_PASSPHRASE)
    return passphrase


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
