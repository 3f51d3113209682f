"""The lock files agree with pyproject.toml, and pin every package by hash.

./dev, CI and installer/build.sh install only from requirements/*.lock with
`pip --require-hashes`, so a dependency added to pyproject.toml but not locked would
fail every install, and one whose range moved past its pin would be tested and shipped at
a version pyproject.toml rules out. `./dev lock` rewrites the locks; these tests say when
it is due.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
HASH = re.compile(r"--hash=sha256:([0-9a-f]{64})$")


@dataclass(frozen=True)
class Pin:
    requirement: Requirement
    hashes: tuple[str, ...]

    @property
    def version(self) -> str:
        (spec,) = self.requirement.specifier
        return spec.version


def parse_lock(text: str) -> dict[str, Pin]:
    """The pins of a pip requirements file in the form `uv pip compile --generate-hashes`
    writes: `name==version [; marker] \\` then one `--hash=sha256:...` line per file.
    Anything else in it fails here rather than at someone's install."""
    pins: dict[str, Pin] = {}
    logical = re.sub(r"\\\n", " ", text)
    for raw in logical.splitlines():
        line = raw.split(" #", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if not line:
            continue
        words = line.split()
        options = [w for w in words if w.startswith("--")]
        requirement = Requirement(" ".join(w for w in words if not w.startswith("--")))
        name = canonicalize_name(requirement.name)
        specifiers = list(requirement.specifier)
        assert len(specifiers) == 1 and specifiers[0].operator == "==", f"{raw!r} is not pinned with =="
        assert name not in pins, f"{name} is pinned twice"
        hashes = []
        for option in options:
            found = HASH.fullmatch(option)
            assert found, f"{name}: {option!r} is not a sha256 hash"
            hashes.append(found.group(1))
        pins[name] = Pin(requirement, tuple(hashes))
    return pins


def read_lock(name: str) -> dict[str, Pin]:
    return parse_lock((ROOT / "requirements" / name).read_text(encoding="utf-8"))


def build_requirements() -> list[str]:
    lines = (ROOT / "installer" / "requirements-build.txt").read_text(encoding="utf-8").splitlines()
    return [line.split("#", 1)[0].strip() for line in lines if line.split("#", 1)[0].strip()]


# Each lock, and what pyproject.toml (and the build's requirements) say must be in it.
# The build backend is locked too: the app itself installs with --no-build-isolation.
BACKEND = PYPROJECT["build-system"]["requires"]
APP = PYPROJECT["project"]["dependencies"]
TEST = PYPROJECT["project"]["optional-dependencies"]["test"]
LOCKS = {
    "app.lock": [*APP, *BACKEND, *build_requirements()],
    "test.lock": [*APP, *TEST, *BACKEND],
}


def disagreements(required: list[str], pins: dict[str, Pin]) -> list[str]:
    problems = []
    for text in required:
        wanted = Requirement(text)
        pin = pins.get(canonicalize_name(wanted.name))
        if pin is None:
            problems.append(f"{wanted.name} is not in the lock")
        elif not wanted.specifier.contains(pin.version, prereleases=True):
            problems.append(f"{wanted.name} is pinned at {pin.version}, outside {wanted.specifier}")
    return problems


@pytest.mark.parametrize("lock", sorted(LOCKS))
def test_every_dependency_is_pinned_inside_its_range(lock: str) -> None:
    problems = disagreements(LOCKS[lock], read_lock(lock))
    assert not problems, f"requirements/{lock} disagrees with pyproject.toml: run ./dev lock\n" + "\n".join(
        problems
    )


@pytest.mark.parametrize("lock", [*sorted(LOCKS), "tools.lock"])
def test_every_pin_has_a_hash_and_the_app_itself_is_not_pinned(lock: str) -> None:
    pins = read_lock(lock)
    assert pins
    assert not [name for name, pin in pins.items() if not pin.hashes], "pins without a hash"
    # The app is installed from the checkout (--no-deps), never from an index.
    assert canonicalize_name(PYPROJECT["project"]["name"]) not in pins


def test_the_two_locks_pin_the_packages_they_share_at_one_version() -> None:
    """The bundle is built from app.lock and tested with test.lock: a shared package at two
    versions would ship something the tests never ran."""
    app, test = read_lock("app.lock"), read_lock("test.lock")
    differ = {name: (app[name].version, test[name].version) for name in app.keys() & test.keys()}
    assert {name: versions for name, versions in differ.items() if versions[0] != versions[1]} == {}


def test_a_disagreement_is_found() -> None:
    """The checks above can fail: a missing package, a pin outside its range and a pin with
    no hash are each caught."""
    pins = parse_lock(
        "# header\n"
        "alembic==1.12.0 \\\n    --hash=sha256:" + "a" * 64 + "\n    # via panel-review\n"
        "pefile==2024.8.26 ; sys_platform == 'win32' \\\n    --hash=sha256:" + "b" * 64 + "\n"
        "zxcvbn==4.5.0\n"
    )
    assert pins["pefile"].requirement.marker is not None
    assert disagreements(["alembic>=1.13", "pyrage>=1.2", "pefile>=2024"], pins) == [
        "alembic is pinned at 1.12.0, outside >=1.13",
        "pyrage is not in the lock",
    ]
    assert pins["zxcvbn"].hashes == ()
    with pytest.raises(AssertionError, match="not pinned"):
        parse_lock("alembic>=1.13 \\\n    --hash=sha256:" + "a" * 64 + "\n")
    with pytest.raises(AssertionError, match="not a sha256 hash"):
        parse_lock("alembic==1.13 \\\n    --hash=md5:abc\n")
