#!/usr/bin/env bash
# A new version installed while Panel Review is open, on a real installed .deb and a real
# X display: the running copy must say it was updated and must restart, never fail with a
# traceback (a newer .deb over a running copy once made "Print my review" do nothing, with
# only `zlib.error` on stderr), and must still quit cleanly, backup included.
#
#     installer/upgrade-check.sh      after installer/ci-package-check.sh has installed this
#                                     checkout's .deb (it calls this script itself)
#
# Version N is the installed .deb. Version N+1 is the same sources built again under
# another commit name, so its program archive differs as a new release's does, packed as
# VERSION+next (which dpkg orders after VERSION). The running copy is a member's demo
# profile with a round open; after the upgrade it is asked to print (Ctrl+P), then to quit.
set -euo pipefail
cd "$(dirname "$0")/.."
fail() { echo "FAIL: $*" >&2; exit 1; }
sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"
need=""
for p in xvfb xauth openbox xdotool x11-utils; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need="$need $p"
done
if [ -n "$need" ]; then
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $need >/dev/null
fi
[ -x /usr/bin/panel-review ] || fail "install this checkout's .deb first (installer/ci-package-check.sh)"
VERSION=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
PYTHON=${PYTHON:-build/venv/bin/python}

start=$SECONDS
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
PANEL_REVIEW_COMMIT="$commit-next" "$PYTHON" -m PyInstaller --noconfirm --log-level ERROR \
  --distpath build/next/dist --workpath build/next/work installer/panel-review.spec
BUNDLE=build/next/dist/panel-review OUT=build/next NO_TARBALL=1 installer/linux/build-deb.sh "$VERSION+next" >/dev/null
next_deb=build/next/panel-review_${VERSION}+next_$(dpkg --print-architecture).deb
[ -s "$next_deb" ] || fail "no $next_deb"
echo "version N+1 built and packed in $((SECONDS - start)) s"

scratch=$(mktemp -d)
n=90; while [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ]; do n=$((n+1)); done
export DISPLAY=:$n
Xvfb "$DISPLAY" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
app=""
cleanup() {
  [ -n "$app" ] && kill "$app" 2>/dev/null
  kill "$xvfb" 2>/dev/null
  rm -rf "$scratch"
}
trap cleanup EXIT
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
openbox >/dev/null 2>&1 &

# Version N, open on a member's demo round, as a member mid-review.
HOME=$scratch/home
mkdir -p "$HOME"
env -u QT_QPA_PLATFORM HOME="$HOME" PANEL_REVIEW_UNATTENDED=1 /usr/bin/panel-review --demo \
  >"$scratch/out" 2>"$scratch/err" &
app=$!
for _ in $(seq 600); do grep -q '^listening ' "$scratch/out" && break; sleep 0.1; done
grep -q '^listening ' "$scratch/out" || fail "version N did not start: $(tail -n 20 "$scratch/err")"
window=$(xdotool search --sync --onlyvisible --name '^Panel Review$' | head -n 1)
keys() { xdotool windowactivate --sync "$window" key --clearmodifiers "$@"; }
keys Return  # open the round
sleep 3
identity_before=$(/usr/bin/panel-review --version)

DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "./$next_deb" >"$scratch/apt" 2>&1 \
  || fail "version N+1 did not install: $(cat "$scratch/apt")"
identity_after=$(/usr/bin/panel-review --version)
[ "$identity_after" != "$identity_before" ] || fail "the installed program did not change: $identity_after"
kill -0 "$app" || fail "version N stopped when N+1 was installed"

keys ctrl+p  # Print my review: loads the printing code, not yet loaded in this session
for _ in $(seq 100); do grep -q 'Panel Review was updated' "$scratch/err" && break; sleep 0.1; done
grep -q 'Panel Review was updated: A new version of Panel Review was installed' "$scratch/err" \
  || fail "no restart message after printing: $(tail -n 20 "$scratch/err")"
grep -q 'already saved' "$scratch/err" || fail "the message does not say the work is saved"
kill -0 "$app" || fail "the running copy stopped instead of saying it must restart"

keys ctrl+q  # quit: the workspace saved and today's backup made, from the old copy's memory
for _ in $(seq 300); do kill -0 "$app" 2>/dev/null || break; sleep 0.1; done
kill -0 "$app" 2>/dev/null && fail "the running copy did not quit"
code=0
wait "$app" || code=$?
app=""
[ "$code" = 0 ] || fail "quitting after the upgrade ended with exit code $code: $(tail -n 20 "$scratch/err")"
if grep -Eq 'Traceback|zlib.error|Error -3' "$scratch/err"; then
  fail "a traceback after the upgrade: $(cat "$scratch/err")"
fi
echo "upgrade while running: $identity_before -> $identity_after; printing said 'Panel Review was updated'" \
  "and the copy quit cleanly"
