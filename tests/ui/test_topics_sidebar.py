"""The topic sidebar: themes, places, tags and the differences between language versions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from oicreader.importing.bundle import load_document_folder
from oicreader.model.document import Document, LanguageVersion
from oicreader.store.library import Library
from oicreader.ui.main_window import MainWindow
from tests.conftest import BUNDLED_FOLDER

pytestmark = pytest.mark.gui


def tree_items(window: MainWindow) -> list[QTreeWidgetItem]:
    tree = window.topics_dock.tree
    return [
        tree.topLevelItem(i).child(j)
        for i in range(tree.topLevelItemCount())
        for j in range(tree.topLevelItem(i).childCount())
    ]


def item_named(window: MainWindow, text: str) -> QTreeWidgetItem:
    return next(item for item in tree_items(window) if item.text(0).startswith(text))


def test_choosing_rohingya_brings_paragraph_six_into_view_in_every_column(
    window: MainWindow,
) -> None:
    window.reading.jump_to_paragraph(14)
    item = item_named(window, "The Rohingya Muslims of Myanmar")
    assert item.text(1) == "1", "the count of paragraphs is shown"
    window.topics_dock.tree.itemActivated.emit(item, 0)
    assert window.view.current_paragraph == 6
    assert window.view.is_paragraph_visible(6)
    built = window.view.built
    assert built is not None
    assert {language for (number, language) in built.cells if number == 6} == {"ar", "en", "fr"}


def test_next_and_previous_within_a_topic(window: MainWindow, qtbot: QtBot) -> None:
    window.topics_dock.tree.itemActivated.emit(
        item_named(window, "The cause of Palestine and Al-Quds Al-Sharif"), 0
    )
    assert window.view.current_paragraph == 3
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.view, Qt.Key.Key_Down, modifiers)
    assert window.view.current_paragraph == 4
    qtbot.keyClick(window.view, Qt.Key.Key_Down, modifiers)
    assert window.view.current_paragraph == 15
    qtbot.keyClick(window.view, Qt.Key.Key_Up, modifiers)
    assert window.view.current_paragraph == 4


def test_places_are_listed_with_their_paragraphs(window: MainWindow) -> None:
    item = item_named(window, "Côte d'Ivoire")
    assert item.text(1) == "2"
    window.topics_dock.tree.itemActivated.emit(item, 0)
    assert window.view.current_paragraph == 1
    window.topics.step_in_topic(1)
    assert window.view.current_paragraph == 16


def test_a_new_tag_appears_in_the_tree_without_a_restart(window: MainWindow) -> None:
    window.notes.add_paragraph_note(9)
    editor = window.notes_dock.editors[0]
    editor.tags.setText("voice of wisdom")
    editor.tags.textEdited.emit("voice of wisdom")
    item = item_named(window, "voice of wisdom")
    window.reading.jump_to_paragraph(1)
    window.topics_dock.tree.itemActivated.emit(item, 0)
    assert window.view.current_paragraph == 9


def test_a_difference_between_versions_is_marked_and_listed(
    window: MainWindow, library: Library, qtbot: QtBot
) -> None:
    report = load_document_folder(BUNDLED_FOLDER)
    french = report.versions["fr"]
    altered = dict(french.paragraphs)
    altered[7] = altered[7].replace("25 septembre 2017", "26 septembre 2017")
    altered[14] = altered[14].replace("Bakou", "Ankara")
    versions = {**report.versions, "fr": LanguageVersion("fr", french.front_matter, altered)}
    copy = Document("altered", "TEST/ALTERED", report.titles, report.date, "draft", "ar", versions)
    library.save_document(copy, "imported")
    window.reading.open_document("altered")
    assert window.analysing_topics, "found after the text is painted, not before"
    qtbot.waitUntil(lambda: not window.analysing_topics and not window.view.building)
    differences = [item.text(0) for item in tree_items(window) if item.text(0).startswith("¶")]
    assert any(text.startswith("¶7 date") and "French" in text for text in differences)
    assert any(text.startswith("¶14 name") for text in differences)
    built = window.view.built
    assert built is not None
    cursor = QTextCursor(window.view.document())
    cursor.setPosition(built.gutter_markers[(7, "discrepancy")] + 1)
    assert cursor.charFormat().foreground().color().alpha() == 255
    cursor.setPosition(built.gutter_markers[(6, "discrepancy")] + 1)
    assert cursor.charFormat().foreground().color().alpha() == 0


def test_the_bundled_report_shows_no_differences(window: MainWindow) -> None:
    assert not [item for item in tree_items(window) if item.text(0).startswith("¶")]


def test_a_long_document_is_analysed_without_holding_up_the_window(
    window: MainWindow, library: Library, qtbot: QtBot
) -> None:
    report = load_document_folder(BUNDLED_FOLDER)
    versions = {
        code: LanguageVersion(
            code,
            version.front_matter,
            {n: version.paragraphs[1 + (n - 1) % 16] for n in range(1, 301)},
        )
        for code, version in report.versions.items()
    }
    library.save_document(
        Document("long", "TEST/LONG", report.titles, report.date, "draft", "ar", versions),
        "imported",
    )
    window.reading.open_document("long")
    built = window.view.built
    assert built is not None and 0 < len(built.row_numbers) < 300, "shown before fully laid out"
    qtbot.waitUntil(lambda: len(built.row_numbers) == 300, timeout=30_000)
    qtbot.waitUntil(
        lambda: any(item.text(0).startswith("Myanmar") for item in tree_items(window)),
        timeout=30_000,
    )
    assert item_named(window, "Myanmar").text(1) == "19"  # 6, 22, 38, … 294


def test_topics_found_for_an_older_copy_of_the_report_are_dropped(
    window: MainWindow, qtbot: QtBot
) -> None:
    old = window.document
    assert old is not None
    window.reading.open_document(old.id)  # the same key, read again (as after a reload of new text)
    assert window.document is not old and window.analysing_topics
    window.topics.topics_ready(old, [], [])  # a late result for the copy no longer shown
    assert window.analysing_topics, "dropped"
    qtbot.waitUntil(lambda: not window.analysing_topics)
    assert window.topics_dock.topics
