#!/usr/bin/env bash
# Build what members install, into dist/: the one-folder bundle (dist/panel-review), and on
# Debian/Ubuntu the .deb, the portable tarball and SHA256SUMS over the two (with
# SHA256SUMS.sig when a signing key is given: installer/sign-release.sh).
#
#     installer/build.sh                        makes build/venv on first use
#     PYTHON=path/to/python installer/build.sh  an environment that has the app and PyInstaller
#                                               (installed from requirements/app.lock)
#     PANEL_REVIEW_SIGNING_KEY=key.pem installer/build.sh
#                                               also sign dist/SHA256SUMS with the release key
#                                               (Ed25519, PEM; docs/release.md, "Signing")
#
# Needs (Debian): python3-venv, libpython3.11 (Python's shared library, which PyInstaller
# bundles) and dpkg-dev. Windows and macOS: see docs/release.md (the bundle step is the
# same; the wrappers differ).
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')

if [ -z "${PYTHON:-}" ]; then
  # Our own environment: the shared development one (.venv) is never touched by a build.
  VENV=build/venv
  # Remade when the lock changes: a release is built from exactly the versions it names.
  want=$(cat pyproject.toml requirements/app.lock | sha256sum | cut -d' ' -f1)
  if [ ! -x "$VENV/bin/python" ] || [ "$(cat "$VENV/.installed" 2>/dev/null)" != "$want" ]; then
    echo "Creating the build environment in $VENV…"
    mkdir -p build
    python3 -m venv --clear "$VENV"  # emptied first: nothing the lock no longer names is bundled
    # Every package, the build backend included, from requirements/app.lock and checked against
    # its hash; then the app itself, which brings nothing more (docs/decisions.md, "Locked
    # dependencies"). pip's output only when it fails: the build backend's warnings are not
    # ours to act on.
    if ! { "$VENV/bin/python" -m pip install -q --require-hashes -r requirements/app.lock \
      && "$VENV/bin/python" -m pip install -q --no-deps --no-build-isolation -e .; } >build/pip.log 2>&1; then
      cat build/pip.log >&2
      exit 1
    fi
    echo "$want" > "$VENV/.installed"
  fi
  PYTHON=$VENV/bin/python
fi

start=$SECONDS
"$PYTHON" -m PyInstaller --noconfirm --log-level ERROR --distpath dist --workpath build/pyinstaller \
  installer/panel-review.spec
echo "built dist/panel-review $VERSION in $((SECONDS - start)) s ($(du -sh dist/panel-review | cut -f1))"

if command -v dpkg-deb >/dev/null; then
  start=$SECONDS
  installer/linux/build-deb.sh "$VERSION"
  echo "packaged in $((SECONDS - start)) s"
  # What a release publishes from here, and nothing older left in dist/: SHA256SUMS over the
  # .deb and the tarball, signed when PANEL_REVIEW_SIGNING_KEY names the release key.
  installer/sign-release.sh dist dist/panel-review_"$VERSION"_*.deb dist/panel-review-"$VERSION"-linux-*.tar.gz
fi
