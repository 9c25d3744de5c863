"""The notes, backup and restore commands, and what a damaged library looks like to the user."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import jsonschema
import pytest

from oicreader.cli import main
from tests.cli.test_show_and_docs import json_lines, run

SCHEMA = Path(__file__).resolve().parents[1] / "annotations" / "w3c-annotation.schema.json"


def add_note(capsys: pytest.CaptureFixture[str], *arguments: str) -> str:
    status, out, err = run(capsys, "notes", "add", *arguments)
    assert status == 0, err
    return out.strip()


def test_notes_add_prints_the_id_and_list_shows_it(capsys: pytest.CaptureFixture[str]) -> None:
    note_id = add_note(
        capsys, "-p", "6", "-l", "ar", "--quote", "الروهينغايا", "--note", "موقفنا",
        "--tag", "rohingya", "--tag", "priority", "--color", "green",
    )  # fmt: skip
    status, out, _ = run(capsys, "notes", "list", "--json")
    assert status == 0
    [row] = json_lines(out)
    assert row["id"] == note_id
    assert row["paragraph"] == 6 and row["lang"] == "ar"
    assert row["quote"] == "الروهينغايا" and row["note"] == "موقفنا"
    assert row["tags"] == ["rohingya", "priority"] and row["color"] == "#aed581"
    assert isinstance(row["start"], int) and isinstance(row["end"], int)


def test_a_note_without_a_quote_is_on_the_whole_paragraph(
    capsys: pytest.CaptureFixture[str],
) -> None:
    add_note(capsys, "OIC/ACM-2017/CHAIR-REP", "-p", "3", "--note", "Palestine: our statement")
    [row] = json_lines(run(capsys, "notes", "list", "--json")[1])
    assert row["quote"] is None and row["start"] is None and row["lang"] == "ar"


def test_a_quote_that_is_not_in_the_paragraph_is_an_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, _, err = run(capsys, "notes", "add", "-p", "6", "-l", "en", "--quote", "Kashmir")
    assert status == 1 and "does not occur in paragraph 6" in err
    assert json_lines(run(capsys, "notes", "list", "--json")[1]) == []


def test_list_by_tag_and_delete(capsys: pytest.CaptureFixture[str]) -> None:
    keep = add_note(capsys, "-p", "1", "--note", "a", "--tag", "keep")
    drop = add_note(capsys, "-p", "2", "--note", "b", "--tag", "drop")
    assert [
        r["id"] for r in json_lines(run(capsys, "notes", "list", "--tag", "keep", "--json")[1])
    ] == [keep]
    assert run(capsys, "notes", "delete", drop)[0] == 0
    assert [r["id"] for r in json_lines(run(capsys, "notes", "list", "--json")[1])] == [keep]
    status, _, err = run(capsys, "notes", "delete", drop)
    assert status == 1 and "no note with id" in err


def test_export_validates_and_imports_into_an_empty_library_identically(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_note(
        capsys,
        "-p",
        "6",
        "-l",
        "ar",
        "--quote",
        "الروهينغايا",
        "--note",
        "<script>x</script>",
        "--tag",
        "t",
    )
    add_note(capsys, "-p", "14", "-l", "fr", "--quote", "Bakou", "--color", "#123abc")
    add_note(capsys, "-p", "5", "--note", "Whole paragraph 𝔸")
    exported = tmp_path / "notes.jsonld"
    assert run(capsys, "notes", "export", "-o", str(exported))[0] == 0
    document = json.loads(exported.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(
        document
    )
    before = json_lines(run(capsys, "notes", "list", "--json")[1])

    monkeypatch.setenv("OICREADER_HOME", str(tmp_path / "second-laptop"))
    status, out, _ = run(capsys, "notes", "import", str(exported))
    assert status == 0 and "3 added, 0 updated, 0 unchanged" in out
    assert json_lines(run(capsys, "notes", "list", "--json")[1]) == before
    status, out, _ = run(capsys, "notes", "import", str(exported))
    assert "0 added, 0 updated, 3 unchanged" in out


def test_markdown_export_has_paragraph_text_and_notes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    add_note(
        capsys, "-p", "13", "-l", "en", "--quote", "Astana", "--note", "Our delegation attended"
    )
    output = tmp_path / "notes.md"
    assert (
        run(capsys, "notes", "export", "--format", "markdown", "-l", "ar,en", "-o", str(output))[0]
        == 0
    )
    text = output.read_text(encoding="utf-8")
    assert "Our delegation attended" in text and "Astana" in text and "كازاخستان" in text


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("not json", "line 1, column 1"),
        ('{"type": "AnnotationCollection"}', "problem"),
        ("[1, 2, 3]", "problem"),
    ],
)
def test_bad_import_files_are_refused_whole_with_a_message(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: str, expected: str
) -> None:
    add_note(capsys, "-p", "1", "--note", "existing")
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    status, _, err = run(capsys, "notes", "import", str(bad))
    assert status == 1 and "bad.json" in err and expected in err and "Traceback" not in err
    assert len(json_lines(run(capsys, "notes", "list", "--json")[1])) == 1


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_data_folder_database_and_backups_are_owner_only(
    capsys: pytest.CaptureFixture[str], data_home: Path
) -> None:
    add_note(capsys, "-p", "1", "--note", "private")
    assert run(capsys, "backup")[0] == 0
    assert stat.S_IMODE(data_home.stat().st_mode) == 0o700
    assert stat.S_IMODE((data_home / "library.db").stat().st_mode) == 0o600
    backups = list((data_home / "backups").iterdir())
    assert backups and all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in backups)
    assert stat.S_IMODE((data_home / "backups").stat().st_mode) == 0o700
    status, out, _ = run(capsys, "restore")
    assert status == 0 and "estored" in out
    assert stat.S_IMODE((data_home / "library.db").stat().st_mode) == 0o600


def test_restore_brings_back_a_deleted_note(capsys: pytest.CaptureFixture[str]) -> None:
    note_id = add_note(capsys, "-p", "1", "--note", "precious")
    assert run(capsys, "backup")[0] == 0
    run(capsys, "notes", "delete", note_id)
    assert json_lines(run(capsys, "notes", "list", "--json")[1]) == []
    assert run(capsys, "restore")[0] == 0
    assert [r["id"] for r in json_lines(run(capsys, "notes", "list", "--json")[1])] == [note_id]


@pytest.mark.parametrize("damage", ["truncate", "garbage", "empty"])
def test_a_damaged_library_is_restored_from_backup_and_the_user_told(
    capsys: pytest.CaptureFixture[str], data_home: Path, damage: str
) -> None:
    note_id = add_note(capsys, "-p", "1", "--note", "survives")
    assert run(capsys, "backup")[0] == 0
    database = data_home / "library.db"
    data = database.read_bytes()
    if damage == "truncate":
        database.write_bytes(data[: len(data) // 3 + 100])
    elif damage == "garbage":
        database.write_bytes(data[:100] + os.urandom(8192) + data[8292:])
    else:
        database.write_bytes(b"")
    damaged_bytes = database.read_bytes()
    status, out, err = run(capsys, "notes", "list", "--json")
    assert status == 0
    assert "restored" in err.lower() and "backup" in err.lower()
    assert [r["id"] for r in json_lines(out)] == [note_id]
    kept = [
        p
        for p in data_home.iterdir()
        if p.name.startswith("library.damaged-") and p.suffix == ".db"
    ]
    assert len(kept) == 1 and kept[0].read_bytes() == damaged_bytes


def test_restore_command_lists_backups(capsys: pytest.CaptureFixture[str]) -> None:
    main(["backup"])
    status, out, _ = run(capsys, "restore", "--list")
    assert status == 0 and "manual" in out


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_markdown_export_is_readable_by_its_owner_only(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    add_note(capsys, "-p", "3", "--note", "private")
    output = tmp_path / "notes.md"
    output.write_text("an older export", encoding="utf-8")
    output.chmod(0o644)
    assert run(capsys, "notes", "export", "--format", "markdown", "-o", str(output))[0] == 0
    assert "private" in output.read_text(encoding="utf-8")
    assert stat.S_IMODE(output.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.md"]
