"""Why the services refuse a file that is intact but must not be taken, in both languages.

The exchange layer judges the container (`desktop.exchange.errors.Reason`: altered,
not addressed to you, …). What only a profile's own data can judge is here: whether
the signer is on the roster or revoked, whether the round and cases are the ones sent,
whether a revision is older than one already taken. The wording is the Qt-free
catalogue's ("refusal.…" in `desktop.core.words`), so the interface and the command
line say exactly the same thing.

`reason_for` is the one way to the sentence for anything any layer refused: every such
exception is an `Explained`.
"""

from __future__ import annotations

from enum import Enum

from desktop.core.explained import Explained
from desktop.core.words import say


class Refusal(Enum):
    NOT_ON_ROSTER = "not_on_roster"
    REVOKED = "revoked"
    NOT_A_MEMBER = "not_a_member"
    NOT_A_COORDINATOR = "not_a_coordinator"
    WRONG_ROLE = "wrong_role"
    UNKNOWN_ROUND = "unknown_round"
    WRONG_ROUND = "wrong_round"
    NOT_ASSIGNED = "not_assigned"
    TEMPLATE_DIFFERS = "template_differs"
    OLDER_REVISION = "older_revision"
    REVISION_REUSED = "revision_reused"
    COORDINATOR_KEY_CHANGED = "coordinator_key_changed"
    NOT_CONFIRMED = "not_confirmed"
    UNREADABLE_CONTENTS = "unreadable_contents"
    OFF_CHECKLIST = "off_checklist"
    BAD_TEMPLATE = "bad_template"
    SAME_NAME = "same_name"
    ROUND_ERASED = "round_erased"
    RECEIPT_TAKEN = "receipt_taken"
    RECEIPT_NOT_SIGNER = "receipt_not_signer"
    NOT_IN_ROUND = "not_in_round"


class Refused(Explained):
    """A file the services will not take; nothing was changed."""

    def __init__(self, refusal: Refusal, detail: str = "") -> None:
        super().__init__(f"{refusal.value}: {detail}" if detail else refusal.value)
        self.refusal = refusal
        self.detail = detail

    @property
    def code(self) -> str:
        """The refusal's code for tests and logs; a more precise refusal gives its own."""
        return self.refusal.value

    def explain(self, language: str) -> str:
        """The plain sentence for this refusal; a refusal that names a case says which."""
        return explain(self.refusal, language)


def explain(refusal: Refusal, language: str) -> str:
    return say(f"refusal.{refusal.value}", language)


def reason_for(exc: BaseException, language: str) -> str | None:
    """The plain sentence for anything refused, whichever layer refused it (a file, a
    name, an entry, a case list, a publication step); None when `exc` is not a refusal
    but a fault, which the caller words or reports as its own."""
    return exc.explain(language) if isinstance(exc, Explained) else None


def why_not(exc: BaseException, language: str) -> str:
    """The plain sentence for an exception the caller knows is a refusal."""
    sentence = reason_for(exc, language)
    if sentence is None:
        raise TypeError(f"not a refusal: {exc!r}")
    return sentence
