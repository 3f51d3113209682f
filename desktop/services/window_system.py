"""The self-test's window check: can this computer start the window system the app would use?

Every other check runs without a screen, so a portable build on a desktop that lacks one
of the system libraries Qt's platform plugin links to (`libxcb-cursor0` was the one seen)
passed the self-test, and then the app aborted on its first start with exit code 134 and
only a line on stderr to say why. So this check starts the platform plugin for real, in a
child process: a plugin that cannot load aborts the child, never the self-test, and the
abort becomes a failed check.

When it fails, the member needs to know what to install, not Qt's words. `ldd` on the
plugin (and the Qt libraries it loads) lists the libraries the system lacks as
"not found"; a small table names the Debian and Ubuntu package of each
(`desktop/services/system_libraries.py`, which also checks every other library of the
build).

Which plugin: the one Qt would pick, so QT_QPA_PLATFORM when it is set (CI sets
"offscreen"), else Qt's own choice, which the child reports. With no QT_QPA_PLATFORM and
no display at all (neither DISPLAY nor WAYLAND_DISPLAY, as over ssh) there is nothing to
start a window on: the check is reported as not tested rather than as a missing library,
but the libraries of the default plugin (xcb) are still looked for, and any missing
fails it. The same holds when QT_QPA_PLATFORM names only xcb or wayland and the variable
saying where that display is (DISPLAY, WAYLAND_DISPLAY) is unset.

This layer never imports Qt; the child is the launcher's `--window-probe`
(`desktop/ui/window_probe.py`).
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from desktop import platforms
from desktop.services.selftest import CheckFailed, CheckNotRun, Said
from desktop.services.system_libraries import OWN_LIBRARIES, explain, missing_libraries, run_ldd

PROBE_OPTION = "--window-probe"
TIMEOUT_S = 60
DEFAULT_PLATFORM = "xcb"  # what the PySide6 wheels' Qt picks on Linux (and through XWayland)

# Qt's platform names and the plugin files that provide them on Linux.
PLUGIN_FILES = {
    "xcb": ("libqxcb.so",),
    "wayland": ("libqwayland.so", "libqwayland-generic.so"),
    "wayland-egl": ("libqwayland-egl.so",),
    "offscreen": ("libqoffscreen.so",),
    "minimal": ("libqminimal.so",),
    "eglfs": ("libqeglfs.so",),
    "linuxfb": ("libqlinuxfb.so",),
    "vnc": ("libqvnc.so",),
}

NAMED_PLUGIN = re.compile(r'Qt platform plugin "([^"]+)"')


# The platforms that draw on a display server, and the variable that says where it is.
DISPLAY_VARIABLES = {"xcb": "DISPLAY", "wayland": "WAYLAND_DISPLAY", "wayland-egl": "WAYLAND_DISPLAY"}


def without_display(platforms: Sequence[str], environ: Mapping[str, str]) -> bool:
    """True when none of `platforms` has a display to draw on (offscreen and the like need none).

    No platform asked for is Qt's own choice, which needs DISPLAY or WAYLAND_DISPLAY.
    """
    if not platforms:
        return not (environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))
    return all(name in DISPLAY_VARIABLES and not environ.get(DISPLAY_VARIABLES[name]) for name in platforms)


def requested_platforms(environ: Mapping[str, str]) -> list[str]:
    """The platforms QT_QPA_PLATFORM asks for, in Qt's order ("wayland;xcb"), without options."""
    wanted = environ.get("QT_QPA_PLATFORM", "")
    return [name.split(":", 1)[0].strip() for name in wanted.split(";") if name.strip()]


def plugin_dir(environ: Mapping[str, str]) -> Path | None:
    """The folder of Qt's platform plugins, in the bundle or the environment, found without Qt."""
    override = environ.get("QT_QPA_PLATFORM_PLUGIN_PATH")
    if override:
        return Path(override)
    spec = importlib.util.find_spec("PySide6")  # finds the package without importing (loading) it
    places = list(spec.submodule_search_locations or []) if spec is not None else []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        places.append(str(Path(bundle) / "PySide6"))
    for place in places:
        folder = Path(place) / "Qt" / "plugins" / "platforms"
        if folder.is_dir():
            return folder
    return None


