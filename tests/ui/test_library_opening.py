"""Opening the library for the window: an upgrade that takes a minute is said on screen."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog
from pytestqt.qtbot import QtBot

from oicreader.app.session import Library
from oicreader.paths import library_path
from oicreader.store.schema import SCHEMA_VERSION, schema_version
from oicreader.ui.app import open_library_for_window
from oicreader.ui.library_opening import opened_showing_progress, opening_text, upgrade_text
from oicreader.ui.settings import Settings
from tests.conftest import REPOSITORY_ROOT
from tests.store.conftest import install_library_file

Upgrade = Callable[[int, int], None]


def progress_windows() -> list[QProgressDialog]:
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, QProgressDialog) and widget.isVisible()
    ]


def seen_while_opening(open_library: Callable[[Upgrade], object]) -> tuple[object, list[str]]:
    """What opened_showing_progress returned, and the text of the progress window each
    tenth of a second while it waited."""
    seen: list[str] = []
    timer = QTimer()
    timer.setInterval(100)
    timer.timeout.connect(lambda: seen.extend(d.labelText() for d in progress_windows()))
    timer.start()
    try:
        result = opened_showing_progress(cast(Callable[[Upgrade], Library], open_library))
    finally:
        timer.stop()
    return result, seen


def upgrade_lasting(seconds: float) -> Callable[[Upgrade], str]:
    """An open that upgrades the library, taking `seconds`."""

    def upgrade(on_upgrade: Upgrade) -> str:
        on_upgrade(4, SCHEMA_VERSION)
        time.sleep(seconds)
        return "the library"

    return upgrade


def test_a_quick_open_shows_nothing(qtbot: QtBot) -> None:
    result, seen = seen_while_opening(lambda _on_upgrade: "the library")
    assert result == "the library" and seen == []


def test_an_upgrade_that_takes_long_is_said_until_it_is_done(qtbot: QtBot) -> None:
    modal: list[bool] = []
    QTimer.singleShot(
        600,
        lambda: modal.extend(
            d.windowModality() == Qt.WindowModality.ApplicationModal for d in progress_windows()
        ),
    )
    result, seen = seen_while_opening(upgrade_lasting(1.0))
    assert result == "the library"
    assert upgrade_text() in seen
    assert modal == [True], "the passphrase dialog that asked for it takes no input meanwhile"
    assert progress_windows() == [], "gone once the library is open"


def test_an_open_held_up_by_another_app_says_the_library_is_opening(qtbot: QtBot) -> None:
    def held_up(_on_upgrade: Upgrade) -> str:
        time.sleep(0.8)  # another OIC Reader finishing a write
        return "the library"

    result, seen = seen_while_opening(held_up)
    assert result == "the library"
    assert seen and set(seen) == {opening_text()}


def test_what_the_open_raises_is_raised_to_the_window(qtbot: QtBot) -> None:
    class Refused(Exception):
        pass

    def refuse(_on_upgrade: Upgrade) -> Any:
        time.sleep(0.5)
        raise Refused("locked by another OIC Reader")

    with pytest.raises(Refused, match="locked by another"):
        seen_while_opening(refuse)
    assert progress_windows() == []


def test_the_window_opens_an_older_library_upgraded(qtbot: QtBot, data_home: Path) -> None:
    install_library_file(REPOSITORY_ROOT / "tests/store/fixtures/library-v4.db", library_path())
    library = open_library_for_window(Settings())
    assert library is not None
    try:
        assert schema_version(library.db) == SCHEMA_VERSION
    finally:
        library.close()


def test_escape_does_not_hide_what_is_happening(qtbot: QtBot) -> None:
    seen_before_escape: list[int] = []
    seen_after_escape: list[int] = []

    def press_escape() -> None:
        seen_before_escape.append(len(progress_windows()))
        for dialog in progress_windows():
            dialog.reject()  # what Escape does

    QTimer.singleShot(500, press_escape)
    QTimer.singleShot(900, lambda: seen_after_escape.append(len(progress_windows())))
    result, _seen = seen_while_opening(upgrade_lasting(1.2))
    assert result == "the library"
    assert seen_before_escape == [1] and seen_after_escape == [1], "still shown after Escape"
