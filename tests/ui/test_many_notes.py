"""The notes panel with thousands of notes: editors only for the notes in view, pages of rows."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from oicreader.model.annotation import Annotation, TextAnchor, new_annotation_id
from oicreader.store import annotations as store_annotations
from oicreader.store.annotations import merge_annotations
from oicreader.store.library import Library
from oicreader.ui.bidi_item_delegate import BidiItemDelegate
from oicreader.ui.main_window import MainWindow
from oicreader.ui.note_editor import NoteEditor
from oicreader.ui.notes_models import EDITOR_PAGE_SIZE, PAGE_SIZE

pytestmark = pytest.mark.gui

REPORT = "oic-acm-2017-chair-rep"
FULL_NOTE = re.compile(r"(?<!substr\()\ba\.note\b")  # a note's first characters are substr(...)


def many_notes(document: str, number: int, count: int) -> Iterator[Annotation]:
    """Notes in both directions, every third tagged, on one paragraph."""
    for index in range(count):
        yield Annotation(
            id=new_annotation_id(), document=document, revision=1, paragraph_number=number,
            language="ar" if index % 2 else "en",
            note=f"ملاحظة رقم {index}" if index % 2 else f"Note number {index}",
            tags=("bulk",) if index % 3 == 0 else (),
        )  # fmt: skip


@pytest.fixture
def crowded(window: MainWindow, library: Library) -> MainWindow:
    """The window on paragraph 6 of the report, which holds 2,000 notes; 5,000 more notes
    are on another document."""
    merge_annotations(library, many_notes(REPORT, 6, 2_000))
    merge_annotations(library, many_notes("other-report", 3, 5_000))
    window.notes.refresh()
    window.reading.jump_to_paragraph(6)
    return window


def editors_made(window: MainWindow) -> list[NoteEditor]:
    return [
        editor
        for editor in window.notes_dock.findChildren(NoteEditor)
        if editor.parent() is not None and editor.isVisible()
    ]


def test_two_thousand_notes_on_a_paragraph_get_editors_only_where_seen(
    crowded: MainWindow,
) -> None:
    editors = editors_made(crowded)
    assert 0 < len(editors) <= 12, "a 900-pixel window shows a handful of notes"
    for editor in editors:
        assert not editor.visibleRegion().isEmpty(), "each editor is at least partly in view"
    assert crowded.notes_dock.editors == sorted(
        editors, key=lambda editor: editor.mapTo(crowded.notes_dock, editor.rect().topLeft()).y()
    )


def full_note_reads(statements: list[str]) -> int:
    """How many of these SQL statements read notes' full text (not their first characters)."""
    return sum(bool(FULL_NOTE.search(statement)) for statement in statements)


def test_opening_a_crowded_paragraph_reads_the_full_text_of_the_notes_in_view_only(
    crowded: MainWindow, library: Library
) -> None:
    crowded.reading.jump_to_paragraph(1)
    statements: list[str] = []
    library.db.conn.set_trace_callback(statements.append)
    try:
        crowded.reading.jump_to_paragraph(6)
    finally:
        library.db.conn.set_trace_callback(None)
    assert 0 < full_note_reads(statements) <= len(crowded.notes_dock.editors)
    assert crowded.notes_dock.current_notes.rowCount() == EDITOR_PAGE_SIZE
    assert crowded.notes_dock.current_notes.total == 2_000


def test_scrolling_a_crowded_paragraph_moves_the_editors_along(
    crowded: MainWindow, qtbot: QtBot
) -> None:
    view = crowded.notes_dock.current
    first_ids = {editor.annotation.id for editor in crowded.notes_dock.editors}
    bar = view.verticalScrollBar()
    for _ in range(5):  # each time at the end, the list reads the next page
        bar.setValue(bar.maximum())
        qtbot.wait(1)
    assert crowded.notes_dock.current_notes.rowCount() > EDITOR_PAGE_SIZE
    editors = editors_made(crowded)
    assert 0 < len(editors) <= 12
    assert not first_ids & {editor.annotation.id for editor in editors}
    for editor in editors:
        assert not editor.visibleRegion().isEmpty()


