#!/usr/bin/env bash
# Check a Panel Review download: that SHA256SUMS was signed with the release key, and that
# every file beside it has the SHA-256 it lists. Needs bash and OpenSSL 3 only (Linux, Git Bash
# on Windows), nothing of Panel Review's own.
#
#     installer/verify-release.sh [--key PUBLIC_KEY] [FOLDER]
#
# FOLDER (the current one if not given) holds SHA256SUMS, SHA256SUMS.sig and the files you
# downloaded; files the list names but you did not download are skipped, as long as at least
# one is there. PUBLIC_KEY is installer/release-key.pub unless given: check its fingerprint,
# printed below, against the one in docs/release.md or the one the project told you. Exit 0
# only when the signature is good and every file present matches; otherwise it says what is
# wrong and exits 1. docs/release.md, "Checking a download", gives the same checks by hand.
set -euo pipefail
fail() { echo "REFUSED: $*" >&2; exit 1; }
key="$(dirname "$0")/release-key.pub"
if [ "${1:-}" = --key ]; then
  key=${2:?--key needs a public key file}
  shift 2
fi
dir=${1:-.}
[ $# -le 1 ] || fail "usage: verify-release.sh [--key PUBLIC_KEY] [FOLDER]"
command -v openssl >/dev/null || fail "openssl is not installed"
[ -f "$key" ] || fail "no public key at $key (give one with --key)"
[ -f "$dir/SHA256SUMS" ] || fail "no SHA256SUMS in $dir"
[ -f "$dir/SHA256SUMS.sig" ] || fail "no SHA256SUMS.sig in $dir: without it the sums prove nothing about who made them"

fingerprint=$(openssl pkey -pubin -in "$key" -outform DER | openssl dgst -sha256 -r | cut -c1-64) \
  || fail "$key is not a public key in PEM"
echo "release key: $key, fingerprint SHA256:$fingerprint"

# The signature first: until it is good, nothing in SHA256SUMS can be trusted.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
tr -d '\r\n' <"$dir/SHA256SUMS.sig" >"$scratch/sig.b64"
openssl base64 -d -A -in "$scratch/sig.b64" -out "$scratch/sig" 2>/dev/null \
  && [ "$(wc -c <"$scratch/sig" | tr -d ' ')" = 64 ] \
  || fail "SHA256SUMS.sig is not an Ed25519 signature in base64"
openssl pkeyutl -verify -pubin -inkey "$key" -rawin -in "$dir/SHA256SUMS" -sigfile "$scratch/sig" >/dev/null 2>&1 \
  || fail "the signature does not match SHA256SUMS and this key: SHA256SUMS was changed, or signed with another key"
echo "signature: good (SHA256SUMS is as the holder of this key signed it)"

checked=0
bad=0
while IFS= read -r line || [ -n "$line" ]; do
  line=${line%$'\r'}
  [ -n "$line" ] || continue
  # sha256sum's format: 64 hex digits, two spaces (or a space and '*'), the file's name.
  [[ $line =~ ^([0-9a-f]{64})\ [\ *](.+)$ ]] || fail "SHA256SUMS has a line that is not '<hash>  <name>': $line"
  want=${BASH_REMATCH[1]}
  name=${BASH_REMATCH[2]}
  case "$name" in */* | *\\* | .. | .) fail "SHA256SUMS names $name, which is not a plain file name" ;; esac
  if [ ! -e "$dir/$name" ]; then
    echo "not downloaded: $name"
    continue
  fi
  got=$(openssl dgst -sha256 -r "$dir/$name" | cut -c1-64)
  if [ "$got" = "$want" ]; then
    echo "OK: $name"
  else
    echo "FAILED: $name (its SHA-256 is $got, SHA256SUMS says $want)" >&2
    bad=$((bad + 1))
  fi
  checked=$((checked + 1))
done <"$dir/SHA256SUMS"
[ "$bad" = 0 ] || fail "$bad file(s) differ from what was signed: do not install them"
[ "$checked" -gt 0 ] || fail "none of the files SHA256SUMS lists is in $dir"
echo "verified: $checked file(s) are exactly the ones released"
