"""Shared test set-up: every test gets its own empty data folder and runs Qt offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Set before any Qt import, so GUI tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPOSITORY_ROOT = Path(__file__).resolve().parent.parent
BUNDLED_FOLDER = REPOSITORY_ROOT / "resources" / "documents" / "oic-acm-2017-chair-rep"
ARABIC_SOURCE = BUNDLED_FOLDER / "ar.txt"


@pytest.fixture(autouse=True)
def data_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Point OICREADER_HOME at a fresh folder so no test touches the real user data."""
    home = tmp_path_factory.mktemp("oicreader-home")
    monkeypatch.setenv("OICREADER_HOME", str(home))
    yield home


def age_the_stored_report(paragraph: int, language: str, text: str) -> None:
    """Make the library's copy of the bundled report look older than the app's files, as
    after an update of the app: another hash, and one paragraph with other text."""
    from oicreader.store.connection import transaction
    from oicreader.store.library import Library

    with Library.open() as library, transaction(library.db):
        library.db.execute(
            "UPDATE paragraphs SET text = ? WHERE number = ? AND language = ?",
            [text, paragraph, language],
        )
        library.db.execute("UPDATE revisions SET content_hash = 'older'")
        library.db.execute("UPDATE documents SET content_hash = 'older'")
