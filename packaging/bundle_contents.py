"""What of Qt the frozen app carries: the modules, plugins and translations it uses, nothing else.

Plain Python with no PyInstaller import, so the spec (oicreader.spec) and the fast tests
(tests/packaging/) share one list. PyInstaller's PySide6 hooks collect every plugin of every
type a used module *might* load; the spec then keeps only what `keep_binary` and `keep_data`
allow. A plugin file is named `libqxcb.so`, `qwindows.dll` or `libqcocoa.dylib`: it is
matched by its stem without `lib` and extension (`qxcb`, `qwindows`, `qcocoa`).
"""

from __future__ import annotations

import re
from pathlib import PurePath

# The Python modules of PySide6 the app imports (oicreader/render and oicreader/ui).
QT_MODULES_USED = ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport")

# Modules PyInstaller must not follow even if something imports them optionally. The app
# opens no network connection, shows no QML, and uses Python's sqlite3, not QtSql.
EXCLUDED_MODULES = (
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickTest",
    "PySide6.QtQuickWidgets",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtDBus",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtXml",
    "PySide6.QtSvg",
    "PySide6.QtSvgWidgets",
    "PySide6.QtUiTools",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtConcurrent",
    "PySide6.scripts",
    "tkinter",
    # No TLS in an app that opens no connection: leaves OpenSSL out (5 MB). The standard
    # library imports both inside try/except, and hashlib falls back to its own digests.
    "ssl",
    "_ssl",
    "_hashlib",
    # python-docx reads and writes with lxml.etree alone: the rest of lxml is 4 MB.
    "lxml.objectify",
    "lxml.html",
    "lxml.isoschematron",
    "lxml.sax",
    "lxml.builder",
    # keyring's Secret Service backend needs `cryptography` (12 MB) through SecretStorage: with
    # both, the Linux package measured 153.6 MB unpacked, over its 150 MB target. The packaged
    # app reaches the Secret Service with jeepney instead (oicreader/app/secret_service.py).
    "secretstorage",
    "cryptography",
    "readline",  # the interactive prompt's line editing, with libreadline and libtinfo
)

# System libraries PyInstaller would copy that a Linux desktop has whenever it can print:
# CUPS and what it links to (TLS, Kerberos, Avahi; 8.6 MB). Qt's CUPS print plugin then uses
# the system's libcups2; without it, printing to PDF still works and no printer is listed.
SYSTEM_LIBRARIES_LEFT_OUT = frozenset(
    {
        "libcups.so.2",
        "libgnutls.so.30",
        "libunistring.so.2",
        "libp11-kit.so.0",
        "libidn2.so.0",
        "libtasn1.so.6",
        "libnettle.so.8",
        "libhogweed.so.6",
        "libgmp.so.10",
        "libgssapi_krb5.so.2",
        "libkrb5.so.3",
        "libk5crypto.so.3",
        "libkrb5support.so.0",
        "libcom_err.so.2",
        "libkeyutils.so.1",
        "libavahi-client.so.3",
        "libavahi-common.so.3",
    }
)

# Plugin type -> the plugin stems kept; a type absent here is left out whole. One table for
# every system: each system's Qt has only its own platform plugins.
PLUGINS_KEPT: dict[str, frozenset[str] | None] = {
    # xcb for X11 and XWayland desktops, windows, cocoa; offscreen for printing and
    # screenshots with no display (and the smoke test).
    "platforms": frozenset({"qxcb", "qwindows", "qcocoa", "qoffscreen"}),
    # The window icon is an SVG (resources/icons/oicreader.svg).
    "iconengines": frozenset({"qsvgicon"}),
    "imageformats": frozenset({"qsvg"}),
    # Dead keys and the Compose key for French accents; IBus for readers who type through it.
    "platforminputcontexts": frozenset(
        {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}
    ),
    "printsupport": None,  # all: CUPS on Linux (the print dialog's printer list)
    "styles": None,  # all: the native look on Windows and macOS
}

# Qt libraries the kept modules and plugins link to. Anything else named like a Qt library
# was pulled in by a plugin that is now left out, and goes with it.
QT_LIBRARIES_KEPT = frozenset(
    {
        "Core",
        "Gui",
        "Widgets",
        "PrintSupport",
        "DBus",  # QtGui links to it on Linux (accessibility, input methods, tray)
        "XcbQpa",  # the xcb platform plugin's own library
        "Svg",  # the SVG icon engine and image format plugins
    }
)

