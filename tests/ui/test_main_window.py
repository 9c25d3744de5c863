"""The reading window: what a diplomat sees and does with the keyboard."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QTextCursor
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from oicreader.model.document import Document, LanguageVersion
from oicreader.store.library import Library
from oicreader.ui.main_window import MainWindow
from oicreader.ui.settings import Settings
from tests.ui.conftest import icon_image, shown_window

pytestmark = pytest.mark.gui


def cell_direction(window: MainWindow, number: int, language: str) -> Qt.LayoutDirection:
    assert window.view.built is not None
    cursor = QTextCursor(window.view.document())
    cursor.setPosition(window.view.built.cells[(number, language)].position)
    return cursor.blockFormat().layoutDirection()


def test_the_title_names_the_document_and_leaves_the_app_name_to_qt(window: MainWindow) -> None:
    # Qt appends the application display name to every window title: "OIC Reader" in the
    # title itself would show twice ("OIC Reader — OIC/ACM-2017/CHAIR-REP — OIC Reader").
    assert window.windowTitle() == "OIC/ACM-2017/CHAIR-REP"


def test_bundled_report_opens_in_three_aligned_columns(window: MainWindow) -> None:
    built = window.view.built
    assert built is not None
    assert built.row_numbers == list(range(1, 17))
    assert built.languages == ["fr", "en", "ar"], "Arabic is the rightmost column by default"
    assert len(built.cells) == 16 * 3


def test_each_paragraph_starts_at_the_same_height_in_every_column(window: MainWindow) -> None:
    built = window.view.built
    assert built is not None
    for number in (1, 6, 16):
        tops = set()
        for language in built.languages:
            cursor = QTextCursor(window.view.document())
            cursor.setPosition(built.cells[(number, language)].position)
            tops.add(
                window.view.document().documentLayout().blockBoundingRect(cursor.block()).top()
            )
        assert len(tops) == 1, f"paragraph {number} starts at different heights: {tops}"


def test_arabic_cells_are_right_to_left(window: MainWindow) -> None:
    assert cell_direction(window, 6, "ar") == Qt.LayoutDirection.RightToLeft
    assert cell_direction(window, 6, "en") == Qt.LayoutDirection.LeftToRight


def test_arabic_paragraph_starting_with_latin_is_right_to_left(
    window: MainWindow, library: Library
) -> None:
    document = Document(
        id="latin-start", symbol="TEST/LATIN", titles={"ar": "اختبار"}, date="",
        status="draft", source_language="ar",
        versions={"ar": LanguageVersion("ar", (), {1: "OIC/ACM-2017 رمز هذه الوثيقة."}),
                  "en": LanguageVersion("en", (), {1: "OIC/ACM-2017 is this document's symbol."})},
    )  # fmt: skip
    library.save_document(document, "imported")
    window.reading.open_document("latin-start")
    assert cell_direction(window, 1, "ar") == Qt.LayoutDirection.RightToLeft


def test_hiding_french_leaves_two_columns_and_the_order_can_change(window: MainWindow) -> None:
    window.menu_actions.language_actions["fr"].trigger()
    assert window.view.languages == ["en", "ar"]
    window.set_columns(["ar", "en"])
    assert window.view.languages == ["ar", "en"]
    window.menu_actions.language_actions["fr"].trigger()
    assert window.view.languages == ["fr", "ar", "en"]


def test_the_last_column_cannot_be_hidden(window: MainWindow) -> None:
    window.set_columns(["ar"])
    window.menu_actions.language_actions["ar"].trigger()
    assert window.view.languages == ["ar"]


def test_go_to_paragraph_ten_brings_it_into_view(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getInt", lambda *args, **kwargs: (10, True))
    qtbot.keyClick(window.view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert window.view.current_paragraph == 10
    assert window.view.is_paragraph_visible(10)
    assert not window.view.is_paragraph_visible(1)


def test_next_previous_back_and_forward_from_the_keyboard(window: MainWindow, qtbot: QtBot) -> None:
    # In a left-to-right interface, "back" points left.
    assert icon_image(window.menu_actions.back_action.icon()) == icon_image("arrow-left")
    assert icon_image(window.menu_actions.forward_action.icon()) == icon_image("arrow-right")
    assert not icon_image("arrow-left").isNull()
    window.reading.jump_to_paragraph(3)
    qtbot.keyClick(window.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert window.view.current_paragraph == 4
    qtbot.keyClick(window.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert window.view.current_paragraph == 3
    window.reading.jump_to_paragraph(12)
    qtbot.keyClick(window.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.view.current_paragraph == 3
    qtbot.keyClick(window.view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.view.current_paragraph == 12


def test_searching_terrorism_lists_paragraph_five_and_highlights_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    qtbot.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_dock.field.hasFocus()
    window.search_dock.field.setText("الارهاب")  # QTest types ASCII only
    window.search_dock.search_now()  # not waiting for the pause after typing
    hits = {(hit.paragraph_number, hit.language) for hit in window.search_dock.hits}
    assert (5, "ar") in hits
    dock = window.search_dock
    assert dock.results.count() == len(dock.groups) + len(dock.places), "headings, paragraphs"
    built = window.view.built
    assert built is not None
    five = built.cells[(5, "ar")]
    highlighted = [
        selection.cursor.selectedText()
        for selection in window.view.extraSelections()
        if five.position <= selection.cursor.selectionStart() < five.end_position
        and selection.cursor.selectedText() != five.text
    ]
    assert "الإرهاب" in highlighted or "الإرهابية" in highlighted
    start = window.view.current_paragraph or 0
    qtbot.keyClick(window.search_dock.field, Qt.Key.Key_Return)
    found = sorted(number for _document, number in dock.places)
    assert window.view.current_paragraph == next(n for n in found if n > start)


def test_vocalized_search_highlights_inside_the_text(window: MainWindow, qtbot: QtBot) -> None:
    window.search_dock.field.setText("الرُّوهِينْغَايا")
    window.search_dock.search_now()
    assert 6 in {hit.paragraph_number for hit in window.search_dock.hits}


def test_zoom_from_the_keyboard(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.reading.zoom > 1.0
    qtbot.keyClick(window.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.reading.zoom == 1.0
    qtbot.keyClick(window.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.reading.zoom < 1.0


def test_copied_arabic_is_in_logical_order(window: MainWindow) -> None:
    built = window.view.built
    assert built is not None
    cell = built.cells[(13, "ar")]
    start, end = cell.qt_range(0, 20)
    cursor = QTextCursor(window.view.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    window.view.setTextCursor(cursor)
    window.menu_actions.copy_action.trigger()
    assert QGuiApplication.clipboard().text() == cell.text[:20]


def test_state_is_restored_in_a_new_window(
    window: MainWindow, library: Library, qtbot: QtBot
) -> None:
    window.set_columns(["ar", "en"])
    window.reading.set_zoom(1.25)
    window.reading.jump_to_paragraph(12)
    window.outline.hide()
    assert window.search_dock.isHidden()  # on a first start, until Ctrl+F
    window.search_dock.show()
    window.close()
    again = MainWindow(library, Settings())
    qtbot.addWidget(again)
    again.show()
    again.open_first_document()
    assert again.view.languages == ["ar", "en"]
    assert again.reading.zoom == 1.25
    assert again.view.current_paragraph == 12
    assert again.document is not None and again.document.id == "oic-acm-2017-chair-rep"
    assert not again.outline.isVisible()
    # The docks wait, hidden, until the window is mapped; the saved layout then shows the
    # ones the reader left open, and only those.
    assert not again.search_dock.isHidden() and not again.notes_dock.isHidden()
    assert not again.topics_dock.isHidden() and again.brief_dock.isHidden()


def test_a_bad_import_shows_an_error_and_leaves_the_library_unchanged(
    window: MainWindow, library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    bad = tmp_path / "report.txt"
    bad.write_bytes(b"\x00\x01 not a report")
    before = library.summaries()
    assert window.imports.import_file(bad) is None
    assert shown and "report.txt" in shown[0] and "binary file" in shown[0]
    assert library.summaries() == before


def test_a_good_import_opens_the_document(
    window: MainWindow, library: Library, tmp_path: Path
) -> None:
    good = tmp_path / "other.txt"
    good.write_text("OTHER/2017/1\n\n1. First.\n2. Second.\n", encoding="utf-8")
    key = window.imports.import_file(good)
    assert key is not None
    assert window.document is not None and window.document.symbol == "OTHER/2017/1"
    assert window.document.id == key
    assert window.library_dock.model.rowCount() == 2


def test_no_network_connection_is_ever_attempted(
    qtbot: QtBot, library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise OSError("network access is not allowed in OIC Reader")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    other = tmp_path / "second.txt"
    other.write_text("SECOND/1\n\n1. Text.\n", encoding="utf-8")
    window = MainWindow(library, Settings())
    qtbot.addWidget(window)
    window.show()
    window.open_first_document()
    qtbot.waitUntil(lambda: window.panels_ready)  # filled just after the first paint
    qtbot.keyClicks(window.search_dock.field, "Myanmar")
    window.imports.import_file(other)
    window.reading.open_document("oic-acm-2017-chair-rep")
    window.search_dock.step(1)
    QApplication.processEvents()
    assert attempts == []


def test_copy_leaves_out_translator_note_markers(window: MainWindow, qtbot: QtBot) -> None:
    built = window.view.built
    assert built is not None
    cell = built.cells[(4, "en")]
    cursor = QTextCursor(window.view.document())
    cursor.setPosition(cell.position)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    window.view.setTextCursor(cursor)
    assert "\u2020" in cursor.selectedText(), "paragraph 4 (en) has a translator's note marker"
    qtbot.keyClick(window.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == cell.text


def test_go_to_a_paragraph_not_yet_laid_out(window: MainWindow, library: Library) -> None:
    report = window.document
    assert report is not None
    versions = {
        code: LanguageVersion(code, (), {n: f"Paragraph {n} text." for n in range(1, 501)})
        for code in ("en", "fr")
    }
    library.save_document(
        Document("five-hundred", "TEST/500", {"en": "t"}, "", "draft", "en", versions), "imported"
    )
    window.reading.open_document("five-hundred")
    window.reading.jump_to_paragraph(480)
    assert window.view.current_paragraph == 480
    assert window.view.is_paragraph_visible(480)


@pytest.fixture
def dark_palette(qapp: QApplication) -> Iterator[None]:
    """The application in a dark palette, as a dark desktop theme gives it."""
    before = qapp.palette()
    dark = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#e6e6e6"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Text, "#e6e6e6"),
        (QPalette.ColorRole.Button, "#353535"),
        (QPalette.ColorRole.ButtonText, "#e6e6e6"),
    ):
        dark.setColor(role, QColor(colour))
    qapp.setPalette(dark)
    yield
    qapp.setPalette(before)


def test_a_dark_palette_is_followed(dark_palette: None, qtbot: QtBot, library: Library) -> None:
    window = shown_window(qtbot, library)
    actions = window.menu_actions
    assert icon_image(actions.back_action.icon()) == icon_image("arrow-left-on-dark")
    assert icon_image(actions.forward_action.icon()) == icon_image("arrow-right-on-dark")
    marks = {s.format.background().color().name() for s in window.view.extraSelections()}
    assert "#1e3a5f" in marks, "the current paragraph marked in the dark palette's colour"
    assert window.view.palette().color(QPalette.ColorRole.Text).lightness() > 128
