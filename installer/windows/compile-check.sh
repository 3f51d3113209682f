#!/usr/bin/env bash
# Compile installer/windows/panel-review.iss with Inno Setup's own compiler under Wine, on
# Linux, against a stand-in for the Windows bundle: proves the script compiles (syntax,
# directives, the [Code] section) before the Windows runner ever sees it. The setup.exe
# it writes installs placeholder files, not the app: only a Windows build has the real ones.
#
#     installer/windows/compile-check.sh
#
# Needs Wine able to run 32-bit programs (ISCC.exe is one). Debian 12, as root:
#     dpkg --add-architecture i386 && apt-get update && apt-get install wine wine64 wine32:i386
# and npm: Inno Setup's compiler is not a Debian package, so it comes from the npm
# registry's `innosetup` package (which carries ISCC.exe and its files), once, into
# build/innosetup. Takes about 25 s the first time (Wine makes its prefix), 2 s after.
set -euo pipefail
cd "$(dirname "$0")/../.."
INNO_VERSION=6.4.1
INNO=build/innosetup/$INNO_VERSION
WORK=build/iss-check
PYTHON=${PYTHON:-.venv/bin/python}
command -v wine >/dev/null || { echo "wine is missing (see the top of $0)" >&2; exit 2; }

if [ ! -f "$INNO/package/bin/ISCC.exe" ]; then
  command -v npm >/dev/null || { echo "npm is missing: apt-get install npm" >&2; exit 2; }
  mkdir -p "$INNO"
  (cd "$INNO" && npm pack --silent "innosetup@$INNO_VERSION" >/dev/null && tar xzf "innosetup-$INNO_VERSION.tgz")
fi

# The tree the script expects (SourceDir=..\..): the .iss, the icon the spec renders, and
# a one-folder bundle whose programs are placeholders.
rm -rf "$WORK" && mkdir -p "$WORK/installer/windows" "$WORK/dist/panel-review/_internal" "$WORK/build/icons"
cp installer/windows/panel-review.iss "$WORK/installer/windows/"
"$PYTHON" installer/make_icons.py "$WORK/build/icons" >/dev/null
for program in panel-review.exe panel-review-cli.exe; do
  printf 'placeholder: not a Windows program\n' > "$WORK/dist/panel-review/$program"
done
printf 'placeholder\n' > "$WORK/dist/panel-review/_internal/placeholder.txt"

VERSION=$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
# Wine's prefix stays outside the repository: it links drive Z: to / and setuptools, making
# the editable install's file list, would follow that link into the whole file system.
export WINEPREFIX=${WINEPREFIX:-${XDG_CACHE_HOME:-$HOME/.cache}/panel-review/wine} WINEDEBUG=-all
mkdir -p "$(dirname "$WINEPREFIX")"
(cd "$WORK" && wine "$OLDPWD/$INNO/package/bin/ISCC.exe" /Q "/DAppVersion=$VERSION" 'installer\windows\panel-review.iss')
SETUP=$WORK/dist/panel-review-$VERSION-windows-setup.exe
[ -s "$SETUP" ] || { echo "ISCC wrote no $SETUP" >&2; exit 1; }
echo "compiled $SETUP ($(du -h "$SETUP" | cut -f1)) with Inno Setup $INNO_VERSION under Wine"
