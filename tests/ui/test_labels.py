"""Labels that were cut with no way to read them: the notes filters, the topics, the import
dialog's columns and the outline's entries."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox
from pytestqt.qtbot import QtBot

from oicreader.store.library import Library
from oicreader.ui.main_window import MainWindow
from tests.ui.conftest import shown_window

pytestmark = pytest.mark.gui


def room_for_text(combo: QComboBox) -> int:
    """The width a combo box draws its chosen text in."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return field.width()


@pytest.fixture
def reopened_window(interface: str, qtbot: QtBot, library: Library) -> MainWindow:
    """A window opened a second time, its layout restored: its panels are made after the
    text is painted, in the widths saved."""
    shown_window(qtbot, library).close()
    return shown_window(qtbot, library)


@pytest.mark.parametrize("interface", ["fr", "ar", "en"], indirect=True)
def test_the_notes_filters_show_their_whole_first_choice_in_the_narrowest_panel(
    reopened_window: MainWindow, qtbot: QtBot
) -> None:
    dock = reopened_window.notes_dock
    dock.show()
    dock.raise_()
    # As narrow as the reader can drag it: Qt stops at the panel's minimum width.
    reopened_window.resizeDocks([dock], [1], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: dock.width() < 400)
    for combo in (dock.filter_document, dock.filter_tag, dock.filter_color, dock.filter_language):
        combo.setCurrentIndex(0)
        text = combo.currentText()
        assert room_for_text(combo) >= combo.fontMetrics().horizontalAdvance(text), text
