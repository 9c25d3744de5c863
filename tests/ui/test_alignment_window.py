"""Alignment by content in the window: merged and split rows marked, re-linking from the
context menu, and sentence links lit across the columns."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from oicreader.app.changes import Changes
from oicreader.app.reports import import_reports, read_reports
from oicreader.app.session import Session
from oicreader.catalog import BUNDLED_DOCUMENT_KEY
from oicreader.store.library import Library
from oicreader.ui.main_window import MainWindow
from tests.conftest import ARABIC_SOURCE
from tests.importing.perturbed_files import dropping, merging, splitting, text_file
from tests.ui.conftest import shown_window

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
