"""What each command-line command does, and the words it prints in English and Welsh.

Each handler takes the unlocked database and the parsed arguments and returns the exit
code. The labels are the Qt-free catalogue's ("cli.…" in `desktop.core.words`): the
command line must not load Qt to speak Welsh.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from desktop.core.words import say
from desktop.core.words.nouns import counted
from desktop.exchange.inspection import Inspection
from desktop.services.refusals import why_not
from desktop.services.user_faults import Fault, Mistake


def label(key: str, language: str) -> str:
    """The command line's word `key` (a "cli.…" key without its prefix)."""
    return say(f"cli.{key}", language)


def describe_inspection(report: Inspection, language: str) -> str:
    def t(key: str) -> str:
        return label(key, language)

    lines = [t(f"kind.{report.kind}") if report.kind else t("kind.unknown")]
    if report.encrypted:
        lines.append(t("encrypted"))
    if report.sender_name is not None:
        lines.append(f"{t('signed_by')}: {report.sender_name} ({report.sender_role})")
        lines.append(f"{t('fingerprint')}: {report.sender_fingerprint}")
    if report.recipient:
        lines.append(f"{t('for')}: {report.recipient}")
    if report.round_uid:
        lines.append(f"{t('round')}: {report.round_uid}  {t('revision')}: {report.revision}")
    if report.created is not None:
        lines.append(f"{t('created')}: {report.created:%Y-%m-%d %H:%M}")
    if report.entries:
        lines.append(f"{t('entries')}: {len(report.entries)}")
    if report.intact:
        lines.append(t("intact"))
    elif report.problem is not None:
        from desktop.exchange.errors import describe

        lines.append(f"{t('damaged')}: {describe(report.problem, language)}")
    return "\n".join(lines)


def _round_id(db: Any, text: str) -> int:
    """A round by number, title or uid."""
    from desktop.services import rounds

    for r in rounds.list_rounds(db):
        if text in (str(r.id), r.title):
            return r.id
    try:
        return rounds.round_id_by_uid(db, text)
    except LookupError:
        raise Mistake(Fault.NO_SUCH_ROUND, text) from None


def _member_id(db: Any, text: str) -> int:
    from desktop.services import roster

    wanted = text.replace(" ", "").casefold()
    for m in roster.list_roster(db):
        if wanted in (str(m.id), m.name.replace(" ", "").casefold(), m.fingerprint.replace(" ", "")):
            return m.id
    raise Mistake(Fault.NO_SUCH_MEMBER, text)


def card_export(db: Any, args: argparse.Namespace) -> int:
    from desktop.services import identity

    card = identity.export_card(db, args.file)
    print(
        f"{label('written', args.language)}: {args.file}\n"
        f"{label('fingerprint', args.language)}: {card.fingerprint}"
    )
    return 0


def roster_add(db: Any, args: argparse.Namespace) -> int:
    from desktop.core.display_names import NameRefused
    from desktop.exchange.errors import ExchangeError
    from desktop.services import roster
    from desktop.services.refusals import Refused

    failed = 0
    for path in args.cards:
        try:
            enrolled = roster.enrol(db, path, confirmed=args.confirmed, same_name_ok=args.same_name)
        except (ExchangeError, Refused, NameRefused) as exc:
            print(f"{path.name}: {label('rejected', args.language)}: {why_not(exc, args.language)}")
            for m in getattr(exc, "enrolled", ()):
                print(f"    {m.name}  {m.fingerprint}")
            failed += 1
            continue
        m = enrolled.member
        state = label("enrolled" if enrolled.new else "already", args.language)
        print(f"{path.name}: {state}: {m.name}  {m.fingerprint}")
    return 1 if failed else 0


def roster_list(db: Any, args: argparse.Namespace) -> int:
    from desktop.services import roster

    for m in roster.list_roster(db):
        state = "revoked" if m.revoked else ("confirmed" if m.confirmed else "not_confirmed")
        print(f"{m.id:>4}  {m.name:<30}  {m.fingerprint}  {label(state, args.language)}")
    return 0


def _roster_change(change: Callable[[Any, int], object]) -> Callable[[Any, argparse.Namespace], int]:
    def handler(db: Any, args: argparse.Namespace) -> int:
        change(db, _member_id(db, args.member))
        return roster_list(db, args)

    return handler


