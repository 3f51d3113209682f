#!/usr/bin/env bash
# Wrap the one-folder bundle (dist/panel-review) as a Debian package and a portable tarball.
#
#     installer/linux/build-deb.sh VERSION
#     BUNDLE=other/bundle OUT=other/dist NO_TARBALL=1 installer/linux/build-deb.sh VERSION
#                  (another bundle, elsewhere, the .deb only: installer/upgrade-check.sh)
#
# Debian's own tools only (dpkg-deb, dpkg-shlibdeps from dpkg-dev). The bundle goes to
# /opt/panel-review with a /usr/bin/panel-review link; the menu entry, icon and file types
# go where the desktop looks for them. Depends is worked out by dpkg-shlibdeps from the
# libraries the bundle leaves to the system (see installer/panel-review.spec), so it stays
# right when the bundle changes.
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION=${1:?usage: build-deb.sh VERSION}
BUNDLE=${BUNDLE:-dist/panel-review}
OUT=${OUT:-dist}
HERE=installer/linux
[ -x "$BUNDLE/panel-review" ] || { echo "no bundle in $BUNDLE: run installer/build.sh" >&2; exit 1; }
command -v dpkg-shlibdeps >/dev/null || { echo "dpkg-shlibdeps is missing: apt-get install dpkg-dev" >&2; exit 1; }
ARCH=$(dpkg --print-architecture)

STAGE=build/deb
rm -rf "$STAGE"
ROOT=$STAGE/root
mkdir -p "$ROOT/DEBIAN" "$ROOT/opt" "$ROOT/usr/bin" "$ROOT/usr/share/applications" \
  "$ROOT/usr/share/icons/hicolor/scalable/apps" "$ROOT/usr/share/mime/packages" "$ROOT/usr/share/doc/panel-review"
cp -a "$BUNDLE" "$ROOT/opt/panel-review"
ln -s /opt/panel-review/panel-review "$ROOT/usr/bin/panel-review"
install -m 644 "$HERE/panel-review.desktop" "$ROOT/usr/share/applications/panel-review.desktop"
install -m 644 installer/panel-review.svg "$ROOT/usr/share/icons/hicolor/scalable/apps/panel-review.svg"
install -m 644 "$HERE/panel-review-mime.xml" "$ROOT/usr/share/mime/packages/panel-review.xml"
install -m 755 "$HERE/preinst" "$HERE/postinst" "$HERE/postrm" "$ROOT/DEBIAN/"
cat > "$ROOT/usr/share/doc/panel-review/copyright" <<COPYRIGHT
Panel Review $VERSION, under the MIT licence (see pyproject.toml).
Bundled: Qt and PySide6 (LGPL-3.0), Python (PSF), DejaVu fonts (see /opt/panel-review/_internal/resources/fonts).
COPYRIGHT

# The system libraries the bundle links to, as package names with minimum versions.
# dpkg-shlibdeps wants a debian/control to read; a two-line one is enough.
mkdir -p "$STAGE/src/debian"
printf 'Source: panel-review\n\nPackage: panel-review\nArchitecture: any\n' > "$STAGE/src/debian/control"
mapfile -t elves < <(find "$PWD/$ROOT/opt/panel-review" -type f \( -name '*.so*' -o -name panel-review \))
private=(-l"$PWD/$ROOT/opt/panel-review/_internal" -l"$PWD/$ROOT/opt/panel-review/_internal/PySide6/Qt/lib")
[ -d "$ROOT/opt/panel-review/_internal/pillow.libs" ] && private+=(-l"$PWD/$ROOT/opt/panel-review/_internal/pillow.libs")
# Its warnings ("could avoid a useless dependency") are about how the wheels were linked: not ours to fix.
shlibs=$(cd "$STAGE/src" && dpkg-shlibdeps -O --ignore-missing-info "${private[@]}" "${elves[@]}" 2>/dev/null)
depends=${shlibs#shlibs:Depends=}
# Qt draws text with the system's fonts through fontconfig: without any font, no text at all.
depends="$depends, fonts-dejavu-core | fonts-freefont-ttf | fonts-liberation"

cat > "$ROOT/DEBIAN/control" <<CONTROL
Package: panel-review
Version: $VERSION
Architecture: $ARCH
Maintainer: Panel Review <panel-review@users.noreply.invalid>
Section: misc
Priority: optional
Installed-Size: $(du -sk "$ROOT" | cut -f1)
Depends: $depends
Recommends: desktop-file-utils, shared-mime-info, xdg-utils
Description: offline review of police case files for scrutiny panels
 Panel Review lets members of a police scrutiny panel review the case files a
 coordinator sends them, on their own laptop and without a network, and send back
 signed, encrypted answers. Profiles are kept encrypted in each member's home folder.
CONTROL

mkdir -p "$OUT"
DEB=$OUT/panel-review_${VERSION}_${ARCH}.deb
# gzip, not xz: compressing 150 MB with xz costs a minute of CI for a smaller download.
dpkg-deb --root-owner-group -Zgzip --build "$ROOT" "$DEB" >/dev/null
echo "built $DEB ($(du -h "$DEB" | cut -f1))"
[ -n "${NO_TARBALL:-}" ] && exit 0

# The portable tarball: the same bundle, plus install-user.sh for a menu entry and file
# types without administrator rights.
TAR=$OUT/panel-review-${VERSION}-linux-$(uname -m).tar.gz
TOP=panel-review-$VERSION
rm -rf "$STAGE/tar" && mkdir -p "$STAGE/tar/$TOP"
cp -a "$BUNDLE/." "$STAGE/tar/$TOP/"
# The oldest glibc the bundle runs on: the highest GLIBC_x.y symbol version any of its files
# needs (objdump comes with dpkg-dev's binutils). install-user.sh checks it first, because
# on an older system the program cannot start even to say why.
glibc=$(objdump -T "${elves[@]}" 2>/dev/null | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -V | tail -n 1 || true)
[ -n "$glibc" ] || { echo "could not measure the glibc version the bundle needs" >&2; exit 1; }
sed "s/@GLIBC_NEEDED@/$glibc/" "$HERE/install-user.sh" > "$STAGE/tar/$TOP/install-user.sh"
chmod 755 "$STAGE/tar/$TOP/install-user.sh"
install -m 644 "$HERE/panel-review.desktop" "$HERE/panel-review-mime.xml" installer/panel-review.svg "$STAGE/tar/$TOP/"
tar -C "$STAGE/tar" --owner=0 --group=0 -czf "$TAR" "$TOP"
echo "built $TAR ($(du -h "$TAR" | cut -f1), needs glibc $glibc or later)"
