"""`panel-review --selftest`: can this installed build do its essential work?

A bundled build can be missing a resource, a compiled library or a font and still start;
the self-test finds that before a member does. Each check does the real thing in a
temporary folder that is removed afterwards, so the user's own profiles are never
touched: an encrypted database made and reopened, every shipped template read in both
languages, a card and a package signed, encrypted, decrypted and verified between two
new identities, and a reviewed round's report rendered as PDF and Word. A check fails
with the reason it gives; it never stops the checks after it.

One check cannot run everywhere: the window system needs a display. Without one it is
reported as not tested (and does not fail the run), unless the libraries it would need
are already known to be missing (`desktop/services/window_system.py`). Words a member
must act on, such as which packages to install, are said from the catalogue in the
self-test's language (`Said`); other reasons are the program's own, in English.

The Welsh interface translation needs Qt, which this layer must not import: the
launcher adds that check from the interface layer (`desktop/ui/selftest_translations.py`).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.template import Template, Text
from desktop.core.words import CATALOGUE, say

if TYPE_CHECKING:
    from desktop.storage.database import Database

PASSPHRASE = "self-test of a quiet build"  # a throwaway profile's, deleted with it


@dataclass(frozen=True)
class Said:
    """Sentences from the catalogue with their values, put into words only once the language is known."""

    parts: tuple[tuple[str, Mapping[str, str]], ...]

    @classmethod
    def one(cls, key: str, **values: str) -> Said:
        return cls(((key, values),))

    def in_language(self, language: str) -> str:
        return " ".join(say(key, language, **values) for key, values in self.parts)


class CheckFailed(Exception):
    """A check ran but what it produced was wrong (the message, or `said`, says what)."""

    def __init__(self, message: str = "", said: Said | None = None) -> None:
        super().__init__(message or (said.in_language("en") if said else ""))
        self.said = said


class CheckNotRun(Exception):
    """A check that cannot be done here (no display to test on): not a failure of the build."""

    def __init__(self, said: Said) -> None:
        super().__init__(said.in_language("en"))
        self.said = said


@dataclass(frozen=True)
class CheckResult:
    key: str  # names the check in the command line's catalogue
    ok: bool
    reason: str = ""
    said: Said | None = None  # the reason or the detail, in the member's language
    tested: bool = True  # False: could not be done here (not a failure)


# A check raises to fail; it may return words to print beside "ok" (what it found).
Check = Callable[[Path], "Said | None"]


def check_database(work: Path) -> None:
    """Create a profile, reopen it with its passphrase, and see a wrong one refused."""
    from desktop.services import profile

    folder = work / "profile"
    profile.create_profile(folder, "Self-test", PASSPHRASE, "en").close()
    try:
        profile.unlock(folder, PASSPHRASE + " wrong").close()
    except profile.WrongPassphrase:
        pass
    else:
        raise CheckFailed("a wrong passphrase opened the database")
    db = profile.unlock(folder, PASSPHRASE)
    try:
        if profile.profile_info(db).display_name != "Self-test":
            raise CheckFailed("the reopened database did not hold what was saved")
    finally:
        db.close()


def _texts(template: Template) -> list[Text]:
    texts = [template.title]
    for section in template.sections:
        texts.append(section.title)
        for question in section.questions:
            texts.append(question.text)
            texts.extend(choice.label for choice in question.choices)
    return texts


def check_templates(_work: Path) -> None:
    """Every shipped template parses, and each of its words is there in English and Welsh."""
    from desktop.services.templates import bundled_template_ids, load_bundled_template

    ids = bundled_template_ids()
    if not ids:
        raise CheckFailed("no templates were found")
    for template_id in ids:
        template = load_bundled_template(template_id)
        for language in ("en", "cy"):
            if any(not text.get(language).strip() for text in _texts(template)):
                raise CheckFailed(f"{template_id}: a text is missing in {language}")


def check_exchange(work: Path) -> None:
    """A signed card read back; a package encrypted to one new identity, read by it alone."""
    from desktop.exchange.card import read_card, write_card
    from desktop.exchange.container import ExchangeError, Outgoing, read_container, write_container
    from desktop.exchange.keys import generate_keys
    from desktop.exchange.manifest import PACKAGE

    member, coordinator, stranger = generate_keys(), generate_keys(), generate_keys()
    card_path = work / "self-test.prcard"
    write_card(card_path, member, "Self-test", "member")
    card = read_card(card_path)
    if card.fingerprint != member.public.fingerprint():
        raise CheckFailed("the card read back carries other keys")
    body = b'{"self-test": true}'
    path = work / "self-test.prreview"
    write_container(
        path, kind=PACKAGE, sender=member, sender_name="Self-test", sender_role="member",
        recipient=coordinator.public, round_uid="self-test", revision=1,
        entries=[Outgoing("review.json", lambda: body)],
    )  # fmt: skip
    with read_container(path, kind=PACKAGE, identity=coordinator) as reader:
        if [(info.name, data) for info, data in reader.entries()] != [("review.json", body)]:
            raise CheckFailed("the package read back differs from what was written")
    try:
        with read_container(path, kind=PACKAGE, identity=stranger) as reader:
            list(reader.entries())
    except ExchangeError:
        return
    raise CheckFailed("a package opened for someone it was not encrypted to")


def check_reports(work: Path) -> Sequence[tuple[str, bytes]]:
    """A reviewed round (the coordinator's demo, built through real packages) as PDF and Word."""
    from desktop.reports.content import ReportOptions
    from desktop.services import report, rounds
    from desktop.services.demo_coordinator import create_demo_coordinator

    db = create_demo_coordinator(work / "coordinator")
    try:
        (round_row,) = rounds.list_rounds(db)
        gathered = report.gather(db, round_row.id)
        options = ReportOptions(language="en")
        files = [(fmt, report.render(gathered, options, fmt)[""]) for fmt in ("pdf", "docx")]
        return [*files, ("xliff", _translation_file(db, round_row.id, work))]
    finally:
        db.close()


def _translation_file(db: Database, round_id: int, work: Path) -> bytes:
    """The round's untranslated texts as XLIFF, read back whole as a translator's file."""
    from desktop.services.translation_exchange import export_translations, plan_import

    path = work / "round.xlf"
    sent = export_translations(db, round_id, path)
    plan = plan_import(db, round_id, path)
    if not sent or plan.unfilled != sent or plan.changed or plan.unknown:
        raise CheckFailed("the translation file read back differs from what was written")
    return path.read_bytes()


MAGIC = {"pdf": b"%PDF-", "docx": b"PK\x03\x04", "xliff": b"<?xml"}


def _rendered(fmt: str) -> Check:
    """The check for one format; the round is built once and shared by both (it is slow)."""

    def check(work: Path) -> None:
        if work not in _REPORTS:
            try:
                _REPORTS[work] = dict(check_reports(work))
            except Exception as exc:  # both formats report why the shared round failed
                _REPORTS[work] = exc
        files = _REPORTS[work]
        if isinstance(files, Exception):
            raise files
        data = files[fmt]
        if not data.startswith(MAGIC[fmt]) or len(data) < 2_000:
            raise CheckFailed(f"the {fmt} file is not a valid document")

    return check


_REPORTS: dict[Path, dict[str, bytes] | Exception] = {}


def check_window(work: Path) -> Said:
    """The window system the app would use starts (in a child process: see window_system)."""
    from desktop.services.window_system import check_window as check

    return check(work)


def check_libraries(work: Path) -> None:
    """Every system library the build links to is on this computer (see system_libraries)."""
    from desktop.services.system_libraries import check_libraries as check

    check(work)


CHECKS: tuple[tuple[str, Check], ...] = (
    ("libraries", check_libraries),
    ("database", check_database),
    ("templates", check_templates),
    ("exchange", check_exchange),
    ("pdf", _rendered("pdf")),
    ("docx", _rendered("docx")),
    ("xliff", _rendered("xliff")),
    ("window", check_window),
)


def _reason(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def run_checks(extra: Sequence[tuple[str, Check]] = (), only: Sequence[str] = ()) -> list[CheckResult]:
    """Run every check (and `extra`), or those named in `only`, in a fresh temporary folder."""
    results = []
    with tempfile.TemporaryDirectory(prefix="panel-review-selftest-") as tmp:
        work = Path(tmp)
        try:
            for key, check in (*CHECKS, *extra):
                if only and key not in only:
                    continue
                try:
                    found = check(work)
                except CheckNotRun as exc:
                    results.append(CheckResult(key, True, _reason(exc), exc.said, tested=False))
                except CheckFailed as exc:
                    results.append(CheckResult(key, False, _reason(exc), exc.said))
                except Exception as exc:  # a self-test reports every failure, whatever it is
                    results.append(CheckResult(key, False, _reason(exc)))
                else:
                    results.append(CheckResult(key, True, said=found))
        finally:
            _REPORTS.pop(work, None)
    return results


def describe(result: CheckResult, language: str) -> str:
    """ "ok: …", "not tested: … (why)" or "FAILED: … (reason)".

    A reason the catalogue words (`said`) is said in `language`; any other is the
    program's own, left as it is.
    """
    key = f"cli.check.{result.key}"
    label = say(key, language) if key in CATALOGUE else result.key
    said = result.said.in_language(language) if result.said is not None else ""
    if not result.tested:
        return f"{say('cli.not_tested', language)}: {label} ({said or result.reason})"
    if result.ok:
        return f"{say('cli.ok', language)}: {label}" + (f" ({said})" if said else "")
    return f"{say('cli.failed', language)}: {label} ({said or result.reason})"


def language_of(args: Sequence[str]) -> str:
    """The value of `--language` (English unless it says cy)."""
    for option, value in pairwise(args):
        if option == "--language":
            return "cy" if value == "cy" else "en"
    return "en"
