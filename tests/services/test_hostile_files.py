"""Every file of the hostile corpus, opened through the services by the profile it was
sent to, is refused with its own plain sentence, or judged as corpus.json says, and a
refused file leaves the database exactly as it was (tests/hostile/corpus.json).

Each test copies a real encrypted profile, set up as the file's `setup` says
(tests/services/hostile_world.py), and calls the service the app and the command line
call for that kind of file: `roster.preview_card` / `roster.enrol` for cards,
`assignment_packs.preview_pack` / `import_pack` for packs, and
`review_packages.import_packages` for review packages. Every row of every table is
compared before and after; where nothing should have written, so are the database
file's bytes.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from desktop.core.answer_checks import Fault
from desktop.core.display_names import NameProblem, NameRefused, explain_name
from desktop.exchange.errors import ExchangeError, Reason, describe
from desktop.exchange.manifest import CARD, PACK, PACKAGE, RECEIPT
from desktop.paths import database_path
from desktop.services import assignment_packs, review_packages, roster
from desktop.services.checklist_refusals import OffChecklist
from desktop.services.refusals import Refusal, Refused, explain, why_not
from desktop.services.review_packages import AuditFlag, Fate
from desktop.services.templates import load_bundled_template
from desktop.storage.database import Database
from tests.hostile import make_corpus as corpus
from tests.hostile.make_corpus import CORPUS, FILES
from tests.services import hostile_world as world

LISTED: list[dict[str, Any]] = json.loads(CORPUS.read_text())["files"]


@dataclass(frozen=True)
class Outcome:
    """What a service made of a file: accepted, a fate that changes nothing, or refused."""

    accepted: bool = False
    fate: Fate | None = None
    code: str = ""  # the Reason or Refusal value of a refusal
    why: dict[str, str] | None = None  # the plain sentence, by language
    flag: str = ""  # "audit_flag:<value>" for a package accepted with a warning


def setup_of(entry: dict[str, Any]) -> str:
    if "setup" in entry["expect"]:
        setup: str = entry["expect"]["setup"]
        return setup
    return corpus.ROUNDS if entry["kind"] == PACKAGE else corpus.NOTHING


@pytest.fixture(scope="module")
def bases(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    """Each (who, base setup) the corpus needs, made once and closed."""
    root = tmp_path_factory.mktemp("hostile-bases")
    made: dict[tuple[str, str], Path] = {}
    for entry in LISTED:
        key = (entry["opened_by"], world.BASE[setup_of(entry)])
        if key not in made:
            made[key] = root / f"{key[0]}-{len(made)}"
            world.build_base(made[key], *key)
    return made


def judge(db: Database, entry: dict[str, Any]) -> Outcome:
    """Open the file with the service for its kind; the refusal is raised or reported, never anything else."""
    path = FILES / entry["file"]
    try:
        if entry["kind"] == CARD:
            preview = roster.preview_card(path)
            enrolled = roster.enrol(db, path, confirmed=True)
            assert enrolled.new and enrolled.member.fingerprint == preview.fingerprint
            return Outcome(accepted=True)
        if entry["kind"] == PACK:
            _preview_agrees(db, path)
            taken = assignment_packs.import_pack(
                db, path, confirmed_fingerprint=world.COORDINATOR_FINGERPRINT
            )
            assert not taken.unchanged and taken.added > 0
            return Outcome(accepted=True)
    except (ExchangeError, Refused) as exc:
        code = exc.reason.value if isinstance(exc, ExchangeError) else exc.code
        return Outcome(code=code, why={language: why_not(exc, language) for language in ("en", "cy")})
    except NameRefused as exc:  # a card's name that cannot be shown as signed
        why = {language: explain_name(exc.problem, language) for language in ("en", "cy")}
        return Outcome(code=f"name:{exc.problem.value}", why=why)
    assert entry["kind"] in (PACKAGE, RECEIPT)  # the inbox judges both in one flow
    english, welsh = (
        review_packages.import_packages(db, [path], language=lang).fates[0] for lang in ("en", "cy")
    )
    if english.fate is Fate.REJECTED:
        assert welsh.refusal == english.refusal
        return Outcome(code=english.refusal, why={"en": english.why, "cy": welsh.why})
    assert english.fate is welsh.fate or (english.fate, welsh.fate) == (Fate.ACCEPTED, Fate.DUPLICATE)
    if english.fate is Fate.ACCEPTED:
        if english.flag is None:
            return Outcome(accepted=True)
        # the Welsh import of the same file is a duplicate: its flag is said as the inbox says it
        why = {"en": english.why, "cy": english.flag.explain("cy")}
        return Outcome(accepted=True, flag=f"audit_flag:{english.flag.value}", why=why)
    return Outcome(fate=english.fate)


def _preview_agrees(db: Database, path: Path) -> None:
    """preview_pack, which the app calls first, refuses a file for the import's reason or lets it by.

    A preview reads only round.json (checked against the signed manifest); what lies
    further in, such as an altered document, only the import reaches and refuses.
    """
    try:
        assignment_packs.preview_pack(db, path)
    except (ExchangeError, Refused) as previewed:
        with pytest.raises(type(previewed)) as imported:
            assignment_packs.import_pack(db, path, confirmed_fingerprint=world.COORDINATOR_FINGERPRINT)
        assert str(imported.value).split(":")[0] == str(previewed).split(":")[0]
        raise


def expected(entry: dict[str, Any]) -> Outcome:
    expect = entry["expect"]
    if "accepted" in expect:
        return Outcome(accepted=True)
    if "exchange" in expect:
        return Outcome(code=Reason[expect["exchange"]].value)
    code = expect["service"]
    if code.startswith("audit_flag:"):
        return Outcome(accepted=True, flag=f"audit_flag:{AuditFlag(code.removeprefix('audit_flag:')).value}")
    if code in {f.value for f in Fate}:
        return Outcome(fate=Fate(code))
    if code in {f.value for f in Fault}:
        return Outcome(code=Fault(code).value)
    if code.startswith("name:"):
        return Outcome(code=f"name:{NameProblem(code.removeprefix('name:')).value}")
    return Outcome(code=Refusal(code).value)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("entry", [pytest.param(e, id=e["file"]) for e in LISTED])
def test_each_file_is_judged_by_the_services_and_a_refused_one_changes_nothing(
    entry: dict[str, Any], bases: dict[tuple[str, str], Path], tmp_path: Path
) -> None:
    setup = setup_of(entry)
    folder = world.copy_profile(bases[(entry["opened_by"], world.BASE[setup])], tmp_path / "profile")
    if world.needs_finishing(setup):
        db = world.open_profile(folder)
        try:
            world.finish_setup(db, setup, FILES / entry["file"])
        finally:
            db.close()
    file_before = digest(database_path(folder))
    db = world.open_profile(folder)
    try:
        before = world.dump(db)
        outcome = judge(db, entry)
        after = world.dump(db)
    finally:
        db.close()

    want = expected(entry)
    assert (outcome.accepted, outcome.fate, outcome.code, outcome.flag) == (
        want.accepted, want.fate, want.code, want.flag
    ), outcome.why  # fmt: skip
    if outcome.accepted:
        assert after != before  # the baseline proves the setup: the same file is taken in
        if outcome.flag:  # taken, never silently: the reason is said in both languages
            assert outcome.why is not None and outcome.why["en"] != outcome.why["cy"]
            assert "audit log" in outcome.why["en"] and "log archwilio" in outcome.why["cy"]
        return
    assert after == before
    assert digest(database_path(folder)) == file_before
    if outcome.code:
        assert outcome.why is not None
        assert outcome.why["en"].strip() and outcome.why["cy"].strip()
        assert outcome.why["en"] != outcome.why["cy"]
    if outcome.code in {f.value for f in Fault}:
        _names_the_case_and_question(entry, outcome.why or {})


def _names_the_case_and_question(entry: dict[str, Any], why: dict[str, str]) -> None:
    """An answer the checklist does not allow is told by the case's reference (member1's
    first case) and the question's own words in that language, and nothing of the file's
    text beyond a question id."""
    template = load_bundled_template("hate-crime")
    reference = "HC/2025/0117"
    for language, sentence in why.items():
        assert sentence.startswith(("Case " if language == "en" else "Achos ") + reference), sentence
        assert len(sentence) < 400, sentence
        assert "x" * 100 not in sentence and "banana" not in sentence and "HYPERLINK" not in sentence
        named = [q for q in template.questions if f"“{q.text.get(language)}”" in sentence]
        assert named or "force_used_reasonably" in sentence, (entry["what"], sentence)


def test_the_corpus_covers_every_service_outcome_it_names() -> None:
    service = {e["expect"]["service"] for e in LISTED if "service" in e["expect"]}
    assert {Fate.DUPLICATE.value, Fate.SUPERSEDED.value} <= service
    names = {code for code in service if code.startswith("name:")}
    flags = {code for code in service if code.startswith("audit_flag:")}
    assert flags == {f"audit_flag:{AuditFlag.REWRITTEN.value}"}  # a package made from a rewritten log
    outcomes = {f.value for f in Fate} | {f.value for f in Fault} | names | flags
    refusals = {Refusal(code) for code in service - outcomes}
    assert {
        Refusal.NOT_ON_ROSTER, Refusal.REVOKED, Refusal.UNKNOWN_ROUND, Refusal.WRONG_ROUND,
        Refusal.NOT_ASSIGNED,
        Refusal.TEMPLATE_DIFFERS, Refusal.OLDER_REVISION, Refusal.REVISION_REUSED,
        Refusal.COORDINATOR_KEY_CHANGED, Refusal.NOT_CONFIRMED, Refusal.NOT_A_MEMBER,
        Refusal.BAD_TEMPLATE, Refusal.UNREADABLE_CONTENTS, Refusal.SAME_NAME,
        Refusal.RECEIPT_TAKEN, Refusal.RECEIPT_NOT_SIGNER, Refusal.NOT_IN_ROUND,
    } <= refusals  # fmt: skip
    assert names == {"name:direction", "name:empty"}  # a signed card's name is judged too
    assert {e["expect"].get("setup") for e in LISTED} - {None} <= set(corpus.SETUPS)
    assert {f.value for f in Fault} <= service  # every way an answer can leave the checklist


@pytest.mark.parametrize("language", ["en", "cy"])
def test_each_answer_the_checklist_refuses_reads_differently(language: str) -> None:
    template = load_bundled_template("hate-crime")
    sentences = [OffChecklist(f, "HC/1", "hostility_recorded", template).explain(language) for f in Fault]
    assert len(set(sentences)) == len(sentences)
    assert all(s.startswith(("Case" if language == "en" else "Achos") + " HC/1") for s in sentences)


@pytest.mark.parametrize("language", ["en", "cy"])
def test_different_reasons_never_read_the_same(language: str) -> None:
    """A person told why can tell one refusal from another, whichever layer refused."""
    sentences = [describe(r, language) for r in Reason] + [explain(r, language) for r in Refusal]
    assert all(s.strip() for s in sentences)
    assert len(set(sentences)) == len(sentences)


def test_a_new_coordinator_is_taken_only_once_its_fingerprint_is_confirmed(
    bases: dict[tuple[str, str], Path], tmp_path: Path
) -> None:
    """Not an attack: the first pack from a coordinator asks the member to confirm first."""
    folder = world.copy_profile(bases[("member1", corpus.NOTHING)], tmp_path / "profile")
    db = world.open_profile(folder)
    try:
        path = FILES / "pack-member1.prpack"
        preview = assignment_packs.preview_pack(db, path)
        assert preview.status is assignment_packs.CoordinatorStatus.NEW
        assert preview.fingerprint == world.COORDINATOR_FINGERPRINT
        before = world.dump(db)
        with pytest.raises(Refused) as refused:
            assignment_packs.import_pack(db, path)
        assert refused.value.refusal is Refusal.NOT_CONFIRMED
        assert world.dump(db) == before
        assert assignment_packs.import_pack(db, path, confirmed_fingerprint=preview.fingerprint).added == 2
    finally:
        db.close()
