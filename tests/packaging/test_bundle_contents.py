"""What the frozen app keeps of Qt: the plugins, libraries and translations it uses."""

from __future__ import annotations

import re

import pytest

from tests.conftest import REPOSITORY_ROOT
from tests.packaging import packaging_module

bundle_contents = packaging_module("bundle_contents")


@pytest.mark.parametrize(
    "destination",
    [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/plugins/styles/qmodernwindowsstyle.dll",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
        "PySide6/Qt6Widgets.dll",
        "PySide6/Qt/lib/QtPrintSupport.framework/Versions/A/QtPrintSupport",
        "PySide6/QtGui.abi3.so",
        "PySide6/Qt/lib/libicudata.so.73",
        "libsqlite3.so.0",
    ],
)
def test_keeps_what_the_app_uses(destination: str) -> None:
    assert bundle_contents.keep_binary(destination)


@pytest.mark.parametrize(
    "destination",
    [
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/plugins/platforms/qdirect2d.dll",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/Qt/plugins/networkinformation/libqnetworkmanager.so",
        "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so",
        "PySide6/Qt/lib/libQt6Network.so.6",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt6OpenGL.dll",
        "PySide6/Qt/lib/QtQml.framework/Versions/A/QtQml",
        "PySide6/opengl32sw.dll",
        # The system's CUPS and what it links to: the print plugin uses the system's libcups2.
        "libcups.so.2",
        "libgnutls.so.30",
        "libkrb5.so.3",
    ],
)
def test_leaves_out_what_it_does_not_use(destination: str) -> None:
    assert not bundle_contents.keep_binary(destination)


def test_keeps_qt_translations_of_the_three_languages_only() -> None:
    kept = [
        name
        for name in ("qtbase_ar.qm", "qtbase_en.qm", "qtbase_fr.qm", "qtbase_de.qm", "qt_ar.qm")
        if bundle_contents.keep_data(f"PySide6/Qt/translations/{name}")
    ]
    assert kept == ["qtbase_ar.qm", "qtbase_en.qm", "qtbase_fr.qm"]
    assert bundle_contents.keep_data("resources/translations/oicreader_ar.qm")
    assert bundle_contents.keep_data("resources/documents/oic-acm-2017-chair-rep/ar.txt")


def test_filters_a_hooks_results_before_pyinstaller_follows_them() -> None:
    hiddenimports, binaries, datas = bundle_contents.hook_results(
        ["PySide6.QtDBus", "PySide6.QtCore"],
        [
            ("/venv/PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms"),
            (
                "/venv/PySide6/Qt/plugins/platformthemes/libqgtk3.so",
                "PySide6/Qt/plugins/platformthemes",
            ),
            ("C:\\venv\\PySide6\\plugins\\platforms\\qwindows.dll", "PySide6\\plugins\\platforms"),
        ],
        [("/venv/PySide6/Qt/translations/qtbase_ja.qm", "PySide6/Qt/translations")],
    )
    assert hiddenimports == ["PySide6.QtCore"]
    assert [source.rsplit("/", 1)[-1].rsplit("\\", 1)[-1] for source, _ in binaries] == [
        "libqxcb.so",
        "qwindows.dll",
    ]
    assert datas == []


def test_the_app_imports_only_the_qt_modules_the_bundle_keeps() -> None:
    # A new `from PySide6.QtSvg import ...` in the app must come with a change to
    # packaging/bundle_contents.py, or the frozen app fails where the source one works.
    imported = set()
    for path in (REPOSITORY_ROOT / "oicreader").rglob("*.py"):
        imported |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert imported <= set(bundle_contents.QT_MODULES_USED), imported
    excluded = {name.removeprefix("PySide6.") for name in bundle_contents.EXCLUDED_MODULES}
    assert not excluded & set(bundle_contents.QT_MODULES_USED)
