"""Build the hostile-file corpus in tests/hostile/files/ and list it in corpus.json.

    python tests/hostile/make_corpus.py            # rebuild from keys.json
    python tests/hostile/make_corpus.py --new-keys # make new test keys first

Every file is built from the fixed test keys in keys.json (never used outside tests),
a fixed creation time and a deterministic age writer (forge.seal), so a rebuild gives
byte-identical files. Each file breaks one thing. `expect` is either an exchange-level
Reason (the container is refused), or what the services make of a container that is
valid but that only they, knowing the roster, the pins and the rounds, can judge:
`{"service": <code>, "setup": <what the profile holds first>}`, where the code is a
`desktop.services.refusals.Refusal` value, or the `review_packages.Fate` value of a
file that is not refused but changes nothing (`duplicate`, `superseded`); "accepted"
files are the valid baselines that prove the setup right. The payloads use real round
uids and case uids derived from them, so a profile made through the services holds
exactly the rounds and cases they name (tests/services/test_hostile_files.py).
"""

# The two tables of cases read best with one file per line, however long.
# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
import tarfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop.exchange.keys import KeyPair, generate_keys  # noqa: E402
from desktop.exchange.manifest import CARD, PACK, PACKAGE, RECEIPT  # noqa: E402
from tests.hostile import payloads as p  # noqa: E402
from tests.hostile.forge import (  # noqa: E402
    Member,
    Spec,
    b64,
    gzip_of_zeros,
    seal,
    signed_members,
    tar,
    zip_of_zeros,
)

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
KEYS = HERE / "keys.json"
CORPUS = HERE / "corpus.json"
NAMES = {"coordinator": ("Swyddfa'r Comisiynydd / OPCC", "coordinator"), "member1": ("Aled Jones", "member"),
         "member2": ("Priya Shah", "member"), "stranger": ("Mallory", "member")}  # fmt: skip
EXTENSION = {CARD: ".prcard", PACK: ".prpack", PACKAGE: ".prreview", RECEIPT: ".prreceipt"}


def load_keys() -> dict[str, KeyPair]:
    raw = json.loads(KEYS.read_text())
    return {who: KeyPair(_unb64(k["signing_private"]), k["encryption_identity"]) for who, k in raw.items()}


def _unb64(text: str) -> bytes:
    import base64

    return base64.b64decode(text)


def new_keys() -> None:
    keys = {who: generate_keys() for who in NAMES}
    document = {who: {"name": NAMES[who][0], "signing_private": b64(k.signing_private),
                      "encryption_identity": k.encryption_identity} for who, k in keys.items()}  # fmt: skip
    KEYS.write_text(json.dumps(document, indent=2) + "\n")


@dataclass(frozen=True)
class Case:
    stem: str
    kind: str  # the kind the reader expects
    opened_by: str  # whose keys read it (cards need none, but name the coordinator)
    expect: dict[str, str]  # {"exchange": Reason name} | {"service": name, "setup": …} | {"accepted": …}
    what: str
    build: Callable[[dict[str, KeyPair]], bytes]

    @property
    def file(self) -> str:
        return self.stem + EXTENSION[self.kind]


def card(k: dict[str, KeyPair], who: str = "member1") -> Spec:
    return Spec(CARD, k[who], NAMES[who][0], NAMES[who][1], None, None, 1)


def pack(k: dict[str, KeyPair], to: str = "member1", sender: str = "coordinator", full: bool = False,
         name: str | None = None, **fields: Any) -> Spec:  # fmt: skip
    """member1's pack. Files refused before their template is read carry a small stand-in;
    those broken after it carry the real one (`full`), so the services reach the break too.

    `name` is the sender's name in the manifest, if not the signer's own.
    """
    revision = fields.pop("revision", 2)
    entries = p.pack_entries(p.ASSIGNED[to], revision=revision, **fields)
    if not full:
        entries[1] = ("template.json", p.STAND_IN_TEMPLATE)
    return Spec(PACK, k[sender], name or NAMES[sender][0], "coordinator", k[to], fields.get("round_uid", p.ROUND),
                revision, entries)  # fmt: skip


def review(
    k: dict[str, KeyPair], sender: str = "member1", cases: list[str] | None = None, **fields: Any
) -> Spec:
    """A review package to the coordinator; `manifest_round` lets the manifest disagree with review.json."""
    revision = fields.pop("revision", 2)
    round_uid = fields.pop("manifest_round", fields.get("round_uid", p.ROUND))
    version = 3 if "audit" in fields else 2 if "note_language" in fields else 1
    entries = p.review_entries(cases or p.ASSIGNED.get(sender, ["c-0001"]), revision=revision, **fields)
    coordinator = k["coordinator"]
    return Spec(
        PACKAGE, k[sender], NAMES[sender][0], "member", coordinator, round_uid, revision, entries, version
    )


