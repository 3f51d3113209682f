"""Writing and reading containers, checked against the reference age and openssl tools."""

from __future__ import annotations

import io
import subprocess
import tarfile
import threading
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from desktop.exchange.card import read_card, write_card
from desktop.exchange.container import (
    ExportCancelled,
    Outgoing,
    inspect_file,
    read_container,
)
from desktop.exchange.errors import ExchangeError, Reason
from desktop.exchange.keys import KeyPair
from desktop.exchange.manifest import CARD, PACK, PACKAGE
from tests.exchange.conftest import WritePack, outgoing, sample_entries


def read_all(path: Path, kind: str, identity: KeyPair | None) -> dict[str, bytes]:
    with read_container(path, kind=kind, identity=identity) as reader:
        return {info.name: data for info, data in reader.entries()}


def tar_members(data: bytes) -> list[tuple[str, bytes]]:
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:") as archive:
        return [(m.name, archive.extractfile(m).read()) for m in archive.getmembers()]  # type: ignore[union-attr]


def test_a_card_round_trips_and_is_a_plain_self_signed_tar(tmp_path: Path, member: KeyPair) -> None:
    path = tmp_path / "aled.prcard"
    written = write_card(path, member, "Aled Jones", "member")
    card = read_card(path)
    assert card == written and card.keys == member.public and card.fingerprint == member.public.fingerprint()
    names = [name for name, _ in tar_members(path.read_bytes())]
    assert names == ["manifest.json", "manifest.sig"]
    with read_container(path, kind=CARD, identity=None) as reader:
        assert reader.manifest.entries == () and reader.manifest.recipient is None


def test_a_pack_and_a_package_round_trip(
    tmp_path: Path, write_pack: WritePack, write_package: WritePack, member: KeyPair, coordinator: KeyPair
) -> None:
    entries = sample_entries()
    manifest = write_pack(tmp_path / "a.prpack", entries)
    assert read_all(tmp_path / "a.prpack", PACK, member) == entries
    assert [e.name for e in manifest.entries] == list(entries)
    write_package(tmp_path / "a.prreview", {"review.json": b'{"cases": []}'})
    with read_container(tmp_path / "a.prreview", kind=PACKAGE, identity=coordinator) as reader:
        assert reader.manifest.revision == 3 and reader.manifest.sender.role == "member"
        assert [(i.name, d) for i, d in reader.entries()] == [("review.json", b'{"cases": []}')]


def test_the_reference_age_tool_decrypts_a_pack_to_the_documented_tar(
    tmp_path: Path, write_pack: WritePack, member: KeyPair
) -> None:
    entries = sample_entries()
    write_pack(tmp_path / "a.prpack", entries)
    identity = tmp_path / "identity.txt"
    identity.write_text(member.encryption_identity + "\n")
    plain = subprocess.run(["age", "-d", "-i", str(identity), str(tmp_path / "a.prpack")],
                           capture_output=True, check=True).stdout  # fmt: skip
    members = tar_members(plain)
    assert [name for name, _ in members] == ["manifest.json", "manifest.sig", *entries]
    assert dict(members[2:]) == entries
    with tarfile.open(fileobj=io.BytesIO(plain), mode="r:") as archive:
        assert all(m.isreg() for m in archive.getmembers())


