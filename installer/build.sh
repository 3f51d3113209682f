#!/usr/bin/env bash
# Build what members install, into dist/: the one-folder bundle (dist/panel-review), and on
# Debian/Ubuntu the .deb and the portable tarball.
#
#     installer/build.sh                        makes build/venv on first use
#     PYTHON=path/to/python installer/build.sh  an environment that has the app and PyInstaller
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
  want=$(cat pyproject.toml installer/requirements-build.txt | sha256sum | cut -d' ' -f1)
  if [ ! -x "$VENV/bin/python" ] || [ "$(cat "$VENV/.installed" 2>/dev/null)" != "$want" ]; then
    echo "Creating the build environment in $VENV…"
    mkdir -p build
    python3 -m venv "$VENV"
    # pip's output only when it fails: the build backend's warnings are not ours to act on.
    if ! { "$VENV/bin/python" -m pip install -q --upgrade pip \
      && "$VENV/bin/python" -m pip install -q -e . -r installer/requirements-build.txt; } >build/pip.log 2>&1; then
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
fi
