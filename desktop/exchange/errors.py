"""Why an exchange file was refused, in words a volunteer can act on.

Every problem a reader finds is an `ExchangeError` carrying one `Reason`: the app and the
CLI show `describe(reason, language)`, and `detail` (English, no file contents) goes to
the log for whoever investigates. The catalogue is plain data with no Qt so that
`panel-review inspect` prints the same sentences in either language.
"""

from __future__ import annotations

from enum import Enum


class Reason(Enum):
    NOT_OURS = "not-ours"  # not a Panel Review file at all
    NEWER_FORMAT = "newer-format"  # format_version above what this build reads
    WRONG_KIND = "wrong-kind"  # a card where a pack was expected, and so on
    NOT_FOR_YOU = "not-for-you"  # our identity cannot decrypt it, or it names someone else
    NOT_ENCRYPTED = "not-encrypted"  # a pack or package written without encryption
    CORRUPT = "corrupt"  # truncated or damaged container or ciphertext
    BAD_SIGNATURE = "bad-signature"  # manifest.sig missing or not valid for the manifest
    ALTERED = "altered"  # entries differ from the signed manifest; fingerprint not the keys'
    UNSAFE_ENTRY = "unsafe-entry"  # bad or repeated names, links, directories, devices
    TOO_LARGE = "too-large"  # over a size or count limit (checked before reading)
    MALFORMED = "malformed"  # manifest JSON or fields invalid, unknown fields


class ExchangeError(Exception):
    """A file could not be used; `reason` is for people, `detail` for the log."""

    def __init__(self, reason: Reason, detail: str) -> None:
        super().__init__(f"{reason.value}: {detail}")
        self.reason = reason
        self.detail = detail


class ExportCancelled(Exception):
    """Writing stopped because the caller asked; no file was left behind.

    Not an `ExchangeError`: nothing is wrong with any file. Services turn it into their
    own `Cancelled` so the operation runner treats it like any other cancel.
    """


_ASK_AGAIN = {
    "en": "Ask the sender to send it again.",
    "cy": "Gofynnwch i'r anfonwr ei hanfon eto.",
}

_CATALOGUE: dict[Reason, dict[str, str]] = {
    Reason.NOT_OURS: {
        "en": "This is not a Panel Review file. Check that you chose the file you were sent.",
        "cy": "Nid ffeil Panel Review yw hon. Gwnewch yn siŵr eich bod wedi dewis y ffeil a anfonwyd atoch.",
    },
    Reason.NEWER_FORMAT: {
        "en": "This file was made by a newer version of Panel Review. "
        "Update Panel Review on this computer, then try again.",
        "cy": "Cafodd y ffeil hon ei gwneud gan fersiwn mwy newydd o Panel Review. "
        "Diweddarwch Panel Review ar y cyfrifiadur hwn, yna rhowch gynnig arall arni.",
    },
    Reason.WRONG_KIND: {
        "en": "This is a Panel Review file, but not the kind expected here "
        "(for example, a member card where an assignment pack was expected).",
        "cy": "Ffeil Panel Review yw hon, ond nid y math a ddisgwylir yma "
        "(er enghraifft, cerdyn aelod lle y disgwylid pecyn aseiniad).",
    },
    Reason.NOT_FOR_YOU: {
        "en": "This file was not addressed to you, so it cannot be opened here. "
        "Ask the sender to send it to you again.",
        "cy": "Nid atoch chi y cyfeiriwyd y ffeil hon, felly ni ellir ei hagor yma. "
        "Gofynnwch i'r anfonwr ei hanfon atoch eto.",
    },
    Reason.NOT_ENCRYPTED: {
        "en": "This file should have been locked so that only you could open it, but it was not. "
        "Do not use it. " + _ASK_AGAIN["en"],
        "cy": "Dylai'r ffeil hon fod wedi'i chloi fel mai dim ond chi a allai ei hagor, "
        "ond nid yw wedi'i chloi. Peidiwch â'i defnyddio. " + _ASK_AGAIN["cy"],
    },
    Reason.CORRUPT: {
        "en": "This file is damaged or incomplete: it may not have copied or downloaded fully. "
        + _ASK_AGAIN["en"],
        "cy": "Mae'r ffeil hon wedi'i difrodi neu'n anghyflawn: efallai na chafodd ei chopïo "
        "na'i llwytho i lawr yn llawn. " + _ASK_AGAIN["cy"],
    },
    Reason.BAD_SIGNATURE: {
        "en": "This file's signature does not check out, so there is no proof of who made it. "
        "Do not use it. " + _ASK_AGAIN["en"],
        "cy": "Nid yw llofnod y ffeil hon yn gywir, felly nid oes prawf pwy a'i gwnaeth. "
        "Peidiwch â'i defnyddio. " + _ASK_AGAIN["cy"],
    },
    Reason.ALTERED: {
        "en": "This file has been changed since it was made, so it cannot be trusted. " + _ASK_AGAIN["en"],
        "cy": "Mae'r ffeil hon wedi cael ei newid ers iddi gael ei gwneud, felly ni ellir "
        "ymddiried ynddi. " + _ASK_AGAIN["cy"],
    },
    Reason.UNSAFE_ENTRY: {
        "en": "This file holds something Panel Review will not open, such as a name that could "
        "point outside its folder, so it was not opened.",
        "cy": "Mae'r ffeil hon yn cynnwys rhywbeth na fydd Panel Review yn ei agor, fel enw a "
        "allai bwyntio y tu allan i'w ffolder, felly ni chafodd ei hagor.",
    },
    Reason.TOO_LARGE: {
        "en": "This file is larger than Panel Review allows, so it was not opened. "
        "Ask the sender to check what they sent.",
        "cy": "Mae'r ffeil hon yn fwy nag y mae Panel Review yn ei ganiatáu, felly ni chafodd "
        "ei hagor. Gofynnwch i'r anfonwr wirio'r hyn a anfonodd.",
    },
    Reason.MALFORMED: {
        "en": "The list of contents inside this file is not in the form Panel Review expects, "
        "so it was not opened. " + _ASK_AGAIN["en"],
        "cy": "Nid yw'r rhestr cynnwys yn y ffeil hon yn y ffurf y mae Panel Review yn ei "
        "disgwyl, felly ni chafodd ei hagor. " + _ASK_AGAIN["cy"],
    },
}

LANGUAGES = ("en", "cy")


def describe(reason: Reason, language: str) -> str:
    """The sentence to show for `reason`; any language but Welsh gets English."""
    texts = _CATALOGUE[reason]
    return texts.get(language, texts["en"])
