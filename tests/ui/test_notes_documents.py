"""The list of all notes across documents: each note names its document, the list can be
narrowed to one document, and a note of another document says that it opened it."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from oicreader.app.notes import add_note
from oicreader.app.session import Session
from oicreader.model.document import Document, LanguageVersion
from oicreader.store.library import Library
from oicreader.ui.main_window import MainWindow
from oicreader.ui.notes_models import SUMMARY_ROLE
from tests.ui.conftest import shown_window

pytestmark = pytest.mark.gui

REPORT = "oic-acm-2017-chair-rep"


@pytest.fixture
def two_documents_window(qtbot: QtBot, library: Library) -> MainWindow:
    """The report with a note on ¶4, and a second document with a note on its ¶2."""
    versions = {"en": LanguageVersion("en", (), {1: "First.", 2: "Second.", 3: "Third."})}
    library.save_document(
        Document("second", "TEST/2", {"en": "Second"}, "", "final", "en", versions), "imported"
    )
    session = Session(library)
    add_note(session, REPORT, 4, "ar", note="On the report")
    add_note(session, "second", 2, "en", note="On the second document")
    return shown_window(qtbot, library, REPORT)


def listed(window: MainWindow) -> list[str]:
    model = window.notes_dock.all_notes.model()
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def test_every_listed_note_names_its_document(two_documents_window: MainWindow) -> None:
    first_lines = [lines.split("\n")[0] for lines in listed(two_documents_window)]
    assert any("OIC/ACM-2017/CHAIR-REP" in line and "¶4" in line for line in first_lines)
    assert any("TEST/2" in line and "¶2" in line for line in first_lines)


def test_the_list_can_be_narrowed_to_one_document(two_documents_window: MainWindow) -> None:
    dock = two_documents_window.notes_dock
    choices = [dock.filter_document.itemText(row) for row in range(dock.filter_document.count())]
    assert choices == ["All documents", "OIC/ACM-2017/CHAIR-REP (1)", "TEST/2 (1)"]
    dock.filter_document.setCurrentIndex(dock.filter_document.findData("second"))
    assert [lines.split("\n")[1] for lines in listed(two_documents_window)] == [
        "On the second document"
    ]
    dock.filter_document.setCurrentIndex(0)
    assert len(listed(two_documents_window)) == 2


def test_choosing_a_note_of_another_document_opens_it_and_says_so(
    two_documents_window: MainWindow, qtbot: QtBot
) -> None:
    window = two_documents_window
    dock = window.notes_dock
    model = dock.all_notes.model()
    row = next(
        row
        for row in range(model.rowCount())
        if model.index(row, 0).data(SUMMARY_ROLE).document == "second"
    )
    dock.all_notes.clicked.emit(model.index(row, 0))
    assert window.document is not None and window.document.id == "second"
    assert window.view.current_paragraph == 2
    qtbot.wait(300)  # what follows the opening (marks, topics) does not hide the message
    message = window.statusBar().currentMessage()
    assert message == "Opened \u2068TEST/2\u2069 to show the note"


def test_choosing_a_note_of_the_open_document_says_nothing_of_documents(
    two_documents_window: MainWindow,
) -> None:
    window = two_documents_window
    model = window.notes_dock.all_notes.model()
    row = next(
        row
        for row in range(model.rowCount())
        if model.index(row, 0).data(SUMMARY_ROLE).document == REPORT
    )
    window.notes_dock.all_notes.clicked.emit(model.index(row, 0))
    assert window.view.current_paragraph == 4
    assert "Opened" not in window.statusBar().currentMessage()
