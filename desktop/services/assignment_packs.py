"""Assignment packs: the coordinator sends each member their cases; the member takes them in.

Coordinator: `export_packs` writes one `.prpack` per member with assigned cases —
that member's cases, their documents and the round's exact template — signed by the
coordinator and encrypted to the member (`desktop.exchange`). Every export is a new
revision of the round; if any pack cannot be written, the packs written so far are
removed and the revision is not used, so two different packs never share a revision.

Member: `preview_pack` reads who signed a pack and what it holds, without storing
anything, so the interface can ask the member to confirm a new coordinator's
fingerprint. `import_pack` then stores it in one unit of work. The first coordinator
key confirmed is pinned; a later pack claiming the same coordinator or round under
another key is refused. The same pack twice changes nothing; a newer revision adds
cases and withdraws those no longer in it, keeping every answer (withdrawn cases are
read-only).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from enum import Enum
from functools import partial
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.atomic_files import sweep_partials
from desktop.core.case_codes import CaseStatus
from desktop.core.clock import utc_now
from desktop.core.exchange_names import exchange_name, round_code
from desktop.exchange.container import Outgoing, read_container
from desktop.exchange.manifest import PACK, Manifest
from desktop.exchange.payloads import (
    PackCase,
    PackDocument,
    RoundPayload,
    TemplateRef,
    document_entry,
    parse_round,
    round_to_bytes,
)
from desktop.services import audit, identity, retention
from desktop.services.identity import require_coordinator
from desktop.services.operations import NO_PROGRESS, CancelToken, Changes, Progress
from desktop.services.refusals import Refusal, Refused
from desktop.services.rounds import store_template, template_sha256
from desktop.storage.database import Database
from desktop.storage.models import (
    Assignment,
    CaseFile,
    CoordinatorPin,
    Document,
    PackSent,
    RosterMember,
    Round,
)
from desktop.storage.models import TemplateVersion as TemplateRow

EXTENSION = ".prpack"
MEDIA_SUFFIX = {"application/pdf": ".pdf", "text/plain": ".txt"}


def safe_file_part(text: str) -> str:
    """A piece of a file name from any title or name: letters, digits and dashes only."""
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()[:40] or "x"


def member_file_name(round_: Round, kind: str, revision: int, extension: str) -> str:
    """A member's file for `round_`, named by its code and their number; a round from an
    earlier version's pack has no code, and is named by its title alone, never a person."""
    code = round_.code or safe_file_part(round_.title)
    return exchange_name(code, kind, round_.member_number, revision, extension)


# coordinator ------------------------------------------------------------------
@dataclass(frozen=True)
class ExportedPack:
    member: str
    fingerprint: str
    path: Path
    cases: int


@dataclass(frozen=True)
class PacksExported:
    revision: int
    packs: tuple[ExportedPack, ...]
    changes: Changes


