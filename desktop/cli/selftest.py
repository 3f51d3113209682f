"""`panel-review --selftest [--language cy]`: one line per check, exit 0 only if all pass.

The checks are `desktop.services.selftest`'s; the launcher adds the Welsh interface
check, which needs Qt and so lives in the interface layer. The words are a Qt-free
catalogue like the other commands' (`desktop/cli/commands.py`).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from itertools import pairwise

from desktop.services.selftest import Check, CheckResult, run_checks

OK = ("ok", "iawn")
FAILED = ("FAILED", "METHWYD")
CHECK_LABELS: dict[str, tuple[str, str]] = {
    "database": (
        "create and reopen an encrypted database (a wrong passphrase refused)",
        "creu ac ailagor cronfa ddata wedi’i hamgryptio (gan wrthod cyfrinymadrodd anghywir)",
    ),
    "templates": (
        "load every template that comes with the app, in English and Welsh",
        "llwytho pob templed sy’n dod gyda’r ap, yn Saesneg ac yn Gymraeg",
    ),
    "exchange": (
        "sign, encrypt, decrypt and verify a member card and a review package",
        "llofnodi, amgryptio, dadgryptio a gwirio cerdyn aelod a phecyn adolygu",
    ),
    "pdf": ("render a panel report as PDF", "creu adroddiad panel fel PDF"),
    "docx": ("render a panel report as a Word document", "creu adroddiad panel fel dogfen Word"),
    "translations": (
        "load the Welsh translation of the interface",
        "llwytho cyfieithiad Cymraeg y rhyngwyneb",
    ),
}


def _word(pair: tuple[str, str], language: str) -> str:
    return pair[1] if language == "cy" else pair[0]


def describe(result: CheckResult, language: str) -> str:
    """ "ok: …" or "FAILED: … (reason)"; the reason is the program's own, left as it is."""
    label = _word(CHECK_LABELS.get(result.key, (result.key, result.key)), language)
    if result.ok:
        return f"{_word(OK, language)}: {label}"
    return f"{_word(FAILED, language)}: {label} ({result.reason})"


def language_of(args: Sequence[str]) -> str:
    """The value of `--language` (English unless it says cy)."""
    for option, value in pairwise(args):
        if option == "--language":
            return "cy" if value == "cy" else "en"
    return "en"


def main(args: Sequence[str], extra: Sequence[tuple[str, Check]] = ()) -> int:
    language = language_of(args)
    results = run_checks(extra)
    for result in results:
        print(describe(result, language), flush=True)
    return 0 if all(result.ok for result in results) else 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
