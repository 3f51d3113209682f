"""The manifest parser accepts exactly what the writer produces and nothing looser."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import pytest

from desktop.exchange.errors import ExchangeError, Reason
from desktop.exchange.keys import KeyPair
from desktop.exchange.manifest import CARD, PACK, PACKAGE, EntryInfo, Manifest, Sender, parse_manifest

HASH = "ab" * 32


def a_pack(coordinator: KeyPair, member: KeyPair) -> Manifest:
    sender = Sender("Swyddfa'r Comisiynydd", "coordinator", coordinator.public)
    entries = (EntryInfo("round.json", 10, HASH), EntryInfo("documents/c-1/1-ffeil-â.pdf", 0, HASH))
    return Manifest(
        PACK, datetime(2026, 3, 1, 9, 30, 5), sender, member.public.fingerprint(), "R-1", 4, entries
    )


def document(coordinator: KeyPair, member: KeyPair) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(a_pack(coordinator, member).to_bytes())
    return loaded


def refused(data: dict[str, Any] | bytes) -> Reason:
    raw = data if isinstance(data, bytes) else json.dumps(data).encode()
    with pytest.raises(ExchangeError) as error:
        parse_manifest(raw)
    return error.value.reason


def test_a_manifest_reads_back_as_written(coordinator: KeyPair, member: KeyPair) -> None:
    manifest = a_pack(coordinator, member)
    stored = manifest.to_bytes()
    assert parse_manifest(stored) == manifest
    text = stored.decode()
    assert '"created":"2026-03-01T09:30:05Z"' in text and '"format_version":1' in text
    assert "ffeil-â" in text  # UTF-8 as is, not \\u escapes


def test_a_card_manifest_has_no_recipient_round_or_entries(coordinator: KeyPair) -> None:
    card = Manifest(CARD, datetime(2026, 1, 1), Sender("A", "member", coordinator.public), None, None, 1, ())
    assert parse_manifest(card.to_bytes()) == card
    with_entries = json.loads(card.to_bytes())
    with_entries["entries"] = [{"name": "x", "size": 0, "sha256": HASH}]
    assert refused(with_entries) is Reason.MALFORMED


@pytest.mark.parametrize(
    ("path", "value", "reason"),
    [
        (("format_version",), 2, Reason.NEWER_FORMAT),
        (("format_version",), True, Reason.MALFORMED),
        (("format_version",), 0, Reason.MALFORMED),
        (("format",), "zip", Reason.NOT_OURS),
        (("kind",), "letter", Reason.MALFORMED),
        (("created",), "2026-03-01 09:30:05", Reason.MALFORMED),
        (("revision",), True, Reason.MALFORMED),
        (("revision",), 1.5, Reason.MALFORMED),
        (("recipient",), "12345", Reason.MALFORMED),
        (("round_uid",), None, Reason.MALFORMED),
        (("sender", "role"), "admin", Reason.MALFORMED),
        (("sender", "name"), "", Reason.MALFORMED),
        (("sender", "fingerprint"), "00000 00000 00000 00000 00000 00000", Reason.ALTERED),
        (("sender", "signing_key"), "AAAA", Reason.MALFORMED),
        (("entries", 0, "size"), -1, Reason.MALFORMED),
        (("entries", 0, "size"), 512 * 1024**2 + 1, Reason.TOO_LARGE),
        (("entries", 0, "sha256"), "AB" * 32, Reason.MALFORMED),
        (("entries", 0, "name"), "a/../b", Reason.UNSAFE_ENTRY),
        (("entries", 0, "name"), "manifest.json", Reason.UNSAFE_ENTRY),
        (("entries", 0, "name"), "documents//x", Reason.UNSAFE_ENTRY),
        (("entries", 0, "name"), "C:evil", Reason.UNSAFE_ENTRY),
        (("entries", 0, "name"), "x" * 201, Reason.UNSAFE_ENTRY),
        (("entries", 0, "name"), "report\u202efdp.exe", Reason.UNSAFE_ENTRY),
        (("entries", 0, "extra"), 1, Reason.MALFORMED),
        (("sender", "extra"), 1, Reason.MALFORMED),
        (("extra",), 1, Reason.MALFORMED),
    ],
)
def test_each_wrong_field_is_refused_for_its_reason(
    coordinator: KeyPair, member: KeyPair, path: tuple[Any, ...], value: object, reason: Reason
) -> None:
    data = document(coordinator, member)
    target = data
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    assert refused(data) is reason


def test_missing_fields_repeated_keys_and_non_json_are_malformed(
    coordinator: KeyPair, member: KeyPair
) -> None:
    data = document(coordinator, member)
    del data["round_uid"]
    assert refused(data) is Reason.MALFORMED
    stored = a_pack(coordinator, member).to_bytes()
    assert refused(stored.replace(b'"revision":4', b'"revision":4,"revision":5')) is Reason.MALFORMED
    assert refused(b"\xff\xfe{}") is Reason.MALFORMED
    assert refused(b"[1, 2]") is Reason.MALFORMED
    assert refused(b"[" * 100_000) is Reason.MALFORMED


def test_a_newer_format_is_named_even_when_its_fields_are_unknown() -> None:
    assert refused({"format": "panel-review", "format_version": 7, "whatever": {}}) is Reason.NEWER_FORMAT


def test_a_review_package_is_written_in_version_5_and_versions_1_to_4_still_read(
    coordinator: KeyPair, member: KeyPair
) -> None:
    """Version 2 of a package marks each note's language and version 3 carries the audit
    chain, version 4 the changes made after a case was reopened, version 5 the pages each
    answer cites; an older package still
    reads, saying its version so its review.json is read as
    that version wrote it."""
    sender = Sender("Aelod", "member", member.public)
    package = Manifest(PACKAGE, datetime(2026, 3, 1), sender, coordinator.public.fingerprint(), "R-1", 1, ())
    written = json.loads(package.to_bytes())
    assert written["format_version"] == 5
    assert parse_manifest(package.to_bytes()).version == 5
    for older in (1, 2, 3, 4):
        written["format_version"] = older
        assert parse_manifest(json.dumps(written).encode()).version == older
    written["format_version"] = 6
    assert refused(written) is Reason.NEWER_FORMAT
    pack = document(coordinator, member)
    assert pack["format_version"] == 1  # a pack has not changed: an older member's app reads it
    pack["format_version"] = 2
    assert refused(pack) is Reason.NEWER_FORMAT
