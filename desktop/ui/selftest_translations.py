"""The self-test's one Qt check: the compiled Welsh files load and translate.

The rest of `panel-review --selftest` runs without Qt (`desktop/services/selftest.py`);
this check must use it, because what it checks is what the interface will load: our
`panel_review_cy.qm` and `qtbase_cy.qm` (Qt's own widgets), from the resources folder
of this build. A QCoreApplication is enough: no window is shown.
"""

from __future__ import annotations

from pathlib import Path

from desktop.paths import translations_dir

# A string of each file and the Welsh it must turn into: (file, context, English, Welsh).
KNOWN = (
    ("panel_review", "", "&Help", "Cy&morth"),
    ("qtbase", "QPlatformTheme", "Cancel", "Canslo"),
)


def check_translations(_work: Path) -> None:
    """Load each compiled Welsh file into a QTranslator and translate a known string."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    app = QCoreApplication.instance() or QCoreApplication(["panel-review-selftest"])
    for name, context, english, welsh in KNOWN:
        translator = QTranslator(app)
        if not translator.load(f"{name}_cy", str(translations_dir())):
            raise RuntimeError(f"{name}_cy.qm could not be loaded from the translations folder")
        found = translator.translate(context, english)
        if found != welsh:
            raise RuntimeError(f"{name}_cy.qm translates {english!r} as {found!r}, not {welsh!r}")
