"""The library panel sorts and filters by meeting, and keeps the documents whose notes carry
a tag the reader chooses (issue 22)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from oicreader.app.notes import add_note, delete_note, edit_note
from oicreader.store.library import Library
from oicreader.ui.library_dock import LibraryDock
from oicreader.ui.main_window import MainWindow
from tests.ui.test_library_panel import REPORT, refilled, report, symbols

pytestmark = pytest.mark.gui

MEETINGS = {
    0: {"en": "Council of Foreign Ministers, 44th session", "fr": "Conseil des ministres, 44e"},
    1: {"en": "Islamic Summit, 14th session", "ar": "مؤتمر القمة الإسلامي الرابع عشر"},
    2: {"en": "Council of Foreign Ministers, 45th session"},
}


def add_meetings(library: Library) -> None:
    """GEN/0000 to GEN/0002, each of its own meeting."""
    for number, meeting in MEETINGS.items():
        library.save_document(
            replace(
                report(), id=f"generated-{number:04d}", symbol=f"GEN/{number:04d}",
                titles={"en": f"Generated report {number}"}, meeting=meeting,
            ),
            "imported",
        )  # fmt: skip


def column_texts(dock: LibraryDock, name: str) -> list[str]:
    column = dock.model.columns.index(name)
    return [str(dock.model.index(row, column).data()) for row in range(dock.model.rowCount())]


def choose_tag(dock: LibraryDock, tag: str | None) -> None:
    index = dock.tag_filter.findData(tag)
    assert index >= 0, f"{tag!r} is offered"
    dock.tag_filter.setCurrentIndex(index)


def test_the_meeting_column_names_each_documents_meeting_in_the_interface_language(
    window: MainWindow, library: Library
) -> None:
    add_meetings(library)
    dock = refilled(window)
    assert dock.model.headerData(
        dock.model.columns.index("meeting"), Qt.Orientation.Horizontal
    ) == ("Meeting")
    assert column_texts(dock, "meeting") == [
        "Annual Coordination Meeting of the Ministers of Foreign Affairs of the OIC Member States",
        MEETINGS[0]["en"],
        MEETINGS[1]["en"],
        MEETINGS[2]["en"],
    ]


def test_the_whole_meeting_and_title_are_in_their_cells_tooltips(
    window: MainWindow, library: Library
) -> None:
    add_meetings(library)
    dock = refilled(window)
    model = dock.model
    meeting = model.index(1, model.columns.index("meeting"))
    tooltip = str(model.data(meeting, Qt.ItemDataRole.ToolTipRole))
    assert tooltip.startswith(MEETINGS[0]["en"] + "\n")
    title = model.index(1, model.columns.index("title"))
    assert str(model.data(title, Qt.ItemDataRole.ToolTipRole)).startswith("Generated report 0\n")


def test_a_document_without_a_meeting_in_the_interface_language_shows_another(
    window: MainWindow, library: Library
) -> None:
    library.save_document(
        replace(report(), id="generated-0009", symbol="GEN/0009", meeting={"fr": "Réunion"}),
        "imported",
    )
    dock = refilled(window)
    assert column_texts(dock, "meeting")[-1] == "Réunion"


def test_the_meeting_header_sorts_the_documents_by_meeting(
    window: MainWindow, library: Library
) -> None:
    add_meetings(library)
    dock = refilled(window)
    dock.list.sortByColumn(dock.model.columns.index("meeting"), Qt.SortOrder.AscendingOrder)
    assert symbols(dock) == ["OIC/ACM-2017/CHAIR-REP", "GEN/0000", "GEN/0002", "GEN/0001"]
    dock.list.sortByColumn(dock.model.columns.index("meeting"), Qt.SortOrder.DescendingOrder)
    assert symbols(dock) == ["GEN/0001", "GEN/0002", "GEN/0000", "OIC/ACM-2017/CHAIR-REP"]


def test_typing_words_of_a_meeting_keeps_the_documents_of_that_meeting(
    window: MainWindow, library: Library
) -> None:
    add_meetings(library)
    dock = refilled(window)
    dock.filter_field.setText("foreign ministers session")
    assert symbols(dock) == ["GEN/0000", "GEN/0002"]
    dock.filter_field.setText("القمة")
    assert symbols(dock) == ["GEN/0001"], "the meeting in another language matches too"


def test_choosing_a_tag_keeps_the_documents_with_a_note_carrying_it(
    window: MainWindow, library: Library
) -> None:
    add_meetings(library)
    session = window.session
    add_note(session, "generated-0000", 4, "en", note="a", tags=["Palestine"])
    add_note(session, "generated-0002", 5, "fr", note="b", tags=["palestine", "Sahel"])
    add_note(session, REPORT, 6, "ar", note="c", tags=["Sahel"])
    dock = refilled(window)
    offered = [dock.tag_filter.itemData(row) for row in range(dock.tag_filter.count())]
    assert offered == [None, "Sahel", "Palestine", "palestine"], "any tag, then the most used"
    choose_tag(dock, "Sahel")
    assert symbols(dock) == ["OIC/ACM-2017/CHAIR-REP", "GEN/0002"]
    choose_tag(dock, "Palestine")
    assert symbols(dock) == ["GEN/0000", "GEN/0002"], "tags are compared case-blind"
    dock.filter_field.setText("45th")
    assert symbols(dock) == ["GEN/0002"], "the tag and the typed words both apply"
    dock.filter_field.clear()
    choose_tag(dock, None)
    assert len(symbols(dock)) == 4


def test_the_tag_filter_follows_the_tags_put_on_and_taken_off_notes(
    window: MainWindow, library: Library
) -> None:
    add_meetings(library)
    session = window.session
    first = add_note(session, "generated-0001", 4, "en", note="a", tags=["Sahel"])
    dock = refilled(window)
    choose_tag(dock, "Sahel")
    assert symbols(dock) == ["GEN/0001"]

    tagged = add_note(session, "generated-0000", 4, "en", note="b", tags=["Sahel", "Yemen"])
    window.announce(tagged.changes)
    assert symbols(dock) == ["GEN/0000", "GEN/0001"]
    assert dock.tag_filter.findData("Yemen") > 0, "a new tag is offered at once"

    window.announce(edit_note(session, tagged.annotation, tags=["Yemen"]).changes)
    window.announce(delete_note(session, first.annotation.id).changes)
    assert dock.tag_filter.currentData() is None, "the tag chosen is no longer in use"
    assert dock.tag_filter.findData("Sahel") < 0
    assert len(symbols(dock)) == 4


def test_a_tag_put_on_a_note_is_offered_when_the_tag_filter_opens(
    window: MainWindow, library: Library
) -> None:
    add_meetings(library)
    dock = refilled(window)
    tagged = add_note(window.session, "generated-0000", 4, "en", note="b", tags=["Yemen"])
    window.announce(tagged.changes)
    dock.tag_filter.showPopup()
    assert dock.tag_filter.findData("Yemen") > 0
    dock.tag_filter.hidePopup()
    choose_tag(dock, "Yemen")
    assert symbols(dock) == ["GEN/0000"]
