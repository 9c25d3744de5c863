"""The translations build: a developer's tool beside the package's runtime code, not in it."""

from __future__ import annotations

import subprocess
import sys

from oicreader.devtools.translations import source_files
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


def test_the_build_reads_every_interface_module_and_nothing_else() -> None:
    assert source_files() == sorted(INTERFACE_FOLDER.glob("*.py"))
    assert INTERFACE_FOLDER / "main_window.py" in source_files()


def test_the_interface_package_holds_no_build_tool() -> None:
    assert not (INTERFACE_FOLDER / "translations.py").exists()
