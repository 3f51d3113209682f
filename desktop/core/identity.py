"""Stable identities that are the same on every machine.

A case's uid is derived from its round's uid and its reference, so the coordinator's
laptop and every member's laptop compute the same value without talking to each other,
and a review package can name a case without the local row id (which differs between
machines). A caller that already has a uid for the case (one chosen by the
coordinator) passes it instead.
"""

from __future__ import annotations

import uuid

# Fixed for ever: changing it would change every derived case uid.
CASE_NAMESPACE = uuid.UUID("6f1d2a3e-8c4b-5e7f-9a01-2b3c4d5e6f70")


def case_uid(round_uid: str, reference: str) -> str:
    """The derived uid of the case `reference` in the round `round_uid` (a UUID string).

    Nested uuid5 rather than one joined string, so no choice of separator can make two
    different (round, reference) pairs collide.
    """
    return str(uuid.uuid5(uuid.uuid5(CASE_NAMESPACE, round_uid), reference))
