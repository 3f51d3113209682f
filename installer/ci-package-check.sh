#!/usr/bin/env bash
# Build the bundle and the .deb from this checkout, install the .deb as a member's computer
# would, check the installed copy, and remove it again. CI runs it after the tests
# (.ci/run); it can be run by hand the same way (it needs root or sudo for apt-get).
#
# Checks: dist/SHA256SUMS and its signature (made with a throwaway key) with
# installer/verify-release.sh, sha256sum and openssl, and that a changed file or changed sums
# are refused; `panel-review --selftest` from /usr/bin (database, templates, packages, PDF, DOCX,
# Welsh); the last release's database opened and reported on by the installed build; and
# that the desktop knows our three file types and opens a .prcard with panel-review.desktop
# (xdg-mime, then xdg-open under Xvfb: the real xcb window); then a newer build installed
# while the app is open (installer/upgrade-check.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"
fail() { echo "FAIL: $*" >&2; exit 1; }

# Debian's packaging tools, and the desktop's own lookups (xdg-mime asks libfile-mimeinfo-perl's
# `mimetype` for a file's type when no desktop environment is running, as in CI).
# PyInstaller needs Python's shared library (libpython3.11), which python3 alone does not bring.
libpython=libpython$(python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])')
need=""
for p in dpkg-dev desktop-file-utils shared-mime-info xdg-utils libfile-mimeinfo-perl xvfb xauth python3-venv openssl \
  "$libpython"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need="$need $p"
done
if [ -n "$need" ]; then
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $need >/dev/null
fi

# A throwaway Ed25519 key stands in for the release key, so the build signs SHA256SUMS as a
# release would; its private half never leaves this run.
keys=$(mktemp -d)
trap 'rm -rf "$keys"' EXIT
openssl genpkey -algorithm ed25519 -out "$keys/throwaway.pem" 2>/dev/null
openssl pkey -in "$keys/throwaway.pem" -pubout -out "$keys/throwaway.pub"

start=$SECONDS
PANEL_REVIEW_SIGNING_KEY=$keys/throwaway.pem installer/build.sh
echo "build (environment, bundle, .deb, tarball, signed sums): $((SECONDS - start)) s"
desktop-file-validate installer/linux/panel-review.desktop

# What a release publishes: the sums cover exactly the .deb and the tarball, and they and the
# signature check out with our script, with sha256sum and with openssl alone (docs/release.md,
# "Checking a download"). Then a changed file, and sums rewritten to match it, are refused.
version=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
listed=$(cut -d' ' -f3- dist/SHA256SUMS | tr '\n' ' ')
[ "$listed" = "panel-review-$version-linux-$(uname -m).tar.gz panel-review_${version}_$(dpkg --print-architecture).deb " ] \
  || fail "dist/SHA256SUMS lists '$listed', not the .deb and the tarball of $version"
installer/verify-release.sh --key "$keys/throwaway.pub" dist >/dev/null || fail "verify-release.sh refused the build"
(cd dist && sha256sum -c --strict --quiet SHA256SUMS) || fail "sha256sum -c refused dist/SHA256SUMS"
openssl base64 -d -A -in dist/SHA256SUMS.sig -out "$keys/sig"
openssl pkeyutl -verify -pubin -inkey "$keys/throwaway.pub" -rawin -in dist/SHA256SUMS -sigfile "$keys/sig" >/dev/null \
  || fail "openssl refused dist/SHA256SUMS.sig"
