"""Every text the Qt-free layers print, in English and Welsh: one catalogue, one format.

The command line, the reports, the exchange layer's refusals and the services' refusals,
faults and entry problems all speak without Qt (`panel-review --language cy` loads no
interface), so their words cannot live in the interface's translation files. They live
here instead, as `Words(en, cy)` entries under a stable key such as
"refusal.not_on_roster"; callers ask for `say(key, language, **values)`.

The entries are kept in one module per area (report, command line, exchange, refusals,
entries, the domain's codes) only so that each file stays readable; the keys start
with their area and are unique across all of them. A module outside this package must
not keep its own pairs of English and Welsh (a test says so).

The interface's own words go through Qt's translations (`desktop/ui/i18n.py`); where the
interface shows a code the catalogue already words (a case status, a case type), it
asks the catalogue, so one code has one set of words. The Welsh awaits review by a
first-language speaker (docs/welsh.md).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from desktop.core.words.briefing import BRIEFING
from desktop.core.words.changes import CHANGES
from desktop.core.words.commands import COMMANDS
from desktop.core.words.domain import DOMAIN
from desktop.core.words.drafting import DRAFTING
from desktop.core.words.entries import ENTRIES
from desktop.core.words.entry import Words
from desktop.core.words.exchange import EXCHANGE
from desktop.core.words.refusals import REFUSALS
from desktop.core.words.report import REPORT
from desktop.core.words.trends import TRENDS

__all__ = ["CATALOGUE", "LANGUAGES", "Words", "say", "words"]

LANGUAGES = ("en", "cy")

SECTIONS: tuple[Mapping[str, Words], ...] = (
    DOMAIN, REPORT, DRAFTING, COMMANDS, EXCHANGE, REFUSALS, ENTRIES, CHANGES, TRENDS, BRIEFING
)  # fmt: skip


def _joined(sections: tuple[Mapping[str, Words], ...]) -> Mapping[str, Words]:
    joined: dict[str, Words] = {}
    for section in sections:
        repeated = joined.keys() & section.keys()
        if repeated:
            raise ValueError(f"catalogue keys defined twice: {sorted(repeated)}")
        joined.update(section)
    return MappingProxyType(joined)


CATALOGUE: Mapping[str, Words] = _joined(SECTIONS)


def words(key: str) -> Words:
    """The entry for `key`; a KeyError names a key that is not in the catalogue."""
    return CATALOGUE[key]


def say(key: str, language: str, **values: object) -> str:
    """The text for `key` in `language` ("cy" is Welsh, anything else English), with its
    `{placeholders}` filled from `values`. Without values the text is returned as written,
    so a text with literal braces needs no escaping unless it is filled."""
    text = CATALOGUE[key].in_language(language)
    return text.format(**values) if values else text
