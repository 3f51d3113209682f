#!/usr/bin/env bash
# Add Panel Review to your own menu and let double-clicking .prpack, .prreview, .prreceipt and .prcard
# files open it, without administrator rights (everything goes under ~/.local/share).
#
#     ./install-user.sh            from the unpacked folder
#     ./install-user.sh --remove   take the menu entry and file types away again
#
# It first checks that the system libraries the app needs are here and that its window can
# start (`panel-review --selftest libraries window`): if a library is missing, it says which
# and how to install it, and adds nothing.
#
# Your profiles are never touched: they live in ~/.local/share/PanelReview.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
APPS=$DATA/applications MIME=$DATA/mime ICONS=$DATA/icons/hicolor/scalable/apps

# Welsh when the desktop's language is Welsh: the self-test's line is in the catalogue's words.
language=en
case "${LANGUAGE:-${LC_ALL:-${LC_MESSAGES:-${LANG:-}}}}" in cy*) language=cy ;; esac

# The oldest C library (glibc) this build runs on: the highest GLIBC_ symbol version its files
# need, measured by build-deb.sh when it made the tarball. On an older system the program
# cannot start at all, not even to say why, so the check is made here.
GLIBC_NEEDED=@GLIBC_NEEDED@
have=$(getconf GNU_LIBC_VERSION 2>/dev/null | cut -d' ' -f2 || true)
case "$GLIBC_NEEDED" in @*) ;; *)
  if [ "${1:-}" != "--remove" ] && [ -n "$have" ] \
    && [ "$(printf '%s\n%s\n' "$GLIBC_NEEDED" "$have" | sort -V | head -n 1)" != "$GLIBC_NEEDED" ]; then
    if [ "$language" = cy ]; then
      echo "Mae angen system fwy newydd ar Adolygiad Panel: glibc $have yw llyfrgell C y cyfrifiadur hwn, ac mae angen glibc $GLIBC_NEEDED neu fersiwn ddiweddarach ar yr adeiladwaith hwn. Nid ychwanegwyd dim." >&2
    else
      echo "Panel Review needs a newer system: this computer's C library is glibc $have, and this build needs glibc $GLIBC_NEEDED or later. Nothing was added." >&2
    fi
    exit 1
  fi ;;
esac

if [ "${1:-}" = "--remove" ]; then
  rm -f "$APPS/panel-review.desktop" "$MIME/packages/panel-review.xml" "$ICONS/panel-review.svg"
else
  # Before anything is installed: can this computer run the app and start its window? A
  # missing system library (libxcb-cursor0 was the one seen) once made the menu entry do
  # nothing at all. The checks' own lines name the missing libraries and the apt command.
  if ! "$HERE/panel-review" --selftest libraries window --language "$language"; then
    if [ "$language" = cy ]; then
      echo "Nid ychwanegwyd Adolygiad Panel at eich dewislen: ni all ddechrau ar y cyfrifiadur hwn eto (gweler uchod)." >&2
    else
      echo "Panel Review was not added to your menu: it cannot start on this computer yet (see above)." >&2
    fi
    exit 1
  fi
  mkdir -p "$APPS" "$MIME/packages" "$ICONS"
  # The menu entry runs this folder's copy, wherever it was unpacked. Quoted only when the
  # path has a space: xdg-open without a desktop environment does not understand quotes.
  program=$HERE/panel-review
  case "$program" in *[[:space:]]*) program="\"$program\"" ;; esac
  sed "s|^Exec=panel-review|Exec=$program|" "$HERE/panel-review.desktop" > "$APPS/panel-review.desktop"
  cp "$HERE/panel-review-mime.xml" "$MIME/packages/panel-review.xml"
  cp "$HERE/panel-review.svg" "$ICONS/panel-review.svg"
  for type in pack review card; do
    xdg-mime default panel-review.desktop "application/x-panel-review-$type" 2>/dev/null || true
  done
fi
if command -v update-mime-database >/dev/null; then update-mime-database "$MIME"; fi
if command -v update-desktop-database >/dev/null; then update-desktop-database -q "$APPS"; fi
if [ "$language" = cy ]; then echo "wedi gorffen"; else echo "done"; fi
