"""Fixtures for window tests: a library and a main window in the test's own data folder."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from oicreader.render.fonts import register_bundled_fonts
from oicreader.store.library import Library
from oicreader.ui.main_window import MainWindow
from oicreader.ui.settings import Settings

pytestmark = pytest.mark.gui


@pytest.fixture
def library() -> Iterator[Library]:
    opened = Library.open()
    yield opened
    opened.close()


@pytest.fixture
def window(qtbot: QtBot, library: Library) -> MainWindow:
    register_bundled_fonts()
    main_window = MainWindow(library, Settings())
    qtbot.addWidget(main_window)
    main_window.resize(1400, 900)
    main_window.show()
    qtbot.waitExposed(main_window)
    return main_window
