"""The current paragraph: the one the reader clicked in, else the one scrolled to the top."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from oicreader.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def point_in_text(window: MainWindow, number: int, language: str = "en") -> QPoint:
    """A point of the viewport on the first line of a paragraph's text."""
    built = window.view.built
    assert built is not None
    cursor = QTextCursor(window.view.document())
    cursor.setPosition(built.cells[(number, language)].position + 3)
    return window.view.cursorRect(cursor).center()


def scroll_by(window: MainWindow, qtbot: QtBot, pixels: int) -> None:
    bar = window.view.verticalScrollBar()
    bar.setValue(bar.value() + pixels)
    qtbot.wait(200)  # the view settles on a paragraph 80 ms after scrolling stops


def test_clicking_in_a_paragraph_below_the_top_makes_it_current(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.reading.jump_to_paragraph(6)
    point = point_in_text(window, 7)
    assert 0 < point.y() < window.view.viewport().height(), "¶7 shows below ¶6"
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.wait(200)
    assert window.view.current_paragraph == 7
    assert window.notes.dock.paragraph_number == 7
    assert window.position_label.text() == "Paragraph 7 of 16"


def test_scrolling_keeps_the_clicked_paragraph_until_the_caret_leaves_the_view(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.reading.jump_to_paragraph(6)
    qtbot.mouseClick(
        window.view.viewport(), Qt.MouseButton.LeftButton, pos=point_in_text(window, 7)
    )
    scroll_by(window, qtbot, 20)
    assert window.view.current_paragraph == 7
    scroll_by(window, qtbot, window.view.viewport().height() * 3)
    assert window.view.current_paragraph not in (None, 6, 7)
    assert window.position_label.text() != "Paragraph 7 of 16"
