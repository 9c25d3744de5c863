"""The Brief panel: Ctrl+B adds the paragraphs the reader chose, items are reordered by
dragging, headings and notes are added, and the brief is exported from the window."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from oicreader.app import briefs
from oicreader.model.brief import BriefExportChoices
from oicreader.ui.main_window import MainWindow
from tests.render.test_print_pdf import pdf_text

pytestmark = pytest.mark.gui

SYMBOL = "OIC/ACM-2017/CHAIR-REP"


def press_add_to_brief(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window.view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)


def stored_numbers(window: MainWindow) -> list[int]:
    assert window.briefs.brief is not None
    loaded = briefs.load_brief(window.session, window.briefs.brief)
    return [item.paragraph_number for item in loaded.paragraphs]


def test_ctrl_b_adds_the_current_paragraph_to_a_new_brief(window: MainWindow, qtbot: QtBot) -> None:
    window.view.go_to_paragraph(6)
    press_add_to_brief(window, qtbot)
    assert window.brief_dock.isVisible()
    assert stored_numbers(window) == [6]
    [label] = window.brief_dock.labels()
    assert label.startswith(f"({SYMBOL}, para. 6) The meeting expressed")
    assert window.brief_dock.title.text() == "Brief"


def test_ctrl_b_adds_the_paragraphs_chosen_for_print_in_order(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.printing.set_print_selection({9, 3, 12})
    press_add_to_brief(window, qtbot)
    assert stored_numbers(window) == [3, 9, 12]
    window.printing.set_print_selection({3, 4})
    press_add_to_brief(window, qtbot)
    assert stored_numbers(window) == [3, 9, 12, 4]  # 3 is quoted once


def test_a_dragged_item_keeps_its_new_place(window: MainWindow, qtbot: QtBot) -> None:
    window.printing.set_print_selection({1, 2, 3})
    press_add_to_brief(window, qtbot)
    # What a drop inside the list does: the model moves the row.
    model = window.brief_dock.items.model()
    assert model.moveRow(QModelIndex(), 0, QModelIndex(), 3)
    assert stored_numbers(window) == [2, 3, 1]
    assert [label[len(SYMBOL) + 9] for label in window.brief_dock.labels()] == ["2", "3", "1"]


def test_headings_notes_title_and_language_are_kept(window: MainWindow, qtbot: QtBot) -> None:
    window.view.go_to_paragraph(4)
    press_add_to_brief(window, qtbot)
    window.briefs.add_heading("Al-Quds")
    window.briefs.add_note("Ask for the final text.")
    dock = window.brief_dock
    dock.title.setText("Minister's visit")
    dock.title.setModified(True)
    dock.title.editingFinished.emit()
    dock.language.setCurrentIndex(dock.language.findData("fr"))
    dock.language.activated.emit(dock.language.currentIndex())
    assert window.briefs.brief is not None
    loaded = briefs.load_brief(window.session, window.briefs.brief)
    assert (loaded.title, loaded.language) == ("Minister's visit", "fr")
    assert [item.kind for item in loaded.items] == ["paragraph", "heading", "note"]
    assert dock.labels()[1:] == ["Al-Quds", "Ask for the final text."]
    assert dock.briefs.currentText() == "Minister's visit"


def test_removing_items_and_deleting_the_brief(window: MainWindow, qtbot: QtBot) -> None:
    window.printing.set_print_selection({5, 6, 7})
    press_add_to_brief(window, qtbot)
    dock = window.brief_dock
    dock.items.item(1).setSelected(True)
    dock.remove_button.click()
    assert stored_numbers(window) == [5, 7]
    window.briefs.delete()
    assert briefs.list_briefs(window.session) == []
    assert dock.labels() == [] and not dock.export_button.isEnabled()


def test_the_brief_is_exported_from_the_window_to_pdf_and_docx(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window.printing.set_print_selection({4, 6})
    press_add_to_brief(window, qtbot)
    choices = BriefExportChoices("side-by-side", ("en", "ar"), notes=False)
    assert window.briefs.export(tmp_path / "brief.pdf", choices)
    assert window.briefs.export(tmp_path / "brief.docx", choices)
    text = " ".join(pdf_text(tmp_path / "brief.pdf").split())
    assert text.index(f"({SYMBOL}, para. 4)") < text.index(f"({SYMBOL}, para. 6)")
    assert len(docx.Document(str(tmp_path / "brief.docx")).tables) == 2


def test_ctrl_b_belongs_to_add_to_brief_alone(window: MainWindow) -> None:
    holders = [
        action.text()
        for action in window.menu_actions.made
        if any(sequence.toString() == "Ctrl+B" for sequence in action.shortcuts())
    ]
    assert holders == ["Add to &Brief"]


def test_the_chosen_topic_and_the_search_results_are_added_from_the_notes_menu(
    window: MainWindow,
) -> None:
    [rohingya] = [topic for topic in window.topics_dock.topics if topic.id == "rohingya"]
    window.topics.choose_topic(rohingya)
    window.menu_actions.add_topic_to_brief_action.trigger()
    assert stored_numbers(window) == list(rohingya.paragraphs)
    window.search_dock.field.setText("Kazakhstan")
    window.menu_actions.add_results_to_brief_action.trigger()
    document = window.document
    assert document is not None
    added = stored_numbers(window)[len(rohingya.paragraphs) :]
    assert added and all(
        "Kazakhstan" in (document.paragraph(number).text("en") or "") for number in added
    )


def test_in_the_library_scope_the_topic_is_added_as_the_panel_lists_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    combo = window.topics_dock.scope
    combo.setCurrentIndex(combo.findData("library"))
    qtbot.waitUntil(lambda: not window.topics.finding_library_topics, timeout=20_000)
    # Nothing opened from the panel yet: the place is only the current row of the tree.
    tree = window.topics_dock.tree
    palestine = next(
        branch.child(row)
        for branch in (tree.topLevelItem(index) for index in range(tree.topLevelItemCount()))
        for row in range(branch.childCount())
        if branch.child(row).text(0) == "Palestine"
    )
    tree.setCurrentItem(palestine)
    topic = window.topics.chosen_library_topic
    assert topic is not None and (topic.kind, topic.id) == ("place", "palestine")
    window.menu_actions.add_topic_to_brief_action.trigger()
    assert stored_numbers(window) == list(topic.documents[0].paragraphs)