def test_a_new_note_on_a_crowded_paragraph_is_brought_into_view_to_be_typed(
    crowded: MainWindow,
) -> None:
    annotation = crowded.notes.add_paragraph_note(6, "en")
    assert annotation is not None
    [editor] = [e for e in crowded.notes_dock.editors if e.annotation.id == annotation.id]
    assert editor.text.hasFocus()
    assert not editor.visibleRegion().isEmpty()
    assert len(editors_made(crowded)) <= 12


def test_deleting_one_of_many_notes_leaves_the_others(
    crowded: MainWindow, library: Library
) -> None:
    dock = crowded.notes_dock
    first = dock.editors[0].annotation
    dock.editors[0].delete_requested.emit(first.id)
    assert dock.current_notes.total == 1_999
    assert first.id not in {editor.annotation.id for editor in dock.editors}
    assert len(store_annotations.list_annotations(library, REPORT, paragraph_number=6)) == 1_999


def test_the_list_of_all_notes_reads_a_page_at_a_time_and_filters_them_all(
    crowded: MainWindow, qtbot: QtBot
) -> None:
    dock = crowded.notes_dock
    model = dock.all_notes_model
    assert model.total == 7_000 and model.rowCount() == PAGE_SIZE
    bar = dock.all_notes.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: model.rowCount() > PAGE_SIZE)
    dock.filter_tag.setCurrentIndex(dock.filter_tag.findData("bulk"))
    assert model.total == 667 + 1_667 and model.rowCount() == PAGE_SIZE
    dock.filter_language.setCurrentIndex(dock.filter_language.findData("ar"))
    assert model.total == 333 + 833
    dock.filter_text.setText("NUMBER 1998")
    assert model.summaries == [], "an English note, and the list shows Arabic ones"
    dock.filter_text.setText("رقم 4995")
    assert [summary.note_start for summary in model.summaries] == ["ملاحظة رقم 4995"]


def needed_height(editor: NoteEditor) -> int:
    """The height an editor's layout asks for at its width."""
    width = editor.width()
    if editor.hasHeightForWidth():
        return editor.heightForWidth(width)
    return editor.sizeHint().height()


def laid_out_at(window: MainWindow, width: int) -> bool:
    """True once the notes panel is that wide and its editors fit in its list."""
    dock = window.notes_dock
    editors = dock.editors
    return (
        dock.width() == width
        and bool(editors)
        and editors[0].width() < dock.current.viewport().width()
    )


def test_notes_with_long_quotes_fit_their_rows_at_any_width_without_overlapping(
    window: MainWindow, library: Library, qtbot: QtBot
) -> None:
    text = library.document(REPORT).paragraph(6).text("ar") or ""
    quoted = [
        Annotation(
            id=new_annotation_id(), document=REPORT, revision=1, paragraph_number=6,
            language="ar", anchor=TextAnchor.in_text(text, 0, length), note=f"ملاحظة {length}",
        )
        for length in (400, 180, 12)
    ]  # fmt: skip
    merge_annotations(library, quoted)
    window.notes.refresh()
    window.reading.jump_to_paragraph(6)
    dock = window.notes_dock
    heights = []
    for width in (600, 320):  # the panel's filters keep it some 300 pixels wide at least
        window.resizeDocks([dock], [width], Qt.Orientation.Horizontal)
        # The list lays its rows out again a moment after a resize.
        qtbot.waitUntil(lambda wanted=width: laid_out_at(window, wanted))
        editors = dock.editors
        assert len(editors) >= 2
        for editor in editors:
            assert editor.height() >= needed_height(editor), editor.annotation.note
            assert editor.quote.layoutDirection() == Qt.LayoutDirection.RightToLeft
        for upper, lower in itertools.pairwise(editors):
            assert upper.geometry().bottom() < lower.geometry().top()
        heights.append(editors[0].height())
    assert heights[1] > heights[0], "a narrower panel wraps the long quote on more lines"


