"""Render installer/panel-review.svg into the icon files Windows and macOS want.

    python installer/make_icons.py [OUT]     (default: build/icons)

Writes panel-review.ico (Windows: the .exe, the installer, file associations) and
panel-review.icns (macOS: the .app and its document types), plus the PNGs they are made
from. Generated at build time, never committed: the SVG is the one source. Qt draws the
SVG (PySide6's QtSvg); Pillow, which reportlab already needs, writes the two formats.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "installer" / "panel-review.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)


def render(out: Path) -> dict[int, Path]:
    """One PNG per size, drawn from the SVG at that size (sharper than scaling one down)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    out.mkdir(parents=True, exist_ok=True)
    pngs = {}
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        pngs[size] = out / f"panel-review-{size}.png"
        image.save(str(pngs[size]))
    return pngs


def build(out: Path) -> tuple[Path, Path]:
    from PIL import Image

    pngs = render(out)
    largest = Image.open(pngs[max(SIZES)])
    ico, icns = out / "panel-review.ico", out / "panel-review.icns"
    Image.open(pngs[256]).save(ico, sizes=[(s, s) for s in SIZES if s <= 256])
    largest.save(icns, append_images=[Image.open(pngs[s]) for s in SIZES if s < max(SIZES)])
    return ico, icns


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "icons"
    for path in build(target):
        print(f"wrote {path} ({path.stat().st_size} bytes)")
