"""The Topics panel's scope: the document being read, or every document of the library."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from oicreader.importing.bundle import load_document_folder
from oicreader.model.document import Document
from oicreader.store.library import Library
from oicreader.ui.main_window import MainWindow
from oicreader.ui.settings import Settings
from oicreader.ui.topics_dock import LIBRARY_TOPIC_ROLE
from tests.conftest import BUNDLED_FOLDER
from tests.ui.conftest import shown_window

pytestmark = pytest.mark.gui

REPORT_SYMBOL = "OIC/ACM-2017/CHAIR-REP"


def report_copy(key: str, symbol: str, date: str) -> Document:
    report = load_document_folder(BUNDLED_FOLDER)
    return Document(
        id=key, symbol=symbol, titles=report.titles, date=date, status="final",
        source_language="ar", versions=report.versions,
    )  # fmt: skip


@pytest.fixture
def two_documents(library: Library) -> Library:
    """The bundled report (2017) and a copy of it dated 2021, newer."""
    library.save_document(report_copy("new-report", "NEW/2021/1", "2021-11-30"), "imported")
    return library


def children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [item.child(row) for row in range(item.childCount())]


def top_level(window: MainWindow) -> list[QTreeWidgetItem]:
    tree = window.topics_dock.tree
    return [tree.topLevelItem(row) for row in range(tree.topLevelItemCount())]


def topic_item(window: MainWindow, label: str) -> QTreeWidgetItem:
    return next(
        item for branch in top_level(window) for item in children(branch) if item.text(0) == label
    )


def pick_scope(window: MainWindow, qtbot: QtBot, scope: str) -> None:
    combo = window.topics_dock.scope
    combo.setCurrentIndex(combo.findData(scope))
    qtbot.waitUntil(lambda: not window.topics.finding_library_topics, timeout=20_000)


def test_the_panel_offers_this_document_and_the_whole_library(window: MainWindow) -> None:
    combo = window.topics_dock.scope
    assert [combo.itemText(row) for row in range(combo.count())] == [
        "This document",
        "Whole library",
    ]
    assert combo.currentData() == "document"
    assert window.topics._library_index is None, "nothing found across the library unasked"


def test_whole_library_lists_each_topic_with_its_documents_newest_first(
    qtbot: QtBot, two_documents: Library
) -> None:
    window = shown_window(qtbot, two_documents)
    pick_scope(window, qtbot, "library")
    branches = [item.text(0) for item in top_level(window)]
    assert branches == ["Themes", "Places and organisations", "My tags"]
    yemen = topic_item(window, "Yemen")
    assert yemen.text(1) == "2", "the count of documents"
    yemen.setExpanded(True)
    documents = children(yemen)
    assert [row.text(0) for row in documents] == [
        "\u2068NEW/2021/1\u2069 · 2021-11-30",
        f"\u2068{REPORT_SYMBOL}\u2069 · 2017-09-22",
    ]
    assert [row.text(0) for row in children(documents[1])] == ["Paragraph 10", "Paragraph 15"]
    assert Settings().topics_scope == "library", "the scope is remembered"


def test_choosing_a_paragraph_opens_its_document_there(
    qtbot: QtBot, two_documents: Library
) -> None:
    window = shown_window(qtbot, two_documents)
    assert window.document is not None and window.document.symbol == REPORT_SYMBOL
    pick_scope(window, qtbot, "library")
    palestine = topic_item(window, "The cause of Palestine and Al-Quds Al-Sharif")
    palestine.setExpanded(True)
    newest = children(palestine)[0]
    paragraph_fifteen = next(row for row in children(newest) if row.text(0) == "Paragraph 15")
    window.topics_dock.tree.itemClicked.emit(paragraph_fifteen, 0)
    assert window.document.symbol == "NEW/2021/1"
    assert window.view.current_paragraph == 15
    assert window.topics.topic is not None
    window.topics.step_in_topic(-1)
    assert window.view.current_paragraph in window.topics.topic.paragraphs
    assert window.view.current_paragraph < 15
    assert window.topics_dock.library_topics, "the library's topics stay listed"


def test_back_to_this_document_shows_its_own_topics_again(window: MainWindow, qtbot: QtBot) -> None:
    pick_scope(window, qtbot, "library")
    assert topic_item(window, "Yemen").data(0, LIBRARY_TOPIC_ROLE) is not None
    pick_scope(window, qtbot, "document")
    rohingya = topic_item(window, "The Rohingya Muslims of Myanmar")
    assert rohingya.data(0, LIBRARY_TOPIC_ROLE) is None and rohingya.text(1) == "1"
    assert Settings().topics_scope == "document"


def test_a_window_started_in_library_scope_finds_them_after_the_first_paint(
    qtbot: QtBot, two_documents: Library
) -> None:
    settings = Settings()
    settings.topics_scope = "library"
    settings.sync()
    window = shown_window(qtbot, two_documents)
    assert window.topics_dock.scope.currentData() == "library"
    qtbot.waitUntil(lambda: bool(window.topics_dock.library_topics), timeout=20_000)
    assert len(children(topic_item(window, "Yemen"))) == 0, "documents listed when opened"


def test_a_new_tag_joins_the_library_topics(window: MainWindow, qtbot: QtBot) -> None:
    pick_scope(window, qtbot, "library")
    window.notes.add_paragraph_note(9)
    editor = window.notes_dock.editors[0]
    editor.tags.setText("voice of wisdom")
    editor.tags.textEdited.emit("voice of wisdom")
    qtbot.waitUntil(
        lambda: any(t.id == "voice of wisdom" for t in window.topics_dock.library_topics),
        timeout=20_000,
    )
    tag = topic_item(window, "voice of wisdom")
    tag.setExpanded(True)
    [document] = children(tag)
    assert [row.text(0) for row in children(document)] == ["Paragraph 9"]


def test_found_topics_are_kept_until_the_library_changes(window: MainWindow, qtbot: QtBot) -> None:
    pick_scope(window, qtbot, "library")
    found = window.topics_dock.library_topics
    pick_scope(window, qtbot, "document")
    pick_scope(window, qtbot, "library")
    assert window.topics_dock.library_topics is found, "shown again, not found again"
    window.library.save_document(report_copy("later", "LATER/1", "2022-01-01"), "imported")
    pick_scope(window, qtbot, "document")
    pick_scope(window, qtbot, "library")
    assert window.topics_dock.library_topics is not found
    yemen = next(t for t in window.topics_dock.library_topics if t.id == "yemen")
    assert yemen.documents[0].symbol == "LATER/1"


def test_library_topics_are_listed_a_to_z_in_the_interface_language(
    window: MainWindow, qtbot: QtBot
) -> None:
    pick_scope(window, qtbot, "library")
    topics = window.topics_dock.library_topics
    window.topics_dock.show_library_topics(topics, "fr")
    places = next(b for b in top_level(window) if b.text(0) == "Places and organisations")
    names = [item.text(0) for item in children(places)]
    assert names == sorted(names, key=str.casefold)
    # "International Islamic Fiqh Academy" in English: after Afghanistan there, before it here.
    assert names.index("Académie internationale du fiqh islamique") < names.index("Afghanistan")


def test_the_library_scope_reads_through_a_connection_of_its_own_and_keeps_what_it_found(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    second_reader = Library.second_reader
    readers: list[Library] = []

    def recorded(library: Library) -> Library:
        readers.append(second_reader(library))
        return readers[-1]

    monkeypatch.setattr(Library, "second_reader", recorded)
    pick_scope(window, qtbot, "library")
    assert len(readers) == 1 and readers[0].db.conn is not window.session.library.db.conn
    with pytest.raises(sqlite3.ProgrammingError):  # closed when the build ended
        readers[0].db.execute("SELECT 1")
    kept = window.session.library.db.execute("SELECT document_key FROM topic_results")
    assert [key for (key,) in kept] == [window.session.find_key(None)]


def test_a_build_that_fails_is_a_bug_raised_at_once_with_its_traceback(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from oicreader.app.topics import LibraryTopicIndex

    calls: list[int] = []

    def always_fails(self: LibraryTopicIndex, *arguments: Any) -> Any:
        calls.append(1)
        raise ValueError("a bug in finding topics")

    monkeypatch.setattr(LibraryTopicIndex, "build", always_fails)
    with qtbot.captureExceptions() as exceptions:
        window.topics_dock.scope.setCurrentIndex(1)
        qtbot.waitUntil(lambda: bool(exceptions), timeout=20_000)
    [(kind, error, _traceback)] = exceptions
    assert kind is ValueError and str(error) == "a bug in finding topics"
    assert not window.topics.finding_library_topics
    assert calls == [1]  # not tried again: the worker's reads are its own


def test_a_removed_document_leaves_the_library_topics(qtbot: QtBot, two_documents: Library) -> None:
    window = shown_window(qtbot, two_documents)
    pick_scope(window, qtbot, "library")
    assert window.library_controller.remove_documents(["new-report"], keep_notes=True)
    qtbot.waitUntil(lambda: not window.topics.finding_library_topics, timeout=20_000)
    yemen = next(t for t in window.topics_dock.library_topics if t.id == "yemen")
    assert [document.symbol for document in yemen.documents] == [REPORT_SYMBOL]
