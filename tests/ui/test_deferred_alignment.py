"""The alignment controller and its sentence links are no part of the first paint: made right
after it, they re-link rows and light sentences as before (measured in bench_window.py)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from oicreader.render.fonts import register_bundled_fonts
from oicreader.store.library import Library
from oicreader.ui.main_window import MainWindow
from oicreader.ui.settings import Settings
from tests.ui.test_alignment_window import (
    lit_sentences,
    move_pointer,
    point_in,
    put_caret,
    unit_spans,
)


def unshown_window(qtbot: QtBot, library: Library) -> MainWindow:
    register_bundled_fonts()
    window = MainWindow(library, Settings())
    qtbot.addWidget(window)
    window.resize(1400, 900)
    return window


def show_and_settle(qtbot: QtBot, window: MainWindow) -> None:
    window.show()
    window.open_first_document()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.panels_ready and not window.view.building)
    qtbot.waitUntil(lambda: not window.analysing_topics)


def test_the_sentence_links_are_made_after_the_first_paint_and_follow_the_pointer(
    qtbot: QtBot, library: Library
) -> None:
    window = unshown_window(qtbot, library)
    made_at_first_paint: list[bool] = []
    window.view.after_next_paint(lambda: made_at_first_paint.append("alignment" in vars(window)))
    show_and_settle(qtbot, window)
    assert made_at_first_paint == [False]
    qtbot.waitUntil(lambda: "alignment" in vars(window))
    move_pointer(window, point_in(window, 6, "en"))
    assert lit_sentences(window) == unit_spans(window, 6, 0)


def test_the_first_click_after_the_links_are_made_lights_its_sentence(
    qtbot: QtBot, library: Library
) -> None:
    window = unshown_window(qtbot, library)
    show_and_settle(qtbot, window)
    qtbot.waitUntil(lambda: "alignment" in vars(window))
    window.view.go_to_paragraph(6)
    put_caret(qtbot, window, 6, "ar", 5)
    assert lit_sentences(window) == unit_spans(window, 6, 0)


def test_a_use_before_the_first_paint_makes_the_one_controller_the_window_keeps(
    qtbot: QtBot, library: Library
) -> None:
    window = unshown_window(qtbot, library)
    early = window.alignment
    show_and_settle(qtbot, window)
    assert window.alignment is early
    move_pointer(window, point_in(window, 6, "fr"))
    assert lit_sentences(window) == unit_spans(window, 6, 0)
