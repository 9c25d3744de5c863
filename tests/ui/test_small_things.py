"""Issue 21's smaller points: plurals, remembered print choices, marks, dates, quotes."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFontMetrics, QTextCursor
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from oicreader.render.parallel_document import GUTTER_MARKERS, translator_note_marker
from oicreader.topics.model import Topic
from oicreader.ui.library_messages import local_time, long_date
from oicreader.ui.main_window import MainWindow
from oicreader.ui.preferences_dialog import PreferencesDialog
from oicreader.ui.print_dialog import PrintOptionsDialog
from tests.ui.test_annotating import select_words

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(
    ("interface", "one", "two"),
    [
        ("en", "Kurdistan: paragraph 7", "Kurdistan: paragraphs 6, 7"),
        ("fr", "Kurdistan\u00a0: paragraphe 7", "Kurdistan\u00a0: paragraphes 6, 7"),
        ("ar", "Kurdistan: الفقرة 7", "Kurdistan: الفقرتان 6، 7"),
    ],
    indirect=["interface"],
)
def test_a_topic_on_one_paragraph_says_paragraph_in_the_singular(
    translated_window: MainWindow, interface: str, one: str, two: str
) -> None:
    window = translated_window

    def status_for(paragraphs: tuple[int, ...]) -> str:
        topic = Topic.create("kurdistan", "place", {"en": "Kurdistan"}, paragraphs)
        window.topics.choose_topic(topic)
        return window.statusBar().currentMessage().replace("\u2068", "").replace("\u2069", "")

    assert status_for((7,)) == one
    assert status_for((6, 7)) == two


def test_print_options_keep_the_notes_choice_for_the_next_export(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    shown: list[str] = []

    def answer(dialog: PrintOptionsDialog) -> int:
        shown.append(dialog.notes.currentData())
        dialog.notes.setCurrentIndex(dialog.notes.findData("endnotes"))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(PrintOptionsDialog, "exec", answer)
    assert window.printing.export_pdf(tmp_path / "first.pdf") is not None
    assert window.printing.export_pdf(tmp_path / "second.pdf") is not None
    assert shown == ["none", "endnotes"]


def test_the_print_selection_mark_is_larger_than_the_text_beside_it(window: MainWindow) -> None:
    window.printing.set_print_selection({3})
    built = window.view.built
    assert built is not None
    cursor = QTextCursor(window.view.document())
    cursor.setPosition(built.gutter_markers[(3, "print")] + 1)
    mark = QFontMetrics(cursor.charFormat().font()).tightBoundingRect(GUTTER_MARKERS["print"])
    cursor.setPosition(built.cells[(3, "en")].position + 1)
    letter = QFontMetrics(cursor.charFormat().font()).tightBoundingRect("H")
    assert mark.height() >= 14 and mark.height() > letter.height()


def translator_note_anchors(window: MainWindow, number: int, language: str) -> list[str]:
    """The link targets after a paragraph's text, one per translator's note."""
    built = window.view.built
    assert built is not None
    cell = built.cells[(number, language)]
    block = window.view.document().findBlock(cell.position)
    targets: list[str] = []
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        if fragment.charFormat().isAnchor() and "\u2020" in fragment.text():
            targets.append(fragment.charFormat().anchorHref())
        iterator += 1
    return targets


def test_each_translators_note_has_its_own_numbered_marker_and_a_titled_box(
    window: MainWindow, qtbot: QtBot
) -> None:
    notes = window.document.notes_for(4, "en") if window.document else []
    assert len(notes) >= 2  # ¶4 in English carries two
    targets = translator_note_anchors(window, 4, "en")
    assert targets == [f"translator-note:4:en:{index}" for index in range(len(notes))]
    assert translator_note_marker(1) != translator_note_marker(0)
    window.reading.jump_to_paragraph(4)
    cell = window.view.built.cells[(4, "en")] if window.view.built else None
    assert cell is not None
    cursor = QTextCursor(window.view.document())
    cursor.setPosition(cell.position)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    window.view.setTextCursor(cursor)
    assert "\u2020" not in window.view.selected_text() and window.view.selected_text().endswith(".")
    window.view.translator_note_requested.emit(4, "en", 1)
    box = window.findChild(QMessageBox, "translator-note")
    assert box is not None
    assert box.windowTitle() == "Translator's note 2 on paragraph 4 (English)"
    assert "وللانتهكات" in box.text()
    box.close()


@pytest.mark.parametrize(
    ("interface", "month"), [("en", "December"), ("fr", "décembre"), ("ar", "ديسمبر")],
    indirect=["interface"],
)  # fmt: skip
def test_dates_are_written_in_the_interface_languages_long_format(
    interface: str, month: str
) -> None:
    taken = local_time(datetime(2026, 12, 5, 22, 56, tzinfo=timezone.utc))
    assert month in taken and "2026" in taken and "12/5/26" not in taken
    assert month in long_date("2026-12-05") and "2026" in long_date("2026-12-05")
    assert long_date("sometime") == "sometime"


def test_the_backups_list_and_the_library_tooltip_show_long_dates(
    window: MainWindow, qtbot: QtBot
) -> None:
    dialog = PreferencesDialog(window.settings, window.session, lambda _backup: "", window)
    qtbot.addWidget(dialog)
    dialog.take_backup_now()
    listed = dialog.backups.item(0).text()
    assert QLocale().monthName(datetime.now().month) in listed
    window.library_dock.show_library(window.session, "en")
    model = window.library_dock.model
    tooltip = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert "22 September 2017" in tooltip or "September 22, 2017" in tooltip


@pytest.mark.parametrize(
    ("language", "words", "shown"),
    [
        ("en", "Executive Committee", "“Executive Committee”"),
        ("fr", "Comité exécutif", "«\u00a0Comité exécutif\u00a0»"),
        ("ar", "المسجد الأقصى", "«المسجد الأقصى»"),
    ],
)
def test_quoted_words_take_their_languages_quotation_marks(
    window: MainWindow, language: str, words: str, shown: str
) -> None:
    window.reading.jump_to_paragraph(4)
    select_words(window, 4, language, words)
    annotation = window.notes.add_note_to_selection()
    assert annotation is not None
    [editor] = [e for e in window.notes_dock.editors if e.annotation.id == annotation.id]
    assert editor.quote.text() == shown


def test_an_arabic_note_stands_on_the_right_as_it_is_typed(
    window: MainWindow, qtbot: QtBot
) -> None:
    note = window.notes.add_paragraph_note(5, "ar")
    assert note is not None
    [editor] = [e for e in window.notes_dock.editors if e.annotation.id == note.id]
    qtbot.keyClicks(editor.text, "x")
    editor.text.selectAll()
    editor.text.insertPlainText("ملاحظة قصيرة")
    line = editor.text.document().firstBlock().layout().lineAt(0).naturalTextRect()
    width = editor.text.viewport().width()
    assert line.right() > width - 12 and line.left() > width / 2
    editor.text.selectAll()
    editor.text.insertPlainText("A short note")
    line = editor.text.document().firstBlock().layout().lineAt(0).naturalTextRect()
    assert line.left() < 12
