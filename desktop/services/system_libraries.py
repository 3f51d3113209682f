"""The system libraries this build leaves to the computer, and which of them it lacks.

The Linux bundle carries Python, Qt and ICU but leaves about 45 libraries to the system
(X11 and xcb, fontconfig, GLib, D-Bus, OpenSSL 3, SQLite...: `installer/panel-review.spec`).
The .deb names their packages in Depends, so apt brings them; the portable tarball cannot.
On a desktop without one, a part of the app fails with a message about a file a member
has never heard of, or the whole app aborts. So the self-test asks `ldd`, which lists
each library a program needs and "not found" for those the system lacks, and a small
table turns each file into the Debian and Ubuntu package that has it, for one apt line.
A library not in the table is named by its file; one of the bundle's own (Qt, ICU, the
bindings) means the build itself is damaged.

Nothing here imports more than the standard library and the catalogue's words, so the
self-test can still say all this when a part of the app cannot even be imported
(`desktop/launcher.py`).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import sysconfig
from collections.abc import Iterable, Sequence
from pathlib import Path

from desktop.services.selftest import CheckFailed, Said

# The packages that have them, named the same on Debian 12 and Ubuntu 22.04 and 24.04
# (apt finds Ubuntu 24.04's renamed "t64" packages under these names too).
PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libGLX.so.0": "libglx0",
    "libOpenGL.so.0": "libopengl0",
    "libGLdispatch.so.0": "libglvnd0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libpng16.so.16": "libpng16-16",
    "libexpat.so.1": "libexpat1",
    "libbrotlidec.so.1": "libbrotli1",
    "libbrotlicommon.so.1": "libbrotli1",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libpcre2-8.so.0": "libpcre2-8-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libsystemd.so.0": "libsystemd0",
    "libbsd.so.0": "libbsd0",
    "libmd.so.0": "libmd0",
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
    "liblzma.so.5": "liblzma5",
    "liblz4.so.1": "liblz4-1",
    "libbz2.so.1.0": "libbz2-1.0",
    "libffi.so.8": "libffi8",
    "libuuid.so.1": "libuuid1",
    "libgcrypt.so.20": "libgcrypt20",
    "libgpg-error.so.0": "libgpg-error0",
    "libcap.so.2": "libcap2",
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
    "libsqlite3.so.0": "libsqlite3-0",
    "libcrypto.so.3": "libssl3",
    "libssl.so.3": "libssl3",
    "libgssapi_krb5.so.2": "libgssapi-krb5-2",
    "libkrb5.so.3": "libkrb5-3",
    "libk5crypto.so.3": "libk5crypto3",
    "libcom_err.so.2": "libcom-err2",
    "libkeyutils.so.1": "libkeyutils1",
}

# Files that come with the app (Qt, ICU, Python, the bindings): missing means the build is damaged.
OWN_LIBRARIES = ("libQt6", "libicu", "libpyside6", "libshiboken6", "libpython")

NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$", re.MULTILINE)

# From source, the Qt bindings the app imports (PySide6 has many more, which it never loads).
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtNetwork", "QtPdf", "QtPdfWidgets")
PACKAGES_WITH_LIBRARIES = ("sqlcipher3", "cryptography", "pyrage", "PIL", "shiboken6")


def missing_libraries(ldd_output: str) -> list[str]:
    """The "not found" libraries of `ldd` output, each once, in the order `ldd` gave them."""
    return list(dict.fromkeys(NOT_FOUND.findall(ldd_output)))


def run_ldd(files: Iterable[Path]) -> str:
    """`ldd` of each file, joined; empty where there is no `ldd` (not Linux, or not glibc)."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return ""
    out = []
    for path in files:
        try:
            done = subprocess.run([ldd, str(path)], capture_output=True, text=True, timeout=30, check=False)
        except (OSError, subprocess.TimeoutExpired):
            continue
        out.append(done.stdout)
    return "\n".join(out)


def install_command(packages: Sequence[str]) -> str:
    return "sudo apt install " + " ".join(packages)


def explain(libraries: Sequence[str], lead: Said) -> Said:
    """`lead` (what cannot work), then the one apt line, the unknown files and the app's own."""
    own = [name for name in libraries if name.startswith(OWN_LIBRARIES)]
    system = [name for name in libraries if name not in own]
    packages = list(dict.fromkeys(PACKAGES[name] for name in system if name in PACKAGES))
    unknown = [name for name in system if name not in PACKAGES]
    parts = [lead] if system else []
    if packages:
        parts.append(Said.one("window.install", command=install_command(packages)))
    if unknown:
        parts.append(Said.one("window.unknown", libraries=", ".join(unknown)))
    if own:
        parts.append(Said.one("window.damaged", libraries=", ".join(own)))
    return Said(tuple(part for said in parts for part in said.parts))


def bundle_files() -> list[Path]:
    """Every compiled file of this build that the system's loader must link.

    In the bundle: the program and every shared library in it. From source: Python's own
    extension modules and those of the packages the app uses.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        inside = sorted(path for path in Path(bundle).rglob("*.so*") if path.is_file())
        return [Path(sys.executable), *inside]
    folders = [Path(sysconfig.get_config_var("DESTSHARED") or sysconfig.get_path("platstdlib"))]
    files = [path for folder in folders if folder.is_dir() for path in sorted(folder.glob("*.so"))]
    for package in PACKAGES_WITH_LIBRARIES:
        files += _package_libraries(package, "*.so")
    for module in QT_MODULES:
        files += _package_libraries("PySide6", f"{module}.*.so")
    return files


def _package_libraries(package: str, pattern: str) -> list[Path]:
    import importlib.util

    spec = importlib.util.find_spec(package)  # finds it without importing (loading) it
    places = spec.submodule_search_locations if spec is not None else None
    return [path for place in places or [] for path in sorted(Path(place).rglob(pattern))]


def check_libraries(_work: Path) -> None:
    """Every library this build leaves to the system is there (Linux, where `ldd` is)."""
    missing = missing_libraries(run_ldd(bundle_files()))
    if missing:
        system = [name for name in missing if not name.startswith(OWN_LIBRARIES)]
        lead = Said.one("libraries.missing", libraries=", ".join(system))
        raise CheckFailed(said=explain(missing, lead))
