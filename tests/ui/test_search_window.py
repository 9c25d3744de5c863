"""The window's search: the whole library, grouped by document and paragraph, notes apart,
stepped through in reading order, its syntax shown, and never an error or a freeze."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from oicreader.app import notes as reader_notes
from oicreader.app.search import SEARCH_SYNTAX, SEARCH_SYNTAX_CONTEXT
from oicreader.ui import search_dock
from oicreader.ui.main_window import MainWindow
from oicreader.ui.search_dock import SearchDock

pytestmark = pytest.mark.gui

BUNDLED = "oic-acm-2017-chair-rep"


def search(window: MainWindow, query: str) -> SearchDock:
    """Type a query and wait for the debounced search to answer."""
    dock = window.search_dock
    dock.focus_field()
    dock.field.setText(query)
    dock.search_now()
    return dock


def row_texts(dock: SearchDock) -> list[str]:
    """The rows of the results list, without the direction isolates around "¶N"."""
    rows = (dock.results.item(row).text() for row in range(dock.results.count()))
    return [row.replace("\u2066", "").replace("\u2069", "") for row in rows]


def import_second_document(window: MainWindow, tmp_path: Path) -> str:
    """A second report whose paragraph 2 speaks of Palestine, as a reader would import it."""
    source = tmp_path / "second.txt"
    source.write_text(
        "OIC/TEST-2/REP\n\n1. The meeting opened.\n\n2. The question of Palestine was discussed.\n",
        encoding="utf-8",
    )
    key = window.imports.import_file(source)
    assert key is not None
    window.reading.open_document(BUNDLED)
    return key


@pytest.mark.parametrize("interface", ["en"], indirect=True)
def test_one_paragraph_found_in_two_languages_counts_as_one_paragraph(
    interface: str, window: MainWindow
) -> None:
    dock = search(window, "Myanmar")
    assert {(hit.paragraph_number, hit.language) for hit in dock.hits} == {(6, "en"), (6, "fr")}
    assert dock.status.text() == "1 paragraph found"
    paragraph_rows = [text for text in row_texts(dock) if text.startswith("¶")]
    assert len(paragraph_rows) == 1


@pytest.mark.parametrize("interface", ["en"], indirect=True)
def test_results_are_grouped_by_document_with_a_header_row(
    interface: str, window: MainWindow, tmp_path: Path
) -> None:
    second = import_second_document(window, tmp_path)
    dock = search(window, "Palestine")
    rows = row_texts(dock)
    headers = [row for row in rows if "OIC/" in row and not row.startswith("¶")]
    assert len(headers) == 2, rows
    assert any("OIC/TEST-2/REP" in header for header in headers)
    assert any("OIC/ACM-2017/CHAIR-REP" in header for header in headers)
    assert dock.status.text() == "2 paragraphs found in 2 documents"
    assert {hit.document_key for hit in dock.hits} == {BUNDLED, second}


def test_all_documents_is_the_default_scope_and_this_document_narrows_it(
    window: MainWindow, tmp_path: Path
) -> None:
    second = import_second_document(window, tmp_path)
    dock = search(window, "Palestine")
    assert {hit.document_key for hit in dock.hits} == {BUNDLED, second}
    dock.scope.setCurrentIndex(dock.scope.findData("document"))
    dock.search_now()
    assert {hit.document_key for hit in dock.hits} == {BUNDLED}


def test_choosing_a_hit_of_another_document_opens_it_at_that_paragraph(
    window: MainWindow, tmp_path: Path
) -> None:
    second = import_second_document(window, tmp_path)
    dock = search(window, "Palestine")
    row = next(r for r, text in enumerate(row_texts(dock)) if text.startswith("¶2"))
    dock.results.setCurrentRow(row)
    assert window.reading.document is not None
    assert window.reading.document.id == second
    assert window.view.current_paragraph == 2
    assert "OIC/TEST-2/REP" in window.statusBar().currentMessage()
    assert "2" in window.statusBar().currentMessage()


def test_document_header_rows_cannot_be_chosen(window: MainWindow) -> None:
    dock = search(window, "Myanmar")
    header = dock.results.item(0)
    assert "OIC/ACM-2017/CHAIR-REP" in header.text()
    assert not header.flags() & Qt.ItemFlag.ItemIsSelectable


def test_note_hits_are_shown_apart_with_their_document_and_paragraph(
    window: MainWindow,
) -> None:
    added = reader_notes.add_note(window.notes.session, BUNDLED, 9, "en")
    reader_notes.edit_note(window.notes.session, added.annotation, note="Ask about Myanmar aid")
    dock = search(window, "Myanmar")
    assert dock.note_results.count() == 1
    assert "OIC/ACM-2017/CHAIR-REP" in dock.note_results.item(0).text()
    assert "¶9" in dock.note_results.item(0).text()
    assert all(not text.startswith("¶9") for text in row_texts(dock))


def test_choosing_a_note_hit_opens_its_paragraph_and_focuses_the_note(
    window: MainWindow, qtbot: QtBot
) -> None:
    added = reader_notes.add_note(window.notes.session, BUNDLED, 9, "en")
    reader_notes.edit_note(window.notes.session, added.annotation, note="Ask about Myanmar aid")
    dock = search(window, "Myanmar")
    dock.note_results.setCurrentRow(0)
    assert window.view.current_paragraph == 9
    editor = window.notes_dock.current.editor_for(added.annotation.id)
    assert editor is not None
    qtbot.waitUntil(editor.text.hasFocus)
    assert window.notes_dock.isVisible()


def test_enter_steps_to_the_next_hit_in_reading_order_from_the_current_paragraph(
    window: MainWindow, qtbot: QtBot
) -> None:
    dock = search(window, "Palestinian OR Palestine")
    assert sorted({hit.paragraph_number for hit in dock.hits}) == [3, 4, 15]
    window.reading.jump_to_paragraph(5)
    qtbot.keyClick(dock.field, Qt.Key.Key_Return)
    assert window.view.current_paragraph == 15
    qtbot.keyClick(dock.field, Qt.Key.Key_Return)  # past the last hit: back to the first
    assert window.view.current_paragraph == 3
    qtbot.keyClick(dock.field, Qt.Key.Key_Return)
    assert window.view.current_paragraph == 4


def test_shift_enter_steps_back_to_the_previous_hit_in_reading_order(
    window: MainWindow, qtbot: QtBot
) -> None:
    dock = search(window, "Palestinian OR Palestine")
    window.reading.jump_to_paragraph(5)
    qtbot.keyClick(dock.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.view.current_paragraph == 4
    window.reading.jump_to_paragraph(3)
    qtbot.keyClick(dock.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.view.current_paragraph == 15, "before the first hit, back to the last"


def test_find_next_and_previous_follow_reading_order_too(window: MainWindow) -> None:
    search(window, "Palestinian OR Palestine")
    window.reading.jump_to_paragraph(5)
    window.menu_actions.find_next_action.trigger()
    assert window.view.current_paragraph == 15
    window.reading.jump_to_paragraph(5)
    window.menu_actions.find_previous_action.trigger()
    assert window.view.current_paragraph == 4


def test_tab_reaches_the_scope_and_the_notes_found(window: MainWindow, qtbot: QtBot) -> None:
    dock = search(window, "Myanmar")
    qtbot.keyClick(dock.field, Qt.Key.Key_Tab)
    assert dock.scope.hasFocus()
    dock.results.setFocus()
    qtbot.keyClick(dock.results, Qt.Key.Key_Tab)
    assert dock.note_results.hasFocus()


def test_results_list_is_in_document_order(window: MainWindow) -> None:
    dock = search(window, "Palestinian OR Palestine")
    numbers = [int(text[1:].split()[0]) for text in row_texts(dock) if text.startswith("¶")]
    assert numbers == [3, 4, 15]


def test_enter_goes_on_to_the_next_document_after_the_last_hit_of_this_one(
    window: MainWindow, tmp_path: Path
) -> None:
    second = import_second_document(window, tmp_path)
    dock = search(window, "Palestine")
    window.reading.jump_to_paragraph(16)
    dock.step(1, window.search.reading_position())
    assert window.reading.document is not None
    assert window.reading.document.id == second


def test_placeholder_shows_the_syntax_and_tooltip_explains_it(window: MainWindow) -> None:
    dock = search(window, "")
    placeholder = dock.field.placeholderText()
    for token in ('"', "-", "OR", "*"):
        assert token in placeholder
    tooltip = dock.field.toolTip()
    for example, meaning in SEARCH_SYNTAX:
        assert QCoreApplication.translate(SEARCH_SYNTAX_CONTEXT, example) in tooltip
        assert QCoreApplication.translate(SEARCH_SYNTAX_CONTEXT, meaning) in tooltip


@pytest.mark.parametrize("interface", ["ar", "fr"], indirect=True)
def test_syntax_tooltip_is_translated(interface: str, window: MainWindow) -> None:
    tooltip = search(window, "").field.toolTip()
    for _example, meaning in SEARCH_SYNTAX:
        assert meaning not in tooltip
        assert QCoreApplication.translate(SEARCH_SYNTAX_CONTEXT, meaning) in tooltip


@pytest.mark.parametrize(
    "query",
    ['"unbalanced', "NEAR(a b", "a AND", "*", "en:Myanmar", "^Myanmar", "(", "OR", "-", '"', "a:"],
)
def test_fts5_syntax_typed_in_the_window_is_never_an_error(window: MainWindow, query: str) -> None:
    dock = search(window, query)  # an exception here would reach the reader as a dialog
    assert dock.status.text() == "" or dock.status.text().startswith("0 ") or dock.hits


def test_typing_waits_for_a_pause_before_searching(window: MainWindow, qtbot: QtBot) -> None:
    dock = window.search_dock
    dock.focus_field()
    qtbot.keyClicks(dock.field, "the")
    assert dock.hits == [], "no search while the reader is still typing"
    qtbot.waitUntil(lambda: bool(dock.hits), timeout=3000)


def test_a_very_common_word_answers_quickly(window: MainWindow) -> None:
    import time

    started = time.perf_counter()
    dock = search(window, "the")
    elapsed = time.perf_counter() - started
    assert dock.hits
    assert elapsed < 1.0, f"'the' took {elapsed:.2f} s"


@pytest.mark.parametrize("interface", ["en"], indirect=True)
def test_a_list_cut_at_the_limit_says_so_and_how_to_see_the_rest(
    interface: str, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_dock, "SEARCH_LIMIT", 3)
    dock = search(window, "2017")
    assert len(dock.hits) == 3 and dock.cut
    shown = len([text for text in row_texts(dock) if text.startswith("¶")])
    assert dock.status.text() == (
        f"First {shown} paragraph{'s' if shown > 1 else ''} found\n"
        "The list stops at 3 matches: refine the search to see the rest."
    )


@pytest.mark.parametrize("interface", ["en"], indirect=True)
def test_a_list_within_the_limit_gives_the_plain_count(
    interface: str, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_dock, "SEARCH_LIMIT", 1000)
    dock = search(window, "2017")
    assert not dock.cut
    assert dock.status.text().endswith("found") and "First" not in dock.status.text()


@pytest.mark.parametrize(
    ("interface", "words"), [("ar", "القائمة"), ("fr", "liste")], indirect=["interface"]
)
def test_the_cut_list_notice_is_translated(
    interface: str, words: str, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_dock, "SEARCH_LIMIT", 3)
    dock = search(window, "2017")
    assert dock.cut and words in dock.status.text()
