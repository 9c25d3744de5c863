"""Printing from the window: choosing paragraphs, the options, the preview and the PDF."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt, QUrl
from PySide6.QtGui import QImage, QTextCursor
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from oicreader.render.print_layout import PrintDocument
from oicreader.render.print_options import PrintOptions
from oicreader.render.print_pages import page_image
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
    window.show()  # the report opens just after, once the window is mapped
    window.open_first_document()
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


def dark_pixels(image: QImage, area: QRect) -> set[tuple[int, int]]:
    """The ink of an area of an image, as positions relative to the area's corner."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    ink = set()
    for y in range(area.height()):
        row = gray.constScanLine(area.y() + y).tobytes()  # type: ignore[attr-defined]
        for x in range(area.width()):
            if row[area.x() + x] < 100:
                ink.add((x, y))
    return ink


def share_near(ink: set[tuple[int, int]], other: set[tuple[int, int]]) -> float:
    """The share of `ink` within a pixel of the other image's ink."""
    steps = (-1, 0, 1)
    near = sum(any((x + dx, y + dy) in other for dx in steps for dy in steps) for x, y in ink)
    return near / len(ink)


def page_on_screen(shot: QImage) -> QRect:
    """The white sheet the preview draws on its grey background."""
    gray = shot.convertToFormat(QImage.Format.Format_Grayscale8)
    middle = shot.width() // 2
    top = next(y for y in range(shot.height()) if gray.pixelColor(middle, y).lightness() == 255)
    row = top + 40
    white = [x for x in range(shot.width()) if gray.pixelColor(x, row).lightness() == 255]
    return QRect(white[0], top, white[-1] - white[0] + 1, shot.height() - top)


def preview_page_one(window: MainWindow, qtbot: QtBot, printed: PrintDocument) -> QImage:
    preview = window.printing.print_preview(printed.options)
    assert preview is not None
    widget = preview.findChild(QPrintPreviewWidget)
    widget.resize(1400, 1900)
    widget.setZoomFactor(1.5)
    widget.updatePreview()
    qtbot.waitUntil(lambda: widget.pageCount() == printed.page_count, timeout=10_000)
    shot = widget.grab().toImage()
    preview.close()
    return shot


def test_the_preview_sets_arabic_as_the_pdf_does_spaces_around_numbers_included(
    window: MainWindow, qtbot: QtBot
) -> None:
    # Issue 21: the preview lost the spaces in "يوم 1 أغسطس 2017، وتم" and ran words
    # together, while the PDF was right. The Arabic column of the preview must carry the
    # same ink as the page painted with the layout's own glyph positions.
    printed = window.printing.prepare_print(PrintOptions(paragraphs=(4, 6)))
    assert printed is not None
    shot = preview_page_one(window, qtbot, printed)
    sheet = page_on_screen(shot)
    reference = page_image(printed, 1, dpi=300)
    reference = reference.scaled(
        sheet.width(),
        round(reference.height() * sheet.width() / reference.width()),
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    height = min(sheet.height(), reference.height())
    # The Arabic column, below the header, beside the paragraph numbers.
    column = QRect(sheet.width() * 2 // 3, height * 15 // 100, sheet.width() // 3 - 60, height // 2)
    previewed = dark_pixels(shot, column.translated(sheet.topLeft()))
    painted = dark_pixels(reference, column)
    assert len(painted) > 5000
    assert share_near(previewed, painted) > 0.98 and share_near(painted, previewed) > 0.98
