"""One keystroke in a note: the note is written in at most two statements and no list or tree
is built again; a new tag updates the tag list and its own topic only."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QTreeWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from oicreader.app.notes import add_note, edit_note
from oicreader.app.session import Session
from oicreader.store.annotations import get_annotation
from oicreader.store.library import Library
from oicreader.store.statement_count import StatementLog, count_statements
from oicreader.ui.main_window import MainWindow
from oicreader.ui.note_editor import NoteEditor
from oicreader.ui.notes_dock import NotesDock
from oicreader.ui.notes_models import PagedNotesModel
from oicreader.ui.parallel_view import ParallelView
from oicreader.ui.topics_dock import TopicsDock

pytestmark = pytest.mark.gui

REPORT = "oic-acm-2017-chair-rep"


@pytest.fixture
def rebuilds(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """What is built again from scratch while the test runs: the notes lists, the tag filter,
    the topic tree, the text's highlights and marks, and any model of a list, tree or combo
    box that is reset. Each by name, as often as it happens."""
    seen: list[str] = []

    def spy(owner: type, name: str) -> None:
        original: Callable[..., object] = getattr(owner, name)

        def counted(*args: object, **kwargs: object) -> object:
            seen.append(f"{owner.__name__}.{name}")
            return original(*args, **kwargs)

        monkeypatch.setattr(owner, name, counted)

    for owner, name in (
        (PagedNotesModel, "load"),
        (PagedNotesModel, "clear"),
        (NotesDock, "refresh_list"),
        (TopicsDock, "show_topics"),
        (ParallelView, "set_highlights"),
        (ParallelView, "set_gutter_marker"),
    ):
        spy(owner, name)
    models: set[QAbstractItemModel] = {
        view.model() for view in window.findChildren(QAbstractItemView)
    }
    models |= {combo.model() for combo in window.findChildren(QComboBox)}
    for model in models:
        name = f"{type(model).__name__}.modelReset"
        model.modelReset.connect(lambda name=name: seen.append(name))
    yield seen


def note_editor(window: MainWindow, paragraph: int) -> NoteEditor:
    """A new note on a paragraph, and its editor in the notes panel."""
    assert window.notes.add_paragraph_note(paragraph) is not None
    [editor] = window.notes_dock.editors
    return editor


def type_one_key(
    qtbot: QtBot, window: MainWindow, field: QWidget, key: str | Qt.Key
) -> StatementLog:
    """Type one key into a field of a note editor, as the reader does, and wait until the
    note is saved; the statements run meanwhile."""
    editor = field.parent()
    assert isinstance(editor, NoteEditor)
    before = editor.annotation
    with count_statements(window.session.library) as log:
        qtbot.keyClick(field, key)
        qtbot.waitUntil(lambda: editor.annotation is not before)
    return log


def tag_items(window: MainWindow) -> list[str]:
    """The rows of the topic tree's "My tags" branch: each tag, and its count beside it."""
    branch = window.topics_dock.tree.topLevelItem(2)
    assert branch.text(0).startswith("My tags")
    children = [branch.child(row) for row in range(branch.childCount())]
    return [f"{child.text(0)}  ({child.text(1)})" for child in children]


def theme_items(window: MainWindow) -> list[QTreeWidgetItem]:
    themes = window.topics_dock.tree.topLevelItem(0)
    return [themes.child(row) for row in range(themes.childCount())]


def write(editor: NoteEditor, text: str) -> None:
    """Give a note its text, the cursor after it."""
    editor.text.setPlainText(text)
    editor.text.moveCursor(QTextCursor.MoveOperation.End)


def listed_notes(window: MainWindow) -> list[str]:
    model = window.notes_dock.all_notes_model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_a_keystroke_in_a_note_writes_it_in_at_most_two_statements_and_rebuilds_nothing(
    window: MainWindow, qtbot: QtBot, rebuilds: list[str]
) -> None:
    editor = note_editor(window, 7)
    window.notes_dock.refresh_list()
    editor.text.setFocus()
    rebuilds.clear()
    log = type_one_key(qtbot, window, editor.text, "x")
    assert get_annotation(window.session.library, editor.annotation.id).note == "x"
    assert len(log.statements) <= 2, log.statements
    assert log.statements[0].startswith("UPDATE annotations SET")
    assert log.triggers == [], "no trigger is defined on the notes' table"
    assert rebuilds == []
    assert any(lines.endswith("\nx") for lines in listed_notes(window)), "its row shows it"


