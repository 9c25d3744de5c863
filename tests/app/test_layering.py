"""The app layer stands between the front ends and the store, and holds each policy once."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "oicreader"

# The front-end modules whose notes, note exchange and backups go through the app layer.
SWITCHED_TO_THE_APP_LAYER = [
    "cli/notes.py",
    "cli/backups.py",
    "cli/review.py",
    "ui/review_dialog.py",
    "ui/note_editor.py",
    "ui/notes_dock.py",
    "ui/notes_models.py",
    "ui/paragraph_notes_view.py",
    "ui/preferences_dialog.py",
    "ui/library_messages.py",
    "ui/import_controller.py",
    "ui/import_dialog.py",
]


def imported_modules(path: Path) -> set[str]:
    """Every module a file imports, at any depth (inside functions and TYPE_CHECKING too)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module is not None:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


@pytest.mark.parametrize("module", SWITCHED_TO_THE_APP_LAYER)
def test_a_switched_front_end_module_imports_nothing_from_the_store(module: str) -> None:
    reaching_in = sorted(
        name
        for name in imported_modules(PACKAGE / module)
        if name == "oicreader.store" or name.startswith("oicreader.store.")
    )
    assert reaching_in == []


def test_the_app_layer_imports_no_qt() -> None:
    for path in sorted((PACKAGE / "app").glob("*.py")):
        qt = [name for name in imported_modules(path) if name.split(".")[0] == "PySide6"]
        assert qt == [], path.name


def places_that_say(text: str) -> list[str]:
    return sorted(
        str(path.relative_to(PACKAGE))
        for folder in ("app", "cli", "ui")
        for path in (PACKAGE / folder).glob("*.py")
        if text in path.read_text(encoding="utf-8")
    )


def test_a_new_notes_id_and_revision_are_given_in_one_place() -> None:
    assert places_that_say("new_annotation_id(") == ["app/notes.py"]
    assert places_that_say("current_revision_number(") == ["app/notes.py"]


def test_the_backup_before_a_notes_import_is_taken_in_one_place() -> None:
    assert places_that_say('"before-notes-import")') == ["app/note_exchange.py"]
    # Nor does a front end take a backup itself: Back Up Now goes through the layer too.
    assert places_that_say("take_backup(") == ["app/backups.py", "app/note_exchange.py"]