def round_create(db: Any, args: argparse.Namespace) -> int:
    from desktop.exchange.case_csv import CaseListError
    from desktop.services import coordinator_rounds
    from desktop.services.retention import RetentionRefused

    try:
        created = coordinator_rounds.create_round(
            db,
            args.csv,
            args.documents,
            title=args.title,
            template_id=args.template,
            panel=args.panel,
            due_date=args.due,
            erase_on=args.erase_on,
        )
    except CaseListError as exc:
        print(exc.text(args.language))
        return 1
    except (coordinator_rounds.UnknownMembers, RetentionRefused) as exc:
        print(exc.explain(args.language))
        return 1
    print(
        f"{label('round', args.language)} {created.round_id}: {counted(created.cases, 'case', args.language)}"
    )
    return 0


def round_set_retention(db: Any, args: argparse.Namespace) -> int:
    """Set when members' copies are erased, and say the date the next packs will carry."""
    from desktop.core.words.dates import long_date
    from desktop.services import retention

    round_id = _round_id(db, args.round)
    try:
        retention.set_retention(
            db, round_id, erase_on=args.erase_on, days_after_meeting=args.days_after_meeting
        )
    except retention.RetentionRefused as exc:
        print(exc.explain(args.language))
        return 1
    erase_on = retention.retention_setting(db, round_id).erase_on
    if erase_on is None:
        print(label("no_erase_date", args.language))
    else:
        print(f"{label('erase_on', args.language)}: {long_date(erase_on, args.language)}")
    return 0


def round_erase(db: Any, args: argparse.Namespace) -> int:
    """A member erases a round's case material now, by hand: the same erasure, backups
    and receipt as at the date. Unsent work needs `--unsent-understood`; a refusal is one
    line and exit 1, with nothing removed."""
    from desktop.core.clock import utc_now
    from desktop.services import retention

    round_id = _round_id(db, args.round)
    try:
        erased = retention.erase_early(db, round_id, utc_now(), unsent_understood=args.unsent_understood)
    except retention.RetentionRefused as exc:
        print(exc.explain(args.language))
        return 1
    print(say("cli.erased", args.language, round=erased.title, cases=erased.cases, documents=erased.documents,
              answers=erased.answers, notes=erased.notes))  # fmt: skip
    return 0


def round_save_receipt(db: Any, args: argparse.Namespace) -> int:
    """Write the round's erasure receipt into a folder, to send to the coordinator."""
    from desktop.services import erasure_receipts

    try:
        path = erasure_receipts.save_receipt(db, _round_id(db, args.round), args.folder)
    except erasure_receipts.NoReceipt:
        print(label("no_receipt", args.language))
        return 1
    print(f"{label('written', args.language)}: {path}")
    return 0


def report_retention(db: Any, args: argparse.Namespace) -> int:
    """The retention report for the data-protection officer, as PDF or CSV."""
    from desktop.core.clock import utc_now
    from desktop.services import retention_reports

    if args.format not in retention_reports.REPORT_FORMATS:
        raise Mistake(Fault.BAD_COMMAND, f"report retention: --format {args.format}")
    language = args.report_language or args.language
    languages = ("cy", "en") if language == "both" else (language,)
    path = retention_reports.write_retention_report(
        db, _round_id(db, args.round), args.output, args.format, languages, utc_now().date()
    )
    print(f"{label('written', args.language)}: {path}")
    return 0


def round_list(db: Any, args: argparse.Namespace) -> int:
    from desktop.services import rounds

    for r in rounds.list_rounds(db):
        print(f"{r.id:>4}  {r.title}  ({counted(r.cases_total, 'case', args.language)})")
    return 0


def round_assign(db: Any, args: argparse.Namespace) -> int:
    from desktop.services import coordinator_rounds

    done = coordinator_rounds.auto_assign(db, _round_id(db, args.round), args.k)
    print(f"{label('assigned', args.language)}: {done.added}")
    if done.short:
        print(f"{label('short', args.language)}: {', '.join(done.short)}")
    return 0


def round_export(db: Any, args: argparse.Namespace) -> int:
    from desktop.services import assignment_packs

    args.folder.mkdir(parents=True, exist_ok=True)
    exported = assignment_packs.export_packs(db, _round_id(db, args.round), args.folder)
    for pack in exported.packs:
        print(f"{pack.path.name}: {pack.member} ({counted(pack.cases, 'case', args.language)})")
    return 0


def round_status(db: Any, args: argparse.Namespace) -> int:
    """Per member: what came back, and whether their copy of the material was erased."""
    from desktop.core.words.dates import long_date
    from desktop.services import review_packages

    for m in review_packages.round_status(db, _round_id(db, args.round)):
        back = label("nothing_back", args.language)
        if m.revision:
            done = f"{m.complete}/{m.assigned} {label('complete', args.language)}"
            back = f"{label('returned', args.language)} {m.revision}: {done}"
        erased = (
            say("cli.erased_on", args.language, date=long_date(m.erased_at.split(" ")[0], args.language))
            if m.erased_at
            else label("not_erased", args.language)
        )
        print(f"{m.member:<30} {counted(m.assigned, 'case', args.language):<15} {back}; {erased}")
        if m.audit_flag:  # the member's audit log cannot be relied on: said in full
            print(f"    {say(f'audit_flag.{m.audit_flag}', args.language)}")
    return 0


