"""Salvage: the briefs written after the newest backup come back from a damaged library file,
as the notes do, and a brief never turns back a newer version of itself."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from oicreader.model.brief import BriefItem
from oicreader.store.backups import list_backups, take_backup
from oicreader.store.briefs import (
    brief_id,
    create_brief,
    insert_items,
    list_briefs,
    load_brief,
)
from oicreader.store.encryption import passphrase_for
from oicreader.store.library import Library
from oicreader.store.salvage_briefs import merge_briefs, read_briefs
from tests.store.test_salvage import overwrite_the_file_header

DOCUMENT = "oic-acm-2017-chair-rep"


def brief_with_items(library: Library, title: str, *paragraphs: int) -> int:
    created = create_brief(library, title, "en")
    insert_items(
        library,
        created,
        [
            BriefItem.heading("Our position"),
            *(BriefItem.paragraph(DOCUMENT, 1, n) for n in paragraphs),
        ],
    )
    return created


def contents(library: Library, title: str) -> list[tuple[str, str, int]]:
    brief = load_brief(library, brief_id(library, title))
    return [(item.kind, item.text, item.paragraph_number) for item in brief.items]


@pytest.mark.plain_format  # SQLite's header: encrypted, the salt is lost with it
def test_briefs_written_after_the_backup_come_back_when_the_file_header_is_overwritten(
    data_home: Path,
) -> None:
    library = data_home / "library.db"
    with Library.open() as opened:
        brief_with_items(opened, "Before the backup", 3)
    take_backup(library, "manual")
    with Library.open() as opened:
        brief_with_items(opened, "Palestine talking points", 4, 12, 9)
        expected = contents(opened, "Palestine talking points")
    overwrite_the_file_header(library)

    with Library.open() as opened:
        report = opened.recovery
        titles = [summary.title for summary in list_briefs(opened)]
        salvaged = contents(opened, "Palestine talking points")

    assert report is not None and report.restored_from == list_backups()[0].path
    assert report.salvage is not None and report.salvage.briefs == 1
    assert "1 brief recovered" in report.message()
    assert sorted(titles) == ["Before the backup", "Palestine talking points"]
    assert salvaged == expected


@pytest.mark.plain_format  # SQLite's header: encrypted, the salt is lost with it
def test_with_no_backup_a_library_of_briefs_alone_is_started_from_the_damaged_file(
    data_home: Path,
) -> None:
    library = data_home / "library.db"
    with Library.open() as opened:
        brief_with_items(opened, "Only a brief", 2)
    for backup in list_backups():
        backup.path.unlink()
    overwrite_the_file_header(library)

    with Library.open() as opened:
        report = opened.recovery
        titles = [summary.title for summary in list_briefs(opened)]

    assert report is not None and report.restored_from is None
    assert titles == ["Only a brief"]
    assert "1 brief recovered" in report.message()


def test_a_salvaged_brief_replaces_an_older_copy_and_never_a_newer_one(
    data_home: Path, tmp_path: Path
) -> None:
    with Library.open() as opened:
        brief_with_items(opened, "Edited later", 1)
        brief_with_items(opened, "Edited in the backup", 5)
    damaged = tmp_path / "damaged.db"
    with Library.open() as opened:
        shutil.copyfile(opened.path, damaged)
        insert_items(opened, brief_id(opened, "Edited later"), [BriefItem.note("added")])
        opened.db.execute("UPDATE briefs SET modified = '2999-01-01T00:00:00.000Z'")
        newer = contents(opened, "Edited later")
    older = read_briefs(damaged, passphrase_for(data_home / "library.db"))

    with Library.open() as opened:
        assert merge_briefs(opened, older) == 0
        assert contents(opened, "Edited later") == newer

    with Library.open() as opened:
        opened.db.execute("UPDATE briefs SET modified = '2000-01-01T00:00:00.000Z'")
        assert merge_briefs(opened, older) == 2
        assert contents(opened, "Edited later") == [
            ("heading", "Our position", 0), ("paragraph", "", 1)
        ]  # fmt: skip
        assert len(list_briefs(opened)) == 2


def test_a_file_without_briefs_gives_none(tmp_path: Path) -> None:
    assert read_briefs(tmp_path / "missing.db", None) == []
    (tmp_path / "junk.db").write_bytes(b"not a database at all" * 100)
    assert read_briefs(tmp_path / "junk.db", None) == []
