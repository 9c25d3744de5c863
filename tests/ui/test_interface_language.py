"""Choosing the interface language, --ui-lang, screenshots, and mixed-direction lists."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDockWidget, QStyleOptionViewItem, QTabBar
from pytestqt.qtbot import QtBot

from oicreader import cli
from oicreader.model.languages import INTERFACE_LANGUAGES
from oicreader.store.library import Library
from oicreader.ui import app as ui_app
from oicreader.ui import interface_language
from oicreader.ui.bidi_item_delegate import BidiItemDelegate, text_direction
from oicreader.ui.interface_language import choose_language, current_language, locale_for
from oicreader.ui.main_window import MainWindow
from oicreader.ui.settings import Settings
from tests.conftest import REPOSITORY_ROOT

pytestmark = pytest.mark.gui

RTL = Qt.LayoutDirection.RightToLeft
LTR = Qt.LayoutDirection.LeftToRight


def test_the_command_line_wins_then_the_preference_then_the_system() -> None:
    arabic_system = QLocale("ar_SA")
    assert choose_language("fr", "en", arabic_system) == "fr"
    assert choose_language(None, "en", arabic_system) == "en"
    assert choose_language(None, None, arabic_system) == "ar"
    assert choose_language(None, None, QLocale("fr_CA")) == "fr"
    assert choose_language(None, None, QLocale("de_DE")) == "en", "only ar, en and fr"
    assert choose_language("de", None, QLocale("de_DE")) == "en"


def test_arabic_numbers_are_written_with_western_digits_as_in_oic_documents() -> None:
    arabic = locale_for("ar", QLocale("ar_SA"))
    assert arabic.language() == QLocale.Language.Arabic
    assert arabic.toString(2017) == "2,017"
    assert locale_for("fr", QLocale("fr_CA")).name() == "fr_CA", "a French system keeps its own"
    assert locale_for("fr", QLocale("en_US")).language() == QLocale.Language.French


def test_the_preference_chooses_the_language_at_the_next_start(qapp: QApplication) -> None:
    settings = Settings()
    settings.interface_language = "fr"
    settings.sync()
    with ui_app.interface_language(qapp, None) as chosen:
        assert chosen == "fr" and current_language() == "fr"
        assert QLocale().language() == QLocale.Language.French
    with ui_app.interface_language(qapp, "ar") as chosen:  # --ui-lang overrides it
        assert chosen == "ar" and qapp.layoutDirection() == RTL
    assert qapp.layoutDirection() == LTR and current_language() == "en"


def test_the_window_speaks_the_interface_languages_the_command_line_offers() -> None:
    assert interface_language.INTERFACE_LANGUAGES is INTERFACE_LANGUAGES


def test_ui_lang_is_accepted_before_or_after_the_command(monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[tuple[str | None, str | None]] = []
    monkeypatch.setattr(
        ui_app, "run_window", lambda doc, lang=None: opened.append((doc, lang)) or 0
    )
    assert cli.main(["--ui-lang", "ar"]) == 0
    assert cli.main(["window", "--ui-lang", "fr"]) == 0
    assert cli.main(["--ui-lang", "fr", "window", "OIC/ACM-2017/CHAIR-REP"]) == 0
    assert cli.main([]) == 0
    assert opened == [
        (None, "ar"),
        (None, "fr"),
        ("OIC/ACM-2017/CHAIR-REP", "fr"),
        (None, None),
    ]
    with pytest.raises(SystemExit) as refused:
        cli.main(["--ui-lang", "de"])
    assert refused.value.code == 2


@pytest.mark.slow
@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_a_screenshot_in_each_interface_language(language: str, tmp_path: Path) -> None:
    output = tmp_path / f"main-{language}.png"
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "oicreader", "screenshot", str(output), "-p", "6",
         "--size", "1000x700", "--ui-lang", language],
        cwd=REPOSITORY_ROOT, env=environment, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    image = QImage(str(output))
    assert (image.width(), image.height()) == (1000, 700)


def test_each_line_of_an_item_takes_its_own_direction() -> None:
    assert text_direction("قرار رقم 5.") == RTL
    assert text_direction("Resolution 5.") == LTR
    assert text_direction("«جماعات الروهينغايا المسلمين.»") == RTL
    assert text_direction("5. أعرب الاجتماع") == RTL, "digits are weak: the first letter decides"
    assert text_direction("¶6 · 2017", RTL) == RTL, "no letter: the view's direction"


def test_the_notes_list_lays_out_the_arabic_quote_right_to_left(window: MainWindow) -> None:
    window.reading.jump_to_paragraph(6)
    assert window.document is not None
    text = window.document.paragraph(6).text("ar") or ""
    start = text.index("الروهينغايا")
    cell = window.view.built.cells[(6, "ar")] if window.view.built else None
    assert cell is not None
    cursor = window.view.textCursor()
    first, last = cell.qt_range(start, start + len("الروهينغايا"))
    cursor.setPosition(first)
    cursor.setPosition(last, cursor.MoveMode.KeepAnchor)
    window.view.setTextCursor(cursor)
    window.notes.add_note_to_selection()
    [editor] = window.notes_dock.editors
    assert editor.quote.layoutDirection() == RTL, "the quote, in an English window"
    editor.text.setPlainText("Key paragraph.")
    notes = window.notes_dock.all_notes
    delegate = notes.itemDelegate()
    assert isinstance(delegate, BidiItemDelegate)
    option = QStyleOptionViewItem()
    option.font = notes.font()
    text = notes.model().index(0, 0).data()
    lines = text.split("\n")
    assert lines[1] == "«الروهينغايا»" and lines[2] == "Key paragraph."
    layouts = delegate._layouts(text, option, 300)
    directions = [layout.textOption().textDirection() for layout, _height in layouts]
    assert directions == [LTR, RTL, LTR]


def test_outline_and_search_lists_draw_every_item_in_its_own_direction(
    window: MainWindow, library: Library
) -> None:
    for view in (window.outline.list, window.search_dock.results, window.notes_dock.all_notes):
        assert isinstance(view.itemDelegate(), BidiItemDelegate)
    window.search_dock.field.setText("Myanmar")
    window.search_dock.search_now()
    heading, first = (window.search_dock.results.item(row).text() for row in (0, 1))
    assert heading.startswith("OIC/ACM-2017/CHAIR-REP")
    where, snippet = first.split("\n")
    assert where.startswith("\u2066¶6\u2069") and snippet, "¶6 isolated, left to right"


@pytest.mark.parametrize("interface", ["en", "ar"], indirect=True)
def test_no_stale_tab_bar_is_drawn_over_the_panels(
    translated_window: MainWindow, library: Library, qtbot: QtBot
) -> None:
    def drawn_tabs(window: MainWindow) -> list[str]:
        inside = window.rect()
        return [
            bar.tabText(i)
            for bar in window.findChildren(QTabBar)
            if bar.isVisible() and inside.intersects(bar.geometry())
            for i in range(bar.count())
        ]

    def shown_docks(window: MainWindow) -> set[str]:
        return {dock.windowTitle() for dock in window.findChildren(QDockWidget) if dock.isVisible()}

    # First start: the search panel is hidden, so no tab may name it.
    assert set(drawn_tabs(translated_window)) <= shown_docks(translated_window)
    translated_window.close()
    again = MainWindow(library, Settings())  # the saved layout, restored
    qtbot.addWidget(again)
    again.resize(1400, 900)
    again.show()
    qtbot.waitExposed(again)
    assert set(drawn_tabs(again)) <= shown_docks(again)