def export_packs(
    db: Database,
    round_id: int,
    folder: Path,
    *,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken | None = None,
) -> PacksExported:
    """One signed, encrypted pack per confirmed member with cases in the round."""
    token = cancel or CancelToken()
    folder.mkdir(parents=True, exist_ok=True)
    sweep_partials(folder, (EXTENSION,))
    written: list[Path] = []
    try:
        with db.session() as session:
            require_coordinator(session)
            me = identity.me_in(session)
            round_ = session.get_one(Round, round_id)
            round_.revision += 1
            template = session.get_one(TemplateRow, round_.template_pk)
            plan = _members_and_cases(session, round_id)
            round_.code = round_.code or _new_round_code(session, round_, template.template_id)
            numbers = _member_numbers(session, round_id, [member for member, _cases in plan])
            erase_on = retention.pack_erase_on(session, round_)
            packs = []
            for done, (member, cases) in enumerate(plan):
                token.check()
                number = numbers[member.id]
                path = folder / exchange_name(round_.code, "pack", number, round_.revision, EXTENSION)
                payload = replace(
                    _round_payload(round_, template, cases), member_number=number, erase_on=erase_on
                )
                entries = [
                    Outgoing("round.json", partial(round_to_bytes, payload)),
                    Outgoing("template.json", partial(_encoded, template.body)),
                    *_document_entries(session, cases, payload),
                ]
                identity.seal(
                    path, kind=PACK, sender=me, to=member, round_uid=round_.uid, revision=round_.revision,
                    entries=entries, cancelled=lambda: token.cancelled,
                )  # fmt: skip
                written.append(path)
                session.add(PackSent(round_id=round_id, member_id=member.id, revision=round_.revision,
                                     sent_at=utc_now()))  # fmt: skip
                packs.append(ExportedPack(member.name, member.fingerprint, path, len(cases)))
                progress(done + 1, len(plan), member.name)
            token.check()
            audit.append(
                session, "packs_exported", round_id=round_id,
                detail={"round": round_id, "revision": round_.revision},
            )  # fmt: skip
            return PacksExported(round_.revision, tuple(packs), Changes(rounds=True))
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise


