"""The test run keeps away from this computer's real data folder, even when a test loses
OICREADER_HOME (conftest.py)."""

from __future__ import annotations

import os
import re
import sys
import tempfile
from pathlib import Path

import platformdirs
import pytest

from oicreader.paths import APP_NAME

TESTS = Path(__file__).resolve().parent


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG_DATA_HOME is Linux's")
def test_the_platform_data_folder_of_a_test_run_is_in_its_watched_temporary_folder() -> None:
    # Without OICREADER_HOME the app would go here: in the folder whose leftovers fail the run.
    real_place = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))
    assert real_place.is_relative_to(Path(tempfile.gettempdir()))
    assert "oicreader-tests-" in str(real_place)


def test_no_test_undoes_every_monkeypatch_at_once() -> None:
    # monkeypatch.undo() also undoes conftest's OICREADER_HOME: what runs after it in the
    # test reads the real data folder. monkeypatch.context() undoes only its own changes.
    undoing = [
        f"{path.relative_to(TESTS)}:{number}"
        for path in TESTS.rglob("*.py")
        if path != Path(__file__).resolve()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\bmonkeypatch\.undo\(\)", line.split("#")[0])  # not in a comment
    ]
    assert undoing == []


@pytest.fixture(scope="module")
def home_seen_by_a_module_fixture() -> str | None:
    # Module-scoped fixtures are set up before the per-test data_home: this one sees the
    # data folder a library opened here (as in tests/store/test_search.py) would use.
    return os.environ.get("OICREADER_HOME")


def test_a_module_scoped_fixture_has_a_temporary_data_folder_too(
    home_seen_by_a_module_fixture: str | None, data_home: Path
) -> None:
    assert home_seen_by_a_module_fixture is not None
    assert Path(home_seen_by_a_module_fixture).is_relative_to(Path(tempfile.gettempdir()))
    assert Path(home_seen_by_a_module_fixture) != data_home  # the module's, not the test's
