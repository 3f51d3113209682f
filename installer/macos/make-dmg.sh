#!/usr/bin/env bash
# macOS: put dist/Panel Review.app in a compressed disk image, beside a link to Applications,
# so a member drags it across (into ~/Applications needs no administrator rights).
#
#     installer/macos/make-dmg.sh        after the PyInstaller build, on a Mac
#
# Writes dist/panel-review-<version>-macos.dmg. Unsigned unless CODESIGN_IDENTITY is set
# (a "Developer ID Application: ..." identity); notarising is a separate step, see
# docs/release.md. Not run on the Linux machines the project is developed on.
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
APP="dist/Panel Review.app"
DMG="dist/panel-review-$VERSION-macos.dmg"
[ -d "$APP" ] || { echo "no $APP: build it with PyInstaller first (docs/release.md)" >&2; exit 1; }

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  codesign --force --deep --options runtime --timestamp --sign "$CODESIGN_IDENTITY" "$APP"
fi

STAGE=build/dmg
rm -rf "$STAGE" && mkdir -p "$STAGE"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -volname "Panel Review $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"
echo "built $DMG ($(du -h "$DMG" | cut -f1))"
