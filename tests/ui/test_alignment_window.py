"""Alignment by content in the window: merged and split rows marked, re-linking from the
context menu, and sentence links lit across the columns."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPalette, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from oicreader.align.rows import document_units
from oicreader.app.changes import Changes
from oicreader.app.reports import import_reports, read_reports
from oicreader.app.session import Session
from oicreader.catalog import BUNDLED_DOCUMENT_KEY
from oicreader.model.annotation import PALETTE
from oicreader.store.library import Library
from oicreader.ui.main_window import MainWindow
from oicreader.ui.sentence_links import SENTENCE_LINK_COLOR
from tests.conftest import ARABIC_SOURCE
from tests.importing.perturbed_files import dropping, merging, splitting, text_file
from tests.ui.conftest import shown_window
from tests.ui.test_start_up import loaded_modules

SYMBOL = "OIC/TEST/ALIGN"


def merged_split_and_dropped(paragraphs: list[str]) -> list[str]:
    """The English with paragraph 4 split, 9 and 10 merged and 13 left out."""
    return splitting(4, "During that meeting")(merging(9)(dropping(13)(paragraphs)))


@pytest.fixture
def aligned_window(qtbot: QtBot, library: Library, tmp_path: Path) -> MainWindow:
    """A window on the Arabic report with that English, imported aligned by content."""
    english = text_file(tmp_path, "en", merged_split_and_dropped)
    plan = read_reports([ARABIC_SOURCE, english], SYMBOL)
    key = import_reports(Session(library), plan).outcome.key
    return shown_window(qtbot, library, document_key=key)


def point_in(window: MainWindow, number: int, language: str) -> QPoint:
    """A point of the viewport over a few characters into a row's text."""
    view = window.view
    view.go_to_paragraph(number)
    assert view.built is not None
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.built.cells[(number, language)].position + 3)
    return view.cursorRect(cursor).center()


def context_menu(window: MainWindow, number: int, language: str) -> QMenu:
    """The context menu the view would open over a row's text, with every controller's
    entries, without running it."""
    menu = QMenu(window.view)
    window.view.context_menu_requested.emit(menu, point_in(window, number, language))
    return menu


def relink_entries(menu: QMenu) -> dict[str, bool]:
    """The re-link submenu's entries (without their accelerators) and whether each is on."""
    submenus = [action.menu() for action in menu.actions() if action.menu() is not None]
    relinks = [sub for sub in submenus if sub.title().startswith("Re-link")]
    if not relinks:
        return {}
    [submenu] = relinks
    return {action.text().replace("&", ""): action.isEnabled() for action in submenu.actions()}


def trigger(menu: QMenu, entry: str) -> None:
    for action in menu.actions():
        submenu = action.menu()
        if submenu is None or not submenu.title().startswith("Re-link"):
            continue
        for choice in submenu.actions():
            if choice.text().replace("&", "") == entry:
                choice.trigger()
                return
    raise AssertionError(f"no entry {entry!r}")


def test_the_window_marks_the_merged_and_the_split_rows(aligned_window: MainWindow) -> None:
    built = aligned_window.view.built
    assert built is not None
    assert built.link_marks[(9, "en")] == built.link_marks[(10, "en")] == ("merged",)
    assert built.link_marks[(4, "en")] == ("split",)
    assert (13, "en") not in built.cells  # the gap, marked as before


def test_a_row_of_a_version_aligned_by_content_can_be_relinked_from_its_menu(
    aligned_window: MainWindow,
) -> None:
    entries = relink_entries(context_menu(aligned_window, 9, "en"))
    assert entries == {
        "Move Up": True,
        "Move Down": True,
        "Merge with Next Row": True,
        "Split": True,
    }
    # Only a merged row can be split.
    assert relink_entries(context_menu(aligned_window, 5, "en"))["Split"] is False


def test_the_source_and_versions_aligned_by_number_offer_no_relink(
    aligned_window: MainWindow, qtbot: QtBot, library: Library
) -> None:
    assert relink_entries(context_menu(aligned_window, 9, "ar")) == {}
    numbered = shown_window(qtbot, library, BUNDLED_DOCUMENT_KEY)  # numbered alike
    assert relink_entries(context_menu(numbered, 9, "en")) == {}


def test_splitting_the_merged_row_redraws_it_and_announces_the_change(
    aligned_window: MainWindow, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(aligned_window.changed) as announced:
        trigger(context_menu(aligned_window, 9, "en"), "Split")
    changes = announced.args[0]
    assert isinstance(changes, Changes) and {9, 10} <= changes.paragraphs
    built = aligned_window.view.built
    assert built is not None
    assert built.cells[(9, "en")].text != built.cells[(10, "en")].text
    assert (9, "en") not in built.link_marks and (10, "en") not in built.link_marks
    # Stored: the library gives the split rows back.
    document = aligned_window.session.document(SYMBOL)
    assert document.paragraph(9).text("en") == built.cells[(9, "en")].text


def test_a_relink_refused_is_shown_with_its_reason_and_changes_nothing(
    aligned_window: MainWindow, no_blocking_message_boxes: list[tuple[str, str]]
) -> None:
    before = aligned_window.session.document(SYMBOL).versions["en"].paragraphs
    trigger(context_menu(aligned_window, 16, "en"), "Move Down")
    [(title, text)] = no_blocking_message_boxes
    assert title == "Re-link"
    assert "The row was not re-linked." in text
    assert "row 16 is the last row" in text and SYMBOL in text
    assert aligned_window.session.document(SYMBOL).versions["en"].paragraphs == before


# Sentence links ---------------------------------------------------------------------------


def lit_sentences(window: MainWindow) -> set[tuple[int, str, int, int]]:
    """The spans the view draws as sentence links: (paragraph, language, start, end)."""
    view = window.view
    assert view.built is not None
    link_color = QColor(SENTENCE_LINK_COLOR)
    lit = set()
    for selection in view.extraSelections():
        if selection.format.underlineColor() != link_color:
            continue
        cell = view.built.cell_at(selection.cursor.selectionStart())
        assert cell is not None
        lit.add(
            (
                cell.paragraph_number,
                cell.language,
                cell.code_point_offset(selection.cursor.selectionStart()),
                cell.code_point_offset(selection.cursor.selectionEnd()),
            )
        )
    return lit


def unit_spans(window: MainWindow, number: int, index: int) -> set[tuple[int, str, int, int]]:
    """The spans of one sentence unit of a row, as the aligner gives them."""
    assert window.document is not None
    [row] = document_units(window.document, [number])
    return {(number, language, *span) for language, span in row.units[index].spans.items()}


def put_caret(qtbot: QtBot, window: MainWindow, number: int, language: str, offset: int) -> None:
    """Click a row's text at a code-point offset, as the reader places the caret."""
    view = window.view
    assert view.built is not None
    target = view.built.cells[(number, language)].qt_range(offset, offset)[0]
    cursor = QTextCursor(view.document())
    cursor.setPosition(target)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.cursorRect(cursor).center()
    )
    assert abs(view.textCursor().position() - target) <= 1


