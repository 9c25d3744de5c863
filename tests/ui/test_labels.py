"""Labels that were cut with no way to read them: the notes filters, the topics, the import
dialog's columns and the outline's entries."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from oicreader.store.library import Library
from oicreader.ui.import_dialog import LEFT_OUT_COLUMN, READ_AS_COLUMN
from oicreader.ui.main_window import MainWindow
from oicreader.ui.outline_dock import distinguishing_openings
from oicreader.ui.topics_dock import TOPIC_ROLE
from tests.conftest import REPOSITORY_ROOT
from tests.ui.conftest import shown_window

pytestmark = pytest.mark.gui


def room_for_text(combo: QComboBox) -> int:
    """The width a combo box draws its chosen text in."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return field.width()


@pytest.fixture
def reopened_window(interface: str, qtbot: QtBot, library: Library) -> MainWindow:
    """A window opened a second time, its layout restored: its panels are made after the
    text is painted, in the widths saved."""
    shown_window(qtbot, library).close()
    return shown_window(qtbot, library)


@pytest.mark.parametrize("interface", ["fr", "ar", "en"], indirect=True)
def test_the_notes_filters_show_their_whole_first_choice_in_the_narrowest_panel(
    reopened_window: MainWindow, qtbot: QtBot
) -> None:
    dock = reopened_window.notes_dock
    dock.show()
    dock.raise_()
    # As narrow as the reader can drag it: Qt stops at the panel's minimum width.
    reopened_window.resizeDocks([dock], [1], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: dock.width() < 400)
    for combo in (dock.filter_document, dock.filter_tag, dock.filter_color, dock.filter_language):
        combo.setCurrentIndex(0)
        text = combo.currentText()
        assert room_for_text(combo) >= combo.fontMetrics().horizontalAdvance(text), text


def topic_items(window: MainWindow) -> list[QTreeWidgetItem]:
    tree = window.topics_dock.tree
    return [
        branch.child(row)
        for index in range(tree.topLevelItemCount())
        if (branch := tree.topLevelItem(index)) is not None
        for row in range(branch.childCount())
    ]


@pytest.fixture
def narrow_topics(window: MainWindow, qtbot: QtBot) -> MainWindow:
    """The Topics panel in front, as narrow as the reader can drag it."""
    dock = window.topics_dock
    dock.show()
    dock.raise_()
    window.resizeDocks([dock], [1], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: dock.width() < 300)
    tree = dock.tree
    qtbot.waitUntil(lambda: tree.header().length() <= tree.viewport().width())
    return window


def test_every_topics_count_stays_in_view_beside_its_name(narrow_topics: MainWindow) -> None:
    tree = narrow_topics.topics_dock.tree
    viewport = tree.viewport().rect()
    themes = [item for item in topic_items(narrow_topics) if item.data(0, TOPIC_ROLE) is not None]
    assert len(themes) > 20
    for item in themes:
        topic = item.data(0, TOPIC_ROLE)
        assert item.text(0) == topic.label("en"), "the name alone, whole"
        assert item.text(1) == str(len(topic.paragraphs))
        count = tree.visualRect(tree.indexFromItem(item, 1))
        assert viewport.left() <= count.left() and count.right() <= viewport.right(), item.text(0)


def test_a_long_theme_name_wraps_and_its_tooltip_names_it(narrow_topics: MainWindow) -> None:
    tree = narrow_topics.topics_dock.tree
    items = topic_items(narrow_topics)
    longest = max(items, key=lambda item: len(item.text(0)))
    shortest = min(items, key=lambda item: len(item.text(0)))
    assert tree.fontMetrics().horizontalAdvance(longest.text(0)) > tree.columnWidth(0)
    assert tree.visualItemRect(longest).height() > tree.visualItemRect(shortest).height()
    assert longest.toolTip(0).startswith(longest.text(0) + "\n")
    assert "Paragraphs: " in longest.toolTip(0)


@pytest.mark.parametrize("interface", ["fr", "en"], indirect=True)
def test_every_topic_row_holds_all_the_lines_of_its_name(
    translated_window: MainWindow, qtbot: QtBot
) -> None:
    window = translated_window
    dock = window.topics_dock
    dock.show()
    dock.raise_()
    window.resizeDocks([dock], [1], Qt.Orientation.Horizontal)
    tree = dock.tree
    qtbot.waitUntil(
        lambda: dock.width() < 300 and tree.header().length() <= tree.viewport().width()
    )
    qtbot.wait(50)
    metrics = tree.fontMetrics()
    for item in topic_items(window):
        rect = tree.visualItemRect(item)
        drawn_in = tree.columnWidth(0) - 2 * tree.indentation() - 6  # the branch, the margins
        room = QRect(0, 0, drawn_in, 10_000)
        lines = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, item.text(0)).height()
        assert rect.height() >= lines, item.text(0)


WORD_FILES = sorted((REPOSITORY_ROOT / "tests" / "importing" / "fixtures").glob("*.docx"))


@pytest.mark.parametrize("interface", ["fr"], indirect=True)
def test_the_import_dialog_shows_what_each_file_was_read_as_whole_in_a_narrow_dialog(
    translated_window: MainWindow, qtbot: QtBot
) -> None:
    imports = translated_window.imports
    dialog = imports.import_dialog(imports.read_in_background(WORD_FILES))
    qtbot.addWidget(dialog)
    dialog.resize(620, 380)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: header.length() <= table.viewport().width())
    metrics = table.fontMetrics()
    for row in range(table.rowCount()):
        for column in (READ_AS_COLUMN, LEFT_OUT_COLUMN):
            text = table.item(row, column).text()
            room = QRect(0, 0, table.columnWidth(column) - 8, 10_000)
            needed = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, text).height()
            assert table.rowHeight(row) >= needed, text
    assert "Document Word" in table.item(0, READ_AS_COLUMN).toolTip()


def test_the_outlines_sixteen_entries_are_distinct(window: MainWindow) -> None:
    outline = window.outline.list
    entries = [outline.item(row).text().split(". ", 1)[1] for row in range(outline.count())]
    assert len(entries) == 16
    assert len(set(entries)) == 16, entries
    assert "… condemned the terrorist attacks that have taken place …" in entries


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_each_paragraph_opens_with_words_of_its_own_in_every_language(
    window: MainWindow, language: str
) -> None:
    assert window.document is not None
    texts = [paragraph.text(language) or "" for paragraph in window.document.paragraphs]
    openings = distinguishing_openings(texts)
    assert len(set(openings)) == len(openings) == 16, openings


def test_a_short_lead_two_paragraphs_share_stays_a_long_one_gives_way() -> None:
    texts = [
        "The Ministers met.",
        "The Ministers agreed.",
        "The meeting urged the A.",
        "The meeting urged the B.",
    ]
    openings = distinguishing_openings(texts)
    assert openings == ["The Ministers met.", "The Ministers agreed.", "… A.", "… B."]