def inbox_import(db: Any, args: argparse.Namespace) -> int:
    from desktop.services import review_packages
    from desktop.services.review_packages import Fate

    result = review_packages.import_packages(db, args.files, language=args.language)
    for f in result.fates:
        text = label(f.fate.value, args.language)
        what = (
            label("erasure_receipt", args.language)
            if f.receipt
            else f"{label('revision', args.language)} {f.revision}"
        )
        tail = f": {f.member}, {what}"
        if f.why:  # a rejection says only why; one taken with a warning, or waiting, says both
            tail = f"{tail}: {f.why}" if f.flag or f.fate is Fate.PENDING else f": {f.why}"
        print(f"{f.path.name}: {text}{tail}")
    return 1 if result.count(Fate.REJECTED) else 0


def pack_import(db: Any, args: argparse.Namespace) -> int:
    from desktop.services import assignment_packs
    from desktop.services.assignment_packs import CoordinatorStatus

    preview = assignment_packs.preview_pack(db, args.file)
    confirm = (args.confirm or "").replace(" ", "")
    if preview.status is CoordinatorStatus.NEW and confirm != preview.fingerprint.replace(" ", ""):
        print(f"{label('new_coordinator', args.language)}\n{preview.coordinator}: {preview.fingerprint}")
        return 1
    done = assignment_packs.import_pack(db, args.file, confirmed_fingerprint=preview.fingerprint)
    if done.unchanged:
        print(label("unchanged", args.language))
    else:
        print(
            f"{preview.round_title}: {label('added', args.language)} {done.added}, "
            f"{label('withdrawn', args.language)} {done.withdrawn}"
        )
    return 0


def review_send(db: Any, args: argparse.Namespace) -> int:
    from desktop.services import review_packages

    args.folder.mkdir(parents=True, exist_ok=True)
    sent = review_packages.export_review(db, _round_id(db, args.round), args.folder)
    s = sent.summary
    print(f"{label('written', args.language)}: {sent.path}")
    if s.incomplete:
        print(f"{label('incomplete', args.language)}: {', '.join(s.incomplete)}")
    if s.deferred:
        print(f"{label('deferred', args.language)}: {', '.join(s.deferred)}")
    return 0


def report_write(db: Any, args: argparse.Namespace) -> int:
    """Write the report. Publication mode needs every text confirmed in the window's
    publication review first, and every review used marked complete unless
    `--include-unfinished` is given; until then it refuses in one line (exit 2), writing nothing."""
    from desktop.reports.content import ReportOptions
    from desktop.services import report
    from desktop.services.publication import PublicationRefused

    if args.which == "retention":
        return report_retention(db, args)
    round_id = _round_id(db, args.round)
    options = ReportOptions(
        args.report_language or args.language,
        args.mode,
        every_answer=args.every_answer,
        layout=args.layout.replace("-", "_"),
    )
    if options.mode == "publication" and not args.include_unfinished and _unfinished(db, round_id, args):
        return 2
    if not args.allow_untranslated and _untranslated(db, round_id, options.language, args):
        return 2
    try:
        written = report.write_report(db, round_id, args.output, options, args.format)
    except PublicationRefused as exc:
        print(exc.explain(args.language), file=sys.stderr)
        return 2
    for path in written.paths:
        print(f"{label('written', args.language)}: {path}")
    return 0


def _unfinished(db: Any, round_id: int, args: argparse.Namespace) -> bool:
    """Say, in one line, that reviews used are not marked complete (True), so a script
    never publishes work in progress without having asked to (`--include-unfinished`)."""
    from desktop.services.review_progress import round_progress
    from desktop.services.unfinished_reviews import unfinished_reviews, which_unfinished

    progress = round_progress(db, round_id)
    if not progress.unfinished:
        return False
    which = "; ".join(which_unfinished(unfinished_reviews(db, round_id), args.language))
    line = say(
        "cli.unfinished", args.language, unfinished=progress.unfinished, used=progress.used, which=which
    )
    print(line, file=sys.stderr)
    return True


def _untranslated(db: Any, round_id: int, language: str, args: argparse.Namespace) -> bool:
    """Say, in one line, that the report would print texts not yet translated into its
    language (True): a Welsh report is never written with English in it unasked."""
    from desktop.services import translations
    from desktop.services.report_export_flow import untranslated

    missing = untranslated(translations.translations(db, round_id), language)
    if not missing:
        return False
    line = say(f"cli.untranslated_{missing[0].language}", args.language, count=len(missing))
    print(line, file=sys.stderr)
    return True


