"""The whole package, widgets included, type-checks under mypy strict (issue 18, point 6), so the
suite CI runs fails the day a change breaks a type."""

from __future__ import annotations

from pathlib import Path

import pytest
from mypy import api as mypy_api

REPOSITORY_ROOT = Path(__file__).resolve().parent.parent
PROJECT_CONFIG = REPOSITORY_ROOT / "pyproject.toml"


@pytest.mark.slow
def test_the_whole_package_type_checks_under_mypy_strict(monkeypatch: pytest.MonkeyPatch) -> None:
    # From the checkout, so the config's `packages = ["oicreader"]` finds this copy of the
    # package, and mypy's cache lands in the git-ignored .mypy_cache (re-runs take seconds),
    # never in the system temporary folder.
    monkeypatch.chdir(REPOSITORY_ROOT)
    report, errors, exit_status = mypy_api.run(["--config-file", str(PROJECT_CONFIG)])
    assert exit_status == 0, report + errors
    assert report + errors == f"Success: no issues found in {package_module_count()} source files\n"


def package_module_count() -> int:
    """How many modules the package has: mypy must check every one."""
    return len(list((REPOSITORY_ROOT / "oicreader").rglob("*.py")))


def test_no_module_outgrows_what_one_reader_holds_in_mind() -> None:
    # Issue 18: the main window is wiring (at most 400 lines), and no module is over 600.
    sizes = {
        path.relative_to(REPOSITORY_ROOT).as_posix(): len(path.read_text("utf-8").splitlines())
        for path in (REPOSITORY_ROOT / "oicreader").rglob("*.py")
    }
    assert sizes["oicreader/ui/main_window.py"] <= 400
    assert {path: lines for path, lines in sizes.items() if lines > 600} == {}