def plugin_files(platform: str, folder: Path | None) -> list[Path]:
    if folder is None:
        return []
    names = PLUGIN_FILES.get(platform, (f"libq{platform}.so",))
    return [folder / name for name in names if (folder / name).is_file()]


def qt_libraries(folder: Path) -> list[Path]:
    """The Qt libraries every window needs, beside the plugins (bundle and wheel lay them out alike)."""
    lib = folder.parent.parent / "lib"
    return [path for name in ("libQt6Core.so.6", "libQt6Gui.so.6", "libQt6Widgets.so.6")
            if (path := lib / name).is_file()]  # fmt: skip


def explain_missing(platform: str, libraries: Sequence[str]) -> Said:
    """Which libraries `platform` lacks, in plain words, and the one apt line that brings them."""
    system = [name for name in libraries if not name.startswith(OWN_LIBRARIES)]
    return explain(libraries, Said.one("window.missing", platform=platform, libraries=", ".join(system)))


def probe_command() -> list[str]:
    """This program again, asked only to start the window system: the bundle is its own Python."""
    if getattr(sys, "frozen", False):
        return [sys.executable, PROBE_OPTION]
    return [sys.executable, "-m", "desktop.launcher", PROBE_OPTION]


def exit_code(returncode: int) -> int:
    """As a shell shows it: an abort (signal 6) is 134, which is what a member would have seen."""
    return 128 + abs(returncode) if returncode < 0 else returncode


# Qt prints this whenever xcb fails, whatever the cause; it is said only where `ldd` found
# no library missing, so there it would mislead.
QT_CURSOR_HINT = "xcb-cursor0 or libxcb-cursor0 is needed"


def qt_message(stderr: str, limit: int = 400) -> str:
    """Qt's own explanation, on one line: its platform lines, without its guess about xcb-cursor."""
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    wanted = [line for line in lines if line.startswith("qt.qpa") and QT_CURSOR_HINT not in line] or lines[
        -2:
    ]
    text = " ".join(wanted)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def libraries_missing_for(platforms: Sequence[str], environ: Mapping[str, str]) -> tuple[str, list[str]]:
    """The first of `platforms` whose plugin lacks system libraries, and those libraries."""
    folder = plugin_dir(environ)
    for platform in platforms:
        files = plugin_files(platform, folder)
        if not files:
            continue
        missing = missing_libraries(run_ldd([*files, *(qt_libraries(folder) if folder else [])]))
        if missing:
            return platform, missing
    return "", []


def check_window(_work: Path, environ: Mapping[str, str] | None = None) -> Said:
    """Start the platform plugin in a child; on failure, say which libraries to install."""
    env = dict(os.environ if environ is None else environ)
    wanted = requested_platforms(env)
    # X11 and Wayland (Linux): a display is named by a variable, and ldd names what is missing
    display_bound = platforms.current().window_needs_a_display()
    if display_bound and without_display(wanted, env):
        chosen = wanted or [DEFAULT_PLATFORM]
        platform, missing = libraries_missing_for(chosen, env)
        if missing:
            raise CheckFailed(said=explain_missing(platform, missing))
        raise CheckNotRun(Said.one("window.no_display", platform=chosen[0]))
    guess = wanted[0] if wanted else DEFAULT_PLATFORM
    try:
        done = subprocess.run(probe_command(), capture_output=True, text=True, env=env, timeout=TIMEOUT_S,
                              check=False)  # fmt: skip
    except subprocess.TimeoutExpired as exc:
        raise CheckFailed(said=Said.one("window.timeout", platform=guess, seconds=str(TIMEOUT_S))) from exc
    if done.returncode == 0 and done.stdout.strip():
        return Said.one("window.plugin", platform=done.stdout.strip().splitlines()[-1])
    named = NAMED_PLUGIN.findall(done.stderr)
    candidates = list(dict.fromkeys([*named, *wanted] or [DEFAULT_PLATFORM]))
    if display_bound:
        platform, missing = libraries_missing_for(candidates, env)
        if missing:
            raise CheckFailed(said=explain_missing(platform, missing))
    message = qt_message(done.stderr)
    code = str(exit_code(done.returncode))
    raise CheckFailed(said=Said.one("window.failed", platform=candidates[0], code=code, message=message))
