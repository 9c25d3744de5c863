"""Before Qt starts on X11: the system libraries its xcb plugin needs, named as packages."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path

from oicreader.errors import UserFacingError

# What PySide6's xcb platform plugin (plugins/platforms/libqxcb.so and libQt6XcbQpa) links,
# read with `readelf -d`, beside the Debian/Ubuntu package of each library. Without any of
# them Qt prints "Could not load the Qt platform plugin "xcb"" and aborts.
XCB_LIBRARIES: Mapping[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}


class MissingSystemLibraries(UserFacingError):
    """Qt's X11 plugin would abort: some system libraries are not installed."""


def loadable(library: str) -> bool:
    """Whether the dynamic linker finds and loads a library (as Qt is about to)."""
    import ctypes  # only when the xcb plugin is about to start: some 8 M instructions

    try:
        ctypes.CDLL(library)
    except OSError:
        return False
    return True


def uses_xcb(environment: Mapping[str, str], platform: str) -> bool:
    """Whether Qt is about to start its xcb plugin: Linux, an X display, no other choice."""
    chosen = environment.get("QT_QPA_PLATFORM", "")
    if not platform.startswith("linux"):
        return False
    if chosen:
        return chosen.split(":")[0] == "xcb"
    # Under Wayland, Qt tries its Wayland plugin first: the xcb libraries may not matter.
    return bool(environment.get("DISPLAY")) and not environment.get("WAYLAND_DISPLAY")


# The dynamic linker's list of the system's libraries (ldconfig writes it: glibc systems).
LINKER_CACHE = Path("/etc/ld.so.cache")
_MOST_CACHE_BYTES = 16 * 1024 * 1024  # a real one is tens of KB


def listed_by_the_linker(library: str, cache: bytes, machine: bytes | None) -> bool:
    """Whether the linker's cache (its bytes) names `library` at a file that exists and is
    built for `machine` (elf_machine of this Python): found without loading it.

    Loading the 23 libraries, as every start did, cost 5.5 ms of the window's start under
    X11 (ctypes binds every symbol at once), for a check that fails on few machines. The
    cache holds each library's path, ending in its name and a NUL; a 32-bit copy of a
    library (multiarch) is no use to a 64-bit Qt, hence the machine.
    """
    if machine is None:
        return False
    ending = b"/" + library.encode() + b"\0"
    found = cache.find(ending)
    while found >= 0:
        start = cache.rfind(b"\0", 0, found) + 1
        path = cache[start : found + len(ending) - 1]
        if elf_machine(os.fsdecode(path)) == machine:
            return True
        found = cache.find(ending, found + 1)
    return False


def elf_machine(path: str) -> bytes | None:
    """What an ELF file is built for (word size, byte order, processor); None for a file
    that cannot be read or is not ELF."""
    header = _first_bytes(path, 20)
    if len(header) < 20 or header[:4] != b"\x7fELF":
        return None
    return header[4:6] + header[18:20]  # EI_CLASS, EI_DATA; e_machine


@cache
def _this_machine() -> bytes | None:
    return elf_machine(sys.executable)


@cache
def _linker_cache() -> bytes:
    # None on musl or NixOS: every library is then loaded to be checked.
    return _first_bytes(str(LINKER_CACHE), _MOST_CACHE_BYTES)


def _first_bytes(path: str, count: int) -> bytes:
    """Up to `count` bytes from the start of a file; none from one that cannot be read. A
    FIFO or a device in its place is not read (opened without waiting for a writer): a
    start must not hang on it."""
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return b""
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            return b""
        return os.read(descriptor, count)
    except OSError:
        return b""
    finally:
        os.close(descriptor)


def found_by_the_linker(library: str) -> bool:
    """Whether Qt's dynamic linker will find `library`: listed in its cache, or else (found
    through LD_LIBRARY_PATH, or on a system without the cache) loaded as Qt would."""
    return listed_by_the_linker(library, _linker_cache(), _this_machine()) or loadable(library)


def missing_packages(found: Callable[[str], bool] | None = None) -> list[str]:
    """The packages of the xcb plugin's libraries that cannot be loaded, in order."""
    found = found or found_by_the_linker
    return [package for library, package in XCB_LIBRARIES.items() if not found(library)]


def refuse_without_xcb_libraries() -> None:
    """Raise, in one line naming the packages, when Qt's xcb plugin could not load."""
    if not uses_xcb(os.environ, sys.platform):
        return
    missing = missing_packages()
    if missing:
        raise MissingSystemLibraries(
            "Qt cannot open a window: system libraries are missing; on Debian or Ubuntu "
            f"install them with: sudo apt-get install {' '.join(missing)}"
        )
