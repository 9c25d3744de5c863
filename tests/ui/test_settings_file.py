"""The settings file holds the last document and paragraph read: owner-only, always
(issue 16, point 7)."""

from __future__ import annotations

import gc
import os
import stat
from pathlib import Path

import pytest

from oicreader.paths import settings_path
from oicreader.ui.settings import Settings

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX"),
]


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def remember_a_reading_position(settings: Settings) -> None:
    settings.document_key = "oic-acm-2017-chair-rep"
    settings.set_paragraph_for("oic-acm-2017-chair-rep", 7)


def test_the_settings_file_is_created_owner_only() -> None:
    settings = Settings()
    remember_a_reading_position(settings)
    settings.sync()
    assert "oic-acm-2017-chair-rep" in settings_path().read_text(encoding="utf-8")
    assert mode_of(settings_path()) == 0o600


def test_the_settings_file_stays_owner_only_after_each_sync() -> None:
    settings = Settings()
    remember_a_reading_position(settings)
    settings.sync()
    settings_path().chmod(0o644)  # as Qt leaves a file it writes anew, by the umask
    settings.set_paragraph_for("oic-acm-2017-chair-rep", 8)
    settings.sync()
    assert mode_of(settings_path()) == 0o600


def test_the_settings_file_is_owner_only_when_qt_writes_it_on_its_own() -> None:
    settings = Settings()
    remember_a_reading_position(settings)
    del settings  # QSettings writes what is pending when it goes away
    gc.collect()
    assert "oic-acm-2017-chair-rep" in settings_path().read_text(encoding="utf-8")
    assert mode_of(settings_path()) == 0o600


def test_a_settings_file_an_older_version_left_readable_is_made_owner_only() -> None:
    settings_path().write_text("[reading]\ndocument=oic-acm-2017-chair-rep\n", encoding="utf-8")
    settings_path().chmod(0o644)
    assert Settings().document_key == "oic-acm-2017-chair-rep"
    assert mode_of(settings_path()) == 0o600