def move_pointer(window: MainWindow, point: QPoint) -> None:
    viewport = window.view.viewport()
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(point),
        QPointF(viewport.mapToGlobal(point)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, move)


def test_the_caret_in_an_arabic_sentence_lights_its_english_and_french(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.view.go_to_paragraph(6)
    put_caret(qtbot, window, 6, "ar", 5)
    first = unit_spans(window, 6, 0)
    assert {language for _, language, _, _ in first} == {"ar", "en", "fr"}
    assert lit_sentences(window) == first
    assert window.document is not None
    english = next(span for span in first if span[1] == "en")
    assert english[2] == 0 and english[3] < len(window.document.paragraph(6).text("en") or "")


def test_moving_the_caret_moves_or_clears_the_links(window: MainWindow, qtbot: QtBot) -> None:
    window.view.go_to_paragraph(6)
    put_caret(qtbot, window, 6, "ar", 5)
    second = unit_spans(window, 6, 1)
    arabic_start = next(start for _, language, start, _ in second if language == "ar")
    put_caret(qtbot, window, 6, "ar", arabic_start + 2)
    assert lit_sentences(window) == second
    # A click in the front matter, above the rows: no sentence of a row.
    view = window.view
    view.verticalScrollBar().setValue(0)
    cursor = QTextCursor(view.document())
    cursor.setPosition(3)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.cursorRect(cursor).center()
    )
    assert view.built is not None and view.built.paragraph_at(view.textCursor().position()) is None
    assert lit_sentences(window) == set()


def test_a_document_laid_out_lights_nothing_until_the_reader_moves(window: MainWindow) -> None:
    assert lit_sentences(window) == set()
    assert window.alignment.sentence_links._units == {}
    window.reading.set_zoom(1.2)  # laid out again: the caret is Qt's again
    assert lit_sentences(window) == set()


def test_hovering_a_sentence_lights_its_counterparts_until_the_pointer_leaves(
    window: MainWindow,
) -> None:
    point = point_in(window, 6, "en")
    move_pointer(window, point)
    assert lit_sentences(window) == unit_spans(window, 6, 0)
    QApplication.sendEvent(window.view.viewport(), QEvent(QEvent.Type.Leave))
    assert lit_sentences(window) == set()


def test_the_units_are_worked_out_only_for_the_rows_the_reader_reaches(
    window: MainWindow, qtbot: QtBot
) -> None:
    links = window.alignment.sentence_links
    window.view.go_to_paragraph(6)
    put_caret(qtbot, window, 6, "ar", 5)
    put_caret(qtbot, window, 6, "en", 5)
    assert list(links._units) == [6]


def test_the_aligner_is_not_loaded_before_the_first_paint() -> None:
    loaded = loaded_modules("import oicreader.ui.main_window")
    assert "oicreader.ui.main_window" in loaded
    # align.dynamic comes with the model (its review threshold); the sentence aligner not,
    # nor the sentence links, made after the first paint (tests/ui/test_deferred_alignment.py).
    assert not {
        "oicreader.align.rows", "oicreader.align.units", "oicreader.align.sentences",
        "oicreader.ui.alignment_controller", "oicreader.ui.sentence_links",
    } & loaded  # fmt: skip


def test_the_link_colour_stays_apart_from_the_highlight_colours() -> None:
    link = QColor(SENTENCE_LINK_COLOR)
    for colour in PALETTE.values():
        assert abs(QColor(colour).hslHue() - link.hslHue()) > 20


def relative_luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: QColor, second: QColor) -> float:
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)))[::-1]
    return (lighter + 0.05) / (darker + 0.05)


@pytest.mark.parametrize(("base", "text"), [("#ffffff", "#000000"), ("#1e1e1e", "#f0f0f0")])
def test_linked_sentences_stay_readable_on_a_light_and_a_dark_palette(
    window: MainWindow, base: str, text: str
) -> None:
    view = window.view
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor(base))
    palette.setColor(QPalette.ColorRole.Text, QColor(text))
    view.setPalette(palette)
    tint = window.alignment.sentence_links.link_format().background().color()
    alpha = tint.alphaF()
    background = QColor(base)
    shown = QColor.fromRgbF(
        *(
            (1 - alpha) * getattr(background, part)() + alpha * getattr(tint, part)()
            for part in ("redF", "greenF", "blueF")
        )
    )
    assert shown != background  # visible
    assert contrast(shown, QColor(text)) >= 7  # the text on it as readable as body text
