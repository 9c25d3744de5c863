"""A Qt GUI application for commands that lay out text without a window (oicreader print)."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from oicreader.render.fonts import register_bundled_fonts

_application: list[QGuiApplication] = []  # keeps the application alive for the process


def needs_offscreen(
    environment: dict[str, str] | None = None, platform: str = sys.platform
) -> bool:
    """True on Linux with no X11 or Wayland display and no platform chosen by the user."""
    env = os.environ if environment is None else environment
    return (
        platform.startswith("linux")
        and not env.get("DISPLAY")
        and not env.get("WAYLAND_DISPLAY")
        and not env.get("QT_QPA_PLATFORM")
    )


def ensure_gui_application() -> QCoreApplication:
    """The running Qt application, or a new QGuiApplication (offscreen when there is no display).

    A QGuiApplication, not a QApplication: text layout and PDF output need fonts and
    paint devices, not widgets, and a print job from a terminal or a CI runner has no
    screen. Also registers the bundled Amiri fonts.
    """
    existing = QCoreApplication.instance()
    if existing is None:
        if needs_offscreen():
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        application = QGuiApplication([sys.argv[0] if sys.argv else "oicreader"])
        _application.append(application)
        existing = application
    register_bundled_fonts()
    return existing
