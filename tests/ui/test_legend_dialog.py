"""View → Legend: every mark on the text explained, in its colours, in the interface language."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from oicreader.render.mark_colours import SEARCH_HIT, SENTENCE_LINK, TOPIC_NUMBER
from oicreader.ui.legend_dialog import LegendDialog
from oicreader.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def open_legend(window: MainWindow, qtbot: QtBot) -> LegendDialog:
    window.menu_actions.legend_action.trigger()
    dialog = window.findChild(LegendDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def meanings(dialog: LegendDialog) -> list[str]:
    return [explanation.text() for _sample, explanation in dialog.rows]


def test_the_legend_is_in_the_view_menu_and_explains_each_mark(
    window: MainWindow, qtbot: QtBot
) -> None:
    view_menu = next(
        action.menu() for action in window.menuBar().actions() if action.text() == "&View"
    )
    assert window.menu_actions.legend_action in view_menu.actions()
    dialog = open_legend(window, qtbot)
    assert "A word found by the search" in meanings(dialog)
    assert "A paragraph of the topic chosen in the Topics panel" in meanings(dialog)
    assert len(meanings(dialog)) == 9
    samples = {explanation.text(): sample for sample, explanation in dialog.rows}
    assert SEARCH_HIT.light.mark in samples["A word found by the search"].styleSheet()
    topic = samples["A paragraph of the topic chosen in the Topics panel"]
    assert TOPIC_NUMBER.light.mark in topic.styleSheet()
    linked = samples[
        "The sentence under the pointer or the caret, and what renders it in the other languages"
    ]
    assert SENTENCE_LINK.light.mark in linked.styleSheet()
    assert not dialog.isModal(), "the reader keeps reading with the legend open"


def test_asking_again_raises_the_same_legend(window: MainWindow, qtbot: QtBot) -> None:
    first = open_legend(window, qtbot)
    assert open_legend(window, qtbot) is first
    assert len(window.findChildren(LegendDialog)) == 1


@pytest.mark.parametrize(
    ("interface", "title", "search_hit"),
    [
        ("fr", "Légende", "Un mot trouvé par la recherche"),
        ("ar", "دليل العلامات", "كلمة عثر عليها البحث"),
    ],
    indirect=["interface"],
)
def test_the_legend_speaks_the_interface_language(
    translated_window: MainWindow, qtbot: QtBot, qapp: QApplication, title: str, search_hit: str
) -> None:
    dialog = open_legend(translated_window, qtbot)
    assert dialog.windowTitle() == title
    assert search_hit in meanings(dialog)
