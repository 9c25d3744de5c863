"""Back and Forward lead across documents: a link followed, a document opened from the
library panel, a search hit or a note in another document are jumps that Back undoes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from oicreader.app.links import DocumentLink
from oicreader.store.library import Library
from oicreader.ui.main_window import MainWindow
from tests.ui.conftest import shown_window

pytestmark = pytest.mark.gui

BUNDLED = "oic-acm-2017-chair-rep"
CITING_PARAGRAPH = 9
CITED_PARAGRAPH = 3


def import_text(window: MainWindow, folder: Path, name: str, text: str) -> str:
    """Import a plain-text report as a reader would; its key."""
    source = folder / f"{name}.txt"
    source.write_text(text, encoding="utf-8")
    key = window.imports.import_file(source)
    assert key is not None
    return key


@pytest.fixture
def documents(qtbot: QtBot, library: Library, tmp_path: Path) -> tuple[MainWindow, str, str]:
    """The window on an imported report whose paragraph 9 cites paragraph 3 of a second
    imported report; its history empty, as just after start-up."""
    window = shown_window(qtbot, library)
    cited = import_text(
        window, tmp_path, "cited",
        "OIC/TEST-2/REP\n\n"
        + "\n\n".join(f"{n}. Paragraph {n} of the cited report." for n in range(1, 6)) + "\n",
    )  # fmt: skip
    paragraphs = [f"{n}. Paragraph {n} of the citing report." for n in range(1, 13)]
    paragraphs[CITING_PARAGRAPH - 1] = (
        f"{CITING_PARAGRAPH}. The meeting recalled OIC/TEST-2/REP, para. {CITED_PARAGRAPH}."
    )
    citing = import_text(
        window, tmp_path, "citing", "OIC/TEST-1/REP\n\n" + "\n\n".join(paragraphs) + "\n"
    )
    window.reading.open_document(citing)
    qtbot.waitUntil(lambda: any(link.document == cited for link in window.symbol_links.links))
    qtbot.wait(10)  # the reader's next jump is a jump of its own, not the opening's
    window.reading.history.back.clear()
    window.reading.jump_to_paragraph(CITING_PARAGRAPH)
    return window, citing, cited


def the_link(window: MainWindow) -> DocumentLink:
    return next(link for link in window.symbol_links.links if link.symbol == "OIC/TEST-2/REP")


def at(window: MainWindow) -> tuple[str | None, int | None]:
    """The document open and the paragraph current."""
    document = window.document
    return (document.id if document else None, window.view.current_paragraph)


def back(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)


def forward(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window.view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)


def place_caret(window: MainWindow, link: DocumentLink, offset: int) -> None:
    """The caret `offset` code points into a link's paragraph text (ASCII: units too)."""
    view = window.view
    assert view.built is not None
    start, _end = view.built.cells[(link.paragraph, link.language)].qt_range(offset, offset)
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    view.setTextCursor(cursor)


def test_alt_left_after_a_link_returns_to_the_citing_paragraph_and_alt_right_goes_again(
    documents: tuple[MainWindow, str, str], qtbot: QtBot
) -> None:
    window, citing, cited = documents
    window.symbol_links.follow(the_link(window))
    assert at(window) == (cited, CITED_PARAGRAPH)
    back(window, qtbot)
    assert at(window) == (citing, CITING_PARAGRAPH)
    assert window.view.is_paragraph_visible(CITING_PARAGRAPH)
    assert window.menu_actions.forward_action.isEnabled()
    forward(window, qtbot)
    assert at(window) == (cited, CITED_PARAGRAPH)
    assert window.view.is_paragraph_visible(CITED_PARAGRAPH)
    back(window, qtbot)
    back(window, qtbot)  # the jump to paragraph 9 within the citing report
    assert at(window) == (citing, 1)
    assert not window.menu_actions.back_action.isEnabled()


def test_back_and_forward_say_in_the_status_bar_which_document_they_opened(
    documents: tuple[MainWindow, str, str], qtbot: QtBot
) -> None:
    window, _citing, _cited = documents
    window.symbol_links.follow(the_link(window))
    back(window, qtbot)
    message = window.statusBar().currentMessage()
    assert message == f"Back to \u2068OIC/TEST-1/REP\u2069, paragraph {CITING_PARAGRAPH}"
    forward(window, qtbot)
    message = window.statusBar().currentMessage()
    assert message == f"Forward to \u2068OIC/TEST-2/REP\u2069, paragraph {CITED_PARAGRAPH}"


def test_a_document_opened_from_the_library_panel_is_undone_by_back(
    documents: tuple[MainWindow, str, str], qtbot: QtBot
) -> None:
    window, citing, _cited = documents
    window.library_dock.document_chosen.emit(BUNDLED)
    assert at(window)[0] == BUNDLED
    back(window, qtbot)
    assert at(window) == (citing, CITING_PARAGRAPH)
    forward(window, qtbot)
    assert at(window)[0] == BUNDLED


def test_a_search_hit_in_another_document_is_undone_by_back(
    documents: tuple[MainWindow, str, str], qtbot: QtBot
) -> None:
    window, citing, cited = documents
    dock = window.search_dock
    dock.focus_field()
    dock.field.setText('"Paragraph 4 of the cited report"')
    dock.search_now()
    assert dock.places == [(cited, 4)]
    dock.results.setCurrentRow(dock._rows[0])
    assert at(window) == (cited, 4)
    back(window, qtbot)
    assert at(window) == (citing, CITING_PARAGRAPH)
    forward(window, qtbot)
    assert at(window) == (cited, 4)


