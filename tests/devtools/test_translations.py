"""The translations build: a developer's tool beside the package's runtime code, not in it."""

from __future__ import annotations

import subprocess
import sys

from oicreader.devtools.translations import core_source_files, source_files
from tests.conftest import REPOSITORY_ROOT

INTERFACE_FOLDER = REPOSITORY_ROOT / "oicreader" / "ui"


def test_the_build_runs_as_a_module_and_names_itself_in_its_usage() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "oicreader.devtools.translations", "unknown-command"],
        cwd=REPOSITORY_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "usage: python -m oicreader.devtools.translations build|release|check" in result.stdout


def test_the_build_reads_the_interface_and_the_core_modules_and_nothing_else() -> None:
    package = REPOSITORY_ROOT / "oicreader"
    read = source_files()
    assert read[: len(list(INTERFACE_FOLDER.glob("*.py")))] == sorted(INTERFACE_FOLDER.glob("*.py"))
    assert INTERFACE_FOLDER / "main_window.py" in read
    # Core code's messages (explained(...)) are translated too; rendering, the command line
    # and this tool have none for the window.
    assert package / "errors.py" in read and package / "importing" / "pdf_file.py" in read
    assert package / "store" / "backups.py" in read
    for folder in ("cli", "render", "devtools"):
        assert not [path for path in read if path.is_relative_to(package / folder)]
    assert core_source_files() == read[len(list(INTERFACE_FOLDER.glob("*.py"))) :]


def test_the_interface_package_holds_no_build_tool() -> None:
    assert not (INTERFACE_FOLDER / "translations.py").exists()
