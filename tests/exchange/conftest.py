"""Keys and small containers for the exchange tests: real keys, real crypto."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.exchange.container import Outgoing, write_container
from desktop.exchange.keys import KeyPair, generate_keys
from desktop.exchange.manifest import PACK, PACKAGE, Manifest


@pytest.fixture(scope="session")
def coordinator() -> KeyPair:
    return generate_keys()


@pytest.fixture(scope="session")
def member() -> KeyPair:
    return generate_keys()


@pytest.fixture(scope="session")
def stranger() -> KeyPair:
    return generate_keys()


def outgoing(entries: dict[str, bytes]) -> list[Outgoing]:
    return [Outgoing(name, (lambda data=data: data)) for name, data in entries.items()]


def sample_entries() -> dict[str, bytes]:
    return {
        "round.json": b'{"round_uid": "R-1"}',
        "template.json": b'{"id": "hate-crime"}',
        "documents/c-1/1-report.pdf": os.urandom(200_000),
        "documents/c-1/2-empty.txt": b"",
    }


WritePack = Callable[..., Manifest]


@pytest.fixture
def write_pack(coordinator: KeyPair, member: KeyPair) -> WritePack:
    def write(path: Path, contents: dict[str, bytes], **overrides: object) -> Manifest:
        arguments: dict[str, object] = dict(
            kind=PACK, sender=coordinator, sender_name="OPCC", sender_role="coordinator",
            recipient=member.public, round_uid="R-1", revision=1, entries=outgoing(contents),
        )  # fmt: skip
        arguments.update(overrides)
        return write_container(path, **arguments)  # type: ignore[arg-type]

    return write


@pytest.fixture
def write_package(coordinator: KeyPair, member: KeyPair) -> WritePack:
    def write(path: Path, entries: dict[str, bytes]) -> Manifest:
        return write_container(
            path, kind=PACKAGE, sender=member, sender_name="Aled Jones", sender_role="member",
            recipient=coordinator.public, round_uid="R-1", revision=3, entries=outgoing(entries),
        )  # fmt: skip

    return write
