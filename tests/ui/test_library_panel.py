"""The library panel with hundreds of documents: pages read as scrolled, filtered, sorted,
revisions under their document, several chosen at once."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from oicreader.app.notes import NoteFilter, add_note, count_notes
from oicreader.importing.bundle import load_document_folder
from oicreader.model.document import Document
from oicreader.store.library import Library
from oicreader.ui.bidi_item_delegate import BidiItemDelegate
from oicreader.ui.library_controller import LibraryController
from oicreader.ui.library_dock import LibraryDock
from oicreader.ui.main_window import MainWindow
from tests.conftest import REPOSITORY_ROOT

pytestmark = pytest.mark.gui

REPORT = "oic-acm-2017-chair-rep"


def report() -> Document:
    return load_document_folder(REPOSITORY_ROOT / "resources" / "documents" / REPORT)


def add_documents(library: Library, count: int) -> None:
    """`count` imported documents GEN/0000…, dated 2000 onwards, every fifth a draft."""
    text = report()
    for number in range(count):
        library.save_document(
            replace(
                text, id=f"generated-{number:04d}", symbol=f"GEN/{number:04d}",
                titles={"en": f"Generated report {number}", "ar": f"تقرير رقم {number}"},
                date=f"{2000 + number % 20}-01-01",
                status="draft" if number % 5 == 0 else "final",
            ),
            "imported",
        )  # fmt: skip


def refilled(window: MainWindow) -> LibraryDock:
    window.library_controller.refresh_library()
    return window.library_dock


def symbols(dock: LibraryDock) -> list[str]:
    model = dock.model
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def test_hundreds_of_documents_are_read_a_page_at_a_time_and_measured_once(
    window: MainWindow, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_documents(library, 300)
    measured: list[int] = []
    size_hint = BidiItemDelegate.sizeHint
    monkeypatch.setattr(
        BidiItemDelegate, "sizeHint", lambda s, o, i: measured.append(i.row()) or size_hint(s, o, i)
    )
    dock = refilled(window)
    assert dock.model.total == 301
    assert dock.model.rowCount() < 301, "only the first pages are read"
    dock.list.viewport().repaint()
    assert len(measured) <= 4, "rows are as high as the first: not each one measured"


def test_the_open_document_is_selected_even_beyond_the_pages_read(
    window: MainWindow, library: Library
) -> None:
    add_documents(library, 300)
    dock = refilled(window)
    dock.mark_current("generated-0290")
    assert dock.list.currentIndex().data() == "GEN/0290"


def test_typing_in_the_filter_keeps_the_documents_it_names(
    window: MainWindow, library: Library
) -> None:
    add_documents(library, 30)
    dock = refilled(window)
    dock.filter_field.setText("gen/001")
    assert symbols(dock) == [f"GEN/{number:04d}" for number in range(10, 20)]
    dock.filter_field.setText("تقرير رقم 12")
    assert symbols(dock) == ["GEN/0012"], "the title in another language matches too"
    dock.filter_field.setText("draft 2005")
    assert symbols(dock) == ["GEN/0005", "GEN/0025"], "every word matches a column"
    dock.filter_field.setText("")
    assert len(symbols(dock)) == 31


def test_a_column_header_sorts_the_documents_by_it(window: MainWindow, library: Library) -> None:
    add_documents(library, 30)
    dock = refilled(window)
    date_column = dock.model.columns.index("date")
    dock.list.sortByColumn(date_column, Qt.SortOrder.DescendingOrder)
    # Shown in the interface language's long format, sorted in time (newest first).
    dates = [str(dock.model.index(row, date_column).data()) for row in range(10)]
    years = [int(re.search(r"\b(\d{4})\b", date)[1]) for date in dates]  # type: ignore[index]
    assert years == sorted(years, reverse=True) and years[0] == 2019
    assert "January" in dates[0]
    dock.list.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert symbols(dock)[:2] == ["OIC/ACM-2017/CHAIR-REP", "GEN/0000"], "the bundled first"


def test_the_revisions_of_a_document_are_listed_under_it(
    window: MainWindow, library: Library
) -> None:
    final = replace(report(), status="final")
    with library.db.conn:
        library.add_revision(REPORT, final)
    dock = refilled(window)
    document = dock.model.index(0, 0)
    assert dock.model.rowCount(document) == 2
    labels = [str(dock.model.index(row, 0, document).data()) for row in range(2)]
    assert labels[0].startswith("1") and labels[1].startswith("2")
    assert "\u2068final\u2069" in labels[1], "its label set apart from the number"
    chosen: list[str] = []
    dock.document_chosen.connect(chosen.append)
    dock.list.activated.emit(dock.model.index(1, 0, document))
    assert chosen == [REPORT], "a revision opens its document"


def test_several_documents_can_be_chosen_together(
    window: MainWindow, library: Library, qtbot: QtBot
) -> None:
    add_documents(library, 5)
    dock = refilled(window)
    selection = dock.list.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (1, 3, 4):
        selection.select(dock.model.index(row, 0), flags)
    assert dock.selected_keys() == ["generated-0000", "generated-0002", "generated-0003"]


def choose(dock: LibraryDock, *rows: int) -> None:
    selection = dock.list.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        selection.select(dock.model.index(row, 0), flags)


def with_a_note_each(window: MainWindow, library: Library, count: int) -> LibraryDock:
    add_documents(library, count)
    for number in range(count):
        add_note(window.session, f"generated-{number:04d}", 4, "en", note=f"Note {number}")
    return refilled(window)


def test_removing_the_chosen_documents_keeps_their_notes_when_the_reader_says_so(
    window: MainWindow, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    dock = with_a_note_each(window, library, 4)
    choose(dock, 1, 2)
    monkeypatch.setattr(LibraryController, "_ask_about_notes", lambda self, count: "keep")
    assert window.library_controller.remove_chosen()
    assert symbols(dock) == ["OIC/ACM-2017/CHAIR-REP", "GEN/0002", "GEN/0003"]
    assert count_notes(window.session, NoteFilter(document="generated-0000")) == 1
    assert window.document is not None and window.document.id == REPORT


def test_the_notes_of_removed_documents_are_exported_first_when_the_reader_says_so(
    window: MainWindow, library: Library, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    dock = with_a_note_each(window, library, 2)
    choose(dock, 2)
    exported = tmp_path / "notes.jsonld"
    monkeypatch.setattr(LibraryController, "_ask_about_notes", lambda self, count: "export")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(exported), ""))
    assert window.library_controller.remove_chosen()
    assert "Note 1" in exported.read_text(encoding="utf-8")
    assert count_notes(window.session, NoteFilter(document="generated-0001")) == 0
    assert count_notes(window.session, NoteFilter(document="generated-0000")) == 1


def test_nothing_is_removed_when_the_reader_cancels(
    window: MainWindow, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    dock = with_a_note_each(window, library, 2)
    choose(dock, 1)
    monkeypatch.setattr(LibraryController, "_ask_about_notes", lambda self, count: None)
    assert not window.library_controller.remove_chosen()
    assert len(symbols(dock)) == 3


def test_removing_the_open_document_opens_another(
    window: MainWindow, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    dock = with_a_note_each(window, library, 2)
    window.reading.open_document("generated-0001")
    choose(dock, 2)
    monkeypatch.setattr(LibraryController, "_ask_about_notes", lambda self, count: "keep")
    assert window.library_controller.remove_chosen()
    assert window.document is not None and window.document.id == REPORT


def test_the_panels_remove_action_asks_about_the_notes_of_the_chosen_documents(
    window: MainWindow, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    dock = with_a_note_each(window, library, 3)
    choose(dock, 1, 3)
    asked: list[int] = []
    monkeypatch.setattr(
        LibraryController, "_ask_about_notes", lambda self, count: asked.append(count) or "keep"
    )
    dock.remove_action.trigger()
    assert asked == [2]
    assert symbols(dock) == ["OIC/ACM-2017/CHAIR-REP", "GEN/0001"]
