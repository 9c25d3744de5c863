"""Starting the window without the X11 libraries Qt needs: one line naming the packages."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from oicreader.cli import qt_platform
from oicreader.cli.qt_platform import (
    XCB_LIBRARIES,
    elf_machine,
    found_by_the_linker,
    listed_by_the_linker,
    missing_packages,
    uses_xcb,
)
from tests.cli.test_refusals import assert_one_refusal
from tests.cli.test_show_and_docs import run

ABSENT = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}


def test_the_window_names_the_missing_packages_in_one_line_and_exits_1(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(qt_platform.sys, "platform", "linux")
    monkeypatch.setattr(qt_platform, "found_by_the_linker", lambda library: library not in ABSENT)
    status, out, err = run(capsys, "window")
    assert_one_refusal(status, err, "sudo apt-get install libxcb-icccm4 libxcb-keysyms1")
    assert err.count("\n") == 1 and out == ""


def test_only_what_cannot_be_loaded_is_named() -> None:
    assert missing_packages(lambda library: library not in ABSENT) == [
        "libxcb-icccm4",
        "libxcb-keysyms1",
    ]
    assert missing_packages(lambda library: True) == []
    assert {"libxcb-cursor0", "libxkbcommon-x11-0", "libegl1"} <= set(XCB_LIBRARIES.values())


@pytest.mark.parametrize(
    ("environment", "platform", "checked"),
    [
        ({"DISPLAY": ":0"}, "linux", True),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({}, "linux", False),
        ({"DISPLAY": ":0"}, "darwin", False),
    ],
)
def test_the_check_runs_only_when_qt_is_about_to_use_x11(
    environment: dict[str, str], platform: str, checked: bool
) -> None:
    assert uses_xcb(environment, platform) is checked


def _library_built_like(path: Path, executable: str) -> Path:
    """A stand-in library: an ELF header like that of `executable`."""
    path.write_bytes(Path(executable).read_bytes()[:64])
    return path


def _linker_cache_listing(*paths: Path) -> bytes:
    """The bytes of an ld.so.cache naming `paths`: each name and path ends in a NUL."""
    entries = b"".join(p.name.encode() + b"\0" + bytes(p) + b"\0" for p in paths)
    return b"glibc-ld.so.cache1.1\0\0\0\0" + entries


def test_a_library_the_linker_lists_is_found_without_loading_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = _library_built_like(tmp_path / "libxcb-cursor.so.0", sys.executable)
    monkeypatch.setattr(qt_platform, "_linker_cache", lambda: _linker_cache_listing(library))
    loaded: list[str] = []
    monkeypatch.setattr(qt_platform, "loadable", lambda name: loaded.append(name) or False)
    assert found_by_the_linker("libxcb-cursor.so.0")
    assert loaded == []
    # Not listed (LD_LIBRARY_PATH, or no cache at all): loaded as Qt would load it.
    assert not found_by_the_linker("libxcb-icccm.so.4")
    assert loaded == ["libxcb-icccm.so.4"]


def test_a_listing_counts_only_for_a_file_there_built_for_this_machine(tmp_path: Path) -> None:
    machine = elf_machine(sys.executable)
    assert machine is not None
    here = _library_built_like(tmp_path / "libX11.so.6", sys.executable)
    other = tmp_path / "i386" / "libxcb.so.1"
    other.parent.mkdir()
    other.write_bytes(b"\x7fELF\x01\x01" + bytes(12) + b"\x03\x00" + bytes(44))  # 32-bit x86
    gone = tmp_path / "gone" / "libxcb-shm.so.0"
    not_elf = tmp_path / "libEGL.so.1"
    not_elf.write_text("INPUT(libEGL.so.1.1.0)", encoding="utf-8")  # a linker script
    cache = _linker_cache_listing(here, other, gone, not_elf)
    assert listed_by_the_linker("libX11.so.6", cache, machine)
    assert not listed_by_the_linker("libxcb.so.1", cache, machine)
    assert not listed_by_the_linker("libxcb-shm.so.0", cache, machine)
    assert not listed_by_the_linker("libEGL.so.1", cache, machine)
    assert not listed_by_the_linker("libX11.so.6", cache, None)
    # A name is matched whole: libX11-xcb.so.6 is not libX11.so.6, nor .so.6 alone.
    assert not listed_by_the_linker("X11.so.6", cache, machine)
    # Two listings of one name (multiarch): the one built for this machine counts.
    both = tmp_path / "x86_64" / "libxcb.so.1"
    both.parent.mkdir()
    _library_built_like(both, sys.executable)
    assert listed_by_the_linker("libxcb.so.1", _linker_cache_listing(other, both), machine)


def test_a_fifo_or_a_folder_in_a_listed_place_is_not_waited_on(tmp_path: Path) -> None:
    machine = elf_machine(sys.executable)
    fifo = tmp_path / "libxcb.so.1"
    os.mkfifo(fifo)  # opened without O_NONBLOCK, reading it would wait for a writer for good
    folder = tmp_path / "libX11.so.6"
    folder.mkdir()
    cache = _linker_cache_listing(fifo, folder)
    assert not listed_by_the_linker("libxcb.so.1", cache, machine)
    assert not listed_by_the_linker("libX11.so.6", cache, machine)
    assert elf_machine(str(fifo)) is None
