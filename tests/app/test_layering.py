"""The app layer stands between the front ends and the store, and holds each policy once."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "oicreader"

FRONT_ENDS = ("ui", "cli")


def front_end_modules() -> list[str]:
    """Every module of the window and of the command line, as a path under the package."""
    return sorted(
        path.relative_to(PACKAGE).as_posix()
        for folder in FRONT_ENDS
        for path in (PACKAGE / folder).rglob("*.py")
    )


def dotted_name(path: Path) -> str:
    """The module a file under the package is, e.g. oicreader.ui.search_dock."""
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path: Path) -> set[str]:
    """Every module a file imports, at any depth (inside functions and TYPE_CHECKING too),
    relative imports made absolute, and names given to importlib.import_module or __import__."""
    package = dotted_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Call) and _is_dynamic_import(node.func) and node.args:
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.add(first.value)
    return found


def _is_dynamic_import(function: ast.expr) -> bool:
    name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
    return name in ("import_module", "__import__")


def reaches_into_the_store(names: set[str]) -> list[str]:
    return sorted(
        name for name in names if name == "oicreader.store" or name.startswith("oicreader.store.")
    )


def test_every_front_end_module_is_checked() -> None:
    # Those that reached into the store last, and the window's and the command line's entry.
    assert {
        "ui/main_window.py", "ui/search_dock.py", "ui/compare_dialog.py", "ui/library_dock.py",
        "cli/__init__.py", "cli/printing.py", "cli/documents.py", "cli/revisions.py",
    } <= set(front_end_modules())  # fmt: skip


@pytest.mark.parametrize("module", front_end_modules())
def test_a_front_end_module_imports_nothing_from_the_store(module: str) -> None:
    assert reaches_into_the_store(imported_modules(PACKAGE / module)) == []


@pytest.mark.parametrize(
    ("source", "where"),
    [
        ("from oicreader.store.search import SearchHit", "ui/search_dock.py"),
        ("if TYPE_CHECKING:\n    from oicreader.store import library", "ui/search_dock.py"),
        ("def later():\n    import oicreader.store.library as stored", "cli/documents.py"),
        ("from ..store.library import Library", "ui/search_dock.py"),
        ("from .. import store", "cli/documents.py"),
        ("importlib.import_module('oicreader.store.search')", "cli/documents.py"),
    ],
)
def test_the_check_sees_every_way_of_importing_the_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, source: str, where: str
) -> None:
    # A copy of the package's layout, so that relative imports resolve as they would there.
    fake_package = tmp_path / "oicreader"
    module = fake_package / where
    module.parent.mkdir(parents=True)
    module.write_text(source + "\n", encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", fake_package)
    assert reaches_into_the_store(imported_modules(module)) != []


def test_the_app_layer_imports_no_qt() -> None:
    for path in sorted((PACKAGE / "app").glob("*.py")):
        qt = [name for name in imported_modules(path) if name.split(".")[0] == "PySide6"]
        assert qt == [], path.name


def places_that_say(text: str) -> list[str]:
    return sorted(
        path.relative_to(PACKAGE).as_posix()
        for folder in ("app", "cli", "ui")
        for path in (PACKAGE / folder).glob("*.py")
        if text in path.read_text(encoding="utf-8")
    )


def test_a_new_notes_id_and_revision_are_given_in_one_place() -> None:
    assert places_that_say("new_annotation_id(") == ["app/notes.py"]
    assert places_that_say("current_revision_number(") == ["app/notes.py"]


def test_the_backup_before_a_notes_import_is_taken_in_one_place() -> None:
    assert places_that_say('"before-notes-import")') == ["app/note_exchange.py"]
    # Nor does a front end take a backup itself: Back Up Now and the backup before documents
    # are removed go through the layer too.
    backups = ["app/backups.py", "app/library.py", "app/note_exchange.py"]
    assert places_that_say("take_backup(") == backups


def test_a_doc_argument_is_resolved_in_one_place() -> None:
    resolving = [place for place in places_that_say("find_key(") if place.startswith("cli/")]
    assert resolving == ["cli/common.py"]
