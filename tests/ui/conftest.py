"""Fixtures for window tests: a library and a main window in the test's own data folder."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QImage
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from oicreader.paths import interface_icon_path
from oicreader.render.fonts import register_bundled_fonts
from oicreader.store.library import Library
from oicreader.ui.interface_language import InterfaceLanguage
from oicreader.ui.main_window import MainWindow
from oicreader.ui.settings import Settings

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def no_blocking_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """A modal message box nobody answers would hang the test run: record them instead.
    Tests that look at the messages patch QMessageBox again, over this."""
    shown: list[tuple[str, str]] = []

    def record(parent: object, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    for name in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, record)
    return shown


@pytest.fixture
def library() -> Iterator[Library]:
    opened = Library.open()
    yield opened
    opened.close()


def shown_window(qtbot: QtBot, library: Library, document_key: str | None = None) -> MainWindow:
    """A main window at 1,400 × 900, shown, with everything that follows its first paint
    done: the panels, the rows beyond the first screen, and the topics."""
    register_bundled_fonts()
    main_window = MainWindow(library, Settings(), document_key=document_key)
    qtbot.addWidget(main_window)
    main_window.resize(1400, 900)
    main_window.show()
    qtbot.waitExposed(main_window)
    qtbot.waitUntil(lambda: main_window.document is not None)  # opened once it is mapped
    qtbot.waitUntil(lambda: main_window.panels_ready)
    qtbot.waitUntil(lambda: not main_window.view.building and not main_window.analysing_topics)
    return main_window


def icon_image(icon: QIcon | str) -> QImage:
    """An icon drawn at 16 px, to compare icons; a name is one of the interface's own."""
    if isinstance(icon, str):
        icon = QIcon(str(interface_icon_path(icon)))
    return icon.pixmap(16).toImage()


@pytest.fixture
def window(qtbot: QtBot, library: Library) -> MainWindow:
    return shown_window(qtbot, library)


@pytest.fixture
def interface(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """Install an interface language (the test's parameter) and undo it afterwards: the
    translators, the default locale and the layout direction are the whole app's."""
    language = str(request.param)
    installed = InterfaceLanguage(language).install(qapp)
    try:
        supplement = [f"qtbase_supplement_{language}"] if language != "en" else []
        assert installed.loaded == [f"qtbase_{language}", *supplement, f"oicreader_{language}"]
        yield language
    finally:
        installed.remove(qapp)
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


@pytest.fixture
def translated_window(interface: str, qtbot: QtBot, library: Library) -> MainWindow:
    """A main window made after the interface language was installed, as at start-up."""
    return shown_window(qtbot, library)
