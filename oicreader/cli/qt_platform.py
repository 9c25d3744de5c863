"""Before Qt starts on X11: the system libraries its xcb plugin needs, named as packages."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping

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


def missing_packages(found: Callable[[str], bool] | None = None) -> list[str]:
    """The packages of the xcb plugin's libraries that cannot be loaded, in order."""
    found = found or loadable
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
