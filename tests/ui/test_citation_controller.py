"""Edit > Copy with Citation: the selection or the current paragraph, then where it comes
from, on the clipboard as plain text with bidi isolation and as HTML with directions."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from pytestqt.qtbot import QtBot

from oicreader.ui.main_window import MainWindow
from tests.conftest import REPOSITORY_ROOT

pytestmark = pytest.mark.gui

SYMBOL = "OIC/ACM-2017/CHAIR-REP"
CITATION_OF_PARAGRAPH_6 = {
    "en": f"({SYMBOL}, para. 6)",
    "ar": f"(\u2068{SYMBOL}\u2069، الفقرة 6)",
    "fr": f"({SYMBOL}, par. 6)",
}
CITATION_OF_PARAGRAPHS_4_TO_5 = {
    "en": f"({SYMBOL}, paras. 4–5)",
    "ar": f"(\u2068{SYMBOL}\u2069، الفقرات من 4 إلى 5)",
    "fr": f"({SYMBOL}, par. 4 à 5)",
}


def select(window: MainWindow, start: tuple[int, str, int], end: tuple[int, str, int]) -> None:
    """Select from (paragraph, language, code point) to another, as a mouse drag would."""
    built = window.view.built
    assert built is not None
    cursor = QTextCursor(window.view.document())
    first, last = built.cells[start[:2]], built.cells[end[:2]]
    cursor.setPosition(first.qt_range(start[2], start[2])[0])
    cursor.setPosition(last.qt_range(end[2], end[2])[0], QTextCursor.MoveMode.KeepAnchor)
    window.view.setTextCursor(cursor)


def press_copy_with_citation(window: MainWindow, qtbot: QtBot) -> tuple[str, str]:
    """Ctrl+Shift+C in the text; the clipboard's plain text and HTML."""
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.view, Qt.Key.Key_C, modifiers)
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasText() and mime.hasHtml()
    return mime.text(), mime.html()


def paragraph_text(window: MainWindow, number: int, language: str) -> str:
    assert window.document is not None
    text = window.document.paragraph(number).text(language)
    assert text is not None
    return text


@pytest.mark.parametrize("interface", ["en", "ar", "fr"], indirect=True)
def test_words_selected_in_the_arabic_column_are_copied_alone_with_their_citation(
    translated_window: MainWindow, interface: str, qtbot: QtBot
) -> None:
    window = translated_window
    select(window, (6, "ar", 0), (6, "ar", 40))
    text, html = press_copy_with_citation(window, qtbot)
    words = paragraph_text(window, 6, "ar")[:40].strip()
    assert text == f"{words}\n\n{CITATION_OF_PARAGRAPH_6[interface]}"
    assert '<p lang="ar" dir="rtl" style="direction:rtl;' in html
    assert f">{words}</p>" in html
    assert paragraph_text(window, 6, "en")[:30] not in html, "the selection's language only"
    direction = "rtl" if interface == "ar" else "ltr"
    assert f'<p lang="{interface}" dir="{direction}"' in html
    assert f'<span dir="ltr">{SYMBOL}</span>' in html, "the symbol isolated in the citation"


@pytest.mark.parametrize("interface", ["en", "ar", "fr"], indirect=True)
def test_without_a_selection_the_current_paragraph_is_copied_in_the_shown_languages(
    translated_window: MainWindow, interface: str, qtbot: QtBot
) -> None:
    window = translated_window
    window.reading.jump_to_paragraph(6)
    window.view.setTextCursor(QTextCursor(window.view.document()))  # no selection
    text, html = press_copy_with_citation(window, qtbot)
    french, english, arabic = (paragraph_text(window, 6, code) for code in ("fr", "en", "ar"))
    citation = CITATION_OF_PARAGRAPH_6[interface]
    assert text == f"{french}\n\n{english}\n\n{arabic}\n\n{citation}", "in column order"
    for code, direction in (("fr", "ltr"), ("en", "ltr"), ("ar", "rtl")):
        assert f'<p lang="{code}" dir="{direction}"' in html
    assert window.statusBar().currentMessage() == window.citation.tr("Copied with its citation")


def test_a_hidden_language_is_not_copied(window: MainWindow, qtbot: QtBot) -> None:
    window.set_columns(["ar", "en"])
    window.reading.jump_to_paragraph(6)
    window.view.setTextCursor(QTextCursor(window.view.document()))
    text, _html = press_copy_with_citation(window, qtbot)
    arabic, english = paragraph_text(window, 6, "ar"), paragraph_text(window, 6, "en")
    assert text == f"{arabic}\n\n{english}\n\n{CITATION_OF_PARAGRAPH_6['en']}"


@pytest.mark.parametrize("interface", ["en", "ar", "fr"], indirect=True)
def test_a_selection_over_two_paragraphs_copies_both_in_the_shown_languages(
    translated_window: MainWindow, interface: str, qtbot: QtBot
) -> None:
    window = translated_window
    select(window, (4, "en", 10), (5, "en", 10))
    text, _html = press_copy_with_citation(window, qtbot)
    blocks = [
        "\n".join(paragraph_text(window, number, code) for number in (4, 5))
        for code in ("fr", "en", "ar")
    ]
    citation = CITATION_OF_PARAGRAPHS_4_TO_5[interface]
    assert text == "\n\n".join([*blocks, citation])


def test_the_action_is_in_the_edit_menu_with_its_shortcut(window: MainWindow) -> None:
    action = window.menu_actions.copy_citation_action
    assert action.shortcut().toString() == "Ctrl+Shift+C"
    edit_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Edit"
    )
    names = [a.text() for a in edit_menu.actions()]
    assert names.index(action.text()) == names.index(window.menu_actions.copy_action.text()) + 1


def test_the_app_exits_cleanly_after_a_copy_with_citation() -> None:
    # PySide6 hands the QMimeData to the clipboard; one still owned by Python crashed the
    # process at exit (see ParallelView.keyPressEvent).
    script = (
        "import sys\n"
        "from PySide6.QtGui import QGuiApplication\n"
        "from oicreader.app.session import Library\n"
        "from oicreader.ui.app import application, open_window\n"
        "app = application()\n"
        "library = Library.open()\n"
        "window = open_window(library)\n"
        "window.show()\n"
        "window.open_first_document()\n"
        "window.view.finish_building()\n"
        "assert window.citation.copy_with_citation() is not None\n"
        "assert QGuiApplication.clipboard().mimeData().hasHtml()\n"
        "window.close()\n"
        "library.close()\n"
        "del window\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=REPOSITORY_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
