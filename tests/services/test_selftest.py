"""`panel-review --selftest`, run as the installed entry point in a subprocess.

The passing run checks the first line names the build and every other line says "ok";
the failing runs point the build at a copy of the resources folder that is really
damaged (`PANEL_REVIEW_RESOURCES`), and the failing check must be the one named. The
window check's own failures are in test_window_system.py.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.words import CATALOGUE, say, words
from desktop.paths import RESOURCES_OVERRIDE, resources_dir
from desktop.services.about import identity_line

ENTRY = Path(sys.executable).parent / "panel-review"
OK, FAILED = words("cli.ok"), words("cli.failed")
CHECK_LABELS = {
    key.removeprefix("cli.check."): w
    for key, w in CATALOGUE.items()
    if key.startswith("cli.check.") and key != "cli.check.start"  # said only when the self-test cannot start
}
CHECKOUT = Path(__file__).resolve().parents[2]


def selftest(*args: str, resources: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(CHECKOUT)}
    env.pop(RESOURCES_OVERRIDE, None)
    if resources is not None:
        env[RESOURCES_OVERRIDE] = str(resources)
    return subprocess.run(
        [str(ENTRY), "--selftest", *args], capture_output=True, text=True, env=env, timeout=180
    )


def damaged_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "resources"
    shutil.copytree(resources_dir(), copy)
    return copy


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "cy"])
def test_every_check_passes_on_this_build(language: str) -> None:
    result = selftest("--language", language)
    assert result.returncode == 0, result.stdout + result.stderr
    identity, *lines = result.stdout.splitlines()
    assert identity == identity_line(language)
    word = OK[1] if language == "cy" else OK[0]
    plugin = say("window.plugin", language, platform="offscreen")
    expected = [
        f"{word}: {label[1] if language == 'cy' else label[0]}" + (f" ({plugin})" if key == "window" else "")
        for key, label in CHECK_LABELS.items()
    ]
    assert sorted(lines) == sorted(expected)


@pytest.mark.slow
def test_a_damaged_template_fails_the_template_check_only(tmp_path: Path) -> None:
    resources = damaged_copy(tmp_path)
    (resources / "templates" / "stop-and-search.json").write_text('{"format": 1, "id": "stop-and-', "utf-8")
    result = selftest(resources=resources)
    assert result.returncode == 1, result.stdout + result.stderr
    failed = [line for line in result.stdout.splitlines()[1:] if not line.startswith(f"{OK[0]}:")]
    assert len(failed) == 1 and failed[0].startswith(f"{FAILED[0]}: {CHECK_LABELS['templates'][0]} (")
    assert "stop-and-search.json" in failed[0]


@pytest.mark.slow
def test_a_missing_welsh_translation_fails_in_welsh(tmp_path: Path) -> None:
    resources = damaged_copy(tmp_path)
    (resources / "translations" / "qtbase_cy.qm").unlink()
    result = selftest("--language", "cy", resources=resources)
    assert result.returncode == 1, result.stdout + result.stderr
    last = result.stdout.splitlines()[-1]
    assert last.startswith(f"{FAILED[1]}: {CHECK_LABELS['translations'][1]} (") and "qtbase_cy.qm" in last
    assert all(line.startswith(f"{OK[1]}:") for line in result.stdout.splitlines()[1:-1])


def test_the_checks_without_the_translation_never_load_qt() -> None:
    code = (
        "import sys; from desktop.services.selftest import CHECKS; "
        "[check(None) for key, check in CHECKS if key in ('templates', 'window')]; "
        "import desktop.cli.selftest; "
        "qt = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'desktop.ui'))]; "
        "assert not qt, qt"
    )
    env = {**os.environ, "PYTHONPATH": str(CHECKOUT), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr


@pytest.mark.slow
def test_a_report_round_that_cannot_be_built_fails_both_formats_for_that_reason(tmp_path: Path) -> None:
    """The PDF and Word checks share one round: if it cannot be built, both say why.

    The Word check used to build the round again in the folder the failed build left
    behind and reported "file exists" instead of the cause.
    """
    resources = damaged_copy(tmp_path)
    (resources / "demo" / "cases.json").write_text("[{", "utf-8")
    result = selftest(resources=resources)
    assert result.returncode == 1, result.stdout + result.stderr
    pdf = next(line for line in result.stdout.splitlines() if CHECK_LABELS["pdf"][0] in line)
    docx = next(line for line in result.stdout.splitlines() if CHECK_LABELS["docx"][0] in line)
    assert pdf.startswith(f"{FAILED[0]}: ") and docx.startswith(f"{FAILED[0]}: ")
    assert pdf.split(" (", 1)[1] == docx.split(" (", 1)[1]
    assert "FileExistsError" not in docx and "JSONDecodeError" in docx