tampered=$keys/tampered
mkdir "$tampered"
cp dist/SHA256SUMS dist/SHA256SUMS.sig dist/panel-review-"$version"-linux-*.tar.gz "$tampered/"
tarball=$(basename "$tampered"/*.tar.gz)
printf '\0' >>"$tampered/$tarball"
! installer/verify-release.sh --key "$keys/throwaway.pub" "$tampered" >/dev/null 2>&1 \
  || fail "verify-release.sh accepted a changed $tarball"
! (cd "$tampered" && sha256sum -c --ignore-missing --quiet SHA256SUMS >/dev/null 2>&1) \
  || fail "sha256sum -c accepted a changed $tarball"
new=$(sha256sum "$tampered/$tarball" | cut -d' ' -f1)
sed -i "s/^[0-9a-f]\{64\}  $tarball\$/$new  $tarball/" "$tampered/SHA256SUMS"
grep -q "^$new  $tarball\$" "$tampered/SHA256SUMS" || fail "could not rewrite the sums for the tamper check"
! installer/verify-release.sh --key "$keys/throwaway.pub" "$tampered" >/dev/null 2>&1 \
  || fail "verify-release.sh accepted SHA256SUMS rewritten to match a changed file"
! openssl pkeyutl -verify -pubin -inkey "$keys/throwaway.pub" -rawin -in "$tampered/SHA256SUMS" -sigfile "$keys/sig" \
  >/dev/null 2>&1 || fail "openssl accepted the signature over a rewritten SHA256SUMS"
rm -rf "$tampered"
echo "SHA256SUMS: lists the .deb and the tarball, signature good; a changed file and rewritten sums refused"

# A home of its own, so nothing is read from or left in the CI user's data folder.
scratch=$(mktemp -d)
cleanup() {
  rm -rf "$scratch" "$keys"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get remove --purge -y -qq panel-review >/dev/null
}
debs=(dist/panel-review_*.deb)
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "./${debs[0]}" >/dev/null
trap cleanup EXIT
[ "$(command -v panel-review)" = /usr/bin/panel-review ] || fail "panel-review is not /usr/bin/panel-review"
export HOME=$scratch/home
mkdir -p "$HOME"

env -u QT_QPA_PLATFORM QT_QPA_PLATFORM=offscreen /usr/bin/panel-review --selftest

# One build identity: the installed copy names the commit it was built from (this checkout)
# and its build date, where every installed copy once said "Running from source".
identity=$(/usr/bin/panel-review --version)
echo "$identity"
commit=$(git rev-parse HEAD 2>/dev/null || echo unknown)
case "$identity" in
  *", built "*" from commit $commit") ;;
  *) fail "--version does not name this build: $identity (expected commit $commit)" ;;
esac

# The last release's coordinator database (tests/fixtures), opened by the installed build
# (migrations, from the files in the bundle, after a backup) and its internal report
# written as PDF and Word: what a coordinator's laptop does after an upgrade. Its texts
# were never confirmed for publication, so a published report must be refused (exit 2)
# and nothing written.
fixture=$(ls tests/fixtures/coordinator-*.db | sort -V | tail -n 1)
mkdir "$scratch/coordinator"
cp "$fixture" "$scratch/coordinator/panel-review.db"
passphrase=$(sed -n 's/^PASSPHRASE = "\(.*\)"$/\1/p' tests/conftest.py)
for format in pdf docx; do
  PANEL_REVIEW_PASSPHRASE=$passphrase /usr/bin/panel-review --profile "$scratch/coordinator" \
    report --round 1 --mode internal --format "$format" -o "$scratch/report.$format" >/dev/null
  [ -s "$scratch/report.$format" ] || fail "no $format report from $(basename "$fixture")"
done
refused=0
PANEL_REVIEW_PASSPHRASE=$passphrase /usr/bin/panel-review --profile "$scratch/coordinator" \
  report --round 1 --format pdf -o "$scratch/published.pdf" >/dev/null 2>&1 || refused=$?
[ "$refused" = 2 ] && [ ! -e "$scratch/published.pdf" ] \
  || fail "an unconfirmed published report was not refused (exit $refused)"
echo "$(basename "$fixture"): opened by the installed build, internal report written as PDF and DOCX," \
  "unconfirmed published report refused"

cp tests/hostile/files/card-member1.prcard "$scratch/check.prcard"
touch "$scratch/check.prpack" "$scratch/check.prreview" "$scratch/check.prreceipt"
for kind in card:prcard pack:prpack review:prreview receipt:prreceipt; do
  type=application/x-panel-review-${kind%%:*}
  found=$(xdg-mime query filetype "$scratch/check.${kind#*:}")
  [ "$found" = "$type" ] || fail "xdg-mime says $found for .${kind#*:}, not $type"
  handler=$(xdg-mime query default "$type")
  [ "$handler" = panel-review.desktop ] || fail "xdg-mime names '$handler' for $type, not panel-review.desktop"
done
echo "file types: .prcard .prpack .prreview .prreceipt open with panel-review.desktop"

# Double-click, as the desktop does it: xdg-open runs the .desktop file's Exec line on a real
# (virtual) X display; the app prints "ready" when its first screen is up, then quits.
opened=$(env -u QT_QPA_PLATFORM PANEL_REVIEW_QUIT_WHEN_READY=1 xvfb-run -a xdg-open "$scratch/check.prcard")
grep -q '^ready ' <<<"$opened" || fail "xdg-open did not start Panel Review on the .prcard: $opened"
echo "xdg-open check.prcard: Panel Review started on an X display"

# Double-click while Panel Review is open: the running copy (on the one profile of this home)
# takes the file, and the copy the desktop started leaves at once with exit 0.
PANEL_REVIEW_PASSPHRASE=$passphrase /usr/bin/panel-review profile create --name "CI office" --role coordinator \
  >/dev/null
handover=$(env -u QT_QPA_PLATFORM scratch="$scratch" xvfb-run -a bash -c '
  PANEL_REVIEW_UNATTENDED=1 /usr/bin/panel-review >"$scratch/first.out" 2>"$scratch/first.err" & first=$!
  for _ in $(seq 300); do grep -q "^listening True" "$scratch/first.out" && break; sleep 0.1; done
  xdg-open "$scratch/check.prcard"; echo "second copy exit $?"
  for _ in $(seq 100); do grep -q "^handed check.prcard" "$scratch/first.out" && break; sleep 0.1; done
  cat "$scratch/first.out"; kill "$first"')
grep -q '^second copy exit 0$' <<<"$handover" && grep -q '^handed check.prcard$' <<<"$handover" \
  || fail "a .prcard opened while Panel Review was open did not reach it: $handover $(cat "$scratch/first.err")"
echo "xdg-open check.prcard while open: handed to the running copy"

# A new version installed over the running copy (the last check: it replaces the install).
installer/upgrade-check.sh
echo "package check passed"