# Qt's translations of its own dialogs (print, file): the app's three languages only. The
# `qt_xx.qm` catalogues are left out: they only point to modules the app does not ship.
QT_TRANSLATIONS_KEPT = frozenset({"qtbase_ar.qm", "qtbase_en.qm", "qtbase_fr.qm"})

# Single files a hook collects that a widgets app never loads: Qt's software OpenGL for
# Windows (20 MB), used only by OpenGL and Qt Quick windows.
FILES_LEFT_OUT = frozenset({"opengl32sw.dll"})

_QT_LIBRARY = re.compile(r"^(?:lib)?Qt6([A-Za-z0-9]+?)(?:\.so(?:\.\d+)*|\.dll|\.dylib)?$")


def _parts(destination: str) -> tuple[str, ...]:
    return PurePath(destination.replace("\\", "/")).parts


def plugin_stem(file_name: str) -> str:
    """`libqxcb.so` -> `qxcb`, `qwindows.dll` -> `qwindows`, `libqcocoa.dylib` -> `qcocoa`."""
    stem = file_name.split(".", 1)[0]
    return stem[3:] if stem.startswith("lib") else stem


def qt_plugin_of(destination: str) -> tuple[str, str] | None:
    """(type, stem) when a bundle path is a Qt plugin, e.g. `PySide6/Qt/plugins/platforms/...`."""
    parts = _parts(destination)
    if "plugins" not in parts:
        return None
    index = parts.index("plugins")
    if index == 0 or parts[index - 1] not in ("Qt", "PySide6") or len(parts) < index + 3:
        return None
    return parts[index + 1], plugin_stem(parts[-1])


def qt_library_of(destination: str) -> str | None:
    """The Qt module a bundled library belongs to (`Gui` for `libQt6Gui.so.6`), else None."""
    parts = _parts(destination)
    for part in parts:  # macOS: `QtGui.framework/...`; elsewhere the file name
        if part.startswith("Qt") and part.endswith(".framework"):
            return part[2 : -len(".framework")]
    match = _QT_LIBRARY.match(parts[-1])
    return match[1] if match else None


def keep_binary(destination: str) -> bool:
    """Whether a binary collected by PyInstaller belongs in the app."""
    if _parts(destination)[-1] in FILES_LEFT_OUT | SYSTEM_LIBRARIES_LEFT_OUT:
        return False
    plugin = qt_plugin_of(destination)
    if plugin is not None:
        plugin_type, stem = plugin
        if plugin_type not in PLUGINS_KEPT:
            return False
        kept = PLUGINS_KEPT[plugin_type]
        return kept is None or stem in kept
    library = qt_library_of(destination)
    if library is not None:
        return library in QT_LIBRARIES_KEPT
    return True


def keep_data(destination: str) -> bool:
    """Whether a data file collected by PyInstaller belongs in the app."""
    parts = _parts(destination)
    if "translations" in parts and parts[0] == "PySide6":
        return parts[-1] in QT_TRANSLATIONS_KEPT
    if qt_plugin_of(destination) is not None or qt_library_of(destination) is not None:
        return keep_binary(destination)  # macOS collects parts of frameworks as data
    return True


def hook_results(
    hiddenimports: list[str], binaries: list[tuple[str, str]], datas: list[tuple[str, str]]
) -> tuple[list[str], list[tuple[str, str]], list[tuple[str, str]]]:
    """A Qt hook's (hiddenimports, binaries, datas) less what the app leaves out.

    Hooks give (source file, destination folder) pairs. Filtering here, before PyInstaller
    follows each binary's own dependencies, also leaves out the system libraries that only
    a left-out plugin needs (GTK for the gtk3 theme plugin, for one).
    """

    def destination(pair: tuple[str, str]) -> str:
        return str(PurePath(pair[1]) / PurePath(pair[0].replace("\\", "/")).name)

    return (
        [name for name in hiddenimports if name not in EXCLUDED_MODULES],
        [pair for pair in binaries if keep_binary(destination(pair))],
        [pair for pair in datas if keep_data(destination(pair))],
    )
