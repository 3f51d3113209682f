"""Which build this is: the date and source commit written once, when the bundle is built.

`installer/panel-review.spec` writes `desktop/build_info.py` into the bundle with the text
`render` makes; a source checkout has no such module and says so. Help → About, Save
diagnostics and `panel-review --version` all read it here, so support can tell exactly
which build a member has. (The About code once read a module of another
name than the spec wrote, and every installed copy said "Running from source".)

Nothing here imports anything of the app's, so the spec can use it at build time.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

MODULE = "desktop.build_info"


@dataclass(frozen=True)
class Built:
    date: str  # YYYY-MM-DD
    commit: str  # the source commit, as `git rev-parse` gives it, or "unknown"


def render(date: str, commit: str) -> str:
    """The text of the generated module (the spec writes it; tests load it)."""
    return (
        '"""Written by installer/panel-review.spec when the bundle was built."""\n\n'
        f"BUILD_DATE = {date!r}\nCOMMIT = {commit!r}\n"
    )


def built() -> Built | None:
    """This bundle's date and commit, or None when running from source."""
    try:
        module = importlib.import_module(MODULE)
    except ImportError:
        return None
    date, commit = getattr(module, "BUILD_DATE", None), getattr(module, "COMMIT", None)
    if not isinstance(date, str) or not date:
        return None
    return Built(date, commit if isinstance(commit, str) and commit else "unknown")