def test_the_tab_key_goes_from_note_to_note_past_the_bottom_of_the_panel(
    crowded: MainWindow, qtbot: QtBot
) -> None:
    dock = crowded.notes_dock
    first = dock.editors[0]
    first.text.setFocus()
    qtbot.waitUntil(first.text.hasFocus)
    for _ in range(12 * 3):  # each note: its text, its tags, its Delete button
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    [editor] = [editor for editor in dock.editors if editor.isAncestorOf(focused)]
    assert focused is editor.text
    assert dock.current_notes.row_of(editor.annotation.id) == 12
    assert not editor.visibleRegion().isEmpty()
    assert len(editors_made(crowded)) <= 12
    for _ in range(3 * 3):  # and back, with Shift+Tab
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    focused = QApplication.focusWidget()
    [editor] = [editor for editor in dock.editors if editor.isAncestorOf(focused)]
    assert focused is editor.text
    assert dock.current_notes.row_of(editor.annotation.id) == 9
    assert not editor.visibleRegion().isEmpty()


def top_editor(window: MainWindow) -> NoteEditor:
    """The editor of the first note in view."""
    return next(
        editor for editor in window.notes_dock.editors if not editor.visibleRegion().isEmpty()
    )


def test_deleting_a_note_far_down_a_crowded_paragraph_keeps_the_place(
    crowded: MainWindow,
) -> None:
    dock = crowded.notes_dock
    dock.current.show_row(40)
    first = top_editor(crowded)
    assert dock.current_notes.row_of(first.annotation.id) == 40
    following = dock.current_notes.summaries[41].id
    first.delete_requested.emit(first.annotation.id)
    assert top_editor(crowded).annotation.id == following
    crowded.notes.undo_delete()
    assert top_editor(crowded).annotation.id == first.annotation.id


def test_typing_in_a_note_lays_out_only_its_own_row_of_the_list_of_all_notes(
    crowded: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = crowded.notes_dock.editors[0]
    editor.text.insertPlainText("-")  # the list has measured its rows (at both widths it uses)
    qtbot.wait(150)
    laid_out: list[str] = []
    lay_out = BidiItemDelegate._layouts

    def counted(self: BidiItemDelegate, text: str, *arguments: object) -> object:
        laid_out.append(text)
        return lay_out(self, text, *arguments)  # type: ignore[arg-type]

    monkeypatch.setattr(BidiItemDelegate, "_layouts", counted)
    for letter in "abc":
        editor.text.insertPlainText(letter)
        qtbot.wait(150)  # the list lays itself out again after a change, in its own time
    assert crowded.notes_dock.all_notes_model.rowCount() == PAGE_SIZE
    edited = [text for text in laid_out if "-abc" in text or "-ab" in text or "-a" in text]
    others = [text for text in laid_out if text not in edited]
    assert edited, "the row of the note typed in shows the new text"
    # The rows in view are drawn again; the other rows of the page are not measured again.
    assert len(others) <= 3 * 12


def test_typing_a_notes_text_redraws_nothing_outside_the_panel_but_a_tag_does(
    crowded: MainWindow, qtbot: QtBot
) -> None:
    editor = crowded.notes_dock.editors[0]
    with qtbot.assertNotEmitted(crowded.notes_dock.notes_changed):
        editor.text.insertPlainText("More words.")
    with qtbot.waitSignal(crowded.notes_dock.notes_changed, timeout=1000):
        editor.tags.setText("bulk, new tag")
        editor.tags.textEdited.emit("bulk, new tag")


def test_the_list_of_all_notes_never_reads_every_notes_key(
    crowded: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys_read: list[int] = []
    every_key = store_annotations.filtered_note_keys

    def counted(*args: object, **kwargs: object) -> list[int]:
        keys = every_key(*args, **kwargs)  # type: ignore[arg-type]
        keys_read.append(len(keys))
        return keys

    monkeypatch.setattr(store_annotations, "filtered_note_keys", counted)
    dock = crowded.notes_dock
    model = dock.all_notes_model
    dock.filter_language.setCurrentIndex(dock.filter_language.findData("ar"))
    assert model.total == 1_000 + 2_500 and model.rowCount() == PAGE_SIZE
    bar = dock.all_notes.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: model.rowCount() > PAGE_SIZE)
    listed = [summary.id for summary in model.summaries]
    assert len(set(listed)) == len(listed), "each page starts after the last one"
    assert all(summary.language == "ar" for summary in model.summaries)
    assert keys_read == [], "the list counted its notes and read them a page at a time"
