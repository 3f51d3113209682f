"""Each system's module, run here: Linux for real, Windows and macOS against fakes of
the library functions they call, with the names, argument types and arguments the
system's documentation gives."""

from __future__ import annotations

import ctypes
import inspect
import sys
from pathlib import Path
from typing import Any

import pytest

from desktop import platforms
from desktop.platforms import contract
from desktop.platforms.linux import Linux
from desktop.platforms.macos import MacOS
from desktop.platforms.windows import Windows

ROOT = Path(__file__).resolve().parents[2]
IMPLEMENTATIONS = (Linux, Windows, MacOS)


class FakeFunction:
    """A C function as ctypes hands it over: argtypes and restype can be set; calls are kept."""

    def __init__(self, result: int = 0) -> None:
        self.calls: list[tuple[Any, ...]] = []
        self.argtypes: list[Any] | None = None
        self.restype: Any = None
        self.result = result

    def __call__(self, *args: Any) -> int:
        self.calls.append(args)
        return self.result


class FakeLibrary:
    """A loaded DLL or shared library offering only the functions it is given."""

    def __init__(self, **functions: FakeFunction) -> None:
        self.__dict__.update(functions)


def contract_members() -> set[str]:
    return {
        name
        for name, member in vars(contract.Platform).items()
        if inspect.isfunction(member) and not name.startswith("_")
    }


def test_the_contract_is_not_empty() -> None:
    assert contract_members() == {
        "return_freed_memory",
        "allow_other_process_to_take_focus",
        "window_needs_a_display",
    }


def test_only_linux_looks_for_a_display_variable() -> None:
    """The self-test's window check says "no display" over ssh on Linux; on Windows and
    macOS the desktop session's window system is always there to start."""
    assert Linux(libc=FakeLibrary()).window_needs_a_display()
    assert not Windows(user32=FakeLibrary()).window_needs_a_display()
    assert not MacOS(libsystem=FakeLibrary()).window_needs_a_display()


@pytest.mark.parametrize("implementation", IMPLEMENTATIONS, ids=lambda cls: cls.__name__)
def test_every_system_implements_the_whole_contract_itself(implementation: type) -> None:
    """Each member defined by the class itself, with the contract's signature and a
    docstring saying what it does there (or why nothing): nothing falls back to the
    Protocol's empty bodies."""
    for name in contract_members():
        own = vars(implementation).get(name)
        assert own is not None, f"{implementation.__name__} lacks {name}"
        assert inspect.signature(own) == inspect.signature(getattr(contract.Platform, name)), name
        assert inspect.getdoc(own), f"{implementation.__name__}.{name} does not say what it does"


def test_this_machine_gets_the_linux_module() -> None:
    assert sys.platform.startswith("linux")
    assert isinstance(platforms.current(), Linux)
    assert platforms.current() is platforms.current()


@pytest.mark.parametrize(
    ("system", "expected"), [("win32", Windows), ("darwin", MacOS), ("linux", Linux), ("freebsd14", Linux)]
)
def test_each_system_gets_its_own_module(
    monkeypatch: pytest.MonkeyPatch, system: str, expected: type
) -> None:
    platforms.current.cache_clear()
    monkeypatch.setattr(sys, "platform", system)
    try:
        assert type(platforms.current()) is expected
    finally:
        monkeypatch.undo()
        platforms.current.cache_clear()


def test_nothing_outside_the_platforms_package_asks_which_system_it_is_on() -> None:
    """One place for what differs, so a Windows or macOS difference is found in one file."""
    asks = ("sys.platform", "os.name ==", "platform.system(", "windll", "WinDLL")
    found = [
        f"{path.relative_to(ROOT)}: {needle}"
        for path in sorted((ROOT / "desktop").rglob("*.py"))
        if "platforms" not in path.relative_to(ROOT / "desktop").parts
        for needle in asks
        if needle in path.read_text(encoding="utf-8")
    ]
    assert found == []


# Linux, for real.


def test_linux_hands_free_pages_back_through_glibc() -> None:
    Linux().return_freed_memory()  # the real malloc_trim(0): returns, raises nothing
    libc = ctypes.CDLL(None)
    assert hasattr(libc, "malloc_trim"), "this machine's C library is glibc"


def test_linux_calls_malloc_trim_with_zero_and_its_c_types() -> None:
    trim = FakeFunction(result=1)
    Linux(libc=FakeLibrary(malloc_trim=trim)).return_freed_memory()
    assert trim.calls == [(0,)]
    assert trim.argtypes == [ctypes.c_size_t] and trim.restype is ctypes.c_int


def test_linux_without_malloc_trim_does_nothing() -> None:
    """musl, the BSDs: no malloc_trim; locking still works, it only collects garbage."""
    Linux(libc=FakeLibrary()).return_freed_memory()


def test_linux_leaves_focus_to_the_window_manager() -> None:
    Linux().allow_other_process_to_take_focus()


# Windows, against a fake user32.


def test_windows_lets_any_process_take_the_foreground() -> None:
    allow = FakeFunction(result=1)
    Windows(user32=FakeLibrary(AllowSetForegroundWindow=allow)).allow_other_process_to_take_focus()
    assert allow.calls == [(0xFFFFFFFF,)]  # ASFW_ANY, (DWORD)-1
    assert allow.argtypes == [ctypes.c_uint32] and allow.restype is ctypes.c_int


def test_windows_shrugs_off_a_missing_function() -> None:
    Windows(user32=FakeLibrary()).allow_other_process_to_take_focus()


def test_windows_module_does_nothing_where_there_is_no_windows() -> None:
    """Loading user32 here fails with an OSError, which is caught: importing and calling
    the Windows module on Linux is harmless, so it can be tested here at all."""
    Windows().allow_other_process_to_take_focus()
    Windows().return_freed_memory()


# macOS, against a fake libSystem.


def test_macos_asks_every_malloc_zone_to_give_back_free_pages() -> None:
    relief = FakeFunction(result=4096)
    MacOS(libsystem=FakeLibrary(malloc_zone_pressure_relief=relief)).return_freed_memory()
    assert relief.calls == [(None, 0)]  # NULL: every zone; 0: as much as it can
    assert relief.argtypes == [ctypes.c_void_p, ctypes.c_size_t] and relief.restype is ctypes.c_size_t


def test_macos_without_the_call_does_nothing() -> None:
    MacOS(libsystem=FakeLibrary()).return_freed_memory()
    MacOS().allow_other_process_to_take_focus()
