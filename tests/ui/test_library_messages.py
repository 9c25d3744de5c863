"""The window tells what a salvage and a notes import did, in the interface language."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from oicreader.store.annotation_merge import MergeSummary
from oicreader.store.backups import RecoveryReport
from oicreader.store.salvage import SalvageReport
from oicreader.ui.interface_language import InterfaceLanguage
from oicreader.ui.library_messages import notes_import_message, recovery_message

pytestmark = pytest.mark.gui

DAMAGED = Path("/data/library.damaged-20261206T010000Z.db")
BACKUP = Path("/data/backups/library-20261205T090000000000Z-daily.db")
TAKEN = datetime(2026, 12, 5, 9, 0, tzinfo=timezone.utc)


@pytest.fixture(params=["en", "ar", "fr"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    installed = InterfaceLanguage(request.param).install(qapp)
    yield request.param
    installed.remove(qapp)


def recovered(salvage: SalvageReport, backup: bool = True) -> RecoveryReport:
    return RecoveryReport(
        problem="not a database file (no SQLite header)",
        damaged_copy=DAMAGED,
        restored_from=BACKUP if backup else None,
        backup_taken=TAKEN if backup else None,
        salvage=salvage,
    )


def looks_translated(text: str, language: str) -> bool:
    english = ("recovered from the damaged", "could not be read", "Kept deleted", "in the future")
    if language == "en":
        return any(phrase in text for phrase in english)
    return not any(phrase in text for phrase in english)


def test_the_salvage_counts_follow_the_restored_backup(language: str) -> None:
    message = recovery_message(recovered(SalvageReport(readable=True, recovered=7, lost=2)))
    assert BACKUP.name in message and str(DAMAGED) in message
    assert "7" in message and "2" in message
    assert looks_translated(message, language)


def test_salvaged_notes_without_a_backup_start_a_new_library_not_an_empty_one(
    language: str,
) -> None:
    message = recovery_message(recovered(SalvageReport(readable=True, recovered=5), False))
    assert "5" in message
    assert {
        "en": "new library with the notes",
        "fr": "nouvelle bibliothèque avec les notes",
        "ar": "مكتبة جديدة تضم الملاحظات",
    }[language] in message


def test_a_damaged_file_with_nothing_readable_says_so(language: str) -> None:
    message = recovery_message(recovered(SalvageReport(readable=False)))
    expected = {
        "en": "No note could be read",
        "fr": "Aucune note n'a pu être lue",
        "ar": "تعذّرت قراءة أي ملاحظة",
    }[language]
    assert expected in message


def test_the_import_message_counts_every_outcome_that_needs_a_look(language: str) -> None:
    summary = MergeSummary(
        added=1,
        updated=2,
        unchanged=3,
        kept_deleted=4,
        future_dated_kept_local=5,
        kept_for_review=6,
    )
    message = notes_import_message(summary)
    for count in "123456":
        assert count in message
    assert looks_translated(message, language)


def test_an_ordinary_import_message_is_the_three_counts_alone(language: str) -> None:
    message = notes_import_message(MergeSummary(added=1, updated=0, unchanged=3))
    assert message.count(".") == 1


def test_salvaged_briefs_are_counted_after_the_notes(language: str) -> None:
    message = recovery_message(
        recovered(SalvageReport(readable=True, recovered=0, lost=0, briefs=3), False)
    )
    assert {
        "en": "Briefs recovered from it: 3.",
        "fr": "Dossiers récupérés du fichier endommagé\u00a0: 3.",
        "ar": "ملفات الإحاطة المستعادة منه: 3.",
    }[language] in message


def test_a_salvage_without_briefs_does_not_mention_them(language: str) -> None:
    message = recovery_message(recovered(SalvageReport(readable=True, recovered=7, lost=2)))
    assert not any(word in message for word in ("Briefs", "Dossiers", "الإحاطة"))
