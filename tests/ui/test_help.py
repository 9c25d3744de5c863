"""Help: the list of keyboard shortcuts, the tooltips that name them, and the first-run tour."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from oicreader.ui import app as window_app
from oicreader.ui.main_window import MainWindow
from oicreader.ui.settings import Settings
from tests.ui.test_translations import untranslated, visible_strings

pytestmark = pytest.mark.gui

NATIVE = QKeySequence.SequenceFormat.NativeText


def actions_with_shortcuts(window: MainWindow) -> list[QAction]:
    """Every action of the window that a key reaches."""
    return [action for action in window.findChildren(QAction) if not action.shortcut().isEmpty()]


def test_every_action_with_a_shortcut_is_listed_with_its_keys(window: MainWindow) -> None:
    dialog = window.help.show_shortcuts()
    listed = {(row.name, row.keys) for row in dialog.rows}
    actions = actions_with_shortcuts(window)
    assert len(actions) >= 25
    for action in actions:
        name = action.text().replace("&", "").removesuffix("…")
        assert (name, action.shortcut().toString(NATIVE)) in listed, name
    assert ("Zoom In", "Ctrl++") in listed
    assert ("Copy with Citation", "Ctrl+Shift+C") in listed
    assert len(listed) == len(dialog.rows), "each action once"
    menus = {row.name: row.menu for row in dialog.rows}
    assert menus["Arabic"] == "View › Languages"
    assert menus["Keyboard Shortcuts"] == "Help"


def test_the_filter_keeps_the_rows_that_hold_every_word_typed(
    window: MainWindow, qtbot: QtBot
) -> None:
    dialog = window.help.show_shortcuts()
    qtbot.keyClicks(dialog.filter_field, "zoom")
    assert dialog.shown_names() == ["Zoom In", "Zoom Out"]
    dialog.filter_field.setText("ctrl+shift+c")
    assert dialog.shown_names() == ["Copy with Citation"]
    dialog.filter_field.setText("go paragraph")  # a word of the menu, one of the name
    assert "Go to Paragraph" in dialog.shown_names() and "Next Paragraph" in dialog.shown_names()
    assert "Highlight Selection" not in dialog.shown_names()
    dialog.filter_field.setText("no such action")
    assert dialog.shown_names() == []
    dialog.filter_field.clear()
    assert len(dialog.shown_names()) == len(dialog.rows)


def test_help_keyboard_shortcuts_opens_one_list(window: MainWindow) -> None:
    window.menu_actions.shortcuts_action.trigger()
    first = window.help.show_shortcuts()
    window.menu_actions.shortcuts_action.trigger()
    assert window.help.show_shortcuts() is first and first.isVisible()


def test_the_list_and_the_tour_close_with_the_window(window: MainWindow) -> None:
    shortcuts = window.help.show_shortcuts()
    tour = window.help.show_tour()
    window.close()
    assert not shortcuts.isVisible() and not tour.isVisible()


@pytest.mark.parametrize("interface", ["ar"], indirect=True)
def test_in_arabic_the_list_is_right_to_left_and_translated(
    translated_window: MainWindow, interface: str, qtbot: QtBot
) -> None:
    dialog = translated_window.help.show_shortcuts()
    assert dialog.isRightToLeft() and dialog.table.isRightToLeft()
    names = [row.name for row in dialog.rows]
    assert "تكبير" in names and "نسخ مع الإحالة" in names
    assert untranslated(visible_strings(dialog), interface) == []
    # A key sequence reads left to right inside the Arabic text.
    zoom_in = next(row for row in dialog.rows if row.name == "تكبير")
    assert zoom_in.keys == "\u200eCtrl++\u200e"
    dialog.filter_field.setText("تكبير")  # QtTest types ASCII only
    assert dialog.shown_names() == ["تكبير"]


@pytest.mark.parametrize("interface", ["fr"], indirect=True)
def test_in_french_the_list_names_the_keys_in_french(
    translated_window: MainWindow, interface: str
) -> None:
    dialog = translated_window.help.show_shortcuts()
    assert ("Copier avec la référence", "Ctrl+Maj+C") in {(r.name, r.keys) for r in dialog.rows}
    assert untranslated(visible_strings(dialog), interface) == []


def test_every_tooltip_names_the_shortcut(window: MainWindow) -> None:
    for action in actions_with_shortcuts(window):
        assert action.toolTip().endswith(f" ({action.shortcut().toString(NATIVE)})"), action.text()
    actions = window.menu_actions
    assert actions.zoom_in_action.toolTip() == "Zoom In (Ctrl++)"
    assert actions.import_action.toolTip() == "Import (Ctrl+O)"
    assert actions.language_actions["ar"].toolTip() == "Show or hide the Arabic column (Ctrl+1)"
    assert actions.tour_action.toolTip() == "Tour", "an action without a shortcut is unchanged"


@pytest.mark.parametrize("interface", ["ar"], indirect=True)
def test_an_arabic_tooltip_keeps_the_keys_in_order(
    translated_window: MainWindow, interface: str
) -> None:
    tip = translated_window.menu_actions.next_action.toolTip()
    assert tip.endswith("(\u200eCtrl+الأسفل\u200e)"), tip


def test_no_tour_in_a_window_nobody_asked_it_of(window: MainWindow) -> None:
    assert "help" not in vars(window), "the help controller is not even made"
    assert not Settings().tour_seen


def test_the_first_tour_is_shown_once(qtbot: QtBot, window: MainWindow) -> None:
    window.help.offer_first_run_tour()
    tour = window.help.tour
    assert tour is not None and tour.isVisible()
    assert Settings().tour_seen
    tour.close_button.click()
    assert window.help.tour is None
    window.help.offer_first_run_tour()
    assert window.help.tour is None, "not twice"
    window.menu_actions.tour_action.trigger()
    assert window.help.tour is not None, "Help > Tour shows it again"


def test_the_tour_goes_forward_and_back_through_four_panes(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.menu_actions.tour_action.trigger()
    tour = window.help.tour
    assert tour is not None
    titles = []
    assert not tour.back_button.isEnabled()
    for _ in range(3):
        titles.append(tour.current_page.title)
        tour.next_button.click()
    titles.append(tour.current_page.title)
    assert titles == ["Three languages side by side", "Topics", "Your notes", "Printing and citing"]
    assert not tour.next_button.isEnabled() and tour.step.text() == "4 of 4"
    assert "Ctrl+Shift+P" in tour.current_page.text or "Ctrl+P" in tour.current_page.text
    tour.back_button.click()
    assert tour.current_page.title == "Your notes"
    assert "Ctrl+H" in tour.current_page.text and "Ctrl+Shift+N" in tour.current_page.text
    assert window.notes_dock.visibleRegion().isEmpty() is False, "the notes panel in front"
    tour.close_button.click()
    assert not tour.isVisible()


@pytest.mark.parametrize("interface", ["ar", "fr"], indirect=True)
def test_the_tour_speaks_the_interface_language(
    translated_window: MainWindow, interface: str
) -> None:
    translated_window.menu_actions.tour_action.trigger()
    tour = translated_window.help.tour
    assert tour is not None
    assert tour.isRightToLeft() == (interface == "ar")
    for _ in range(3):
        assert untranslated(visible_strings(tour), interface) == []
        tour.next_button.click()
    assert untranslated(visible_strings(tour), interface) == []
    texts = " ".join(page.title + page.text for page in tour.pages)
    assert "Ctrl" in texts


def test_the_app_shows_the_tour_at_its_first_start_only(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[bool] = []

    def run_until_started(app: QApplication) -> int:
        [window] = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        started: list[bool] = []
        # After the steps that follow the first paint, which run in order, one a paint.
        window.view.after_next_paint(lambda: started.append(True))
        qtbot.waitUntil(lambda: bool(started) and not window.analysing_topics)
        shown.append(window.help.tour is not None if "help" in vars(window) else False)
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", run_until_started)
    assert window_app.run_window() == 0
    assert window_app.run_window() == 0
    assert shown == [True, False]


def test_a_screenshot_never_shows_the_tour(tmp_path: Path) -> None:
    window_app.take_screenshot(tmp_path / "window.png", None, 6, 1000, 700)
    assert (tmp_path / "window.png").exists()
    assert not Settings().tour_seen, "never offered"
