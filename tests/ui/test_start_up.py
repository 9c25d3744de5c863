"""Start-up stays fast: what a bare `oicreader` loads before the report is painted, and what
waits until after the first paint (measured in tests/benchmarks/bench_window.py)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from oicreader.store.backups import DAILY_REASON, BackupError, list_backups
from oicreader.store.library import Library
from oicreader.ui.main_window import MainWindow
from oicreader.ui.settings import Settings
from tests.conftest import REPOSITORY_ROOT

# Loaded by an action, or after the first paint: never on the way to it.
NOT_BEFORE_FIRST_PAINT = (
    "docx",
    "sqlite_utils",
    "PySide6.QtPrintSupport",
    "oicreader.annotations.w3c",
    "oicreader.importing.plain_text",
    "oicreader.importing.import_plan",
    "oicreader.render.print_layout",
    "oicreader.text.folding",
    "oicreader.topics.crosscheck",
    "oicreader.topics.gazetteer",
    "oicreader.topics.themes",
)


def loaded_modules(code: str) -> set[str]:
    """The modules a fresh interpreter has loaded after running code."""
    script = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=REPOSITORY_ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return set(json.loads(result.stdout.splitlines()[-1]))


def test_the_command_line_parses_without_qt_or_the_library() -> None:
    loaded = loaded_modules("import oicreader.cli as cli\ncli.build_parser()")
    assert not {name for name in loaded if name.startswith("PySide6")}
    assert "oicreader.store.library" not in loaded
    assert not {name for name in loaded if name.startswith("oicreader.topics.")}


def test_the_window_module_leaves_actions_and_analysis_for_later() -> None:
    loaded = loaded_modules("import oicreader.ui.app")
    assert "oicreader.ui.main_window" in loaded
    assert loaded.isdisjoint(NOT_BEFORE_FIRST_PAINT)


def test_the_first_screen_is_laid_out_before_the_paint_and_the_rest_after(
    qtbot: QtBot, library: Library
) -> None:
    window = MainWindow(library, Settings())
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()  # the report is opened here, once the window has its size
    view = window.view
    assert view.built is not None
    assert view.building, "not every row before the first paint"
    assert window.analysing_topics, "topics only after the first paint"
    # The rows laid out so far reach below the bottom of the view: nothing shows blank.
    cursor = QTextCursor(view.document())
    cursor.movePosition(QTextCursor.MoveOperation.End)
    assert view.cursorRect(cursor).bottom() >= view.viewport().height()
    qtbot.waitUntil(lambda: not view.building and not window.analysing_topics)
    assert view.built.row_numbers == list(range(1, 17))
    assert window.topics_dock.topics, "the topic tree filled in"


def test_the_daily_backup_waits_for_the_first_paint(qtbot: QtBot) -> None:
    Library.open().close()  # yesterday's start: the library exists, with its daily backup
    for info in list_backups():
        info.path.unlink()
    library = Library.open(daily_backup_now=False)
    try:
        assert library.daily_backup_pending and not list_backups()
        window = MainWindow(library, Settings())
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.panels_ready and not library.daily_backup_pending)
        assert [info.reason for info in list_backups()] == [DAILY_REASON]
        window.close()  # before the library, as when the app quits
    finally:
        library.close()


def test_a_failed_daily_backup_is_reported(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    no_blocking_message_boxes: list[tuple[str, str]],
) -> None:
    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise BackupError("No space left on device")

    monkeypatch.setattr("oicreader.store.library.take_daily_backup_if_due", disk_full)
    library = Library.open(daily_backup_now=False)
    try:
        window = MainWindow(library, Settings())
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: bool(no_blocking_message_boxes))
        title, text = no_blocking_message_boxes[0]
        assert title == "Daily backup failed" and "No space left on device" in text
        window.close()  # before the library, as when the app quits
    finally:
        library.close()


def test_a_bare_oicreader_opens_the_window_without_the_command_tree() -> None:
    loaded = loaded_modules(
        "import oicreader.ui.app as app\n"
        "app.run_window = lambda document=None, ui_language=None: 0\n"
        "import oicreader.cli as cli\n"
        "assert cli.main([]) == 0"
    )
    assert "oicreader.cli.window" in loaded
    assert loaded.isdisjoint({"oicreader.cli.documents", "oicreader.cli.printing"})
