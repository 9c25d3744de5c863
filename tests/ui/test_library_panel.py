"""The library panel with hundreds of documents: pages read as scrolled, filtered, sorted,
revisions under their document, several chosen at once."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from oicreader.importing.bundle import load_document_folder
from oicreader.model.document import Document
from oicreader.store.library import Library
from oicreader.ui.bidi_item_delegate import BidiItemDelegate
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
    dates = [str(dock.model.index(row, date_column).data()) for row in range(10)]
    assert dates == sorted(dates, reverse=True) and dates[0] == "2019-01-01"
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