def test_with_a_text_filter_a_keystroke_reads_only_which_notes_pass(
    window: MainWindow, qtbot: QtBot, rebuilds: list[str]
) -> None:
    editor = note_editor(window, 7)
    write(editor, "Rohingya")
    window.notes_dock.filter_text.setText("rohin")
    assert len(listed_notes(window)) == 1
    rebuilds.clear()
    log = type_one_key(qtbot, window, editor.text, "s")
    assert len(log.statements) <= 2, log.statements
    assert log.statements[1].startswith("SELECT count(*) FROM annotations"), "how many pass"
    assert rebuilds == []
    [listed] = listed_notes(window)
    assert listed.endswith("\nRohingyas")


def test_a_keystroke_that_makes_a_note_pass_the_filter_lists_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    editor = note_editor(window, 7)
    write(editor, "Rohingy")
    window.notes_dock.filter_text.setText("rohingya")
    assert listed_notes(window) == []
    type_one_key(qtbot, window, editor.text, "a")
    [listed] = listed_notes(window)
    assert listed.endswith("\nRohingya")
    type_one_key(qtbot, window, editor.text, Qt.Key.Key_Backspace)
    assert listed_notes(window) == [], "and takes it out again when it no longer does"


def test_typing_a_new_tag_updates_the_tag_list_and_that_topic_only(
    window: MainWindow, qtbot: QtBot, rebuilds: list[str]
) -> None:
    first = note_editor(window, 3)
    first.tags.setText("aid")
    first.tags.textEdited.emit("aid")
    editor = note_editor(window, 7)
    themes = theme_items(window)
    assert themes, "the report's themes are in the tree"
    assert tag_items(window) == ["aid  (1)"]
    rebuilds.clear()
    log = type_one_key(qtbot, window, editor.tags, "q")
    dock = window.notes_dock
    assert [dock.filter_tag.itemText(row) for row in range(dock.filter_tag.count())] == [
        "Any tag",
        "aid (1)",
        "q (1)",
    ]
    assert tag_items(window) == ["aid  (1)", "q  (1)"]
    assert window.topics_dock.tree.topLevelItem(2).text(1) == "2"
    assert theme_items(window) == themes, "the other topics are the very same items"
    assert rebuilds == [], "nothing is built again: not the notes list, not the tree"
    # The write (BEGIN, UPDATE, DELETE and INSERT of the tags, COMMIT), the tag counts, and
    # the notes of the document that carry the new tag (the notes, then their tags).
    assert len(log.statements) == 8, log.statements
    assert log.triggers == []
    type_one_key(qtbot, window, editor.tags, Qt.Key.Key_Backspace)
    assert tag_items(window) == ["aid  (1)"], "a tag no longer used leaves the tree"
    assert dock.filter_tag.count() == 2
    assert theme_items(window) == themes
    assert rebuilds == []


def test_a_tag_typed_on_a_second_note_counts_its_paragraph(
    window: MainWindow, qtbot: QtBot, rebuilds: list[str]
) -> None:
    first = note_editor(window, 3)
    first.tags.setText("q")
    first.tags.textEdited.emit("q")
    editor = note_editor(window, 7)
    rebuilds.clear()
    type_one_key(qtbot, window, editor.tags, "q")
    assert tag_items(window) == ["q  (2)"]
    [item_topic] = [t for t in window.topics_dock.topics if t.kind == "tag"]
    assert item_topic.paragraphs == (3, 7)
    dock = window.notes_dock
    assert dock.filter_tag.itemText(1) == "q (2)"
    assert rebuilds == []


def test_trigger_bodies_are_counted_apart_from_the_statements(library: Library) -> None:
    with count_statements(library) as log:
        library.db.execute(
            "UPDATE paragraphs SET folded = folded WHERE id = (SELECT min(id) FROM paragraphs)"
        )
        library.db.execute("SELECT count(*) FROM paragraphs")
    assert len(log.statements) == 2
    assert log.triggers == ["paragraphs_au"], "the search index follows the paragraph"
    assert log.nested, "the search index's own writes, inside the trigger"


def test_a_note_gone_from_the_library_is_written_whole_when_typed_into(
    library: Library,
) -> None:
    session = Session(library)
    note = add_note(session, REPORT, 2, "en", tags=["aid"]).annotation
    library.db.execute("DELETE FROM annotation_tags")
    library.db.execute("DELETE FROM annotations")  # as a restored backup without it
    edited = edit_note(session, note, note="still here").annotation
    assert get_annotation(library, note.id) == edited
    assert edited.tags == ("aid",)