def test_openssl_verifies_a_card_signature_with_the_key_from_the_card(
    tmp_path: Path, member: KeyPair
) -> None:
    card_path = tmp_path / "aled.prcard"
    card = write_card(card_path, member, "Aled Jones", "member")
    members = dict(tar_members(card_path.read_bytes()))
    (tmp_path / "manifest.json").write_bytes(members["manifest.json"])
    (tmp_path / "manifest.sig").write_bytes(members["manifest.sig"])
    pem = Ed25519PublicKey.from_public_bytes(card.keys.signing_key).public_bytes(
        Encoding.PEM, PublicFormat.SubjectPublicKeyInfo
    )
    (tmp_path / "pub.pem").write_bytes(pem)

    def verify(message: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["openssl", "pkeyutl", "-verify", "-rawin", "-pubin", "-inkey", "pub.pem",
                               "-sigfile", "manifest.sig", "-in", message], cwd=tmp_path, capture_output=True,
                              text=True)  # fmt: skip

    good = verify("manifest.json")
    assert good.returncode == 0 and "Signature Verified Successfully" in good.stdout
    (tmp_path / "edited.json").write_bytes(members["manifest.json"].replace(b"Aled", b"Alex"))
    assert verify("edited.json").returncode != 0


def test_a_tar_encrypted_by_the_age_tool_reads_like_our_own(
    tmp_path: Path, write_pack: WritePack, member: KeyPair
) -> None:
    """Our decryption path is plain age: re-encrypting the plaintext with the CLI changes nothing."""
    entries = sample_entries()
    write_pack(tmp_path / "a.prpack", entries)
    (tmp_path / "id.txt").write_text(member.encryption_identity + "\n")
    plain = subprocess.run(["age", "-d", "-i", "id.txt", "a.prpack"], cwd=tmp_path, capture_output=True,
                           check=True).stdout  # fmt: skip
    subprocess.run(["age", "-r", member.public.encryption_key, "-o", "b.prpack"], input=plain, cwd=tmp_path,
                   check=True)  # fmt: skip
    assert read_all(tmp_path / "b.prpack", PACK, member) == entries


def test_progress_counts_hashing_then_writing(tmp_path: Path, write_pack: WritePack) -> None:
    seen: list[tuple[int, int]] = []
    write_pack(
        tmp_path / "a.prpack", sample_entries(), progress=lambda done, total: seen.append((done, total))
    )
    assert seen == [(n, 8) for n in range(1, 9)]


@pytest.mark.parametrize("stop_after", [0, 3, 7, 8])
def test_a_cancelled_export_leaves_no_file(tmp_path: Path, write_pack: WritePack, stop_after: int) -> None:
    asked = iter(range(100))
    target = tmp_path / "a.prpack"
    target.write_bytes(b"an older export")
    with pytest.raises(ExportCancelled):
        write_pack(target, sample_entries(), cancelled=lambda: next(asked) >= stop_after)
    assert [p.name for p in tmp_path.iterdir()] == ["a.prpack"]
    assert target.read_bytes() == b"an older export"


def test_a_failing_or_changing_entry_leaves_no_file(tmp_path: Path, write_pack: WritePack) -> None:
    loads = iter([b"first", b"second"])
    changing = [Outgoing("round.json", lambda: next(loads))]
    with pytest.raises(ValueError, match="changed"):
        write_pack(tmp_path / "a.prpack", {}, entries=changing)

    def broken() -> bytes:
        raise OSError("the document could not be read")

    with pytest.raises(OSError, match="could not be read"):
        write_pack(tmp_path / "a.prpack", {}, entries=[Outgoing("round.json", broken)])
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["../x", "/x", "a\\b", "manifest.sig", "a//b", "x" * 201, "d/" + "y" * 150])
def test_the_writer_refuses_names_the_reader_would_refuse(
    tmp_path: Path, write_pack: WritePack, name: str
) -> None:
    with pytest.raises(ValueError):
        write_pack(tmp_path / "a.prpack", {name: b"x"})
    assert list(tmp_path.iterdir()) == []


def test_the_writer_refuses_a_card_with_a_recipient_and_a_pack_without(
    tmp_path: Path, write_pack: WritePack, member: KeyPair
) -> None:
    with pytest.raises(ValueError):
        write_pack(tmp_path / "a.prpack", {}, recipient=None)
    with pytest.raises(ValueError):
        write_pack(tmp_path / "a.prcard", {}, kind=CARD, round_uid=None)