def receipt(k: dict[str, KeyPair], sender: str = "member1", **fields: Any) -> Spec:
    """An erasure receipt to the coordinator, naming the signer's fingerprint unless
    `fingerprint` says otherwise; `manifest_round` lets the manifest disagree with it."""
    round_uid = fields.pop("manifest_round", fields.get("round_uid", p.ROUND))
    fields.setdefault("fingerprint", k[sender].public.fingerprint())
    entries = [("receipt.json", p.receipt_json(**fields))]
    return Spec(RECEIPT, k[sender], NAMES[sender][0], "member", k["coordinator"], round_uid, 1, entries)


def sealed_members(spec: Spec, members: list[Member], to: KeyPair | None = None) -> bytes:
    target = to or spec.recipient
    assert target is not None
    return seal(tar(members), target)


def edited(spec: Spec, edit: Callable[[dict[str, Any]], None], entries: list[Member] | None = None) -> bytes:
    """The manifest changed by `edit`, then signed properly: the signature is fine."""
    document = spec.document()
    edit(document)
    members = signed_members(spec, document, entries)
    return tar(members) if spec.kind == CARD else sealed_members(spec, members)


def flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x20]) + data[at + 1 :]


def exchange(stem: str, kind: str, who: str, reason: str, what: str, build: Callable[[Any], bytes]) -> Case:
    return Case(stem, kind, who, {"exchange": reason}, what, build)


def service(stem: str, kind: str, who: str, outcome: str, setup: str, what: str,
            build: Callable[[Any], bytes]) -> Case:  # fmt: skip
    return Case(stem, kind, who, {"service": outcome, "setup": setup}, what, build)


def accepted(stem: str, kind: str, who: str, what: str, build: Callable[[Any], bytes]) -> Case:
    return Case(stem, kind, who, {"accepted": "valid baseline"}, what, build)


def _with_entry(name: str) -> Callable[[dict[str, KeyPair]], bytes]:
    """A pack whose manifest lists `name` (signed) and whose tar holds it."""

    def build(k: dict[str, KeyPair]) -> bytes:
        spec = pack(k)
        spec.entries = [*spec.entries, (name, b"x")]
        return sealed_members(spec, spec.members())

    return build


def _not_regular(member: Member) -> Callable[[dict[str, KeyPair]], bytes]:
    """A valid signed manifest, then a non-regular member where the first document belongs."""

    def build(k: dict[str, KeyPair]) -> bytes:
        spec = pack(k, full=True)
        members = spec.members()
        return sealed_members(spec, [*members[:4], member, *members[5:]])

    return build


