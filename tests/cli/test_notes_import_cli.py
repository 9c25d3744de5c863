"""`notes import`: what the summary tells the reader, in text and JSON, about every note."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import pytest

from tests.cli.test_notes_cli import add_note
from tests.cli.test_show_and_docs import json_lines, run

REPORT = "oic-acm-2017-chair-rep"


def export(capsys: pytest.CaptureFixture[str], path: Path) -> dict[str, Any]:
    """Export every note to `path` and return the file's JSON."""
    assert run(capsys, "notes", "export", "-o", str(path))[0] == 0
    return dict(json.loads(path.read_text(encoding="utf-8")))


def write_items(path: Path, items: list[dict[str, Any]]) -> Path:
    """A notes file holding exactly these annotations."""
    page = {"type": "AnnotationPage", "items": items}
    path.write_text(json.dumps(page, ensure_ascii=False), encoding="utf-8")
    return path


def elsewhere(item: dict[str, Any], source: str) -> dict[str, Any]:
    """A new note, like `item` but with another id and on the paragraph `source` names."""
    moved = json.loads(json.dumps(item))
    moved["id"] = f"urn:uuid:{uuid.uuid4()}"
    moved["target"]["source"] = source
    return moved


def live_ids(capsys: pytest.CaptureFixture[str]) -> list[object]:
    return [row["id"] for row in json_lines(run(capsys, "notes", "list", "--json")[1])]


def test_a_note_deleted_here_stays_deleted_when_an_older_export_is_imported(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    kept = add_note(capsys, "-p", "1", "--note", "kept")
    dropped = add_note(capsys, "-p", "2", "--note", "dropped")
    exported = tmp_path / "monday.jsonld"
    export(capsys, exported)
    assert run(capsys, "notes", "delete", dropped)[0] == 0
    status, out, _ = run(capsys, "notes", "import", str(exported))
    assert status == 0
    assert "0 added, 0 updated, 1 unchanged, 1 kept deleted," in out
    assert live_ids(capsys) == [kept]


def test_the_summary_counts_each_outcome_and_names_the_notes_to_look_at(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    local = add_note(capsys, "-p", "6", "-l", "en", "--note", "mine")
    [item] = export(capsys, tmp_path / "mine.jsonld")["first"]["items"]
    from_2099 = {**item, "body": [], "modified": "2099-01-01T00:00:00.000Z"}
    stray = elsewhere(item, "urn:x-oicreader:oic-elsewhere:rev:1:en:p6")
    status, out, err = run(
        capsys, "notes", "import", str(write_items(tmp_path / "odd.jsonld", [from_2099, stray]))
    )
    assert status == 0, err
    lines = out.splitlines()
    assert lines[0] == (
        f"imported {tmp_path / 'odd.jsonld'}: 0 added, 0 updated, 0 unchanged, 0 kept deleted, "
        "1 dated in the future (local copy kept), 1 kept for review"
    )
    assert f"{local} (local copy kept): imported from odd.jsonld: its copy is dated " in lines[1]
    assert "2099-01-01T00:00:00.000Z" in lines[1]
    stray_id = stray["id"].removeprefix("urn:uuid:")
    assert lines[2] == (
        f"  {stray_id} (kept for review): imported from odd.jsonld: "
        "the library has no document 'oic-elsewhere'"
    )
    assert "oicreader notes review" in lines[3]
    [row] = [r for r in json_lines(run(capsys, "notes", "list", "--json")[1]) if r["id"] == local]
    assert row["note"] == "mine"


def test_the_json_summary_is_one_object_with_every_count_and_every_flagged_note(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    add_note(capsys, "-p", "6", "-l", "en", "--note", "mine")
    [item] = export(capsys, tmp_path / "mine.jsonld")["first"]["items"]
    strays = [elsewhere(item, f"urn:x-oicreader:{REPORT}:rev:1:en:p{n}") for n in (900, 901)]
    path = write_items(tmp_path / "strays.jsonld", [item, *strays])
    status, out, _ = run(capsys, "notes", "import", str(path), "--json")
    assert status == 0
    [summary] = json_lines(out)
    assert summary == {
        "file": str(path),
        "added": 0,
        "updated": 0,
        "unchanged": 1,
        "kept_deleted": 0,
        "future_dated_kept_local": 0,
        "kept_for_review": 2,
        "flagged": [
            {
                "id": stray["id"].removeprefix("urn:uuid:"),
                "outcome": "kept-for-review",
                "reason": f"imported from strays.jsonld: revision 1 of '{REPORT}' has no "
                f"paragraph {number} in 'en'",
            }
            for stray, number in zip(strays, (900, 901), strict=True)
        ],
    }


def test_a_note_kept_for_review_is_listed_by_notes_review_and_placed_by_notes_attach(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    add_note(capsys, "-p", "6", "-l", "en", "--note", "mine")
    [item] = export(capsys, tmp_path / "mine.jsonld")["first"]["items"]
    stray = elsewhere(item, f"urn:x-oicreader:{REPORT}:rev:1:en:p900")
    stray_id = stray["id"].removeprefix("urn:uuid:")
    assert run(capsys, "notes", "import", str(write_items(tmp_path / "s.jsonld", [stray])))[0] == 0
    [review] = json_lines(run(capsys, "notes", "review", "--json")[1])
    assert review["id"] == stray_id and review["outcome"] == "not-placed"
    assert "no paragraph 900 in 'en'" in str(review["reason"])
    status, out, err = run(capsys, "notes", "attach", stray_id, "-p", "7")
    assert status == 0, err
    assert out.strip() == f"attached {stray_id} to ¶7 en"
    assert json_lines(run(capsys, "notes", "review", "--json")[1]) == []


def test_the_text_summary_names_ten_notes_and_counts_the_rest(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    add_note(capsys, "-p", "6", "-l", "en", "--note", "mine")
    [item] = export(capsys, tmp_path / "mine.jsonld")["first"]["items"]
    strays = [elsewhere(item, f"urn:x-oicreader:gone-{n}:rev:1:en:p6") for n in range(12)]
    status, out, _ = run(capsys, "notes", "import", str(write_items(tmp_path / "s.json", strays)))
    assert status == 0 and "12 kept for review" in out.splitlines()[0]
    named = [line for line in out.splitlines() if "(kept for review)" in line]
    assert len(named) == 10 and "  and 2 more (--json lists all)" in out
