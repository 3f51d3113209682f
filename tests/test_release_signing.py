"""A release's SHA256SUMS and its signature, made and checked by the real scripts.

installer/sign-release.sh writes SHA256SUMS and signs it (build.sh and the release workflow
run it); installer/verify-release.sh is what OPCC IT runs on a download. Here both run on
small files with a throwaway Ed25519 key, and the sums and the signature are also checked
with sha256sum and OpenSSL directly, as docs/release.md tells a person to. A changed file, a
changed SHA256SUMS and another key's signature must each be refused.
"""

from __future__ import annotations

import base64
import hashlib
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SIGN = ROOT / "installer" / "sign-release.sh"
VERIFY = ROOT / "installer" / "verify-release.sh"
RELEASE_KEY = ROOT / "installer" / "release-key.pub"
FILES = {
    "panel-review_9.9.9_amd64.deb": b"a package\n",
    "panel-review-9.9.9-linux-x86_64.tar.gz": b"\x1f\x8b tar",
}


def run(*args: str | Path, key: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PANEL_REVIEW_SIGNING_KEY"}
    if key is not None:
        env["PANEL_REVIEW_SIGNING_KEY"] = str(key)
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, env=env, timeout=60)


def make_key(folder: Path, name: str) -> tuple[Path, Path]:
    private, public = folder / f"{name}.pem", folder / f"{name}.pub"
    run("openssl", "genpkey", "-algorithm", "ed25519", "-out", private).check_returncode()
    run("openssl", "pkey", "-in", private, "-pubout", "-out", public).check_returncode()
    return private, public