def _new_round_code(session: Session, round_: Round, template_id: str) -> str:
    """The round's short code, given when its first packs are written and kept: a second
    round of the same checklist begun in the same quarter is "-2", and so on."""
    created = round_.created_at
    same = session.scalars(
        select(Round.created_at)
        .join(TemplateRow, TemplateRow.id == Round.template_pk)
        .where(TemplateRow.template_id == template_id, Round.id < round_.id)
    )
    quarter = (created.year, (created.month - 1) // 3)
    ordinal = 1 + sum((c.year, (c.month - 1) // 3) == quarter for c in same)
    return round_code(template_id, created, ordinal)


def _member_numbers(session: Session, round_id: int, members: list[RosterMember]) -> dict[int, int]:
    """Each member's number in the round: the order their first pack of the round was
    written, so a number never changes; members new to the round follow, in list order."""
    first_sent = session.execute(
        select(PackSent.member_id, func.min(PackSent.id).label("first"))
        .where(PackSent.round_id == round_id)
        .group_by(PackSent.member_id)
        .order_by("first")
    ).all()
    numbers = {member_id: n for n, (member_id, _first) in enumerate(first_sent, start=1)}
    for member in members:
        numbers.setdefault(member.id, len(numbers) + 1)
    return numbers


def _members_and_cases(session: Session, round_id: int) -> list[tuple[RosterMember, list[CaseFile]]]:
    rows = session.execute(
        select(RosterMember, CaseFile)
        .join(Assignment, Assignment.member_id == RosterMember.id)
        .join(CaseFile, CaseFile.id == Assignment.case_id)
        .where(
            CaseFile.round_id == round_id,
            ~CaseFile.withdrawn,
            RosterMember.revoked_at.is_(None),
            RosterMember.confirmed_at.is_not(None),
        )
        .order_by(RosterMember.name, RosterMember.id, CaseFile.position)
    ).all()
    plan: dict[int, tuple[RosterMember, list[CaseFile]]] = {}
    for member, case in rows:
        plan.setdefault(member.id, (member, []))[1].append(case)
    # A member sent a pack before keeps getting one, even with no case left: an empty
    # pack is how their laptop learns that every case was withdrawn.
    earlier = session.scalars(
        select(RosterMember).join(PackSent, PackSent.member_id == RosterMember.id)
        .where(PackSent.round_id == round_id, RosterMember.revoked_at.is_(None))
        .distinct()
    )  # fmt: skip
    for member in earlier:
        plan.setdefault(member.id, (member, []))
    return sorted(plan.values(), key=lambda pair: (pair[0].name, pair[0].id))


def _round_payload(round_: Round, template: TemplateRow, cases: list[CaseFile]) -> RoundPayload:
    pack_cases = []
    for case in cases:
        docs = tuple(
            PackDocument(
                document_entry(case.uid, f"{d.position + 1}{MEDIA_SUFFIX.get(d.media_type, '.bin')}"),
                d.title,
                d.media_type,
            )
            for d in sorted(_documents_meta(case), key=lambda d: d.position)
        )
        pack_cases.append(
            PackCase(
                case.uid, case.reference, case.case_type, tuple(json.loads(case.strands)), case.summary, docs
            )
        )
    ref = TemplateRef(template.template_id, template.version, template.sha256)
    return RoundPayload(
        round_.uid, round_.revision, round_.title, round_.panel, round_.due_date, ref, tuple(pack_cases),
        code=round_.code,
    )  # fmt: skip


@dataclass(frozen=True)
class _DocMeta:
    id: int
    position: int
    title: str
    media_type: str


def _documents_meta(case: CaseFile) -> list[_DocMeta]:
    session = Session.object_session(case)
    assert session is not None
    rows = session.execute(
        select(Document.id, Document.position, Document.title, Document.media_type).where(
            Document.case_id == case.id
        )
    ).all()
    return [_DocMeta(*row) for row in rows]


def _document_entries(session: Session, cases: list[CaseFile], payload: RoundPayload) -> Iterator[Outgoing]:
    """Each document is read from the database only when the writer asks for it."""
    for case, pack_case in zip(cases, payload.cases, strict=True):
        metas = sorted(_documents_meta(case), key=lambda d: d.position)
        for meta, doc in zip(metas, pack_case.documents, strict=True):
            yield Outgoing(doc.entry, partial(_document_data, session, meta.id))


def _encoded(text: str) -> bytes:
    return text.encode("utf-8")


def _document_data(session: Session, document_id: int) -> bytes:
    return session.get_one(Document, document_id).data


# member -----------------------------------------------------------------------
class CoordinatorStatus(Enum):
    PINNED = "pinned"  # the member confirmed this key before
    NEW = "new"  # never seen: ask the member to confirm the fingerprint


@dataclass(frozen=True)
class PackPreview:
    coordinator: str
    fingerprint: str
    status: CoordinatorStatus
    round_title: str
    round_uid: str
    revision: int
    cases: int
    known_revision: int | None  # the revision already taken, if the round is here


def preview_pack(db: Database, path: Path) -> PackPreview:
    """Check the pack's signature and read what it is; nothing is stored.

    Raises ExchangeError for a damaged or foreign file and Refused when this profile
    must not take it (a coordinator's profile, a changed coordinator key).
    """
    with db.session() as session:
        me = identity.me_in(session)
        if me.role != "member":
            raise Refused(Refusal.WRONG_ROLE)
        with read_container(path, kind=PACK, identity=me.keys) as reader:
            manifest = reader.manifest
            _check_sender(manifest)
            payload = _first_payload(reader.entries(), manifest)
        status = _coordinator_status(session, manifest, payload)
        known = session.scalars(select(Round.revision).where(Round.uid == payload.round_uid)).first()
        return PackPreview(
            manifest.sender.name,
            manifest.sender.keys.fingerprint(),
            status,
            payload.title,
            payload.round_uid,
            manifest.revision,
            len(payload.cases),
            known,
        )


def _check_sender(manifest: Manifest) -> None:
    if manifest.sender.role != "coordinator":
        raise Refused(Refusal.NOT_A_COORDINATOR, manifest.sender.role)


def _first_payload(entries: Iterator[tuple[object, bytes]], manifest: Manifest) -> RoundPayload:
    from desktop.exchange.payloads import PayloadError

    for info, data in entries:
        if getattr(info, "name", None) != "round.json":
            break
        try:
            payload = parse_round(data)
        except PayloadError as exc:
            raise Refused(Refusal.UNREADABLE_CONTENTS, str(exc)) from exc
        if payload.round_uid != manifest.round_uid or payload.revision != manifest.revision:
            raise Refused(Refusal.WRONG_ROUND, payload.round_uid)
        return payload
    raise Refused(Refusal.UNREADABLE_CONTENTS, "round.json is not the first entry")


def _coordinator_status(session: Session, manifest: Manifest, payload: RoundPayload) -> CoordinatorStatus:
    """Pinned, new, or refused: another key for a coordinator or round we already know."""
    fingerprint = manifest.sender.keys.fingerprint()
    pins = session.scalars(select(CoordinatorPin)).all()
    if any(p.fingerprint == fingerprint for p in pins):
        return CoordinatorStatus.PINNED
    round_pin = session.scalars(
        select(CoordinatorPin)
        .join(Round, Round.coordinator_id == CoordinatorPin.id)
        .where(Round.uid == payload.round_uid)
    ).first()
    same_name = [p for p in pins if p.name.strip().casefold() == manifest.sender.name.strip().casefold()]
    if round_pin is not None or same_name:
        raise Refused(Refusal.COORDINATOR_KEY_CHANGED, fingerprint)
    return CoordinatorStatus.NEW


@dataclass(frozen=True)
class PackImported:
    round_id: int
    added: int
    withdrawn: int
    unchanged: bool  # the same revision was already here: nothing changed
    changes: Changes


def import_pack(
    db: Database,
    path: Path,
    *,
    confirmed_fingerprint: str | None = None,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken | None = None,
) -> PackImported:
    """Take a pack in, all or nothing.

    `confirmed_fingerprint` is the fingerprint the member confirmed for a coordinator
    seen for the first time (from `preview_pack`); without it a new coordinator is
    refused, so no pack is ever taken on trust.
    """
    token = cancel or CancelToken()
    with db.session() as session:
        me = identity.me_in(session)
        if me.role != "member":
            raise Refused(Refusal.WRONG_ROLE)
        with read_container(path, kind=PACK, identity=me.keys) as reader:
            manifest = reader.manifest
            _check_sender(manifest)
            entries = reader.entries()
            payload = _first_payload(entries, manifest)
            status = _coordinator_status(session, manifest, payload)
            if (
                status is CoordinatorStatus.NEW
                and confirmed_fingerprint != manifest.sender.keys.fingerprint()
            ):
                raise Refused(Refusal.NOT_CONFIRMED)
            existing = session.scalars(select(Round).where(Round.uid == payload.round_uid)).first()
            if existing is not None and manifest.revision < existing.revision:
                raise Refused(Refusal.OLDER_REVISION, f"{manifest.revision} < {existing.revision}")
            if existing is not None and manifest.revision == existing.revision:
                return PackImported(existing.id, 0, 0, True, Changes())
            if existing is not None and existing.material_erased_at is not None:
                raise Refused(Refusal.ROUND_ERASED)
            template_body = _template_entry(entries, payload)
            pin = _pin(session, manifest)
            return _store(session, existing, pin, payload, template_body, entries, progress, token)


def _template_entry(entries: Iterator[tuple[object, bytes]], payload: RoundPayload) -> str:
    info, data = next(entries, (None, b""))
    if getattr(info, "name", None) != "template.json":
        raise Refused(Refusal.UNREADABLE_CONTENTS, "template.json is not the second entry")
    if template_sha256(data.decode("utf-8", "replace")) != payload.template.sha256:
        raise Refused(Refusal.TEMPLATE_DIFFERS, "template.json does not match round.json")
    return data.decode("utf-8")


def _pin(session: Session, manifest: Manifest) -> CoordinatorPin:
    fingerprint = manifest.sender.keys.fingerprint()
    pin = session.scalars(select(CoordinatorPin).where(CoordinatorPin.fingerprint == fingerprint)).first()
    if pin is None:
        keys = manifest.sender.keys.to_json()
        pin = CoordinatorPin(
            name=manifest.sender.name,
            fingerprint=fingerprint,
            signing_key=keys["signing_key"],
            encryption_key=keys["encryption_key"],
            pinned_at=utc_now(),
        )
        session.add(pin)
        audit.append(session, "coordinator_pinned", detail=fingerprint)
        session.flush()
    return pin


def _store(
    session: Session,
    existing: Round | None,
    pin: CoordinatorPin,
    payload: RoundPayload,
    template_body: str,
    entries: Iterator[tuple[object, bytes]],
    progress: Progress,
    token: CancelToken,
) -> PackImported:
    from desktop.core.template import TemplateError, load_template_json

    try:
        template = load_template_json(template_body, "pack template")
    except TemplateError as exc:
        raise Refused(Refusal.BAD_TEMPLATE, str(exc)[:500]) from exc
    row = store_template(session, template, template_body)
    if existing is not None and existing.template_pk != row.id:
        raise Refused(Refusal.TEMPLATE_DIFFERS, "a new revision may not change the checklist")
    round_ = existing or Round(uid=payload.round_uid, created_at=utc_now(), template_pk=row.id)
    round_.title, round_.panel, round_.due_date = payload.title, payload.panel, payload.due_date
    round_.coordinator_id, round_.revision = pin.id, payload.revision
    round_.code, round_.member_number = payload.code, payload.member_number
    retention.take_erase_on(round_, payload.erase_on)
    session.add(round_)
    session.flush()
    have = {c.uid: c for c in session.scalars(select(CaseFile).where(CaseFile.round_id == round_.id))}
    incoming = {c.uid for c in payload.cases}
    withdrawn = [c for uid, c in have.items() if uid not in incoming and not c.withdrawn]
    for case in withdrawn:
        case.withdrawn = True
    added = _add_cases(session, round_, have, payload, entries, progress, token)
    audit.append(
        session, "pack_imported", round_id=round_.id,
        detail={"round": round_.id, "revision": payload.revision,
                "added": len(added), "withdrawn": len(withdrawn)},
    )  # fmt: skip
    changed = frozenset(added) | frozenset(c.id for c in withdrawn)
    return PackImported(round_.id, len(added), len(withdrawn), False, Changes(rounds=True, cases=changed))


def _add_cases(
    session: Session,
    round_: Round,
    have: dict[str, CaseFile],
    payload: RoundPayload,
    entries: Iterator[tuple[object, bytes]],
    progress: Progress,
    token: CancelToken,
) -> list[int]:
    """Store new cases and their documents, streaming; cases already here keep everything."""
    wanted: dict[str, tuple[int, PackDocument]] = {}
    added: list[int] = []
    for position, case in enumerate(payload.cases):
        row = have.get(case.uid)
        if row is not None:
            row.position, row.withdrawn = position, False
            continue
        row = CaseFile(
            round_id=round_.id,
            uid=case.uid,
            position=position,
            reference=case.reference,
            case_type=case.case_type,
            strands=json.dumps(list(case.strands)),
            summary=case.summary,
            status=CaseStatus.NOT_STARTED,
            defer_reason="",
        )
        session.add(row)
        session.flush()
        added.append(row.id)
        for doc in case.documents:
            wanted[doc.entry] = (row.id, doc)
    positions: dict[int, int] = {}
    total = len(wanted)
    for done, (info, data) in enumerate(entries):
        token.check()
        name = getattr(info, "name", "")
        if name not in wanted:
            continue  # a document of a case this member already has: kept as it was
        case_id, doc = wanted.pop(name)
        position = positions.get(case_id, 0)
        positions[case_id] = position + 1
        session.add(
            Document(
                case_id=case_id, position=position, title=doc.title, media_type=doc.media_type, data=data
            )
        )
        session.flush()
        progress(done + 1, total, doc.title)
    if wanted:
        raise Refused(Refusal.UNREADABLE_CONTENTS, f"documents missing: {sorted(wanted)}")
    token.check()
    return added