def test_a_note_in_another_document_chosen_in_all_notes_is_undone_by_back(
    documents: tuple[MainWindow, str, str], qtbot: QtBot
) -> None:
    from oicreader.app import notes as reader_notes

    window, citing, cited = documents
    made = reader_notes.add_note(window.session, cited, 2, "en", note="To quote.")
    window.notes.show_annotation(made.annotation)
    assert at(window) == (cited, 2)
    back(window, qtbot)
    assert at(window) == (citing, CITING_PARAGRAPH)


def test_back_passes_over_a_document_removed_from_the_library_without_an_error(
    documents: tuple[MainWindow, str, str], qtbot: QtBot, no_blocking_message_boxes: list[object]
) -> None:
    window, citing, cited = documents
    window.symbol_links.follow(the_link(window))  # citing ¶9 → cited ¶3
    window.library_dock.document_chosen.emit(BUNDLED)  # cited ¶3 → the bundled report
    assert window.library_controller.remove_documents([cited], keep_notes=True)
    back(window, qtbot)
    assert at(window) == (citing, CITING_PARAGRAPH)
    assert no_blocking_message_boxes == []
    forward(window, qtbot)  # the removed report is passed over going forward too
    assert at(window)[0] == BUNDLED


def tab_to(window: MainWindow, qtbot: QtBot, link: DocumentLink, key: Qt.Key) -> int:
    """Press Tab (or Shift+Tab) until the caret is in a link; how many presses it took."""
    for presses in range(1, 80):
        qtbot.keyClick(window.view, key)
        if window.symbol_links.link_at_caret() == link:
            return presses
    raise AssertionError("Tab never reached the link")


def test_tab_stops_at_a_symbol_and_says_where_it_leads_and_that_enter_follows_it(
    documents: tuple[MainWindow, str, str], qtbot: QtBot
) -> None:
    window, _citing, cited = documents
    link = the_link(window)
    window.view.setFocus()
    tab_to(window, qtbot, link, Qt.Key.Key_Tab)
    assert window.view.textCursor().selectedText() == "OIC/TEST-2/REP"
    assert window.view.hasFocus()
    expected = f"Open OIC/TEST-2/REP at paragraph {CITED_PARAGRAPH} — Enter"
    assert window.statusBar().currentMessage() == expected
    assert window.view.accessibleDescription() == expected
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert at(window) == (cited, CITED_PARAGRAPH)


def test_tab_goes_on_past_a_symbol_and_shift_tab_comes_back_to_it(
    documents: tuple[MainWindow, str, str], qtbot: QtBot
) -> None:
    window, _citing, _cited = documents
    link = the_link(window)
    window.view.setFocus()
    tab_to(window, qtbot, link, Qt.Key.Key_Tab)
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)  # on to the view's next anchor
    assert window.view.built is not None
    cell = window.view.built.cells[(link.paragraph, link.language)]
    _start, link_end = cell.qt_range(link.start, link.end)
    caret = window.view.textCursor()
    assert caret.hasSelection() and caret.selectionStart() >= link_end
    assert window.symbol_links.link_at_caret() is None
    assert tab_to(window, qtbot, link, Qt.Key.Key_Backtab) == 1


def test_enter_with_the_caret_in_a_symbol_follows_it_and_back_returns(
    documents: tuple[MainWindow, str, str], qtbot: QtBot
) -> None:
    window, citing, cited = documents
    link = the_link(window)
    window.view.setFocus()
    place_caret(window, link, link.start + 3)
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert at(window) == (cited, CITED_PARAGRAPH)
    back(window, qtbot)
    assert at(window) == (citing, CITING_PARAGRAPH)


def test_enter_outside_a_symbol_opens_nothing(
    documents: tuple[MainWindow, str, str], qtbot: QtBot
) -> None:
    window, citing, _cited = documents
    link = the_link(window)
    window.view.setFocus()
    place_caret(window, link, 0)
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert at(window) == (citing, CITING_PARAGRAPH)


@pytest.mark.parametrize(
    ("interface", "back_message", "enter_message"),
    [
        (
            "ar",
            f"رجوع إلى \u2068OIC/TEST-1/REP\u2069، الفقرة {CITING_PARAGRAPH}",
            f"فتح \u200eOIC/TEST-2/REP\u200e عند الفقرة {CITED_PARAGRAPH} — مفتاح الإدخال",
        ),
        (
            "fr",
            f"Retour à \u2068OIC/TEST-1/REP\u2069, paragraphe {CITING_PARAGRAPH}",
            f"Ouvrir OIC/TEST-2/REP au paragraphe {CITED_PARAGRAPH} — Entrée",
        ),
    ],
    indirect=["interface"],
)
def test_the_messages_of_back_and_of_a_link_at_the_caret_are_in_the_interface_language(
    interface: str,
    back_message: str,
    enter_message: str,
    documents: tuple[MainWindow, str, str],
    qtbot: QtBot,
) -> None:
    window, _citing, _cited = documents
    link = the_link(window)
    window.view.setFocus()
    place_caret(window, link, link.start + 1)
    assert window.statusBar().currentMessage() == enter_message
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    back(window, qtbot)
    assert window.statusBar().currentMessage() == back_message
