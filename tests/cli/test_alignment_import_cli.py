"""`import` of translations numbered otherwise than the Arabic, and `show --json` of the rows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_show_and_docs import json_lines, run
from tests.conftest import ARABIC_SOURCE, BUNDLED_FOLDER
from tests.importing.perturbed_files import dropping, merging, text_file, word_file

SYMBOL = "OIC/TEST/ALIGN"


def dry_run(capsys: pytest.CaptureFixture[str], *files: Path) -> dict[str, object]:
    status, out, err = run(
        capsys,
        "import",
        str(ARABIC_SOURCE),
        *map(str, files),
        "--symbol",
        SYMBOL,
        "--dry-run",
        "--json",
    )
    assert status == 0, err
    described: dict[str, object] = json.loads(out)
    return described


def test_a_dry_run_shows_each_link_with_its_kind_rows_and_confidence(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    english = text_file(tmp_path, "en", merging(9))
    described = dry_run(capsys, english)
    [aligned] = described["alignment"]  # type: ignore[misc]
    assert (aligned["lang"], aligned["to"], aligned["numbered"]) == ("en", "ar", False)
    links = aligned["links"]
    assert len(links) == 15
    merged = links[8]
    assert (merged["rows"], merged["paragraphs"], merged["kind"], merged["mark"]) == (
        [9, 10],
        [9],
        "2:1",
        "merged",
    )
    assert 0.6 <= merged["confidence"] <= 1 and merged["review"] is False
    assert [link["rows"] for link in links[9:]] == [[row] for row in range(11, 17)]
    assert described["imported"] is False and described["files"][1]["paragraphs"] == 15  # type: ignore[index]


def test_a_gap_is_a_link_marked_for_review(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    described = dry_run(capsys, text_file(tmp_path, "fr", dropping(5)))
    [aligned] = described["alignment"]  # type: ignore[misc]
    gap = aligned["links"][4]
    assert gap == {
        "rows": [5],
        "paragraphs": [],
        "kind": "1:0",
        "mark": "missing",
        "confidence": 0.0,
        "review": True,
    }


def test_a_numbered_import_prints_no_alignment(capsys: pytest.CaptureFixture[str]) -> None:
    files = [str(BUNDLED_FOLDER / name) for name in ("ar.txt", "en.txt")]
    status, out, err = run(capsys, "import", *files, "--symbol", SYMBOL, "--dry-run", "--json")
    assert status == 0, err
    assert "alignment" not in json.loads(out)
    status, out, err = run(capsys, "import", *files, "--symbol", SYMBOL, "--dry-run")
    assert "aligned to ar by content" not in out


def test_the_dry_run_says_in_a_line_how_each_version_was_aligned(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    files = [str(ARABIC_SOURCE), str(text_file(tmp_path, "en", merging(9)))]
    status, out, err = run(capsys, "import", *files, "--symbol", SYMBOL, "--dry-run")
    assert status == 0, err
    assert "en aligned to ar by content: 16 rows; 1 merged; 0 to review" in out


def test_show_json_gives_the_spans_of_a_merged_paragraph_on_each_row_it_covers(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    english = text_file(tmp_path, "en", merging(9))
    status, _, err = run(capsys, "import", str(ARABIC_SOURCE), str(english), "--symbol", SYMBOL)
    assert status == 0, err
    status, out, err = run(capsys, "show", SYMBOL, "-p", "8-11", "-l", "en", "--json")
    assert status == 0, err
    rows = {row["paragraph"]: row for row in json_lines(out)}
    assert rows[9]["spans"] == rows[10]["spans"] == [9, 10]
    assert rows[9]["text"] == rows[10]["text"]
    assert "spans" not in rows[8] and "spans" not in rows[11]
    assert set(rows[8]) == {"doc", "paragraph", "lang", "text"}


def test_a_word_file_without_numbering_imports_beside_the_arabic(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    french = word_file(tmp_path, "fr")
    status, out, err = run(capsys, "import", str(ARABIC_SOURCE), str(french), "--symbol", SYMBOL)
    assert status == 0, err
    assert "fr  fr.docx  Word, 16 paragraphs (French, detected)" in out
    assert "fr aligned to ar by content: 16 rows; all 1:1; 0 to review" in out
    assert err == ""
    status, out, _ = run(capsys, "show", SYMBOL, "-p", "6", "-l", "fr", "--json")
    [row] = json_lines(out)
    assert "Rohingya" in str(row["text"])