def test_stopping_early_or_failing_inside_joins_the_decrypting_thread(
    tmp_path: Path, write_pack: WritePack, member: KeyPair
) -> None:
    big = {f"documents/c-1/{n}-d.pdf": bytes([n]) * 3_000_000 for n in range(6)}
    write_pack(tmp_path / "a.prpack", big)
    # Threads this test started and left running; a thread another test left behind may
    # end meanwhile (the suite's workers run many files), which counting threads took for
    # a leak the wrong way round.
    before = set(threading.enumerate())

    def left_running() -> set[threading.Thread]:
        return set(threading.enumerate()) - before

    with read_container(tmp_path / "a.prpack", kind=PACK, identity=member) as reader:
        for _ in reader.entries():
            break
    assert left_running() == set()
    with pytest.raises(KeyError), read_container(tmp_path / "a.prpack", kind=PACK, identity=member):
        raise KeyError("the caller failed")
    assert left_running() == set()


def test_a_file_for_someone_else_or_without_identity_is_not_for_you(
    tmp_path: Path, write_pack: WritePack, stranger: KeyPair
) -> None:
    write_pack(tmp_path / "a.prpack", sample_entries())
    for identity in (stranger, None):
        with pytest.raises(ExchangeError) as refused:
            read_all(tmp_path / "a.prpack", PACK, identity)
        assert refused.value.reason is Reason.NOT_FOR_YOU


def test_inspection_reports_what_each_reader_can_see(
    tmp_path: Path, write_pack: WritePack, member: KeyPair, coordinator: KeyPair, stranger: KeyPair
) -> None:
    write_pack(tmp_path / "a.prpack", sample_entries())
    seen = inspect_file(tmp_path / "a.prpack", member)
    assert seen.intact and seen.problem is None and seen.kind == PACK and seen.encrypted
    assert seen.sender_fingerprint == coordinator.public.fingerprint() and seen.sender_role == "coordinator"
    assert seen.recipient == member.public.fingerprint() and len(seen.entries) == 4 and seen.revision == 1
    for outsider in (None, stranger):
        blind = inspect_file(tmp_path / "a.prpack", outsider)
        assert (
            not blind.intact
            and blind.encrypted
            and blind.problem is Reason.NOT_FOR_YOU
            and blind.kind is None
        )
    write_card(tmp_path / "c.prcard", member, "Aled Jones", "member")
    card = inspect_file(tmp_path / "c.prcard", None)
    assert card.intact and card.kind == CARD and not card.encrypted and card.sender_name == "Aled Jones"


def test_inspection_names_the_problem_after_the_manifest_was_read(
    tmp_path: Path, write_pack: WritePack, member: KeyPair
) -> None:
    hostile = Path(__file__).parents[1] / "hostile" / "files" / "altered-entry-resealed.prpack"
    from tests.hostile.make_corpus import load_keys
    from tests.hostile.payloads import ROUND

    seen = inspect_file(hostile, load_keys()["member1"])
    assert (
        not seen.intact and seen.problem is Reason.ALTERED and seen.kind == PACK and seen.round_uid == ROUND
    )


def test_a_card_file_over_64_kib_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "big.prcard"
    path.write_bytes(bytes(65 * 1024 + 1))
    with pytest.raises(ExchangeError) as refused:
        read_card(path)
    assert refused.value.reason is Reason.TOO_LARGE


def test_outgoing_loads_each_entry_at_most_twice(tmp_path: Path, write_pack: WritePack) -> None:
    calls: dict[str, int] = {}

    def loader(name: str) -> Outgoing:
        def load() -> bytes:
            calls[name] = calls.get(name, 0) + 1
            return name.encode()

        return Outgoing(name, load)

    write_pack(tmp_path / "a.prpack", {}, entries=[loader("round.json"), loader("template.json")])
    assert calls == {"round.json": 2, "template.json": 2}
    assert outgoing({"a": b"1"})[0].load() == b"1"
