"""Document symbols named in the text are links: drawn as links, a pointing hand over them, a
tooltip, and a click that opens the cited document at the paragraph the text names."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QPalette, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from oicreader.app.links import DocumentLink
from oicreader.model.document import Document, LanguageVersion
from oicreader.store.library import Library
from oicreader.ui.main_window import MainWindow
from tests.ui.conftest import shown_window

pytestmark = pytest.mark.gui

REPORT = "oic-acm-2017-chair-rep"
CITING = "oic-test-1-rep"
ENGLISH = {
    1: "The Ministers recalled OIC/ACM-2017/CHAIR-REP, para. 4, on that meeting.",
    2: "They noted resolution S/RES/2334 (2016) and the letter S/2017/123.",
}
ARABIC = {
    1: "أشار الوزراء إلى التقرير OIC/ACM-2017/CHAIR-REP، الفقرة 6، بشأن ذلك الاجتماع.",
    2: "وأحاطوا علماً بالقرار S/RES/2334 (2016) وبالرسالة S/2017/123.",
}


def save(library: Library, key: str, symbol: str, texts: dict[str, dict[int, str]]) -> None:
    versions = {
        language: LanguageVersion(language, (), by_number) for language, by_number in texts.items()
    }
    source = next(iter(texts))
    library.save_document(
        Document(key, symbol, {source: symbol}, "", "final", source, versions), "imported"
    )


@pytest.fixture
def citing_window(qtbot: QtBot, library: Library) -> MainWindow:
    """The window on a report citing the bundled report (in the library), a letter (in the
    library, as "s/2017/123") and a resolution (not in it)."""
    save(library, CITING, "OIC/TEST-1/REP", {"ar": ARABIC, "en": ENGLISH})
    save(library, "letter", "s/2017/123", {"en": {1: "The letter.", 2: "Its end."}})
    return shown_window(qtbot, library, CITING)


def link_named(window: MainWindow, symbol: str, language: str = "en") -> DocumentLink:
    """The link a symbol makes in one language (found once the text was first painted)."""
    return next(
        link
        for link in window.symbol_links.links
        if link.symbol == symbol and link.language == language
    )


def point_on(window: MainWindow, link: DocumentLink) -> QPoint:
    """A point of the viewport over the middle of a link's text."""
    view = window.view
    assert view.built is not None
    start, end = view.built.cells[(link.paragraph, link.language)].qt_range(link.start, link.end)
    cursor = QTextCursor(view.document())
    cursor.setPosition((start + end) // 2)
    rect = view.cursorRect(cursor)
    return QPoint(rect.x() + 2, rect.center().y())


def test_a_symbol_in_the_text_is_drawn_underlined_in_the_palettes_link_colour(
    citing_window: MainWindow,
) -> None:
    view = citing_window.view
    link_colour = view.palette().color(QPalette.ColorRole.Link)
    drawn = [
        selection.cursor.selectedText()
        for selection in view.extraSelections()
        if selection.format.fontUnderline() and selection.format.foreground().color() == link_colour
    ]
    assert sorted(drawn) == sorted(
        ["OIC/ACM-2017/CHAIR-REP", "S/RES/2334 (2016)", "S/2017/123"] * 2
    )


def test_the_pointer_over_a_symbol_is_a_pointing_hand_and_elsewhere_is_not(
    citing_window: MainWindow, qtbot: QtBot
) -> None:
    viewport = citing_window.view.viewport()
    before = viewport.cursor().shape()
    point = point_on(citing_window, link_named(citing_window, "OIC/ACM-2017/CHAIR-REP"))
    qtbot.mouseMove(viewport, point)
    qtbot.waitUntil(lambda: viewport.cursor().shape() == Qt.CursorShape.PointingHandCursor)
    qtbot.mouseMove(viewport, QPoint(point.x(), point.y() + 400))
    qtbot.waitUntil(lambda: viewport.cursor().shape() == before)


def test_a_click_on_a_symbol_opens_its_document_at_the_paragraph_the_text_names(
    citing_window: MainWindow, qtbot: QtBot
) -> None:
    link = link_named(citing_window, "OIC/ACM-2017/CHAIR-REP")
    assert link.cited_paragraph == 4
    qtbot.mouseClick(
        citing_window.view.viewport(), Qt.MouseButton.LeftButton, pos=point_on(citing_window, link)
    )
    qtbot.waitUntil(
        lambda: citing_window.document is not None and citing_window.document.id == REPORT
    )
    assert citing_window.view.current_paragraph == 4
    assert citing_window.view.is_paragraph_visible(4)


def test_a_symbol_in_an_arabic_paragraph_opens_at_the_paragraph_it_names_in_arabic(
    citing_window: MainWindow, qtbot: QtBot
) -> None:
    link = link_named(citing_window, "OIC/ACM-2017/CHAIR-REP", "ar")
    assert link.cited_paragraph == 6
    qtbot.mouseClick(
        citing_window.view.viewport(), Qt.MouseButton.LeftButton, pos=point_on(citing_window, link)
    )
    qtbot.waitUntil(
        lambda: citing_window.document is not None and citing_window.document.id == REPORT
    )
    assert citing_window.view.current_paragraph == 6


def test_a_symbol_without_a_paragraph_opens_its_document_at_the_top(
    citing_window: MainWindow, qtbot: QtBot
) -> None:
    link = link_named(citing_window, "S/2017/123")
    assert link.document == "letter"
    qtbot.mouseClick(
        citing_window.view.viewport(), Qt.MouseButton.LeftButton, pos=point_on(citing_window, link)
    )
    qtbot.waitUntil(
        lambda: citing_window.document is not None and citing_window.document.id == "letter"
    )
    assert citing_window.view.verticalScrollBar().value() == 0
    assert citing_window.view.current_paragraph == 1


def test_a_symbol_not_in_the_library_says_so_and_a_click_on_it_opens_nothing(
    citing_window: MainWindow, qtbot: QtBot
) -> None:
    link = link_named(citing_window, "S/RES/2334 (2016)")
    assert link.document is None
    viewport = citing_window.view.viewport()
    point = point_on(citing_window, link)
    QApplication.sendEvent(
        viewport, QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point))
    )
    assert QToolTip.text() == "S/RES/2334 (2016) is not in the library"
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)
    qtbot.wait(50)
    assert citing_window.document is not None and citing_window.document.id == CITING