@pytest.fixture
def release(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A dist folder with two release files, signed; the key pair that signed it."""
    keys = tmp_path / "keys"
    keys.mkdir()
    private, public = make_key(keys, "throwaway")
    dist = tmp_path / "dist"
    dist.mkdir()
    for name, content in FILES.items():
        (dist / name).write_bytes(content)
    (dist / "panel-review").mkdir()  # the bundle folder: never listed
    signed = run(SIGN, dist, *(dist / name for name in FILES), key=private)
    assert signed.returncode == 0, signed.stderr
    assert "NOT installer/release-key.pub" in signed.stdout
    return dist, private, public


def verify(dist: Path, public: Path) -> subprocess.CompletedProcess[str]:
    return run(VERIFY, "--key", public, dist)


def openssl_verify(dist: Path, public: Path) -> bool:
    signature = dist.parent / "signature.bin"
    signature.write_bytes(base64.b64decode((dist / "SHA256SUMS.sig").read_text(encoding="ascii")))
    checked = run(
        "openssl", "pkeyutl", "-verify", "-pubin", "-inkey", public, "-rawin",
        "-in", dist / "SHA256SUMS", "-sigfile", signature,
    )  # fmt: skip
    return checked.returncode == 0


def test_the_sums_are_sha256sums_own_format_and_the_signature_is_good(
    release: tuple[Path, Path, Path],
) -> None:
    dist, _, public = release
    assert (dist / "SHA256SUMS").read_text(encoding="utf-8") == "".join(
        f"{hashlib.sha256(FILES[name]).hexdigest()}  {name}\n" for name in sorted(FILES)
    )
    # One line of base64 holding the 64 bytes of an Ed25519 signature.
    text = (dist / "SHA256SUMS.sig").read_text(encoding="ascii")
    assert text.endswith("\n") and text.count("\n") == 1
    assert len(base64.b64decode(text)) == 64

    checked = verify(dist, public)
    assert checked.returncode == 0, checked.stderr
    assert "signature: good" in checked.stdout
    assert f"verified: {len(FILES)} file(s)" in checked.stdout
    assert subprocess.run(["sha256sum", "-c", "--strict", "SHA256SUMS"], cwd=dist).returncode == 0
    assert openssl_verify(dist, public)


def test_a_changed_file_is_refused(release: tuple[Path, Path, Path]) -> None:
    dist, _, public = release
    name = "panel-review_9.9.9_amd64.deb"
    with (dist / name).open("ab") as file:
        file.write(b"\0")
    checked = verify(dist, public)
    assert checked.returncode == 1
    assert f"FAILED: {name}" in checked.stderr and "do not install" in checked.stderr
    assert subprocess.run(
        ["sha256sum", "-c", "--quiet", "SHA256SUMS"], cwd=dist, capture_output=True
    ).returncode


def test_a_changed_sha256sums_is_refused_though_it_matches_the_changed_file(
    release: tuple[Path, Path, Path],
) -> None:
    """Whoever swaps a file can rewrite the sums to match it; only the signature catches them."""
    dist, _, public = release
    name = "panel-review_9.9.9_amd64.deb"
    (dist / name).write_bytes(b"something else\n")
    sums = (dist / "SHA256SUMS").read_text(encoding="utf-8")
    forged = sums.replace(
        hashlib.sha256(FILES[name]).hexdigest(), hashlib.sha256(b"something else\n").hexdigest()
    )
    assert forged != sums
    (dist / "SHA256SUMS").write_text(forged, encoding="utf-8")
    checked = verify(dist, public)
    assert checked.returncode == 1
    assert "signature does not match" in checked.stderr
    assert not openssl_verify(dist, public)


def test_another_keys_signature_and_a_missing_or_damaged_one_are_refused(
    release: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    dist, _, public = release
    other, _ = make_key(tmp_path / "keys", "other")
    assert run(SIGN, dist, *(dist / name for name in FILES), key=other).returncode == 0
    refused = verify(dist, public)
    assert refused.returncode == 1 and "signature does not match" in refused.stderr
    assert not openssl_verify(dist, public)
    # The project's own release key did not sign the throwaway release either.
    assert verify(dist, RELEASE_KEY).returncode == 1

    (dist / "SHA256SUMS.sig").write_text("not base64 at all!\n", encoding="ascii")
    damaged = verify(dist, public)
    assert damaged.returncode == 1 and "not an Ed25519 signature" in damaged.stderr

    (dist / "SHA256SUMS.sig").unlink()
    missing = verify(dist, public)
    assert missing.returncode == 1 and "no SHA256SUMS.sig" in missing.stderr


def test_without_a_key_only_the_sums_are_written_and_an_old_signature_goes(
    release: tuple[Path, Path, Path],
) -> None:
    dist, _, _ = release
    unsigned = run(SIGN, dist, *(dist / name for name in FILES))
    assert unsigned.returncode == 0, unsigned.stderr
    assert "not signed" in unsigned.stdout
    assert (dist / "SHA256SUMS").exists() and not (dist / "SHA256SUMS.sig").exists()


def test_only_downloaded_files_are_checked_but_at_least_one_must_be_there(
    release: tuple[Path, Path, Path],
) -> None:
    """A member's IT downloads the one installer they need, with the sums and the signature."""
    dist, _, public = release
    (dist / "panel-review-9.9.9-linux-x86_64.tar.gz").unlink()
    one = verify(dist, public)
    assert one.returncode == 0, one.stderr
    assert "not downloaded: panel-review-9.9.9-linux-x86_64.tar.gz" in one.stdout
    (dist / "panel-review_9.9.9_amd64.deb").unlink()
    none = verify(dist, public)
    assert none.returncode == 1 and "none of the files" in none.stderr


def test_a_signed_list_naming_a_file_outside_the_folder_is_refused(release: tuple[Path, Path, Path]) -> None:
    """Even a properly signed list may only name files in the folder it is in."""
    dist, private, public = release
    (dist / "SHA256SUMS").write_text(f"{'0' * 64}  ../outside\n", encoding="utf-8")
    raw = dist.parent / "raw.sig"
    run("openssl", "pkeyutl", "-sign", "-rawin", "-inkey", private, "-in", dist / "SHA256SUMS", "-out", raw)
    (dist / "SHA256SUMS.sig").write_text(base64.b64encode(raw.read_bytes()).decode() + "\n", encoding="ascii")
    assert openssl_verify(dist, public)
    checked = verify(dist, public)
    assert checked.returncode == 1
    assert "not a plain file name" in checked.stderr


def test_signing_refuses_a_file_outside_the_folder_and_a_key_that_is_not_ed25519(
    release: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    dist, _, _ = release
    outside = tmp_path / "elsewhere.exe"
    outside.write_bytes(b"x")
    assert run(SIGN, dist, outside).returncode == 1
    rsa = tmp_path / "rsa.pem"
    run(
        "openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", rsa
    ).check_returncode()
    refused = run(SIGN, dist, *(dist / name for name in FILES), key=rsa)
    assert refused.returncode == 1 and "not an Ed25519 private key" in refused.stderr
