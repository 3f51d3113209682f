#!/usr/bin/env bash
# Write SHA256SUMS over a release's files, and sign it when the release key is given.
#
#     installer/sign-release.sh DIR FILE...
#     PANEL_REVIEW_SIGNING_KEY=path/to/release-key.pem installer/sign-release.sh DIR FILE...
#
# Every FILE must be in DIR; SHA256SUMS and SHA256SUMS.sig are written there. SHA256SUMS is
# in sha256sum's own format ("<hash>  <name>", one line a file, names without folders), so
# `sha256sum -c`, `shasum -a 256 -c` and PowerShell's Get-FileHash can all check it.
# SHA256SUMS.sig is OpenSSL's Ed25519 signature of SHA256SUMS's exact bytes, in base64 on one
# line: a text file survives email, web pages and copying where 64 raw bytes may not. Without
# a key, any older SHA256SUMS.sig is removed, so a signature never sits beside sums it does not
# cover. installer/verify-release.sh checks both; docs/release.md, "Checking a download", says
# how to by hand.
set -euo pipefail
fail() { echo "sign-release: $*" >&2; exit 1; }
[ $# -ge 2 ] || fail "usage: installer/sign-release.sh DIR FILE..."
dir=$1
shift
here=$(cd "$(dirname "$0")" && pwd)
[ -d "$dir" ] || fail "no folder $dir"

names=()
for file in "$@"; do
  name=$(basename "$file")
  case "$name" in SHA256SUMS | SHA256SUMS.sig) continue ;; esac
  [ -f "$dir/$name" ] || fail "$name is not a file in $dir"
  names+=("$name")
done
[ ${#names[@]} -gt 0 ] || fail "no files to list"
mapfile -t names < <(printf '%s\n' "${names[@]}" | LC_ALL=C sort -u)

rm -f "$dir/SHA256SUMS" "$dir/SHA256SUMS.sig"
(cd "$dir" && sha256sum -- "${names[@]}") >"$dir/SHA256SUMS.new"
mv "$dir/SHA256SUMS.new" "$dir/SHA256SUMS"
echo "wrote $dir/SHA256SUMS over ${names[*]}"

key=${PANEL_REVIEW_SIGNING_KEY:-}
if [ -z "$key" ]; then
  echo "not signed: PANEL_REVIEW_SIGNING_KEY names no key"
  exit 0
fi
[ -f "$key" ] || fail "PANEL_REVIEW_SIGNING_KEY names $key, which is not a file"
# pkeyutl would sign with an RSA or EC key just as readily; the checks expect Ed25519.
openssl pkey -in "$key" -noout -text 2>/dev/null | head -n 1 | grep -q '^ED25519 Private-Key' \
  || fail "$key is not an Ed25519 private key in PEM"
signature=$(openssl pkeyutl -sign -rawin -inkey "$key" -in "$dir/SHA256SUMS" | openssl base64 -A)
printf '%s\n' "$signature" >"$dir/SHA256SUMS.sig"
if [ "$(openssl pkey -in "$key" -pubout)" = "$(cat "$here/release-key.pub" 2>/dev/null)" ]; then
  echo "signed $dir/SHA256SUMS.sig with the release key (installer/release-key.pub)"
else
  echo "signed $dir/SHA256SUMS.sig with a key that is NOT installer/release-key.pub: right for a test, wrong for a release"
fi