def test_the_tooltip_of_a_symbol_in_the_library_names_the_paragraph_it_opens_at(
    citing_window: MainWindow,
) -> None:
    link = link_named(citing_window, "OIC/ACM-2017/CHAIR-REP")
    assert citing_window.symbol_links.tooltip(link) == "Open OIC/ACM-2017/CHAIR-REP at paragraph 4"
    letter = link_named(citing_window, "S/2017/123")
    assert citing_window.symbol_links.tooltip(letter) == "Open S/2017/123"


def test_a_symbol_leads_to_its_document_once_that_is_imported(
    citing_window: MainWindow, qtbot: QtBot, library: Library
) -> None:
    link = link_named(citing_window, "S/RES/2334 (2016)")
    assert citing_window.symbol_links.tooltip(link) == "S/RES/2334 (2016) is not in the library"
    save(library, "resolution", "S/RES/2334", {"en": {1: "The Council.", 2: "Its end."}})
    assert citing_window.symbol_links.tooltip(link) == "Open S/RES/2334 (2016)"
    qtbot.mouseClick(
        citing_window.view.viewport(), Qt.MouseButton.LeftButton, pos=point_on(citing_window, link)
    )
    qtbot.waitUntil(
        lambda: citing_window.document is not None and citing_window.document.id == "resolution"
    )


@pytest.mark.parametrize(
    ("interface", "expected"),
    [
        ("ar", "الوثيقة \u200eS/RES/2334 (2016)\u200e غير موجودة في المكتبة"),
        ("fr", "Le document S/RES/2334 (2016) n’est pas dans la bibliothèque"),
    ],
    indirect=["interface"],
)
def test_the_tooltip_is_in_the_interface_language(
    interface: str, expected: str, qtbot: QtBot, library: Library
) -> None:
    save(library, CITING, "OIC/TEST-1/REP", {"ar": ARABIC, "en": ENGLISH})
    window = shown_window(qtbot, library, CITING)
    link = link_named(window, "S/RES/2334 (2016)")
    assert window.symbol_links.tooltip(link) == expected


def test_a_drag_across_a_symbol_selects_text_and_opens_nothing(
    citing_window: MainWindow, qtbot: QtBot
) -> None:
    viewport = citing_window.view.viewport()
    point = point_on(citing_window, link_named(citing_window, "OIC/ACM-2017/CHAIR-REP"))
    # Released still over the symbol, a little further than a click may move.
    end = QPoint(point.x() + QApplication.startDragDistance() + 2, point.y())
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseMove(viewport, end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    assert citing_window.symbol_links.link_at(end) is not None
    assert citing_window.view.textCursor().hasSelection()
    qtbot.wait(50)
    assert citing_window.document is not None and citing_window.document.id == CITING


def test_a_symbol_after_text_outside_the_basic_plane_is_drawn_exactly_over_it(
    qtbot: QtBot, library: Library
) -> None:
    # Qt counts UTF-16 units, the links code points: "𝔸" is one code point, two units.
    text = "The sign 𝔸 and the letter S/2017/123 were read."
    save(library, CITING, "OIC/TEST-1/REP", {"en": {1: text}})
    window = shown_window(qtbot, library, CITING)
    drawn = [
        selection.cursor.selectedText()
        for selection in window.view.extraSelections()
        if selection.format == window.symbol_links.link_format()
    ]
    assert drawn == ["S/2017/123"]
    link = link_named(window, "S/2017/123")
    assert window.symbol_links.link_at(point_on(window, link)) == link
