"""Importing a 200 MB assignment pack: our reader against the reference age tool.

Targets: reading every entry through `read_container` (decrypt, tar, hashes) within
3x of `age -d -o /dev/null` on the same file, measured in this run; peak memory of
the read under 300 MB (measured in a fresh subprocess, so nothing else counts). Also
times `write_container` for the same pack against `age -e` of the same plaintext into
a file; ours also hashes every entry twice (before the manifest, and again as it is
written, to be sure it did not change) and fsyncs, so no target is set for it.

    python bench/exchange_import.py
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.exchange.container import Outgoing, write_container
from desktop.exchange.keys import KeyPair, generate_keys

ROOT = Path(__file__).resolve().parent.parent

DOCUMENTS = 100
DOCUMENT_SIZE = 2_000_000  # 100 x 2 MB = 200 MB of incompressible "scans"
RUNS = 3

READ = """
import resource, sys, time
from pathlib import Path
from desktop.exchange.container import read_container
from desktop.exchange.keys import KeyPair
identity = KeyPair(bytes.fromhex(sys.argv[2]), sys.argv[3])
start = time.perf_counter()
total = 0
with read_container(Path(sys.argv[1]), kind="assignment-pack", identity=identity) as reader:
    for _, data in reader.entries():
        total += len(data)
elapsed = time.perf_counter() - start
print(elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, total)
"""

BASELINE_MEMORY = """
import resource
import desktop.exchange.container
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


_RANDOM = [os.urandom(DOCUMENT_SIZE) for _ in range(8)]


def document(n: int) -> bytes:
    """The same bytes each time it is loaded (write_container loads twice); 16 MB held in all."""
    return _RANDOM[n % len(_RANDOM)]


def write_pack(path: Path, coordinator: KeyPair, member: KeyPair) -> float:
    entries = [
        Outgoing(f"documents/c-{n // 4}/{n}-scan.pdf", lambda n=n: document(n)) for n in range(DOCUMENTS)
    ]
    start = time.perf_counter()
    write_container(path, kind="assignment-pack", sender=coordinator, sender_name="Bench OPCC",
                    sender_role="coordinator", recipient=member.public, round_uid="R-bench", revision=1,
                    entries=entries)  # fmt: skip
    return time.perf_counter() - start


def run(*command: str, stdin: Path | None = None) -> float:
    start = time.perf_counter()
    with open(stdin or os.devnull, "rb") as source:
        subprocess.run(command, stdin=source, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def python(*args: str) -> list[float]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run(
        [sys.executable, "-c", *args], check=True, env=env, cwd=ROOT, capture_output=True, text=True
    )
    return [float(x) for x in out.stdout.split()]


def main() -> None:
    if shutil.which("age") is None:
        sys.exit("the reference age tool is needed as the baseline (apt-get install age)")
    folder = Path(tempfile.mkdtemp(prefix="panel-review-bench-"))
    try:
        measure(folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def measure(folder: Path) -> None:
    coordinator, member = generate_keys(), generate_keys()
    pack, identity = folder / "bench.prpack", folder / "identity.txt"
    identity.write_text(member.encryption_identity + "\n")
    writes = [write_pack(pack, coordinator, member) for _ in range(RUNS)]
    plain = folder / "plain.bin"
    with open(plain, "wb") as out:
        for n in range(DOCUMENTS):
            out.write(document(n))
    age_encrypt = [
        run("age", "-r", member.public.encryption_key, "-o", os.devnull, stdin=plain) for _ in range(RUNS)
    ]
    plain.unlink()
    age_decrypt = [run("age", "-d", "-i", str(identity), "-o", os.devnull, str(pack)) for _ in range(RUNS)]
    reads = [
        python(READ, str(pack), member.signing_private.hex(), member.encryption_identity) for _ in range(RUNS)
    ]
    assert all(int(r[2]) == DOCUMENTS * DOCUMENT_SIZE for r in reads)
    baseline_mb = python(BASELINE_MEMORY)[0]
    report(pack.stat().st_size, writes, age_encrypt, age_decrypt, reads, baseline_mb)


def report(size: int, writes: list[float], age_encrypt: list[float], age_decrypt: list[float],
           reads: list[list[float]], baseline_mb: float) -> None:  # fmt: skip
    read, age_d = statistics.median(r[0] for r in reads), statistics.median(age_decrypt)
    write, age_e = statistics.median(writes), statistics.median(age_encrypt)
    peak = max(r[1] for r in reads)
    print(f"assignment pack of {DOCUMENTS} documents, {size / 1e6:.0f} MB (median of {RUNS} runs):")
    print(f"  age -d to /dev/null:            {age_d:6.2f} s")
    print(f"  read_container, every entry:    {read:6.2f} s  ratio {read / age_d:.2f}x | target <= 3x",
          "OK" if read <= 3 * age_d else "OVER")  # fmt: skip
    print(f"  age -e of the plaintext to a file: {age_e:6.2f} s")
    print(f"  write_container (hash twice, write, fsync): {write:6.2f} s  ratio {write / age_e:.2f}x")
    print(
        f"  peak memory of the read:        {peak:6.1f} MB",
        "| target < 300 MB",
        "OK" if peak < 300 else "OVER",
    )
    print(f"  (a bare interpreter with desktop.exchange imported: {baseline_mb:.1f} MB)")


if __name__ == "__main__":
    main()
