"""Files that hold notes, settings or a reading position: written whole or not at all, and
readable by their owner only (issue 16, point 7)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from oicreader.atomic_files import keep_to_owner, write_private_file

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_file_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    write_private_file(target, "موقفنا\n")
    assert target.read_text(encoding="utf-8") == "موقفنا\n"
    assert mode_of(target) == 0o600


def test_bytes_are_written_as_they_are(tmp_path: Path) -> None:
    target = tmp_path / "notes.pdf"
    write_private_file(target, b"%PDF-1.4\n\xe2\x80\x8f")
    assert target.read_bytes() == b"%PDF-1.4\n\xe2\x80\x8f"
    assert mode_of(target) == 0o600


def test_replacing_a_file_others_could_read_makes_it_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o644)
    write_private_file(target, "new")
    assert target.read_text(encoding="utf-8") == "new"
    assert mode_of(target) == 0o600


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "notes.md"
    target.write_text("old", encoding="utf-8")

    def disk_full(descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space left"):
        write_private_file(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.md"]


def test_the_file_and_its_folder_are_synced_before_it_counts_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[str] = []
    real_fsync = os.fsync

    def fsync(descriptor: int) -> None:
        synced.append("folder" if stat.S_ISDIR(os.fstat(descriptor).st_mode) else "file")
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", fsync)
    write_private_file(tmp_path / "notes.md", "text")
    assert synced == ["file", "folder"]


def test_keep_to_owner_takes_away_what_others_may_do(tmp_path: Path) -> None:
    target = tmp_path / "settings.ini"
    target.write_text("[reading]\n", encoding="utf-8")
    target.chmod(0o664)
    keep_to_owner(target)
    assert mode_of(target) == 0o600