def profile_show(db: Any, args: argparse.Namespace) -> int:
    from desktop.services import profile

    info = profile.profile_info(db)
    print(f"{info.role}: {info.display_name}\n{label('fingerprint', args.language)}: {info.fingerprint}")
    return 0


def audit_verify(db: Any, args: argparse.Namespace) -> int:
    """Check the audit log's chains; a broken one is named and the exit code is 1, so a
    script can tell a changed log from a mistake in the command (2)."""
    from desktop.core.words.dates import long_date
    from desktop.services import audit

    check = audit.verify(db)
    if check.broken is None:
        print(say("cli.audit.whole", args.language, count=check.entries))
        return 0
    when = long_date(check.broken.at.isoformat(sep=" ", timespec="minutes"), args.language)
    print(
        say("cli.audit.broken", args.language, number=check.broken.number, time=when,
            action=check.broken.action)
    )  # fmt: skip
    return 1


def _archive_passphrase() -> tuple[str, str]:
    """The archive's passphrase (and its repeat): from the environment, or typed twice."""
    import getpass
    import os

    from desktop.cli import ARCHIVE_PASSPHRASE_VARIABLE

    given = os.environ.get(ARCHIVE_PASSPHRASE_VARIABLE, "")
    if given:
        return given, given
    if sys.stdin is None or not sys.stdin.isatty():
        raise Mistake(Fault.NO_PASSPHRASE)
    try:
        return getpass.getpass("Archive passphrase: "), getpass.getpass("Again: ")
    except EOFError:
        raise Mistake(Fault.NO_PASSPHRASE) from None


def round_archive(db: Any, args: argparse.Namespace) -> int:
    """Write a published round's encrypted archive; refusals and a full disk are one line."""
    from desktop.core.clock import utc_now
    from desktop.services import round_archive as archives

    round_id = _round_id(db, args.round)
    archives.archive_state(db, round_id)  # an unknown round is named before a passphrase is asked
    passphrase, repeat = _archive_passphrase()
    written = archives.write_archive(db, round_id, args.output, passphrase, repeat, utc_now())
    print(
        say(
            "cli.archive.written",
            args.language,
            path=written.path,
            sha256=written.sha256,
            files=written.files,
        )
    )
    return 0


def round_purge(db: Any, args: argparse.Namespace) -> int:
    """Purge an archived round's case material; without --yes, say what it would do and stop."""
    from desktop.core.clock import utc_now
    from desktop.services import round_archive as archives

    round_id = _round_id(db, args.round)
    state = archives.archive_state(db, round_id)
    if not args.yes and state.may_purge:
        print(say("cli.purge.confirm", args.language), file=sys.stderr)
        return 1
    done = archives.purge_round(db, round_id, utc_now())
    print(
        say("cli.purge.done", args.language, documents=done.documents, summaries=done.summaries,
            notes=done.notes, copies=done.copies_rewritten + done.copies_removed)
    )  # fmt: skip
    return 0


def _handlers() -> dict[tuple[str, str], Callable[[Any, argparse.Namespace], int]]:
    from desktop.cli.briefing_commands import briefing_settings, briefing_write
    from desktop.cli.dataset_commands import export_dataset
    from desktop.cli.translation_commands import translations_export, translations_import
    from desktop.services import roster

    return {
        ("card", "export"): card_export,
        ("roster", "add"): roster_add,
        ("roster", "list"): roster_list,
        ("roster", "confirm"): _roster_change(roster.confirm),
        ("roster", "revoke"): _roster_change(roster.revoke),
        ("roster", "reinstate"): _roster_change(roster.reinstate),
        ("round", "create"): round_create,
        ("round", "list"): round_list,
        ("round", "set-retention"): round_set_retention,
        ("round", "erase"): round_erase,
        ("round", "save-receipt"): round_save_receipt,
        ("round", "assign"): round_assign,
        ("round", "export-packs"): round_export,
        ("round", "status"): round_status,
        ("round", "archive"): round_archive,
        ("round", "purge"): round_purge,
        ("inbox", "import"): inbox_import,
        ("pack", "import"): pack_import,
        ("review", "send"): review_send,
        ("profile", "show"): profile_show,
        ("audit", "verify"): audit_verify,
        ("report", "write"): report_write,
        ("translations", "export"): translations_export,
        ("translations", "import"): translations_import,
        ("export", "dataset"): export_dataset,
        ("briefing", "write"): briefing_write,
        ("briefing", "settings"): briefing_settings,
    }


HANDLERS = _handlers()
