"""Why the services refuse a file that is intact but must not be taken, in both languages.

The exchange layer judges the container (`desktop.exchange.errors.Reason`: altered,
not addressed to you, …). What only a profile's own data can judge is here: whether
the signer is on the roster or revoked, whether the round and cases are the ones sent,
whether a revision is older than one already taken. The wording is a Qt-free
catalogue, so the interface and the command line say exactly the same thing.
"""

from __future__ import annotations

from enum import Enum

from desktop.core.display_names import NameRefused, explain_name
from desktop.exchange.errors import ExchangeError, describe


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


_TEXT: dict[Refusal, tuple[str, str]] = {
    Refusal.NOT_ON_ROSTER: (
        "It was signed by someone who is not on your roster of panel members.",
        "Cafodd ei llofnodi gan rywun nad yw ar eich rhestr o aelodau’r panel.",
    ),
    Refusal.REVOKED: (
        "It was signed by a member whose access you have withdrawn.",
        "Cafodd ei llofnodi gan aelod rydych wedi tynnu ei fynediad yn ôl.",
    ),
    Refusal.NOT_A_MEMBER: (
        "It was not signed by a panel member, so it cannot be a review.",
        "Ni chafodd ei llofnodi gan aelod o’r panel, felly ni all fod yn adolygiad.",
    ),
    Refusal.NOT_A_COORDINATOR: (
        "It was not signed by a panel coordinator, so it cannot be a set of cases.",
        "Ni chafodd ei llofnodi gan gydlynydd panel, felly ni all fod yn set o achosion.",
    ),
    Refusal.WRONG_ROLE: (
        "This kind of file is opened in the other kind of profile (member or coordinator).",
        "Mae’r math hwn o ffeil yn cael ei agor yn y math arall o broffil (aelod neu gydlynydd).",
    ),
    Refusal.UNKNOWN_ROUND: (
        "It belongs to a review round that is not in this profile.",
        "Mae’n perthyn i gylch adolygu nad yw yn y proffil hwn.",
    ),
    Refusal.WRONG_ROUND: (
        "Its contents name a different review round from the one it was signed for.",
        "Mae ei chynnwys yn enwi cylch adolygu gwahanol i’r un y cafodd ei llofnodi ar ei gyfer.",
    ),
    Refusal.NOT_ASSIGNED: (
        "It holds reviews of cases that were not given to that member.",
        "Mae’n cynnwys adolygiadau o achosion na chawsant eu rhoi i’r aelod hwnnw.",
    ),
    Refusal.TEMPLATE_DIFFERS: (
        "It was answered on a different checklist from the one chosen for the round.",
        "Cafodd ei hateb ar restr wirio wahanol i’r un a ddewiswyd ar gyfer y cylch.",
    ),
    Refusal.OLDER_REVISION: (
        "A later version of this file has already been taken, so this older one was not.",
        "Mae fersiwn diweddarach o’r ffeil hon eisoes wedi’i derbyn, felly ni dderbyniwyd yr un hŷn hon.",
    ),
    Refusal.REVISION_REUSED: (
        "A different file with the same version number has already been taken.",
        "Mae ffeil wahanol gyda’r un rhif fersiwn eisoes wedi’i derbyn.",
    ),
    Refusal.COORDINATOR_KEY_CHANGED: (
        "It claims to come from your coordinator but was signed with a different key. "
        "Do not use it: phone your coordinator and check.",
        "Mae’n honni ei bod yn dod gan eich cydlynydd ond cafodd ei llofnodi ag allwedd wahanol. "
        "Peidiwch â’i defnyddio: ffoniwch eich cydlynydd i wirio.",
    ),
    Refusal.NOT_CONFIRMED: (
        "The coordinator’s fingerprint has not been confirmed yet.",
        "Nid yw olion bysedd y cydlynydd wedi’u cadarnhau eto.",
    ),
    Refusal.UNREADABLE_CONTENTS: (
        "It is signed correctly, but what is inside could not be read.",
        "Mae wedi’i llofnodi’n gywir, ond nid oedd modd darllen yr hyn sydd y tu mewn.",
    ),
    Refusal.OFF_CHECKLIST: (
        "It holds answers that the round’s checklist does not allow.",
        "Mae’n cynnwys atebion nad yw rhestr wirio’r cylch yn eu caniatáu.",
    ),
    Refusal.BAD_TEMPLATE: (
        "The checklist that came with it could not be read, so nothing was taken from it.",
        "Nid oedd modd darllen y rhestr wirio a ddaeth gyda hi, felly ni chymerwyd dim ohoni.",
    ),
    Refusal.SAME_NAME: (
        "A member whose name looks the same is already on the roster. Check both fingerprints "
        "with the members before adding this card.",
        "Mae aelod ag enw sy’n edrych yr un fath eisoes ar y rhestr aelodau. Gwiriwch y ddau ôl bys "
        "gyda’r aelodau cyn ychwanegu’r cerdyn hwn.",
    ),
}


class Refused(Exception):
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
    en, cy = _TEXT[refusal]
    return cy if language == "cy" else en


def why_not(exc: Exception, language: str) -> str:
    """The plain sentence for a refused or unreadable file, whichever layer refused it."""
    if isinstance(exc, Refused):
        return exc.explain(language)
    if isinstance(exc, ExchangeError):
        return describe(exc.reason, language)
    if isinstance(exc, NameRefused):
        return explain_name(exc.problem, language)
    raise TypeError(f"not a refusal: {exc!r}")
