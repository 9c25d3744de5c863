"""Printing from the window: choosing paragraphs, the options, the preview and the PDF."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextCursor
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from oicreader.render.print_options import PrintOptions
from oicreader.store.library import Library
from oicreader.ui.main_window import MainWindow
from oicreader.ui.print_dialog import PrintOptionsDialog
from oicreader.ui.settings import Settings

pytestmark = pytest.mark.gui


def click_number(window: MainWindow, number: int) -> None:
    window.view.anchorClicked.emit(QUrl(f"select:{number}"))


def marked(window: MainWindow, number: int) -> bool:
    built = window.view.built
    assert built is not None
    cursor = QTextCursor(window.view.document())
    cursor.setPosition(built.gutter_markers[(number, "print")] + 1)
    return cursor.charFormat().foreground().color().alpha() == 255


def test_clicking_paragraph_numbers_selects_them_and_shift_click_a_range(
    window: MainWindow,
) -> None:
    click_number(window, 3)
    assert window.printing.print_selection == {3} and marked(window, 3) and not marked(window, 4)
    window.printing.toggle_print_selection(6, extend=True)
    assert window.printing.print_selection == {3, 4, 5, 6}
    click_number(window, 4)
    assert window.printing.print_selection == {3, 5, 6} and not marked(window, 4)
    window.menu_actions.clear_selection_action.trigger()
    assert window.printing.print_selection == set() and not marked(window, 3)


def test_a_document_opens_with_no_paragraph_selected_and_says_all_will_print(
    qtbot: QtBot, library: Library
) -> None:
    all_will_print = "No paragraph selected for printing: all will be printed"
    window = MainWindow(library, Settings())
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()  # the report opens here
    assert window.statusBar().currentMessage() == all_will_print
    click_number(window, 3)
    assert window.printing.print_selection == {3}
    window.reading.open_document(window.document.id if window.document else None)
    assert window.printing.print_selection == set() and not marked(window, 3)
    assert window.statusBar().currentMessage() == all_will_print


def test_a_typed_range_selects_paragraphs(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("3, 5-7", True))
    window.menu_actions.select_typed_action.trigger()
    assert window.printing.print_selection == {3, 5, 6, 7}


def test_select_the_topic_and_the_search_results(window: MainWindow) -> None:
    palestine = next(t for t in window.topics.fixed_topics if t.id == "palestine-al-quds")
    window.topics.choose_topic(palestine)
    window.menu_actions.select_topic_action.trigger()
    assert window.printing.print_selection == {3, 4, 15}
    window.search_dock.field.setText("Myanmar")
    window.search_dock.search_now()
    window.menu_actions.select_results_action.trigger()
    assert window.printing.print_selection == {6}


def test_the_options_dialog_reads_a_typed_range_and_refuses_a_bad_one(window: MainWindow) -> None:
    assert window.document is not None
    dialog = PrintOptionsDialog(window.document, [6, 7], window.view.languages, window)
    assert dialog.paragraphs.text() == "6-7"
    assert dialog.chosen_languages() == ["ar", "en", "fr"], "the page language (Arabic) first"
    options = dialog.options()
    assert options.paragraphs == (6, 7) and options.languages == ("ar", "en", "fr")
    dialog.paragraphs.setText("17")
    dialog._accept_if_valid()
    assert "17" in dialog.problem.text() and dialog.result() == 0


def test_export_pdf_of_the_chosen_paragraphs(window: MainWindow, tmp_path: Path) -> None:
    options = PrintOptions(paragraphs=(6, 7), languages=("ar", "en", "fr"))
    path = window.printing.export_pdf(tmp_path / "briefing.pdf", options)
    assert path is not None and path.read_bytes().startswith(b"%PDF")
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Rohingya" in text and "Kurdistan" in text and "Kazakhstan" not in text


def test_the_preview_shows_the_same_pages_as_the_pdf(window: MainWindow, qtbot: QtBot) -> None:
    options = PrintOptions(paragraphs=(6, 7), languages=("ar", "en", "fr"))
    printed = window.printing.prepare_print(options)
    assert printed is not None
    preview = window.printing.print_preview(options)
    assert preview is not None
    widget = preview.findChild(QPrintPreviewWidget)
    widget.updatePreview()
    qtbot.waitUntil(lambda: widget.pageCount() == printed.page_count, timeout=10_000)
    preview.close()