def _truncated(k: dict[str, KeyPair]) -> bytes:
    whole = pack(k).sealed()
    return whole[: len(whole) // 2]


def _altered_then_resealed(k: dict[str, KeyPair]) -> bytes:
    spec = pack(k, full=True)
    members = spec.members()
    members[4] = Member(members[4].name, flip(members[4].data, 12))  # the signed manifest is untouched
    return sealed_members(spec, members)


def _swapped_signature(k: dict[str, KeyPair]) -> bytes:
    spec, other = pack(k), pack(k, revision=3)
    foreign = other.sender.sign(other.manifest().to_bytes())
    return sealed_members(spec, spec.members(signature=foreign))


def _edited_after_signing(k: dict[str, KeyPair]) -> bytes:
    spec = pack(k)
    stored = spec.manifest().to_bytes()
    changed = stored.replace(b'"revision":2', b'"revision":9')
    return sealed_members(spec, spec.members(manifest=changed, signature=spec.sender.sign(stored)))


def _drop(index: int) -> Callable[[dict[str, KeyPair]], bytes]:
    def build(k: dict[str, KeyPair]) -> bytes:
        spec = pack(k)
        members = spec.members()
        return sealed_members(spec, members[:index] + members[index + 1 :])

    return build


def _reordered(k: dict[str, KeyPair]) -> bytes:
    spec = pack(k)
    m = spec.members()
    return sealed_members(spec, [m[0], m[1], m[3], m[2], *m[4:]])


def _extra_entry(k: dict[str, KeyPair]) -> bytes:
    spec = pack(k, full=True)
    return sealed_members(spec, [*spec.members(), Member(p.document_entry(p.uid_of("c-0003")), p.PDF)])


def _duplicate_member(k: dict[str, KeyPair]) -> bytes:
    spec = pack(k)
    m = spec.members()
    return sealed_members(spec, [m[0], m[1], m[2], m[2], *m[3:]])


def _header_declares(size: int) -> Callable[[dict[str, KeyPair]], bytes]:
    """The manifest is honest; the first document's tar header declares `size`, then the data stops."""

    def build(k: dict[str, KeyPair]) -> bytes:
        spec = pack(k, full=True)
        m = spec.members()
        liar = Member(m[4].name, m[4].data, size=size, pad=False)
        return sealed_members(spec, [*m[:4], liar])

    return build


def _manifest_declares(size: int) -> Callable[[dict[str, KeyPair]], bytes]:
    def build(k: dict[str, KeyPair]) -> bytes:
        spec = pack(k)
        stored = spec.manifest().to_bytes()
        cut = Member("manifest.json", stored[:100], size=size, pad=False)
        return seal(tar([cut], end=False), k["member1"])

    return build


def _entry_size(size: int) -> Callable[[dict[str, Any]], None]:
    def edit(document: dict[str, Any]) -> None:
        document["entries"][2]["size"] = size

    return edit


def _set(field: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def edit(document: dict[str, Any]) -> None:
        document[field] = value

    return edit


def _set_sender(field: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def edit(document: dict[str, Any]) -> None:
        document["sender"][field] = value

    return edit


def _wrong_hash(document: dict[str, Any]) -> None:
    document["entries"][1]["sha256"] = "0" * 64


def _malformed_json(k: dict[str, KeyPair]) -> bytes:
    spec = pack(k)
    stored = spec.manifest().to_bytes()[:-7] + b",,}"
    return sealed_members(spec, spec.members(manifest=stored, signature=spec.sender.sign(stored)))


def _trailing_data(k: dict[str, KeyPair]) -> bytes:
    spec = pack(k, full=True)
    return seal(spec.plain() + b"PK\x03\x04 hidden payload after the end", k["member1"])


def _bad_checksum_later(k: dict[str, KeyPair]) -> bytes:
    spec = pack(k)
    plain = bytearray(spec.plain())
    second = len(spec.members()[0].encode())  # where manifest.sig's header starts
    plain[second + 148 : second + 156] = b"0000000\0"
    return seal(bytes(plain), k["member1"])


def _pax_member(k: dict[str, KeyPair]) -> bytes:
    spec = pack(k, full=True)
    m = spec.members()
    pax = Member("././@PaxHeader", b"30 path=documents/c-0001/x.pdf\n", type=tarfile.XHDTYPE)
    return sealed_members(spec, [*m[:4], pax, *m[4:]])


def _too_many_entries(k: dict[str, KeyPair]) -> bytes:
    spec = pack(k)
    document = spec.document()
    document["entries"] = [{"name": f"{i}", "size": 0, "sha256": "0" * 64} for i in range(10_001)]
    return tar(signed_members(spec, document, []))


def _random(k: dict[str, KeyPair]) -> bytes:
    return random.Random(2026).randbytes(4096)


def _tar_gz(k: dict[str, KeyPair]) -> bytes:
    import gzip

    return gzip.compress(pack(k).plain() + bytes(32 * 1024 * 1024), compresslevel=9, mtime=0)


def _cases() -> list[Case]:
    e, m1, co = exchange, "member1", "coordinator"
    # fmt: off
    return [
        # Not ours at all, or damaged on the way
        e("empty", PACK, m1, "CORRUPT", "an empty file", lambda k: b""),
        e("random-bytes", PACK, m1, "NOT_OURS", "4 KiB of random bytes", _random),
        e("gzip-bomb", PACK, m1, "NOT_OURS", "gzip of 64 MiB of zeros; must not be inflated",
          lambda k: gzip_of_zeros(64 * 1024 * 1024)),
        e("zip-bomb", PACK, m1, "NOT_OURS", "zip of 64 MiB of zeros", lambda k: zip_of_zeros(64 * 1024 * 1024)),
        e("tar-gz-disguised", PACK, m1, "NOT_OURS", "a valid pack's tar, gzipped with 32 MiB of zeros", _tar_gz),
        e("sealed-gzip-bomb", PACK, m1, "NOT_OURS", "a gzip bomb encrypted to the member",
          lambda k: seal(gzip_of_zeros(64 * 1024 * 1024), k[m1])),
        e("truncated", PACK, m1, "CORRUPT", "a valid pack cut in half", _truncated),
        e("tampered-ciphertext", PACK, m1, "CORRUPT", "one byte of age payload flipped",
          lambda k: flip(pack(k).sealed(), 400)),
        e("bad-tar-checksum", PACK, m1, "CORRUPT", "the second tar header's checksum is wrong", _bad_checksum_later),
        # Not for this reader
        e("encrypted-to-stranger", PACK, m1, "NOT_FOR_YOU", "a valid pack encrypted to someone else",
          lambda k: pack(k).sealed(to=k["stranger"])),
        e("re-encrypted-to-member2", PACK, "member2", "NOT_FOR_YOU",
          "member1's pack decrypted and re-encrypted to member2: the manifest names member1",
          lambda k: pack(k).sealed(to=k["member2"])),
        e("plain-tar-pack", PACK, m1, "NOT_ENCRYPTED", "a valid pack's tar, never encrypted", lambda k: pack(k).plain()),
        e("card-renamed", PACK, m1, "WRONG_KIND", "member1's card renamed .prpack", lambda k: card(k).plain()),
        e("pack-as-review", PACKAGE, co, "WRONG_KIND", "a pack addressed to the coordinator, opened as a review",
          _pack_to_coordinator),
        e("pack-renamed", CARD, co, "WRONG_KIND", "an encrypted pack renamed .prcard", lambda k: pack(k).sealed()),
        # Signature
        e("swapped-signature", PACK, m1, "BAD_SIGNATURE", "manifest.sig taken from another pack", _swapped_signature),
        e("edited-after-signing", PACK, m1, "BAD_SIGNATURE", "revision changed in the signed manifest",
          _edited_after_signing),
        e("missing-signature", PACK, m1, "BAD_SIGNATURE", "no manifest.sig entry", _drop(1)),
        e("card-name-changed", CARD, co, "BAD_SIGNATURE", "a card whose name was edited after signing",
          _card_renamed),
        # Altered contents
        e("altered-entry-resealed", PACK, m1, "ALTERED",
          "a document changed, manifest and signature kept, re-encrypted", _altered_then_resealed),
        e("entry-hash-mismatch", PACK, m1, "ALTERED", "the signed manifest lists a wrong SHA-256",
          lambda k: edited(pack(k), _wrong_hash)),
        e("missing-entry", PACK, m1, "ALTERED", "template.json left out", _drop(3)),
        e("missing-manifest", PACK, m1, "NOT_OURS", "no manifest.json: the tar starts with round.json", _drop(0)),
        e("extra-entry", PACK, m1, "ALTERED", "an entry the manifest does not list", _extra_entry),
        e("reordered-entries", PACK, m1, "ALTERED", "template.json before round.json", _reordered),
        e("trailing-data", PACK, m1, "ALTERED", "bytes after the end-of-archive marker", _trailing_data),
        e("fingerprint-mismatch", PACK, m1, "ALTERED", "sender fingerprint is not the keys' fingerprint",
          lambda k: edited(pack(k), _set_sender("fingerprint", k["stranger"].public.fingerprint()))),
        # Unsafe members
        e("dotdot-entry", PACK, m1, "UNSAFE_ENTRY", "an entry named ../../evil.txt", _with_entry("../../evil.txt")),
        e("absolute-entry", PACK, m1, "UNSAFE_ENTRY", "an entry named /etc/passwd", _with_entry("/etc/passwd")),
        e("backslash-entry", PACK, m1, "UNSAFE_ENTRY", r"an entry named ..\evil.txt", _with_entry("documents\\evil")),
        e("control-char-entry", PACK, m1, "UNSAFE_ENTRY", "an entry name with an escape sequence",
          _with_entry("documents/c-0001/\x1b[31m.pdf")),
        e("duplicate-in-manifest", PACK, m1, "UNSAFE_ENTRY", "the manifest lists round.json twice",
          lambda k: edited(pack(k), lambda d: d["entries"].insert(1, dict(d["entries"][0])))),
        e("duplicate-member", PACK, m1, "UNSAFE_ENTRY", "round.json twice in the tar", _duplicate_member),
        e("symlink-member", PACK, m1, "UNSAFE_ENTRY", "a symbolic link to /etc/passwd",
          _not_regular(Member(p.document_entry(p.uid_of("c-0001")), type=tarfile.SYMTYPE, linkname="/etc/passwd"))),
        e("hardlink-member", PACK, m1, "UNSAFE_ENTRY", "a hard link to round.json",
          _not_regular(Member(p.document_entry(p.uid_of("c-0001")), type=tarfile.LNKTYPE, linkname="round.json"))),
        e("directory-member", PACK, m1, "UNSAFE_ENTRY", "a directory member",
          _not_regular(Member("documents/c-0001", type=tarfile.DIRTYPE))),
        e("device-member", PACK, m1, "UNSAFE_ENTRY", "a character device", _not_regular(Member("zero",
          type=tarfile.CHRTYPE))),
        e("pax-header", PACK, m1, "UNSAFE_ENTRY", "a pax extended header renaming the next member", _pax_member),
        # Limits
        e("manifest-declares-2gb", PACK, m1, "TOO_LARGE", "the signed manifest says one document is 2 GB",
          lambda k: edited(pack(k), _entry_size(2 * 1024**3))),
        e("header-declares-2gb", PACK, m1, "TOO_LARGE", "a tar header says 2 GB, then the file ends",
          _header_declares(2 * 1024**3)),
        e("manifest-json-2mb", PACK, m1, "TOO_LARGE", "manifest.json's header says 2 MiB",
          _manifest_declares(2 * 1024**2)),
        e("too-many-entries", PACK, m1, "TOO_LARGE", "the manifest lists 10,001 entries (left unencrypted "
          "so the repository can compress it; the count is refused first)", _too_many_entries),
        # Manifest fields
        e("format-version-2", PACK, m1, "NEWER_FORMAT", "format_version 2", lambda k: edited(pack(k),
          _set("format_version", 2))),
        e("card-format-version-2", CARD, co, "NEWER_FORMAT", "a card with format_version 2",
          lambda k: edited(card(k), _set("format_version", 2))),
        e("other-format", PACK, m1, "NOT_OURS", "format is not panel-review", lambda k: edited(pack(k),
          _set("format", "other-app"))),
        e("malformed-json", PACK, m1, "MALFORMED", "manifest.json is not JSON (signed anyway)", _malformed_json),
        e("unknown-field", PACK, m1, "MALFORMED", "an extra manifest field", lambda k: edited(pack(k),
          _set("priority", "high"))),
        e("revision-zero", PACK, m1, "MALFORMED", "revision 0", lambda k: edited(pack(k), _set("revision", 0))),
        e("pack-from-member-role", PACK, m1, "MALFORMED", "a pack whose sender says it is a member",
          lambda k: edited(pack(k), _set_sender("role", "member"))),
    ]
    # fmt: on


def _card_renamed(k: dict[str, KeyPair]) -> bytes:
    spec = card(k)
    stored = spec.manifest().to_bytes()
    return tar(spec.members(manifest=stored.replace(b"Aled", b"Alex"), signature=spec.sender.sign(stored)))


def _named_card(k: dict[str, KeyPair], name: str) -> bytes:
    """A stranger's correctly signed card under `name`: a trusted format, a hostile name."""
    return Spec(CARD, k["stranger"], name, "member", None, None, 1).plain()


def _pack_to_coordinator(k: dict[str, KeyPair]) -> bytes:
    spec = pack(k)
    spec.recipient = k["coordinator"]
    return spec.sealed()


# What each profile holds before a service-level file is opened; the service test builds
# each of these through the services (tests/services/test_hostile_files.py).
ROUNDS = (
    "the coordinator's round (c-0001, c-0002 to member1; c-0003, c-0004 to member2) and the "
    "earlier round (c-0001, c-0002 to member1); member1 and member2 enrolled and confirmed"
)
NOTHING = "a new profile that holds nothing yet (the coordinator's fingerprint is confirmed when asked)"
PINNED = "member1 took pack-member1 (revision 2), confirming and pinning the coordinator's key"
REVOKED = "as for the rounds, then member2's access withdrawn"
AFTER_REVIEW = "as for the rounds, then review-member1 (revision 2) accepted"
EARLIER_TAKEN = "as for the rounds, then this very file accepted into the earlier round"
AFTER_CHAINED_REVIEW = (
    "as for the rounds, then review-member1-chained (revision 2, its audit chain of two entries) accepted"
)
RECEIPT_TAKEN = "as for the rounds, then receipt-member1 (member1's erasure receipt for the round) accepted"
SETUPS = (ROUNDS, NOTHING, PINNED, REVOKED, AFTER_REVIEW, EARLIER_TAKEN, AFTER_CHAINED_REVIEW, RECEIPT_TAKEN)


def _chain(*labels: str) -> list[str]:
    """Stand-ins for a member's audit chain: one SHA-256 per entry, named by a label."""
    return [hashlib.sha256(label.encode()).hexdigest() for label in labels]


def _service_cases() -> list[Case]:
    s, m1, co, coordinator_name = service, "member1", "coordinator", NAMES["coordinator"][0]

    def accepted_after(stem: str, kind: str, who: str, setup: str, what: str,
                       build: Callable[[Any], bytes]) -> Case:  # fmt: skip
        return Case(stem, kind, who, {"accepted": "valid baseline", "setup": setup}, what, build)

    a = accepted_after
    # fmt: off
    return [
        a("card-member1", CARD, co, NOTHING, "member1's card", lambda k: card(k).plain()),
        a("card-member2", CARD, co, NOTHING, "member2's card", lambda k: card(k, "member2").plain()),
        a("pack-member1", PACK, m1, NOTHING, "member1's pack, revision 2", lambda k: pack(k, full=True).sealed()),
        a("review-member1", PACKAGE, co, ROUNDS, "member1's review, revision 2", lambda k: review(k).sealed()),
        a("review-member2", PACKAGE, co, ROUNDS, "member2's review, revision 2",
          lambda k: review(k, "member2").sealed()),
        a("review-member1-chained", PACKAGE, co, ROUNDS,
          "member1's review, revision 2, carrying an audit chain of two entries (format 3)",
          lambda k: review(k, note_language="en", audit=_chain("entry 1", "entry 2")).sealed()),
        s("review-rewritten-log", PACKAGE, co, "audit_flag:rewritten", AFTER_CHAINED_REVIEW,
          "member1's review, revision 3, whose audit chain no longer holds the head revision 2 carried: "
          "the log was rewritten with the key in between; taken, but flagged",
          lambda k: review(k, revision=3, note_language="en",
                           audit=_chain("entry 1, rewritten", "entry 2 after it", "entry 3")).sealed()),
        s("card-coordinator", CARD, co, "not_a_member", NOTHING,
          "a coordinator's card offered for the roster of members", lambda k: card(k, co).plain()),
        s("card-name-direction-override", CARD, co, "name:direction", NOTHING,
          "a stranger's card named \"Aled \u202eJones\": a right-to-left override shows the name reversed",
          lambda k: _named_card(k, "Aled \u202eJones")),
        s("card-name-only-invisible", CARD, co, "name:empty", NOTHING,
          "a stranger's card whose name is three zero-width spaces: a blank row in the roster",
          lambda k: _named_card(k, "\u200b\u200b\u200b")),
        s("card-name-looks-like-member1", CARD, co, "same_name", ROUNDS,
          "a stranger's card named Aled Jones with a Cyrillic A and o, while member1 is enrolled",
          lambda k: _named_card(k, "\u0410led J\u043enes")),
        s("pack-from-stranger", PACK, m1, "coordinator_key_changed", PINNED,
          "a valid pack for the pinned coordinator's round, signed by a stranger",
          lambda k: pack(k, sender="stranger", full=True).sealed()),
        s("pack-impersonating-coordinator", PACK, m1, "coordinator_key_changed", PINNED,
          "a valid pack for a new round, signed by a stranger under the coordinator's name",
          lambda k: pack(k, sender="stranger", name=coordinator_name, round_uid=p.UNKNOWN_ROUND, full=True).sealed()),
        s("pack-from-new-coordinator", PACK, m1, "not_confirmed", PINNED,
          "a valid pack for a new round from another coordinator: taken only once its fingerprint is confirmed",
          lambda k: pack(k, sender="stranger", round_uid=p.UNKNOWN_ROUND, full=True).sealed()),
        s("pack-downgraded-revision", PACK, m1, "older_revision", PINNED,
          "member1's pack, revision 1", lambda k: pack(k, revision=1, full=True).sealed()),
        s("pack-template-differs", PACK, m1, "template_differs", NOTHING,
          "round.json names a template SHA-256 that template.json does not have",
          lambda k: pack(k, template_sha="cd" * 32, full=True).sealed()),
        s("review-from-unenrolled", PACKAGE, co, "not_on_roster", ROUNDS,
          "a valid review signed by a stranger, who was never enrolled",
          lambda k: review(k, "stranger", ["c-0001"]).sealed()),
        s("review-from-revoked", PACKAGE, co, "revoked", REVOKED,
          "a valid review from a member whose access was withdrawn", lambda k: review(k, "member2").sealed()),
        s("review-unknown-round", PACKAGE, co, "unknown_round", ROUNDS,
          "a review for a round the coordinator never created",
          lambda k: review(k, round_uid=p.UNKNOWN_ROUND).sealed()),
        s("review-round-mismatch", PACKAGE, co, "wrong_round", ROUNDS,
          "the manifest names the round, review.json the earlier round",
          lambda k: review(k, round_uid=p.EARLIER_ROUND, manifest_round=p.ROUND).sealed()),
        s("review-replayed-other-round", PACKAGE, co, "duplicate", EARLIER_TAKEN,
          "member1's genuine review of the earlier round, sent again: it can only ever count for "
          "that round, where it is already taken", lambda k: review(k, round_uid=p.EARLIER_ROUND).sealed()),
        s("review-cases-not-assigned", PACKAGE, co, "not_assigned", ROUNDS,
          "member1 answers c-0003, which is member2's", lambda k: review(k, cases=["c-0001", "c-0003"]).sealed()),
        s("review-template-differs", PACKAGE, co, "template_differs", ROUNDS,
          "review.json names another template SHA-256", lambda k: review(k, template_sha="ab" * 32).sealed()),
        s("review-downgraded-revision", PACKAGE, co, "superseded", AFTER_REVIEW,
          "member1's review, revision 1", lambda k: review(k, revision=1).sealed()),
        s("review-duplicate", PACKAGE, co, "duplicate", AFTER_REVIEW,
          "review-member1 again: byte for byte the same file", lambda k: review(k).sealed()),
        s("review-revision-reused", PACKAGE, co, "revision_reused", AFTER_REVIEW,
          "another review from member1 under the same revision 2",
          lambda k: review(k, note="Changed after sending.").sealed()),
        s("pack-template-version-5000-digits", PACK, m1, "bad_template", NOTHING,
          "template.json gives its version as a number of 5,000 digits (round.json has its true SHA-256)",
          _pack_template_version_5000_digits),
        s("review-template-version-5000-digits", PACKAGE, co, "unreadable_contents", ROUNDS,
          "review.json names its template's version as a number of 5,000 digits",
          _review_template_version_5000_digits),
        *_off_checklist_cases(),
        *_citation_cases(),
        *_receipt_cases(),
    ]
    # fmt: on


def _swapped_receipt_signature(k: dict[str, KeyPair]) -> bytes:
    """member1's receipt whose manifest.sig is the signature of member1's review package."""
    spec, other = receipt(k), review(k)
    return sealed_members(spec, spec.members(signature=other.sender.sign(other.manifest().to_bytes())))


def _receipt_cases() -> list[Case]:
    """Erasure receipts the coordinator must not record: forged, replayed into another
    round, from a withdrawn or unknown member, naming someone else, or unreadable."""
    s, co, r = service, "coordinator", receipt
    # fmt: off
    return [
        Case("receipt-member1", RECEIPT, co, {"accepted": "valid baseline", "setup": ROUNDS},
             "member1's erasure receipt for the round", lambda k: r(k).sealed()),
        Case("receipt-swapped-signature", RECEIPT, co, {"exchange": "BAD_SIGNATURE", "setup": ROUNDS},
             "member1's receipt whose manifest.sig was taken from member1's review package",
             _swapped_receipt_signature),
        s("receipt-from-unenrolled", RECEIPT, co, "not_on_roster", ROUNDS,
          "a receipt signed by a stranger whose key is not on the roster, under member1's name",
          lambda k: Spec(RECEIPT, k["stranger"], NAMES["member1"][0], "member", k["coordinator"], p.ROUND, 1,
                         [("receipt.json", p.receipt_json(fingerprint=k["stranger"].public.fingerprint()))]).sealed()),
        s("receipt-from-revoked", RECEIPT, co, "revoked", REVOKED,
          "a valid receipt from member2, whose access was withdrawn", lambda k: r(k, "member2").sealed()),
        s("receipt-round-mismatch", RECEIPT, co, "wrong_round", ROUNDS,
          "the signed manifest names the round, receipt.json the earlier round",
          lambda k: r(k, round_uid=p.EARLIER_ROUND, manifest_round=p.ROUND).sealed()),
        s("receipt-replayed-other-round", RECEIPT, co, "duplicate", EARLIER_TAKEN,
          "member1's genuine receipt for the earlier round, presented again for the round: it can only ever "
          "count for the earlier round, where it is already taken",
          lambda k: r(k, round_uid=p.EARLIER_ROUND).sealed()),
        s("receipt-not-in-round", RECEIPT, co, "not_in_round", ROUNDS,
          "member2's receipt for the earlier round, in which member2 was given no cases",
          lambda k: r(k, "member2", round_uid=p.EARLIER_ROUND).sealed()),
        s("receipt-unknown-round", RECEIPT, co, "unknown_round", ROUNDS,
          "a receipt for a round the coordinator never created", lambda k: r(k, round_uid=p.UNKNOWN_ROUND).sealed()),
        s("receipt-names-other-member", RECEIPT, co, "receipt_not_signer", ROUNDS,
          "member1's signed receipt naming member2's fingerprint as the member who erased",
          lambda k: r(k, fingerprint=k["member2"].public.fingerprint()).sealed()),
        s("receipt-negative-count", RECEIPT, co, "unreadable_contents", ROUNDS,
          "receipt.json says -1 documents were erased",
          lambda k: r(k, counts={"cases": 2, "documents": -1, "answers": 6, "notes": 2}).sealed()),
        s("receipt-with-case-text", RECEIPT, co, "unreadable_contents", ROUNDS,
          "receipt.json carries a field the format does not have (a case summary)",
          lambda k: r(k, summary=p.SUMMARY).sealed()),
        s("receipt-not-json", RECEIPT, co, "unreadable_contents", ROUNDS,
          "receipt.json is not JSON", lambda k: _receipt_entry(k, b"erased: yes")),
        s("receipt-second-different", RECEIPT, co, "receipt_taken", RECEIPT_TAKEN,
          "another receipt from member1 for the same round, erased a day later: the first is kept",
          lambda k: r(k, erased_at="2026-03-15T09:00:00Z").sealed()),
        s("receipt-duplicate", RECEIPT, co, "duplicate", RECEIPT_TAKEN,
          "receipt-member1 again: byte for byte the same file", lambda k: r(k).sealed()),
    ]
    # fmt: on


def _receipt_entry(k: dict[str, KeyPair], data: bytes) -> bytes:
    spec = receipt(k)
    spec.entries = [("receipt.json", data)]
    return spec.sealed()


def _long_version(document: bytes) -> bytes:
    long_version = re.sub(rb'"version": *\d+', b'"version":' + b"9" * 5000, document, count=1)
    assert long_version != document
    return long_version


def _pack_template_version_5000_digits(k: dict[str, KeyPair]) -> bytes:
    body = _long_version(p.TEMPLATE)
    spec = pack(k, full=True, template_sha=p.template_sha(body))
    spec.entries[1] = ("template.json", body)
    return spec.sealed()


def _review_template_version_5000_digits(k: dict[str, KeyPair]) -> bytes:
    spec = review(k)
    spec.entries = [("review.json", _long_version(spec.entries[0][1]))]
    return spec.sealed()


def _off(stem: str, code: str, what: str, *changed: dict[str, Any]) -> Case:
    """member1's review, correctly signed, with `changed` answers in its first case (c-0001);
    a package in version 2 when an answer marks its note's language."""
    later = {"note_language": "en"} if any("note_language" in a for a in changed) else {}
    return service(f"review-{stem}", PACKAGE, "coordinator", code, ROUNDS, what,
                   lambda k: review(k, changed=list(changed), **later).sealed())  # fmt: skip


def _cited(citation: dict[str, Any]) -> Callable[[dict[str, KeyPair]], bytes]:
    """member1's review in format 5, whose answer on hcso_contact_in_time in its first case
    (c-0001) cites `citation`; every other answer cites nothing."""

    def build(k: dict[str, KeyPair]) -> bytes:
        spec = review(k, note_language="en", audit=_chain("entry 1", "entry 2"))
        document = json.loads(spec.entries[0][1])
        document["changes"] = []
        for case in document["cases"]:
            for given in case["answers"]:
                given["citations"] = []
        first = document["cases"][0]["answers"]
        next(a for a in first if a["question"] == "hcso_contact_in_time")["citations"] = [citation]
        spec.entries = [("review.json", p.canonical(document))]
        spec.format_version = 5
        return spec.sealed()

    return build


def _citation_cases() -> list[Case]:
    """Citations (format 5) the case's documents cannot bear; and the baseline that can."""
    co = "coordinator"
    # fmt: off
    return [
        accepted("review-cites-page-1", PACKAGE, co,
                 "member1's review in format 5, citing page 1 of the case's one document with a quote",
                 _cited({"document": 1, "page": 1, "quote": "Contact made after 52 hours"})),
        service("review-cites-other-document", PACKAGE, co, "answer_cites_other_document", ROUNDS,
                "a citation of document 2 of a case that has one document",
                _cited({"document": 2, "page": 1, "quote": ""})),
        service("review-cites-missing-page", PACKAGE, co, "answer_cites_missing_page", ROUNDS,
                "a citation of page 2 of a one-page document",
                _cited({"document": 1, "page": 2, "quote": ""})),
        service("review-quote-too-long", PACKAGE, co, "answer_quote_too_long", ROUNDS,
                "a citation quoting 501 characters",
                _cited({"document": 1, "page": 1, "quote": "x" * 501})),
    ]
    # fmt: on


def _off_checklist_cases() -> list[Case]:
    """Answers the round's frozen checklist (hate-crime, version 4) does not allow, each
    refused with its own message naming the case and question."""
    a, long = p.answer, 100_001
    # fmt: off
    return [
        _off("unknown-question", "answer_unknown_question", "an answer to a question id the checklist does not have",
             a("force_used_reasonably", "yes")),
        _off("banana", "answer_not_a_choice", "\"banana\" as the answer to a yes/no question",
             a("hostility_recorded", "banana")),
        _off("multi-unknown-code", "answer_not_a_choice", "a strand the multi-choice question does not offer",
             a("strands_recorded", ["race", "banana"])),
        _off("one-code-for-multi", "answer_wrong_type", "one code, not a list, for a multi-choice question",
             a("strands_recorded", "race")),
        _off("list-for-yes-no", "answer_wrong_type", "a list of codes for a yes/no question",
             a("hostility_recorded", ["yes", "no"])),
        _off("number-as-answer", "answer_wrong_type", "the number 1 as the answer to a yes/no question",
             a("hostility_recorded", 1)),
        _off("text-for-choice", "answer_text_not_asked", "a sentence of free text for a choice question",
             a("overall_rating", "Mostly fine, some gaps =HYPERLINK(\"http://x\")")),
        _off("hours-not-asked", "answer_hours_not_asked", "8,760 hours on a question with no hours field",
             a("hostility_recorded", "yes", hours=8760)),
        _off("hours-negative", "answer_hours_negative", "-52 hours on the hours question",
             a("hcso_contact_in_time", "no", hours=-52, note="Late.")),
        _off("hours-text", "answer_hours_not_a_number", "hours given as the text \"52\"",
             a("hcso_contact_in_time", "no", hours="52", note="Late.")),
        _off("hours-fraction", "answer_hours_not_a_number", "hours given as 52.5",
             a("hcso_contact_in_time", "no", hours=52.5, note="Late.")),
        _off("hours-absurd", "answer_hours_too_many", "8,761 hours: more than a year",
             a("hcso_contact_in_time", "no", hours=8761, note="Late.")),
        _off("hidden-question", "answer_hidden_question",
             "an answer to risk_level, which the checklist hides when the risk assessment was not evidenced",
             a("risk_assessment_evidenced", "no", note="No assessment on file."), a("risk_level", "high")),
        _off("hidden-hours-question", "answer_hidden_question",
             "hcso_contact_in_time answered although the HCSO was not offered, which hides it",
             a("hcso_offered", "not_offered", note="Not offered.")),
        _off("note-too-long", "answer_note_too_long", "a note of 100,001 characters",
             a("hostility_recorded", "yes", note="x" * long)),
        _off("text-answer-too-long", "answer_too_long", "a written answer of 100,001 characters",
             a("good_practice", "x" * long)),
        _off("note-language-unknown", "answer_note_language",
             "a version-2 package marking a note as written in French (\"fr\")",
             a("hcso_contact_in_time", "no", hours=52, note="Trop tard.", note_language="fr")),
    ]
    # fmt: on


def build() -> list[dict[str, Any]]:
    keys = load_keys()
    FILES.mkdir(exist_ok=True)
    for old in FILES.iterdir():
        old.unlink()
    listed = []
    for case in _cases() + _service_cases():
        (FILES / case.file).write_bytes(case.build(keys))
        listed.append({"file": case.file, "kind": case.kind, "opened_by": case.opened_by,
                       "expect": case.expect, "what": case.what})  # fmt: skip
    CORPUS.write_text(json.dumps({"files": listed}, indent=1, ensure_ascii=False) + "\n")
    return listed


if __name__ == "__main__":
    if "--new-keys" in sys.argv:
        new_keys()
    print(f"{len(build())} files in {FILES.relative_to(ROOT)}")
