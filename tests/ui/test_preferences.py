"""Preferences, About, backups from the window, and reaching everything from the keyboard."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from oicreader.app.session import Session
from oicreader.store.annotations import list_annotations
from oicreader.store.backups import list_backups
from oicreader.store.library import Library
from oicreader.ui import preferences_dialog, print_dialog
from oicreader.ui.about_dialog import AboutDialog
from oicreader.ui.main_window import MainWindow
from oicreader.ui.preferences_dialog import PreferencesDialog
from oicreader.ui.settings import (
    ARABIC_FONT,
    COLUMNS,
    INTERFACE_LANGUAGE,
    LATIN_FONT,
    PRINT_LAYOUT,
    PRINT_PAPER,
    ZOOM,
    Settings,
)

pytestmark = pytest.mark.gui


def test_preferences_open_from_the_edit_menu(window: MainWindow) -> None:
    window.menu_actions.preferences_action.trigger()
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None and dialog.isVisible()
    assert window.preferences.show_preferences() is dialog, "one Preferences window at a time"
    dialog.close()


def test_the_interface_language_is_saved_for_the_next_start(window: MainWindow) -> None:
    dialog = window.preferences.show_preferences()
    assert "next time" in dialog.language_note.text()
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    assert Settings().interface_language == "ar"
    assert window.interface_language == "en", "this window keeps its language"
    dialog.language.setCurrentIndex(dialog.language.findData(""))
    assert Settings().interface_language is None, "back to following the system"


def test_fonts_change_at_once(window: MainWindow, qtbot: QtBot) -> None:
    dialog = window.preferences.show_preferences()
    built = window.view.built
    assert built is not None
    current = dialog.latin_font.currentFont().family()
    family = next(
        dialog.latin_font.itemText(i)
        for i in range(dialog.latin_font.count())
        if dialog.latin_font.itemText(i) != current
    )
    dialog.latin_font.setCurrentFont(QFont(family))
    assert window.settings.fonts.latin_family == family
    assert window.view.built is not None and window.view.built is not built, "laid out again"
    qtbot.waitUntil(lambda: not window.view.building)
    cursor = window.view.textCursor()
    cursor.setPosition(window.view.built.cells[(6, "en")].position + 1)
    assert cursor.charFormat().font().family() == family


def test_columns_change_at_once_and_keep_one(window: MainWindow) -> None:
    dialog = window.preferences.show_preferences()
    codes = [dialog.columns.item(row).data(Qt.ItemDataRole.UserRole) for row in range(3)]
    assert codes == ["fr", "en", "ar"], "from the left edge, as the window shows them"
    dialog.columns.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert window.view.languages == ["en", "ar"]
    dialog.columns.setCurrentRow(2)  # Arabic, moved to the left of English
    dialog.move_up.click()
    assert window.view.languages == ["ar", "en"]
    for row in range(3):
        dialog.columns.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert window.view.languages, "the text always keeps a column"


def test_a_setting_changed_in_the_preferences_reaches_the_window_through_the_signal(
    window: MainWindow, qtbot: QtBot
) -> None:
    dialog = window.preferences.show_preferences()
    assert not any(isinstance(value, MainWindow) for value in vars(dialog).values())
    announced: list[str] = []
    window.settings.changed.connect(announced.append)
    dialog.columns.item(1).setCheckState(Qt.CheckState.Unchecked)  # English
    assert announced[0] == COLUMNS
    assert window.view.languages == ["fr", "ar"]
    # The window follows the settings, whoever writes them: not a call from the dialog.
    window.settings.columns = ["ar"]
    assert window.view.languages == ["ar"]
    built = window.view.built
    window.settings.set_font_family("latin", "DejaVu Serif")
    assert window.view.built is not built, "laid out again in the new font"
    qtbot.waitUntil(lambda: not window.view.building)
    dialog.close()


def test_each_preference_written_is_announced_with_its_key() -> None:
    settings = Settings()
    announced: list[str] = []
    settings.changed.connect(announced.append)
    settings.columns = ["en", "ar"]
    settings.zoom = 1.5
    settings.set_font_family("arabic", "Amiri")
    settings.interface_language = "fr"
    settings.print_layout = "interleaved"
    settings.print_paper = "letter"
    assert announced == [
        COLUMNS, ZOOM, ARABIC_FONT, INTERFACE_LANGUAGE, PRINT_LAYOUT, PRINT_PAPER,
    ]  # fmt: skip
    assert Settings().zoom == 1.5, "and written"


def test_the_preferences_follow_a_change_made_from_the_window(window: MainWindow) -> None:
    dialog = window.preferences.show_preferences()
    window.set_columns(["en"])
    ticked = [
        dialog.columns.item(row).data(Qt.ItemDataRole.UserRole)
        for row in range(dialog.columns.count())
        if dialog.columns.item(row).checkState() == Qt.CheckState.Checked
    ]
    assert ticked == ["en"]
    dialog.close()


def test_the_preferences_work_with_settings_and_a_session_alone(
    library: Library, data_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    restored: list[Path] = []
    settings = Settings()
    dialog = PreferencesDialog(
        settings, Session(library), lambda backup: restored.append(backup) or "Restored."
    )
    announced: list[str] = []
    settings.changed.connect(announced.append)
    current = dialog.latin_font.currentFont().family()
    family = next(
        dialog.latin_font.itemText(i)
        for i in range(dialog.latin_font.count())
        if dialog.latin_font.itemText(i) != current
    )
    dialog.latin_font.setCurrentFont(QFont(family))
    assert announced == [LATIN_FONT] and settings.fonts.latin_family == family
    assert Path(dialog.data_folder.path.text()) == data_home
    dialog.take_backup_now()
    dialog.backups.setCurrentRow(0)
    assert dialog.restore_chosen_backup(confirm=False) == "Restored."
    assert restored == [Path(dialog.backups.item(0).data(Qt.ItemDataRole.UserRole))]
    assert dialog.backup_status.text() == "Restored."


def test_the_preferences_import_nothing_from_the_main_window() -> None:
    source = Path(preferences_dialog.__file__).read_text(encoding="utf-8")
    imported: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module:
            imported |= {node.module, *(f"{node.module}.{a.name}" for a in node.names)}
        elif isinstance(node, ast.Import):
            imported |= {alias.name for alias in node.names}
    assert imported, "the check reads the imports"
    assert not [name for name in imported if "main_window" in name or "MainWindow" in name]


def test_print_defaults_start_the_print_options(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = window.preferences.show_preferences()
    dialog.print_layout.setCurrentIndex(dialog.print_layout.findData("interleaved"))
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    shown: list[print_dialog.PrintOptionsDialog] = []

    def capture(options: print_dialog.PrintOptionsDialog) -> int:
        shown.append(options)
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(print_dialog.PrintOptionsDialog, "exec", capture)
    assert window.printing.prepare_print() is None
    [options] = shown
    assert options.layout_choice.currentData() == "interleaved"
    assert options.paper.currentData() == "letter"
    assert Settings().print_layout == "interleaved" and Settings().print_paper == "letter"


def test_the_data_folder_is_shown_and_opened_locally(
    window: MainWindow, data_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = window.preferences.show_preferences()
    assert Path(dialog.data_folder.path.text()) == data_home
    assert dialog.data_folder.path.isReadOnly()
    dialog.data_folder.open_button.click()
    [url] = opened
    assert url.isLocalFile() and Path(url.toLocalFile()) == data_home


def test_back_up_now_and_restore_without_losing_anything(
    window: MainWindow,
    library: Library,
    data_home: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    before = window.notes.add_paragraph_note(2)
    assert before is not None
    dialog = window.preferences.show_preferences()
    dialog.take_backup_now()
    assert "library-" in dialog.backup_status.text()
    manual = [info for info in list_backups() if info.reason == "manual"]
    assert len(manual) == 1
    later = window.notes.add_paragraph_note(3)  # written after the backup
    assert later is not None
    dialog.refresh_backups()
    row = next(
        row
        for row in range(dialog.backups.count())
        if dialog.backups.item(row).data(Qt.ItemDataRole.UserRole) == str(manual[0].path)
    )
    dialog.backups.setCurrentRow(row)
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.No,
    )
    assert dialog.restore_chosen_backup() is None and asked, "nothing without asking"
    message = dialog.restore_chosen_backup(confirm=False)
    assert message is not None and "Restored" in message
    # The window reads the restored library: the later note is gone from it...
    assert window.library is not library
    assert [a.id for a in list_annotations(window.library)] == [before.id]
    # ...but kept in the replaced library beside it, and in the before-restore backup.
    assert list(data_home.glob("library.replaced-*.db"))
    assert any(info.reason == "before-restore" for info in list_backups())
    # And the window goes on working on the restored library.
    assert window.notes.add_paragraph_note(4) is not None
    assert len(list_annotations(window.library)) == 2
    qtbot.waitUntil(lambda: not window.analysing_topics)  # the reopened report's topics
    window.library.close()


def test_about_shows_version_data_folder_and_the_amiri_licence(
    window: MainWindow, data_home: Path
) -> None:
    dialog = window.preferences.show_about()
    assert isinstance(dialog, AboutDialog)
    assert Path(dialog.data_folder.path.text()) == data_home
    licences = {
        dialog.licences.topLevelItem(row).text(0): dialog.licences.topLevelItem(row).text(1)
        for row in range(dialog.licences.topLevelItemCount())
    }
    assert licences["OIC Reader"] == "MIT License"
    assert "Lesser General Public License" in licences["Qt, PySide6"]
    assert "Open Font License" in licences["Amiri font"]
    assert {"python-bidi", "arabic-reshaper", "sqlite-utils", "platformdirs"} <= set(licences)
    assert {"python-docx", "pypdfium2", "PDFium"} <= set(licences)  # Word and PDF reading
    assert licences["jeepney"] == licences["keyring"] == "MIT License"  # the keychain
    assert "SIL OPEN FONT LICENSE Version 1.1" in dialog.ofl_text.toPlainText()
    dialog.close()


def test_every_menu_action_can_be_reached_from_the_keyboard(window: MainWindow) -> None:
    for menu_action in window.menuBar().actions():
        assert "&" in menu_action.text(), menu_action.text()
    standard = {
        window.menu_actions.import_action: QKeySequence.StandardKey.Open,
        window.menu_actions.copy_action: QKeySequence.StandardKey.Copy,
        window.menu_actions.find_action: QKeySequence.StandardKey.Find,
        window.menu_actions.find_next_action: QKeySequence.StandardKey.FindNext,
        window.menu_actions.print_action: QKeySequence.StandardKey.Print,
        window.menu_actions.back_action: QKeySequence.StandardKey.Back,
        window.menu_actions.zoom_in_action: QKeySequence.StandardKey.ZoomIn,
        window.menu_actions.undo_action: QKeySequence.StandardKey.Undo,
    }
    for action, key in standard.items():
        assert action.shortcut() == QKeySequence(key), action.text()
    # Where the platform has no standard key, ours: Ctrl+Q and Ctrl+, on Linux and Windows.
    assert not window.menu_actions.quit_action.shortcut().isEmpty()
    assert not window.menu_actions.preferences_action.shortcut().isEmpty()
    shortcuts = [a.shortcut().toString() for a in window.actions() if not a.shortcut().isEmpty()]
    assert len(shortcuts) == len(set(shortcuts)), "no shortcut is taken twice"


def test_tab_goes_from_the_text_to_the_panels(window: MainWindow, qtbot: QtBot) -> None:
    window.search_dock.show()
    order: list[QWidget] = [window.view]
    widget: QWidget = window.view.nextInFocusChain()
    while widget is not window.view and len(order) < 1000:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            order.append(widget)
        widget = widget.nextInFocusChain()
    outline = order.index(window.outline.list)
    search = order.index(window.search_dock.field)
    notes = order.index(window.notes_dock.filter_text)
    assert 0 < outline < search < notes


def test_a_screen_reader_hears_the_current_paragraph(window: MainWindow) -> None:
    assert window.view.accessibleName() == "Parallel text"
    window.reading.jump_to_paragraph(6)
    assert window.view.accessibleDescription() == "Paragraph 6 of 16"
    window.reading.jump_to_paragraph(7)
    assert window.view.accessibleDescription() == "Paragraph 7 of 16"
    for dock in (window.outline, window.topics_dock, window.notes_dock, window.search_dock):
        assert dock.accessibleName()
    assert window.topics_dock.tree.accessibleDescription()
    window.notes.add_paragraph_note(7)
    [editor] = window.notes_dock.editors
    assert editor.accessibleName() == "Note on ¶7 · English"
    assert editor.text.accessibleName() == "Text of the note on ¶7 · English"
