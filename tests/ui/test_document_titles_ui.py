"""The import dialog asks for a title (the cover's, else the file's name, editable), and the
library panel's Rename… gives an imported document a title of its own (issue 21)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from oicreader.app.library import list_documents
from oicreader.app.reports import import_reports, read_reports
from oicreader.store.library import Library
from oicreader.ui.import_dialog import ImportDialog
from oicreader.ui.library_controller import LibraryController
from oicreader.ui.main_window import MainWindow
from tests.conftest import BUNDLED_FOLDER
from tests.ui.test_library_meeting_and_tags import column_texts
from tests.ui.test_library_panel import choose, refilled, symbols

pytestmark = pytest.mark.gui

ENGLISH = "The meeting reviewed the situation.\n\n1. The meeting met in New York.\n"


def plain_file(folder: Path, text: str = ENGLISH) -> Path:
    path = folder / "plain3.txt"
    path.write_text(text, encoding="utf-8")
    return path


def titles_of(window: MainWindow, key: str) -> dict[str, str]:
    [summary] = [s for s in list_documents(window.session) if s.key == key]
    return summary.titles


def confirm_with(monkeypatch: pytest.MonkeyPatch, title: str | None) -> list[str]:
    """Confirm every import dialog, typing `title` (None: leaving the title proposed);
    the titles proposed are returned."""
    proposed: list[str] = []

    def accept(dialog: ImportDialog) -> QDialog.DialogCode:
        proposed.append(dialog.title.text())
        if title is not None:
            dialog.title.setText(title)
            dialog.title.setModified(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportDialog, "exec", accept)
    return proposed


def test_the_import_dialog_proposes_the_file_name_as_title_and_stores_the_one_typed(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    proposed = confirm_with(monkeypatch, "Briefing on the Sahel")
    assert window.imports.import_reports([plain_file(tmp_path)]) == "plain3"
    assert proposed == ["plain3"]
    assert titles_of(window, "plain3") == {"en": "Briefing on the Sahel"}
    dock = window.library_dock
    row = symbols(dock).index("plain3")
    assert column_texts(dock, "title")[row] == "Briefing on the Sahel"


def test_the_import_dialog_proposes_the_covers_title(window: MainWindow) -> None:
    dialog = window.imports.import_dialog(read_reports([BUNDLED_FOLDER / "fr.txt"], "OIC/T/1"))
    assert dialog.title.text().startswith("Rapport de la réunion de coordination")
    assert dialog.plan_to_import() is dialog.plan, "a title left as proposed changes nothing"


def test_a_title_left_as_proposed_on_a_new_revision_keeps_the_readers_title(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    first = import_reports(window.session, read_reports([plain_file(tmp_path)]))
    window.library_controller.rename_document(first.outcome.key, "Sahel note", "en")
    later = tmp_path / "later"
    later.mkdir()
    proposed = confirm_with(monkeypatch, None)
    window.imports.import_reports([plain_file(later, ENGLISH.replace("New York", "Geneva"))])
    assert proposed == ["Sahel note"]
    assert titles_of(window, "plain3") == {"en": "Sahel note"}


def test_rename_in_the_panel_gives_the_title_in_the_interface_language(
    window: MainWindow, library: Library, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import_reports(window.session, read_reports([plain_file(tmp_path)]))
    dock = refilled(window)
    choose(dock, symbols(dock).index("plain3"))
    asked: list[str] = []
    monkeypatch.setattr(
        LibraryController, "_ask_title", lambda self, current: asked.append(current) or "Sahel"
    )
    assert dock.rename_action.isEnabled()
    dock.rename_action.trigger()
    assert asked == ["plain3"]
    assert titles_of(window, "plain3") == {"en": "Sahel"}
    assert column_texts(dock, "title")[symbols(dock).index("plain3")] == "Sahel"
    with Library.open() as reopened:
        assert reopened.summaries()[1].titles == {"en": "Sahel"}, "kept in the library"


def test_rename_is_offered_for_one_imported_document_only(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import_reports(window.session, read_reports([plain_file(tmp_path)]))
    dock = refilled(window)
    choose(dock, symbols(dock).index("OIC/ACM-2017/CHAIR-REP"))
    assert not dock.rename_action.isEnabled(), "the bundled report keeps its published title"
    choose(dock, symbols(dock).index("plain3"))
    assert not dock.rename_action.isEnabled(), "two documents chosen"
    dock.list.clearSelection()
    choose(dock, symbols(dock).index("plain3"))
    assert dock.rename_action.isEnabled()


def test_a_rename_cancelled_changes_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import_reports(window.session, read_reports([plain_file(tmp_path)]))
    dock = refilled(window)
    choose(dock, symbols(dock).index("plain3"))
    monkeypatch.setattr(LibraryController, "_ask_title", lambda self, current: None)
    assert not window.library_controller.rename_chosen()
    assert titles_of(window, "plain3") == {"en": "plain3"}
