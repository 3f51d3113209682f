"""The fonts every PDF we make uses.

ReportLab's built-in Helvetica cannot draw Welsh letters such as ŵ and ŷ, so we embed
DejaVu Sans (shipped in resources/fonts, Bitstream Vera licence) in every document.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.paths import fonts_dir

REGULAR = "PanelSans"
BOLD = "PanelSans-Bold"
ITALIC = "PanelSans-Italic"


@cache
def register_fonts() -> str:
    """Register the embedded fonts once; returns the regular family name."""
    folder = fonts_dir()
    pdfmetrics.registerFont(TTFont(REGULAR, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont(ITALIC, str(folder / "DejaVuSans-Oblique.ttf")))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR
